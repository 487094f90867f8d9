"""Styles: the ``styles`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.styles import create_style as _create_style
from rawugc_client.api.styles import delete_style as _delete_style
from rawugc_client.api.styles import get_style as _get_style
from rawugc_client.api.styles import list_styles as _list_styles
from rawugc_client.api.styles import update_style as _update_style
from rawugc_client.models.create_style_request import CreateStyleRequest
from rawugc_client.models.created_id import CreatedId
from rawugc_client.models.style import Style
from rawugc_client.models.style_aspect_ratio import StyleAspectRatio
from rawugc_client.models.style_list import StyleList
from rawugc_client.models.style_type import StyleType
from rawugc_client.models.success_result import SuccessResult
from rawugc_client.models.update_style_request import UpdateStyleRequest
from rawugc_client.types import UNSET, Unset

_LIST_STYLES = Endpoint("listStyles", _list_styles, StyleList.from_dict)
_CREATE_STYLE = Endpoint("createStyle", _create_style, CreatedId.from_dict)
_GET_STYLE = Endpoint("getStyle", _get_style, Style.from_dict)
_UPDATE_STYLE = Endpoint("updateStyle", _update_style, SuccessResult.from_dict)
_DELETE_STYLE = Endpoint("deleteStyle", _delete_style, SuccessResult.from_dict)


class Styles(SyncAPIResource):
    """Styles operations."""

    @cached_property
    def with_raw_response(self) -> StylesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return StylesWithRawResponse(self)

    def list(
        self,
        *,
        type_: StyleType | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StyleList:
        """List styles"""

        arguments: dict[str, Any] = {
            "type_": type_,
        }

        return (self._request(_LIST_STYLES, arguments, timeout, extra_headers)).parse()

    def create(
        self,
        *,
        name: str,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                {
                    "name": name,
                    "description": description,
                    "type_": type_,
                    "aspect_ratio": aspect_ratio,
                    "prompt_template": prompt_template,
                },
                required=True,
            ),
        }

        return (self._request(_CREATE_STYLE, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Style:
        """Get a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return (self._request(_GET_STYLE, arguments, timeout, extra_headers)).parse()

    def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                {
                    "name": name,
                    "description": description,
                    "type_": type_,
                    "aspect_ratio": aspect_ratio,
                    "prompt_template": prompt_template,
                },
                required=True,
            ),
        }

        return (self._request(_UPDATE_STYLE, arguments, timeout, extra_headers)).parse()

    def delete(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return (self._request(_DELETE_STYLE, arguments, timeout, extra_headers)).parse()


class AsyncStyles(AsyncAPIResource):
    """Styles operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncStylesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncStylesWithRawResponse(self)

    async def list(
        self,
        *,
        type_: StyleType | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StyleList:
        """List styles"""

        arguments: dict[str, Any] = {
            "type_": type_,
        }

        return (await self._request(_LIST_STYLES, arguments, timeout, extra_headers)).parse()

    async def create(
        self,
        *,
        name: str,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                {
                    "name": name,
                    "description": description,
                    "type_": type_,
                    "aspect_ratio": aspect_ratio,
                    "prompt_template": prompt_template,
                },
                required=True,
            ),
        }

        return (await self._request(_CREATE_STYLE, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Style:
        """Get a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return (await self._request(_GET_STYLE, arguments, timeout, extra_headers)).parse()

    async def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                {
                    "name": name,
                    "description": description,
                    "type_": type_,
                    "aspect_ratio": aspect_ratio,
                    "prompt_template": prompt_template,
                },
                required=True,
            ),
        }

        return (await self._request(_UPDATE_STYLE, arguments, timeout, extra_headers)).parse()

    async def delete(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return (await self._request(_DELETE_STYLE, arguments, timeout, extra_headers)).parse()


class StylesWithRawResponse:
    """Styles operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Styles) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_STYLES)(resource.list)
        self.create = to_raw_response_wrapper(_CREATE_STYLE)(resource.create)
        self.get = to_raw_response_wrapper(_GET_STYLE)(resource.get)
        self.update = to_raw_response_wrapper(_UPDATE_STYLE)(resource.update)
        self.delete = to_raw_response_wrapper(_DELETE_STYLE)(resource.delete)


class AsyncStylesWithRawResponse:
    """Styles operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncStyles) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_STYLES)(resource.list)
        self.create = async_to_raw_response_wrapper(_CREATE_STYLE)(resource.create)
        self.get = async_to_raw_response_wrapper(_GET_STYLE)(resource.get)
        self.update = async_to_raw_response_wrapper(_UPDATE_STYLE)(resource.update)
        self.delete = async_to_raw_response_wrapper(_DELETE_STYLE)(resource.delete)
