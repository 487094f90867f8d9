from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_video_captions_request import AddVideoCaptionsRequest
from ...models.api_version import ApiVersion
from ...models.problem import Problem
from ...models.video_edit_result import VideoEditResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/captions",
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (a layer that sends
    the request itself, such as mediaapis' typed resources, builds it here)"""
    return _get_kwargs(
        body=body,
        raw_ugc_version=raw_ugc_version,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VideoEditResult | None:
    if response.status_code == 200:
        response_200 = VideoEditResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Problem.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | VideoEditResult]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(client, response, __name__, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | VideoEditResult]:
    """Add styled captions to a video

     Burns styled captions into a completed video and creates a new version of it.
    Costs 1 credit. The vendor page does not state the status code for a video that is
    not completed yet; this spec decides `409` (`Conflict`: a state precondition, not a
    malformed request; nothing is charged). An unknown `videoId` is assumed to give `404` (the page does
    not state it).

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (AddVideoCaptionsRequest): Request to add styled captions to a completed video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VideoEditResult]
    """

    kwargs = _get_kwargs(
        body=body,
        raw_ugc_version=raw_ugc_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | VideoEditResult | None:
    """Add styled captions to a video

     Burns styled captions into a completed video and creates a new version of it.
    Costs 1 credit. The vendor page does not state the status code for a video that is
    not completed yet; this spec decides `409` (`Conflict`: a state precondition, not a
    malformed request; nothing is charged). An unknown `videoId` is assumed to give `404` (the page does
    not state it).

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (AddVideoCaptionsRequest): Request to add styled captions to a completed video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VideoEditResult
    """

    return sync_detailed(
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | VideoEditResult]:
    """Add styled captions to a video

     Burns styled captions into a completed video and creates a new version of it.
    Costs 1 credit. The vendor page does not state the status code for a video that is
    not completed yet; this spec decides `409` (`Conflict`: a state precondition, not a
    malformed request; nothing is charged). An unknown `videoId` is assumed to give `404` (the page does
    not state it).

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (AddVideoCaptionsRequest): Request to add styled captions to a completed video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VideoEditResult]
    """

    kwargs = _get_kwargs(
        body=body,
        raw_ugc_version=raw_ugc_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddVideoCaptionsRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | VideoEditResult | None:
    """Add styled captions to a video

     Burns styled captions into a completed video and creates a new version of it.
    Costs 1 credit. The vendor page does not state the status code for a video that is
    not completed yet; this spec decides `409` (`Conflict`: a state precondition, not a
    malformed request; nothing is charged). An unknown `videoId` is assumed to give `404` (the page does
    not state it).

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (AddVideoCaptionsRequest): Request to add styled captions to a completed video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VideoEditResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
