from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddVideoCaptionsRequest")


@_attrs_define
class AddVideoCaptionsRequest:
    """Request to add styled captions to a completed video.

    Attributes:
        video_id (str): Identifier of a completed video (shape `vid_xxx`).
        language (str | Unset): Language code of the speech, for example `en`. When omitted the language is detected
            automatically. The vendor page does not name the code standard; ISO 639-1 is assumed.
    """

    video_id: str
    language: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videoId": video_id,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_id = d.pop("videoId")

        language = d.pop("language", UNSET)

        add_video_captions_request = cls(
            video_id=video_id,
            language=language,
        )

        return add_video_captions_request
