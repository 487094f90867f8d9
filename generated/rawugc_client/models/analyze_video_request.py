from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeVideoRequest")


@_attrs_define
class AnalyzeVideoRequest:
    """Video analysis request.

    Attributes:
        video_url (str): Video to analyse (at most 150 MB): a social media link, a direct file URL or an upload `url`.
        prompt (str | Unset): Custom analysis prompt (at most 5000 characters).
    """

    video_url: str
    prompt: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videoUrl": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("videoUrl")

        prompt = d.pop("prompt", UNSET)

        analyze_video_request = cls(
            video_url=video_url,
            prompt=prompt,
        )

        return analyze_video_request
