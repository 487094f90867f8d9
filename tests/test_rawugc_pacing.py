"""Pacing: many threads and tasks on one key stay under its limit (in one process, and across
limiters sharing a real Redis), the limit is learned from the headers, and a 429 is waited out."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid

import httpx
import pytest

from mediaapis import rawugc
from mediaapis.rawugc.auth import BearerKeyAuth
from mediaapis.rawugc.ratelimit import Limiter, key_identity
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks._core import Clock, Fault
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.api.characters import list_characters
from rawugc_client.api.videos import generate_video
from rawugc_client.models import GenerateVideoRequest

LIMIT, WINDOW = 4, 1
# a slot is reused only this long after the window: absorbs scheduling jitter on a loaded
# 2-core machine (the default, 2 % of the window, is sized for minute-long windows)
MARGIN = 0.25


@pytest.fixture
def paced(rawugc_mock: RawUGCMock) -> tuple[RawUGCMock, str]:
    """The mock on the wall clock with a key allowed LIMIT requests per WINDOW seconds."""
    rawugc_mock.clock = Clock()
    rawugc_mock.rate_window = float(WINDOW)
    key = f"paced-{uuid.uuid4().hex}"
    rawugc_mock.add_key(key, org=TEST_ORG, rate_limit=LIMIT)
    return rawugc_mock, key


def hammer(clients: list[httpx.Client], total: int, threads: int) -> tuple[list[float], int]:
    """``total`` listCharacters calls from ``threads`` threads; (finish times, 429s seen)."""
    left, done, refused, lock = [total], [], [0], threading.Lock()

    def worker(index: int) -> None:
        client = clients[index % len(clients)]
        while True:
            with lock:
                if left[0] <= 0:
                    return
                left[0] -= 1
            try:
                client.get("/characters").raise_for_status()
                with lock:
                    done.append(time.monotonic())
            except rawugc.RateLimitError:
                refused[0] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return sorted(done), refused[0]


def assert_paced(mock: RawUGCMock, done: list[float], refused: int, total: int) -> None:
    assert refused == 0
    assert len(done) == total
    assert mock.calls["listCharacters"] == total  # not one 429 reached the wire
    # and no faster than the limit allows: total/LIMIT windows, the first one free
    assert done[-1] - done[0] >= (total / LIMIT - 1) * WINDOW * 0.98


def test_threads_on_one_key_stay_under_the_limit(
    paced: tuple[RawUGCMock, str], rawugc_server: LoopbackServer
) -> None:
    mock, key = paced
    api = rawugc.RawUGC(
        key, base_url=rawugc_server.base_url, rate_limit=rawugc.RateLimit(WINDOW, margin=MARGIN)
    )
    other = rawugc.RawUGC(key, base_url=rawugc_server.base_url)  # the same process limiter
    assert other.limiter is api.limiter
    clients = [api.client.get_httpx_client(), other.client.get_httpx_client()]
    done, refused = hammer(clients, total=12, threads=20)
    assert_paced(mock, done, refused, 12)
    assert api.limiter.limit == LIMIT  # learned from X-RateLimit-Limit


async def test_tasks_on_one_key_stay_under_the_limit(
    paced: tuple[RawUGCMock, str], rawugc_server: LoopbackServer
) -> None:
    mock, key = paced
    api = rawugc.RawUGC(
        key, base_url=rawugc_server.base_url, rate_limit=rawugc.RateLimit(WINDOW, margin=MARGIN)
    )
    async with api:
        results = await asyncio.gather(
            *(list_characters.asyncio(client=api.client) for _ in range(8))
        )
    assert all(r is not None for r in results)
    assert mock.calls["listCharacters"] == 8


def test_a_429_is_waited_out_until_reset_then_retried(
    paced: tuple[RawUGCMock, str], rawugc_server: LoopbackServer
) -> None:
    mock, key = paced
    mock.rate_limit = LIMIT
    mock.faults.add("generateVideo", Fault(kind="rate_limit", seconds=0.5, times=1))
    attempts: list[tuple[float, str | None]] = []  # (sent at, X-RateLimit-Reset answered)

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent = time.time()
            response = super().handle_request(request)
            attempts.append((sent, response.headers.get("x-ratelimit-reset")))
            return response

    api = rawugc.RawUGC(key, base_url=rawugc_server.base_url, transport=Recording())
    body = GenerateVideoRequest(model="veo3_fast", prompt="after the wait")
    accepted = generate_video.sync(client=api.client, body=body)
    assert accepted is not None
    assert len(attempts) == 2
    (first, reset), (retried, _) = attempts
    assert reset is not None
    assert int(reset) - first <= 2  # the injected 429 announced a reset ~0.5 s ahead
    assert retried >= int(reset)  # and the retry waited for it
    assert mock.calls["generateVideo"] == 1  # the 429 was not executed; the retry was, once
    assert len([c for c in mock.charges if c.operation_id == "generateVideo"]) == 1


def test_limit_is_learned_and_someone_elses_use_pauses_everyone() -> None:
    limiter = Limiter(rawugc.RateLimit(window=60), key_identity(uuid.uuid4().hex, "x"))
    assert limiter.try_acquire() == 0  # the first request goes alone, to learn the limit
    assert 0 < limiter.try_acquire() < 0.1  # the next one waits for it
    reset = int(time.time()) + 30
    headers = {"x-ratelimit-limit": "3", "x-ratelimit-remaining": "2", "x-ratelimit-reset": "0"}
    assert limiter.observe(200, headers) is None
    assert limiter.limit == 3
    assert [limiter.try_acquire() for _ in range(2)] == [0, 0]  # 3 in the window with the probe
    assert limiter.try_acquire() > 59  # the window is full for a minute
    other = Limiter(rawugc.RateLimit(window=60, limit=10), key_identity(uuid.uuid4().hex, "x"))
    assert other.try_acquire() == 0
    used_up = {"x-ratelimit-limit": "10", "x-ratelimit-remaining": "0"}
    wait = other.observe(200, {**used_up, "x-ratelimit-reset": str(reset)})
    assert wait is not None
    assert 28 < wait <= 31
    assert other.try_acquire() > 28


@pytest.mark.parametrize("scale", [1, 1000], ids=["seconds", "milliseconds"])
def test_a_reset_in_seconds_or_milliseconds_waits_the_same(scale: int) -> None:
    """The page calls X-RateLimit-Reset a "unix timestamp" without a unit: both read alike."""
    limiter = Limiter(rawugc.RateLimit(window=60, limit=10), key_identity(uuid.uuid4().hex, "x"))
    reset = str(int((time.time() + 5) * scale))
    wait = limiter.observe(429, {"x-ratelimit-limit": "10", "x-ratelimit-reset": reset})
    assert wait is not None
    assert 3.5 < wait <= 5.1
    error = rawugc.RateLimitError(
        status_code=429,
        problem={"title": "Too Many Requests"},
        method="GET",
        path="/videos",
        headers={"X-RateLimit-Reset": reset},
    )
    assert error.reset_at is not None
    assert abs(error.reset_at - (time.time() + 5)) < 1.5


def test_no_rate_limit_headers_means_no_pacing() -> None:
    api = rawugc.RawUGC(
        uuid.uuid4().hex, transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    client = api.client.get_httpx_client()
    started = time.monotonic()
    for _ in range(50):
        client.get("/characters")
    assert time.monotonic() - started < 2.0
    assert api.limiter.limit is None


# -- the shared backend ---------------------------------------------------------------------


def stack(key: str, base_url: str, limiter: Limiter) -> httpx.Client:
    """What one process's client would be: its own limiter object on the shared storage."""
    options = rawugc.StackOptions(limiter=limiter)
    return httpx.Client(
        base_url=base_url,
        auth=BearerKeyAuth(key),
        transport=rawugc.RawUGCTransport(httpx.HTTPTransport(), options),
    )


