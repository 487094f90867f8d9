from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_platform import SocialPlatform, check_social_platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAccount")


@_attrs_define
class SocialAccount:
    """A social media account connected through the scheduling provider.

    Attributes:
        account_id (str): Account identifier, used in `accountIds` of posts.
        platform (SocialPlatform): Social media platform.
        username (str): Handle on the platform.
        is_active (bool): Whether the connection is active and usable for posting.
        display_name (None | str | Unset): Display name on the platform.
        profile_picture (None | str | Unset): URL of the profile picture.
    """

    account_id: str
    platform: SocialPlatform
    username: str
    is_active: bool
    display_name: None | str | Unset = UNSET
    profile_picture: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        platform: str = self.platform

        username = self.username

        is_active = self.is_active

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        profile_picture: None | str | Unset
        if isinstance(self.profile_picture, Unset):
            profile_picture = UNSET
        else:
            profile_picture = self.profile_picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "platform": platform,
                "username": username,
                "isActive": is_active,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        platform = check_social_platform(d.pop("platform"))

        username = d.pop("username")

        is_active = d.pop("isActive")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_profile_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_picture = _parse_profile_picture(d.pop("profilePicture", UNSET))

        social_account = cls(
            account_id=account_id,
            platform=platform,
            username=username,
            is_active=is_active,
            display_name=display_name,
            profile_picture=profile_picture,
        )

        social_account.additional_properties = d
        return social_account

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
