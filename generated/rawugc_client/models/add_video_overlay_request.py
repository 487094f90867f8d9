from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.overlay_position import OverlayPosition, check_overlay_position
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddVideoOverlayRequest")


@_attrs_define
class AddVideoOverlayRequest:
    """Request to add a text overlay to a completed video. The vendor page states no defaults for the optional styling
    fields.

        Attributes:
            video_id (str): Identifier of a completed video (shape `vid_xxx`).
            text (str): Overlay text (1-500 characters).
            position (OverlayPosition | Unset): Vertical position of a text overlay. The vendor page does not state a
                default.
            font_size (int | Unset): Font size in pixels (8-200).
            top_bottom_margin (int | Unset): Distance from the top or bottom edge in pixels (0-500).
            stroke_thickness (float | Unset): Thickness of the text outline (0-10).
    """

    video_id: str
    text: str
    position: OverlayPosition | Unset = UNSET
    font_size: int | Unset = UNSET
    top_bottom_margin: int | Unset = UNSET
    stroke_thickness: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        text = self.text

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        font_size = self.font_size

        top_bottom_margin = self.top_bottom_margin

        stroke_thickness = self.stroke_thickness

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videoId": video_id,
                "text": text,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if font_size is not UNSET:
            field_dict["fontSize"] = font_size
        if top_bottom_margin is not UNSET:
            field_dict["topBottomMargin"] = top_bottom_margin
        if stroke_thickness is not UNSET:
            field_dict["strokeThickness"] = stroke_thickness

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_id = d.pop("videoId")

        text = d.pop("text")

        _position = d.pop("position", UNSET)
        position: OverlayPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_overlay_position(_position)

        font_size = d.pop("fontSize", UNSET)

        top_bottom_margin = d.pop("topBottomMargin", UNSET)

        stroke_thickness = d.pop("strokeThickness", UNSET)

        add_video_overlay_request = cls(
            video_id=video_id,
            text=text,
            position=position,
            font_size=font_size,
            top_bottom_margin=top_bottom_margin,
            stroke_thickness=stroke_thickness,
        )

        return add_video_overlay_request
