"""Uploads: the ``uploads`` resource of the RawUGC API (generated; do not edit)."""

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
        return UploadsWithRawResponse(self)

    def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
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
        return AsyncUploadsWithRawResponse(self)

    async def create(
        self,
        *,
        file: File,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadResult:
        """Upload a video or image file"""

        arguments: dict[str, Any] = {
            "body": model_body(
                UploadFileRequest,
                {
                    "file": file,
                },
                required=True,
            ),
        }

        return (await self._request(_UPLOAD_FILE, arguments, timeout, extra_headers)).parse()


class UploadsWithRawResponse:
    """Uploads operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(_UPLOAD_FILE)(resource.create)


class AsyncUploadsWithRawResponse:
    """Uploads operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(_UPLOAD_FILE)(resource.create)
