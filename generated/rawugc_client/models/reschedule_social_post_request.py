from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleSocialPostRequest")


@_attrs_define
class RescheduleSocialPostRequest:
    """New publication time of a post.

    Attributes:
        scheduled_for (int): Point in time as Unix milliseconds (milliseconds since 1970-01-01T00:00:00Z), from 1970 to
            the end of 9999 (`253402300799999` is 9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-
            digit year can name). The vendor page states no bounds; this spec refuses later times with `400`.
        timezone (str | Unset): IANA time zone name, for example `America/New_York` or `UTC`. The vendor page does not
            say whether invalid names are rejected; this spec assumes `400`.
    """

    scheduled_for: int
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheduled_for = self.scheduled_for

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheduledFor": scheduled_for,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scheduled_for = d.pop("scheduledFor")

        timezone = d.pop("timezone", UNSET)

        reschedule_social_post_request = cls(
            scheduled_for=scheduled_for,
            timezone=timezone,
        )

        return reschedule_social_post_request
