"""Every numeric setting a user gives goes through one check (``mediaapis._checks``): a value of
the wrong type, NaN, a negative, or infinity where no "never" is meant, is refused at once with
an error naming the setting, before any request is sent."""

from __future__ import annotations

import math
from collections.abc import Callable

import httpx
import pytest

from mediaapis import RawUGC
from mediaapis.ledger import MemoryLedger
from mediaapis.rawugc import RateLimit
from mediaapis.rawugc.pagination import paginate


def refusing(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a bad setting sent {request.method} {request.url}")


def client() -> RawUGC:
    return RawUGC("rk_test_settings", base_url="https://api.test",
                  transport=httpx.MockTransport(refusing))  # fmt: skip


SETTINGS: dict[str, tuple[Callable[[object], object], tuple[object, ...]]] = {
    "timeout": (lambda v: RawUGC("rk_test", timeout=v), (math.nan, -1, 0, "5", True)),  # type: ignore[arg-type]
    "RateLimit.window": (lambda v: RateLimit(window=v), (math.nan, math.inf, -1, 0, "60")),  # type: ignore[arg-type]
    "RateLimit.limit": (lambda v: RateLimit(limit=v), (0, -1, 2.5, True)),  # type: ignore[arg-type]
    "RateLimit.margin": (lambda v: RateLimit(margin=v), (math.nan, math.inf, -1, "1")),  # type: ignore[arg-type]
    "max_interval": (
        lambda v: client().videos.wait("vid_1", max_interval=v),  # type: ignore[arg-type]
        (math.nan, math.inf, -1, 0, "30"),
    ),
    "timeout ": (  # a wait's deadline: inf means none, the rest is refused
        lambda v: client().videos.wait("vid_1", timeout=v),  # type: ignore[arg-type]
        (math.nan, -1, "30", True),
    ),
    "ttl": (lambda v: MemoryLedger().take_lease("sweeper", v), (math.nan, -1, 0, "60")),  # type: ignore[arg-type]
    "sweep_every": (
        lambda v: next(iter(client().batch([], sweep_every=v))),  # type: ignore[arg-type]
        (math.nan, -1, 0, "60"),
    ),
    "max_credits": (
        lambda v: next(iter(client().batch([], max_credits=v))),  # type: ignore[arg-type]
        (-1, 2.5, "10", True),
    ),
    "page_size": (
        lambda v: next(iter(paginate(client(), "listVideos", page_size=v))),  # type: ignore[arg-type]
        (0, 101, -1, 2.5, True),
    ),
}


@pytest.mark.parametrize(
    ("setting", "value"),
    [(name, value) for name, (_, values) in SETTINGS.items() for value in values],
)
def test_a_bad_numeric_setting_is_refused_naming_it(setting: str, value: object) -> None:
    build, _ = SETTINGS[setting]
    with pytest.raises((TypeError, ValueError)) as info:
        build(value)
    assert str(info.value).startswith(setting.strip()), str(info.value)
