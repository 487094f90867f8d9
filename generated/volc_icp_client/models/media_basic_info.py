from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_basic_info_media_type import (
    MediaBasicInfoMediaType,
    check_media_basic_info_media_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_owner import MediaOwner


T = TypeVar("T", bound="MediaBasicInfo")


@_attrs_define
class MediaBasicInfo:
    """Basic information of a medium (媒资基本信息).

    Attributes:
        media_id (str): Media id (媒资 Id).
        media_type (MediaBasicInfoMediaType | Unset): Media kind: `material` (素材), `draft` (草稿), `film` (成片, the only
            one served today), `template` (模板).
        media_first_category (str | Unset): Top-level category (媒资分类): `video`, `image`, `audio`, `article` "and others"
            (等); not a closed
            list. Says which of the `MediaInfo` detail fields is filled.
        source_from (str | Unset): Scene the work came from (作品来源场景). Open-ended list; the documented values and
            meanings
            (also in `x-enum-descriptions`; an empty meaning means the page gives none):

            | Value | Meaning |
            |---|---|
            | `MaterialLibrary` | material library (素材库) |
            | `text2video`, `Text2Video` | article to video (图文转视频) |
            | `Default` | default (默认) |
            | `Editor`, `editor` | editor (编辑器) |
            | `miaoying-editor` | Miaoying editor (秒影编辑器) |
            | `api_process` | uploaded through the API (接口上传) |
            | `muse` | (none given) |
            | `VTuberLive` | (none given) |
            | `video_recreation` | video splitting: material, draft, film (视频拆条素材、草稿、成片) |
            | `VideoSegment` | video splitting material, uploaded by the algorithm (视频拆条素材-算法上传) |
            | `template_consume` | template parsing (模板解析) |
            | `template` | template consumption (模板消费) |
            | `openapi` | open api |
            | `download_film` | copyrighted material downloaded from a film (成片版权素材下载) |
            | `hera_android` | template production tool, Android (模板生产工具-安卓) |
            | `hera_ios` | template production tool, iOS (模板生产工具-IOS) |
            | `add-logo` | film with watermark added (添加水印成片) |
            | `video_delogo` | watermark removal: material, film (视频去水印素材、成片) |
            | `BrandManager` | (none given) |
            | `winter_olympic` | Winter Olympics material (冬奥素材) |
            | `super_resolution` | super-resolution draft, film (超分辨率草稿、成片) |
            | `smart-crop` | smart crop (智能裁剪) |
            | `movie_studio` | smart photo movie film (智能照片电影成片) |
            | `copyrighted_media` | licensed material library (正版素材库) |
            | `templator_ios` | ck template production tool, iOS, v2 (ck模板生产工具-iOS-V2) |
            | `templator_android` | ck template production tool, Android, v2 (ck模板生产工具-android-V2) |
            | `template_material_loki` | loki effect resource (loki-资源effect) |
            | `graphic_editor` | article editor (图文编辑器) |
            | `FilmLibrary` | work uploaded directly (直接上传作品) |
            | `effect_mall` | store data (商城数据) |
            | `effect_mall_encrypt` | encrypted store data (商城加密数据) |
            | `open_api` | material uploaded through the OpenAPI (通过openAPI上传的素材) |
            | `chart-video` | video made from a chart (图表转成的视频) |
            | `card_template` | card template editor (卡片模板编辑器) |
            | `template_rec` | template recommendation (模板推荐) |
            | `tts` | smart dubbing (智能配音) |
            | `video_cut` | video splitting (视频拆条) |
            | `video_mixed` | video remix (视频混剪) |
        description (str | Unset): Description of the medium (描述).
        owner (MediaOwner | Unset): The entity a medium belongs to, as returned by the service (the page's `Owner` used
            in a response).
            **Decision:** kept apart from the request `Owner` because a response may carry both `Id` and
            `VolcUsername`, and `Type` is not closed (the page only lists `PERSON`).
        name (str | Unset): Media name (媒资名称).
        create_time (int | Unset): Creation time, Unix timestamp in seconds (媒资创建时间).
        update_time (int | Unset): Last update time, Unix timestamp in seconds (媒资更新时间).
        tags (list[str] | Unset): Media tags (媒资标签).
        user_defined_category (list[str] | Unset): User-defined categories (用户自定义分类).
        copyright_ (str | Unset): Copyright type (版权类型); values not documented.
        preview_url (str | Unset): Preview image URL (预览图).
    """

    media_id: str
    media_type: MediaBasicInfoMediaType | Unset = UNSET
    media_first_category: str | Unset = UNSET
    source_from: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: MediaOwner | Unset = UNSET
    name: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    user_defined_category: list[str] | Unset = UNSET
    copyright_: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type

        media_first_category = self.media_first_category

        source_from = self.source_from

        description = self.description

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        name = self.name

        create_time = self.create_time

        update_time = self.update_time

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        user_defined_category: list[str] | Unset = UNSET
        if not isinstance(self.user_defined_category, Unset):
            user_defined_category = self.user_defined_category

        copyright_ = self.copyright_

        preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MediaId": media_id,
            }
        )
        if media_type is not UNSET:
            field_dict["MediaType"] = media_type
        if media_first_category is not UNSET:
            field_dict["MediaFirstCategory"] = media_first_category
        if source_from is not UNSET:
            field_dict["SourceFrom"] = source_from
        if description is not UNSET:
            field_dict["Description"] = description
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if name is not UNSET:
            field_dict["Name"] = name
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if update_time is not UNSET:
            field_dict["UpdateTime"] = update_time
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if user_defined_category is not UNSET:
            field_dict["UserDefinedCategory"] = user_defined_category
        if copyright_ is not UNSET:
            field_dict["Copyright"] = copyright_
        if preview_url is not UNSET:
            field_dict["PreviewUrl"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_owner import MediaOwner

        d = dict(src_dict)
        media_id = d.pop("MediaId")

        _media_type = d.pop("MediaType", UNSET)
        media_type: MediaBasicInfoMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = check_media_basic_info_media_type(_media_type)

        media_first_category = d.pop("MediaFirstCategory", UNSET)

        source_from = d.pop("SourceFrom", UNSET)

        description = d.pop("Description", UNSET)

        _owner = d.pop("Owner", UNSET)
        owner: MediaOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = MediaOwner.from_dict(_owner)

        name = d.pop("Name", UNSET)

        create_time = d.pop("CreateTime", UNSET)

        update_time = d.pop("UpdateTime", UNSET)

        tags = cast(list[str], d.pop("Tags", UNSET))

        user_defined_category = cast(list[str], d.pop("UserDefinedCategory", UNSET))

        copyright_ = d.pop("Copyright", UNSET)

        preview_url = d.pop("PreviewUrl", UNSET)

        media_basic_info = cls(
            media_id=media_id,
            media_type=media_type,
            media_first_category=media_first_category,
            source_from=source_from,
            description=description,
            owner=owner,
            name=name,
            create_time=create_time,
            update_time=update_time,
            tags=tags,
            user_defined_category=user_defined_category,
            copyright_=copyright_,
            preview_url=preview_url,
        )

        media_basic_info.additional_properties = d
        return media_basic_info

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
