from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_edit_operation import VideoEditOperation, check_video_edit_operation
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoVersion")


@_attrs_define
class VideoVersion:
    """One entry of a video's edit history. The vendor page only says `versions` is the
    edit history array; this spec decides the fields (mirroring `VideoEditResult`). It
    assumes the original render is version 1 and is not listed, so the first edit is
    version 2.

        Attributes:
            version (int): Version number, increasing with each edit.
            url (str): URL of the video file of this version.
            operation (VideoEditOperation): Kind of edit that produced a video version. The vendor page names the
                `operation` field without values; this spec assumes `captions` and `overlay`, after the two edit endpoints.
            created_at (datetime.datetime | None | Unset): When this version was created.
    """

    version: int
    url: str
    operation: VideoEditOperation
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        url = self.url

        operation: str = self.operation

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "url": url,
                "operation": operation,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version")

        url = d.pop("url")

        operation = check_video_edit_operation(d.pop("operation"))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        video_version = cls(
            version=version,
            url=url,
            operation=operation,
            created_at=created_at,
        )

        video_version.additional_properties = d
        return video_version

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
