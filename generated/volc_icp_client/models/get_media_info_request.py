from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.get_media_info_request_article_content_format import (
    GetMediaInfoRequestArticleContentFormat,
    check_get_media_info_request_article_content_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMediaInfoRequest")


@_attrs_define
class GetMediaInfoRequest:
    """Body of GetMediaInfo.

    Attributes:
        media_ids (list[str]): Media ids (媒资ID列表), taken from the finished-film callback notification. **Decision:** the
            page
            gives no maximum; this document limits a call to 20 ids (the page's largest page size) and
            expects more to be split into several calls. **Decision:** empty ids are not allowed.
        article_content_format (GetMediaInfoRequestArticleContentFormat | Unset): Format of the content of article (图文)
            media: `json` fills `ArticleMedia.JsonContent`, `html`
            fills `ArticleMedia.HtmlContent`. Absent or empty string means `json` (the page: 不传或传空则默认
            json), so `""` is admitted and behaves exactly like `json`.
             Default: 'json'.
    """

    media_ids: list[str]
    article_content_format: GetMediaInfoRequestArticleContentFormat | Unset = "json"

    def to_dict(self) -> dict[str, Any]:
        media_ids = self.media_ids

        article_content_format: str | Unset = UNSET
        if not isinstance(self.article_content_format, Unset):
            article_content_format = self.article_content_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "MediaIds": media_ids,
            }
        )
        if article_content_format is not UNSET:
            field_dict["ArticleContentFormat"] = article_content_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_ids = cast(list[str], d.pop("MediaIds"))

        _article_content_format = d.pop("ArticleContentFormat", UNSET)
        article_content_format: GetMediaInfoRequestArticleContentFormat | Unset
        if isinstance(_article_content_format, Unset):
            article_content_format = UNSET
        else:
            article_content_format = (
                check_get_media_info_request_article_content_format(
                    _article_content_format
                )
            )

        get_media_info_request = cls(
            media_ids=media_ids,
            article_content_format=article_content_format,
        )

        return get_media_info_request