def test_limiters_sharing_redis_stay_under_the_limit_together(
    paced: tuple[RawUGCMock, str], rawugc_server: LoopbackServer, redis_url: str
) -> None:
    mock, key = paced
    settings = rawugc.RateLimit(window=WINDOW, storage=redis_url, margin=MARGIN)
    identity = key_identity(key, rawugc_server.base_url)
    limiters = [Limiter(settings, identity) for _ in range(3)]  # three "processes"
    clients = [stack(key, rawugc_server.base_url, limiter) for limiter in limiters]
    done, refused = hammer(clients, total=12, threads=15)
    probes = len(limiters)  # each process sends one request alone to learn the limit
    assert refused == 0
    assert len(done) == 12
    assert mock.calls["listCharacters"] - 12 <= probes - 1  # at most the probes' overlap
    assert done[-1] - done[0] >= (12 / LIMIT - 1) * WINDOW * 0.98


async def test_async_limiter_on_redis(
    paced: tuple[RawUGCMock, str], rawugc_server: LoopbackServer, redis_url: str
) -> None:
    mock, key = paced
    settings = rawugc.RateLimit(window=WINDOW, storage=redis_url, limit=LIMIT, margin=MARGIN)
    limiter = Limiter(settings, "a" + key)
    client = httpx.AsyncClient(
        base_url=rawugc_server.base_url,
        auth=BearerKeyAuth(key),
        transport=rawugc.AsyncRawUGCTransport(options=rawugc.StackOptions(limiter=limiter)),
    )
    started = time.monotonic()
    async with client:
        responses = await asyncio.gather(*(client.get("/characters") for _ in range(8)))
    assert [r.status_code for r in responses] == [200] * 8
    assert mock.calls["listCharacters"] == 8
    assert time.monotonic() - started >= WINDOW * 0.98  # the second four waited a window
