from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.persona import Persona


T = TypeVar("T", bound="PersonaList")


@_attrs_define
class PersonaList:
    """All personas of the organisation.

    Attributes:
        personas (list[Persona]): The personas.
        count (int): Number of personas returned.
    """

    personas: list[Persona]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        personas = []
        for personas_item_data in self.personas:
            personas_item = personas_item_data.to_dict()
            personas.append(personas_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personas": personas,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.persona import Persona

        d = dict(src_dict)
        personas = []
        _personas = d.pop("personas")
        for personas_item_data in _personas:
            personas_item = Persona.from_dict(personas_item_data)

            personas.append(personas_item)

        count = d.pop("count")

        persona_list = cls(
            personas=personas,
            count=count,
        )

        persona_list.additional_properties = d
        return persona_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
