"""No paid work lost by a wait: what an ended wait knows, interrupts, completed jobs typed.

Against the RawUGC mock over loopback, on its manual clock (the waits advance it): nothing
sleeps for real, except the CLI subprocess, which polls the mock every few milliseconds.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pytest

from mediaapis import AsyncRawUGC, RawUGC
from mediaapis.rawugc import (
    JobFailedError,
    JobPendingError,
    JobTimeoutError,
    MalformedResponseError,
    wait_jobs,
)
from mediaapis_mocks import RawUGCMock
from mediaapis_mocks.rawugc import FAIL_MARKER
from mediaapis_mocks.server import LoopbackServer
from mediaapis_sdk.rawugc.music import CompletedMusicTrack
from mediaapis_sdk.rawugc.videos import CompletedVideo
from rawugc_client.models import Video

if TYPE_CHECKING:
    from tests.conftest import MakeRawUGC

ROOT = Path(__file__).resolve().parent.parent
MODEL: Final = "veo3_fast"


def finished_and_stuck(api: RawUGC, mock: RawUGCMock) -> tuple[Any, Any]:
    """One video finished (its 120 s are over) and one just accepted (120 s to go)."""
    done = api.videos.generate(model=MODEL, prompt="finished")
    mock.clock.advance(200)
    stuck = api.videos.generate(model=MODEL, prompt="stuck")
    return done, stuck


# -- wait_many keeps the finished results ------------------------------------------------------


def test_wait_many_returns_finished_results_and_a_pending_error_per_unfinished_job(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    done, stuck = finished_and_stuck(rawugc_api, rawugc_mock)
    results = rawugc_api.videos.wait_many([done, stuck], return_exceptions=True, timeout=40)
    first, second = results
    assert isinstance(first, CompletedVideo)
    assert first.video_id == done.video_id
    assert first.url.startswith("https://")
    assert isinstance(second, JobPendingError)
    assert isinstance(second, JobTimeoutError)  # what `except JobTimeoutError` expects
    assert second.job_id == stuck.video_id
    assert second.status == "pending"  # the last status known: a sweep lists finished jobs only
    assert second.pending == {stuck.video_id: "pending"}
    assert stuck.video_id in str(second)
    # the pending one is resumed by its id, and completes: no job was lost
    assert rawugc_mock.calls["generateVideo"] == 2
    again = rawugc_api.videos.wait_many([second.job_id])
    assert again[0].status == "completed"
    assert again[0].url


def test_a_wait_many_timeout_carries_the_finished_results_and_pickles_with_them(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, rawugc_api_key: str
) -> None:
    done, stuck = finished_and_stuck(rawugc_api, rawugc_mock)
    with pytest.raises(JobTimeoutError) as info:
        rawugc_api.videos.wait_many([done, stuck], timeout=40)
    error = info.value
    assert list(error.results) == [done.video_id]
    assert error.results[done.video_id].url
    assert error.pending == {stuck.video_id: "pending"}
    assert "1 finished" in str(error)
    note = "\n".join(error.__notes__)
    assert f'client.videos.wait_many(["{stuck.video_id}"])' in note
    data = pickle.dumps(error)
    assert rawugc_api_key.encode() not in data
    copy = pickle.loads(data)  # noqa: S301 - our own bytes
    assert copy.pending == error.pending
    assert copy.results[done.video_id].url == error.results[done.video_id].url
    assert copy.__notes__ == error.__notes__


def test_a_failure_raised_by_wait_many_carries_the_other_jobs(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    done = rawugc_api.videos.generate(model=MODEL, prompt="finished")
    failing = rawugc_api.videos.generate(model=MODEL, prompt=f"please {FAIL_MARKER}")
    rawugc_mock.clock.advance(200)
    stuck = rawugc_api.videos.generate(model=MODEL, prompt="stuck")
    with pytest.raises(JobFailedError) as info:
        rawugc_api.videos.wait_many([done, failing, stuck], timeout=40)
    error = info.value
    assert error.job_id == failing.video_id
    assert list(error.results) == [done.video_id]
    assert error.pending == {stuck.video_id: "pending"}
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert (copy.job_id, list(copy.results), copy.pending) == (
        error.job_id,
        list(error.results),
        error.pending,
    )


def test_the_functional_waits_take_ids_with_their_kind(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    done, stuck = finished_and_stuck(rawugc_api, rawugc_mock)
    clock = rawugc_mock.clock
    results = wait_jobs(
        rawugc_api,
        [done.video_id, stuck.video_id],
        kind="generateVideo",
        return_exceptions=True,
        timeout=40,
        clock=clock.now,
        sleep=clock.sleep,
    )
    assert isinstance(results[0], Video)
    assert results[0].url
    assert isinstance(results[1], JobPendingError)


async def test_async_wait_many_keeps_the_finished_results(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> None:
    clock = rawugc_mock.clock
    async with AsyncRawUGC(
        rawugc_api_key,
        base_url=rawugc_server.base_url,
        clock=clock,
        sleep=clock.sleep,
        async_sleep=clock.asleep,
    ) as api:
        done = await api.videos.generate(model=MODEL, prompt="finished")
        clock.advance(200)
        stuck = await api.videos.generate(model=MODEL, prompt="stuck")
        results = await api.videos.wait_many([done, stuck], return_exceptions=True, timeout=40)
        assert isinstance(results[0], CompletedVideo)
        assert results[0].url
        assert isinstance(results[1], JobPendingError)
        assert results[1].job_id == stuck.video_id
        with pytest.raises(JobTimeoutError) as info:
            await api.videos.wait_many([done, stuck], timeout=10)
        assert list(info.value.results) == [done.video_id]
        assert "await client.videos.wait_many" in "\n".join(info.value.__notes__)


# -- interrupts leave the accepted job's id ----------------------------------------------------


def resume_note(error: BaseException) -> str:
    notes: list[str] = [n for n in getattr(error, "__notes__", []) if n.startswith("mediaapis:")]
    assert len(notes) == 1, notes  # once, though generate_and_wait and wait both watch
    return notes[0]


@pytest.mark.parametrize("at_call", [1, 2], ids=["at-acceptance", "at-first-poll"])
def test_ctrl_c_in_on_progress_during_generate_and_wait_names_the_job(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, at_call: int
) -> None:
    seen: list[Video] = []

    def progress(job: Video) -> None:
        seen.append(job)
        if len(seen) == at_call:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as info:
        rawugc_api.videos.generate_and_wait(model=MODEL, prompt="a cat", on_progress=progress)
    (job_id,) = [v.video_id for v in rawugc_api.videos.list()]  # the one job accepted
    assert info.value.job_id == seen[0].video_id == job_id  # type: ignore[attr-defined]
    assert f'client.videos.wait("{job_id}")' in resume_note(info.value)
    # resumed with what the note says: one charge, the job finished
    video = rawugc_api.videos.wait(job_id)
    assert video.status == "completed"
    assert video.url
    assert rawugc_mock.calls["generateVideo"] == 1


def test_on_progress_gets_the_job_as_accepted_before_the_first_poll(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    seen: list[tuple[str, int]] = []

    def progress(job: Video) -> None:
        assert isinstance(job, Video)
        seen.append((str(job.status), rawugc_mock.calls.get("getVideo", 0)))

    track = rawugc_api.videos.generate_and_wait(model=MODEL, prompt="a cat", on_progress=progress)
    assert seen[0] == ("pending", 0)  # at acceptance, no poll made yet
    assert seen[-1][0] == "completed"
    assert track.url
    image_seen: list[str] = []
    rawugc_api.images.generate_and_wait(
        model="nano-banana-2", prompt="a mug", on_progress=lambda i: image_seen.append(i.prompt)
    )
    assert image_seen[0] == "a mug"  # what the accepted answer does not repeat comes from the call


def test_ctrl_c_in_a_sleep_of_wait_names_the_job(
    rawugc_mock: RawUGCMock, make_rawugc: MakeRawUGC
) -> None:
    clock = rawugc_mock.clock

    def sleep(seconds: float) -> None:
        if clock.now() > clock_start + 15:  # past the first poll
            raise KeyboardInterrupt
        clock.sleep(seconds)

    clock_start = clock.now()
    with make_rawugc(sleep=sleep) as api:
        accepted = api.videos.generate(model=MODEL, prompt="a cat")
        with pytest.raises(KeyboardInterrupt) as info:
            api.videos.wait(accepted)
    error = info.value
    assert error.job_id == accepted.video_id  # type: ignore[attr-defined]
    assert error.pending == {accepted.video_id: "processing"}  # type: ignore[attr-defined]
    assert "still processing" in resume_note(error)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert copy.job_id == accepted.video_id
    assert copy.__notes__ == error.__notes__


def test_ctrl_c_during_wait_many_carries_what_finished(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    done, stuck = finished_and_stuck(rawugc_api, rawugc_mock)
    calls: list[str] = []

    def progress(job: Video) -> None:
        calls.append(job.video_id)
        raise KeyboardInterrupt  # as the first finished job is reported

    with pytest.raises(KeyboardInterrupt) as info:
        rawugc_api.videos.wait_many([done, stuck], on_progress=progress)
    error = info.value
    assert calls == [done.video_id]
    assert list(error.results) == [done.video_id]  # type: ignore[attr-defined]
    assert error.results[done.video_id].url  # type: ignore[attr-defined]
    assert error.pending == {stuck.video_id: "pending"}  # type: ignore[attr-defined]
    assert "1 job(s) finished" in resume_note(error)
    assert f'client.videos.wait_many(["{stuck.video_id}"])' in resume_note(error)


async def test_cancelling_generate_and_wait_leaves_the_job_id(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> None:
    clock = rawugc_mock.clock
    accepted = asyncio.Event()
    seen: list[Video] = []

    async def forever(seconds: float) -> None:
        await asyncio.Event().wait()  # a wait that only a cancellation ends

    def progress(job: Video) -> None:
        seen.append(job)
        accepted.set()

    async with AsyncRawUGC(
        rawugc_api_key,
        base_url=rawugc_server.base_url,
        clock=clock,
        sleep=clock.sleep,
        async_sleep=forever,
    ) as api:
        task = asyncio.create_task(
            api.videos.generate_and_wait(model=MODEL, prompt="a cat", on_progress=progress)
        )
        await asyncio.wait_for(accepted.wait(), timeout=10)
        await asyncio.sleep(0.01)  # into the wait's sleep
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as info:
            await task
    job_id = seen[0].video_id
    assert info.value.job_id == job_id  # type: ignore[attr-defined]
    assert f'await client.videos.wait("{job_id}")' in resume_note(info.value)
    assert rawugc_mock.calls["generateVideo"] == 1


def test_bad_wait_settings_are_refused_before_the_job_is_paid(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    with pytest.raises(ValueError, match="wait_timeout"):
        rawugc_api.videos.generate_and_wait(model=MODEL, prompt="a cat", wait_timeout=-1)
    with pytest.raises(TypeError, match="on_progress"):
        rawugc_api.videos.generate_and_wait(model=MODEL, prompt="a cat", on_progress="print")  # type: ignore[arg-type]
    assert rawugc_mock.calls.get("generateVideo", 0) == 0


# -- completed jobs typed and checked as completed -------------------------------------------


def test_waits_return_completed_models(rawugc_api: RawUGC) -> None:
    video = rawugc_api.videos.generate_and_wait(model=MODEL, prompt="a cat")
    assert isinstance(video, CompletedVideo)
    assert isinstance(video, Video)
    assert len(video.url) > 0
    assert video.to_dict()["url"] == video.url
    track = rawugc_api.music.wait(rawugc_api.music.generate(prompt="lofi"))
    assert isinstance(track, CompletedMusicTrack)
    assert len(track.audio_url) > 0
    (again,) = rawugc_api.videos.wait_many([video])  # already over: one look, no sleep
    assert isinstance(again, CompletedVideo)
    assert again.url == video.url


@pytest.mark.parametrize("many", [False, True], ids=["wait", "wait_many"])
def test_a_completed_job_without_its_result_is_a_malformed_response(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, many: bool
) -> None:
    job_view = rawugc_mock._job_view

    def no_url(job: Any) -> dict[str, Any]:
        view = job_view(job)
        return {**view, "url": None} if view["status"] == "completed" else view

    rawugc_mock._job_view = no_url  # type: ignore[method-assign]
    accepted = rawugc_api.videos.generate(model=MODEL, prompt="a cat")
    videos = rawugc_api.videos
    wait = (lambda: videos.wait_many([accepted], return_exceptions=True)) if many else None
    with pytest.raises(MalformedResponseError, match="url") as info:
        wait() if wait else videos.wait(accepted)
    assert accepted.video_id in str(info.value)
    assert info.value.operation == ("listVideos" if many else "getVideo")


USER_FILE = """
from mediaapis import AsyncRawUGC, RawUGC
from mediaapis.rawugc import JobFailedError, JobPendingError

