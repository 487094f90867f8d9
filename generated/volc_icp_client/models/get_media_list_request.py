from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.get_media_list_request_media_type import (
    GetMediaListRequestMediaType,
    check_get_media_list_request_media_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner


T = TypeVar("T", bound="GetMediaListRequest")


@_attrs_define
class GetMediaListRequest:
    """Body of GetMediaList.

    Attributes:
        owner (Owner): The entity a medium belongs to (媒资归属的实体), as given in a request: `Type` plus exactly one of
            `Id` (creation-cloud user id) and `VolcUsername` (Volcengine user name) (二选一).

            The "exactly one" rule is expressed without `oneOf` so that generators keep one plain model:
            `additionalProperties: false` + `required: [Type]` + `minProperties: 2` + `maxProperties: 2`
            admit `Type` plus exactly one of `Id` / `VolcUsername`, and `not: {required: [Id, VolcUsername]}`
            states the exclusion explicitly (its `properties: {Id: {}, VolcUsername: {}}` only names the
            properties for linters). Sending both or neither is business error 400.
        media_type (GetMediaListRequestMediaType): Media kind: `1` material (素材), `2` draft (草稿), `3` finished film
            (成片). Only `3` is served
            today (the page: "fixed, fill 3"), hence the default. **Decision:** `1` and `2` are refused with business error
            400
            (`x-volc-supported-values`).
             Default: 3.
        team_space_name (str | Unset): Team space name (团队空间名称). The page says both that the default is `默认团队` ("default
            team") and that giving the field means "query the team's works". **Decision:** absent means the
            default team space `默认团队`, i.e. the owner's own works; a name lists the media of that team
            space, which the owner must belong to. A team space that does not exist, or that the owner does
            not belong to, is business error 805. No schema `default` is set, so clients that omit the field
            do not send it; a name is not empty (also a decision).
        page_num (int | Unset): Zero-based page number (第 n 页,从 0 开始), optional (选填). **Decision:** absent means the
            first page, `0`; a page past the last one returns an empty `MediaInfos` (the page states neither). Default: 0.
        page_size (int | Unset): Page size (一页返回数量), 1 to 20, default 10. Default: 10.
    """

    owner: Owner
    media_type: GetMediaListRequestMediaType = 3
    team_space_name: str | Unset = UNSET
    page_num: int | Unset = 0
    page_size: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner.to_dict()

        media_type: int = self.media_type

        team_space_name = self.team_space_name

        page_num = self.page_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Owner": owner,
                "MediaType": media_type,
            }
        )
        if team_space_name is not UNSET:
            field_dict["TeamSpaceName"] = team_space_name
        if page_num is not UNSET:
            field_dict["PageNum"] = page_num
        if page_size is not UNSET:
            field_dict["PageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.owner import Owner

        d = dict(src_dict)
        owner = Owner.from_dict(d.pop("Owner"))

        media_type = check_get_media_list_request_media_type(d.pop("MediaType"))

        team_space_name = d.pop("TeamSpaceName", UNSET)

        page_num = d.pop("PageNum", UNSET)

        page_size = d.pop("PageSize", UNSET)

        get_media_list_request = cls(
            owner=owner,
            media_type=media_type,
            team_space_name=team_space_name,
            page_num=page_num,
            page_size=page_size,
        )

        return get_media_list_request
