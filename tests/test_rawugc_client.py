"""The RawUGC client from the environment: key handling and redaction, headers, typed errors."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable

import httpx
import pytest

from mediaapis import rawugc
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.api.characters import list_characters
from rawugc_client.api.videos import generate_video, get_video
from rawugc_client.models import CharacterList, GenerateVideoRequest, VideoGenerationAccepted

SECRET = "rawugc_sk_live_0123456789abcdef"
PROBLEM = "application/problem+json"
EMPTY_CHARACTERS = {"characters": [], "count": 0, "adminCount": 0, "userCount": 0}


def problem(status: int, **extra: object) -> httpx.Response:
    body = {"type": "about:blank", "title": f"T{status}", "status": status, **extra}
    return httpx.Response(status, headers={"content-type": PROBLEM}, content=json.dumps(body))


def api_with(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> rawugc.RawUGC:
    """A client on an in-memory transport; a unique key keeps each test's limiter apart."""
    key = kwargs.pop("api_key", f"{SECRET}-{uuid.uuid4().hex}")
    return rawugc.RawUGC(
        str(key),
        transport=httpx.MockTransport(handler),
        sleep=lambda _: None,
        **kwargs,  # type: ignore[arg-type]
    )


def body() -> GenerateVideoRequest:
    return GenerateVideoRequest(model="sora-2-text-to-video", prompt="a cat reviews headphones")


# -- the key --------------------------------------------------------------------------------


@pytest.mark.parametrize("environ", [{}, {"RAWUGC_API_KEY": ""}, {"RAWUGC_API_KEY": "  "}])
def test_missing_or_empty_key_says_where_to_get_one(environ: dict[str, str]) -> None:
    with pytest.raises(rawugc.MissingAPIKeyError, match=r"RAWUGC_API_KEY.*RawUGC dashboard"):
        rawugc.RawUGC(environ=environ)


def test_empty_key_argument_is_refused() -> None:
    with pytest.raises(rawugc.MissingAPIKeyError, match="dashboard"):
        rawugc.RawUGC("")


def test_key_from_env_is_sent_as_bearer_with_version_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY_CHARACTERS)

    api = rawugc.RawUGC(environ={"RAWUGC_API_KEY": SECRET}, transport=httpx.MockTransport(handler))
    list_characters.sync(client=api.client)
    api.client.get_httpx_client().get("/characters")  # raw httpx through the same stack
    assert [r.headers["authorization"] for r in seen] == [f"Bearer {SECRET}"] * 2
    assert [r.headers["rawugc-version"] for r in seen] == ["2026-03-06"] * 2
    assert str(seen[0].url) == "https://rawugc.com/api/v1/characters"  # the spec's server


def test_base_url_and_version_can_be_overridden() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY_CHARACTERS)

    api = api_with(handler, base_url="http://127.0.0.1:9/v9/", api_version="2099-01-01")
    api.client.get_httpx_client().get("/characters")
    assert str(seen[0].url) == "http://127.0.0.1:9/v9/characters"
    assert seen[0].headers["rawugc-version"] == "2099-01-01"


def test_default_timeouts_are_set() -> None:
    api = api_with(lambda r: httpx.Response(200))
    timeout = api.client.get_httpx_client().timeout
    assert timeout.connect == 10.0
    assert timeout.read == 60.0


def test_key_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/characters"):
            raise httpx.ConnectError("refused", request=request)
        return problem(401, detail="invalid or missing API key")

    api = rawugc.RawUGC(SECRET, transport=httpx.MockTransport(handler), sleep=lambda _: None)
    caplog.set_level(logging.DEBUG)
    errors: list[Exception] = []
    for call in (
        lambda: get_video.sync("vid_1", client=api.client),
        lambda: list_characters.sync(client=api.client),
    ):
        with pytest.raises(rawugc.RawUGCError) as info:
            call()
        errors.append(info.value)
    assert isinstance(errors[0], rawugc.AuthenticationError)
    assert isinstance(errors[1], rawugc.APIConnectionError)
    shown = [repr(api), repr(api.client), repr(api.limiter), caplog.text]
    shown += (
        [str(e) for e in errors] + [repr(e) for e in errors] + [repr(e.__cause__) for e in errors]
    )
    assert "GET /api/v1/characters" in caplog.text
    assert "[redacted]" in caplog.text
    for text in shown:
        assert SECRET not in text
        assert SECRET[6:-2] not in text


# -- typed errors ---------------------------------------------------------------------------

STATUS_ERRORS = [
    (400, rawugc.ValidationError),
    (401, rawugc.AuthenticationError),
    (402, rawugc.InsufficientCreditsError),
    (403, rawugc.PermissionDeniedError),
    (404, rawugc.NotFoundError),
    (409, rawugc.APIStatusError),
    (500, rawugc.ServerError),
    (503, rawugc.ServerError),
]


