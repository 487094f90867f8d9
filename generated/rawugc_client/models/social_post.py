from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_platform import SocialPlatform, check_social_platform
from ..models.social_post_status import SocialPostStatus, check_social_post_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPost")


@_attrs_define
class SocialPost:
    """A social media post (scheduled, draft, published or failed).

    Attributes:
        post_id (str): Post identifier.
        platforms (list[SocialPlatform]): Platforms the post targets (from its accounts).
        status (SocialPostStatus): Status of a social post.
        video_url (str): URL of the posted video.
        created_at (datetime.datetime): When the post was created. The vendor page does not state the format; this spec
            assumes an ISO 8601 date-time (only `scheduledFor` is documented as Unix milliseconds).
        scheduled_for (int | None | Unset): Scheduled publication time, Unix milliseconds; null when not scheduled.
        timezone (str | Unset): IANA time zone name, for example `America/New_York` or `UTC`. The vendor page does not
            say whether invalid names are rejected; this spec assumes `400`.
        content (None | str | Unset): Caption; null when none.
        published_at (datetime.datetime | None | Unset): When the post was published; null until then. Format assumed
            like `createdAt`.
    """

    post_id: str
    platforms: list[SocialPlatform]
    status: SocialPostStatus
    video_url: str
    created_at: datetime.datetime
    scheduled_for: int | None | Unset = UNSET
    timezone: str | Unset = UNSET
    content: None | str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_id = self.post_id

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item: str = platforms_item_data
            platforms.append(platforms_item)

        status: str = self.status

        video_url = self.video_url

        created_at = self.created_at.isoformat()

        scheduled_for: int | None | Unset
        if isinstance(self.scheduled_for, Unset):
            scheduled_for = UNSET
        else:
            scheduled_for = self.scheduled_for

        timezone = self.timezone

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postId": post_id,
                "platforms": platforms,
                "status": status,
                "videoUrl": video_url,
                "createdAt": created_at,
            }
        )
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if content is not UNSET:
            field_dict["content"] = content
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        post_id = d.pop("postId")

        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in _platforms:
            platforms_item = check_social_platform(platforms_item_data)

            platforms.append(platforms_item)

        status = check_social_post_status(d.pop("status"))

        video_url = d.pop("videoUrl")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_scheduled_for(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduledFor", UNSET))

        timezone = d.pop("timezone", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("publishedAt", UNSET))

        social_post = cls(
            post_id=post_id,
            platforms=platforms,
            status=status,
            video_url=video_url,
            created_at=created_at,
            scheduled_for=scheduled_for,
            timezone=timezone,
            content=content,
            published_at=published_at,
        )

        social_post.additional_properties = d
        return social_post

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
