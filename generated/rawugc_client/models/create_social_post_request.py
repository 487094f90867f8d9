from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.social_post_mode import SocialPostMode, check_social_post_mode
from ..models.tiktok_commercial_content_type import (
    TiktokCommercialContentType,
    check_tiktok_commercial_content_type,
)
from ..models.tiktok_privacy_level import TiktokPrivacyLevel, check_tiktok_privacy_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSocialPostRequest")


@_attrs_define
class CreateSocialPostRequest:
    """A post of a video to one or more connected accounts. `scheduledFor` is required when
    `mode` is `schedule` (an `if`/`then` rule in `allOf`), and must then lie in the future
    (`x-rawugc-future`, `400` naming the field; decided by this spec). The vendor page does
    not say whether `scheduledFor` is checked or ignored for `draft` / `now`. The
    `tiktok*` fields and `publishToInbox` apply to TikTok accounts only; the page states
    no defaults for them.

        Attributes:
            video_url (str): URL of the video to post (for example the `url` of a completed video).
            account_ids (list[str]): Target account ids (`accountId` of connected accounts). At least one, without
                duplicates (decided by this spec).
            mode (SocialPostMode): `schedule`: publish at `scheduledFor`; `draft`: save without publishing; `now`: publish
                immediately.
            scheduled_for (int | Unset): Point in time as Unix milliseconds (milliseconds since 1970-01-01T00:00:00Z), from
                1970 to the end of 9999 (`253402300799999` is 9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a
                four-digit year can name). The vendor page states no bounds; this spec refuses later times with `400`.
            timezone (str | Unset): IANA time zone name, for example `America/New_York` or `UTC`. The vendor page does not
                say whether invalid names are rejected; this spec assumes `400`. Default: 'UTC'.
            content (str | Unset): Caption (at most 2200 characters).
            video_id (str | Unset): RawUGC video id (shape `vid_xxx`) to link the post to.
            publish_to_inbox (bool | Unset): Send the video to the TikTok Creator Inbox instead of posting it directly.
            tiktok_privacy_level (TiktokPrivacyLevel | Unset): Who can see the TikTok post.
            tiktok_allow_comment (bool | Unset): Allow comments on TikTok.
            tiktok_allow_duet (bool | Unset): Allow duets on TikTok.
            tiktok_allow_stitch (bool | Unset): Allow stitches on TikTok.
            tiktok_commercial_content_type (TiktokCommercialContentType | Unset): TikTok commercial content disclosure.
                `none`, `brand_organic` (promotes your own brand) or `brand_content` (paid partnership).
    """

    video_url: str
    account_ids: list[str]
    mode: SocialPostMode
    scheduled_for: int | Unset = UNSET
    timezone: str | Unset = "UTC"
    content: str | Unset = UNSET
    video_id: str | Unset = UNSET
    publish_to_inbox: bool | Unset = UNSET
    tiktok_privacy_level: TiktokPrivacyLevel | Unset = UNSET
    tiktok_allow_comment: bool | Unset = UNSET
    tiktok_allow_duet: bool | Unset = UNSET
    tiktok_allow_stitch: bool | Unset = UNSET
    tiktok_commercial_content_type: TiktokCommercialContentType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        account_ids = self.account_ids

        mode: str = self.mode

        scheduled_for = self.scheduled_for

        timezone = self.timezone

        content = self.content

        video_id = self.video_id

        publish_to_inbox = self.publish_to_inbox

        tiktok_privacy_level: str | Unset = UNSET
        if not isinstance(self.tiktok_privacy_level, Unset):
            tiktok_privacy_level = self.tiktok_privacy_level

        tiktok_allow_comment = self.tiktok_allow_comment

        tiktok_allow_duet = self.tiktok_allow_duet

        tiktok_allow_stitch = self.tiktok_allow_stitch

        tiktok_commercial_content_type: str | Unset = UNSET
        if not isinstance(self.tiktok_commercial_content_type, Unset):
            tiktok_commercial_content_type = self.tiktok_commercial_content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videoUrl": video_url,
                "accountIds": account_ids,
                "mode": mode,
            }
        )
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if content is not UNSET:
            field_dict["content"] = content
        if video_id is not UNSET:
            field_dict["videoId"] = video_id
        if publish_to_inbox is not UNSET:
            field_dict["publishToInbox"] = publish_to_inbox
        if tiktok_privacy_level is not UNSET:
            field_dict["tiktokPrivacyLevel"] = tiktok_privacy_level
        if tiktok_allow_comment is not UNSET:
            field_dict["tiktokAllowComment"] = tiktok_allow_comment
        if tiktok_allow_duet is not UNSET:
            field_dict["tiktokAllowDuet"] = tiktok_allow_duet
        if tiktok_allow_stitch is not UNSET:
            field_dict["tiktokAllowStitch"] = tiktok_allow_stitch
        if tiktok_commercial_content_type is not UNSET:
            field_dict["tiktokCommercialContentType"] = tiktok_commercial_content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("videoUrl")

        account_ids = cast(list[str], d.pop("accountIds"))

        mode = check_social_post_mode(d.pop("mode"))

        scheduled_for = d.pop("scheduledFor", UNSET)

        timezone = d.pop("timezone", UNSET)

        content = d.pop("content", UNSET)

        video_id = d.pop("videoId", UNSET)

        publish_to_inbox = d.pop("publishToInbox", UNSET)

        _tiktok_privacy_level = d.pop("tiktokPrivacyLevel", UNSET)
        tiktok_privacy_level: TiktokPrivacyLevel | Unset
        if isinstance(_tiktok_privacy_level, Unset):
            tiktok_privacy_level = UNSET
        else:
            tiktok_privacy_level = check_tiktok_privacy_level(_tiktok_privacy_level)

        tiktok_allow_comment = d.pop("tiktokAllowComment", UNSET)

        tiktok_allow_duet = d.pop("tiktokAllowDuet", UNSET)

        tiktok_allow_stitch = d.pop("tiktokAllowStitch", UNSET)

        _tiktok_commercial_content_type = d.pop("tiktokCommercialContentType", UNSET)
        tiktok_commercial_content_type: TiktokCommercialContentType | Unset
        if isinstance(_tiktok_commercial_content_type, Unset):
            tiktok_commercial_content_type = UNSET
        else:
            tiktok_commercial_content_type = check_tiktok_commercial_content_type(
                _tiktok_commercial_content_type
            )

        create_social_post_request = cls(
            video_url=video_url,
            account_ids=account_ids,
            mode=mode,
            scheduled_for=scheduled_for,
            timezone=timezone,
            content=content,
            video_id=video_id,
            publish_to_inbox=publish_to_inbox,
            tiktok_privacy_level=tiktok_privacy_level,
            tiktok_allow_comment=tiktok_allow_comment,
            tiktok_allow_duet=tiktok_allow_duet,
            tiktok_allow_stitch=tiktok_allow_stitch,
            tiktok_commercial_content_type=tiktok_commercial_content_type,
        )

        return create_social_post_request
