from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSocialPostRequest")


@_attrs_define
class UpdateSocialPostRequest:
    """Fields to change on a post; at least one is required (`minProperties: 1`), omitted fields are unchanged.

    Attributes:
        content (str | Unset): New caption (at most 2200 characters).
        scheduled_for (int | Unset): Point in time as Unix milliseconds (milliseconds since 1970-01-01T00:00:00Z), from
            1970 to the end of 9999 (`253402300799999` is 9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a
            four-digit year can name). The vendor page states no bounds; this spec refuses later times with `400`.
        timezone (str | Unset): IANA time zone name, for example `America/New_York` or `UTC`. The vendor page does not
            say whether invalid names are rejected; this spec assumes `400`.
        account_ids (list[str] | Unset): New list of target account ids (at least one, without duplicates), replacing
            the old list.
    """

    content: str | Unset = UNSET
    scheduled_for: int | Unset = UNSET
    timezone: str | Unset = UNSET
    account_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        scheduled_for = self.scheduled_for

        timezone = self.timezone

        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if account_ids is not UNSET:
            field_dict["accountIds"] = account_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        scheduled_for = d.pop("scheduledFor", UNSET)

        timezone = d.pop("timezone", UNSET)

        account_ids = cast(list[str], d.pop("accountIds", UNSET))

        update_social_post_request = cls(
            content=content,
            scheduled_for=scheduled_for,
            timezone=timezone,
            account_ids=account_ids,
        )

        return update_social_post_request
