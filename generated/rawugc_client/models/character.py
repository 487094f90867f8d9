from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.character_type import CharacterType, check_character_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Character")


@_attrs_define
class Character:
    """An AI character that can appear in generated videos (`selectedCharacter` takes its `username`).

    Attributes:
        field_id (str): Character identifier.
        username (str): Unique username, used as `selectedCharacter` (for example `rawugc.mia`).
        type_ (CharacterType): `admin` for built-in characters provided by RawUGC, `user` for custom characters of the
            organisation.
        is_active (bool): Whether the character can currently be used.
        display_name (None | str | Unset): Display name.
        description (None | str | Unset): Description of the character.
        video_preview_url (None | str | Unset): URL of a preview video of the character.
        created_at (datetime.datetime | None | Unset): When the character was created.
        updated_at (datetime.datetime | None | Unset): When the character was last changed.
    """

    field_id: str
    username: str
    type_: CharacterType
    is_active: bool
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    video_preview_url: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        username = self.username

        type_: str = self.type_

        is_active = self.is_active

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        video_preview_url: None | str | Unset
        if isinstance(self.video_preview_url, Unset):
            video_preview_url = UNSET
        else:
            video_preview_url = self.video_preview_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "username": username,
                "type": type_,
                "isActive": is_active,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if video_preview_url is not UNSET:
            field_dict["videoPreviewUrl"] = video_preview_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        username = d.pop("username")

        type_ = check_character_type(d.pop("type"))

        is_active = d.pop("isActive")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_video_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_preview_url = _parse_video_preview_url(d.pop("videoPreviewUrl", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        character = cls(
            field_id=field_id,
            username=username,
            type_=type_,
            is_active=is_active,
            display_name=display_name,
            description=description,
            video_preview_url=video_preview_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        character.additional_properties = d
        return character

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
