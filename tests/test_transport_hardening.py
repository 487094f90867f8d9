"""The transport never wedges, never waits for ever, keeps raw header bytes, and refuses bad
settings at construction with errors naming the setting."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import math
import socket
import uuid
from collections.abc import Callable

import httpx
import pytest

from mediaapis import icp, rawugc
from mediaapis.icp import VolcCredentials
from rawugc_client.api.videos import list_videos
from rawugc_client.models import VideoList

Handler = Callable[[httpx.Request], httpx.Response]
PAGE = {"videos": [], "pagination": {"page": 1, "limit": 20, "total": 0, "totalPages": 0}}
CREDS = VolcCredentials("AKLTtestaccesskey", "secret-key-123456")


class Wedged(Exception):
    """The limiter kept a request waiting (the test's sleep gave up)."""


def bounded_sleep(limit: int = 200) -> Callable[[float], None]:
    """A sleep that records nothing and fails the test after ``limit`` waits (a wedge)."""
    calls = [0]

    def sleep(seconds: float) -> None:
        calls[0] += 1
        if calls[0] > limit:
            raise Wedged(f"still waiting after {limit} sleeps")

    return sleep


def key() -> str:
    """A fresh key: a fresh limiter whose limit is not known yet (the first request probes)."""
    return f"wedge-{uuid.uuid4().hex}"


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=PAGE, headers={"X-RateLimit-Limit": "100"})


class Boom:
    """A transport whose first request fails with ``error`` (or answers ``response``)."""

    def __init__(self, first: BaseException | httpx.Response) -> None:
        self.first, self.calls = first, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 1:
            if isinstance(self.first, BaseException):
                raise self.first
            return self.first
        return ok(request)


NESTED = httpx.Response(
    200, headers={"content-type": "application/json"}, content=b"[" * 100_000 + b"]" * 100_000
)
NON_ASCII = httpx.Response(
    200,
    headers=[
        (b"Content-Type", b"application/json"),
        (b"Content-Disposition", 'inline; filename="café.json"'.encode()),
    ],
    content=json.dumps(PAGE).encode(),
)

FIRST_FAILURES: list[BaseException | httpx.Response] = [
    KeyboardInterrupt(),
    RecursionError("maximum recursion depth exceeded"),
    UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
    ValueError("Timeout value connect was -1, but it must be an int, float or None."),
    NESTED,
    NON_ASCII,
]


@pytest.mark.parametrize("first", FIRST_FAILURES, ids=lambda f: type(f).__name__)
def test_any_failure_of_the_first_request_releases_the_probe(
    first: BaseException | httpx.Response,
) -> None:
    handler, token = Boom(first), key()
    api = rawugc.RawUGC(token, transport=httpx.MockTransport(handler), sleep=bounded_sleep())
    http = api.client.get_httpx_client()
    expected = (KeyboardInterrupt, RecursionError, ValueError, rawugc.RawUGCError)
    with contextlib.suppress(*expected):  # whatever the first request raised (not Wedged)
        http.get("/videos")
    # the key's limiter still has no limit: the next request must be let through, not wait
    other = rawugc.RawUGC(token, transport=httpx.MockTransport(handler), sleep=bounded_sleep())
    assert other.limiter is api.limiter  # the same key: the same limiter, from any client
    assert second_request_in_time(other.client.get_httpx_client()) == 200


def second_request_in_time(http: httpx.Client, seconds: float = 5.0) -> int:
    """The status of a request that must not wait for the probe (the limiter polls in real time)."""
    pool = concurrent.futures.ThreadPoolExecutor(1)
    try:
        return pool.submit(lambda: http.get("/videos").status_code).result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        pytest.fail(f"the request still waited for the first one after {seconds} s (wedged)")
    finally:
        pool.shutdown(wait=False)


