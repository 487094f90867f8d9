from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.viral_library_video import ViralLibraryVideo


T = TypeVar("T", bound="ViralSearchResult")


@_attrs_define
class ViralSearchResult:
    """One search hit.

    Attributes:
        video (ViralLibraryVideo): A video of the viral library with its AI analysis. The vendor page only says it
            comes "with full AI analysis (hooks, keyframes, performance insights)"; this spec
            decides the fields: source metadata (like `ScrapedVideo`) plus `analysis`
            (a `VideoAnalysis`).
        score (float): Semantic similarity; higher is a better match. The vendor page does not state the range.
    """

    video: ViralLibraryVideo
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.viral_library_video import ViralLibraryVideo

        d = dict(src_dict)
        video = ViralLibraryVideo.from_dict(d.pop("video"))

        score = d.pop("score")

        viral_search_result = cls(
            video=video,
            score=score,
        )

        viral_search_result.additional_properties = d
        return viral_search_result

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
