from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_media_list_action import (
    GetMediaListAction,
)
from ...models.get_media_list_product_type import (
    GetMediaListProductType,
)
from ...models.get_media_list_request import GetMediaListRequest
from ...models.get_media_list_response import GetMediaListResponse
from ...models.get_media_list_version import (
    GetMediaListVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str = action
    params["Action"] = json_action

    json_version: str = version
    params["Version"] = json_version

    json_product_type: int | Unset = UNSET
    if not isinstance(product_type, Unset):
        json_product_type = product_type

    params["ProductType"] = json_product_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#Action=GetMediaList&Version=2022-02-01",
        "params": params,
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (a layer that sends
    the request itself, such as mediaapis' typed resources, builds it here)"""
    return _get_kwargs(
        body=body,
        action=action,
        version=version,
        product_type=product_type,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMediaListResponse | None:
    if response.status_code == 200:
        response_200 = GetMediaListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMediaListResponse]:
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
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> Response[ErrorResponse | GetMediaListResponse]:
    """List the media of a user or a team space (GetMediaList)

     Returns one page of media (媒资) owned by a user, or by a team space of that user when
    `TeamSpaceName` is given; typically used to show a list of works. Only finished films (成片,
    `MediaType` 3) are served today.

    Wire request: `POST /?Action=GetMediaList&Version=2022-02-01[&ProductType=1|2]`. The path is `/`
    (the path key's `#…` is a fragment, never sent); the query is carried by the declared `Action`,
    `Version` and `ProductType` parameters, sent once. Signed with service `iccloud_muse`, region `cn-
    north-1`.
    The page's example response shows `Service: iccloud_muse_staging`; that is an artifact of the
    vendor's staging environment, the header table says `iccloud_muse`, and `iccloud_muse` is what
    must be signed with.

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400 (also for `MediaType` other
    than 3), 500, 700, 701, 707, 804, 805, 806.

    Args:
        action (GetMediaListAction):  Default: 'GetMediaList'.
        version (GetMediaListVersion):  Default: '2022-02-01'.
        product_type (GetMediaListProductType | Unset):  Default: 1.
        body (GetMediaListRequest): Body of GetMediaList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMediaListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        version=version,
        product_type=product_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> ErrorResponse | GetMediaListResponse | None:
    """List the media of a user or a team space (GetMediaList)

     Returns one page of media (媒资) owned by a user, or by a team space of that user when
    `TeamSpaceName` is given; typically used to show a list of works. Only finished films (成片,
    `MediaType` 3) are served today.

    Wire request: `POST /?Action=GetMediaList&Version=2022-02-01[&ProductType=1|2]`. The path is `/`
    (the path key's `#…` is a fragment, never sent); the query is carried by the declared `Action`,
    `Version` and `ProductType` parameters, sent once. Signed with service `iccloud_muse`, region `cn-
    north-1`.
    The page's example response shows `Service: iccloud_muse_staging`; that is an artifact of the
    vendor's staging environment, the header table says `iccloud_muse`, and `iccloud_muse` is what
    must be signed with.

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400 (also for `MediaType` other
    than 3), 500, 700, 701, 707, 804, 805, 806.

    Args:
        action (GetMediaListAction):  Default: 'GetMediaList'.
        version (GetMediaListVersion):  Default: '2022-02-01'.
        product_type (GetMediaListProductType | Unset):  Default: 1.
        body (GetMediaListRequest): Body of GetMediaList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMediaListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
        version=version,
        product_type=product_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> Response[ErrorResponse | GetMediaListResponse]:
    """List the media of a user or a team space (GetMediaList)

     Returns one page of media (媒资) owned by a user, or by a team space of that user when
    `TeamSpaceName` is given; typically used to show a list of works. Only finished films (成片,
    `MediaType` 3) are served today.

    Wire request: `POST /?Action=GetMediaList&Version=2022-02-01[&ProductType=1|2]`. The path is `/`
    (the path key's `#…` is a fragment, never sent); the query is carried by the declared `Action`,
    `Version` and `ProductType` parameters, sent once. Signed with service `iccloud_muse`, region `cn-
    north-1`.
    The page's example response shows `Service: iccloud_muse_staging`; that is an artifact of the
    vendor's staging environment, the header table says `iccloud_muse`, and `iccloud_muse` is what
    must be signed with.

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400 (also for `MediaType` other
    than 3), 500, 700, 701, 707, 804, 805, 806.

    Args:
        action (GetMediaListAction):  Default: 'GetMediaList'.
        version (GetMediaListVersion):  Default: '2022-02-01'.
        product_type (GetMediaListProductType | Unset):  Default: 1.
        body (GetMediaListRequest): Body of GetMediaList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMediaListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        version=version,
        product_type=product_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaListRequest,
    action: GetMediaListAction = "GetMediaList",
    version: GetMediaListVersion = "2022-02-01",
    product_type: GetMediaListProductType | Unset = 1,
) -> ErrorResponse | GetMediaListResponse | None:
    """List the media of a user or a team space (GetMediaList)

     Returns one page of media (媒资) owned by a user, or by a team space of that user when
    `TeamSpaceName` is given; typically used to show a list of works. Only finished films (成片,
    `MediaType` 3) are served today.

    Wire request: `POST /?Action=GetMediaList&Version=2022-02-01[&ProductType=1|2]`. The path is `/`
    (the path key's `#…` is a fragment, never sent); the query is carried by the declared `Action`,
    `Version` and `ProductType` parameters, sent once. Signed with service `iccloud_muse`, region `cn-
    north-1`.
    The page's example response shows `Service: iccloud_muse_staging`; that is an artifact of the
    vendor's staging environment, the header table says `iccloud_muse`, and `iccloud_muse` is what
    must be signed with.

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400 (also for `MediaType` other
    than 3), 500, 700, 701, 707, 804, 805, 806.

    Args:
        action (GetMediaListAction):  Default: 'GetMediaList'.
        version (GetMediaListVersion):  Default: '2022-02-01'.
        product_type (GetMediaListProductType | Unset):  Default: 1.
        body (GetMediaListRequest): Body of GetMediaList.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMediaListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            version=version,
            product_type=product_type,
        )
    ).parsed
