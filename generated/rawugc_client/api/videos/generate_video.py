from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.generate_video_request import GenerateVideoRequest
from ...models.problem import Problem
from ...models.video_generation_accepted import VideoGenerationAccepted
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GenerateVideoRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(raw_ugc_version, Unset):
        headers["RawUGC-Version"] = str(raw_ugc_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/generate",
        # the operation, for the transport stack (mediaapis): this module names it
        "extensions": {"mediaapis.operation": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: GenerateVideoRequest,
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
) -> Problem | VideoGenerationAccepted | None:
    if response.status_code == 201:
        response_201 = VideoGenerationAccepted.from_dict(response.json())

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
) -> Response[Problem | VideoGenerationAccepted]:
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
    body: GenerateVideoRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | VideoGenerationAccepted]:
    """Start a video generation job

     Starts an asynchronous video generation job and returns its `videoId`. Poll
    `getVideo` until `status` is `completed` (then use `url`) or `failed`.

    Which fields are needed depends on `model` (enforced by the `if`/`then` rules of the
    request schema): `prompt` for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
    `imageUrls` for `sora-2-image-to-video` and `kling-2.6/motion-control`; `videoUrls`
    for `kling-2.6/motion-control`. Fields that apply to one model family only are refused
    (`400` naming the field and the model) with the others: `videoUrls`, `mode` and
    `characterOrientation` (Kling only), `nFrames` (Sora only); `aspectRatio` takes the
    values of the model's family. A `selectedCharacter` that names no active character
    gives `404` naming the field (decided by this spec: the page states no code). Spends
    credits; the vendor page does not state how many, the amount charged is returned in
    `creditsUsed`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateVideoRequest): Video generation request. Per-model rules (expressed as
            `if`/`then` in `allOf`):
            `prompt` is required for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
            `imageUrls` is required for `sora-2-image-to-video` and `kling-2.6/motion-control`;
            `videoUrls` is required for `kling-2.6/motion-control`; Veo 3 models accept at most 2
            `imageUrls`; `aspectRatio` values depend on the model family. `nFrames` applies to
            Sora only and `videoUrls`, `characterOrientation` and `mode` to Kling only. The vendor
            page marks them "(Sora only)" / "(kling only)" / "For kling" without saying whether
            other models reject or ignore them; this spec decides they are refused (a `false`
            schema in the `then` clause, `400` naming the field and the model), so a setting that
            would silently not apply is caught before the request spends credits.

            Note on the `then` clauses (here and in the other request schemas): each one declares
            the properties it names (repeating the type where it only requires the property) and
            sets `additionalProperties: true`. Both are no-ops for validation (the body stays closed
            by the top-level
            `additionalProperties: false`); they only keep linters that check a subschema in
            isolation from reporting false positives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VideoGenerationAccepted]
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
    body: GenerateVideoRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | VideoGenerationAccepted | None:
    """Start a video generation job

     Starts an asynchronous video generation job and returns its `videoId`. Poll
    `getVideo` until `status` is `completed` (then use `url`) or `failed`.

    Which fields are needed depends on `model` (enforced by the `if`/`then` rules of the
    request schema): `prompt` for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
    `imageUrls` for `sora-2-image-to-video` and `kling-2.6/motion-control`; `videoUrls`
    for `kling-2.6/motion-control`. Fields that apply to one model family only are refused
    (`400` naming the field and the model) with the others: `videoUrls`, `mode` and
    `characterOrientation` (Kling only), `nFrames` (Sora only); `aspectRatio` takes the
    values of the model's family. A `selectedCharacter` that names no active character
    gives `404` naming the field (decided by this spec: the page states no code). Spends
    credits; the vendor page does not state how many, the amount charged is returned in
    `creditsUsed`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateVideoRequest): Video generation request. Per-model rules (expressed as
            `if`/`then` in `allOf`):
            `prompt` is required for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
            `imageUrls` is required for `sora-2-image-to-video` and `kling-2.6/motion-control`;
            `videoUrls` is required for `kling-2.6/motion-control`; Veo 3 models accept at most 2
            `imageUrls`; `aspectRatio` values depend on the model family. `nFrames` applies to
            Sora only and `videoUrls`, `characterOrientation` and `mode` to Kling only. The vendor
            page marks them "(Sora only)" / "(kling only)" / "For kling" without saying whether
            other models reject or ignore them; this spec decides they are refused (a `false`
            schema in the `then` clause, `400` naming the field and the model), so a setting that
            would silently not apply is caught before the request spends credits.

            Note on the `then` clauses (here and in the other request schemas): each one declares
            the properties it names (repeating the type where it only requires the property) and
            sets `additionalProperties: true`. Both are no-ops for validation (the body stays closed
            by the top-level
            `additionalProperties: false`); they only keep linters that check a subschema in
            isolation from reporting false positives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VideoGenerationAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
        raw_ugc_version=raw_ugc_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateVideoRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Response[Problem | VideoGenerationAccepted]:
    """Start a video generation job

     Starts an asynchronous video generation job and returns its `videoId`. Poll
    `getVideo` until `status` is `completed` (then use `url`) or `failed`.

    Which fields are needed depends on `model` (enforced by the `if`/`then` rules of the
    request schema): `prompt` for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
    `imageUrls` for `sora-2-image-to-video` and `kling-2.6/motion-control`; `videoUrls`
    for `kling-2.6/motion-control`. Fields that apply to one model family only are refused
    (`400` naming the field and the model) with the others: `videoUrls`, `mode` and
    `characterOrientation` (Kling only), `nFrames` (Sora only); `aspectRatio` takes the
    values of the model's family. A `selectedCharacter` that names no active character
    gives `404` naming the field (decided by this spec: the page states no code). Spends
    credits; the vendor page does not state how many, the amount charged is returned in
    `creditsUsed`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateVideoRequest): Video generation request. Per-model rules (expressed as
            `if`/`then` in `allOf`):
            `prompt` is required for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
            `imageUrls` is required for `sora-2-image-to-video` and `kling-2.6/motion-control`;
            `videoUrls` is required for `kling-2.6/motion-control`; Veo 3 models accept at most 2
            `imageUrls`; `aspectRatio` values depend on the model family. `nFrames` applies to
            Sora only and `videoUrls`, `characterOrientation` and `mode` to Kling only. The vendor
            page marks them "(Sora only)" / "(kling only)" / "For kling" without saying whether
            other models reject or ignore them; this spec decides they are refused (a `false`
            schema in the `then` clause, `400` naming the field and the model), so a setting that
            would silently not apply is caught before the request spends credits.

            Note on the `then` clauses (here and in the other request schemas): each one declares
            the properties it names (repeating the type where it only requires the property) and
            sets `additionalProperties: true`. Both are no-ops for validation (the body stays closed
            by the top-level
            `additionalProperties: false`); they only keep linters that check a subschema in
            isolation from reporting false positives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VideoGenerationAccepted]
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
    body: GenerateVideoRequest,
    raw_ugc_version: ApiVersion | Unset = UNSET,
) -> Problem | VideoGenerationAccepted | None:
    """Start a video generation job

     Starts an asynchronous video generation job and returns its `videoId`. Poll
    `getVideo` until `status` is `completed` (then use `url`) or `failed`.

    Which fields are needed depends on `model` (enforced by the `if`/`then` rules of the
    request schema): `prompt` for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
    `imageUrls` for `sora-2-image-to-video` and `kling-2.6/motion-control`; `videoUrls`
    for `kling-2.6/motion-control`. Fields that apply to one model family only are refused
    (`400` naming the field and the model) with the others: `videoUrls`, `mode` and
    `characterOrientation` (Kling only), `nFrames` (Sora only); `aspectRatio` takes the
    values of the model's family. A `selectedCharacter` that names no active character
    gives `404` naming the field (decided by this spec: the page states no code). Spends
    credits; the vendor page does not state how many, the amount charged is returned in
    `creditsUsed`.

    Args:
        raw_ugc_version (ApiVersion | Unset): A RawUGC API version (date-based). `2026-03-06` is
            the current and only version described by this document.
        body (GenerateVideoRequest): Video generation request. Per-model rules (expressed as
            `if`/`then` in `allOf`):
            `prompt` is required for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
            `imageUrls` is required for `sora-2-image-to-video` and `kling-2.6/motion-control`;
            `videoUrls` is required for `kling-2.6/motion-control`; Veo 3 models accept at most 2
            `imageUrls`; `aspectRatio` values depend on the model family. `nFrames` applies to
            Sora only and `videoUrls`, `characterOrientation` and `mode` to Kling only. The vendor
            page marks them "(Sora only)" / "(kling only)" / "For kling" without saying whether
            other models reject or ignore them; this spec decides they are refused (a `false`
            schema in the `then` clause, `400` naming the field and the model), so a setting that
            would silently not apply is caught before the request spends credits.

            Note on the `then` clauses (here and in the other request schemas): each one declares
            the properties it names (repeating the type where it only requires the property) and
            sets `additionalProperties: true`. Both are no-ops for validation (the body stays closed
            by the top-level
            `additionalProperties: false`); they only keep linters that check a subschema in
            isolation from reporting false positives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VideoGenerationAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            raw_ugc_version=raw_ugc_version,
        )
    ).parsed
