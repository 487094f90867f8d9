from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.style_aspect_ratio import StyleAspectRatio, check_style_aspect_ratio
from ..models.style_type import StyleType, check_style_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStyleRequest")


@_attrs_define
class UpdateStyleRequest:
    """Fields to change on a custom style; all optional, omitted fields are unchanged.

    Attributes:
        name (str | Unset): New style name (1-200 characters).
        description (str | Unset): New style description (at most 1000 characters).
        type_ (StyleType | Unset): Kind of content a style is for.
        aspect_ratio (StyleAspectRatio | Unset): Aspect ratio of a style.
        prompt_template (str | Unset): New prompt template (at most 5000 characters) with `{productName}`, `{messaging}`
            and `{character}` placeholders.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: StyleType | Unset = UNSET
    aspect_ratio: StyleAspectRatio | Unset = UNSET
    prompt_template: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        prompt_template = self.prompt_template

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if prompt_template is not UNSET:
            field_dict["promptTemplate"] = prompt_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: StyleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_style_type(_type_)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: StyleAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_style_aspect_ratio(_aspect_ratio)

        prompt_template = d.pop("promptTemplate", UNSET)

        update_style_request = cls(
            name=name,
            description=description,
            type_=type_,
            aspect_ratio=aspect_ratio,
            prompt_template=prompt_template,
        )

        return update_style_request
