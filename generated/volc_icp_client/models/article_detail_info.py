from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_asset_info import ArticleAssetInfo


T = TypeVar("T", bound="ArticleDetailInfo")


@_attrs_define
class ArticleDetailInfo:
    """Article (图文) detail (文章详情). Which of `JsonContent` / `HtmlContent` is filled follows the request's
    `ArticleContentFormat`; **Decision:** the other one is empty or absent.

        Attributes:
            json_content (str | Unset): Article content as a JSON document encoded in a string (格式:JSON).
            html_content (str | Unset): Article content as HTML (格式:HTML).
            abstract (str | Unset): Article abstract (文章摘要).
            word_count (int | Unset): Word count (文章字数).
            covers (list[ArticleAssetInfo] | Unset): Cover images (封面组).
            videos (list[ArticleAssetInfo] | Unset): Embedded videos (视频组).
            images (list[ArticleAssetInfo] | Unset): Embedded images (图片组).
    """

    json_content: str | Unset = UNSET
    html_content: str | Unset = UNSET
    abstract: str | Unset = UNSET
    word_count: int | Unset = UNSET
    covers: list[ArticleAssetInfo] | Unset = UNSET
    videos: list[ArticleAssetInfo] | Unset = UNSET
    images: list[ArticleAssetInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json_content = self.json_content

        html_content = self.html_content

        abstract = self.abstract

        word_count = self.word_count

        covers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.covers, Unset):
            covers = []
            for covers_item_data in self.covers:
                covers_item = covers_item_data.to_dict()
                covers.append(covers_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json_content is not UNSET:
            field_dict["JsonContent"] = json_content
        if html_content is not UNSET:
            field_dict["HtmlContent"] = html_content
        if abstract is not UNSET:
            field_dict["Abstract"] = abstract
        if word_count is not UNSET:
            field_dict["WordCount"] = word_count
        if covers is not UNSET:
            field_dict["Covers"] = covers
        if videos is not UNSET:
            field_dict["Videos"] = videos
        if images is not UNSET:
            field_dict["Images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.article_asset_info import ArticleAssetInfo

        d = dict(src_dict)
        json_content = d.pop("JsonContent", UNSET)

        html_content = d.pop("HtmlContent", UNSET)

        abstract = d.pop("Abstract", UNSET)

        word_count = d.pop("WordCount", UNSET)

        _covers = d.pop("Covers", UNSET)
        covers: list[ArticleAssetInfo] | Unset = UNSET
        if _covers is not UNSET:
            covers = []
            for covers_item_data in _covers:
                covers_item = ArticleAssetInfo.from_dict(covers_item_data)

                covers.append(covers_item)

        _videos = d.pop("Videos", UNSET)
        videos: list[ArticleAssetInfo] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = ArticleAssetInfo.from_dict(videos_item_data)

                videos.append(videos_item)

        _images = d.pop("Images", UNSET)
        images: list[ArticleAssetInfo] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ArticleAssetInfo.from_dict(images_item_data)

                images.append(images_item)

        article_detail_info = cls(
            json_content=json_content,
            html_content=html_content,
            abstract=abstract,
            word_count=word_count,
            covers=covers,
            videos=videos,
            images=images,
        )

        article_detail_info.additional_properties = d
        return article_detail_info

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
