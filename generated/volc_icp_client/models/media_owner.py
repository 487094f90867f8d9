from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaOwner")


@_attrs_define
class MediaOwner:
    """The entity a medium belongs to, as returned by the service (the page's `Owner` used in a response).
    **Decision:** kept apart from the request `Owner` because a response may carry both `Id` and
    `VolcUsername`, and `Type` is not closed (the page only lists `PERSON`).

        Attributes:
            type_ (str | Unset): Owner kind; `PERSON` (个人) is the only documented value.
            id (int | Unset): Intelligent Creation Cloud user id when `Type` is `PERSON`.
            volc_username (str | Unset): Volcengine account user name, when known.
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    volc_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        volc_username = self.volc_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if id is not UNSET:
            field_dict["Id"] = id
        if volc_username is not UNSET:
            field_dict["VolcUsername"] = volc_username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)

        id = d.pop("Id", UNSET)

        volc_username = d.pop("VolcUsername", UNSET)

        media_owner = cls(
            type_=type_,
            id=id,
            volc_username=volc_username,
        )

        media_owner.additional_properties = d
        return media_owner

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
