from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_content_type import UploadContentType, check_upload_content_type

T = TypeVar("T", bound="UploadResult")


@_attrs_define
class UploadResult:
    """A stored upload.

    Attributes:
        url (str): URL of the stored file, for `imageUrls` / `videoUrls` of generation requests or `videoUrl` of
            `analyzeVideo`. The vendor page does not say how long it stays valid.
        content_type (UploadContentType): Media types accepted by `uploadFile`.
        size (int): File size in bytes (unit assumed; the vendor page does not state it).
    """

    url: str
    content_type: UploadContentType
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        content_type: str = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "contentType": content_type,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        content_type = check_upload_content_type(d.pop("contentType"))

        size = d.pop("size")

        upload_result = cls(
            url=url,
            content_type=content_type,
            size=size,
        )

        upload_result.additional_properties = d
        return upload_result

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
