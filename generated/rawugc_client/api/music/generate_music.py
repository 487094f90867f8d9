from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.generate_music_request import GenerateMusicRequest
from ...models.music_generation_accepted import MusicGenerationAccepted
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GenerateMusicRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/music/generate",
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: GenerateMusicRequest,
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
) -> MusicGenerationAccepted | Problem | None:
    if response.status_code == 201:
        response_201 = MusicGenerationAccepted.from_dict(response.json())

        return response_201

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
) -> Response[MusicGenerationAccepted | Problem]:
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
    body: GenerateMusicRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[MusicGenerationAccepted | Problem]:
    """Start a music generation job

     Generates a music track with Suno models, asynchronously: poll `getMusicTrack` until
    `status` is `completed` (then use `audioUrl`) or `failed`. Costs 3 credits per
    generation. Setting `title` enables Suno's custom mode together with `style`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateMusicRequest): Music generation request. Setting `title` enables custom mode
            together with `style`; the vendor page does not say whether `style` is then required, so
            this spec does not require it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MusicGenerationAccepted | Problem]
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
    body: GenerateMusicRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> MusicGenerationAccepted | Problem | None:
    """Start a music generation job

     Generates a music track with Suno models, asynchronously: poll `getMusicTrack` until
    `status` is `completed` (then use `audioUrl`) or `failed`. Costs 3 credits per
    generation. Setting `title` enables Suno's custom mode together with `style`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateMusicRequest): Music generation request. Setting `title` enables custom mode
            together with `style`; the vendor page does not say whether `style` is then required, so
            this spec does not require it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MusicGenerationAccepted | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateMusicRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[MusicGenerationAccepted | Problem]:
    """Start a music generation job

     Generates a music track with Suno models, asynchronously: poll `getMusicTrack` until
    `status` is `completed` (then use `audioUrl`) or `failed`. Costs 3 credits per
    generation. Setting `title` enables Suno's custom mode together with `style`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateMusicRequest): Music generation request. Setting `title` enables custom mode
            together with `style`; the vendor page does not say whether `style` is then required, so
            this spec does not require it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MusicGenerationAccepted | Problem]
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
    body: GenerateMusicRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> MusicGenerationAccepted | Problem | None:
    """Start a music generation job

     Generates a music track with Suno models, asynchronously: poll `getMusicTrack` until
    `status` is `completed` (then use `audioUrl`) or `failed`. Costs 3 credits per
    generation. Setting `title` enables Suno's custom mode together with `style`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateMusicRequest): Music generation request. Setting `title` enables custom mode
            together with `style`; the vendor page does not say whether `style` is then required, so
            this spec does not require it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MusicGenerationAccepted | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
