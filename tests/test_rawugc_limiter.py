"""The limiter never wedges and paces on an injected clock: server and config values that
would wait for ever are ignored or refused, a Reset in the past or given as seconds from now
backs off instead of bursting, the first request never blocks the others for ever, and each
client's clock gets its own limiter (a test's mock clock paces apart from the wall clock)."""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import math
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import httpx
import pytest

from mediaapis import _pacing as ratelimit
from mediaapis import rawugc
from mediaapis._pacing import Limiter, key_identity, limiter_for
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks._core import ManualClock
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.api.characters import list_characters


def fresh(settings: rawugc.RateLimit) -> Limiter:
    return Limiter(settings, key_identity(uuid.uuid4().hex, "x"))


def manual(**settings: object) -> tuple[ManualClock, rawugc.RateLimit]:
    clock = ManualClock()
    return clock, rawugc.RateLimit(clock=clock.now, sleep=clock.advance, **settings)  # type: ignore[arg-type]


# -- values that would wait for ever --------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "0", "-100"])
def test_a_limit_below_one_from_the_server_is_ignored(value: str) -> None:
    limiter = fresh(rawugc.RateLimit())
    assert limiter.try_acquire() == 0  # the first request, to learn the limit
    assert limiter.observe(200, {"x-ratelimit-limit": value}) is None
    assert limiter.limit is None
    assert [limiter.try_acquire() for _ in range(20)] == [0] * 20  # nothing to pace by


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("limit", 0),
        ("limit", -1),
        ("limit", 1.5),
        ("limit", True),
        ("window", 0),
        ("window", -60),
        ("window", math.nan),
        ("window", math.inf),
        ("window", "60"),
        ("margin", math.nan),
        ("margin", -1),
        ("margin", math.inf),
        ("storage", ""),
        ("storage", "reddis://127.0.0.1:6379"),  # a typo: no storage of the limits library
        ("enabled", "no"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(setting: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"RateLimit\.{setting}"):
        rawugc.RateLimit(**{setting: value})  # type: ignore[arg-type]


def test_a_clock_needs_its_sleep_and_the_memory_storage() -> None:
    clock = ManualClock()
    with pytest.raises(ValueError, match=r"RateLimit\.clock needs RateLimit\.sleep"):
        rawugc.RateLimit(clock=clock.now)
    with pytest.raises(ValueError, match=r"RateLimit\.sleep needs RateLimit\.clock"):
        rawugc.RateLimit(sleep=clock.advance)
    with pytest.raises(ValueError, match=r"'memory://' only"):
        rawugc.RateLimit(clock=clock.now, sleep=clock.advance, storage="redis://127.0.0.1:1")
    with pytest.raises(ValueError, match="whole seconds"):
        rawugc.RateLimit(window=1.5, storage="redis://127.0.0.1:1")


@pytest.mark.parametrize("seconds", [math.nan, -1.0])
def test_pause_refuses_nan_and_negative_and_caps_huge(seconds: float) -> None:
    limiter = fresh(rawugc.RateLimit(window=60, limit=10))
    with pytest.raises(ValueError, match="pause seconds"):
        limiter.pause(seconds)
    limiter.pause(math.inf)
    assert 59 < limiter.try_acquire() <= 60 + limiter.settings.slack


def test_a_reset_in_the_past_or_seconds_from_now_never_asks_for_a_burst() -> None:
    limiter = fresh(rawugc.RateLimit(window=60, limit=10))
    past = str(int(time.time()) - 5)
    waits = [limiter.observe(429, {"x-ratelimit-reset": past}) for _ in range(5)]
    assert waits == [6.0, 12.0, 24.0, 48.0, 60 + limiter.settings.slack]  # a slot's share, x2
    assert limiter.observe(429, {"x-ratelimit-reset": "30"}) == pytest.approx(30.01)  # delta
    missing = fresh(rawugc.RateLimit(window=60))
    assert missing.observe(429, {}) == 1.0  # no limit known, no Reset: a second, then more
    assert missing.observe(429, {}) == 2.0


def test_an_always_429_server_with_a_stale_reset_is_not_hammered() -> None:
    """The transport's 5 rate-limit retries, on the limiter's (manual) clock: the 6 requests
    are spread over minutes, not 80 ms."""
    clock, settings = manual(window=60)
    sent: list[float] = []

    def always_429(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now())
        stale = str(int(clock.now()) - 5)  # a Unix time already past
        headers = {
            "X-RateLimit-Limit": "10",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": stale,
        }
        return httpx.Response(429, headers=headers, json={"title": "Too Many Requests"})

    api = rawugc.RawUGC(
        uuid.uuid4().hex, transport=httpx.MockTransport(always_429), rate_limit=settings
    )
    started = time.monotonic()
    with pytest.raises(rawugc.RateLimitError):
        api.client.get_httpx_client().get("/characters")
    assert time.monotonic() - started < 5  # no real time spent: the waits moved the clock
    assert len(sent) == 6
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert min(gaps) >= 5.9
    assert sent[-1] - sent[0] >= 140


# -- the first request, sent alone to learn the limit -----------------------------------------


def test_the_first_request_is_released_when_learning_fails() -> None:
    """The probe's own hit in a storage that is down raises inside ``observe``: the next
    request may still go (it used to wait for ever)."""
    limiter = Limiter(rawugc.RateLimit(storage="redis://127.0.0.1:1"), uuid.uuid4().hex)
    assert limiter.try_acquire() == 0
    with pytest.raises(Exception, match=r"(?i)connect|refused"):
        limiter.observe(200, {"x-ratelimit-limit": "5"})
    assert limiter.try_acquire() == 0


def test_an_unanswered_first_request_stops_blocking_after_a_while(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ratelimit, "_PROBE_TIMEOUT", 0.2)
    limiter = fresh(rawugc.RateLimit())
    assert limiter.try_acquire() == 0  # goes out, and its answer never comes back
    assert 0 < limiter.try_acquire() < 0.1
    time.sleep(0.25)
    assert limiter.try_acquire() == 0  # another request may learn the limit


def test_waiting_for_the_first_answer_is_real_time_not_clock_time() -> None:
    """On a manual clock, callers queued behind the first request must not spin the clock."""
    clock, settings = manual()
    limiter = fresh(settings)
    assert limiter.try_acquire() == 0
    start = clock.now()

    def answer() -> None:
        time.sleep(0.1)
        limiter.observe(200, {"x-ratelimit-limit": "10"})

    thread = threading.Thread(target=answer)
    thread.start()
    limiter.acquire()
    thread.join()
    assert clock.now() == start
    assert limiter.limit == 10


# -- pacing on an injected clock, a limiter per clock -----------------------------------------


def test_the_moving_window_runs_on_the_injected_clock() -> None:
    clock, settings = manual(window=10, limit=3, margin=0.5)
    limiter = fresh(settings)
    assert [limiter.try_acquire() for _ in range(3)] == [0, 0, 0]
    assert limiter.try_acquire() == pytest.approx(10.5)
    clock.advance(10.5)
    assert limiter.try_acquire() == 0
    started = time.monotonic()
    for _ in range(6):
        limiter.acquire()
    assert time.monotonic() - started < 1  # 2 windows of waiting, on the manual clock
    assert clock.now() - 1_772_755_200.0 >= 30


@pytest.fixture
def vendor_key(rawugc_mock: RawUGCMock) -> str:
    """A key with the vendor's limit: 10 requests a minute (the mock on its manual clock)."""
    key = f"manual-{uuid.uuid4().hex}"
    rawugc_mock.add_key(key, org=TEST_ORG)
    assert rawugc_mock.rate_limit == 10
    assert rawugc_mock.rate_window == 60
    return key


def test_pacing_on_the_mock_clock_costs_no_real_time(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, vendor_key: str
) -> None:
    clock = rawugc_mock.clock
    assert isinstance(clock, ManualClock)
    settings = rawugc.RateLimit(clock=clock.now, sleep=clock.advance)
    api = rawugc.RawUGC(vendor_key, base_url=rawugc_server.base_url, rate_limit=settings)
    start, started = clock.now(), time.monotonic()
    client = api.client.get_httpx_client()
    for _ in range(30):
        assert client.get("/characters").status_code == 200
    assert time.monotonic() - started < 5
    assert rawugc_mock.calls["listCharacters"] == 30  # not one 429 on the wire
    assert clock.now() - start >= 2 * 60  # the vendor's 10 a minute, on the mock's clock


async def test_async_pacing_on_the_mock_clock(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, vendor_key: str
) -> None:
    clock = rawugc_mock.clock
    assert isinstance(clock, ManualClock)
    settings = rawugc.RateLimit(clock=clock.now, sleep=clock.advance)
    api = rawugc.RawUGC(vendor_key, base_url=rawugc_server.base_url, rate_limit=settings)
    start, started = clock.now(), time.monotonic()
    async with api:
        pages = await asyncio.gather(
            *(list_characters.asyncio(client=api.client) for _ in range(25))
        )
    assert all(page is not None for page in pages)
    assert time.monotonic() - started < 5
    assert rawugc_mock.calls["listCharacters"] == 25
    assert clock.now() - start >= 2 * 60


def test_each_clock_gets_its_own_limiter_and_settings_never_silently_lose() -> None:
    key, url = uuid.uuid4().hex, "http://127.0.0.1:1"
    first_clock, first = manual()
    second_clock, second = manual()
    one = limiter_for(key, url, first)
    assert limiter_for(key, url, first) is one
    assert limiter_for(key, url, second) is not one  # the next test's fresh mock clock
    assert limiter_for(key, url, rawugc.RateLimit()) is not one  # the wall clock
    wall = limiter_for(key, url)
    assert limiter_for(key, url, rawugc.RateLimit()) is wall
    with pytest.raises(ValueError, match=r"rate_limit=RateLimit.*enabled=False.*conflicts"):
        limiter_for(key, url, rawugc.RateLimit(enabled=False))  # used to be silently ignored
    other = rawugc.RateLimit(clock=first_clock.now, sleep=first_clock.advance, window=30)
    with pytest.raises(ValueError, match="conflicts"):
        limiter_for(key, url, other)
    assert limiter_for(key, url) is wall  # no settings: share the one in use
    assert second_clock.now() == first_clock.now()


def test_memory_pacing_needs_no_limits_package() -> None:
    """``limits`` (Redis storage) is optional: memory pacing works with it not installed."""
    script = textwrap.dedent(
        """
        import sys

        class NoLimits:
            def find_spec(self, name, path=None, target=None):
                if name == "limits" or name.startswith("limits."):
                    raise ImportError("limits is not installed")
                return None

        sys.meta_path.insert(0, NoLimits())
        from mediaapis.rawugc.ratelimit import Limiter, RateLimit

        limiter = Limiter(RateLimit(window=60, limit=2), "x")
        assert [limiter.try_acquire() for _ in range(2)] == [0, 0]
        assert limiter.try_acquire() > 59
        try:
            Limiter(RateLimit(storage="redis://127.0.0.1:1"), "y")
        except ValueError as error:
            assert "mediaapis[redis]" in str(error), error
        else:
            raise AssertionError("redis storage without limits was accepted")
        assert "limits" not in sys.modules
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_a_request_holds_its_slot_until_a_window_after_its_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a clock that jumps while requests fly, a slot frees a window after the answer (the
    server counted the request on arrival, in between), not a window after it was sent."""
    clock, settings = manual(window=60, limit=2, margin=0.5)
    limiter = fresh(settings)
    slots: list[contextvars.Context] = []
    for _ in range(2):  # two requests in flight, each from its own task or thread
        context = contextvars.copy_context()
        assert context.run(limiter.try_acquire) == 0
        slots.append(context)
    clock.advance(1000)  # someone else's sleep moves the clock meanwhile
    assert 0 < limiter.try_acquire() < 0.1  # both still unanswered: wait for an answer
    slots[0].run(limiter.observe, 200, {})  # the first answer comes now
    assert limiter.try_acquire() == pytest.approx(60.5)  # a window after it
    monkeypatch.setattr(ratelimit, "_UNANSWERED", 0.0)  # the second is never answered
    clock.advance(60.5)
    assert [limiter.try_acquire(), limiter.try_acquire()] == [0, 0]


def test_an_unreported_failure_on_the_wall_clock_holds_a_slot_one_window() -> None:
    limiter = fresh(rawugc.RateLimit(window=1, limit=1, margin=0.05))
    assert contextvars.copy_context().run(limiter.try_acquire) == 0  # fails, never reported
    assert limiter.try_acquire() > 0
    started = time.monotonic()
    limiter.acquire()  # the slot ages as if sent then: free a window later, no more
    assert 0.85 < time.monotonic() - started < 1.5


def test_a_shared_storage_limiter_is_built_through_the_registry() -> None:
    """``limiter_for`` with a Redis URI returns (its storage is made under another lock)."""
    found: list[Limiter] = []
    settings = rawugc.RateLimit(storage="redis://127.0.0.1:1")
    worker = threading.Thread(
        target=lambda: found.append(limiter_for(uuid.uuid4().hex, "http://h", settings)),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=10)
    assert found, "limiter_for deadlocked building a shared-storage limiter"
    assert found[0].settings == settings


# -- what the server says of the key's budget -----------------------------------------------


def _answered(limiter: Limiter, remaining: int, limit: int = 3) -> float:
    """Send one request through ``limiter`` (0 when it may go now) and read its answer."""
    wait = limiter.try_acquire()
    if not wait:
        limiter.observe(
            200, {"x-ratelimit-limit": str(limit), "x-ratelimit-remaining": str(remaining)}
        )
    return wait


def test_a_server_that_no_longer_counts_old_requests_frees_their_slots() -> None:
    """A fresh server (a restart, each test's new mock) says it counts only the new request:
    the earlier answered requests must not hold the next ones up."""
    limiter = fresh(rawugc.RateLimit(limit=3))
    assert [_answered(limiter, remaining=2) for _ in range(6)] == [0] * 6


def test_a_server_that_counts_every_request_is_still_honoured() -> None:
    limiter = fresh(rawugc.RateLimit(limit=3))
    assert [_answered(limiter, remaining) for remaining in (2, 1, 0)] == [0, 0, 0]
    assert _answered(limiter, remaining=0) > 50  # the window is full: wait for its oldest


def test_requests_answered_after_this_one_was_sent_are_kept() -> None:
    """Only requests answered before this one was sent are known to have reached the server
    first; the ones answered meanwhile may still be counted, whatever this answer says."""
    limiter = fresh(rawugc.RateLimit(limit=3))
    context = contextvars.copy_context()
    assert context.run(limiter.try_acquire) == 0  # sent first, answered last
    assert _answered(limiter, remaining=2) == 0
    assert _answered(limiter, remaining=1) == 0
    context.run(limiter.observe, 200, {"x-ratelimit-remaining": "2"})  # a stale count
    assert limiter.try_acquire() > 50  # three requests in the window: none forgotten


def test_fresh_mocks_on_one_server_pace_nothing(rawugc_api_key: str) -> None:
    """The downstream-suite case: each test serves a fresh mock on the same address; a client
    sending two requests per mock never waits, and the mocks see no 429."""
    from mediaapis import RawUGC
    from mediaapis_mocks.pytest_plugin import Swappable

    clock, app = ManualClock(), Swappable()
    with LoopbackServer(app) as server:
        started = clock.now()
        for _ in range(8):
            mock = app.target = RawUGCMock(clock=clock)
            with RawUGC(
                rawugc_api_key, base_url=server.base_url, clock=clock, sleep=clock.sleep
            ) as client:
                client.characters.list()
                client.characters.list()
            assert mock.calls["listCharacters"] == 2
        assert clock.now() == started  # no pacing wait on the shared clock


def test_limiters_of_many_keys_are_not_kept_for_ever() -> None:
    """A service serving thousands of keys keeps a limiter only while a client uses it or its
    requests are still in the window."""
    import gc
    import weakref

    settings = rawugc.RateLimit(window=0.05, limit=10)
    kept = []
    for n in range(300):
        limiter = limiter_for(f"key-{n}", "http://many.example", settings)
        assert _answered(limiter, remaining=9, limit=10) == 0
        kept.append(weakref.ref(limiter))
    held = limiter_for("key-0", "http://many.example")  # a client still using its key
    assert held is kept[0]()
    del limiter
    time.sleep(0.06)  # every window has passed
    for n in range(200):  # other keys come and go
        limiter_for(f"other-{n}", "http://other.example", settings)
    gc.collect()
    assert [ref for ref in kept if ref() is not None] == [kept[0]]
    assert limiter_for("key-0", "http://many.example") is held


def test_every_pacing_wait_is_logged_with_its_reason(
    rawugc_api: rawugc.RawUGC, rawugc_api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A service idle for a minute says why: each wait for the key's window is one INFO line
    on the ``mediaapis`` logger, with how long; never the key."""
    caplog.set_level("INFO", logger="mediaapis")
    for _ in range(11):  # the vendor's 10 a minute, then one more
        rawugc_api.characters.list()
    waits = [r for r in caplog.records if r.name == "mediaapis.pacing"]
    assert len(waits) == 1
    message = waits[0].getMessage()
    assert "the key's window is full" in message
    assert "10 requests / 60s" in message
    seconds = float(message.split("waiting ")[1].split("s ")[0])
    assert 55 < seconds <= 62
    assert all(rawugc_api_key not in r.getMessage() for r in caplog.records)


def test_a_pause_from_the_server_is_logged_with_what_the_server_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("INFO", logger="mediaapis.pacing")
    clock, settings = manual(limit=5)
    limiter = fresh(settings)
    assert limiter.try_acquire() == 0
    limiter.observe(429, {"x-ratelimit-reset": str(int(clock.now()) + 20)})
    limiter.acquire()
    (record,) = caplog.records
    assert "a 429 until its X-RateLimit-Reset" in record.getMessage()


def test_one_clock_object_is_the_whole_time_line(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> None:
    """``clock=mock.clock`` alone: pacing waits on that clock's sleep (before, the sleeps stayed
    real while the clock stood still: a paced request waited for ever)."""
    from mediaapis import RawUGC

    clock = rawugc_mock.clock
    started = clock.now()
    done = threading.Event()

    def eleven() -> None:
        with RawUGC(rawugc_api_key, base_url=rawugc_server.base_url, clock=clock) as client:
            for _ in range(11):  # one more than the vendor's 10 a minute
                client.characters.list()
        done.set()

    worker = threading.Thread(target=eleven, daemon=True)
    worker.start()
    assert done.wait(20), "a paced request waited in real time on a clock that never moves"
    assert 55 < clock.now() - started < 65


def test_a_clock_that_is_neither_a_clock_nor_a_callable_is_refused() -> None:
    from mediaapis import ICP, RawUGC

    with pytest.raises(TypeError, match="clock must be a clock object"):
        RawUGC("rk_test_x", clock=42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sleep must be callable"):
        RawUGC("rk_test_x", sleep=1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="clock must be a clock object"):
        ICP("AKLTexample", "secret", clock="now")  # type: ignore[arg-type]
