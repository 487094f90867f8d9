from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Blueprint")


@_attrs_define
class Blueprint:
    """A content blueprint of a content plan. The vendor page names the fields without types; this spec decides text for
    `category` and `strategy` and lists of text for `evidence` and `contentIdeas`.

        Attributes:
            category (str): Category of the blueprint (for example a content angle).
            strategy (str): The strategy to follow.
            evidence (list[str] | Unset): Observations from the scraped videos that support the strategy.
            content_ideas (list[str] | Unset): Concrete content ideas.
    """

    category: str
    strategy: str
    evidence: list[str] | Unset = UNSET
    content_ideas: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        strategy = self.strategy

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        content_ideas: list[str] | Unset = UNSET
        if not isinstance(self.content_ideas, Unset):
            content_ideas = self.content_ideas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "strategy": strategy,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if content_ideas is not UNSET:
            field_dict["contentIdeas"] = content_ideas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = d.pop("category")

        strategy = d.pop("strategy")

        evidence = cast(list[str], d.pop("evidence", UNSET))

        content_ideas = cast(list[str], d.pop("contentIdeas", UNSET))

        blueprint = cls(
            category=category,
            strategy=strategy,
            evidence=evidence,
            content_ideas=content_ideas,
        )

        blueprint.additional_properties = d
        return blueprint

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
