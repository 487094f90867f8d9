from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_detail_info import ArticleDetailInfo
    from ..models.audio_detail_info import AudioDetailInfo
    from ..models.image_detail_info import ImageDetailInfo
    from ..models.media_basic_info import MediaBasicInfo
    from ..models.video_detail_info import VideoDetailInfo


T = TypeVar("T", bound="MediaInfo")


@_attrs_define
class MediaInfo:
    """One medium (媒资): basic information plus the detail object matching `BasicInfo.MediaFirstCategory`.
    The detail fields "may return null, meaning no valid value" (此字段可能返回 null,表示取不到有效值); they
    may also be absent.

        Attributes:
            basic_info (MediaBasicInfo): Basic information of a medium (媒资基本信息).
            video_media (None | Unset | VideoDetailInfo): Video detail (视频媒资信息); null when not a video or unavailable.
            article_media (ArticleDetailInfo | None | Unset): Article detail (文章媒资信息); null when not an article or
                unavailable.
            image_media (ImageDetailInfo | None | Unset): Image detail (图片媒资信息); null when not an image or unavailable.
            audio_media (AudioDetailInfo | None | Unset): Audio detail (音频媒资信息); null when not audio or unavailable.
    """

    basic_info: MediaBasicInfo
    video_media: None | Unset | VideoDetailInfo = UNSET
    article_media: ArticleDetailInfo | None | Unset = UNSET
    image_media: ImageDetailInfo | None | Unset = UNSET
    audio_media: AudioDetailInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.article_detail_info import ArticleDetailInfo
        from ..models.audio_detail_info import AudioDetailInfo
        from ..models.image_detail_info import ImageDetailInfo
        from ..models.video_detail_info import VideoDetailInfo

        basic_info = self.basic_info.to_dict()

        video_media: dict[str, Any] | None | Unset
        if isinstance(self.video_media, Unset):
            video_media = UNSET
        elif isinstance(self.video_media, VideoDetailInfo):
            video_media = self.video_media.to_dict()
        else:
            video_media = self.video_media

        article_media: dict[str, Any] | None | Unset
        if isinstance(self.article_media, Unset):
            article_media = UNSET
        elif isinstance(self.article_media, ArticleDetailInfo):
            article_media = self.article_media.to_dict()
        else:
            article_media = self.article_media

        image_media: dict[str, Any] | None | Unset
        if isinstance(self.image_media, Unset):
            image_media = UNSET
        elif isinstance(self.image_media, ImageDetailInfo):
            image_media = self.image_media.to_dict()
        else:
            image_media = self.image_media

        audio_media: dict[str, Any] | None | Unset
        if isinstance(self.audio_media, Unset):
            audio_media = UNSET
        elif isinstance(self.audio_media, AudioDetailInfo):
            audio_media = self.audio_media.to_dict()
        else:
            audio_media = self.audio_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BasicInfo": basic_info,
            }
        )
        if video_media is not UNSET:
            field_dict["VideoMedia"] = video_media
        if article_media is not UNSET:
            field_dict["ArticleMedia"] = article_media
        if image_media is not UNSET:
            field_dict["ImageMedia"] = image_media
        if audio_media is not UNSET:
            field_dict["AudioMedia"] = audio_media

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.article_detail_info import ArticleDetailInfo
        from ..models.audio_detail_info import AudioDetailInfo
        from ..models.image_detail_info import ImageDetailInfo
        from ..models.media_basic_info import MediaBasicInfo
        from ..models.video_detail_info import VideoDetailInfo

        d = dict(src_dict)
        basic_info = MediaBasicInfo.from_dict(d.pop("BasicInfo"))

        def _parse_video_media(data: object) -> None | Unset | VideoDetailInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_media_type_0 = VideoDetailInfo.from_dict(data)

                return video_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoDetailInfo, data)

        video_media = _parse_video_media(d.pop("VideoMedia", UNSET))

        def _parse_article_media(data: object) -> ArticleDetailInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                article_media_type_0 = ArticleDetailInfo.from_dict(data)

                return article_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleDetailInfo | None | Unset, data)

        article_media = _parse_article_media(d.pop("ArticleMedia", UNSET))

        def _parse_image_media(data: object) -> ImageDetailInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_media_type_0 = ImageDetailInfo.from_dict(data)

                return image_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageDetailInfo | None | Unset, data)

        image_media = _parse_image_media(d.pop("ImageMedia", UNSET))

        def _parse_audio_media(data: object) -> AudioDetailInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_media_type_0 = AudioDetailInfo.from_dict(data)

                return audio_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioDetailInfo | None | Unset, data)

        audio_media = _parse_audio_media(d.pop("AudioMedia", UNSET))

        media_info = cls(
            basic_info=basic_info,
            video_media=video_media,
            article_media=article_media,
            image_media=image_media,
            audio_media=audio_media,
        )

        media_info.additional_properties = d
        return media_info

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
