from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoStreamInfo")


@_attrs_define
class VideoStreamInfo:
    """One video stream (视频流信息).

    Attributes:
        bitrate (float | Unset): Stream bitrate in bit/s; a float per the page.
        height (int | Unset): Height in px.
        width (int | Unset): Width in px.
        codec (str | Unset): Codec, e.g. `h264`, `h265_hvc1`.
        size (int | Unset): Stream size in bytes.
        md_5 (str | Unset): MD5 of the stream (hex).
        fps (int | Unset): Frame rate in Hz; an integer per the page.
    """

    bitrate: float | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    codec: str | Unset = UNSET
    size: int | Unset = UNSET
    md_5: str | Unset = UNSET
    fps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        height = self.height

        width = self.width

        codec = self.codec

        size = self.size

        md_5 = self.md_5

        fps = self.fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate is not UNSET:
            field_dict["Bitrate"] = bitrate
        if height is not UNSET:
            field_dict["Height"] = height
        if width is not UNSET:
            field_dict["Width"] = width
        if codec is not UNSET:
            field_dict["Codec"] = codec
        if size is not UNSET:
            field_dict["Size"] = size
        if md_5 is not UNSET:
            field_dict["Md5"] = md_5
        if fps is not UNSET:
            field_dict["Fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bitrate = d.pop("Bitrate", UNSET)

        height = d.pop("Height", UNSET)

        width = d.pop("Width", UNSET)

        codec = d.pop("Codec", UNSET)

        size = d.pop("Size", UNSET)

        md_5 = d.pop("Md5", UNSET)

        fps = d.pop("Fps", UNSET)

        video_stream_info = cls(
            bitrate=bitrate,
            height=height,
            width=width,
            codec=codec,
            size=size,
            md_5=md_5,
            fps=fps,
        )

        video_stream_info.additional_properties = d
        return video_stream_info

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
