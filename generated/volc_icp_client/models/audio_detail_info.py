from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_meta_info import MediaMetaInfo


T = TypeVar("T", bound="AudioDetailInfo")


@_attrs_define
class AudioDetailInfo:
    """Audio detail (音频媒资信息).

    Attributes:
        download_url (str | Unset): Direct download URL; valid for 24 hours.
        cover_url (str | Unset): Cover image URL (封面url).
        media_meta_info (MediaMetaInfo | Unset): File metadata of a medium (媒资元信息).
    """

    download_url: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    media_meta_info: MediaMetaInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        cover_url = self.cover_url

        media_meta_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_meta_info, Unset):
            media_meta_info = self.media_meta_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["DownloadUrl"] = download_url
        if cover_url is not UNSET:
            field_dict["CoverUrl"] = cover_url
        if media_meta_info is not UNSET:
            field_dict["MediaMetaInfo"] = media_meta_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_meta_info import MediaMetaInfo

        d = dict(src_dict)
        download_url = d.pop("DownloadUrl", UNSET)

        cover_url = d.pop("CoverUrl", UNSET)

        _media_meta_info = d.pop("MediaMetaInfo", UNSET)
        media_meta_info: MediaMetaInfo | Unset
        if isinstance(_media_meta_info, Unset):
            media_meta_info = UNSET
        else:
            media_meta_info = MediaMetaInfo.from_dict(_media_meta_info)

        audio_detail_info = cls(
            download_url=download_url,
            cover_url=cover_url,
            media_meta_info=media_meta_info,
        )

        audio_detail_info.additional_properties = d
        return audio_detail_info

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
