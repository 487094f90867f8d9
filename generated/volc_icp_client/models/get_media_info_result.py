from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_info import MediaInfo


T = TypeVar("T", bound="GetMediaInfoResult")


@_attrs_define
class GetMediaInfoResult:
    """Result of GetMediaInfo.

    Attributes:
        media_infos (list[MediaInfo] | Unset): One entry per requested id that was found (媒资详情); match on
            `BasicInfo.MediaId`.
    """

    media_infos: list[MediaInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_infos, Unset):
            media_infos = []
            for media_infos_item_data in self.media_infos:
                media_infos_item = media_infos_item_data.to_dict()
                media_infos.append(media_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_infos is not UNSET:
            field_dict["MediaInfos"] = media_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_info import MediaInfo

        d = dict(src_dict)
        _media_infos = d.pop("MediaInfos", UNSET)
        media_infos: list[MediaInfo] | Unset = UNSET
        if _media_infos is not UNSET:
            media_infos = []
            for media_infos_item_data in _media_infos:
                media_infos_item = MediaInfo.from_dict(media_infos_item_data)

                media_infos.append(media_infos_item)

        get_media_info_result = cls(
            media_infos=media_infos,
        )

        get_media_info_result.additional_properties = d
        return get_media_info_result

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
