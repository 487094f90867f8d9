from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.style_aspect_ratio import StyleAspectRatio, check_style_aspect_ratio
from ..models.style_type import StyleType, check_style_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Style")


@_attrs_define
class Style:
    """A creative style (built-in or custom) with an optional prompt template.

    Attributes:
        field_id (str): Style identifier (used in `/styles/{styleId}`, as decided by this spec).
        name (str): Style name.
        description (None | str | Unset): Style description; null when not set.
        type_ (None | StyleType | Unset): Whether the style is for videos or images; null when not set.
        aspect_ratio (None | StyleAspectRatio | Unset): Aspect ratio of the style; null when not set.
        style_id (None | str | Unset): Secondary style key. The vendor page lists the field without explaining it; this
            spec assumes a stable slug of built-in styles (null for custom styles) and does not use it in paths.
        prompt_template (None | str | Unset): Prompt template with `{productName}`, `{messaging}` and `{character}`
            placeholders; null when not set.
        is_admin (bool | Unset): True for built-in styles provided by RawUGC (assumed meaning).
        is_standard (bool | Unset): True for standard styles. The vendor page does not explain the flag.
    """

    field_id: str
    name: str
    description: None | str | Unset = UNSET
    type_: None | StyleType | Unset = UNSET
    aspect_ratio: None | StyleAspectRatio | Unset = UNSET
    style_id: None | str | Unset = UNSET
    prompt_template: None | str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_standard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        style_id: None | str | Unset
        if isinstance(self.style_id, Unset):
            style_id = UNSET
        else:
            style_id = self.style_id

        prompt_template: None | str | Unset
        if isinstance(self.prompt_template, Unset):
            prompt_template = UNSET
        else:
            prompt_template = self.prompt_template

        is_admin = self.is_admin

        is_standard = self.is_standard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if style_id is not UNSET:
            field_dict["styleId"] = style_id
        if prompt_template is not UNSET:
            field_dict["promptTemplate"] = prompt_template
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if is_standard is not UNSET:
            field_dict["isStandard"] = is_standard

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | StyleType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_style_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StyleType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_aspect_ratio(data: object) -> None | StyleAspectRatio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_style_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StyleAspectRatio | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspectRatio", UNSET))

        def _parse_style_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style_id = _parse_style_id(d.pop("styleId", UNSET))

        def _parse_prompt_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_template = _parse_prompt_template(d.pop("promptTemplate", UNSET))

        is_admin = d.pop("isAdmin", UNSET)

        is_standard = d.pop("isStandard", UNSET)

        style = cls(
            field_id=field_id,
            name=name,
            description=description,
            type_=type_,
            aspect_ratio=aspect_ratio,
            style_id=style_id,
            prompt_template=prompt_template,
            is_admin=is_admin,
            is_standard=is_standard,
        )

        style.additional_properties = d
        return style

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
