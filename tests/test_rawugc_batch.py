"""Batch runs (``RawUGC.batch``, ``mediaapis rawugc batch``) against the mocks: results as they
finish at a fraction of a status request per job, bad lines by line number, a budget that runs
out, TTY and plain output, Ctrl-C and a re-run, a SIGKILL halfway through 40 lines with
injected faults and a re-run (every line finished once, charges equal lines), three processes
on one Redis ledger (each line sent once), and the ledger's leases in its three stores."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mediaapis import AsyncRawUGC, RawUGC, cli
from mediaapis.batch_cli import Display
from mediaapis.ledger import Ledger, MemoryLedger, RedisLedger, SQLiteLedger
from mediaapis.rawugc.batch import BatchProgress, BatchResult
from mediaapis_mocks import FAIL_MARKER, TEST_ORG, Clock, Fault, RawUGCMock
from mediaapis_mocks.rawugc import TEST_KEY
from mediaapis_mocks.server import LoopbackServer

FAST = {"video": 0.2, "image": 0.2, "music": 0.2}
QUICK = ["--min-interval", "0.1", "--max-interval", "0.3", "--sweep-every", "0.3"]


def image(n: int, prompt: str | None = None) -> dict[str, Any]:
    return {
        "custom_id": f"img-{n}",
        "operation": "images.generate",
        "body": {"model": "nano-banana-2", "prompt": prompt or f"a lamp, take {n}"},
    }


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" if not isinstance(x, str) else x for x in lines))
    return path


def results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def wall_mock() -> Iterator[tuple[RawUGCMock, str]]:
    """A mock on the wall clock (for the command and other processes), jobs done in 0.2 s."""
    mock = RawUGCMock(clock=Clock(), rate_limit=100_000, durations=FAST, queue_seconds=0.0)
    with LoopbackServer(mock) as server:
        yield mock, server.base_url


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAWUGC_API_KEY", TEST_KEY)


# -- the Python API, on the mock's manual clock ---------------------------------------------


def test_results_come_as_jobs_finish_at_a_tenth_of_a_status_request_per_job(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    lines = [image(n) for n in range(40)]
    sent_when_first_known = None
    found: list[BatchResult] = []
    for result in rawugc_api.batch(lines):
        if sent_when_first_known is None:
            sent_when_first_known = rawugc_mock.calls["generateImage"]
        found.append(result)
    assert sorted(r.custom_id for r in found) == sorted(x["custom_id"] for x in lines)
    assert all(r.status == "completed" and r.url and r.credits_used == 4 for r in found)
    assert sent_when_first_known is not None
    assert sent_when_first_known < 40
    assert rawugc_mock.calls["listImages"] / 40 <= 0.1
    assert rawugc_mock.calls["getImage"] == 0
    assert rawugc_mock.rate_limited == 0
    assert len(rawugc_mock.charges) == 40


def test_bad_lines_are_reported_with_line_and_field_and_the_rest_run(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    lines = [
        image(1),
        {
            "custom_id": "bad-model",
            "operation": "generateImage",
            "body": {"model": "x", "prompt": "a"},
        },
        {
            "custom_id": "no-prompt",
            "operation": "generateImage",
            "body": {"model": "nano-banana-2"},
        },
        {"custom_id": "no-job", "operation": "characters.list", "body": {}},
        {**image(1), "custom_id": "img-1"},  # a custom_id used twice
        image(2, prompt=f"a mug {FAIL_MARKER}"),
    ]
    found = {(r.line, r.custom_id): r for r in rawugc_api.batch(lines)}
    invalid = {line: r for (line, _), r in found.items() if r.status == "invalid"}
    assert sorted(invalid) == [2, 3, 4, 5]
    assert invalid[2].error is not None
    assert invalid[2].error.field == "body.model"
    assert "line 2:" in invalid[2].error.message
    assert invalid[3].error is not None
    assert invalid[3].error.field == "body.prompt"
    assert invalid[4].error is not None
    assert invalid[4].error.field == "operation"
    assert invalid[5].error is not None
    assert invalid[5].error.field == "custom_id"
    assert found[(1, "img-1")].status == "completed"
    failed = found[(6, "img-2")]
    assert failed.status == "failed"
    assert failed.error is not None
    assert failed.error.code == "GENERATION_FAILED"
    assert len(rawugc_mock.charges) == 2  # the bad lines were never sent


def test_a_budget_that_runs_out_halfway_refuses_the_rest_and_a_rerun_goes_on(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    lines = [image(n) for n in range(10)]  # 4 credits each (the spec's costBy model)
    first = list(rawugc_api.batch(lines, max_credits=22))
    statuses = [r.status for r in first]
    assert statuses.count("completed") == 5
    assert statuses.count("over_budget") == 5
    refused = next(r for r in first if r.status == "over_budget")
    assert refused.error is not None
    assert "2 of 22 left" in refused.error.message
    assert len(rawugc_mock.charges) == 5
    again = list(rawugc_api.batch(lines, done=first, max_credits=40))  # the budget of the batch
    assert [r.status for r in again] == ["completed"] * 5
    assert len(rawugc_mock.charges) == 10


def test_an_unpriced_operation_needs_a_reservation_under_a_budget(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    video = {
        "custom_id": "v",
        "operation": "generateVideo",
        "body": {"model": "veo3", "prompt": "a"},
    }
    (refused,) = rawugc_api.batch([video], max_credits=100)
    assert refused.status == "over_budget"
    assert refused.error is not None
    assert "--unpriced-cost" in refused.error.message
    (done,) = rawugc_api.batch([video], max_credits=100, unpriced_cost=15)
    assert done.status == "completed"
    assert done.credits_used == 10


def test_a_repeat_in_the_same_ledger_pays_nothing(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    lines = [image(n) for n in range(3)]
    first = {r.custom_id: r.job_id for r in rawugc_api.batch(lines)}
    calls = dict(rawugc_mock.calls)
    second = {r.custom_id: r.job_id for r in rawugc_api.batch(lines)}
    assert second == first
    assert rawugc_mock.calls["generateImage"] == calls["generateImage"]
    assert rawugc_mock.calls["listImages"] == calls["listImages"]  # ends known from the ledger
    assert len(rawugc_mock.charges) == 3


async def test_abatch_yields_the_same_results(
    async_rawugc_api: AsyncRawUGC, rawugc_mock: RawUGCMock
) -> None:
    progress: list[BatchProgress] = []
    found = [
        r
        async for r in async_rawugc_api.abatch(
            [image(n) for n in range(12)], on_progress=progress.append
        )
    ]
    assert sorted(r.status for r in found) == ["completed"] * 12
    assert progress[-1].counts["completed"] == 12
    assert progress[-1].credits == 48
    assert rawugc_mock.calls["listImages"] <= 2


# -- the command ------------------------------------------------------------------------------


def test_dry_run_lists_cost_and_the_time_the_limit_implies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [image(n) for n in range(25)])
    assert cli.main(["rawugc", "batch", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line   21  img-20" in out
    assert "4 credits  sent at +2m00s" in out
    assert "25 line(s) to send" in out
    assert "100 credits" in out
    assert "about 2m30s at the key's limit" in out  # 2 windows, then the image's 30 s estimate


def test_a_csv_batch_with_its_operation(
    tmp_path: Path, wall_mock: tuple[RawUGCMock, str], env: None
) -> None:
    mock, base_url = wall_mock
    source = tmp_path / "sheet.csv"
    source.write_text(
        "custom_id,model,prompt,googleSearch\nr1,nano-banana-2,a mug,true\n,nano-banana-2,a cup,\n"
    )
    out = tmp_path / "out.jsonl"
    command = ["rawugc", "batch", str(source), "--out", str(out), "--base-url", base_url]
    ledger = ["--ledger", f"sqlite:///{tmp_path / 'jobs.db'}"]
    assert cli.main([*command, *ledger, *QUICK]) == 2  # no --operation
    assert cli.main([*command, *ledger, *QUICK, "--operation", "images.generate"]) == 0
    assert sorted(r["custom_id"] for r in results(out)) == ["r1", "sheet:3"]
    assert len(mock.charges) == 2


def test_tty_output_redraws_counts_and_a_pipe_gets_plain_lines() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    result = BatchResult("a", "completed", "generateImage", "img_1", "https://x/1.png", 4, line=1)
    progress = BatchProgress(3, {"queued": 1, "running": 1, "completed": 1}, 4, 75.0)
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        display = Display(stream)
        display.progress(progress)
        display.result(result)
        display.close("done")
    assert "\r[queued 1 running 1 completed 1] 4 credits  ETA 1m15s" in terminal.getvalue()
    assert "img_1" not in terminal.getvalue()
    assert pipe.getvalue() == "line 1 a: completed 4 credits https://x/1.png\ndone\n"


def test_an_error_that_ends_the_run_is_reported_as_every_command_reports_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing key or a server that cannot be reached ends the run with the CLI's one report
    of a typed error and its class's exit code (2: usage; 3: may pass on a retry)."""
    source = write_jsonl(tmp_path / "in.jsonl", [image(0)])
    command = ["rawugc", "batch", str(source), "--out", str(tmp_path / "out.jsonl"), *QUICK]
    command += ["--ledger", f"sqlite:///{tmp_path / 'jobs.db'}"]
    monkeypatch.delenv("RAWUGC_API_KEY", raising=False)
    assert cli.main(command) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: RAWUGC_API_KEY is not set")
    assert err.count("error:") == 1
    monkeypatch.setenv("RAWUGC_API_KEY", TEST_KEY)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    assert cli.main([*command, "--base-url", closed, "--timeout", "5"]) in (1, 3)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert TEST_KEY not in err


