"""No paid work lost: lost answers looked up (x-rawugc-reconcile), idempotency keys in a ledger.

Every lost-answer point (a 5xx, a reset, an unreadable or cut body, a timeout, all after the
operation ran on the mock) of every operation the spec declares reconcilable: the call returns
the result the server made, and the server ran it once.
"""

from __future__ import annotations

import asyncio
import io
import pickle
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from mediaapis import APIConnectionError, AsyncRawUGC, RawUGC
from mediaapis._spec import spec
from mediaapis.ledger import SQLiteLedger
from mediaapis.rawugc import IdempotencyKeyError, InsufficientCreditsError, UnconfirmedChargeError
from mediaapis.spec import operations
from mediaapis_mocks import Fault
from mediaapis_mocks.rawugc import TEST_KEY, TEST_ORG, RawUGCMock
from mediaapis_mocks.server import LoopbackServer

if TYPE_CHECKING:
    from tests.conftest import MakeRawUGC

FACTS = {op: f for op, f in operations("rawugc").items() if f.sent_once}
RECONCILABLE = sorted(op for op, f in FACTS.items() if f.reconcile is not None)
NOT_RECONCILABLE = sorted(op for op, f in FACTS.items() if f.reconcile is None)
# every way an answer is lost after the operation ran on the server
LOST = {
    "503": Fault(kind="status", status=503, after=True),
    "500": Fault(kind="status", status=500, after=True),
    "reset": Fault(kind="drop", after=True),
    "malformed": Fault(kind="malformed", after=True),
    "truncated": Fault(kind="truncated", after=True),
}
Call = Callable[[RawUGC], Any]


def _unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:8]}"


def _completed_video(api: RawUGC, mock: RawUGCMock) -> str:
    video = api.videos.generate(model="veo3", prompt=_unique("a completed render"))
    mock.clock.advance(600)
    return video.video_id


def _accounts(api: RawUGC) -> list[str]:
    return [a.account_id for a in api.social.accounts.list().accounts][:2]


def _case(op: str, api: RawUGC, mock: RawUGCMock) -> Call:
    """A call of ``op`` with its prerequisites made (the call itself not yet sent)."""
    if op == "generateVideo":
        prompt = _unique("a cat reviews headphones")
        return lambda c: c.videos.generate(model="veo3", prompt=prompt)
    if op == "generateImage":
        prompt = _unique("a red bicycle")
        return lambda c: c.images.generate(model="nano-banana-2", prompt=prompt)
    if op == "generateMusic":
        prompt = _unique("lo-fi rain")
        return lambda c: c.music.generate(prompt=prompt)
    if op == "addVideoCaptions":
        video_id = _completed_video(api, mock)
        return lambda c: c.videos.add_captions(video_id=video_id, language="en")
    if op == "addVideoOverlay":
        video_id = _completed_video(api, mock)
        return lambda c: c.videos.add_overlay(video_id=video_id, text="Glow check")
    if op == "createSocialPost":
        accounts, url = _accounts(api), f"https://cdn.example.com/{uuid.uuid4().hex}.mp4"
        return lambda c: c.social.posts.create(
            video_url=url, account_ids=accounts, mode="now", content="Glow"
        )
    if op == "publishSocialPost":
        url = f"https://cdn.example.com/{uuid.uuid4().hex}.mp4"
        draft = api.social.posts.create(video_url=url, account_ids=_accounts(api), mode="draft")
        return lambda c: c.social.posts.publish(draft.post_id)
    if op == "createContentPlan":
        scrape = api.research.scrape_tiktok(query="skincare").scrape_id
        brief = _unique("Plan a week of posts")
        return lambda c: c.research.content_plans.create(scrape_id=scrape, brief=brief)
    raise AssertionError(f"no test case for reconcilable operation {op}: add one")


def _made(mock: RawUGCMock, op: str) -> int:
    """How many times the server ran ``op`` (its handler was reached)."""
    return int(mock.calls.get(op, 0))


def test_every_paid_operation_declares_how_a_lost_answer_is_settled() -> None:
    for op, facts in FACTS.items():
        assert "x-rawugc-reconcile" in facts.extensions, f"{op} declares no x-rawugc-reconcile"
    assert RECONCILABLE == [
        "addVideoCaptions",
        "addVideoOverlay",
        "createContentPlan",
        "createSocialPost",
        "generateImage",
        "generateMusic",
        "generateVideo",
        "publishSocialPost",
    ]
    assert {"uploadFile", "scrapeTiktok", "analyzeVideo"} <= set(NOT_RECONCILABLE)


