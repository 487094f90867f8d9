"""Messages: the ``messages`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.messaging import create_message as _create_message
from rawugc_client.api.messaging import delete_message as _delete_message
from rawugc_client.api.messaging import get_message as _get_message
from rawugc_client.api.messaging import list_messages as _list_messages
from rawugc_client.api.messaging import update_message as _update_message
from rawugc_client.models.create_message_request import CreateMessageRequest
from rawugc_client.models.created_id import CreatedId
from rawugc_client.models.message import Message
from rawugc_client.models.message_list import MessageList
from rawugc_client.models.success_result import SuccessResult
from rawugc_client.models.update_message_request import UpdateMessageRequest
from rawugc_client.types import Unset

_LIST_MESSAGES = Endpoint("listMessages", _list_messages, MessageList.from_dict)
_CREATE_MESSAGE = Endpoint("createMessage", _create_message, CreatedId.from_dict)
_GET_MESSAGE = Endpoint("getMessage", _get_message, Message.from_dict)
_UPDATE_MESSAGE = Endpoint("updateMessage", _update_message, SuccessResult.from_dict)
_DELETE_MESSAGE = Endpoint("deleteMessage", _delete_message, SuccessResult.from_dict)


class Messages(SyncAPIResource):
    """Messages operations."""

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return MessagesWithRawResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageList:
        """List messaging templates"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_MESSAGES, arguments, timeout, extra_headers)).parse()

    def create(
        self,
        *,
        name: str,
        body: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a messaging template"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateMessageRequest,
                {
                    "name": name,
                    "body": body,
                },
                required=True,
            ),
        }

        return (self._request(_CREATE_MESSAGE, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        message_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
        }

        return (self._request(_GET_MESSAGE, arguments, timeout, extra_headers)).parse()

    def update(
        self,
        message_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        body: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
            "body": model_body(
                UpdateMessageRequest,
                {
                    "name": name,
                    "body": body,
                },
                required=True,
            ),
        }

        return (self._request(_UPDATE_MESSAGE, arguments, timeout, extra_headers)).parse()

    def delete(
        self,
        message_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
        }

        return (self._request(_DELETE_MESSAGE, arguments, timeout, extra_headers)).parse()


class AsyncMessages(AsyncAPIResource):
    """Messages operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncMessagesWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageList:
        """List messaging templates"""

        arguments: dict[str, Any] = {}

        return (await self._request(_LIST_MESSAGES, arguments, timeout, extra_headers)).parse()

    async def create(
        self,
        *,
        name: str,
        body: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a messaging template"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateMessageRequest,
                {
                    "name": name,
                    "body": body,
                },
                required=True,
            ),
        }

        return (await self._request(_CREATE_MESSAGE, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        message_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
        }

        return (await self._request(_GET_MESSAGE, arguments, timeout, extra_headers)).parse()

    async def update(
        self,
        message_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        body: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
            "body": model_body(
                UpdateMessageRequest,
                {
                    "name": name,
                    "body": body,
                },
                required=True,
            ),
        }

        return (await self._request(_UPDATE_MESSAGE, arguments, timeout, extra_headers)).parse()

    async def delete(
        self,
        message_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a messaging template"""

        arguments: dict[str, Any] = {
            "message_id": message_id,
        }

        return (await self._request(_DELETE_MESSAGE, arguments, timeout, extra_headers)).parse()


class MessagesWithRawResponse:
    """Messages operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_MESSAGES)(resource.list)
        self.create = to_raw_response_wrapper(_CREATE_MESSAGE)(resource.create)
        self.get = to_raw_response_wrapper(_GET_MESSAGE)(resource.get)
        self.update = to_raw_response_wrapper(_UPDATE_MESSAGE)(resource.update)
        self.delete = to_raw_response_wrapper(_DELETE_MESSAGE)(resource.delete)


class AsyncMessagesWithRawResponse:
    """Messages operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_MESSAGES)(resource.list)
        self.create = async_to_raw_response_wrapper(_CREATE_MESSAGE)(resource.create)
        self.get = async_to_raw_response_wrapper(_GET_MESSAGE)(resource.get)
        self.update = async_to_raw_response_wrapper(_UPDATE_MESSAGE)(resource.update)
        self.delete = async_to_raw_response_wrapper(_DELETE_MESSAGE)(resource.delete)
