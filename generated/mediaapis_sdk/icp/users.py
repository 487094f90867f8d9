"""Users: the ``users`` resource of the Volcengine ICP media-pull OpenAPI (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload

from mediaapis._resource import (
    NOT_GIVEN,
    APIResponse,
    AsyncAPIResource,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
    model_body,
)
from volc_icp_client.api.users import list_users as _list_users
from volc_icp_client.models.list_users_request import ListUsersRequest
from volc_icp_client.models.list_users_request_user_type import (
    ListUsersRequestUserType,
)
from volc_icp_client.models.list_users_result import ListUsersResult
from volc_icp_client.types import Unset

_LIST_USERS = Endpoint("listUsers", _list_users, ListUsersResult.from_dict, "Result")


class Users(SyncAPIResource):
    """Users operations."""

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return UsersWithRawResponse(self._client)

    @overload
    def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset = "All",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult: ...

    @overload
    def list(
        self,
        *,
        body: ListUsersRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult: ...

    def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        body: ListUsersRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
                body,
                {
                    "user_type": user_type,
                },
                required=True,
            ),
        }

        return (self._request(_LIST_USERS, arguments, timeout, extra_headers)).parse()


class AsyncUsers(AsyncAPIResource):
    """Users operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncUsersWithRawResponse(self._client)

    @overload
    async def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset = "All",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult: ...

    @overload
    async def list(
        self,
        *,
        body: ListUsersRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult: ...

    async def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        body: ListUsersRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
                body,
                {
                    "user_type": user_type,
                },
                required=True,
            ),
        }

        return (await self._request(_LIST_USERS, arguments, timeout, extra_headers)).parse()


class UsersWithRawResponse(SyncAPIResource):
    """Users operations, answering the raw response (``.parse()`` for the model)."""

    @overload
    def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset = "All",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]: ...

    @overload
    def list(
        self,
        *,
        body: ListUsersRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]: ...

    def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        body: ListUsersRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
                body,
                {
                    "user_type": user_type,
                },
                required=True,
            ),
        }

        return self._request(_LIST_USERS, arguments, timeout, extra_headers)


class AsyncUsersWithRawResponse(AsyncAPIResource):
    """Users operations, answering the raw response (``.parse()`` for the model) (asyncio)."""

    @overload
    async def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset = "All",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]: ...

    @overload
    async def list(
        self,
        *,
        body: ListUsersRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]: ...

    async def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        body: ListUsersRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ListUsersResult]:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
                body,
                {
                    "user_type": user_type,
                },
                required=True,
            ),
        }

        return await self._request(_LIST_USERS, arguments, timeout, extra_headers)
