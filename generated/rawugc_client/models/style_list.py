from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.style import Style


T = TypeVar("T", bound="StyleList")


@_attrs_define
class StyleList:
    """All styles available to the organisation.

    Attributes:
        styles (list[Style]): The styles.
        count (int): Number of styles returned.
    """

    styles: list[Style]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        styles = []
        for styles_item_data in self.styles:
            styles_item = styles_item_data.to_dict()
            styles.append(styles_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "styles": styles,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.style import Style

        d = dict(src_dict)
        styles = []
        _styles = d.pop("styles")
        for styles_item_data in _styles:
            styles_item = Style.from_dict(styles_item_data)

            styles.append(styles_item)

        count = d.pop("count")

        style_list = cls(
            styles=styles,
            count=count,
        )

        style_list.additional_properties = d
        return style_list

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
