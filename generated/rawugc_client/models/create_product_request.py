from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    """A new product. The vendor page gives no minimums; this spec requires a non-empty `name` and at least one photo.

    Attributes:
        name (str): Product name (1-200 characters).
        photos (list[str]): Product photo URLs (at least one; the vendor page states no maximum). Use `uploadFile` for
            local files.
        description (str | Unset): Product description (at most 1000 characters).
        messaging (str | Unset): Product messaging, e.g. key claims (at most 5000 characters).
    """

    name: str
    photos: list[str]
    description: str | Unset = UNSET
    messaging: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        photos = self.photos

        description = self.description

        messaging = self.messaging

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "photos": photos,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if messaging is not UNSET:
            field_dict["messaging"] = messaging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        photos = cast(list[str], d.pop("photos"))

        description = d.pop("description", UNSET)

        messaging = d.pop("messaging", UNSET)

        create_product_request = cls(
            name=name,
            photos=photos,
            description=description,
            messaging=messaging,
        )

        return create_product_request
