"""Polling jobs to the end against the mock on its manual clock (the waits advance it)."""

from __future__ import annotations

import math
import time
import uuid
from typing import TYPE_CHECKING, Any

import pytest

from mediaapis import rawugc
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks.rawugc import FAIL_MARKER
from rawugc_client.api.images import generate_image
from rawugc_client.api.music import generate_music
from rawugc_client.api.videos import generate_video
from rawugc_client.models import (
    GenerateImageRequest,
    GenerateMusicRequest,
    GenerateVideoRequest,
    ImageGenerationAccepted,
    Video,
)

if TYPE_CHECKING:
    from tests.conftest import MakeRawUGC


@pytest.fixture
def api(rawugc_mock: RawUGCMock, make_rawugc: MakeRawUGC) -> rawugc.RawUGC:
    key = f"jobs-{uuid.uuid4().hex}"
    rawugc_mock.add_key(key, org=TEST_ORG, rate_limit=100_000)
    return make_rawugc(key)


class Waits:
    """The injectable clock and sleep: sleeping advances the mock's manual clock."""

    def __init__(self, mock: RawUGCMock) -> None:
        self.mock = mock
        self.slept: list[float] = []

    def now(self) -> float:
        return self.mock.clock.now()

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.mock.clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def kwargs(self) -> dict[str, Any]:
        return {"clock": self.now, "sleep": self.sleep}


def video(api: rawugc.RawUGC, prompt: str = "a cat reviews headphones") -> Any:
    body = GenerateVideoRequest(model="veo3_fast", prompt=prompt)
    return generate_video.sync(client=api.client, body=body)


def test_video_completes_with_url_polled_within_the_spec_interval(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock
) -> None:
    waits, seen = Waits(rawugc_mock), list[Video]()
    accepted = video(api)
    before = rawugc_mock.calls.get("getVideo", 0)
    done = rawugc.wait_job(api, accepted, on_progress=seen.append, **waits.kwargs())
    assert done.status == "completed"
    assert done.url.startswith("https://")
    assert done.video_id == accepted.video_id
    # the estimate (120 s) is past the spec's 10-30 s advice: polls every 30 s
    assert waits.slept == [30.0, 30.0, 30.0, 30.0]
    assert [item.status for item in seen] == ["processing"] * 3 + ["completed"]
    assert rawugc_mock.calls["getVideo"] - before == 4


def test_a_status_the_spec_does_not_name_means_in_progress(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock
) -> None:
    """The page names only completed and failed: another word (``rendering``) parses and is
    polled on, one job and many alike."""
    job_view = rawugc_mock._job_view

    def renamed(job: Any) -> dict[str, Any]:
        view = job_view(job)
        return {**view, "status": "rendering"} if view["status"] == "processing" else view

    rawugc_mock._job_view = renamed  # type: ignore[method-assign]
    waits, seen = Waits(rawugc_mock), list[Video]()
    done = rawugc.wait_job(api, video(api), on_progress=seen.append, **waits.kwargs())
    assert [item.status for item in seen] == ["rendering"] * 3 + ["completed"]
    assert done.url
    results = rawugc.wait_jobs(api, [video(api), video(api)], **waits.kwargs())
    assert [r.status for r in results] == ["completed", "completed"]


