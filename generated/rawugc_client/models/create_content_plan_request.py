from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateContentPlanRequest")


@_attrs_define
class CreateContentPlanRequest:
    """Content plan request.

    Attributes:
        scrape_id (str): `scrapeId` from a `scrapeTiktok` response.
        brief (str): Goals of the content plan (1-5000 characters; the minimum is decided by this spec).
    """

    scrape_id: str
    brief: str

    def to_dict(self) -> dict[str, Any]:
        scrape_id = self.scrape_id

        brief = self.brief

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scrapeId": scrape_id,
                "brief": brief,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scrape_id = d.pop("scrapeId")

        brief = d.pop("brief")

        create_content_plan_request = cls(
            scrape_id=scrape_id,
            brief=brief,
        )

        return create_content_plan_request
