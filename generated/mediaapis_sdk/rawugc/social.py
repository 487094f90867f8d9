"""Social: the ``social`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from mediaapis._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

if TYPE_CHECKING:
    from .social_accounts import (
        AsyncSocialAccounts,
        AsyncSocialAccountsWithRawResponse,
        SocialAccounts,
        SocialAccountsWithRawResponse,
    )
    from .social_posts import (
        AsyncSocialPosts,
        AsyncSocialPostsWithRawResponse,
        SocialPosts,
        SocialPostsWithRawResponse,
    )


class Social(SyncAPIResource):
    """Social operations."""

    @cached_property
    def with_raw_response(self) -> SocialWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return SocialWithRawResponse(self)

    @cached_property
    def accounts(self) -> SocialAccounts:
        """SocialAccounts operations."""
        from .social_accounts import SocialAccounts

        return SocialAccounts(self._client)

    @cached_property
    def posts(self) -> SocialPosts:
        """SocialPosts operations."""
        from .social_posts import SocialPosts

        return SocialPosts(self._client)


class AsyncSocial(AsyncAPIResource):
    """Social operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncSocialWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncSocialWithRawResponse(self)

    @cached_property
    def accounts(self) -> AsyncSocialAccounts:
        """SocialAccounts operations."""
        from .social_accounts import AsyncSocialAccounts

        return AsyncSocialAccounts(self._client)

    @cached_property
    def posts(self) -> AsyncSocialPosts:
        """SocialPosts operations."""
        from .social_posts import AsyncSocialPosts

        return AsyncSocialPosts(self._client)


class SocialWithRawResponse:
    """Social operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Social) -> None:
        self._resource = resource

    @cached_property
    def accounts(self) -> SocialAccountsWithRawResponse:
        """SocialAccounts operations."""
        return self._resource.accounts.with_raw_response

    @cached_property
    def posts(self) -> SocialPostsWithRawResponse:
        """SocialPosts operations."""
        return self._resource.posts.with_raw_response


class AsyncSocialWithRawResponse:
    """Social operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncSocial) -> None:
        self._resource = resource

    @cached_property
    def accounts(self) -> AsyncSocialAccountsWithRawResponse:
        """SocialAccounts operations."""
        return self._resource.accounts.with_raw_response

    @cached_property
    def posts(self) -> AsyncSocialPostsWithRawResponse:
        """SocialPosts operations."""
        return self._resource.posts.with_raw_response
