from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateMessageRequest")


@_attrs_define
class CreateMessageRequest:
    """A new messaging template. The vendor page gives only maximum lengths; this spec also requires at least 1 character.

    Attributes:
        name (str): Template name (1-200 characters).
        body (str): Template text (1-5000 characters).
    """

    name: str
    body: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        body = d.pop("body")

        create_message_request = cls(
            name=name,
            body=body,
        )

        return create_message_request
