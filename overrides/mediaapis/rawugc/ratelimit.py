"""Pacing under a key's rate limit, shared by every thread and task (and, with Redis, process).

The window accounting is ``limits``' moving window (no span of ``window`` seconds holds more than
``limit`` requests) in any ``limits`` storage: ``memory://`` for one process, ``redis://host:port``
for several processes or hosts on one key. What the API reports is learned on the way:
``X-RateLimit-Limit`` sets the limit, and ``Remaining: 0`` while this limiter still has room
(someone else uses the key) or a ``429`` pauses every caller until ``X-RateLimit-Reset``.
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import unix_seconds

if TYPE_CHECKING:  # imported on first use: ``import mediaapis.rawugc`` stays light
    import asyncio

    from limits import RateLimitItemPerSecond
    from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
    from limits.storage import Storage

_PROBE_POLL = 0.02  # seconds between looks while the first request learns the limit


@dataclass(frozen=True)
class RateLimit:
    """How to pace one key.

    ``window``: seconds per window (whole seconds: ``limits``' Redis storage expires whole
    seconds; the API's is a minute). ``limit``: requests per window, learned from
    ``X-RateLimit-Limit`` when None. ``margin``: extra seconds before a slot is reused, for
    network jitter (default 2 % of the window, at least 50 ms). ``storage``: a ``limits``
    storage URI. ``enabled=False`` turns pacing off (429s are still waited out).
    """

    window: int = 60
    limit: int | None = None
    margin: float | None = None
    storage: str = "memory://"
    enabled: bool = True

    @property
    def slack(self) -> float:
        """The margin in effect."""
        return self.margin if self.margin is not None else max(0.05, 0.02 * self.window)


class Limiter:
    """One key's pacing state in this process (get it from :func:`limiter_for`)."""

    def __init__(self, settings: RateLimit, identity: str) -> None:
        from limits import RateLimitItemPerSecond
        from limits.strategies import MovingWindowRateLimiter

        self.settings, self.identity = settings, identity
        self._item_class = RateLimitItemPerSecond
        self._strategy = MovingWindowRateLimiter(_sync_storage(settings.storage))
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncMovingWindow] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self.limit = settings.limit
        self._silent = False  # the API sent no X-RateLimit-Limit: nothing to pace by
        self._probing = False
        self._paused_until = 0.0

    def __repr__(self) -> str:
        """The identity (a hash, never the key), limit and window."""
        return f"Limiter({self.identity!r}, limit={self.limit}, window={self.settings.window})"

    # -- what the API says --

    def observe(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Learn from a response's ``X-RateLimit-*``; return the seconds a 429 asks to wait."""
        limit = _int(headers, "x-ratelimit-limit")
        remaining, reset = (
            _int(headers, "x-ratelimit-remaining"),
            _int(headers, "x-ratelimit-reset"),
        )
        with self._lock:
            if limit and limit != self.limit and self.settings.limit is None:
                if self.settings.enabled:
                    # count the request that taught us before any waiting caller may go:
                    # callers see the limit only after this, so the probe is never a 5th of 4
                    item = self._item_class(limit, self.settings.window, namespace="rawugc")
                    self._strategy.hit(item, self.identity)
                self.limit = limit
            self._probing = False
            self._silent = self.limit is None
        wait = None
        if status == 429:
            wait = self._until(reset) if reset is not None else 1.0
        elif remaining == 0 and reset is not None and self._has_room():
            wait = self._until(reset)  # used up by someone this limiter does not see
        if wait is not None:
            self.pause(wait)
        return wait

    def release(self) -> None:
        """The request let through to learn the limit got no response: let another try."""
        with self._lock:
            self._probing = False

    def pause(self, seconds: float) -> None:
        """Hold every caller of this key for ``seconds``."""
        with self._lock:
            self._paused_until = max(self._paused_until, time.time() + seconds)

    def _until(self, reset: int) -> float:
        """Seconds until the Unix time ``reset``, bounded by a window (clocks can disagree)."""
        wait = max(unix_seconds(reset) - time.time(), 0.0) + 0.01
        return min(wait, self.settings.window + self.settings.slack)

    def _has_room(self) -> bool:
        """Whether this limiter's window still has a free slot."""
        return (
            self.limit is not None
            and self._strategy.get_window_stats(self._item(), self.identity).remaining > 0
        )

    # -- taking a slot --

    def _item(self) -> RateLimitItemPerSecond:
        """The ``limits`` item for the current limit and window."""
        assert self.limit is not None
        return self._item_class(self.limit, self.settings.window, namespace="rawugc")

    def _gate(self) -> tuple[float, bool]:
        """(seconds to wait, whether to consult the window): pauses and the first request."""
        with self._lock:
            now = time.time()
            if now < self._paused_until:
                return self._paused_until - now, False
            if not self.settings.enabled or self._silent:
                return 0.0, False
            if self.limit is None:
                if self._probing:
                    return _PROBE_POLL, False
                self._probing = True  # this request goes alone and teaches the limit
                return 0.0, False
            return 0.0, True

    def _wait_after(self, reset_time: float) -> float:
        """Seconds until a slot frees at ``reset_time``, plus the margin."""
        return max(reset_time + self.settings.slack - time.time(), 0.001)

    def try_acquire(self) -> float:
        """Take a slot and return 0, or return the seconds to wait before trying again."""
        wait, windowed = self._gate()
        return self._take() if windowed and not wait else wait

    def _take(self) -> float:
        """Take a slot of the moving window, or return the seconds until one frees."""
        item = self._item()
        stats = self._strategy.get_window_stats(item, self.identity)
        if stats.remaining <= 0:
            return self._wait_after(stats.reset_time)
        if self._strategy.hit(item, self.identity):
            return 0.0
        return self._wait_after(self._strategy.get_window_stats(item, self.identity).reset_time)

    async def atry_acquire(self) -> float:
        """Async twin of :meth:`try_acquire` (``limits.aio`` for Redis; memory is shared)."""
        wait, windowed = self._gate()
        if wait or not windowed:
            return wait
        strategy = self._async_strategy()
        if strategy is None:
            return self._take()  # in-process storage: shared with threads, never blocks
        item = self._item()
        stats = await strategy.get_window_stats(item, self.identity)
        if stats.remaining <= 0:
            return self._wait_after(stats.reset_time)
        if await strategy.hit(item, self.identity):
            return 0.0
        return self._wait_after((await strategy.get_window_stats(item, self.identity)).reset_time)

    def acquire(self, sleep: Callable[[float], None] = time.sleep) -> None:
        """Block until a request may be sent."""
        while wait := self.try_acquire():
            sleep(wait)

    async def aacquire(self, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        """Wait until a request may be sent."""
        while wait := await self.atry_acquire():
            await (sleep or async_sleep)(wait)

    def _async_strategy(self) -> AsyncMovingWindow | None:
        """A ``limits.aio`` strategy for this event loop (None: use the in-process storage)."""
        import asyncio

        from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
        from limits.storage import storage_from_string

        if self.settings.storage.startswith("memory"):
            return None
        loop = asyncio.get_running_loop()
        strategy = self._async.get(loop)
        if strategy is None:
            uri = self.settings.storage
            options = {"implementation": "redispy"} if uri.startswith("redis") else {}
            storage = storage_from_string("async+" + uri, **options)
            strategy = self._async[loop] = AsyncMovingWindow(storage)
        return strategy


_STORAGES: dict[str, Storage] = {}


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep`` (asyncio imported when first awaited, not with this package)."""
    import asyncio

    await asyncio.sleep(seconds)


_LIMITERS: dict[tuple[str, str], Limiter] = {}
_REGISTRY_LOCK = threading.Lock()


def _sync_storage(uri: str) -> Storage:
    """The process's one ``limits`` storage for ``uri`` (one connection pool per URI)."""
    from limits.storage import Storage, storage_from_string

    with _REGISTRY_LOCK:
        if uri not in _STORAGES:
            created = storage_from_string(uri)
            if not isinstance(created, Storage):
                raise ValueError(f"{uri!r} is not a synchronous limits storage")
            _STORAGES[uri] = created
        return _STORAGES[uri]


def key_identity(api_key: str, base_url: str) -> str:
    """A stable, non-reversible name for (key, server), the same in every process."""
    return hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()[:24]


def limiter_for(api_key: str, base_url: str, settings: RateLimit | None = None) -> Limiter:
    """The process's one limiter for this key and server (the first settings given win)."""
    settings = settings or RateLimit()
    identity = key_identity(api_key, base_url)
    registry_key = (settings.storage, identity)
    with _REGISTRY_LOCK:
        found = _LIMITERS.get(registry_key)
    if found is None:
        created = Limiter(settings, identity)
        with _REGISTRY_LOCK:
            found = _LIMITERS.setdefault(registry_key, created)
    return found


def _int(headers: Mapping[str, str], name: str) -> int | None:
    """An integer header, None when absent or garbled."""
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
