"""Uploads: the ``uploads`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.uploads import upload_file as _upload_file
from rawugc_client.models.upload_file_request import UploadFileRequest
from rawugc_client.models.upload_result import UploadResult
from rawugc_client.types import File

_UPLOAD_FILE = Endpoint("uploadFile", _upload_file, UploadResult.from_dict)


class Uploads(SyncAPIResource):
    """Uploads operations."""

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return UploadsWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult: ...

    @overload
    def create(
        self,
        *,
        body: UploadFileRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult: ...

    def create(
        self,
        *,
        file: File | NotGiven = NOT_GIVEN,
        body: UploadFileRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
                body,
                {
                    "file": file,
                },
                required=True,
            ),
        }

        return (self._request(_UPLOAD_FILE, arguments, timeout, extra_headers)).parse()


class AsyncUploads(AsyncAPIResource):
    """Uploads operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncUploadsWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult: ...

    @overload
    async def create(
        self,
        *,
        body: UploadFileRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult: ...

    async def create(
        self,
        *,
        file: File | NotGiven = NOT_GIVEN,
        body: UploadFileRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
                body,
                {
                    "file": file,
                },
                required=True,
            ),
        }

        return (await self._request(_UPLOAD_FILE, arguments, timeout, extra_headers)).parse()


class UploadsWithRawResponse(SyncAPIResource):
    """Uploads operations, answering the raw response (``.parse()`` for the model)."""

    @overload
    def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]: ...

    @overload
    def create(
        self,
        *,
        body: UploadFileRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]: ...

    def create(
        self,
        *,
        file: File | NotGiven = NOT_GIVEN,
        body: UploadFileRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
                body,
                {
                    "file": file,
                },
                required=True,
            ),
        }

        return self._request(_UPLOAD_FILE, arguments, timeout, extra_headers)


class AsyncUploadsWithRawResponse(AsyncAPIResource):
    """Uploads operations, answering the raw response (``.parse()`` for the model) (asyncio)."""

    @overload
    async def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]: ...

    @overload
    async def create(
        self,
        *,
        body: UploadFileRequest,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]: ...

    async def create(
        self,
        *,
        file: File | NotGiven = NOT_GIVEN,
        body: UploadFileRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[UploadResult]:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
                body,
                {
                    "file": file,
                },
                required=True,
            ),
        }

        return await self._request(_UPLOAD_FILE, arguments, timeout, extra_headers)
