from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductRequest")


@_attrs_define
class UpdateProductRequest:
    """Fields to change on a product; all optional, omitted fields are unchanged.

    Attributes:
        name (str | Unset): New product name (1-200 characters).
        description (str | Unset): New product description (at most 1000 characters).
        photos (list[str] | Unset): New list of product photo URLs (at least one), replacing the old list.
        messaging (str | Unset): New product messaging (at most 5000 characters).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    photos: list[str] | Unset = UNSET
    messaging: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        messaging = self.messaging

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if photos is not UNSET:
            field_dict["photos"] = photos
        if messaging is not UNSET:
            field_dict["messaging"] = messaging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        photos = cast(list[str], d.pop("photos", UNSET))

        messaging = d.pop("messaging", UNSET)

        update_product_request = cls(
            name=name,
            description=description,
            photos=photos,
            messaging=messaging,
        )

        return update_product_request
