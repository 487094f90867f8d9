from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_media_list_result import GetMediaListResult
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="GetMediaListResponse")


@_attrs_define
class GetMediaListResponse:
    """HTTP 200 envelope of GetMediaList: `Result` on success; on a business error `ResponseMetadata.Error`
    is set and `Result` is absent.

        Attributes:
            response_metadata (ResponseMetadata): Common response metadata of the Volcengine envelope. `Error` is present
                exactly when the call
                failed (gateway or business error); `Code` is `0` on success (as in the page's examples).
            result (GetMediaListResult | Unset): Result of GetMediaList.
    """

    response_metadata: ResponseMetadata
    result: GetMediaListResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_metadata = self.response_metadata.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ResponseMetadata": response_metadata,
            }
        )
        if result is not UNSET:
            field_dict["Result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_media_list_result import GetMediaListResult
        from ..models.response_metadata import ResponseMetadata

        d = dict(src_dict)
        response_metadata = ResponseMetadata.from_dict(d.pop("ResponseMetadata"))

        _result = d.pop("Result", UNSET)
        result: GetMediaListResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = GetMediaListResult.from_dict(_result)

        get_media_list_response = cls(
            response_metadata=response_metadata,
            result=result,
        )

        get_media_list_response.additional_properties = d
        return get_media_list_response

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
