"""Media: the ``media`` resource of the Volcengine ICP media-pull OpenAPI (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from mediaapis._pages import AsyncPaginator, Paging, SyncPage
from mediaapis._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    Batch,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
    async_to_raw_response_wrapper,
    model_body,
    to_raw_response_wrapper,
)
from volc_icp_client.api.media import get_media_info as _get_media_info
from volc_icp_client.api.media import get_media_list as _get_media_list
from volc_icp_client.models.get_media_info_request import GetMediaInfoRequest
from volc_icp_client.models.get_media_info_request_article_content_format import (
    GetMediaInfoRequestArticleContentFormat,
)
from volc_icp_client.models.get_media_info_result import GetMediaInfoResult
from volc_icp_client.models.get_media_list_product_type import (
    GetMediaListProductType,
)
from volc_icp_client.models.get_media_list_request import GetMediaListRequest
from volc_icp_client.models.get_media_list_request_media_type import (
    GetMediaListRequestMediaType,
)
from volc_icp_client.models.get_media_list_result import GetMediaListResult
from volc_icp_client.models.media_info import MediaInfo
from volc_icp_client.models.owner import Owner
from volc_icp_client.types import Unset

_GET_MEDIA_LIST = Endpoint("getMediaList", _get_media_list, GetMediaListResult.from_dict, "Result")
_PAGING_GET_MEDIA_LIST = Paging(
    "body", "page_num", 0, ("media_infos",), ("page_info", "total_page")
)
_GET_MEDIA_INFO = Endpoint("getMediaInfo", _get_media_info, GetMediaInfoResult.from_dict, "Result")
_BATCH_GET_MEDIA_INFO = Batch("media_ids", 20, ("media_infos",))


class Media(SyncAPIResource):
    """Media operations."""

    @cached_property
    def with_raw_response(self) -> MediaWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return MediaWithRawResponse(self)

    def list(
        self,
        *,
        product_type: GetMediaListProductType | Unset = 1,
        owner: Owner,
        media_type: GetMediaListRequestMediaType | NotGiven = NOT_GIVEN,
        team_space_name: str | Unset | NotGiven = NOT_GIVEN,
        page_num: int | Unset | NotGiven = NOT_GIVEN,
        page_size: int | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[MediaInfo]:
        """List the media of a user or a team space (GetMediaList)

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "product_type": product_type,
            "body": model_body(
                GetMediaListRequest,
                {
                    "owner": owner,
                    "media_type": media_type,
                    "team_space_name": team_space_name,
                    "page_num": page_num,
                    "page_size": page_size,
                },
                required=True,
            ),
        }

        return self._page(
            _GET_MEDIA_LIST, _PAGING_GET_MEDIA_LIST, arguments, timeout, extra_headers
        )

    def get_info(
        self,
        *,
        media_ids: builtins.list[str],
        article_content_format: GetMediaInfoRequestArticleContentFormat
        | Unset
        | NotGiven = NOT_GIVEN,
        batch_size: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MediaInfo]:
        """Get media details by media id (GetMediaInfo)

        Sent in batches of ``batch_size`` items (the spec's limit by default).
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GetMediaInfoRequest,
                {
                    "media_ids": media_ids,
                    "article_content_format": article_content_format,
                },
                required=True,
            ),
        }

        return self._batched(
            _GET_MEDIA_INFO, _BATCH_GET_MEDIA_INFO, arguments, timeout, extra_headers, batch_size
        )


class AsyncMedia(AsyncAPIResource):
    """Media operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncMediaWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncMediaWithRawResponse(self)

    def list(
        self,
        *,
        product_type: GetMediaListProductType | Unset = 1,
        owner: Owner,
        media_type: GetMediaListRequestMediaType | NotGiven = NOT_GIVEN,
        team_space_name: str | Unset | NotGiven = NOT_GIVEN,
        page_num: int | Unset | NotGiven = NOT_GIVEN,
        page_size: int | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[MediaInfo]:
        """List the media of a user or a team space (GetMediaList)

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "product_type": product_type,
            "body": model_body(
                GetMediaListRequest,
                {
                    "owner": owner,
                    "media_type": media_type,
                    "team_space_name": team_space_name,
                    "page_num": page_num,
                    "page_size": page_size,
                },
                required=True,
            ),
        }

        return self._paginator(
            _GET_MEDIA_LIST, _PAGING_GET_MEDIA_LIST, arguments, timeout, extra_headers
        )

    async def get_info(
        self,
        *,
        media_ids: builtins.list[str],
        article_content_format: GetMediaInfoRequestArticleContentFormat
        | Unset
        | NotGiven = NOT_GIVEN,
        batch_size: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MediaInfo]:
        """Get media details by media id (GetMediaInfo)

        Sent in batches of ``batch_size`` items (the spec's limit by default).
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GetMediaInfoRequest,
                {
                    "media_ids": media_ids,
                    "article_content_format": article_content_format,
                },
                required=True,
            ),
        }

        return await self._batched(
            _GET_MEDIA_INFO, _BATCH_GET_MEDIA_INFO, arguments, timeout, extra_headers, batch_size
        )


class MediaWithRawResponse:
    """Media operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Media) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_GET_MEDIA_LIST)(resource.list)
        self.get_info = to_raw_response_wrapper(_GET_MEDIA_INFO)(resource.get_info)


class AsyncMediaWithRawResponse:
    """Media operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncMedia) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_GET_MEDIA_LIST)(resource.list)
        self.get_info = async_to_raw_response_wrapper(_GET_MEDIA_INFO)(resource.get_info)
