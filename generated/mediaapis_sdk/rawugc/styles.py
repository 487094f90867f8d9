"""Styles: the ``styles`` resource of the RawUGC API (generated; do not edit)."""

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
        return StylesWithRawResponse(self._client)

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

    @overload
    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId: ...

    @overload
    def create(
        self,
        *,
        body: CreateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId: ...

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: CreateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                body,
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

    @overload
    def update(
        self,
        style_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult: ...

    @overload
    def update(
        self,
        style_id: str,
        *,
        body: UpdateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult: ...

    def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: UpdateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                body,
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
        return AsyncStylesWithRawResponse(self._client)

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

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId: ...

    @overload
    async def create(
        self,
        *,
        body: CreateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId: ...

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: CreateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                body,
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

    @overload
    async def update(
        self,
        style_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult: ...

    @overload
    async def update(
        self,
        style_id: str,
        *,
        body: UpdateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult: ...

    async def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: UpdateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                body,
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


class StylesWithRawResponse(SyncAPIResource):
    """Styles operations, answering the raw response (``.parse()`` for the model)."""

    def list(
        self,
        *,
        type_: StyleType | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[StyleList]:
        """List styles"""

        arguments: dict[str, Any] = {
            "type_": type_,
        }

        return self._request(_LIST_STYLES, arguments, timeout, extra_headers)

    @overload
    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]: ...

    @overload
    def create(
        self,
        *,
        body: CreateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]: ...

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: CreateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                body,
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

        return self._request(_CREATE_STYLE, arguments, timeout, extra_headers)

    def get(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Style]:
        """Get a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return self._request(_GET_STYLE, arguments, timeout, extra_headers)

    @overload
    def update(
        self,
        style_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]: ...

    @overload
    def update(
        self,
        style_id: str,
        *,
        body: UpdateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]: ...

    def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: UpdateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                body,
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

        return self._request(_UPDATE_STYLE, arguments, timeout, extra_headers)

    def delete(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]:
        """Delete a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return self._request(_DELETE_STYLE, arguments, timeout, extra_headers)


class AsyncStylesWithRawResponse(AsyncAPIResource):
    """Styles operations, answering the raw response (``.parse()`` for the model) (asyncio)."""

    async def list(
        self,
        *,
        type_: StyleType | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[StyleList]:
        """List styles"""

        arguments: dict[str, Any] = {
            "type_": type_,
        }

        return await self._request(_LIST_STYLES, arguments, timeout, extra_headers)

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]: ...

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: CreateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CreatedId]:
        """Create a style"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateStyleRequest,
                body,
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

        return await self._request(_CREATE_STYLE, arguments, timeout, extra_headers)

    async def get(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Style]:
        """Get a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return await self._request(_GET_STYLE, arguments, timeout, extra_headers)

    @overload
    async def update(
        self,
        style_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: StyleType | Unset = UNSET,
        aspect_ratio: StyleAspectRatio | Unset = UNSET,
        prompt_template: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]: ...

    @overload
    async def update(
        self,
        style_id: str,
        *,
        body: UpdateStyleRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]: ...

    async def update(
        self,
        style_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        type_: StyleType | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: StyleAspectRatio | Unset | NotGiven = NOT_GIVEN,
        prompt_template: str | Unset | NotGiven = NOT_GIVEN,
        body: UpdateStyleRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]:
        """Update a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
            "body": model_body(
                UpdateStyleRequest,
                body,
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

        return await self._request(_UPDATE_STYLE, arguments, timeout, extra_headers)

    async def delete(
        self,
        style_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[SuccessResult]:
        """Delete a style"""

        arguments: dict[str, Any] = {
            "style_id": style_id,
        }

        return await self._request(_DELETE_STYLE, arguments, timeout, extra_headers)
