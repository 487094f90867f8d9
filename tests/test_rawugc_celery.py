"""The README's Celery pattern with a real worker on a real redis-server: the task's id is the
idempotency key and it is acknowledged late; the worker is killed with SIGKILL while the paid
call is in flight (the server ran it, the answer had not arrived), the task is redelivered to a
new worker, and the job is charged once and returned once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mediaapis_mocks import Clock, Fault
from mediaapis_mocks.rawugc import TEST_KEY, TEST_ORG, RawUGCMock
from mediaapis_mocks.server import LoopbackServer

celery = pytest.importorskip("celery")

TASKS = textwrap.dedent(
    """
    import os

    from celery import Celery

    from mediaapis import RawUGC

    redis = os.environ["TEST_REDIS_URL"]
    app = Celery("tasks", broker=f"{redis}/0", backend=f"{redis}/2")
    # redeliver an unacknowledged task after 1 s (production: longer than the longest task)
    app.conf.broker_transport_options = {
        "visibility_timeout": 1, "unacked_restore_interval": 1, "unacked_restore_throttle": 1
    }
    app.conf.worker_prefetch_multiplier = 1
    client = RawUGC(ledger=f"{redis}/1")  # RAWUGC_API_KEY, RAWUGC_BASE_URL from the environment


    @app.task(bind=True, acks_late=True, reject_on_worker_lost=True)
    def make_image(self, prompt):
        accepted = client.images.generate(
            model="nano-banana-2", prompt=prompt, idempotency_key=self.request.id
        )
        return accepted.image_id
    """
)


def _worker(folder: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "celery", "-A", "tasks", "worker", "--pool=solo"]
    return subprocess.Popen(
        [*command, "--concurrency=1", "--loglevel=WARNING", "--without-heartbeat"],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_worker_killed_mid_call_is_redelivered_and_charged_once(
    redis_url: str, tmp_path: Path
) -> None:
    (tmp_path / "tasks.py").write_text(TASKS)
    mock = RawUGCMock(clock=Clock(), rate_limit=10_000)
    with LoopbackServer(mock) as server:
        env = {
            **os.environ,
            "TEST_REDIS_URL": redis_url,
            "RAWUGC_API_KEY": TEST_KEY,
            "RAWUGC_BASE_URL": server.base_url,
            "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
        }
        # the first attempt's answer takes 30 s: the worker is killed while waiting for it
        mock.faults.add("generateImage", Fault(kind="delay", seconds=30, after=True))
        app = celery.Celery("tasks", broker=f"{redis_url}/0", backend=f"{redis_url}/2")
        result = app.send_task("tasks.make_image", args=["a lamp that glows"])
        first = _worker(tmp_path, env)
        deadline = time.monotonic() + 60
        while not mock.charges:  # the server ran the paid call
            assert time.monotonic() < deadline, "the task never reached the API"
            time.sleep(0.05)
        first.kill()  # SIGKILL mid-task: no ack, no ledger "accepted"
        first.wait(timeout=10)
        second = _worker(tmp_path, env)
        try:
            image_id = result.get(timeout=60)
        finally:
            second.kill()
            second.wait(timeout=10)
    assert [c.operation_id for c in mock.charges] == ["generateImage"]  # one charge
    assert list(mock.orgs[TEST_ORG].jobs["image"]) == [image_id]  # one result, the paid one
    assert mock.calls["generateImage"] == 1  # the redelivery looked it up, never resent it