@pytest.mark.parametrize(("status", "error"), STATUS_ERRORS)
def test_problem_responses_raise_by_status(status: int, error: type[Exception]) -> None:
    api = api_with(
        lambda r: problem(status, detail="why", instance="/api/v1/videos/generate"),
        max_retries=0,
    )
    with pytest.raises(error) as info:
        generate_video.sync(client=api.client, body=body())
    raised = info.value
    assert isinstance(raised, rawugc.APIStatusError)
    assert type(raised) is error
    assert (raised.status_code, raised.title, raised.detail) == (status, f"T{status}", "why")
    assert raised.instance == "/api/v1/videos/generate"
    assert (raised.method, raised.path) == ("POST", "/api/v1/videos/generate")
    assert f"{status} T{status}: why (POST /api/v1/videos/generate)" == str(raised)


def test_validation_error_carries_field_errors() -> None:
    errors = [{"field": "prompt", "message": "is required"}]
    api = api_with(lambda r: problem(400, detail="invalid", errors=errors))
    with pytest.raises(rawugc.ValidationError) as info:
        generate_video.sync(client=api.client, body=body())
    assert info.value.errors == [rawugc.FieldError("prompt", "is required")]


def test_rate_limit_error_carries_reset_once_waits_are_used_up() -> None:
    headers = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}
    response = problem(429)
    response.headers.update(headers)
    api = api_with(lambda r: response, retry=rawugc.RetryPolicy(rate_limit_retries=0))
    with pytest.raises(rawugc.RateLimitError) as info:
        get_video.sync("vid_1", client=api.client)
    assert (info.value.reset_at, info.value.limit) == (0, 10)


def test_generated_call_returns_the_parsed_model() -> None:
    accepted = {
        "videoId": "vid_1",
        "model": "sora-2-text-to-video",
        "status": "pending",
        "creditsUsed": 10,
        "newBalance": 90,
        "estimatedCompletionTime": 120,
        "createdAt": "2026-03-06T12:00:00Z",
    }
    api = api_with(lambda r: httpx.Response(201, json=accepted))
    result = generate_video.sync(client=api.client, body=body())
    assert isinstance(result, VideoGenerationAccepted)
    assert result.video_id == "vid_1"


def test_unwrap_without_raising_transport() -> None:
    api = api_with(lambda r: problem(404, detail="gone"), raise_for_status=False)
    response = get_video.sync_detailed("vid_1", client=api.client)
    assert response.status_code == 404  # the transport let it through
    with pytest.raises(rawugc.NotFoundError, match="gone"):
        rawugc.unwrap(response, method="GET", path="/videos/vid_1")


@pytest.mark.parametrize("content", [b'{"videoId": "vid_1", "sta', b"<html>oops</html>"])
def test_malformed_json_is_a_clear_error(content: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, headers={"content-type": "application/json"}, content=content)

    api = api_with(handler)
    with pytest.raises(rawugc.MalformedResponseError, match="not valid JSON"):
        generate_video.sync(client=api.client, body=body())


async def test_async_client_uses_the_same_stack() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return problem(503)
        return httpx.Response(200, json=EMPTY_CHARACTERS)

    async def no_sleep(_: float) -> None:
        return None

    api = rawugc.RawUGC(
        f"{SECRET}-{uuid.uuid4().hex}",
        async_transport=httpx.MockTransport(handler),
        async_sleep=no_sleep,
    )
    async with api:
        result = await list_characters.asyncio(client=api.client)
    assert isinstance(result, CharacterList)
    assert result.characters == []
    assert len(seen) == 2  # the 503 was retried
    assert seen[0].headers["authorization"].startswith("Bearer ")
    assert seen[0].headers["rawugc-version"] == "2026-03-06"


def test_with_headers_keeps_the_stack() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY_CHARACTERS)

    api = api_with(handler)
    copy = api.client.with_headers({"X-Trace": "1"})
    list_characters.sync(client=copy)
    assert seen[0].headers["x-trace"] == "1"
    assert seen[0].headers["authorization"].startswith("Bearer ")


def test_against_the_mock(rawugc_server: LoopbackServer, rawugc_api_key: str) -> None:
    api = rawugc.RawUGC(rawugc_api_key, base_url=rawugc_server.base_url)
    characters = list_characters.sync(client=api.client)
    assert isinstance(characters, CharacterList)
    assert characters.characters
    with pytest.raises(rawugc.NotFoundError, match="vid_nope"):
        get_video.sync("vid_nope", client=api.client)
    bad = rawugc.RawUGC("not-a-key", base_url=rawugc_server.base_url)
    with pytest.raises(rawugc.AuthenticationError):
        list_characters.sync(client=bad.client)
