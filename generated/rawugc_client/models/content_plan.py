from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprint import Blueprint


T = TypeVar("T", bound="ContentPlan")


@_attrs_define
class ContentPlan:
    """A content plan generated from scraped videos. The vendor page names the fields without types; this spec decides
    lists of text for `topWins` and `gapsToTest`.

        Attributes:
            plan_id (str): Content plan identifier.
            scrape_id (str): Scrape the plan was built from.
            brief (str): The brief that was given.
            top_wins (list[str] | Unset): What works best in the scraped videos.
            gaps_to_test (list[str] | Unset): Opportunities not covered by the scraped videos.
            blueprints (list[Blueprint] | Unset): Content blueprints.
    """

    plan_id: str
    scrape_id: str
    brief: str
    top_wins: list[str] | Unset = UNSET
    gaps_to_test: list[str] | Unset = UNSET
    blueprints: list[Blueprint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        scrape_id = self.scrape_id

        brief = self.brief

        top_wins: list[str] | Unset = UNSET
        if not isinstance(self.top_wins, Unset):
            top_wins = self.top_wins

        gaps_to_test: list[str] | Unset = UNSET
        if not isinstance(self.gaps_to_test, Unset):
            gaps_to_test = self.gaps_to_test

        blueprints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blueprints, Unset):
            blueprints = []
            for blueprints_item_data in self.blueprints:
                blueprints_item = blueprints_item_data.to_dict()
                blueprints.append(blueprints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "scrapeId": scrape_id,
                "brief": brief,
            }
        )
        if top_wins is not UNSET:
            field_dict["topWins"] = top_wins
        if gaps_to_test is not UNSET:
            field_dict["gapsToTest"] = gaps_to_test
        if blueprints is not UNSET:
            field_dict["blueprints"] = blueprints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.blueprint import Blueprint

        d = dict(src_dict)
        plan_id = d.pop("planId")

        scrape_id = d.pop("scrapeId")

        brief = d.pop("brief")

        top_wins = cast(list[str], d.pop("topWins", UNSET))

        gaps_to_test = cast(list[str], d.pop("gapsToTest", UNSET))

        _blueprints = d.pop("blueprints", UNSET)
        blueprints: list[Blueprint] | Unset = UNSET
        if _blueprints is not UNSET:
            blueprints = []
            for blueprints_item_data in _blueprints:
                blueprints_item = Blueprint.from_dict(blueprints_item_data)

                blueprints.append(blueprints_item)

        content_plan = cls(
            plan_id=plan_id,
            scrape_id=scrape_id,
            brief=brief,
            top_wins=top_wins,
            gaps_to_test=gaps_to_test,
            blueprints=blueprints,
        )

        content_plan.additional_properties = d
        return content_plan

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
