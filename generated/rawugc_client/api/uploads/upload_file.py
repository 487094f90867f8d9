from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.problem import Problem
from ...models.upload_file_request import UploadFileRequest
from ...models.upload_result import UploadResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadFileRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload",
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: UploadFileRequest,
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
) -> Problem | UploadResult | None:
    if response.status_code == 200:
        response_200 = UploadResult.from_dict(response.json())

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
) -> Response[Problem | UploadResult]:
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
    body: UploadFileRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | UploadResult]:
    """Upload a video or image file

     Uploads one video or image file (at most 100 MB) and returns its URL, for use in
    `imageUrls` / `videoUrls` of generation requests or as `videoUrl` of `analyzeVideo`.
    Accepted content types: `video/mp4`, `video/quicktime`, `video/webm`, `image/png`,
    `image/jpeg`, `image/webp`. The vendor page does not state the error for a file that
    is too large or of another type; this spec assumes `400` (no `413`/`415`). The page
    states no minimum size: an empty file is accepted.

    The returned `url` (`https://cdn.rawugc.com/uploads/{organizationId}/...`) belongs to
    the caller's organisation. The upload keeps the content type its part declared. Where a
    request takes an upload URL, this spec decides `409` (`Conflict`, naming the field) for
    an upload of the wrong kind (a video upload in `imageUrls`, an image upload as
    `videoUrl`), and assumes `400` (naming the field) for an upload of another organisation
    and an upload URL of the caller's organisation that `uploadFile` never returned; the
    vendor page states none of these rules. The examples
    of this spec use uploads of organisation `org_123`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UploadFileRequest): Multipart upload of one file (at most 100 MB) of an accepted
            content type (see `UploadContentType`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadResult]
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
    body: UploadFileRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | UploadResult | None:
    """Upload a video or image file

     Uploads one video or image file (at most 100 MB) and returns its URL, for use in
    `imageUrls` / `videoUrls` of generation requests or as `videoUrl` of `analyzeVideo`.
    Accepted content types: `video/mp4`, `video/quicktime`, `video/webm`, `image/png`,
    `image/jpeg`, `image/webp`. The vendor page does not state the error for a file that
    is too large or of another type; this spec assumes `400` (no `413`/`415`). The page
    states no minimum size: an empty file is accepted.

    The returned `url` (`https://cdn.rawugc.com/uploads/{organizationId}/...`) belongs to
    the caller's organisation. The upload keeps the content type its part declared. Where a
    request takes an upload URL, this spec decides `409` (`Conflict`, naming the field) for
    an upload of the wrong kind (a video upload in `imageUrls`, an image upload as
    `videoUrl`), and assumes `400` (naming the field) for an upload of another organisation
    and an upload URL of the caller's organisation that `uploadFile` never returned; the
    vendor page states none of these rules. The examples
    of this spec use uploads of organisation `org_123`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UploadFileRequest): Multipart upload of one file (at most 100 MB) of an accepted
            content type (see `UploadContentType`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadResult
    """

    return sync_detailed(
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | UploadResult]:
    """Upload a video or image file

     Uploads one video or image file (at most 100 MB) and returns its URL, for use in
    `imageUrls` / `videoUrls` of generation requests or as `videoUrl` of `analyzeVideo`.
    Accepted content types: `video/mp4`, `video/quicktime`, `video/webm`, `image/png`,
    `image/jpeg`, `image/webp`. The vendor page does not state the error for a file that
    is too large or of another type; this spec assumes `400` (no `413`/`415`). The page
    states no minimum size: an empty file is accepted.

    The returned `url` (`https://cdn.rawugc.com/uploads/{organizationId}/...`) belongs to
    the caller's organisation. The upload keeps the content type its part declared. Where a
    request takes an upload URL, this spec decides `409` (`Conflict`, naming the field) for
    an upload of the wrong kind (a video upload in `imageUrls`, an image upload as
    `videoUrl`), and assumes `400` (naming the field) for an upload of another organisation
    and an upload URL of the caller's organisation that `uploadFile` never returned; the
    vendor page states none of these rules. The examples
    of this spec use uploads of organisation `org_123`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UploadFileRequest): Multipart upload of one file (at most 100 MB) of an accepted
            content type (see `UploadContentType`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadResult]
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
    body: UploadFileRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | UploadResult | None:
    """Upload a video or image file

     Uploads one video or image file (at most 100 MB) and returns its URL, for use in
    `imageUrls` / `videoUrls` of generation requests or as `videoUrl` of `analyzeVideo`.
    Accepted content types: `video/mp4`, `video/quicktime`, `video/webm`, `image/png`,
    `image/jpeg`, `image/webp`. The vendor page does not state the error for a file that
    is too large or of another type; this spec assumes `400` (no `413`/`415`). The page
    states no minimum size: an empty file is accepted.

    The returned `url` (`https://cdn.rawugc.com/uploads/{organizationId}/...`) belongs to
    the caller's organisation. The upload keeps the content type its part declared. Where a
    request takes an upload URL, this spec decides `409` (`Conflict`, naming the field) for
    an upload of the wrong kind (a video upload in `imageUrls`, an image upload as
    `videoUrl`), and assumes `400` (naming the field) for an upload of another organisation
    and an upload URL of the caller's organisation that `uploadFile` never returned; the
    vendor page states none of these rules. The examples
    of this spec use uploads of organisation `org_123`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (UploadFileRequest): Multipart upload of one file (at most 100 MB) of an accepted
            content type (see `UploadContentType`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
