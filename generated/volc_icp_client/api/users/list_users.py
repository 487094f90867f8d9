from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_users_action import ListUsersAction
from ...models.list_users_request import ListUsersRequest
from ...models.list_users_response import ListUsersResponse
from ...models.list_users_version import ListUsersVersion
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
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
        "url": "/#Action=ListUsers&Version=2022-02-01",
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
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
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
) -> ErrorResponse | ListUsersResponse | None:
    if response.status_code == 200:
        response_200 = ListUsersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListUsersResponse]:
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
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
) -> Response[ErrorResponse | ListUsersResponse]:
    """List the users of the enterprise account (ListUsers)

     Returns the currently available users (获取当前可用用户列表) of the calling customer, optionally
    filtered by whether a user has a task in progress.

    Wire request: `POST /?Action=ListUsers&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `ic_iam`, region `cn-north-1` (the page's header table
    for this action
    lists `Service: ic_iam` and `Region: cn-north-1`; **Decision:** these are credential-scope inputs of
    the signature, not HTTP headers, and are not sent as headers).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (ListUsersAction):  Default: 'ListUsers'.
        version (ListUsersVersion):  Default: '2022-02-01'.
        body (ListUsersRequest): Body of ListUsers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsersResponse]
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
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
) -> ErrorResponse | ListUsersResponse | None:
    """List the users of the enterprise account (ListUsers)

     Returns the currently available users (获取当前可用用户列表) of the calling customer, optionally
    filtered by whether a user has a task in progress.

    Wire request: `POST /?Action=ListUsers&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `ic_iam`, region `cn-north-1` (the page's header table
    for this action
    lists `Service: ic_iam` and `Region: cn-north-1`; **Decision:** these are credential-scope inputs of
    the signature, not HTTP headers, and are not sent as headers).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (ListUsersAction):  Default: 'ListUsers'.
        version (ListUsersVersion):  Default: '2022-02-01'.
        body (ListUsersRequest): Body of ListUsers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsersResponse
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
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
) -> Response[ErrorResponse | ListUsersResponse]:
    """List the users of the enterprise account (ListUsers)

     Returns the currently available users (获取当前可用用户列表) of the calling customer, optionally
    filtered by whether a user has a task in progress.

    Wire request: `POST /?Action=ListUsers&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `ic_iam`, region `cn-north-1` (the page's header table
    for this action
    lists `Service: ic_iam` and `Region: cn-north-1`; **Decision:** these are credential-scope inputs of
    the signature, not HTTP headers, and are not sent as headers).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (ListUsersAction):  Default: 'ListUsers'.
        version (ListUsersVersion):  Default: '2022-02-01'.
        body (ListUsersRequest): Body of ListUsers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsersResponse]
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
    body: ListUsersRequest,
    action: ListUsersAction = "ListUsers",
    version: ListUsersVersion = "2022-02-01",
) -> ErrorResponse | ListUsersResponse | None:
    """List the users of the enterprise account (ListUsers)

     Returns the currently available users (获取当前可用用户列表) of the calling customer, optionally
    filtered by whether a user has a task in progress.

    Wire request: `POST /?Action=ListUsers&Version=2022-02-01`. The path is `/` (the path key's
    `#…` is a fragment, never sent); the query is carried by the declared `Action` and `Version`
    parameters, sent once. Signed with service `ic_iam`, region `cn-north-1` (the page's header table
    for this action
    lists `Service: ic_iam` and `Region: cn-north-1`; **Decision:** these are credential-scope inputs of
    the signature, not HTTP headers, and are not sent as headers).

    Business errors (HTTP 200 with `ResponseMetadata.Error`) that apply: 400, 500, 700, 701, 707, 806.

    Args:
        action (ListUsersAction):  Default: 'ListUsers'.
        version (ListUsersVersion):  Default: '2022-02-01'.
        body (ListUsersRequest): Body of ListUsers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            version=version,
        )
    ).parsed
