"""ResearchContentPlans: the ``research.content_plans`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.research import create_content_plan as _create_content_plan
from rawugc_client.api.research import list_content_plans as _list_content_plans
from rawugc_client.models.content_plan import ContentPlan
from rawugc_client.models.content_plan_list import ContentPlanList
from rawugc_client.models.create_content_plan_request import CreateContentPlanRequest

_CREATE_CONTENT_PLAN = Endpoint("createContentPlan", _create_content_plan, ContentPlan.from_dict)
_LIST_CONTENT_PLANS = Endpoint("listContentPlans", _list_content_plans, ContentPlanList.from_dict)


class ResearchContentPlans(SyncAPIResource):
    """ResearchContentPlans operations."""

    @cached_property
    def with_raw_response(self) -> ResearchContentPlansWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return ResearchContentPlansWithRawResponse(self)

    def create(
        self,
        *,
        scrape_id: str,
        brief: str,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentPlan:
        """Generate a content plan from scraped videos

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateContentPlanRequest,
                {
                    "scrape_id": scrape_id,
                    "brief": brief,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _CREATE_CONTENT_PLAN,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentPlanList:
        """List content plans"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_CONTENT_PLANS, arguments, timeout, extra_headers)).parse()


class AsyncResearchContentPlans(AsyncAPIResource):
    """ResearchContentPlans operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncResearchContentPlansWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncResearchContentPlansWithRawResponse(self)

    async def create(
        self,
        *,
        scrape_id: str,
        brief: str,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentPlan:
        """Generate a content plan from scraped videos

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateContentPlanRequest,
                {
                    "scrape_id": scrape_id,
                    "brief": brief,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _CREATE_CONTENT_PLAN,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentPlanList:
        """List content plans"""

        arguments: dict[str, Any] = {}

        return (await self._request(_LIST_CONTENT_PLANS, arguments, timeout, extra_headers)).parse()


class ResearchContentPlansWithRawResponse:
    """ResearchContentPlans operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: ResearchContentPlans) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(_CREATE_CONTENT_PLAN)(resource.create)
        self.list = to_raw_response_wrapper(_LIST_CONTENT_PLANS)(resource.list)


class AsyncResearchContentPlansWithRawResponse:
    """ResearchContentPlans operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncResearchContentPlans) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(_CREATE_CONTENT_PLAN)(resource.create)
        self.list = async_to_raw_response_wrapper(_LIST_CONTENT_PLANS)(resource.list)
