"""Pacing under a key's rate limit, shared by every thread and task (and, with Redis, process).

The window is a moving window (no span of ``window`` seconds holds more than ``limit``
requests). ``memory://`` keeps it in this process, on the limiter's clock (the wall clock, or
an injected one such as a mock's manual clock, with the sleep that advances it); any other
storage URI (``redis://host:port``) is a ``limits`` storage shared by several processes or
hosts on one key, on the wall clock (``limits`` is imported only then: the ``[redis]`` extra).
What the API reports is learned on the way: a positive ``X-RateLimit-Limit`` sets the limit,
and ``Remaining: 0`` while this limiter still has room (someone else uses the key) or a ``429``
pauses every caller until ``X-RateLimit-Reset`` (or, when the Reset is missing, in the past or
garbled, for a back-off that grows with each 429 in a row: never a burst of retries).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._checks import check_number
from ._clock import async_sleep

if TYPE_CHECKING:  # imported on first use: ``import mediaapis.rawugc`` stays light
    import asyncio

    from limits import RateLimitItemPerSecond
    from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
    from limits.storage import Storage
    from limits.strategies import MovingWindowRateLimiter

_PROBE_POLL = 0.02  # real seconds between looks while the first request learns the limit
_PROBE_TIMEOUT = 120.0  # real seconds after which an unanswered first request stops blocking
_UNANSWERED = 10.0  # real seconds a request on an injected clock holds its slot unanswered
_DELTA_BELOW = 1e9  # a Reset below this (before 2001) is seconds from now, not a Unix time
MEMORY = "memory://"
# every pacing wait is logged here (INFO: how long and why; never the key, only its hash)
log = logging.getLogger("mediaapis.pacing")


def unix_seconds(timestamp: float) -> float:
    """A Unix timestamp in seconds; one above 10^12 is read as milliseconds (the page says only
    "unix timestamp" for ``X-RateLimit-Reset``; the spec assumes seconds)."""
    return timestamp / 1000 if timestamp > 1e12 else float(timestamp)


def header_int(value: str | None) -> int | None:
    """A whole number header of ASCII digits (``int`` also takes ``'²'``-like digits of other
    scripts and spaces, ``str.isdigit`` takes superscripts it cannot read); None otherwise."""
    if value is None or not value.isascii() or not value.isdigit():
        return None
    return int(value)


def _unknown_scheme(scheme: str) -> bool:
    """True when ``scheme`` is known to be no storage of the ``limits`` library (unknown when
    the library, an extra, is not installed: the limiter says so when it is built)."""
    try:
        import limits.storage
    except ImportError:
        return False
    schemes = getattr(limits.storage, "SCHEMES", None)  # what storage_from_string reads
    return schemes is not None and scheme not in schemes


@dataclass(frozen=True)
class RateLimit:
    """How to pace one key.

    ``window``: seconds per window (the API's is a minute; whole seconds with a shared
    storage, whose expiry is in whole seconds). ``limit``: requests per window, learned from
    ``X-RateLimit-Limit`` when None. ``margin``: extra seconds before a slot is reused, for
    network jitter (default 2 % of the window, at least 50 ms). ``storage``: ``memory://`` or
    a ``limits`` storage URI (``redis://...``, needs ``mediaapis[redis]``). ``enabled=False``
    turns pacing off (429s are still waited out). ``clock`` (Unix seconds) and ``sleep`` /
    ``async_sleep`` (which must advance that clock) run the pacing on another time, e.g. a
    mock's ``ManualClock``: ``RateLimit(clock=clock.now, sleep=clock.advance)``; they come
    together, only with ``memory://``, and the limiter then always waits with its own sleep.
    Every value is checked here: a bad one raises ``ValueError`` naming it.
    """

    window: float = 60
    limit: int | None = None
    margin: float | None = None
    storage: str = MEMORY
    enabled: bool = True
    clock: Callable[[], float] | None = field(default=None, repr=False)
    sleep: Callable[[float], None] | None = field(default=None, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        seconds, refused = " seconds", ValueError  # RateLimit raises ValueError for every setting
        check_number(
            "RateLimit.window", self.window, positive=True, unit=seconds, type_error=refused
        )
        if self.limit is not None:  # None: learnt from X-RateLimit-Limit
            check_number("RateLimit.limit", self.limit, integer=True, positive=True,
                         unit=" requests", type_error=refused)  # fmt: skip
        if self.margin is not None:
            check_number("RateLimit.margin", self.margin, unit=seconds, type_error=refused)
        if not isinstance(self.storage, str) or "://" not in self.storage:
            raise ValueError(
                f"RateLimit.storage must be a storage URI such as 'memory://' or "
                f"'redis://host:6379', got {self.storage!r}"
            )
        scheme = self.storage.split("://", 1)[0]
        if self.storage != MEMORY and not scheme.startswith("async+") and _unknown_scheme(scheme):
            raise ValueError(
                f"RateLimit.storage {scheme!r} is no storage the limits library knows: "
                f"use 'memory://' or e.g. 'redis://host:6379', got {self.storage!r}"
            )
        if not isinstance(self.enabled, bool):
            raise ValueError(f"RateLimit.enabled must be True or False, got {self.enabled!r}")
        shared = self.storage != MEMORY
        if shared and self.window != int(self.window):
            raise ValueError(
                f"RateLimit.window must be whole seconds with storage {self.storage!r} "
                f"(its expiry is in whole seconds), got {self.window!r}"
            )
        for name in ("clock", "sleep", "async_sleep"):
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise ValueError(f"RateLimit.{name} must be callable, got {value!r}")
        if (self.clock is None) != (self.sleep is None):
            given, missing = ("clock", "sleep") if self.sleep is None else ("sleep", "clock")
            raise ValueError(
                f"RateLimit.{given} needs RateLimit.{missing}: the limiter waits with the sleep "
                "and reads the time from the clock, so they must go together "
                "(e.g. clock=manual.now, sleep=manual.advance)"
            )
        if self.async_sleep is not None and self.clock is None:
            raise ValueError("RateLimit.async_sleep needs RateLimit.clock and RateLimit.sleep")
        if self.clock is not None and shared:
            raise ValueError(
                f"RateLimit.clock works with storage 'memory://' only, not {self.storage!r} "
                "(a shared storage keeps the wall clock of every process)"
            )

    @property
    def slack(self) -> float:
        """The margin in effect."""
        return self.margin if self.margin is not None else max(0.05, 0.02 * self.window)


# -- the moving window ------------------------------------------------------------------------


class _MemoryWindow:
    """A moving window in this process. A request holds its slot from the moment it is let
    through until a window after its answer (``finish``): the server counts it when it
    arrives, which is between the two, however far the clock jumps meanwhile."""

    def __init__(self, window: float, wall: bool) -> None:
        self._window = window
        # how long a request may go unanswered before it is taken as answered when sent (a
        # failure no one reported): a window of the wall clock, as the slot would have aged
        # anyway; on an injected clock, which jumps while requests fly, seconds of real time
        self._wall = wall
        self._done: deque[float] = deque()  # clock times of answered requests, in order
        # slot -> (clock time, real time, answers stamped so far) when sent
        self._flying: dict[int, tuple[float, float, int]] = {}
        self._stamped = self._forgotten = 0  # answers stamped, and dropped from ``_done``
        self._next = 0
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        """Forget answers older than a window; a request unanswered for long is answered."""
        if self._flying:
            real, wall = time.monotonic(), self._wall
            stale = [
                slot
                for slot, (sent, sent_real, _) in self._flying.items()
                if (now - sent > self._window if wall else real - sent_real > _UNANSWERED)
            ]
            for slot in stale:
                self._stamp(self._flying.pop(slot)[0])
        done, start = self._done, now - self._window
        while done and done[0] <= start:
            done.popleft()
            self._forgotten += 1

    def _stamp(self, when: float) -> None:
        done = self._done
        done.append(max(when, done[-1]) if done else when)
        self._stamped += 1

    def take(self, limit: int, now: float) -> tuple[int | None, float | None]:
        """(slot, None) when a request may go; else (None, the clock time a slot frees) or
        (None, None) when every slot is held by a request still waiting for its answer."""
        with self._lock:
            self._expire(now)
            over = len(self._flying) + len(self._done) - limit
            if over >= 0:
                return None, (self._done[over] + self._window if over < len(self._done) else None)
            slot, self._next = self._next, self._next + 1
            self._flying[slot] = (now, time.monotonic(), self._stamped)
            return slot, None

    def count(self, now: float) -> None:
        """Count a request answered at ``now`` that took no slot (the first, probing one)."""
        with self._lock:
            self._stamp(now)

    def finish(self, slot: int, now: float) -> None:
        """The request holding ``slot`` got its answer (or failed) at ``now``."""
        with self._lock:
            if self._flying.pop(slot, None) is not None:
                self._stamp(now)

    def agree(self, slot: int, counted: int) -> None:
        """The server reported ``counted`` requests of the key in its window (the one holding
        ``slot`` included) when that request arrived: of the requests answered before it was
        sent, which all arrived earlier, the server still counts at most ``counted - 1``.
        Forget the older ones beyond that: the server no longer counts them (it restarted, a
        test's fresh mock, a window that turned), so they must not hold anyone up."""
        with self._lock:
            sent = self._flying.get(slot)
            if sent is None:
                return
            # answers are stamped in order: those from before the send come first in _done
            before = sent[2] - self._forgotten
            for _ in range(before - max(counted - 1, 0)):
                self._done.popleft()
                self._forgotten += 1

    def idle(self, now: float) -> bool:
        """Nothing in flight and nothing answered within a window: no state worth keeping."""
        with self._lock:
            self._expire(now)
            return not self._flying and not self._done

    def remaining(self, limit: int, now: float) -> int:
        """Free slots at ``now``."""
        with self._lock:
            self._expire(now)
            return limit - len(self._flying) - len(self._done)


class _SharedWindow:
    """A ``limits`` moving window in a shared storage (Redis...), on the wall clock."""

    def __init__(self, settings: RateLimit) -> None:
        self._settings = settings
        self._strategy = _strategy(settings.storage)
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncMovingWindow] = (
            weakref.WeakKeyDictionary()
        )

    def item(self, limit: int) -> RateLimitItemPerSecond:
        from limits import RateLimitItemPerSecond

        return RateLimitItemPerSecond(limit, int(self._settings.window), namespace="rawugc")

    def take(self, identity: str, limit: int, force: bool = False) -> float | None:
        item = self.item(limit)
        if not force:
            stats = self._strategy.get_window_stats(item, identity)
            if stats.remaining <= 0:
                return float(stats.reset_time)
        if self._strategy.hit(item, identity) or force:
            return None
        return float(self._strategy.get_window_stats(item, identity).reset_time)

    def remaining(self, identity: str, limit: int) -> int:
        return int(self._strategy.get_window_stats(self.item(limit), identity).remaining)

    async def atake(self, identity: str, limit: int) -> float | None:
        strategy, item = self._async_strategy(), self.item(limit)
        stats = await strategy.get_window_stats(item, identity)
        if stats.remaining <= 0:
            return float(stats.reset_time)
        if await strategy.hit(item, identity):
            return None
        return float((await strategy.get_window_stats(item, identity)).reset_time)

    def _async_strategy(self) -> AsyncMovingWindow:
        """A ``limits.aio`` strategy for the running event loop."""
        import asyncio

        from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
        from limits.storage import storage_from_string

        loop = asyncio.get_running_loop()
        strategy = self._async.get(loop)
        if strategy is None:
            uri = self._settings.storage
            options = {"implementation": "redispy"} if uri.startswith("redis") else {}
            storage = storage_from_string("async+" + uri, **options)
            strategy = self._async[loop] = AsyncMovingWindow(storage)
        return strategy


class Limiter:
    """One key's pacing state in this process (get it from :func:`limiter_for`)."""

    def __init__(self, settings: RateLimit, identity: str) -> None:
        if not isinstance(settings, RateLimit):
            raise TypeError(f"settings must be a RateLimit, got {type(settings).__name__}")
        self.settings, self.identity = settings, identity
        self._clock: Callable[[], float] = settings.clock or time.time
        memory = settings.storage == MEMORY
        self._memory = _MemoryWindow(settings.window, settings.clock is None) if memory else None
        self._shared = None if self._memory is not None else _SharedWindow(settings)
        self._lock = threading.Lock()
        self.limit = settings.limit
        self._silent = False  # the API sent no X-RateLimit-Limit: nothing to pace by
        self._probe_since: float | None = None  # monotonic time the first request went out
        self._paused_until = 0.0
        self._paused_why = ""  # what the server said that paused the key
        self._strikes = 0  # 429s in a row without a usable Reset

    def __repr__(self) -> str:
        """The identity (a hash, never the key), limit and window."""
        return f"Limiter({self.identity!r}, limit={self.limit}, window={self.settings.window})"

    def now(self) -> float:
        """The limiter's time (Unix seconds)."""
        return self._clock()

    # -- what the API says --

    def observe(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Learn from a response's ``X-RateLimit-*``; return the seconds a 429 asks to wait."""
        try:
            limit = _int(headers, "x-ratelimit-limit")
            remaining = _int(headers, "x-ratelimit-remaining")
            reset = _int(headers, "x-ratelimit-reset")
            with self._lock:
                self._learn(limit if limit is not None and limit >= 1 else None)
            self._agree(remaining)
        finally:
            self.release()  # whatever happened, this request no longer holds anyone up
        wait, why = None, ""
        if status == 429:
            wait, why = self._until(reset), "a 429 until its X-RateLimit-Reset"
            with self._lock:
                if wait is None:
                    self._strikes += 1
                    wait = self._back_off(self._strikes)
                    why = f"a 429 with no usable X-RateLimit-Reset (backing off, {self._strikes})"
                else:
                    self._strikes = 0
        else:
            with self._lock:
                self._strikes = 0
            if remaining == 0 and self._has_room():
                # used up by someone this limiter does not see
                wait, why = self._until(reset), "X-RateLimit-Remaining: 0 (another client)"
        if wait is not None:
            self.pause(wait, why)
        return wait

    def _learn(self, limit: int | None) -> None:
        """Take a positive ``X-RateLimit-Limit`` (under the lock)."""
        if limit is not None and limit != self.limit and self.settings.limit is None:
            if self.settings.enabled:
                # count the request that taught us before any waiting caller may go:
                # callers see the limit only after this, so the probe is never a 5th of 4
                if self._memory is not None:
                    self._memory.count(self.now())
                else:
                    assert self._shared is not None
                    self._shared.take(self.identity, limit, force=True)
            self.limit = limit
        self._silent = self.limit is None

    def _agree(self, remaining: int | None) -> None:
        """Weigh the server's ``X-RateLimit-Remaining`` for the request this context holds:
        the server, which counts every request of the key, is the authority on what it no
        longer counts (a shared storage is left to itself: other processes fill it)."""
        held, limit = _SLOT.get(), self.limit
        if remaining is None or remaining < 0 or limit is None or self._memory is None:
            return
        if held is not None and held[0] is self._memory:
            self._memory.agree(held[1], limit - remaining)

    def idle(self) -> bool:
        """Whether this limiter holds nothing a later client would need: no request within a
        window, no pause (the learnt limit costs one probing request to learn again)."""
        if self._paused_until > self.now():
            return False
        return self._memory.idle(self.now()) if self._memory is not None else True

    def release(self) -> None:
        """This context's request is over (answered or failed): its slot starts to age a
        window from now, and the first request no longer keeps the others waiting."""
        self._probe_since = None
        self._finish_slot()

    def _finish_slot(self) -> None:
        """Finish the slot this thread or task holds in this limiter, if any."""
        held = _SLOT.get()
        if held is not None and held[0] is self._memory:
            _SLOT.set(None)
            held[0].finish(held[1], self.now())

    def pause(self, seconds: float, why: str = "paused") -> None:
        """Hold every caller of this key for ``seconds`` (at most a window and its margin);
        ``why`` is what the waits are logged with."""
        check_number("pause seconds", seconds, infinite=True, type_error=ValueError)
        seconds = min(seconds, self.settings.window + self.settings.slack)
        with self._lock:
            until = self.now() + seconds
            if until > self._paused_until:
                self._paused_until, self._paused_why = until, why

    def _until(self, reset: int | None) -> float | None:
        """Seconds until ``reset`` (Unix seconds or ms; seconds from now when below 10^9 while
        the clock is not), bounded by a window; None when missing or not in the future."""
        if reset is None or reset < 0:
            return None
        now, value = self.now(), unix_seconds(reset)
        wait = value if value < _DELTA_BELOW <= now else value - now
        if wait <= 0:
            return None
        return min(wait + 0.01, self.settings.window + self.settings.slack)

    def _back_off(self, strikes: int) -> float:
        """The wait after the ``strikes``-th 429 in a row that named no usable Reset: one
        slot's share of the window, doubling, at most a window."""
        window = self.settings.window
        base = window / self.limit if self.limit else min(1.0, window)
        return float(min(base * 2.0 ** (strikes - 1), window + self.settings.slack))

    def _has_room(self) -> bool:
        """Whether this limiter's window still has a free slot."""
        if self.limit is None:
            return False
        if self._memory is not None:
            return self._memory.remaining(self.limit, self.now()) > 0
        assert self._shared is not None
        return self._shared.remaining(self.identity, self.limit) > 0

    # -- taking a slot --

    def _gate(self) -> tuple[float, bool, bool]:
        """(seconds to wait, whether to consult the window, whether the wait is real time for
        the first request's answer rather than pacing time)."""
        with self._lock:
            now = self.now()
            if now < self._paused_until:
                return self._paused_until - now, False, False
            if not self.settings.enabled or self._silent:
                return 0.0, False, False
            if self.limit is None:
                since, real = self._probe_since, time.monotonic()
                if since is not None and real - since < _PROBE_TIMEOUT:
                    return _PROBE_POLL, False, True
                self._probe_since = real  # this request goes alone and teaches the limit
                return 0.0, False, False
            return 0.0, True, False

    def _take(self, limit: int) -> tuple[float, bool]:
        """Take a slot: (0, False); or (seconds until one frees plus the margin, False); or
        (a real-time poll, True) while every slot waits for its request's answer."""
        if self._memory is None:
            assert self._shared is not None
            reset_time = self._shared.take(self.identity, limit)
            return (0.0 if reset_time is None else self._wait_after(reset_time)), False
        slot, reset_time = self._memory.take(limit, self.now())
        if slot is not None:
            _SLOT.set((self._memory, slot))
            if self.settings.clock is None:  # kept a window after its clients go (see _RECENT)
                _RECENT.setdefault(self.identity, self)
            return 0.0, False
        if reset_time is None:
            return _PROBE_POLL, True
        return self._wait_after(reset_time), False

    def _wait_after(self, reset_time: float) -> float:
        """Seconds until a slot frees at ``reset_time``, plus the margin."""
        return max(reset_time + self.settings.slack - self.now(), 0.001)

    def _try(self) -> tuple[float, bool]:
        """(seconds to wait, whether in real time); 0 when a request may go now."""
        self._finish_slot()  # a new request from this thread or task: its previous one is over
        wait, windowed, real = self._gate()
        limit = self.limit
        if wait or not windowed or limit is None:
            return wait, real
        return self._take(limit)

    def try_acquire(self) -> float:
        """Take a slot and return 0, or return the seconds to wait before trying again."""
        return self._try()[0]

    async def atry_acquire(self) -> float:
        """Async twin of :meth:`try_acquire` (``limits.aio`` for a shared storage)."""
        return (await self._atry())[0]

    async def _atry(self) -> tuple[float, bool]:
        if self._shared is None:
            return self._try()  # in-process: shared with threads, never blocks
        wait, windowed, real = self._gate()
        limit = self.limit
        if wait or not windowed or limit is None:
            return wait, real
        reset_time = await self._shared.atake(self.identity, limit)
        return (0.0 if reset_time is None else self._wait_after(reset_time)), False

    def _log(self, wait: float, real: bool) -> None:
        """Say why a request waits (once per wait; the real-time polls for answers in flight
        only at DEBUG)."""
        if real:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("key %s: waiting for answers in flight before pacing", self.identity)
            return
        if not log.isEnabledFor(logging.INFO):
            return
        with self._lock:
            paused = self.now() < self._paused_until
            why = self._paused_why if paused else "the key's window is full"
        log.info(
            "key %s: waiting %.2fs before the next request: %s (%s requests / %gs)",
            self.identity,
            wait,
            why,
            self.limit if self.limit is not None else "?",
            self.settings.window,
        )

    def acquire(self, sleep: Callable[[float], None] | None = None) -> None:
        """Block until a request may be sent. Pacing waits use the settings' sleep when they
        have a clock (it must advance that clock), else ``sleep`` (``time.sleep``); waiting
        for answers to requests in flight is always real time. Each wait is logged on
        ``mediaapis.pacing``."""
        pace = self.settings.sleep or sleep or time.sleep
        logged = False
        while True:
            wait, real = self._try()
            if not wait:
                return
            if not (real and logged):
                self._log(wait, real)
                logged = real
            (time.sleep if real else pace)(wait)

    async def aacquire(self, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        """Wait until a request may be sent (the async twin of :meth:`acquire`)."""
        pace = self._async_pace() or sleep or async_sleep
        logged = False
        while True:
            wait, real = await self._atry()
            if not wait:
                return
            if not (real and logged):
                self._log(wait, real)
                logged = real
            await (async_sleep if real else pace)(wait)

    def _async_pace(self) -> Callable[[float], Awaitable[None]] | None:
        """The settings' async sleep (or their sync sleep, then a turn of the event loop)."""
        settings = self.settings
        if settings.async_sleep is not None:
            return settings.async_sleep
        sync = settings.sleep
        if sync is None:
            return None

        async def pace(seconds: float) -> None:
            sync(seconds)
            await async_sleep(0)

        return pace


_STORAGES: dict[str, Storage] = {}
_STORAGE_LOCK = threading.Lock()  # apart from the registry's: a limiter is built under that
# the slot of the request this thread or task is sending (finished by observe or release)
_SLOT: ContextVar[tuple[_MemoryWindow, int] | None] = ContextVar("rawugc_slot", default=None)
_REGISTRY_LOCK = threading.Lock()
# Every limiter lives while a client uses it. A wall-clock limiter also outlives its clients
# while it still holds the key's recent requests (a key's budget outlives its clients: the
# next client of the key must see them), then goes: a service that serves thousands of keys
# keeps only those used within a window. Limiters on an injected clock (a test's mock) go
# with the last client that uses them: each clock is its own time line, never shared.
_LIMITERS: weakref.WeakValueDictionary[tuple[str, Any], Limiter] = weakref.WeakValueDictionary()
_RECENT: dict[str, Limiter] = {}  # wall-clock limiters kept while they hold recent requests
_PRUNE_EVERY = 64  # look for idle limiters to drop after this many lookups
_lookups = 0


def _strategy(uri: str) -> MovingWindowRateLimiter:
    """A moving-window strategy on the process's one ``limits`` storage for ``uri``."""
    try:
        from limits.storage import Storage, storage_from_string
        from limits.strategies import MovingWindowRateLimiter
    except ImportError as exc:
        raise ValueError(
            f"RateLimit(storage={uri!r}) needs the 'limits' package: "
            "pip install 'mediaapis[redis]' (memory:// needs nothing)"
        ) from exc
    with _STORAGE_LOCK:
        if uri not in _STORAGES:
            created = storage_from_string(uri)
            if not isinstance(created, Storage):
                raise ValueError(f"RateLimit.storage {uri!r} is not a synchronous limits storage")
            _STORAGES[uri] = created
        return MovingWindowRateLimiter(_STORAGES[uri])


def key_identity(api_key: str, base_url: str) -> str:
    """A stable, non-reversible name for (key, server), the same in every process."""
    return hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()[:24]


def limiter_for(api_key: str, base_url: str, settings: RateLimit | None = None) -> Limiter:
    """The process's one limiter for this key and server on a clock (clients share it: the
    server counts the key's requests together).

    ``settings=None`` joins the limiter this key already has (defaults when it has none).
    Explicit settings that differ from those of the limiter in use are refused with a
    ``ValueError`` (one budget cannot be paced two ways). A different ``clock`` is another
    time line, so it gets its own limiter: each test's fresh mock clock paces apart.
    """
    if settings is not None and not isinstance(settings, RateLimit):
        raise TypeError(f"rate_limit must be a RateLimit or None, got {type(settings).__name__}")
    global _lookups
    identity = key_identity(api_key, base_url)
    clock = settings.clock if settings is not None else None
    with _REGISTRY_LOCK:
        _lookups += 1
        if _lookups % _PRUNE_EVERY == 0:
            for name in [name for name, held in _RECENT.items() if held.idle()]:
                del _RECENT[name]
        found = _LIMITERS.get((identity, clock))
        if found is None:
            found = _LIMITERS[(identity, clock)] = Limiter(settings or RateLimit(), identity)
            if clock is None:
                _RECENT[identity] = found
        elif settings is not None and settings != found.settings:
            raise ValueError(
                f"rate_limit={settings!r} conflicts with {found.settings!r}, which another "
                "client of this API key and server already uses in this process (clients of "
                "one key share one limiter, as the server shares one budget): pass the same "
                "RateLimit, or leave rate_limit unset to share the one in use"
            )
    return found


def _int(headers: Mapping[str, str], name: str) -> int | None:
    """An integer header, None when absent or garbled (a leading ``-`` is kept: the callers
    ignore values below their range)."""
    value = headers.get(name)
    if value is not None and value.startswith("-"):
        magnitude = header_int(value[1:])
        return -magnitude if magnitude is not None else None
    return header_int(value)
