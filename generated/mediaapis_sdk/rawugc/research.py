"""Research: the ``research`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

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
from rawugc_client.models.analyze_video_request import AnalyzeVideoRequest
from rawugc_client.models.scrape_mode import ScrapeMode
from rawugc_client.models.scrape_result import ScrapeResult
from rawugc_client.models.scrape_tiktok_request import ScrapeTiktokRequest
from rawugc_client.models.video_analysis import VideoAnalysis
from rawugc_client.types import Unset

if TYPE_CHECKING:
    from .research_content_plans import (
        AsyncResearchContentPlans,
        AsyncResearchContentPlansWithRawResponse,
        ResearchContentPlans,
        ResearchContentPlansWithRawResponse,
    )
from rawugc_client.api.research import analyze_video as _analyze_video
from rawugc_client.api.research import scrape_tiktok as _scrape_tiktok

_SCRAPE_TIKTOK = Endpoint("scrapeTiktok", _scrape_tiktok, ScrapeResult.from_dict)
_ANALYZE_VIDEO = Endpoint("analyzeVideo", _analyze_video, VideoAnalysis.from_dict)


class Research(SyncAPIResource):
    """Research operations."""

    @cached_property
    def with_raw_response(self) -> ResearchWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return ResearchWithRawResponse(self)

    @cached_property
    def content_plans(self) -> ResearchContentPlans:
        """ResearchContentPlans operations."""
        from .research_content_plans import ResearchContentPlans

        return ResearchContentPlans(self._client)

    def scrape_tiktok(
        self,
        *,
        query: str,
        mode: ScrapeMode | Unset | NotGiven = NOT_GIVEN,
        limit: int | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ScrapeResult:
        """Scrape TikTok videos

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                ScrapeTiktokRequest,
                {
                    "query": query,
                    "mode": mode,
                    "limit": limit,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _SCRAPE_TIKTOK, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    def analyze_video(
        self,
        *,
        video_url: str,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoAnalysis:
        """Analyse a video

        Spends credits (1 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AnalyzeVideoRequest,
                {
                    "video_url": video_url,
                    "prompt": prompt,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _ANALYZE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()


class AsyncResearch(AsyncAPIResource):
    """Research operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncResearchWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncResearchWithRawResponse(self)

    @cached_property
    def content_plans(self) -> AsyncResearchContentPlans:
        """ResearchContentPlans operations."""
        from .research_content_plans import AsyncResearchContentPlans

        return AsyncResearchContentPlans(self._client)

    async def scrape_tiktok(
        self,
        *,
        query: str,
        mode: ScrapeMode | Unset | NotGiven = NOT_GIVEN,
        limit: int | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ScrapeResult:
        """Scrape TikTok videos

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                ScrapeTiktokRequest,
                {
                    "query": query,
                    "mode": mode,
                    "limit": limit,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _SCRAPE_TIKTOK, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    async def analyze_video(
        self,
        *,
        video_url: str,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoAnalysis:
        """Analyse a video

        Spends credits (1 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AnalyzeVideoRequest,
                {
                    "video_url": video_url,
                    "prompt": prompt,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _ANALYZE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()


class ResearchWithRawResponse:
    """Research operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Research) -> None:
        self._resource = resource
        self.scrape_tiktok = to_raw_response_wrapper(_SCRAPE_TIKTOK)(resource.scrape_tiktok)
        self.analyze_video = to_raw_response_wrapper(_ANALYZE_VIDEO)(resource.analyze_video)

    @cached_property
    def content_plans(self) -> ResearchContentPlansWithRawResponse:
        """ResearchContentPlans operations."""
        return self._resource.content_plans.with_raw_response


class AsyncResearchWithRawResponse:
    """Research operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncResearch) -> None:
        self._resource = resource
        self.scrape_tiktok = async_to_raw_response_wrapper(_SCRAPE_TIKTOK)(resource.scrape_tiktok)
        self.analyze_video = async_to_raw_response_wrapper(_ANALYZE_VIDEO)(resource.analyze_video)

    @cached_property
    def content_plans(self) -> AsyncResearchContentPlansWithRawResponse:
        """ResearchContentPlans operations."""
        return self._resource.content_plans.with_raw_response