client = RawUGC()
video = client.videos.generate_and_wait(model="veo3", prompt="A cat")
print(len(video.url))
print(len(client.videos.wait("vid_1").url))
print(len(client.music.wait("mus_1").audio_url))
print(len(client.images.generate_and_wait(model="nano-banana-2", prompt="a mug").url))
for done in client.videos.wait_many(["vid_1", "vid_2"]):
    print(len(done.url))
for item in client.videos.wait_many(["vid_1"], return_exceptions=True):
    if isinstance(item, JobPendingError):
        print(item.job_id, item.status)
    elif isinstance(item, JobFailedError):
        print(item.fail_code)
    else:
        print(len(item.url))


async def main() -> None:
    api = AsyncRawUGC()
    found = await api.videos.generate_and_wait(model="veo3", prompt="A cat")
    print(len(found.url))
"""


def run_mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "service.py").write_text(source)
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n"
        "[mypy-rawugc_client.*]\nignore_errors = True\n"
        "[mypy-volc_icp_client.*]\nignore_errors = True\n"
    )
    env = {"MYPYPATH": f"{ROOT / 'generated'}:{ROOT / 'overrides'}", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir",
         str(tmp_path / ".mypy_cache"), "service.py"],  # a fresh cache: no stale verdict
        cwd=tmp_path, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


def test_completed_fields_need_no_narrowing_under_mypy_strict(tmp_path: Path) -> None:
    result = run_mypy(tmp_path, USER_FILE)
    assert result.returncode == 0, result.stdout
    # the check can fail: a job fetched with get() is not known to be completed
    result = run_mypy(tmp_path, USER_FILE + 'print(len(client.videos.get("vid_1").url))\n')
    assert result.returncode == 1
    assert 'Argument 1 to "len" has incompatible type "str | Unset | None"' in result.stdout


# -- the CLI: Ctrl-C while waiting -----------------------------------------------------------


@pytest.fixture
def cli_env(
    rawugc_server: LoopbackServer, rawugc_api_key: str, rawugc_mock: RawUGCMock
) -> dict[str, str]:
    rawugc_mock.rate_limit = 1000
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAWUGC_", "VOLC_"))}
    return {**env, "RAWUGC_API_KEY": rawugc_api_key, "RAWUGC_BASE_URL": rawugc_server.base_url}


def cli(env: dict[str, str], *argv: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "mediaapis.cli", "rawugc", *argv]
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # SIGINT as a terminal sends it, even where the suite runs with it ignored (a
        # background job, whose children inherit that): the test is of the CLI's Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_cli_ctrl_c_while_waiting_prints_the_job_and_the_resume_command(
    cli_env: dict[str, str], rawugc_mock: RawUGCMock, rawugc_api_key: str
) -> None:
    process = cli(cli_env, "generateMusic", "prompt=lofi", "--wait", "--min-interval=0.01",
                  "--max-interval=0.02")  # fmt: skip
    deadline = time.monotonic() + 30
    while rawugc_mock.calls.get("getMusicTrack", 0) < 2:  # accepted, and polling
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the CLI never polled"
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert rawugc_api_key not in out + err
    (job_id,) = [word for word in err.split() if word.startswith("mus_")][:1]
    resume = f"mediaapis rawugc getMusicTrack musicId={job_id} --wait"
    assert resume in err
    assert rawugc_mock.calls["generateMusic"] == 1
    # the printed command resumes the wait, and the job completes: nothing lost, nothing re-paid
    rawugc_mock.clock.advance(600)
    process = cli(cli_env, *resume.split()[2:], "--min-interval=0.01")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert '"status": "completed"' in out
    assert job_id in out
    assert rawugc_mock.calls["generateMusic"] == 1