async def test_cancelled_first_request_releases_the_probe() -> None:
    started = asyncio.Event()
    calls = [0]

    async def handler(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        if calls[0] == 1:
            started.set()
            await asyncio.sleep(3600)
        return ok(request)

    waits = [0]

    async def sleep(seconds: float) -> None:
        waits[0] += 1
        if waits[0] > 200:
            raise Wedged("the second request kept waiting for the probe")
        await asyncio.sleep(0)

    api = rawugc.RawUGC(key(), async_transport=httpx.MockTransport(handler), async_sleep=sleep)
    http = api.client.get_async_httpx_client()
    first = asyncio.create_task(http.get("/videos"))
    await started.wait()
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    response = await asyncio.wait_for(http.get("/videos"), timeout=5)
    assert response.status_code == 200


async def test_async_failures_release_the_probe_too() -> None:
    handler = Boom(RecursionError("deep"))

    async def sleep(seconds: float) -> None:
        bounded(seconds)

    bounded = bounded_sleep()
    api = rawugc.RawUGC(key(), async_transport=httpx.MockTransport(handler), async_sleep=sleep)
    http = api.client.get_async_httpx_client()
    with pytest.raises(RecursionError):
        await http.get("/videos")
    assert (await asyncio.wait_for(http.get("/videos"), timeout=5)).status_code == 200


# -- Retry-After ---------------------------------------------------------------------------

RETRY_AFTERS = [
    "nan",
    "NaN",
    "inf",
    "-inf",
    "-5",
    "1e308",
    "1e400",
    "99999999999",
    "garbage",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Mon, 99 Foo 2015 99:99:99 GMT",
]


@pytest.mark.parametrize("value", RETRY_AFTERS)
def test_retry_after_is_sanitised_sync(value: str) -> None:
    sleeps: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"title": "busy", "status": 503})
        return httpx.Response(503, headers={"Retry-After": value}, content=body)

    policy = rawugc.RetryPolicy(max_retry_after=30.0)
    api = rawugc.RawUGC(
        key(), transport=httpx.MockTransport(handler), sleep=sleeps.append, retry=policy
    )
    with pytest.raises(rawugc.ServerError):
        api.client.get_httpx_client().get("/videos")
    assert len(sleeps) == 2
    for slept in sleeps:
        assert math.isfinite(slept)
        assert 0 <= slept <= 30.0


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "1e400", "garbage"])
async def test_retry_after_never_hangs_async(value: str) -> None:
    """With the real ``asyncio.sleep``: ``sleep(nan)`` would never return."""

    async def handler(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"title": "busy", "status": 503})
        return httpx.Response(503, headers={"Retry-After": value}, content=body)

    policy = rawugc.RetryPolicy(backoff=0.01, max_backoff=0.02, max_retry_after=0.05)
    api = rawugc.RawUGC(key(), async_transport=httpx.MockTransport(handler), retry=policy)
    with pytest.raises(rawugc.ServerError):
        await asyncio.wait_for(api.client.get_async_httpx_client().get("/videos"), timeout=5)


def test_retry_after_parsing() -> None:
    from mediaapis._transport import retry_after

    assert retry_after("7") == 7.0
    assert retry_after("-3") == 0.0
    for value in ("nan", "inf", "-inf", "1e400", "x", "", None):
        assert retry_after(value) is None
    future = retry_after("Fri, 31 Dec 9999 23:59:59 GMT")
    assert future is not None
    assert math.isfinite(future)
    assert (
        rawugc.RetryPolicy(max_retry_after=5).delay(1, httpx.Headers({"Retry-After": "1e9"})) == 5
    )


# -- raw header bytes ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_non_ascii_response_headers_are_kept_as_sent(encoding: str) -> None:
    raw = 'inline; filename="café.json"'.encode(encoding)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers=[(b"Content-Type", b"application/json"), (b"Content-Disposition", raw)],
            content=json.dumps(PAGE).encode(),
        )

    api = rawugc.RawUGC(key(), transport=httpx.MockTransport(handler), sleep=bounded_sleep())
    response = api.client.get_httpx_client().get("/videos")
    assert (b"Content-Disposition", raw) in response.headers.raw
    assert "caf" in response.headers["content-disposition"]
    page = list_videos.sync(client=api.client)  # the generated call parses it as usual
    assert isinstance(page, VideoList)
    assert page.videos == []


# -- settings checked at construction ------------------------------------------------------


@pytest.mark.parametrize(
    ("timeout", "error"),
    [
        (-1, ValueError),
        (0, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        ("5", TypeError),
        (True, TypeError),
        (httpx.Timeout(5.0, connect=-1.0), ValueError),
        (httpx.Timeout(math.nan), ValueError),
    ],
)
def test_bad_timeouts_are_refused_naming_the_setting(timeout: object, error: type) -> None:
    with pytest.raises(error, match="timeout"):
        rawugc.RawUGC(key(), timeout=timeout)  # type: ignore[arg-type]
    with pytest.raises(error, match="timeout"):
        icp.icp_client(CREDS, timeout=timeout)  # type: ignore[arg-type]
    from mediaapis.icp.client import BaseICP

    with pytest.raises(error, match="timeout"):
        BaseICP(credentials=CREDS, timeout=timeout)  # type: ignore[arg-type]


def test_good_timeouts_are_accepted() -> None:
    assert rawugc.RawUGC(key(), timeout=5).client.get_httpx_client().timeout.read == 5
    assert rawugc.RawUGC(key(), timeout=None).client.get_httpx_client().timeout.read is None


@pytest.mark.parametrize("api_key", ["", "   ", "\t"])
def test_blank_api_key_is_refused_at_once(api_key: str) -> None:
    with pytest.raises(rawugc.MissingAPIKeyError, match="api_key"):
        rawugc.RawUGC(api_key)


@pytest.mark.parametrize(
    ("api_key", "error"),
    [(123, TypeError), (b"bytes-key", TypeError), ("key\n", ValueError), ("ké-y", ValueError)],
)
def test_unusable_api_key_is_refused_naming_it(api_key: object, error: type) -> None:
    with pytest.raises(error, match="api_key"):
        rawugc.RawUGC(api_key)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["", "   ", "rawugc.com/api/v1", "ftp://h/x", "http://"])
