from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_info import MediaInfo
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="GetMediaListResult")


@_attrs_define
class GetMediaListResult:
    """Result of GetMediaList.

    Attributes:
        media_infos (list[MediaInfo] | Unset): The media of the requested page.
        page_info (PageInfo | Unset): Paging information (分页信息) of a list result.
    """

    media_infos: list[MediaInfo] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_infos, Unset):
            media_infos = []
            for media_infos_item_data in self.media_infos:
                media_infos_item = media_infos_item_data.to_dict()
                media_infos.append(media_infos_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_infos is not UNSET:
            field_dict["MediaInfos"] = media_infos
        if page_info is not UNSET:
            field_dict["PageInfo"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_info import MediaInfo
        from ..models.page_info import PageInfo

        d = dict(src_dict)
        _media_infos = d.pop("MediaInfos", UNSET)
        media_infos: list[MediaInfo] | Unset = UNSET
        if _media_infos is not UNSET:
            media_infos = []
            for media_infos_item_data in _media_infos:
                media_infos_item = MediaInfo.from_dict(media_infos_item_data)

                media_infos.append(media_infos_item)

        _page_info = d.pop("PageInfo", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        get_media_list_result = cls(
            media_infos=media_infos,
            page_info=page_info,
        )

        get_media_list_result.additional_properties = d
        return get_media_list_result

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
