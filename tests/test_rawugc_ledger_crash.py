"""Idempotency keys across processes: a worker killed with SIGKILL at each point of a paid call,
then run again with the same key, is charged once and loses no job; two processes racing one
key are charged once. Real processes, a real SQLite ledger file, the mock on loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mediaapis_mocks import Clock
from mediaapis_mocks.rawugc import TEST_ORG, RawUGCMock
from mediaapis_mocks.server import LoopbackServer

WORKER = textwrap.dedent(
    """
    import json, os, signal, sys, time
    import httpx
    from mediaapis import RawUGC
    from mediaapis.ledger import SQLiteLedger
    from mediaapis_mocks.rawugc import TEST_KEY

    base_url, db, key, point, prompt, start = sys.argv[1:7]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    class Crashing(httpx.HTTPTransport):
        def handle_request(self, request):
            paid = request.url.path.endswith("/generate")
            if paid and point == "before_send":
                die()  # the ledger says "sending"; nothing left the process
            response = super().handle_request(request)
            if paid and point == "after_send":
                response.read()
                die()  # the server ran it; the answer never reached the caller
            return response

    class CrashingLedger(SQLiteLedger):
        def accept(self, key, result, job_id):
            if point == "after_answer":
                die()  # answered, not yet recorded
            super().accept(key, result, job_id)

    while time.time() < float(start):
        time.sleep(0.005)
    with RawUGC(TEST_KEY, base_url=base_url, ledger=CrashingLedger(db),
                transport=Crashing()) as api:
        image = api.images.generate(model="nano-banana-2", prompt=prompt, idempotency_key=key)
    print(json.dumps({"imageId": image.image_id}))
    """
)


@pytest.fixture
def mock() -> RawUGCMock:
    return RawUGCMock(clock=Clock(), rate_limit=10_000)


def _run(
    tmp_path: Path, base_url: str, key: str, point: str, prompt: str, start: float = 0.0
) -> subprocess.Popen[str]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    args = [base_url, str(tmp_path / "jobs.db"), key, point, prompt, str(start)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = process.communicate(timeout=60)
    if process.returncode not in (0, -signal.SIGKILL):
        pytest.fail(f"worker exited {process.returncode}: {err[-2000:]}")
    return process.returncode, out


@pytest.mark.parametrize("point", ["before_send", "after_send", "after_answer"])
def test_killed_worker_rerun_with_same_key_is_charged_once(
    mock: RawUGCMock, tmp_path: Path, point: str
) -> None:
    with LoopbackServer(mock) as server:
        code, _ = _finish(_run(tmp_path, server.base_url, f"job-{point}", point, point))
        assert code == -signal.SIGKILL
        ran_before_kill = len(mock.charges)
        assert ran_before_kill == (0 if point == "before_send" else 1)
        code, out = _finish(_run(tmp_path, server.base_url, f"job-{point}", "none", point))
    assert code == 0
    image_id = json.loads(out)["imageId"]
    assert [c.operation_id for c in mock.charges] == ["generateImage"]  # one key, one charge
    assert list(mock.orgs[TEST_ORG].jobs["image"]) == [image_id]  # the paid job is the answer


def test_fault_matrix_charges_equal_distinct_keys(mock: RawUGCMock, tmp_path: Path) -> None:
    """Every kill point with its own key, each run twice: as many charges as keys, every
    charged job returned to its key."""
    points = ["before_send", "after_send", "after_answer", "none"]
    with LoopbackServer(mock) as server:
        for point in points:
            _finish(_run(tmp_path, server.base_url, f"k-{point}", point, f"p-{point}"))
        answers = {}
        for point in points:
            code, out = _finish(_run(tmp_path, server.base_url, f"k-{point}", "none", f"p-{point}"))
            assert code == 0
            answers[point] = json.loads(out)["imageId"]
    assert len(mock.charges) == len(points)
    assert sorted(answers.values()) == sorted(mock.orgs[TEST_ORG].jobs["image"])


def test_two_processes_racing_one_key_are_charged_once(mock: RawUGCMock, tmp_path: Path) -> None:
    with LoopbackServer(mock) as server:
        start = time.time() + 1.5  # both past their imports, then released together
        racers = [_run(tmp_path, server.base_url, "race", "none", "race", start) for _ in "ab"]
        results = [_finish(p) for p in racers]
    assert [code for code, _ in results] == [0, 0]
    ids = {json.loads(out)["imageId"] for _, out in results}
    assert len(ids) == 1
    assert len(mock.charges) == 1
    assert mock.calls["generateImage"] == 1
