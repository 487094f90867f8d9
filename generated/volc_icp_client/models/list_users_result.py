from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="ListUsersResult")


@_attrs_define
class ListUsersResult:
    """Result of ListUsers.

    Attributes:
        ui_ds (list[int] | Unset): Ids of the listed users, in the order of `Users`.
        users (list[User] | Unset): The users matching `UserType`.
    """

    ui_ds: list[int] | Unset = UNSET
    users: list[User] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ui_ds: list[int] | Unset = UNSET
        if not isinstance(self.ui_ds, Unset):
            ui_ds = self.ui_ds

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ui_ds is not UNSET:
            field_dict["UIDs"] = ui_ds
        if users is not UNSET:
            field_dict["Users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user import User

        d = dict(src_dict)
        ui_ds = cast(list[int], d.pop("UIDs", UNSET))

        _users = d.pop("Users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = User.from_dict(users_item_data)

                users.append(users_item)

        list_users_result = cls(
            ui_ds=ui_ds,
            users=users,
        )

        list_users_result.additional_properties = d
        return list_users_result

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
