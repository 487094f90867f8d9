from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.scrape_mode import ScrapeMode, check_scrape_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeTiktokRequest")


@_attrs_define
class ScrapeTiktokRequest:
    """TikTok scrape request.

    Attributes:
        query (str): Search keyword, hashtag or query (1-500 characters; the minimum is decided by this spec).
        mode (ScrapeMode | Unset): How `query` is interpreted. Default: 'keyword'.
        limit (int | Unset): Number of videos to scrape (1-10). Default: 10.
    """

    query: str
    mode: ScrapeMode | Unset = "keyword"
    limit: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        _mode = d.pop("mode", UNSET)
        mode: ScrapeMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_scrape_mode(_mode)

        limit = d.pop("limit", UNSET)

        scrape_tiktok_request = cls(
            query=query,
            mode=mode,
            limit=limit,
        )

        return scrape_tiktok_request
