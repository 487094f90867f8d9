from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.create_product_request import CreateProductRequest
from ...models.created_id import CreatedId
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/products",
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: CreateProductRequest,
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
) -> CreatedId | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedId.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[CreatedId | Problem]:
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
    body: CreateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[CreatedId | Problem]:
    """Create a product

     Creates a product for video generation and returns its id. The vendor page does not state the
    success status code; this spec assumes `201 Created`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (CreateProductRequest): A new product. The vendor page gives no minimums; this spec
            requires a non-empty `name` and at least one photo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Problem]
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
    body: CreateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> CreatedId | Problem | None:
    """Create a product

     Creates a product for video generation and returns its id. The vendor page does not state the
    success status code; this spec assumes `201 Created`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (CreateProductRequest): A new product. The vendor page gives no minimums; this spec
            requires a non-empty `name` and at least one photo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[CreatedId | Problem]:
    """Create a product

     Creates a product for video generation and returns its id. The vendor page does not state the
    success status code; this spec assumes `201 Created`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (CreateProductRequest): A new product. The vendor page gives no minimums; this spec
            requires a non-empty `name` and at least one photo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Problem]
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
    body: CreateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> CreatedId | Problem | None:
    """Create a product

     Creates a product for video generation and returns its id. The vendor page does not state the
    success status code; this spec assumes `201 Created`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (CreateProductRequest): A new product. The vendor page gives no minimums; this spec
            requires a non-empty `name` and at least one photo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
