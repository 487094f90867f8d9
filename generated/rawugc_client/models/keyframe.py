from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Keyframe")


@_attrs_define
class Keyframe:
    """A key moment of an analysed video.

    Attributes:
        timestamp (float): Position in the video, in seconds from the start (unit assumed; the vendor page does not
            state it).
        description (str): What happens at this moment.
        type_ (None | str | Unset): Kind of moment, for example `hook`, `demo` or `cta`. The vendor page lists no
            values.
        visual (None | str | Unset): What is on screen.
        audio (None | str | Unset): What is heard (voice, music, sound).
        text (None | str | Unset): On-screen text, if any.
    """

    timestamp: float
    description: str
    type_: None | str | Unset = UNSET
    visual: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        visual: None | str | Unset
        if isinstance(self.visual, Unset):
            visual = UNSET
        else:
            visual = self.visual

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "description": description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if visual is not UNSET:
            field_dict["visual"] = visual
        if audio is not UNSET:
            field_dict["audio"] = audio
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        description = d.pop("description")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_visual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visual = _parse_visual(d.pop("visual", UNSET))

        def _parse_audio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        keyframe = cls(
            timestamp=timestamp,
            description=description,
            type_=type_,
            visual=visual,
            audio=audio,
            text=text,
        )

        keyframe.additional_properties = d
        return keyframe

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
