from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_detail_info_transcode_download_urls import (
        ImageDetailInfoTranscodeDownloadUrls,
    )


T = TypeVar("T", bound="ImageDetailInfo")


@_attrs_define
class ImageDetailInfo:
    """Image detail (图片媒资详情).

    Attributes:
        media_id (str | Unset): Image media id (图片媒资 id).
        height (int | Unset): Height in px.
        width (int | Unset): Width in px.
        download_url (str | Unset): Direct download URL at original resolution; valid for 24 hours.
        transcode_download_urls (ImageDetailInfoTranscodeDownloadUrls | Unset): Download URLs by resolution (key =
            resolution, value = URL); valid for 24 hours.
        size (int | Unset): Image size in bytes (图片大小,单位:字节).
    """

    media_id: str | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    download_url: str | Unset = UNSET
    transcode_download_urls: ImageDetailInfoTranscodeDownloadUrls | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        height = self.height

        width = self.width

        download_url = self.download_url

        transcode_download_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcode_download_urls, Unset):
            transcode_download_urls = self.transcode_download_urls.to_dict()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["MediaId"] = media_id
        if height is not UNSET:
            field_dict["Height"] = height
        if width is not UNSET:
            field_dict["Width"] = width
        if download_url is not UNSET:
            field_dict["DownloadUrl"] = download_url
        if transcode_download_urls is not UNSET:
            field_dict["TranscodeDownloadUrls"] = transcode_download_urls
        if size is not UNSET:
            field_dict["Size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_detail_info_transcode_download_urls import (
            ImageDetailInfoTranscodeDownloadUrls,
        )

        d = dict(src_dict)
        media_id = d.pop("MediaId", UNSET)

        height = d.pop("Height", UNSET)

        width = d.pop("Width", UNSET)

        download_url = d.pop("DownloadUrl", UNSET)

        _transcode_download_urls = d.pop("TranscodeDownloadUrls", UNSET)
        transcode_download_urls: ImageDetailInfoTranscodeDownloadUrls | Unset
        if isinstance(_transcode_download_urls, Unset):
            transcode_download_urls = UNSET
        else:
            transcode_download_urls = ImageDetailInfoTranscodeDownloadUrls.from_dict(
                _transcode_download_urls
            )

        size = d.pop("Size", UNSET)

        image_detail_info = cls(
            media_id=media_id,
            height=height,
            width=width,
            download_url=download_url,
            transcode_download_urls=transcode_download_urls,
            size=size,
        )

        image_detail_info.additional_properties = d
        return image_detail_info

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