def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(
    tmp_path: Path,
    wall_mock: tuple[RawUGCMock, str],
    env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    ctrl_c: None,
) -> None:
    mock, base_url = wall_mock
    source = write_jsonl(tmp_path / "in.jsonl", [image(n) for n in range(8)])
    out = tmp_path / "out.jsonl"
    command = ["rawugc", "batch", str(source), "--out", str(out), "--base-url", base_url]
    command += ["--ledger", f"sqlite:///{tmp_path / 'jobs.db'}", *QUICK]
    shown = Display.result

    def ctrl_c_at_the_third(display: Display, result: BatchResult) -> None:
        shown(display, result)
        if len(results(out)) == 3:  # a real SIGINT, at a known point: the third line written
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(Display, "result", ctrl_c_at_the_third)
    assert cli.main(command) == 130
    err = capsys.readouterr().err
    assert "interrupted: 3 of 8 line(s) finished" in err
    assert "Re-run the same command" in err
    assert "Traceback" not in err
    monkeypatch.setattr(Display, "result", shown)
    assert cli.main(command) == 0
    written = results(out)
    assert sorted(r["custom_id"] for r in written) == sorted(f"img-{n}" for n in range(8))
    assert len(mock.charges) == 8
    assert mock.calls["generateImage"] == 8


