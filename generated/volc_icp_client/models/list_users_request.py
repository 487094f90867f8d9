from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.list_users_request_user_type import (
    ListUsersRequestUserType,
    check_list_users_request_user_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListUsersRequest")


@_attrs_define
class ListUsersRequest:
    """Body of ListUsers.

    Attributes:
        user_type (ListUsersRequestUserType | Unset): Which users to list: `All` (所有), `Idle` (空闲: no task in progress)
            or `Busy` (繁忙: the user has
            a task in progress). **Decision:** the page leaves the required column blank; the field is
            optional and defaults to `All`. Any other value is business error 400.
             Default: 'All'.
    """

    user_type: ListUsersRequestUserType | Unset = "All"

    def to_dict(self) -> dict[str, Any]:
        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_type is not UNSET:
            field_dict["UserType"] = user_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _user_type = d.pop("UserType", UNSET)
        user_type: ListUsersRequestUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = check_list_users_request_user_type(_user_type)

        list_users_request = cls(
            user_type=user_type,
        )

        return list_users_request
