"""The mocks' clocks: the wall clock, and ``ManualClock`` that moves only when a test says so.

No third-party imports: usable without the ``mock`` extra.
"""

from __future__ import annotations

import asyncio
import threading
import time


class Clock:
    """Unix time in seconds, the wall clock's. ``ManualClock`` is the one for tests.

    A clock is also a ``clock()`` callable (Unix seconds), so it can be handed to anything that
    takes ``time.time``-like callables (a client's pacer, ``VolcSignatureAuth(clock=...)``).
    """

    def now(self) -> float:
        return time.time()

    def __call__(self) -> float:
        return self.now()

    def advance(self, seconds: float) -> None:
        raise TypeError("the wall clock cannot be advanced; use ManualClock")

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` on this clock (the wall clock: really sleep)."""
        time.sleep(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """``sleep`` for async code."""
        await asyncio.sleep(max(0.0, seconds))


class ManualClock(Clock):
    """A clock that moves only when told: deterministic job lifecycles and rate windows.

    ``advance(s)`` moves it ``s`` seconds. ``sleep(s)`` / ``await asleep(s)`` stand in for
    ``time.sleep`` / ``asyncio.sleep`` in a client under test: they cost no real time and move
    the clock to at least ``s`` seconds after the moment they were called, so concurrent sleepers
    (asyncio tasks, threads) wake together instead of adding their waits up.
    """

    def __init__(self, start: float = 1_772_755_200.0) -> None:  # 2026-03-06T00:00:00Z
        self._now = float(start)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ManualClock({self._now!r})"

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"ManualClock.advance: seconds must be >= 0, got {seconds}")
        with self._lock:
            self._now += seconds

    def advance_to(self, when: float) -> None:
        """Move the clock to ``when`` (Unix seconds) unless it is already later."""
        with self._lock:
            self._now = max(self._now, when)

    def sleep(self, seconds: float) -> None:
        self.advance_to(self._now + max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        wake = self._now + max(0.0, seconds)
        await asyncio.sleep(0)  # let the other tasks run (and start their own sleeps) first
        self.advance_to(wake)
