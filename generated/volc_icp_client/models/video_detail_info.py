from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_detail_info_layout import (
    VideoDetailInfoLayout,
    check_video_detail_info_layout,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_meta_info import MediaMetaInfo
    from ..models.media_owner import MediaOwner
    from ..models.video_detail_info_transcode_download_urls import (
        VideoDetailInfoTranscodeDownloadUrls,
    )


T = TypeVar("T", bound="VideoDetailInfo")


@_attrs_define
class VideoDetailInfo:
    """Video detail (视频详情).

    Attributes:
        video_id (str | Unset): Video id, same as the media id (视频 Id,同媒资 Id).
        name (str | Unset): Video name (视频名称).
        owner (MediaOwner | Unset): The entity a medium belongs to, as returned by the service (the page's `Owner` used
            in a response).
            **Decision:** kept apart from the request `Owner` because a response may carry both `Id` and
            `VolcUsername`, and `Type` is not closed (the page only lists `PERSON`).
        create_time (int | Unset): Creation time, Unix timestamp in seconds (媒资创建时间; unit taken from `MediaBasicInfo`).
        update_time (int | Unset): Last update time, Unix timestamp in seconds (媒资更新时间; unit taken from
            `MediaBasicInfo`).
        download_url (str | Unset): Direct download URL of the original, usable in a browser; valid for 24 hours
            (有效期24小时).
        transcode_download_urls (VideoDetailInfoTranscodeDownloadUrls | Unset): Download URLs of transcoded renditions,
            key = resolution, value = URL; valid for 24 hours.
        layout (VideoDetailInfoLayout | Unset): Layout (布局): `0` not set, `1` landscape (横屏), `2` portrait (竖屏).
        resolution (str | Unset): Resolution (分辨率); format not documented.
        cover_url (str | Unset): Cover image URL (封面url).
        preview_video (str | Unset): Preview video URL (预览视频).
        secondary_edited (bool | Unset): Whether the video has been edited a second time (是否被二次编辑过).
        media_meta_info (MediaMetaInfo | Unset): File metadata of a medium (媒资元信息).
    """

    video_id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: MediaOwner | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    download_url: str | Unset = UNSET
    transcode_download_urls: VideoDetailInfoTranscodeDownloadUrls | Unset = UNSET
    layout: VideoDetailInfoLayout | Unset = UNSET
    resolution: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    preview_video: str | Unset = UNSET
    secondary_edited: bool | Unset = UNSET
    media_meta_info: MediaMetaInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        create_time = self.create_time

        update_time = self.update_time

        download_url = self.download_url

        transcode_download_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcode_download_urls, Unset):
            transcode_download_urls = self.transcode_download_urls.to_dict()

        layout: int | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout

        resolution = self.resolution

        cover_url = self.cover_url

        preview_video = self.preview_video

        secondary_edited = self.secondary_edited

        media_meta_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_meta_info, Unset):
            media_meta_info = self.media_meta_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["VideoId"] = video_id
        if name is not UNSET:
            field_dict["Name"] = name
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if update_time is not UNSET:
            field_dict["UpdateTime"] = update_time
        if download_url is not UNSET:
            field_dict["DownloadUrl"] = download_url
        if transcode_download_urls is not UNSET:
            field_dict["TranscodeDownloadUrls"] = transcode_download_urls
        if layout is not UNSET:
            field_dict["Layout"] = layout
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if cover_url is not UNSET:
            field_dict["CoverUrl"] = cover_url
        if preview_video is not UNSET:
            field_dict["PreviewVideo"] = preview_video
        if secondary_edited is not UNSET:
            field_dict["SecondaryEdited"] = secondary_edited
        if media_meta_info is not UNSET:
            field_dict["MediaMetaInfo"] = media_meta_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_meta_info import MediaMetaInfo
        from ..models.media_owner import MediaOwner
        from ..models.video_detail_info_transcode_download_urls import (
            VideoDetailInfoTranscodeDownloadUrls,
        )

        d = dict(src_dict)
        video_id = d.pop("VideoId", UNSET)

        name = d.pop("Name", UNSET)

        _owner = d.pop("Owner", UNSET)
        owner: MediaOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = MediaOwner.from_dict(_owner)

        create_time = d.pop("CreateTime", UNSET)

        update_time = d.pop("UpdateTime", UNSET)

        download_url = d.pop("DownloadUrl", UNSET)

        _transcode_download_urls = d.pop("TranscodeDownloadUrls", UNSET)
        transcode_download_urls: VideoDetailInfoTranscodeDownloadUrls | Unset
        if isinstance(_transcode_download_urls, Unset):
            transcode_download_urls = UNSET
        else:
            transcode_download_urls = VideoDetailInfoTranscodeDownloadUrls.from_dict(
                _transcode_download_urls
            )

        _layout = d.pop("Layout", UNSET)
        layout: VideoDetailInfoLayout | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = check_video_detail_info_layout(_layout)

        resolution = d.pop("Resolution", UNSET)

        cover_url = d.pop("CoverUrl", UNSET)

        preview_video = d.pop("PreviewVideo", UNSET)

        secondary_edited = d.pop("SecondaryEdited", UNSET)

        _media_meta_info = d.pop("MediaMetaInfo", UNSET)
        media_meta_info: MediaMetaInfo | Unset
        if isinstance(_media_meta_info, Unset):
            media_meta_info = UNSET
        else:
            media_meta_info = MediaMetaInfo.from_dict(_media_meta_info)

        video_detail_info = cls(
            video_id=video_id,
            name=name,
            owner=owner,
            create_time=create_time,
            update_time=update_time,
            download_url=download_url,
            transcode_download_urls=transcode_download_urls,
            layout=layout,
            resolution=resolution,
            cover_url=cover_url,
            preview_video=preview_video,
            secondary_edited=secondary_edited,
            media_meta_info=media_meta_info,
        )

        video_detail_info.additional_properties = d
        return video_detail_info

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
