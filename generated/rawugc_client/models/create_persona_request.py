from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreatePersonaRequest")


@_attrs_define
class CreatePersonaRequest:
    """A new persona. The vendor page gives only maximum lengths; this spec also requires at least 1 character.

    Attributes:
        name (str): Persona name (1-200 characters).
        description (str): Who the audience is (1-5000 characters).
    """

    name: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        create_persona_request = cls(
            name=name,
            description=description,
        )

        return create_persona_request
