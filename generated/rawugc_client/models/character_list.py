from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.character import Character


T = TypeVar("T", bound="CharacterList")


@_attrs_define
class CharacterList:
    """All characters available to the organisation, with counts.

    Attributes:
        characters (list[Character]): The characters.
        count (int): Number of characters returned.
        admin_count (int): Number of built-in (`admin`) characters.
        user_count (int): Number of custom (`user`) characters.
    """

    characters: list[Character]
    count: int
    admin_count: int
    user_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters = []
        for characters_item_data in self.characters:
            characters_item = characters_item_data.to_dict()
            characters.append(characters_item)

        count = self.count

        admin_count = self.admin_count

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters": characters,
                "count": count,
                "adminCount": admin_count,
                "userCount": user_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.character import Character

        d = dict(src_dict)
        characters = []
        _characters = d.pop("characters")
        for characters_item_data in _characters:
            characters_item = Character.from_dict(characters_item_data)

            characters.append(characters_item)

        count = d.pop("count")

        admin_count = d.pop("adminCount")

        user_count = d.pop("userCount")

        character_list = cls(
            characters=characters,
            count=count,
            admin_count=admin_count,
            user_count=user_count,
        )

        character_list.additional_properties = d
        return character_list

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
