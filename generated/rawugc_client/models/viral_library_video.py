from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_analysis import VideoAnalysis
    from ..models.video_stats import VideoStats


T = TypeVar("T", bound="ViralLibraryVideo")


@_attrs_define
class ViralLibraryVideo:
    """A video of the viral library with its AI analysis. The vendor page only says it
    comes "with full AI analysis (hooks, keyframes, performance insights)"; this spec
    decides the fields: source metadata (like `ScrapedVideo`) plus `analysis`
    (a `VideoAnalysis`).

        Attributes:
            video_id (str): Viral library video identifier.
            url (None | str | Unset): URL of the original social post.
            platform (None | str | Unset): Platform the video comes from, for example `tiktok`.
            author (None | str | Unset): Handle of the creator.
            description (None | str | Unset): Caption of the original post.
            thumbnail (None | str | Unset): URL of a thumbnail image.
            stats (VideoStats | Unset): Engagement counters of a social video. The vendor page names `stats` without fields;
                this spec decides views, likes, comments and shares.
            analysis (None | Unset | VideoAnalysis): Full AI analysis (hooks, keyframes, performance insights); null when
                not available, e.g. in search results.
            created_at (datetime.datetime | None | Unset): When the video was added to the library.
    """

    video_id: str
    url: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    stats: VideoStats | Unset = UNSET
    analysis: None | Unset | VideoAnalysis = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_analysis import VideoAnalysis

        video_id = self.video_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

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

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, VideoAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videoId": video_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if platform is not UNSET:
            field_dict["platform"] = platform
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if stats is not UNSET:
            field_dict["stats"] = stats
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_analysis import VideoAnalysis
        from ..models.video_stats import VideoStats

        d = dict(src_dict)
        video_id = d.pop("videoId")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

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

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: VideoStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = VideoStats.from_dict(_stats)

        def _parse_analysis(data: object) -> None | Unset | VideoAnalysis:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = VideoAnalysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAnalysis, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

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

        viral_library_video = cls(
            video_id=video_id,
            url=url,
            platform=platform,
            author=author,
            description=description,
            thumbnail=thumbnail,
            stats=stats,
            analysis=analysis,
            created_at=created_at,
        )

        viral_library_video.additional_properties = d
        return viral_library_video

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
