"""SocialAccounts: the ``social.accounts`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

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
    to_raw_response_wrapper,
)
from rawugc_client.api.social_accounts import (
    disconnect_social_account as _disconnect_social_account,
)
from rawugc_client.api.social_accounts import list_social_accounts as _list_social_accounts
from rawugc_client.api.social_accounts import sync_social_accounts as _sync_social_accounts
from rawugc_client.models.social_account_list import SocialAccountList
from rawugc_client.models.success_result import SuccessResult

_LIST_SOCIAL_ACCOUNTS = Endpoint(
    "listSocialAccounts", _list_social_accounts, SocialAccountList.from_dict
)
_SYNC_SOCIAL_ACCOUNTS = Endpoint(
    "syncSocialAccounts", _sync_social_accounts, SuccessResult.from_dict
)
_DISCONNECT_SOCIAL_ACCOUNT = Endpoint(
    "disconnectSocialAccount", _disconnect_social_account, SuccessResult.from_dict
)


class SocialAccounts(SyncAPIResource):
    """SocialAccounts operations."""

    @cached_property
    def with_raw_response(self) -> SocialAccountsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return SocialAccountsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialAccountList:
        """List connected social accounts"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_SOCIAL_ACCOUNTS, arguments, timeout, extra_headers)).parse()

    def sync(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Sync connected social accounts"""

        arguments: dict[str, Any] = {}

        return (self._request(_SYNC_SOCIAL_ACCOUNTS, arguments, timeout, extra_headers)).parse()

    def disconnect(
        self,
        account_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Disconnect a social account"""

        arguments: dict[str, Any] = {
            "account_id": account_id,
        }

        return (
            self._request(_DISCONNECT_SOCIAL_ACCOUNT, arguments, timeout, extra_headers)
        ).parse()


class AsyncSocialAccounts(AsyncAPIResource):
    """SocialAccounts operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncSocialAccountsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncSocialAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SocialAccountList:
        """List connected social accounts"""

        arguments: dict[str, Any] = {}

        return (
            await self._request(_LIST_SOCIAL_ACCOUNTS, arguments, timeout, extra_headers)
        ).parse()

    async def sync(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Sync connected social accounts"""

        arguments: dict[str, Any] = {}

        return (
            await self._request(_SYNC_SOCIAL_ACCOUNTS, arguments, timeout, extra_headers)
        ).parse()

    async def disconnect(
        self,
        account_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Disconnect a social account"""

        arguments: dict[str, Any] = {
            "account_id": account_id,
        }

        return (
            await self._request(_DISCONNECT_SOCIAL_ACCOUNT, arguments, timeout, extra_headers)
        ).parse()


class SocialAccountsWithRawResponse:
    """SocialAccounts operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: SocialAccounts) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_SOCIAL_ACCOUNTS)(resource.list)
        self.sync = to_raw_response_wrapper(_SYNC_SOCIAL_ACCOUNTS)(resource.sync)
        self.disconnect = to_raw_response_wrapper(_DISCONNECT_SOCIAL_ACCOUNT)(resource.disconnect)


class AsyncSocialAccountsWithRawResponse:
    """SocialAccounts operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncSocialAccounts) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_SOCIAL_ACCOUNTS)(resource.list)
        self.sync = async_to_raw_response_wrapper(_SYNC_SOCIAL_ACCOUNTS)(resource.sync)
        self.disconnect = async_to_raw_response_wrapper(_DISCONNECT_SOCIAL_ACCOUNT)(
            resource.disconnect
        )
