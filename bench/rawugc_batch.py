"""Batch runs at the key's limit (``RawUGC.batch``), against the mock.

One process, 100 image jobs, on the mock's manual clock at the vendor's 10 requests a minute
(runs in real seconds): jobs a minute while sending (from the first request to the last job
accepted, on the mock's clock) against the key's limit as the spec states it
(``info.x-rawugc-rate-limit``); the status requests per job against one poll per job (the
sweeps while sending take their slots from the same limit); and how long after the last job
was accepted the last result was known, against that job's own run (the image's 30 s). End to
end (first request to last result) the same run is slower by that last job's run: 100 jobs in
about 10.7 minutes, 9.3 a minute. Then 4 processes x 25 jobs on one key, one Redis (ledger and
pacing), on the wall clock with a compressed window (10 requests per 2 s, jobs of 0.3 s): the
status requests per job (one sweeper for all) and the jobs a second while sending (first
request to last job accepted, as above) against the key's limit; end to end it is printed too.
The Redis rows are left out, with a note, when ``redis-server`` is not on PATH.
``python -m bench.rawugc_batch --rows`` runs these rows alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from typing import Any

from mediaapis import RawUGC
from mediaapis.rawugc import RateLimit
from mediaapis.spec import rate_limit
from mediaapis_mocks import TEST_ORG, Clock, RawUGCMock
from mediaapis_mocks._core import ManualClock
from mediaapis_mocks.server import LoopbackServer

from ._results import Row
from .rawugc_pacing import redis_server

JOBS, PROCESSES = 100, 4
WINDOW = 2  # seconds of the compressed window of the multi-process rows
SCALE = WINDOW / 60  # the spec's poll intervals, compressed as the window is


def _lines(prefix: str, count: int) -> list[dict[str, Any]]:
    return [
        {
            "custom_id": f"{prefix}-{n}",
            "operation": "images.generate",
            "body": {"model": "nano-banana-2", "prompt": f"bench {prefix} {n}"},
        }
        for n in range(count)
    ]


def one_process(jobs: int = JOBS) -> list[Row]:
    mock = RawUGCMock(clock=ManualClock(), credits=1_000_000)  # the vendor's 10 a minute
    key = f"bench-{uuid.uuid4().hex}"
    mock.add_key(key, org=TEST_ORG)
    with (
        LoopbackServer(mock) as server,
        RawUGC(key, base_url=server.base_url, clock=mock.clock) as api,
    ):
        start = mock.clock.now()
        results = list(api.batch(_lines("one", jobs)))
        last_known = mock.clock.now()
    last_accepted = max(charge.at for charge in mock.charges)
    elapsed = last_accepted - start
    assert [r.status for r in results] == ["completed"] * jobs
    assert mock.rate_limited == 0
    limit = rate_limit("rawugc")
    assert limit is not None
    per_minute = jobs / (elapsed / 60)
    run = mock.durations["image"]
    return [
        Row(
            f"batch, 1 process, {jobs} jobs: jobs a minute while sending vs the limit",
            per_minute,
            "/m",
            limit.per_minute,
            0.95,
            higher_is_better=True,
        ),
        Row(
            f"batch, 1 process, {jobs} jobs: status requests per job vs 1 poll/job",
            mock.calls["listImages"] / jobs,
            "rq",
            1.0,
            0.1,
        ),
        Row(
            f"batch, 1 process, {jobs} jobs: last result after last send vs job run",
            last_known - last_accepted,
            "s",
            run,
            1.5,
        ),
    ]


def worker_main(argv: list[str]) -> None:
    """One process of the shared rows: wait for the common start, run its lines, print when
    each result was known (wall time) as JSON."""
    key, base_url, redis, prefix, count, start = argv
    pacing = RateLimit(window=WINDOW, storage=redis)
    time.sleep(max(0.0, float(start) - time.time()))
    known = []
    with RawUGC(key, base_url=base_url, rate_limit=pacing, ledger=f"{redis}/1") as api:
        begun = time.time()
        for result in api.batch(
            _lines(prefix, int(count)), min_interval=10 * SCALE, max_interval=30 * SCALE
        ):
            assert result.status == "completed", result
            known.append(time.time())
    print(json.dumps({"begun": begun, "known": known}))


def shared(jobs: int = JOBS) -> list[Row]:
    mock = RawUGCMock(
        clock=Clock(),
        credits=1_000_000,
        rate_window=float(WINDOW),
        durations={"video": 0.3, "image": 0.3, "music": 0.3},
        queue_seconds=0.0,
    )
    with LoopbackServer(mock) as server, redis_server() as url:
        if url is None:
            print("note: redis-server is not on PATH; the shared batch rows are skipped")
            return []
        key = f"bench-{uuid.uuid4().hex}"
        mock.add_key(key, org=TEST_ORG, rate_limit=10)
        start = time.time() + 3.0  # every process imported and ready by then
        each = jobs // PROCESSES
        command = [sys.executable, "-m", "bench.rawugc_batch", key, server.base_url, url]
        processes = [
            subprocess.Popen(
                [*command, f"p{n}", str(each), str(start)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(PROCESSES)
        ]
        outputs = [json.loads(p.communicate(timeout=300)[0]) for p in processes]
    begun = min(out["begun"] for out in outputs)
    last = max(t for out in outputs for t in out["known"])
    last_accepted = max(charge.at for charge in mock.charges)
    assert sum(len(out["known"]) for out in outputs) == each * PROCESSES
    assert len(mock.charges) == each * PROCESSES  # each job sent (and paid) once
    total = each * PROCESSES
    label = f"batch, {PROCESSES} proc x {each} jobs, Redis"
    print(f"note: {label}: {total / (last - begun):.2f} jobs/s to the last result (limit 5/s)")
    return [
        Row(
            f"{label}: status requests per job vs 1 poll/job",
            mock.calls["listImages"] / total,
            "rq",
            1.0,
            0.1,
        ),
        Row(
            f"{label}: jobs a second while sending vs the limit",
            total / (last_accepted - begun),
            "/s",
            10 / WINDOW,
            0.9,
            higher_is_better=True,
        ),
    ]


def run() -> list[Row]:
    return one_process() + shared()


if __name__ == "__main__":
    if sys.argv[1:] == ["--rows"]:  # these rows alone, printed (results.json left as it is)
        for row in run():
            verdict = "yes" if row.meets_target else "NO"
            print(f"{row.name:<70} {row.value:9.3f} {row.baseline:9.3f} {row.ratio:6.3f} {verdict}")
    else:
        worker_main(sys.argv[1:])
