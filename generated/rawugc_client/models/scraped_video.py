from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_stats import VideoStats


T = TypeVar("T", bound="ScrapedVideo")


@_attrs_define
class ScrapedVideo:
    """A scraped TikTok video. The vendor page names the fields without types; the types are decided by this spec.

    Attributes:
        id (str): TikTok video id.
        url (str): URL of the TikTok post.
        author (None | str | Unset): Handle of the creator.
        description (None | str | Unset): Caption of the post.
        stats (VideoStats | Unset): Engagement counters of a social video. The vendor page names `stats` without fields;
            this spec decides views, likes, comments and shares.
        duration (float | None | Unset): Video length in seconds (unit assumed).
        hashtags (list[str] | Unset): Hashtags of the post, without `#` (assumed).
        thumbnail (None | str | Unset): URL of the cover image.
        video_url (None | str | Unset): Direct URL of the video file, usable with `analyzeVideo`.
    """

    id: str
    url: str
    author: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    stats: VideoStats | Unset = UNSET
    duration: float | None | Unset = UNSET
    hashtags: list[str] | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        hashtags: list[str] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = self.hashtags

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if stats is not UNSET:
            field_dict["stats"] = stats
        if duration is not UNSET:
            field_dict["duration"] = duration
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_stats import VideoStats

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: VideoStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = VideoStats.from_dict(_stats)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        hashtags = cast(list[str], d.pop("hashtags", UNSET))

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("videoUrl", UNSET))

        scraped_video = cls(
            id=id,
            url=url,
            author=author,
            description=description,
            stats=stats,
            duration=duration,
            hashtags=hashtags,
            thumbnail=thumbnail,
            video_url=video_url,
        )

        scraped_video.additional_properties = d
        return scraped_video

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
