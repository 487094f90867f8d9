"""Many workers on one key against the mock over loopback, with a compressed window.

50 threads in one process, then 4 processes sharing the Redis backend, all calling as fast as
they can. Figures: the rate the API accepted against the rate the key allows (completions after
the first window, over the time they took), and the 429s callers saw per request. The Redis
rows are left out, with a note, when ``redis-server`` is not on PATH. Last, pacing on the
mock's manual clock (as a test fixture runs it): requests at the vendor's 10 a minute cost the
real time of the same requests unpaced, the minutes passing on the mock's clock only.
``python -m bench.rawugc_pacing --rows`` runs these rows alone.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from mediaapis import rawugc
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks._core import ManualClock
from mediaapis_mocks.server import LoopbackServer

from ._results import Row

LIMIT, WINDOW = 10, 2
WORKERS, PROCESSES = 50, 4


def hammer(
    key: str, base_url: str, settings: rawugc.RateLimit, threads: int, total: int
) -> tuple[list[float], int]:
    """``total`` GET /characters from ``threads`` threads: (finish times, 429s raised)."""
    client = rawugc.RawUGC(key, base_url=base_url, rate_limit=settings).client.get_httpx_client()
    left, done, refused, lock = [total], [], [0], threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                if left[0] <= 0:
                    return
                left[0] -= 1
            try:
                client.get("/characters")
                with lock:
                    done.append(time.time())
            except rawugc.RateLimitError:
                with lock:
                    refused[0] += 1

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return done, refused[0]


def achieved(done: list[float]) -> float:
    """Requests per second after the first window's burst."""
    done = sorted(done)
    return (len(done) - LIMIT) / (done[-1] - done[0])


def rows(
    label: str, done: list[float], refused: int, wire: int, total: int, target: float
) -> list[Row]:
    return [
        Row(
            f"pacing, {label}: accepted rate vs allowed",
            achieved(done),
            "/s",
            LIMIT / WINDOW,
            target,
            higher_is_better=True,
        ),
        Row(f"pacing, {label}: 429s seen by callers per request", refused, "", total, 0.0),
        Row(f"pacing, {label}: 429s on the wire (retried) per request", wire, "", total, 0.05),
    ]


@contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway redis-server on a free loopback port (None when not installed)."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def worker_main(argv: list[str]) -> None:
    """One of the processes: wait for the common start, hammer, print the result as JSON."""
    key, base_url, storage, threads, total, start = argv
    settings = rawugc.RateLimit(window=WINDOW, storage=storage)
    time.sleep(max(0.0, float(start) - time.time()))
    done, refused = hammer(key, base_url, settings, int(threads), int(total))
    print(json.dumps({"done": done, "refused": refused}))


def manual_clock_rows(total: int = 40, repeat: int = 5) -> list[Row]:
    """``total`` GETs at the vendor's limit on a manual clock against the same unpaced."""
    best = {True: float("inf"), False: float("inf")}
    waited = 0.0
    for _ in range(repeat):
        for paced in (False, True):
            clock = ManualClock()
            mock = RawUGCMock(clock=clock)  # the vendor's 10 requests a minute
            with LoopbackServer(mock) as server:
                key = f"bench-{uuid.uuid4().hex}"
                mock.add_key(key, org=TEST_ORG, rate_limit=None if paced else 10**9)
                settings = rawugc.RateLimit(clock=clock.now, sleep=clock.advance)
                if not paced:
                    settings = rawugc.RateLimit(enabled=False, clock=clock.now, sleep=clock.advance)
                api = rawugc.RawUGC(key, base_url=server.base_url, rate_limit=settings)
                with api.client.get_httpx_client() as client:
                    client.get("/characters")  # connected, limit learned
                    started, start = time.perf_counter(), clock.now()
                    for _ in range(total):
                        client.get("/characters").raise_for_status()
                    best[paced] = min(best[paced], time.perf_counter() - started)
                    if paced:
                        waited = clock.now() - start
                assert mock.calls["listCharacters"] == total + 1
    assert waited >= (total / 10 - 1) * 60  # the limit was enforced, on the mock's clock
    return [
        Row(
            f"pacing on a manual clock, {total} req at 10/min: real time",
            best[True] * 1000,
            "ms",
            best[False] * 1000,
            1.5,
        )
    ]


def run(single_total: int = 60, shared_total: int = 80) -> list[Row]:
    mock = RawUGCMock(rate_window=float(WINDOW))
    found: list[Row] = manual_clock_rows()
    with LoopbackServer(mock) as server:
        key = f"bench-{uuid.uuid4().hex}"
        mock.add_key(key, org=TEST_ORG, rate_limit=LIMIT)
        done, refused = hammer(
            key, server.base_url, rawugc.RateLimit(window=WINDOW), WORKERS, single_total
        )
        wire = mock.calls["listCharacters"] - len(done)
        label = f"{WORKERS} threads, 1 process"
        found += rows(label, done, refused, wire, single_total, 0.95)
        with redis_server() as url:
            if url is None:
                print("note: redis-server is not on PATH; the shared-backend rows are skipped")
                return found
            key = f"bench-{uuid.uuid4().hex}"
            mock.add_key(key, org=TEST_ORG, rate_limit=LIMIT)
            before = mock.calls["listCharacters"]
            start = time.time() + 3.0  # every process imported and ready by then
            each = shared_total // PROCESSES
            command = [sys.executable, "-m", "bench.rawugc_pacing", key, server.base_url, url]
            command += [str(WORKERS // PROCESSES + 1), str(each), str(start)]
            processes = [
                subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
                for _ in range(PROCESSES)
            ]
            outputs = [json.loads(p.communicate(timeout=300)[0]) for p in processes]
        done = [t for out in outputs for t in out["done"]]
        refused = sum(out["refused"] for out in outputs)
        wire = mock.calls["listCharacters"] - before - len(done)
        label = f"{PROCESSES} processes on Redis"
        found += rows(label, done, refused, wire, each * PROCESSES, 0.90)
    return found


if __name__ == "__main__":
    if sys.argv[1:] == ["--rows"]:  # these rows alone, printed (results.json left as it is)
        for row in run():
            verdict = "yes" if row.meets_target else "NO"
            print(f"{row.name:<58} {row.value:9.3f} {row.baseline:9.3f} {row.ratio:6.3f} {verdict}")
    else:
        worker_main(sys.argv[1:])
