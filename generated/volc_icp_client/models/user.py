from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_info import RoleInfo
    from ..models.team_info import TeamInfo


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user (用户) of the enterprise account.

    Attributes:
        id (int): User id (用户 Id); the `Owner.Id` of this user.
        is_admin (bool | Unset): Whether this is the admin main account (主账号), which can change enterprise settings;
            otherwise
            a sub-account (子账号) that can only use the creation features.
        permitted (bool | Unset): Whether the sub-account is authorized to use the Intelligent Creation Cloud; without
            it the
            OpenAPI cannot produce a jump link into the product for this user. Always true for the main
            account; true for sub-accounts created within the plan, false for those beyond it; changed by
            the main account under enterprise settings / sub-account management.
        volc_user_name (str | Unset): User name of the user's Volcengine account, present only when there is one.
        volc_user_id (str | Unset): Id of the user's Volcengine account, present only when there is one.
        display_name (str | Unset): Display name (用户显示名).
        description (str | Unset): Remark on the user (用户备注).
        team_infos (list[TeamInfo] | TeamInfo | Unset): Teams the user belongs to (所属团队信息). The page types it as a
            single `TeamInfo` (it writes
            `Array of …` or `[]…` for its other arrays) although the name is plural and a user can belong to
            several teams. **Decision:** both shapes are accepted; expect an array.
        role_infos (list[RoleInfo] | RoleInfo | Unset): Roles of the user (所属角色信息). As for `TeamInfos`, the page types
            it as a single `RoleInfo`.
            **Decision:** both shapes are accepted; expect an array.
    """

    id: int
    is_admin: bool | Unset = UNSET
    permitted: bool | Unset = UNSET
    volc_user_name: str | Unset = UNSET
    volc_user_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    team_infos: list[TeamInfo] | TeamInfo | Unset = UNSET
    role_infos: list[RoleInfo] | RoleInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_admin = self.is_admin

        permitted = self.permitted

        volc_user_name = self.volc_user_name

        volc_user_id = self.volc_user_id

        display_name = self.display_name

        description = self.description

        team_infos: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.team_infos, Unset):
            team_infos = UNSET
        elif isinstance(self.team_infos, list):
            team_infos = []
            for team_infos_type_0_item_data in self.team_infos:
                team_infos_type_0_item = team_infos_type_0_item_data.to_dict()
                team_infos.append(team_infos_type_0_item)

        else:
            team_infos = self.team_infos.to_dict()

        role_infos: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.role_infos, Unset):
            role_infos = UNSET
        elif isinstance(self.role_infos, list):
            role_infos = []
            for role_infos_type_0_item_data in self.role_infos:
                role_infos_type_0_item = role_infos_type_0_item_data.to_dict()
                role_infos.append(role_infos_type_0_item)

        else:
            role_infos = self.role_infos.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
            }
        )
        if is_admin is not UNSET:
            field_dict["IsAdmin"] = is_admin
        if permitted is not UNSET:
            field_dict["Permitted"] = permitted
        if volc_user_name is not UNSET:
            field_dict["VolcUserName"] = volc_user_name
        if volc_user_id is not UNSET:
            field_dict["VolcUserId"] = volc_user_id
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if description is not UNSET:
            field_dict["Description"] = description
        if team_infos is not UNSET:
            field_dict["TeamInfos"] = team_infos
        if role_infos is not UNSET:
            field_dict["RoleInfos"] = role_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_info import RoleInfo
        from ..models.team_info import TeamInfo

        d = dict(src_dict)
        id = d.pop("Id")

        is_admin = d.pop("IsAdmin", UNSET)

        permitted = d.pop("Permitted", UNSET)

        volc_user_name = d.pop("VolcUserName", UNSET)

        volc_user_id = d.pop("VolcUserId", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        description = d.pop("Description", UNSET)

        def _parse_team_infos(data: object) -> list[TeamInfo] | TeamInfo | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_infos_type_0 = []
                _team_infos_type_0 = data
                for team_infos_type_0_item_data in _team_infos_type_0:
                    team_infos_type_0_item = TeamInfo.from_dict(
                        team_infos_type_0_item_data
                    )

                    team_infos_type_0.append(team_infos_type_0_item)

                return team_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            team_infos_type_1 = TeamInfo.from_dict(data)

            return team_infos_type_1

        team_infos = _parse_team_infos(d.pop("TeamInfos", UNSET))

        def _parse_role_infos(data: object) -> list[RoleInfo] | RoleInfo | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_infos_type_0 = []
                _role_infos_type_0 = data
                for role_infos_type_0_item_data in _role_infos_type_0:
                    role_infos_type_0_item = RoleInfo.from_dict(
                        role_infos_type_0_item_data
                    )

                    role_infos_type_0.append(role_infos_type_0_item)

                return role_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            role_infos_type_1 = RoleInfo.from_dict(data)

            return role_infos_type_1

        role_infos = _parse_role_infos(d.pop("RoleInfos", UNSET))

        user = cls(
            id=id,
            is_admin=is_admin,
            permitted=permitted,
            volc_user_name=volc_user_name,
            volc_user_id=volc_user_id,
            display_name=display_name,
            description=description,
            team_infos=team_infos,
            role_infos=role_infos,
        )

        user.additional_properties = d
        return user

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
