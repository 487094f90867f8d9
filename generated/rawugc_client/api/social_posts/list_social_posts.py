from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.problem import Problem
from ...models.social_post_list import SocialPostList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    params: dict[str, Any] = {}

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["includeDrafts"] = include_drafts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/social/posts",
        "params": params,
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (a layer that sends
    the request itself, such as mediaapis' typed resources, builds it here)"""
    return _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        include_drafts=include_drafts,
        raw_ugc_version=raw_ugc_version,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialPostList | None:
    if response.status_code == 200:
        response_200 = SocialPostList.from_dict(response.json())

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
) -> Response[Problem | SocialPostList]:
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
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | SocialPostList]:
    """List social posts

     Lists the organisation's social posts, optionally limited to a time window (Unix milliseconds).
    `includeDrafts` (the page gives only its type) is assumed to add drafts, which are left out by
    default. Not paginated.

    Args:
        from_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        to_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        include_drafts (bool | Unset): Whether drafts are included. Default: False.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialPostList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        include_drafts=include_drafts,
        raw_ugc_version=raw_ugc_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | SocialPostList | None:
    """List social posts

     Lists the organisation's social posts, optionally limited to a time window (Unix milliseconds).
    `includeDrafts` (the page gives only its type) is assumed to add drafts, which are left out by
    default. Not paginated.

    Args:
        from_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        to_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        include_drafts (bool | Unset): Whether drafts are included. Default: False.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialPostList
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        include_drafts=include_drafts,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | SocialPostList]:
    """List social posts

     Lists the organisation's social posts, optionally limited to a time window (Unix milliseconds).
    `includeDrafts` (the page gives only its type) is assumed to add drafts, which are left out by
    default. Not paginated.

    Args:
        from_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        to_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        include_drafts (bool | Unset): Whether drafts are included. Default: False.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialPostList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        include_drafts=include_drafts,
        raw_ugc_version=raw_ugc_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    include_drafts: bool | Unset = False,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | SocialPostList | None:
    """List social posts

     Lists the organisation's social posts, optionally limited to a time window (Unix milliseconds).
    `includeDrafts` (the page gives only its type) is assumed to add drafts, which are left out by
    default. Not paginated.

    Args:
        from_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        to_date (int | Unset): Point in time as Unix milliseconds (milliseconds since
            1970-01-01T00:00:00Z), from 1970 to the end of 9999 (`253402300799999` is
            9999-12-31T23:59:59.999Z, the last instant an ISO 8601 date with a four-digit year can
            name). The vendor page states no bounds; this spec refuses later times with `400`.
        include_drafts (bool | Unset): Whether drafts are included. Default: False.
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialPostList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            include_drafts=include_drafts,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
