from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMessageRequest")


@_attrs_define
class UpdateMessageRequest:
    """Fields to change on a messaging template; all optional, omitted fields are unchanged.

    Attributes:
        name (str | Unset): New template name (1-200 characters).
        body (str | Unset): New template text (1-5000 characters).
    """

    name: str | Unset = UNSET
    body: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        body = d.pop("body", UNSET)

        update_message_request = cls(
            name=name,
            body=body,
        )

        return update_message_request