def test_bad_base_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        rawugc.RawUGC(key(), base_url=url)
    with pytest.raises(ValueError, match="base_url"):
        icp.icp_client(CREDS, base_url=url)


@pytest.mark.parametrize(
    ("setting", "value", "error"),
    [
        ("max_retries", -1, ValueError),
        ("max_retries", 1.5, TypeError),
        ("rate_limit_retries", -2, ValueError),
        ("backoff", math.nan, ValueError),
        ("backoff", -0.1, ValueError),
        ("max_backoff", math.inf, ValueError),
        ("max_retry_after", math.nan, ValueError),
        ("max_retry_after", "60", TypeError),
        ("jitter_floor", 2.0, ValueError),
    ],
)
def test_retry_policy_values_are_checked(setting: str, value: object, error: type) -> None:
    with pytest.raises(error, match=f"RetryPolicy.{setting}"):
        rawugc.RetryPolicy(**{setting: value})  # type: ignore[arg-type]


def test_max_retries_argument_is_checked() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        rawugc.RawUGC(key(), max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        icp.icp_client(CREDS, max_retries=-1)


def test_icp_batch_and_page_sizes_are_checked() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = icp.icp_client(CREDS, transport=httpx.MockTransport(handler), sleep=lambda _: None)
    with pytest.raises(TypeError, match="media_ids must be a list"):
        icp.get_media_infos(client, "7161000000000000001")
    with pytest.raises(TypeError, match="media_ids must be a list"):
        icp.get_media_infos(client, b"7161000000000000001")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"media_ids\[0\] .* must be a string"):
        icp.get_media_infos(client, [7161000000000000001])  # type: ignore[list-item]
    from mediaapis.spec import operations

    facts = operations("icp")
    batch, paging = facts["getMediaInfo"].batch, facts["getMediaList"].paging
    assert batch is not None
    assert batch.limit is not None
    assert paging is not None
    assert paging.size_max is not None
    limit = batch.limit
    for size in (0, -1, limit + 1):
        with pytest.raises(ValueError, match=f"batch_size must be between 1 and {limit}"):
            icp.get_media_infos(client, ["a"], batch_size=size)
    from volc_icp_client.models import Owner

    with pytest.raises(ValueError, match=f"page_size .* at most {paging.size_max} allowed"):
        next(icp.iter_media(client, Owner(type_="PERSON", id=1), page_size=paging.size_max + 1))
    assert sent == []  # refused before anything was sent


def test_base_urls_are_read_from_the_environment() -> None:
    from mediaapis.icp.client import BaseICP

    env = {"RAWUGC_API_KEY": key(), "RAWUGC_BASE_URL": "http://127.0.0.1:9/v9/"}
    assert rawugc.RawUGC(environ=env).base_url == "http://127.0.0.1:9/v9"
    assert rawugc.RawUGC(environ={**env, "RAWUGC_BASE_URL": ""}).base_url.startswith("https://")
    with pytest.raises(ValueError, match="RAWUGC_BASE_URL"):
        rawugc.RawUGC(environ={**env, "RAWUGC_BASE_URL": "nope"})
    volc = {"VOLC_ACCESSKEY": "AKLTenv", "VOLC_SECRETKEY": "sk-env", "VOLC_ICP_BASE_URL": ""}
    volc["VOLC_ICP_BASE_URL"] = "http://127.0.0.1:9/"
    assert BaseICP(environ=volc).base_url == "http://127.0.0.1:9"
    client = icp.icp_client(CREDS, environ=volc)
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9"


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_errors_name_the_host_tried() -> None:
    port = closed_port()
    api = rawugc.RawUGC(key(), base_url=f"http://127.0.0.1:{port}/api", sleep=lambda _: None)
    with pytest.raises(rawugc.APIConnectionError) as info:
        api.client.get_httpx_client().get("/videos")
    assert f"http://127.0.0.1:{port}" in str(info.value)
    assert info.value.host == f"http://127.0.0.1:{port}"
    client = icp.icp_client(CREDS, base_url=f"http://127.0.0.1:{port}", sleep=lambda _: None)
    from volc_icp_client.api.users import list_users
    from volc_icp_client.models import ListUsersRequest

    with pytest.raises(icp.errors.VolcConnectionError) as volc:
        list_users.sync(client=client, body=ListUsersRequest())
    assert f"127.0.0.1:{port}" in str(volc.value)
    assert volc.value.operation == "listUsers"
