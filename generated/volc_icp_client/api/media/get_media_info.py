from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_media_info_action import (
    GetMediaInfoAction,
)
from ...models.get_media_info_request import GetMediaInfoRequest
from ...models.get_media_info_response import GetMediaInfoResponse
from ...models.get_media_info_version import (
    GetMediaInfoVersion,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str = action
    params["Action"] = json_action

    json_version: str = version
    params["Version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#Action=GetMediaInfo&Version=2022-02-01",
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
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (a layer that sends
    the request itself, such as mediaapis' typed resources, builds it here)"""
    return _get_kwargs(
        body=body,
        action=action,
        version=version,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMediaInfoResponse | None:
    if response.status_code == 200:
        response_200 = GetMediaInfoResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetMediaInfoResponse]:
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
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> Response[ErrorResponse | GetMediaInfoResponse]:
    """Get media details by media id (GetMediaInfo)

     Returns the details of media by `MediaId` (根据 MediaId 获取媒资详情); only finished films (成片) can be
    queried today. Media ids come from the finished-film callback notification (作品成片回调通知).

    Wire request: `POST /?Action=GetMediaInfo&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `iccloud_muse`, region `cn-north-1`.

    **Decision (page silent):** `Result.MediaInfos` holds one entry per id that exists and is visible to
    the caller; ids that are unknown or not finished films are left out rather than failing the whole
    call, so clients must match entries on `BasicInfo.MediaId`, not on position. At most 20 ids per
    call (see `MediaIds`).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (GetMediaInfoAction):  Default: 'GetMediaInfo'.
        version (GetMediaInfoVersion):  Default: '2022-02-01'.
        body (GetMediaInfoRequest): Body of GetMediaInfo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> ErrorResponse | GetMediaInfoResponse | None:
    """Get media details by media id (GetMediaInfo)

     Returns the details of media by `MediaId` (根据 MediaId 获取媒资详情); only finished films (成片) can be
    queried today. Media ids come from the finished-film callback notification (作品成片回调通知).

    Wire request: `POST /?Action=GetMediaInfo&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `iccloud_muse`, region `cn-north-1`.

    **Decision (page silent):** `Result.MediaInfos` holds one entry per id that exists and is visible to
    the caller; ids that are unknown or not finished films are left out rather than failing the whole
    call, so clients must match entries on `BasicInfo.MediaId`, not on position. At most 20 ids per
    call (see `MediaIds`).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (GetMediaInfoAction):  Default: 'GetMediaInfo'.
        version (GetMediaInfoVersion):  Default: '2022-02-01'.
        body (GetMediaInfoRequest): Body of GetMediaInfo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMediaInfoResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> Response[ErrorResponse | GetMediaInfoResponse]:
    """Get media details by media id (GetMediaInfo)

     Returns the details of media by `MediaId` (根据 MediaId 获取媒资详情); only finished films (成片) can be
    queried today. Media ids come from the finished-film callback notification (作品成片回调通知).

    Wire request: `POST /?Action=GetMediaInfo&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `iccloud_muse`, region `cn-north-1`.

    **Decision (page silent):** `Result.MediaInfos` holds one entry per id that exists and is visible to
    the caller; ids that are unknown or not finished films are left out rather than failing the whole
    call, so clients must match entries on `BasicInfo.MediaId`, not on position. At most 20 ids per
    call (see `MediaIds`).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (GetMediaInfoAction):  Default: 'GetMediaInfo'.
        version (GetMediaInfoVersion):  Default: '2022-02-01'.
        body (GetMediaInfoRequest): Body of GetMediaInfo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaInfoRequest,
    action: GetMediaInfoAction = "GetMediaInfo",
    version: GetMediaInfoVersion = "2022-02-01",
) -> ErrorResponse | GetMediaInfoResponse | None:
    """Get media details by media id (GetMediaInfo)

     Returns the details of media by `MediaId` (根据 MediaId 获取媒资详情); only finished films (成片) can be
    queried today. Media ids come from the finished-film callback notification (作品成片回调通知).

    Wire request: `POST /?Action=GetMediaInfo&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `iccloud_muse`, region `cn-north-1`.

    **Decision (page silent):** `Result.MediaInfos` holds one entry per id that exists and is visible to
    the caller; ids that are unknown or not finished films are left out rather than failing the whole
    call, so clients must match entries on `BasicInfo.MediaId`, not on position. At most 20 ids per
    call (see `MediaIds`).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (GetMediaInfoAction):  Default: 'GetMediaInfo'.
        version (GetMediaInfoVersion):  Default: '2022-02-01'.
        body (GetMediaInfoRequest): Body of GetMediaInfo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMediaInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            version=version,
        )
    ).parsed
