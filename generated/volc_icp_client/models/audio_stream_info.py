from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioStreamInfo")


@_attrs_define
class AudioStreamInfo:
    """One audio stream (音频流信息).

    Attributes:
        bitrate (float | Unset): Stream bitrate in bit/s; a float per the page (which mislabels it "video bitrate").
        codec (str | Unset): Codec (编码格式), e.g. `aac`.
        size (int | Unset): Stream size in bytes.
        md_5 (str | Unset): MD5 of the stream (hex).
    """

    bitrate: float | Unset = UNSET
    codec: str | Unset = UNSET
    size: int | Unset = UNSET
    md_5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        codec = self.codec

        size = self.size

        md_5 = self.md_5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate is not UNSET:
            field_dict["Bitrate"] = bitrate
        if codec is not UNSET:
            field_dict["Codec"] = codec
        if size is not UNSET:
            field_dict["Size"] = size
        if md_5 is not UNSET:
            field_dict["Md5"] = md_5

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bitrate = d.pop("Bitrate", UNSET)

        codec = d.pop("Codec", UNSET)

        size = d.pop("Size", UNSET)

        md_5 = d.pop("Md5", UNSET)

        audio_stream_info = cls(
            bitrate=bitrate,
            codec=codec,
            size=size,
            md_5=md_5,
        )

        audio_stream_info.additional_properties = d
        return audio_stream_info

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