# -- real processes: a SIGKILL halfway, three processes on one Redis ----------------------------

WORKER = textwrap.dedent(
    """
    import os, signal, sys, time
    import httpx
    from mediaapis import cli

    kill_after = int(os.environ.get("KILL_AFTER_GENERATE", "0"))
    start = float(os.environ.get("START_AT", "0"))
    sent = [0]
    original = httpx.HTTPTransport.handle_request

    def handle(self, request):
        response = original(self, request)
        if request.url.path.endswith("/generate"):
            response.read()
            sent[0] += 1
            if sent[0] == kill_after:  # the server ran it; the answer is not recorded
                os.kill(os.getpid(), signal.SIGKILL)
        return response

    httpx.HTTPTransport.handle_request = handle
    while time.time() < start:
        time.sleep(0.005)
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def _worker(tmp_path: Path, args: list[str], **extra: str) -> subprocess.Popen[str]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    env = {**os.environ, "RAWUGC_API_KEY": TEST_KEY, "PYTHONUNBUFFERED": "1", **extra}
    command = [sys.executable, str(script), "rawugc", "batch", *args, *QUICK]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = process.communicate(timeout=120)
    return process.returncode, err


def test_forty_lines_with_faults_killed_halfway_then_rerun_finish_each_line_once(
    tmp_path: Path, wall_mock: tuple[RawUGCMock, str]
) -> None:
    mock, base_url = wall_mock
    lines = [image(n, prompt=f"a mug {FAIL_MARKER}" if n == 7 else None) for n in range(40)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    args = [str(source), "--out", str(out), "--base-url", base_url]
    args += ["--ledger", f"sqlite:///{tmp_path / 'jobs.db'}"]
    mock.faults.add("generateImage", Fault(kind="status", status=503, after=True))  # answer lost
    mock.faults.add("generateImage", Fault(kind="drop", after=True))  # connection cut, ran
    mock.faults.add("listImages", Fault(kind="status", status=503, times=2))  # a sweep retried
    code, err = _wait(_worker(tmp_path, args, KILL_AFTER_GENERATE="20"))
    assert code == -signal.SIGKILL, err
    first = results(out)
    assert 0 < len(first) < 40  # some written, not all
    assert len(mock.charges) == 21  # the 21st request ran: its answer died with the process
    code, err = _wait(_worker(tmp_path, args))
    assert code == 0, err
    written = results(out)
    finished: dict[str, list[dict[str, Any]]] = {}
    for row in written:
        if row["status"] in ("completed", "failed"):
            finished.setdefault(row["custom_id"], []).append(row)
    assert sorted(finished) == sorted(x["custom_id"] for x in lines)
    assert all(len(rows) == 1 for rows in finished.values())  # each line finished exactly once
    assert [rows[0]["status"] for rows in finished.values()].count("failed") == 1
    assert len(mock.charges) == 40  # charges equal lines
    assert mock.calls["generateImage"] == 40  # nothing sent twice
    paid = set(mock.orgs[TEST_ORG].jobs["image"])
    assert {rows[0]["job_id"] for rows in finished.values()} == paid


def test_three_processes_on_one_redis_send_each_line_once(
    tmp_path: Path, wall_mock: tuple[RawUGCMock, str], redis_url: str
) -> None:
    mock, base_url = wall_mock
    lines = [image(n) for n in range(30)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    start = str(time.time() + 2.0)  # every process past its imports, then released together
    workers = []
    for name in "abc":
        args = [str(source), "--out", str(tmp_path / f"{name}.jsonl"), "--base-url", base_url]
        workers.append(_worker(tmp_path, [*args, "--ledger", f"{redis_url}/3"], START_AT=start))
    outcomes = [_wait(w) for w in workers]
    assert [code for code, _ in outcomes] == [0, 0, 0], [err for _, err in outcomes]
    assert mock.calls["generateImage"] == 30
    assert len(mock.charges) == 30
    seen = [{r["custom_id"]: r["job_id"] for r in results(tmp_path / f"{n}.jsonl")} for n in "abc"]
    assert seen[0] == seen[1] == seen[2]  # every process writes every line's result
    assert len(seen[0]) == 30


def test_processes_sharing_a_redis_ledger_share_the_keys_pacing_there(
    tmp_path: Path,
    wall_mock: tuple[RawUGCMock, str],
    redis_url: str,
    env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without ``--pacing``, a Redis ledger also counts the key's requests: every process (or
    host) on that ledger paces against one budget instead of each spending it alone."""
    import redis

    _, base_url = wall_mock
    source = write_jsonl(tmp_path / "in.jsonl", [image(0)])
    command = ["rawugc", "batch", str(source), "--out", str(tmp_path / "out.jsonl")]
    command += ["--base-url", base_url, "--ledger", f"{redis_url}/5", *QUICK]
    assert cli.main(command) == 0
    store = redis.Redis.from_url(f"{redis_url}/5")
    names = [name.decode() for name in store.scan_iter()]
    assert any(name.startswith("LIMITS:rawugc/") for name in names), names  # the limiter's
    bad = ["rawugc", "batch", str(source), "--out", str(tmp_path / "o2.jsonl"), "--pacing", "x:/"]
    assert cli.main(bad) == 2
    assert "--pacing" in capsys.readouterr().err


# -- the ledger: finish, leases, transactions --------------------------------------------------


def _stores(tmp_path: Path, redis: str | None) -> list[Ledger]:
    stores: list[Ledger] = [MemoryLedger(), SQLiteLedger(str(tmp_path / "l.db"))]
    if redis is not None:
        stores.append(RedisLedger(f"{redis}/4"))
    return stores


@pytest.fixture
def maybe_redis(request: pytest.FixtureRequest) -> str | None:
    if shutil.which("redis-server") is None:
        return None
    url: str = request.getfixturevalue("redis_url")
    return url


def test_a_lease_is_held_renewed_and_given_up_in_every_store(
    tmp_path: Path, maybe_redis: str | None
) -> None:
    for ledger in _stores(tmp_path, maybe_redis):
        name = f"sweeper-{type(ledger).__name__}"
        assert ledger.take_lease(name, 30, run="one")
        assert ledger.take_lease(name, 30, run="one")  # renewed
        assert not ledger.take_lease(name, 30, run="two")  # another run of this process waits
        held = ledger.lease_held(name)
        assert held is not None
        assert held.run == "one"
        ledger.drop_lease(name, run="two")  # not its holder: nothing happens
        assert ledger.lease_held(name) is not None
        ledger.drop_lease(name, run="one")
        assert ledger.lease_held(name) is None
        assert ledger.take_lease(name, 30, run="two")
        ledger.close()


LEASE_HOLDER = textwrap.dedent(
    """
    import os, signal, sys
    from mediaapis.ledger import RedisLedger, SQLiteLedger
    url = sys.argv[1]
    ledger = RedisLedger(url) if url.startswith("redis") else SQLiteLedger(url)
    assert ledger.take_lease("sweeper", 600)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_lease_whose_holder_was_killed_is_taken_over_at_once(
    tmp_path: Path, maybe_redis: str | None
) -> None:
    targets = [str(tmp_path / "l.db"), *([f"{maybe_redis}/5"] if maybe_redis else [])]
    for target in targets:
        killed = subprocess.run(
            [sys.executable, "-c", LEASE_HOLDER, target], check=False, capture_output=True
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        ledger = RedisLedger(target) if target.startswith("redis") else SQLiteLedger(target)
        held = ledger.lease_held("sweeper")
        assert held is not None
        assert held.holder.split(":")[1] != str(os.getpid())
        assert ledger.take_lease("sweeper", 600)  # its holder is dead: no 600 s wait
        ledger.close()


def test_finish_keeps_the_end_for_every_process(tmp_path: Path, maybe_redis: str | None) -> None:
    from mediaapis.ledger import Record

    for ledger in _stores(tmp_path, maybe_redis):
        key = f"k-{type(ledger).__name__}"
        ledger.claim(Record(key, "generateImage", "f", "sending", owner="x", account="acct"))
        unchanged = ledger.finish(key, "{}")  # not accepted yet: left as it is
        assert unchanged is not None
        assert unchanged.state == "sending"
        ledger.accept(key, '{"imageId": "img_1"}', "img_1")
        assert [r.key for r in ledger.pending("acct")] == [key]
        assert ledger.pending("other") == []
        record = ledger.finish(key, '{"status": "completed"}')
        assert record is not None
        assert record.state == "done"
        assert record.final is not None
        assert ledger.pending("acct") == []
        ledger.close()


def test_a_failed_sqlite_update_rolls_back_and_frees_the_file(tmp_path: Path) -> None:
    path = str(tmp_path / "l.db")
    ledger = SQLiteLedger(path)

    def boom(_: object) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        ledger._update("k", boom)
    assert not ledger._connection().in_transaction  # no write lock left behind
    other = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process can write at once
    other.execute("ROLLBACK")
    other.close()


def test_a_transaction_sqlite_ended_itself_raises_its_own_error(tmp_path: Path) -> None:
    """An interrupted write (a Ctrl-C's ``interrupt()``, here a progress handler) makes SQLite
    roll the transaction back itself: the error raised is that one, not a masking
    'cannot rollback - no transaction is active', and the connection stays usable."""
    ledger = SQLiteLedger(str(tmp_path / "l.db"))
    db = ledger._connection()

    def interrupted(connection: sqlite3.Connection) -> None:
        connection.execute("INSERT INTO mediaapis_ledger VALUES ('a', '{}')")
        connection.set_progress_handler(lambda: 1, 1)
        try:
            connection.execute(
                "INSERT INTO mediaapis_ledger SELECT key || 'b', record FROM mediaapis_ledger"
            )
        finally:
            connection.set_progress_handler(None, 1)

    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        ledger._transaction(interrupted)
    assert not db.in_transaction
    assert ledger.get("a") is None  # rolled back
    ledger.accept("a", "{}", None)  # and usable
