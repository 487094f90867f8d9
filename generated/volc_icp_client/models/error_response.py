from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_response_metadata import ErrorResponseMetadata


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Envelope of a failed call, as returned with HTTP 400/401/403/404/429/500/502/503 (gateway
    errors); carries no `Result`. Business errors use the same `ResponseMetadata` shape inside the
    HTTP 200 envelope of the operation. Codes: see `ResponseError`.

        Attributes:
            response_metadata (ErrorResponseMetadata): `ResponseMetadata` of a failed call: `Error` is required.
    """

    response_metadata: ErrorResponseMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_metadata = self.response_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ResponseMetadata": response_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_metadata import ErrorResponseMetadata

        d = dict(src_dict)
        response_metadata = ErrorResponseMetadata.from_dict(d.pop("ResponseMetadata"))

        error_response = cls(
            response_metadata=response_metadata,
        )

        error_response.additional_properties = d
        return error_response

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
