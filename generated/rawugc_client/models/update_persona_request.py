from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePersonaRequest")


@_attrs_define
class UpdatePersonaRequest:
    """Fields to change on a persona; all optional, omitted fields are unchanged.

    Attributes:
        name (str | Unset): New persona name (1-200 characters).
        description (str | Unset): New audience description (1-5000 characters).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        update_persona_request = cls(
            name=name,
            description=description,
        )

        return update_persona_request
