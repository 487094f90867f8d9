from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Paging information (分页信息) of a list result.

    Attributes:
        page_num (int | Unset): Current page, zero-based (当前页数,从 0 开始).
        page_size (int | Unset): Page size (一页返回数量); at least 1 (**Decision**, as in the request).
        total_num (int | Unset): Total number of items (数据总数).
        total_page (int | Unset): Total number of pages (总共多少页), `ceil(TotalNum / PageSize)`.
    """

    page_num: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_num: int | Unset = UNSET
    total_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_num = self.page_num

        page_size = self.page_size

        total_num = self.total_num

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_num is not UNSET:
            field_dict["PageNum"] = page_num
        if page_size is not UNSET:
            field_dict["PageSize"] = page_size
        if total_num is not UNSET:
            field_dict["TotalNum"] = total_num
        if total_page is not UNSET:
            field_dict["TotalPage"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_num = d.pop("PageNum", UNSET)

        page_size = d.pop("PageSize", UNSET)

        total_num = d.pop("TotalNum", UNSET)

        total_page = d.pop("TotalPage", UNSET)

        page_info = cls(
            page_num=page_num,
            page_size=page_size,
            total_num=total_num,
            total_page=total_page,
        )

        page_info.additional_properties = d
        return page_info

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
