"""ViralLibrary: the ``viral_library`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from mediaapis._resource import (
    NOT_GIVEN,
    APIResponse,
    AsyncAPIResource,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
)
from rawugc_client.api.viral_library import get_viral_video as _get_viral_video
from rawugc_client.api.viral_library import search_viral_library as _search_viral_library
from rawugc_client.models.viral_library_video import ViralLibraryVideo
from rawugc_client.models.viral_search_response import ViralSearchResponse
from rawugc_client.types import Unset

_GET_VIRAL_VIDEO = Endpoint("getViralVideo", _get_viral_video, ViralLibraryVideo.from_dict)
_SEARCH_VIRAL_LIBRARY = Endpoint(
    "searchViralLibrary", _search_viral_library, ViralSearchResponse.from_dict
)


class ViralLibrary(SyncAPIResource):
    """ViralLibrary operations."""

    @cached_property
    def with_raw_response(self) -> ViralLibraryWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return ViralLibraryWithRawResponse(self._client)

    def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ViralLibraryVideo:
        """Get a viral library video with its analysis"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return (self._request(_GET_VIRAL_VIDEO, arguments, timeout, extra_headers)).parse()

    def search(
        self,
        *,
        q: str,
        limit: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ViralSearchResponse:
        """Search the viral library"""

        arguments: dict[str, Any] = {
            "q": q,
            "limit": limit,
        }

        return (self._request(_SEARCH_VIRAL_LIBRARY, arguments, timeout, extra_headers)).parse()


class AsyncViralLibrary(AsyncAPIResource):
    """ViralLibrary operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncViralLibraryWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncViralLibraryWithRawResponse(self._client)

    async def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ViralLibraryVideo:
        """Get a viral library video with its analysis"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return (await self._request(_GET_VIRAL_VIDEO, arguments, timeout, extra_headers)).parse()

    async def search(
        self,
        *,
        q: str,
        limit: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ViralSearchResponse:
        """Search the viral library"""

        arguments: dict[str, Any] = {
            "q": q,
            "limit": limit,
        }

        return (
            await self._request(_SEARCH_VIRAL_LIBRARY, arguments, timeout, extra_headers)
        ).parse()


class ViralLibraryWithRawResponse(SyncAPIResource):
    """ViralLibrary operations, answering the raw response (``.parse()`` for the model)."""

    def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ViralLibraryVideo]:
        """Get a viral library video with its analysis"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return self._request(_GET_VIRAL_VIDEO, arguments, timeout, extra_headers)

    def search(
        self,
        *,
        q: str,
        limit: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ViralSearchResponse]:
        """Search the viral library"""

        arguments: dict[str, Any] = {
            "q": q,
            "limit": limit,
        }

        return self._request(_SEARCH_VIRAL_LIBRARY, arguments, timeout, extra_headers)


class AsyncViralLibraryWithRawResponse(AsyncAPIResource):
    """ViralLibrary operations, answering the raw response (``.parse()`` for the model) (asyncio)."""

    async def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ViralLibraryVideo]:
        """Get a viral library video with its analysis"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return await self._request(_GET_VIRAL_VIDEO, arguments, timeout, extra_headers)

    async def search(
        self,
        *,
        q: str,
        limit: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ViralSearchResponse]:
        """Search the viral library"""

        arguments: dict[str, Any] = {
            "q": q,
            "limit": limit,
        }

        return await self._request(_SEARCH_VIRAL_LIBRARY, arguments, timeout, extra_headers)
