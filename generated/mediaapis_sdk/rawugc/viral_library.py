"""ViralLibrary: the ``viral_library`` resource of the RawUGC API (generated; do not edit)."""

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
        return ViralLibraryWithRawResponse(self)

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
        return AsyncViralLibraryWithRawResponse(self)

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


class ViralLibraryWithRawResponse:
    """ViralLibrary operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: ViralLibrary) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(_GET_VIRAL_VIDEO)(resource.get)
        self.search = to_raw_response_wrapper(_SEARCH_VIRAL_LIBRARY)(resource.search)


class AsyncViralLibraryWithRawResponse:
    """ViralLibrary operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncViralLibrary) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(_GET_VIRAL_VIDEO)(resource.get)
        self.search = async_to_raw_response_wrapper(_SEARCH_VIRAL_LIBRARY)(resource.search)