@pytest.mark.parametrize("lost", sorted(LOST))
@pytest.mark.parametrize("op", RECONCILABLE)
def test_lost_answer_is_reconciled(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, op: str, lost: str
) -> None:
    call = _case(op, rawugc_api, rawugc_mock)
    before, charged = _made(rawugc_mock, op), len(rawugc_mock.charges)
    rawugc_mock.faults.add(op, Fault(kind=LOST[lost].kind, status=LOST[lost].status, after=True))
    answer = call(rawugc_api)
    assert _made(rawugc_mock, op) == before + 1  # sent once, never again
    new_charges = rawugc_mock.charges[charged:]
    assert [c.operation_id for c in new_charges] == ([op] if FACTS[op].spends_credits else [])
    # the answer is the create's own model, naming what the server made
    data = answer.to_dict()
    rule = FACTS[op].reconcile
    assert rule is not None
    made_id = _server_id(rawugc_mock, op, data)
    assert made_id is not None
    assert type(answer).__name__ == _model_name(op)
    assert rawugc_mock.rate_limited == 0  # the lookup is paced like any request


def _server_id(mock: RawUGCMock, op: str, data: dict[str, Any]) -> str | None:
    """The id in ``data`` if the server holds such an object (else None)."""
    org = mock.orgs[TEST_ORG]
    if op in ("generateVideo", "generateImage", "generateMusic"):
        kind = {"generateVideo": "video", "generateImage": "image", "generateMusic": "music"}[op]
        job_id = data[f"{kind}Id"]
        return job_id if job_id in org.jobs[kind] else None
    if op in ("addVideoCaptions", "addVideoOverlay"):
        job = org.jobs["video"][data["videoId"]]
        versions = [v["version"] for v in job.versions]
        return str(data["version"]) if versions[-1] == data["version"] else None
    if op == "createSocialPost":
        return data["postId"] if data["postId"] in org.posts else None
    if op == "publishSocialPost":
        published = org.posts[data["postId"]].public["status"] == "published"
        return data["postId"] if published and data["status"] == "published" else None
    if op == "createContentPlan":
        return data["planId"] if data["planId"] in org.plans else None
    raise AssertionError(op)


