from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_stream_info import AudioStreamInfo
    from ..models.video_stream_info import VideoStreamInfo


T = TypeVar("T", bound="MediaMetaInfo")


@_attrs_define
class MediaMetaInfo:
    """File metadata of a medium (媒资元信息).

    Attributes:
        size (int | Unset): File size in bytes.
        md_5 (str | Unset): MD5 of the file (hex).
        height (int | Unset): Height in px.
        width (int | Unset): Width in px.
        duration (int | Unset): Duration in seconds (时长,单位:秒); an integer per the page.
        bitrate (int | Unset): Overall bitrate in bit/s (码率,单位:bps); an integer per the page.
        mime (str | Unset): MIME type of the file, e.g. `image/jpeg`, `video/mp4`.
        video_stream_info_set (list[VideoStreamInfo] | Unset): Video streams (视频流信息).
        audio_stream_info_set (list[AudioStreamInfo] | Unset): Audio streams (音频流信息).
    """

    size: int | Unset = UNSET
    md_5: str | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    duration: int | Unset = UNSET
    bitrate: int | Unset = UNSET
    mime: str | Unset = UNSET
    video_stream_info_set: list[VideoStreamInfo] | Unset = UNSET
    audio_stream_info_set: list[AudioStreamInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        md_5 = self.md_5

        height = self.height

        width = self.width

        duration = self.duration

        bitrate = self.bitrate

        mime = self.mime

        video_stream_info_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_stream_info_set, Unset):
            video_stream_info_set = []
            for video_stream_info_set_item_data in self.video_stream_info_set:
                video_stream_info_set_item = video_stream_info_set_item_data.to_dict()
                video_stream_info_set.append(video_stream_info_set_item)

        audio_stream_info_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_stream_info_set, Unset):
            audio_stream_info_set = []
            for audio_stream_info_set_item_data in self.audio_stream_info_set:
                audio_stream_info_set_item = audio_stream_info_set_item_data.to_dict()
                audio_stream_info_set.append(audio_stream_info_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["Size"] = size
        if md_5 is not UNSET:
            field_dict["Md5"] = md_5
        if height is not UNSET:
            field_dict["Height"] = height
        if width is not UNSET:
            field_dict["Width"] = width
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if bitrate is not UNSET:
            field_dict["Bitrate"] = bitrate
        if mime is not UNSET:
            field_dict["Mime"] = mime
        if video_stream_info_set is not UNSET:
            field_dict["VideoStreamInfoSet"] = video_stream_info_set
        if audio_stream_info_set is not UNSET:
            field_dict["AudioStreamInfoSet"] = audio_stream_info_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audio_stream_info import AudioStreamInfo
        from ..models.video_stream_info import VideoStreamInfo

        d = dict(src_dict)
        size = d.pop("Size", UNSET)

        md_5 = d.pop("Md5", UNSET)

        height = d.pop("Height", UNSET)

        width = d.pop("Width", UNSET)

        duration = d.pop("Duration", UNSET)

        bitrate = d.pop("Bitrate", UNSET)

        mime = d.pop("Mime", UNSET)

        _video_stream_info_set = d.pop("VideoStreamInfoSet", UNSET)
        video_stream_info_set: list[VideoStreamInfo] | Unset = UNSET
        if _video_stream_info_set is not UNSET:
            video_stream_info_set = []
            for video_stream_info_set_item_data in _video_stream_info_set:
                video_stream_info_set_item = VideoStreamInfo.from_dict(
                    video_stream_info_set_item_data
                )

                video_stream_info_set.append(video_stream_info_set_item)

        _audio_stream_info_set = d.pop("AudioStreamInfoSet", UNSET)
        audio_stream_info_set: list[AudioStreamInfo] | Unset = UNSET
        if _audio_stream_info_set is not UNSET:
            audio_stream_info_set = []
            for audio_stream_info_set_item_data in _audio_stream_info_set:
                audio_stream_info_set_item = AudioStreamInfo.from_dict(
                    audio_stream_info_set_item_data
                )

                audio_stream_info_set.append(audio_stream_info_set_item)

        media_meta_info = cls(
            size=size,
            md_5=md_5,
            height=height,
            width=width,
            duration=duration,
            bitrate=bitrate,
            mime=mime,
            video_stream_info_set=video_stream_info_set,
            audio_stream_info_set=audio_stream_info_set,
        )

        media_meta_info.additional_properties = d
        return media_meta_info

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
