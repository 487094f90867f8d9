from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scraped_video import ScrapedVideo


T = TypeVar("T", bound="ScrapeResult")


@_attrs_define
class ScrapeResult:
    """Result of a TikTok scrape.

    Attributes:
        scrape_id (str): Scrape identifier; pass it to `createContentPlan`.
        count (int): Number of videos scraped.
        videos (list[ScrapedVideo]): The scraped videos.
    """

    scrape_id: str
    count: int
    videos: list[ScrapedVideo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scrape_id = self.scrape_id

        count = self.count

        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_dict()
            videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scrapeId": scrape_id,
                "count": count,
                "videos": videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scraped_video import ScrapedVideo

        d = dict(src_dict)
        scrape_id = d.pop("scrapeId")

        count = d.pop("count")

        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:
            videos_item = ScrapedVideo.from_dict(videos_item_data)

            videos.append(videos_item)

        scrape_result = cls(
            scrape_id=scrape_id,
            count=count,
            videos=videos,
        )

        scrape_result.additional_properties = d
        return scrape_result

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
