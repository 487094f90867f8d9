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
        return SocialWithRawResponse(self._client)

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
        return AsyncSocialWithRawResponse(self._client)

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


class SocialWithRawResponse(SyncAPIResource):
    """Social operations, answering the raw response (``.parse()`` for the model)."""

    @cached_property
    def accounts(self) -> SocialAccountsWithRawResponse:
        """SocialAccounts operations."""
        from .social_accounts import SocialAccountsWithRawResponse

        return SocialAccountsWithRawResponse(self._client)

    @cached_property
    def posts(self) -> SocialPostsWithRawResponse:
        """SocialPosts operations."""
        from .social_posts import SocialPostsWithRawResponse

        return SocialPostsWithRawResponse(self._client)


class AsyncSocialWithRawResponse(AsyncAPIResource):
    """Social operations, answering the raw response (``.parse()`` for the model) (asyncio)."""

    @cached_property
    def accounts(self) -> AsyncSocialAccountsWithRawResponse:
        """SocialAccounts operations."""
        from .social_accounts import AsyncSocialAccountsWithRawResponse

        return AsyncSocialAccountsWithRawResponse(self._client)

    @cached_property
    def posts(self) -> AsyncSocialPostsWithRawResponse:
        """SocialPosts operations."""
        from .social_posts import AsyncSocialPostsWithRawResponse

        return AsyncSocialPostsWithRawResponse(self._client)
