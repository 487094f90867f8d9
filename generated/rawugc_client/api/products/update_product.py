from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.problem import Problem
from ...models.success_result import SuccessResult
from ...models.update_product_request import UpdateProductRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    product_id: str,
    *,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/products/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    product_id: str,
    *,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (a layer that sends
    the request itself, such as mediaapis' typed resources, builds it here)"""
    return _get_kwargs(
        product_id=product_id,
        body=body,
        raw_ugc_version=raw_ugc_version,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SuccessResult | None:
    if response.status_code == 200:
        response_200 = SuccessResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Problem | SuccessResult]:
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
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | SuccessResult]:
    """Update a product

     Updates the given fields of a product; omitted fields are unchanged, `photos` replaces the whole
    list (assumed; the vendor page does not say). The vendor page does not state the response; this spec
    assumes `200` with `{success: true}`.

    Args:
        product_id (str): Product identifier.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UpdateProductRequest): Fields to change on a product; all optional, omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuccessResult]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        body=body,
        raw_ugc_version=raw_ugc_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | SuccessResult | None:
    """Update a product

     Updates the given fields of a product; omitted fields are unchanged, `photos` replaces the whole
    list (assumed; the vendor page does not say). The vendor page does not state the response; this spec
    assumes `200` with `{success: true}`.

    Args:
        product_id (str): Product identifier.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UpdateProductRequest): Fields to change on a product; all optional, omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuccessResult
    """

    return sync_detailed(
        product_id=product_id,
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | SuccessResult]:
    """Update a product

     Updates the given fields of a product; omitted fields are unchanged, `photos` replaces the whole
    list (assumed; the vendor page does not say). The vendor page does not state the response; this spec
    assumes `200` with `{success: true}`.

    Args:
        product_id (str): Product identifier.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UpdateProductRequest): Fields to change on a product; all optional, omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuccessResult]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        body=body,
        raw_ugc_version=raw_ugc_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProductRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | SuccessResult | None:
    """Update a product

     Updates the given fields of a product; omitted fields are unchanged, `photos` replaces the whole
    list (assumed; the vendor page does not say). The vendor page does not state the response; this spec
    assumes `200` with `{success: true}`.

    Args:
        product_id (str): Product identifier.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UpdateProductRequest): Fields to change on a product; all optional, omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuccessResult
    """

    return (
        await asyncio_detailed(
            product_id=product_id,
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