def _model_name(op: str) -> str:
    """The model of the operation's success answer (its schema's name)."""
    _, _, operation = spec("rawugc_client").by_id[op]
    answer = next(r for status, r in operation["responses"].items() if status.startswith("2"))
    return str(answer["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1])


def test_lost_answer_after_timeout_is_reconciled(rawugc_mock: RawUGCMock) -> None:
    clock = rawugc_mock.clock
    with (
        LoopbackServer(rawugc_mock) as server,
        RawUGC(
            TEST_KEY, base_url=server.base_url, clock=clock, sleep=clock.sleep, timeout=0.3
        ) as api,
    ):
        rawugc_mock.faults.add("generateVideo", Fault(kind="delay", seconds=1.0, after=True))
        video = api.videos.generate(model="veo3", prompt="slow answer")
        assert rawugc_mock.calls["generateVideo"] == 1
        assert list(rawugc_mock.orgs[TEST_ORG].jobs["video"]) == [video.video_id]


def test_ambiguous_match_raises_typed_error_without_extra_charge(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    first = rawugc_api.videos.generate(model="veo3", prompt="same words")
    rawugc_mock.faults.add("generateVideo", Fault(kind="status", status=503, after=True))
    with pytest.raises(UnconfirmedChargeError) as info:
        rawugc_api.videos.generate(model="veo3", prompt="same words")
    error = info.value
    assert error.reason == "ambiguous"
    second = [j for j in rawugc_mock.orgs[TEST_ORG].jobs["video"] if j != first.video_id]
    assert set(error.candidates) == {first.video_id, *second}
    assert len(rawugc_mock.charges) == 2
    assert rawugc_mock.calls["generateVideo"] == 2
    text = str(error)
    assert "may have run and been charged" in text
    assert "listVideos" in text
    assert "prompt='same words'" in text
    assert "retry later" not in text
    assert TEST_KEY not in text
    assert TEST_KEY not in repr(pickle.dumps(error))
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert copy.candidates == error.candidates
    assert str(copy) == text


def test_no_match_raises_typed_error(rawugc_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    """The answer is lost and the list shows nothing (a status fault before the operation runs
    looks, to the client, like one after it)."""
    rawugc_mock.faults.add("generateImage", Fault(kind="status", status=502))
    with pytest.raises(UnconfirmedChargeError) as info:
        rawugc_api.images.generate(model="nano-banana-2", prompt="never made")
    assert info.value.reason == "no match"
    assert info.value.candidates == ()
    assert rawugc_mock.charges == []


@pytest.mark.parametrize("lost", ["503", "reset"])
def test_not_reconcilable_upload_raises_at_once(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, lost: str
) -> None:
    rawugc_mock.faults.add("uploadFile", Fault(kind=LOST[lost].kind, status=503, after=True))
    with pytest.raises(UnconfirmedChargeError) as info:
        rawugc_api.uploads.create(file=_png())
    assert info.value.reason == "not reconcilable"
    assert info.value.operation == "uploadFile"
    assert "retry later" not in str(info.value)
    assert rawugc_mock.calls["uploadFile"] == 1
    assert sum(rawugc_mock.calls.values()) == 1  # no lookup either


def test_not_reconcilable_scrape_is_not_sent_twice(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    rawugc_mock.faults.add("scrapeTiktok", Fault(kind="status", status=503, after=True))
    with pytest.raises(UnconfirmedChargeError, match="no operation can look its result up"):
        rawugc_api.research.scrape_tiktok(query="lamps")
    assert [c.operation_id for c in rawugc_mock.charges] == ["scrapeTiktok"]


def _png() -> Any:
    from rawugc_client.types import File

    return File(payload=io.BytesIO(b"\x89PNG\r\n"), file_name="a.png", mime_type="image/png")


def test_async_lost_answer_is_reconciled(rawugc_mock: RawUGCMock) -> None:
    clock = rawugc_mock.clock

    async def main(base_url: str) -> str:
        async with AsyncRawUGC(
            TEST_KEY, base_url=base_url, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep
        ) as api:
            rawugc_mock.faults.add("generateMusic", Fault(kind="drop", after=True))
            track = await api.music.generate(prompt="async rain")
            return track.music_id

    with LoopbackServer(rawugc_mock) as server:
        music_id = asyncio.run(main(server.base_url))
    assert list(rawugc_mock.orgs[TEST_ORG].jobs["music"]) == [music_id]
    assert rawugc_mock.calls["generateMusic"] == 1


# -- idempotency keys ---------------------------------------------------------------------


@pytest.fixture(params=["memory", "sqlite"])
def keyed_api(request: pytest.FixtureRequest, make_rawugc: MakeRawUGC, tmp_path: Any) -> RawUGC:
    ledger = None if request.param == "memory" else f"sqlite:///{tmp_path / 'jobs.db'}"
    return make_rawugc(TEST_KEY, ledger=ledger)


def test_same_key_returns_recorded_answer_without_charge(
    keyed_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    first = keyed_api.images.generate(model="nano-banana-2", prompt="cup", idempotency_key="k1")
    again = keyed_api.images.generate(model="nano-banana-2", prompt="cup", idempotency_key="k1")
    assert again.image_id == first.image_id
    assert type(again) is type(first)
    assert len(rawugc_mock.charges) == 1
    assert rawugc_mock.calls["generateImage"] == 1


def test_same_key_other_body_is_refused(keyed_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    keyed_api.music.generate(prompt="one", idempotency_key="order-7")
    with pytest.raises(IdempotencyKeyError, match="'order-7'") as info:
        keyed_api.music.generate(prompt="two", idempotency_key="order-7")
    assert info.value.reason == "reused"
    assert rawugc_mock.calls["generateMusic"] == 1


def test_refused_call_frees_its_key(keyed_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    rawugc_mock.set_credits(TEST_ORG, 0)
    with pytest.raises(InsufficientCreditsError):
        keyed_api.music.generate(prompt="broke", idempotency_key="k-402")
    rawugc_mock.set_credits(TEST_ORG, 100)
    track = keyed_api.music.generate(prompt="broke", idempotency_key="k-402")
    assert track.music_id in rawugc_mock.orgs[TEST_ORG].jobs["music"]


def test_lost_answer_with_key_is_recorded(keyed_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    rawugc_mock.faults.add("generateVideo", Fault(kind="status", status=503, after=True))
    first = keyed_api.videos.generate(model="veo3", prompt="keyed", idempotency_key="v1")
    again = keyed_api.videos.generate(model="veo3", prompt="keyed", idempotency_key="v1")
    assert again.video_id == first.video_id
    assert rawugc_mock.calls["generateVideo"] == 1


def test_key_on_a_non_paid_call_is_not_offered(rawugc_api: RawUGC) -> None:
    with pytest.raises(TypeError):
        rawugc_api.videos.list(idempotency_key="x")  # type: ignore[call-arg]


def test_pending_jobs_survive_a_restart_and_waiting_marks_them_done(
    make_rawugc: MakeRawUGC, tmp_path: Any
) -> None:
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    with make_rawugc(TEST_KEY, ledger=url) as api:
        accepted = api.videos.generate(model="veo3", prompt="resume me", idempotency_key="r1")
    with make_rawugc(TEST_KEY, ledger=url) as restarted:
        pending = restarted.jobs.pending()
        assert [(p.key, p.job_id) for p in pending] == [("r1", accepted.video_id)]
        video = restarted.videos.wait(pending[0].accepted)
        assert video.video_id == accepted.video_id
        assert restarted.jobs.pending() == []
    assert isinstance(SQLiteLedger(str(tmp_path / "jobs.db")).get("r1"), object)


def test_ledger_url_is_checked() -> None:
    with pytest.raises(ValueError, match="sqlite:///PATH"):
        RawUGC(TEST_KEY, ledger="postgres://db")


def test_transport_error_before_sending_is_not_a_lost_answer(rawugc_mock: RawUGCMock) -> None:
    """A refused connection never reached the server: the usual connection error, no lookup."""
    api = RawUGC(TEST_KEY, base_url="http://127.0.0.1:9", max_retries=0)
    with api, pytest.raises(APIConnectionError) as info:
        api.videos.generate(model="veo3", prompt="nowhere")
    assert not isinstance(info.value, UnconfirmedChargeError)


def test_async_key_replays_and_refuses_another_body(rawugc_mock: RawUGCMock) -> None:
    clock = rawugc_mock.clock

    async def main(base_url: str) -> tuple[str, str]:
        async with AsyncRawUGC(
            TEST_KEY, base_url=base_url, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep
        ) as api:
            first = await api.images.generate(
                model="nano-banana-2", prompt="async cup", idempotency_key="a1"
            )
            again = await api.images.generate(
                model="nano-banana-2", prompt="async cup", idempotency_key="a1"
            )
            with pytest.raises(IdempotencyKeyError):
                await api.images.generate(
                    model="nano-banana-2", prompt="other", idempotency_key="a1"
                )
            return first.image_id, again.image_id

    with LoopbackServer(rawugc_mock) as server:
        first, again = asyncio.run(main(server.base_url))
    assert first == again
    assert rawugc_mock.calls["generateImage"] == 1


def test_generate_and_wait_with_key_is_not_left_pending(
    make_rawugc: MakeRawUGC, tmp_path: Any
) -> None:
    with make_rawugc(TEST_KEY, ledger=f"sqlite:///{tmp_path / 'jobs.db'}") as api:
        video = api.videos.generate_and_wait(model="veo3", prompt="waited", idempotency_key="w1")
        assert video.status == "completed"
        assert api.jobs.pending() == []
        record = api.ledger.get("w1")
        assert record is not None
        assert record.state == "done"
        assert record.job_id == video.video_id


def test_ledger_reprs_show_no_password(tmp_path: Any) -> None:
    from mediaapis.ledger import RedisLedger

    ledger = RedisLedger("redis://:s3cret-password@127.0.0.1:1/0")  # not connected yet
    assert "s3cret-password" not in repr(ledger)
    assert "127.0.0.1" in repr(ledger)
    with pytest.raises(ValueError, match="ledger must be") as info:
        RawUGC(TEST_KEY, ledger="rediss:/:s3cret-password@host")
    assert "s3cret-password" not in str(info.value)


def test_a_raw_paid_call_is_looked_up_and_answers_raw(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    """The raw variant runs the plain method: a lost answer is looked up (through a plain
    typed method, not answered raw in its place) and the raw answer parses to the model."""
    rawugc_mock.faults.add("generateMusic", Fault(kind="drop", after=True))
    raw = rawugc_api.music.with_raw_response.generate(prompt=_unique("rain"))
    assert raw.operation == "generateMusic"
    music = raw.parse()
    assert music.music_id in rawugc_mock.orgs[TEST_ORG].jobs["music"]
    assert _made(rawugc_mock, "generateMusic") == 1
    assert _made(rawugc_mock, "listMusicTracks") >= 1  # the lookup ran
