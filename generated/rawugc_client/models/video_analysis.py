from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyframe import Keyframe


T = TypeVar("T", bound="VideoAnalysis")


@_attrs_define
class VideoAnalysis:
    """AI analysis of a video, returned by `analyzeVideo` and embedded in `ViralLibraryVideo`. The vendor page names the
    fields without types; the types are decided by this spec.

        Attributes:
            summary (str): Summary of the video.
            hook (str): The hook used in the opening seconds.
            keyframes (list[Keyframe]): Key moments in chronological order.
            duration_seconds (float | None | Unset): Video length in seconds.
            tags (list[str] | Unset): Topic and format tags.
            why_it_performed (None | str | Unset): Why the video performed well.
            attributes_to_copy (list[str] | Unset): Attributes worth copying in new content.
            hooks_to_test (list[str] | Unset): Hook ideas to test in new content.
    """

    summary: str
    hook: str
    keyframes: list[Keyframe]
    duration_seconds: float | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    why_it_performed: None | str | Unset = UNSET
    attributes_to_copy: list[str] | Unset = UNSET
    hooks_to_test: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        hook = self.hook

        keyframes = []
        for keyframes_item_data in self.keyframes:
            keyframes_item = keyframes_item_data.to_dict()
            keyframes.append(keyframes_item)

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        why_it_performed: None | str | Unset
        if isinstance(self.why_it_performed, Unset):
            why_it_performed = UNSET
        else:
            why_it_performed = self.why_it_performed

        attributes_to_copy: list[str] | Unset = UNSET
        if not isinstance(self.attributes_to_copy, Unset):
            attributes_to_copy = self.attributes_to_copy

        hooks_to_test: list[str] | Unset = UNSET
        if not isinstance(self.hooks_to_test, Unset):
            hooks_to_test = self.hooks_to_test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "hook": hook,
                "keyframes": keyframes,
            }
        )
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if tags is not UNSET:
            field_dict["tags"] = tags
        if why_it_performed is not UNSET:
            field_dict["whyItPerformed"] = why_it_performed
        if attributes_to_copy is not UNSET:
            field_dict["attributesToCopy"] = attributes_to_copy
        if hooks_to_test is not UNSET:
            field_dict["hooksToTest"] = hooks_to_test

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyframe import Keyframe

        d = dict(src_dict)
        summary = d.pop("summary")

        hook = d.pop("hook")

        keyframes = []
        _keyframes = d.pop("keyframes")
        for keyframes_item_data in _keyframes:
            keyframes_item = Keyframe.from_dict(keyframes_item_data)

            keyframes.append(keyframes_item)

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("durationSeconds", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_why_it_performed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        why_it_performed = _parse_why_it_performed(d.pop("whyItPerformed", UNSET))

        attributes_to_copy = cast(list[str], d.pop("attributesToCopy", UNSET))

        hooks_to_test = cast(list[str], d.pop("hooksToTest", UNSET))

        video_analysis = cls(
            summary=summary,
            hook=hook,
            keyframes=keyframes,
            duration_seconds=duration_seconds,
            tags=tags,
            why_it_performed=why_it_performed,
            attributes_to_copy=attributes_to_copy,
            hooks_to_test=hooks_to_test,
        )

        video_analysis.additional_properties = d
        return video_analysis

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
