from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.owner_type import OwnerType, check_owner_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Owner")


@_attrs_define
class Owner:
    """The entity a medium belongs to (媒资归属的实体), as given in a request: `Type` plus exactly one of
    `Id` (creation-cloud user id) and `VolcUsername` (Volcengine user name) (二选一).

    The "exactly one" rule is expressed without `oneOf` so that generators keep one plain model:
    `additionalProperties: false` + `required: [Type]` + `minProperties: 2` + `maxProperties: 2`
    admit `Type` plus exactly one of `Id` / `VolcUsername`, and `not: {required: [Id, VolcUsername]}`
    states the exclusion explicitly (its `properties: {Id: {}, VolcUsername: {}}` only names the
    properties for linters). Sending both or neither is business error 400.

        Attributes:
            type_ (OwnerType): Owner kind; only `PERSON` (个人) exists.
            id (int | Unset): Intelligent Creation Cloud user id (the `Id` of a `User`) when `Type` is `PERSON`. Exactly one
                of `Id` and `VolcUsername`. **Decision:** at least 1 (user ids are positive; the page gives no bound).
            volc_username (str | Unset): Volcengine account user name (the `VolcUserName` of a `User`). Exactly one of `Id`
                and `VolcUsername`. **Decision:** not empty (the page gives no bound).
    """

    type_: OwnerType
    id: int | Unset = UNSET
    volc_username: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        volc_username = self.volc_username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Type": type_,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if volc_username is not UNSET:
            field_dict["VolcUsername"] = volc_username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_owner_type(d.pop("Type"))

        id = d.pop("Id", UNSET)

        volc_username = d.pop("VolcUsername", UNSET)

        owner = cls(
            type_=type_,
            id=id,
            volc_username=volc_username,
        )

        return owner
