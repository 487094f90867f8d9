"""Time for the whole package: one clock object for the time and both sleeps.

A client's ``clock=`` is one time line: the time it reads (pacing windows, job deadlines,
signature dates) and the sleeps that advance it (pacing, polling, retries). It is a clock
object (``now()``, ``sleep(s)``, ``await asleep(s)``: the mocks' ``ManualClock`` is one), or,
as before, a callable of Unix seconds with the sleeps given apart.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep`` (asyncio imported when first awaited)."""
    import asyncio

    await asyncio.sleep(seconds)


@runtime_checkable
class ClockLike(Protocol):
    """What ``clock=`` takes: the time, and the sleeps that move it (``ManualClock``)."""

    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    def asleep(self, seconds: float) -> Awaitable[None]: ...


@dataclass(frozen=True)
class Clock:
    """A time line as the package uses it: ``now`` (Unix seconds) and its two sleeps.

    ``injected`` tells a clock the caller gave (a test's manual clock: pacing then runs on it)
    from the wall clock.
    """

    now: Callable[[], float]
    sleep: Callable[[float], None]
    asleep: Callable[[float], Awaitable[None]]
    injected: bool = False

    @classmethod
    def of(
        cls,
        clock: ClockLike | Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> Clock:
        """The time line of a client's ``clock=`` / ``sleep=`` / ``async_sleep=`` settings: a
        clock object brings its own sleeps (given ones win); a plain callable keeps the real
        sleeps unless they are given. Anything else is refused, naming the setting."""
        for name, value in (("sleep", sleep), ("async_sleep", async_sleep)):
            if value is not None and not callable(value):
                raise TypeError(f"{name} must be callable, got {value!r}")
        if clock is None:
            return cls(time.time, sleep or time.sleep, async_sleep or _default_async_sleep())
        if isinstance(clock, ClockLike):
            return cls(clock.now, sleep or clock.sleep, async_sleep or clock.asleep, True)
        if callable(clock):
            now: Callable[[], float] = clock
            return cls(now, sleep or time.sleep, async_sleep or _default_async_sleep(), True)
        raise TypeError(
            "clock must be a clock object (now(), sleep(s), asleep(s), e.g. a mock's "
            f"ManualClock) or a callable returning Unix seconds, got {clock!r}"
        )


def _default_async_sleep() -> Callable[[float], Awaitable[None]]:
    return async_sleep
