"""Waiting on 100 video jobs at once, against the mock on its manual clock (runs instantly).

Baseline: the requests one-by-one polling (``wait_job``) spends per job, measured on jobs of the
same kind in the same run. Figures: the requests per job of ``wait_jobs`` (list operation,
filtered by status) against that, and the worst delay between a job finishing (its
``completedAt``) and the caller knowing, against the spec's longest poll interval.
"""

from __future__ import annotations

import uuid
from typing import Any

from mediaapis import rawugc
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks._core import ManualClock
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.api.videos import generate_video
from rawugc_client.models import GenerateVideoRequest

from ._results import Row

JOBS = 100


def _generate(api: rawugc.RawUGC, index: int) -> Any:
    body = GenerateVideoRequest(model="veo3_fast", prompt=f"bench job {index}")
    return generate_video.sync(client=api.client, body=body)


def run(jobs: int = JOBS, single: int = 10) -> list[Row]:
    mock = RawUGCMock(clock=ManualClock(), credits=1_000_000)
    key = f"bench-{uuid.uuid4().hex}"
    mock.add_key(key, org=TEST_ORG, rate_limit=1_000_000)
    clock = mock.clock
    with LoopbackServer(mock) as server:
        api = rawugc.RawUGC(key, base_url=server.base_url)

        before = mock.calls.get("getVideo", 0)
        for index in range(single):  # one by one: each polled from its creation to its end
            rawugc.wait_job(api, _generate(api, index), clock=clock.now, sleep=clock.advance)
        one_by_one = (mock.calls["getVideo"] - before) / single

        started = []
        for index in range(jobs):  # staggered over time, as real submissions are
            started.append(_generate(api, index))
            clock.advance(1.0)
        known: dict[str, float] = {}

        def progress(job: Any) -> None:
            known.setdefault(job.video_id, clock.now())

        calls_before = sum(mock.calls.values())
        results = rawugc.wait_jobs(
            api, started, on_progress=progress, clock=clock.now, sleep=clock.advance
        )
        batched = (sum(mock.calls.values()) - calls_before) / jobs
        delay = max(known[r.video_id] - r.completed_at.timestamp() for r in results)
    interval = max(kind.max_interval for kind in rawugc.job_kinds())
    return [
        Row(
            f"wait_jobs({jobs} jobs): status requests per job vs one-by-one polling",
            batched,
            "rq",
            one_by_one,
            0.2,
        ),
        Row(
            f"wait_jobs({jobs} jobs): worst finish-to-known delay vs poll interval",
            delay,
            "s",
            interval,
            1.0,
        ),
    ]
