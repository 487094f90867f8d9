from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.viral_search_result import ViralSearchResult


T = TypeVar("T", bound="ViralSearchResponse")


@_attrs_define
class ViralSearchResponse:
    """Result of a viral library search.

    Attributes:
        results (list[ViralSearchResult]): Hits, best match first (order assumed).
        query (str): The query that was run.
        total (int): Number of hits returned.
    """

    results: list[ViralSearchResult]
    query: str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        query = self.query

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "query": query,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.viral_search_result import ViralSearchResult

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ViralSearchResult.from_dict(results_item_data)

            results.append(results_item)

        query = d.pop("query")

        total = d.pop("total")

        viral_search_response = cls(
            results=results,
            query=query,
            total=total,
        )

        viral_search_response.additional_properties = d
        return viral_search_response

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
