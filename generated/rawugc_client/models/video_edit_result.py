from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_edit_operation import VideoEditOperation, check_video_edit_operation

T = TypeVar("T", bound="VideoEditResult")


@_attrs_define
class VideoEditResult:
    """Result of a video edit (captions or overlay); the edit creates a new version of the video.

    Attributes:
        video_id (str): Identifier of the edited video.
        url (str): URL of the new version's video file.
        version (int): Number of the new version.
        operation (VideoEditOperation): Kind of edit that produced a video version. The vendor page names the
            `operation` field without values; this spec assumes `captions` and `overlay`, after the two edit endpoints.
        credits_used (int): Credits charged for the edit (1 for captions; not stated for overlays).
    """

    video_id: str
    url: str
    version: int
    operation: VideoEditOperation
    credits_used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        url = self.url

        version = self.version

        operation: str = self.operation

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videoId": video_id,
                "url": url,
                "version": version,
                "operation": operation,
                "creditsUsed": credits_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_id = d.pop("videoId")

        url = d.pop("url")

        version = d.pop("version")

        operation = check_video_edit_operation(d.pop("operation"))

        credits_used = d.pop("creditsUsed")

        video_edit_result = cls(
            video_id=video_id,
            url=url,
            version=version,
            operation=operation,
            credits_used=credits_used,
        )

        video_edit_result.additional_properties = d
        return video_edit_result

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
