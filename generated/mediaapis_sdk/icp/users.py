"""Users: the ``users`` resource of the Volcengine ICP media-pull OpenAPI (generated; do not edit)."""

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
    model_body,
    to_raw_response_wrapper,
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
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
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
        return AsyncUsersWithRawResponse(self)

    async def list(
        self,
        *,
        user_type: ListUsersRequestUserType | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResult:
        """List the users of the enterprise account (ListUsers)"""

        arguments: dict[str, Any] = {
            "body": model_body(
                ListUsersRequest,
                {
                    "user_type": user_type,
                },
                required=True,
            ),
        }

        return (await self._request(_LIST_USERS, arguments, timeout, extra_headers)).parse()


class UsersWithRawResponse:
    """Users operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Users) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_USERS)(resource.list)


class AsyncUsersWithRawResponse:
    """Users operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncUsers) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_USERS)(resource.list)
