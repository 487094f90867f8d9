"""SocialPosts: the ``social.posts`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from mediaapis._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
    async_to_raw_response_wrapper,
    model_body,
    to_raw_response_wrapper,
)
from rawugc_client.api.social_posts import create_social_post as _create_social_post
from rawugc_client.api.social_posts import delete_social_post as _delete_social_post
from rawugc_client.api.social_posts import get_social_post as _get_social_post
from rawugc_client.api.social_posts import list_social_posts as _list_social_posts
from rawugc_client.api.social_posts import publish_social_post as _publish_social_post
from rawugc_client.api.social_posts import reschedule_social_post as _reschedule_social_post
from rawugc_client.api.social_posts import update_social_post as _update_social_post
from rawugc_client.models.create_social_post_request import CreateSocialPostRequest
from rawugc_client.models.reschedule_social_post_request import RescheduleSocialPostRequest
from rawugc_client.models.social_post import SocialPost
from rawugc_client.models.social_post_list import SocialPostList
from rawugc_client.models.social_post_mode import SocialPostMode
from rawugc_client.models.success_result import SuccessResult
from rawugc_client.models.tiktok_commercial_content_type import (
    TiktokCommercialContentType,
)
from rawugc_client.models.tiktok_privacy_level import TiktokPrivacyLevel
from rawugc_client.models.update_social_post_request import UpdateSocialPostRequest
from rawugc_client.types import UNSET, Unset

_CREATE_SOCIAL_POST = Endpoint("createSocialPost", _create_social_post, SocialPost.from_dict)
_LIST_SOCIAL_POSTS = Endpoint("listSocialPosts", _list_social_posts, SocialPostList.from_dict)
_GET_SOCIAL_POST = Endpoint("getSocialPost", _get_social_post, SocialPost.from_dict)
_UPDATE_SOCIAL_POST = Endpoint("updateSocialPost", _update_social_post, SocialPost.from_dict)
_DELETE_SOCIAL_POST = Endpoint("deleteSocialPost", _delete_social_post, SuccessResult.from_dict)
_RESCHEDULE_SOCIAL_POST = Endpoint(
    "rescheduleSocialPost", _reschedule_social_post, SocialPost.from_dict
)
_PUBLISH_SOCIAL_POST = Endpoint("publishSocialPost", _publish_social_post, SocialPost.from_dict)


class SocialPosts(SyncAPIResource):
    """SocialPosts operations."""

    @cached_property
    def with_raw_response(self) -> SocialPostsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return SocialPostsWithRawResponse(self)

    def create(
        self,
        *,
        video_url: str,
        account_ids: builtins.list[str],
        mode: SocialPostMode,
        scheduled_for: int | Unset | NotGiven = NOT_GIVEN,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        content: str | Unset | NotGiven = NOT_GIVEN,
        video_id: str | Unset | NotGiven = NOT_GIVEN,
        publish_to_inbox: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_privacy_level: TiktokPrivacyLevel | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_comment: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_duet: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_stitch: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_commercial_content_type: TiktokCommercialContentType | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Schedule, draft or publish a social post

        Can publish to a social account, which cannot be undone.
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateSocialPostRequest,
                {
                    "video_url": video_url,
                    "account_ids": account_ids,
                    "mode": mode,
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                    "content": content,
                    "video_id": video_id,
                    "publish_to_inbox": publish_to_inbox,
                    "tiktok_privacy_level": tiktok_privacy_level,
                    "tiktok_allow_comment": tiktok_allow_comment,
                    "tiktok_allow_duet": tiktok_allow_duet,
                    "tiktok_allow_stitch": tiktok_allow_stitch,
                    "tiktok_commercial_content_type": tiktok_commercial_content_type,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _CREATE_SOCIAL_POST,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    def list(
        self,
        *,
        from_date: int | Unset = UNSET,
        to_date: int | Unset = UNSET,
        include_drafts: bool | Unset = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPostList:
        """List social posts"""

        arguments: dict[str, Any] = {
            "from_date": from_date,
            "to_date": to_date,
            "include_drafts": include_drafts,
        }

        return (self._request(_LIST_SOCIAL_POSTS, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        post_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Get a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (self._request(_GET_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    def update(
        self,
        post_id: str,
        *,
        content: str | Unset | NotGiven = NOT_GIVEN,
        scheduled_for: int | Unset | NotGiven = NOT_GIVEN,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        account_ids: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Update a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
            "body": model_body(
                UpdateSocialPostRequest,
                {
                    "content": content,
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                    "account_ids": account_ids,
                },
                required=True,
            ),
        }

        return (self._request(_UPDATE_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    def delete(
        self,
        post_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (self._request(_DELETE_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    def reschedule(
        self,
        post_id: str,
        *,
        scheduled_for: int,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Reschedule a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
            "body": model_body(
                RescheduleSocialPostRequest,
                {
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                },
                required=True,
            ),
        }

        return (self._request(_RESCHEDULE_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    def publish(
        self,
        post_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Publish a draft post now

        Can publish to a social account, which cannot be undone.
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (
            self._request(
                _PUBLISH_SOCIAL_POST,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()


class AsyncSocialPosts(AsyncAPIResource):
    """SocialPosts operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncSocialPostsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncSocialPostsWithRawResponse(self)

    async def create(
        self,
        *,
        video_url: str,
        account_ids: builtins.list[str],
        mode: SocialPostMode,
        scheduled_for: int | Unset | NotGiven = NOT_GIVEN,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        content: str | Unset | NotGiven = NOT_GIVEN,
        video_id: str | Unset | NotGiven = NOT_GIVEN,
        publish_to_inbox: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_privacy_level: TiktokPrivacyLevel | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_comment: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_duet: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_allow_stitch: bool | Unset | NotGiven = NOT_GIVEN,
        tiktok_commercial_content_type: TiktokCommercialContentType | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Schedule, draft or publish a social post

        Can publish to a social account, which cannot be undone.
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateSocialPostRequest,
                {
                    "video_url": video_url,
                    "account_ids": account_ids,
                    "mode": mode,
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                    "content": content,
                    "video_id": video_id,
                    "publish_to_inbox": publish_to_inbox,
                    "tiktok_privacy_level": tiktok_privacy_level,
                    "tiktok_allow_comment": tiktok_allow_comment,
                    "tiktok_allow_duet": tiktok_allow_duet,
                    "tiktok_allow_stitch": tiktok_allow_stitch,
                    "tiktok_commercial_content_type": tiktok_commercial_content_type,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _CREATE_SOCIAL_POST,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    async def list(
        self,
        *,
        from_date: int | Unset = UNSET,
        to_date: int | Unset = UNSET,
        include_drafts: bool | Unset = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPostList:
        """List social posts"""

        arguments: dict[str, Any] = {
            "from_date": from_date,
            "to_date": to_date,
            "include_drafts": include_drafts,
        }

        return (await self._request(_LIST_SOCIAL_POSTS, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        post_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Get a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (await self._request(_GET_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    async def update(
        self,
        post_id: str,
        *,
        content: str | Unset | NotGiven = NOT_GIVEN,
        scheduled_for: int | Unset | NotGiven = NOT_GIVEN,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        account_ids: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Update a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
            "body": model_body(
                UpdateSocialPostRequest,
                {
                    "content": content,
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                    "account_ids": account_ids,
                },
                required=True,
            ),
        }

        return (await self._request(_UPDATE_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    async def delete(
        self,
        post_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (await self._request(_DELETE_SOCIAL_POST, arguments, timeout, extra_headers)).parse()

    async def reschedule(
        self,
        post_id: str,
        *,
        scheduled_for: int,
        timezone: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Reschedule a social post"""

        arguments: dict[str, Any] = {
            "post_id": post_id,
            "body": model_body(
                RescheduleSocialPostRequest,
                {
                    "scheduled_for": scheduled_for,
                    "timezone": timezone,
                },
                required=True,
            ),
        }

        return (
            await self._request(_RESCHEDULE_SOCIAL_POST, arguments, timeout, extra_headers)
        ).parse()

    async def publish(
        self,
        post_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialPost:
        """Publish a draft post now

        Can publish to a social account, which cannot be undone.
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "post_id": post_id,
        }

        return (
            await self._request(
                _PUBLISH_SOCIAL_POST,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()


class SocialPostsWithRawResponse:
    """SocialPosts operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: SocialPosts) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(_CREATE_SOCIAL_POST)(resource.create)
        self.list = to_raw_response_wrapper(_LIST_SOCIAL_POSTS)(resource.list)
        self.get = to_raw_response_wrapper(_GET_SOCIAL_POST)(resource.get)
        self.update = to_raw_response_wrapper(_UPDATE_SOCIAL_POST)(resource.update)
        self.delete = to_raw_response_wrapper(_DELETE_SOCIAL_POST)(resource.delete)
        self.reschedule = to_raw_response_wrapper(_RESCHEDULE_SOCIAL_POST)(resource.reschedule)
        self.publish = to_raw_response_wrapper(_PUBLISH_SOCIAL_POST)(resource.publish)


class AsyncSocialPostsWithRawResponse:
    """SocialPosts operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncSocialPosts) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(_CREATE_SOCIAL_POST)(resource.create)
        self.list = async_to_raw_response_wrapper(_LIST_SOCIAL_POSTS)(resource.list)
        self.get = async_to_raw_response_wrapper(_GET_SOCIAL_POST)(resource.get)
        self.update = async_to_raw_response_wrapper(_UPDATE_SOCIAL_POST)(resource.update)
        self.delete = async_to_raw_response_wrapper(_DELETE_SOCIAL_POST)(resource.delete)
        self.reschedule = async_to_raw_response_wrapper(_RESCHEDULE_SOCIAL_POST)(
            resource.reschedule
        )
        self.publish = async_to_raw_response_wrapper(_PUBLISH_SOCIAL_POST)(resource.publish)