def test_image_and_music_results(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    waits = Waits(rawugc_mock)
    image = generate_image.sync(
        client=api.client, body=GenerateImageRequest(model="nano-banana-2", prompt="a mug")
    )
    music = generate_music.sync(client=api.client, body=GenerateMusicRequest(prompt="lofi"))
    done_image = rawugc.wait_job(api, image, **waits.kwargs())
    assert waits.slept == [30.0]  # the estimate, 30 s, was right
    done_music = rawugc.wait_job(api, music, **waits.kwargs())
    assert rawugc.result_url(done_image) == done_image.url
    assert done_image.url.endswith(".png")
    assert rawugc.result_url(done_music) == done_music.audio_url
    assert done_music.audio_url.endswith(".mp3")
    assert rawugc.result_url(image) is None  # not finished when accepted


def test_backoff_starts_at_the_minimum_and_doubles_to_the_maximum(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock
) -> None:
    waits = Waits(rawugc_mock)
    rawugc_mock.durations["image"] = 70.0
    image = generate_image.sync(
        client=api.client, body=GenerateImageRequest(model="nano-banana-2", prompt="a mug")
    )
    assert isinstance(image, ImageGenerationAccepted)  # waited on by id: no estimate to start from
    rawugc.wait_job(api, image.image_id, kind=generate_image, **waits.kwargs())
    assert waits.slept == [10.0, 20.0, 30.0, 30.0]
    waits.slept.clear()
    accepted = video(api)
    rawugc.wait_job(api, accepted, min_interval=1, max_interval=8, **waits.kwargs())
    assert waits.slept[:1] == [8.0]
    assert set(waits.slept) == {8.0}


def test_failed_job_raises_with_its_code_and_message(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock
) -> None:
    accepted = video(api, prompt=f"please {FAIL_MARKER}")
    with pytest.raises(rawugc.JobFailedError) as info:
        rawugc.wait_job(api, accepted, **Waits(rawugc_mock).kwargs())
    assert info.value.job_id == accepted.video_id
    assert info.value.fail_code == "GENERATION_FAILED"
    assert info.value.fail_message
    assert info.value.job.status == "failed"


def test_deadline(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    waits = Waits(rawugc_mock)
    accepted = video(api)
    with pytest.raises(rawugc.JobTimeoutError) as info:
        rawugc.wait_job(api, accepted, timeout=50, **waits.kwargs())
    assert sum(waits.slept) == 50.0  # 30, then the 20 left, then a last look
    assert info.value.pending == {accepted.video_id: "processing"}


def staggered(api: rawugc.RawUGC, mock: RawUGCMock, count: int, step: float) -> list[Any]:
    jobs = []
    for index in range(count):
        jobs.append(video(api, prompt=f"job {index}"))
        mock.clock.advance(step)
    return jobs


def test_many_jobs_use_the_list_endpoint(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    waits = Waits(rawugc_mock)
    rawugc_mock.set_credits(TEST_ORG, 100_000)
    jobs = staggered(api, rawugc_mock, 100, 1.0)
    known_at: dict[str, float] = {}
    before = dict(rawugc_mock.calls)

    def progress(item: Any) -> None:
        known_at[item.video_id] = rawugc_mock.clock.now()

    results = rawugc.wait_jobs(api, jobs, on_progress=progress, **waits.kwargs())
    assert [r.video_id for r in results] == [j.video_id for j in jobs]
    assert all(r.status == "completed" and r.url for r in results)
    requests = sum(rawugc_mock.calls.get(op, 0) - before.get(op, 0) for op in rawugc_mock.calls)
    assert requests == rawugc_mock.calls["listVideos"] - before.get("listVideos", 0)
    assert requests / len(jobs) <= 0.2  # one-by-one polling needs about 4 per job
    for result in results:
        finished = result.completed_at.timestamp()
        assert 0 <= known_at[result.video_id] - finished <= 30.0  # within one interval


@pytest.mark.parametrize("newest_first", [True, False])
def test_many_jobs_whatever_the_list_order(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock, newest_first: bool
) -> None:
    """More than a page (100) of older finished videos: newest first, the sweep stops at the
    oldest job waited on; oldest first (the spec states no order) it must read on to the end."""
    waits = Waits(rawugc_mock)
    rawugc_mock.set_credits(TEST_ORG, 100_000)
    rawugc_mock.list_newest_first = newest_first
    staggered(api, rawugc_mock, 120, 1.0)
    rawugc_mock.clock.advance(600)  # all of them finished long ago
    jobs = staggered(api, rawugc_mock, 3, 1.0)
    pages: list[int] = []
    list_videos = rawugc_mock.list_videos

    def recording(call: Any) -> Any:
        pages.append(call.params["page"])
        return list_videos(call)

    rawugc_mock.list_videos = recording  # type: ignore[method-assign]
    results = rawugc.wait_jobs(api, jobs, timeout=600, **waits.kwargs())
    assert [r.video_id for r in results] == [j.video_id for j in jobs]
    # 123 completed videos are 2 pages: newest first the first page holds every job waited on
    assert max(pages) == (1 if newest_first else 2)


def test_many_jobs_of_mixed_kinds_with_a_failure(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock
) -> None:
    waits = Waits(rawugc_mock)
    image = generate_image.sync(
        client=api.client, body=GenerateImageRequest(model="nano-banana-2", prompt="a mug")
    )
    music = generate_music.sync(client=api.client, body=GenerateMusicRequest(prompt="lofi"))
    failing = video(api, prompt=FAIL_MARKER)
    jobs = [video(api), image, music, failing]
    results = rawugc.wait_jobs(api, jobs, return_exceptions=True, **waits.kwargs())
    assert [type(r).__name__ for r in results] == ["Video", "Image", "MusicTrack", "JobFailedError"]
    assert results[3].fail_code == "GENERATION_FAILED"
    with pytest.raises(rawugc.JobFailedError):
        rawugc.wait_jobs(api, jobs, **waits.kwargs())
    with pytest.raises(rawugc.JobTimeoutError) as info:
        rawugc.wait_jobs(api, [video(api), video(api)], timeout=20, **waits.kwargs())
    assert len(info.value.pending) == 2


def test_bare_ids_need_a_kind(api: rawugc.RawUGC) -> None:
    with pytest.raises(ValueError, match="kind="):
        rawugc.wait_job(api, "vid_1")
    with pytest.raises(ValueError, match="starts no job"):
        rawugc.wait_job(api, "vid_1", kind="listVideos")


async def test_async_waits(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    waits = Waits(rawugc_mock)
    jobs = staggered(api, rawugc_mock, 3, 5.0)
    async with api:
        one = await rawugc.await_job(api, jobs[0], clock=waits.now, sleep=waits.asleep)
        many = await rawugc.await_jobs(api, jobs, clock=waits.now, sleep=waits.asleep)
    assert one.status == "completed"
    assert [m.video_id for m in many] == [j.video_id for j in jobs]


# -- waits that end, arguments refused at the call ---------------------------------------------


@pytest.mark.parametrize("many", [False, True], ids=["wait_job", "wait_jobs"])
def test_a_sleep_without_its_clock_still_reaches_the_deadline(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock, many: bool
) -> None:
    """A sleep that returns at once, with the default clock: time is counted by the sleeps,
    so the deadline comes after a few polls (it used to spin: millions of sleep calls)."""
    slept: list[float] = []
    accepted = video(api)  # the mock's clock never moves: the job stays processing
    started = time.monotonic()
    wait: Any = rawugc.wait_jobs if many else rawugc.wait_job
    with pytest.raises(rawugc.JobTimeoutError):
        wait(api, [accepted] if many else accepted, timeout=90, sleep=slept.append)
    assert time.monotonic() - started < 5
    assert 1 <= len(slept) <= 5
    assert sum(slept) == pytest.approx(90)


@pytest.mark.parametrize(
    ("argument", "value", "error"),
    [
        ("timeout", math.nan, ValueError),
        ("timeout", -1, ValueError),
        ("timeout", "30", TypeError),
        ("min_interval", -1, ValueError),
        ("min_interval", 0, ValueError),
        ("min_interval", math.nan, ValueError),
        ("max_interval", math.inf, ValueError),
        ("on_progress", "print", TypeError),
    ],
)
def test_bad_wait_settings_are_refused_naming_them(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock, argument: str, value: object, error: type
) -> None:
    waits = Waits(rawugc_mock)
    accepted = video(api)
    with pytest.raises(error, match=argument):
        rawugc.wait_job(api, accepted, **{argument: value}, **waits.kwargs())  # type: ignore[arg-type]
    with pytest.raises(error, match=argument):
        rawugc.wait_jobs(api, [accepted], **{argument: value}, **waits.kwargs())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"max_interval \(5\) is below min_interval \(10\)"):
        rawugc.wait_job(api, accepted, min_interval=10, max_interval=5, **waits.kwargs())


def test_an_infinite_timeout_means_no_deadline(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    done = rawugc.wait_job(api, video(api), timeout=math.inf, **Waits(rawugc_mock).kwargs())
    assert done.status == "completed"


def test_what_is_not_a_job_or_a_client_is_refused_naming_the_argument(
    api: rawugc.RawUGC,
) -> None:
    with pytest.raises(TypeError, match="job must be"):
        rawugc.wait_job(api, 123)
    with pytest.raises(TypeError, match="jobs must be an iterable of jobs, got one str"):
        rawugc.wait_jobs(api, "vid_1")
    with pytest.raises(TypeError, match="jobs must be an iterable"):
        rawugc.wait_jobs(api, 123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="job must be"):
        rawugc.wait_jobs(api, [None])
    with pytest.raises(TypeError, match="kind must be"):
        rawugc.wait_job(api, "vid_1", kind=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="client must be"):
        rawugc.wait_job("sk-key", "vid_1", kind="generateVideo")  # type: ignore[arg-type]


def test_a_sweep_builds_its_list_query_from_the_spec() -> None:
    """The list query's names and page size are the spec's (``x-pagination``, the size's
    maximum, ``listStatusParameter``); a list without a status filter is swept unfiltered."""
    import dataclasses

    from mediaapis.rawugc import jobs

    kind = next(k for k in jobs.job_kinds() if k.generate == "generateVideo")
    assert kind.status_parameter == "status"
    tracked = jobs._Tracked(kind, "vid_1", None, 1.0, 0.0, "pending")
    options = jobs._options(None, None, 10.0, None, None, None)
    plan = jobs._sweep(kind, {"vid_1": tracked}, jobs._Watch({"vid_1": tracked}), options, False)
    first = next(plan)
    assert isinstance(first, jobs._Call)
    assert (first.operation_id, dict(first.kwargs)) == (
        "listVideos",
        {"page": 1, "limit": 100, "status": "completed"},
    )
    unfiltered = dataclasses.replace(kind, status_parameter=None)
    tracked = jobs._Tracked(unfiltered, "vid_1", None, 1.0, 0.0, "pending")
    plan = jobs._sweep(
        unfiltered, {"vid_1": tracked}, jobs._Watch({"vid_1": tracked}), options, False
    )
    first = next(plan)
    assert isinstance(first, jobs._Call)
    assert dict(first.kwargs) == {"page": 1, "limit": 100}
