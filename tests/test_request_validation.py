"""A request the spec says will be refused is refused before it is sent, naming the field.

The checks are the spec's (``mediaapis._validation`` reads the packaged ``openapi.json``); the
mock checks the same requests with ``jsonschema``. Every test here runs the typed clients
against the real mock on loopback and asserts the mock received nothing for a refused call; a
property-based test keeps the client-side check and the mock's in agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mediaapis
from mediaapis import ICP, RawUGC, RequestValidationError, fields_of
from mediaapis._resource import Endpoint
from mediaapis._spec import attribute, generated_module, load_spec
from mediaapis._validation import FieldProblem, check_request, unsupported_keywords
from mediaapis_mocks import TEST_ORG
from mediaapis_mocks._core import SpecIndex
from mediaapis_mocks.icp import ICPMock
from mediaapis_mocks.rawugc import RawUGCMock
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.models import GenerateImageRequest, GenerateVideoRequest
from volc_icp_client.models import Owner

Call = Callable[[RawUGC], object]
HOUR_MS = 3_600_000


def sent(mock: RawUGCMock) -> int:
    """Requests that reached the mock."""
    return sum(mock.calls.values())


def now_ms(mock: RawUGCMock) -> int:
    return int(mock.clock.now() * 1000)


# --- refused before sending, naming the field (and the model) ---------------------------------


def test_per_model_rule_is_refused_before_sending(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        rawugc_api.videos.generate(
            model="sora-2-image-to-video",
            image_urls=["https://example.com/bottle.png"],
            aspect_ratio="9:16",
        )
    error = caught.value
    assert str(error) == (
        "aspect_ratio (aspectRatio) '9:16' is not allowed with model 'sora-2-image-to-video'"
        " (allowed: portrait, landscape) (generateVideo not sent)"
    )
    assert (error.field, error.wire_field, error.model) == (
        "aspect_ratio",
        "aspectRatio",
        "sora-2-image-to-video",
    )
    assert error.operation == "generateVideo"
    assert error.status_code is None  # no response: nothing was sent
    assert isinstance(error, mediaapis.MediaAPIError)
    assert isinstance(error, ValueError)
    assert sent(rawugc_mock) == 0
    assert rawugc_mock.charges == []


CASES: list[tuple[str, Call, str]] = [
    (
        "required (per model)",
        lambda c: c.videos.generate(model="veo3"),
        "prompt is required with model 'veo3'",
    ),
    (
        "required (per mode)",
        lambda c: c.social.posts.create(
            video_url="https://example.com/v.mp4", account_ids=["acc_1"], mode="schedule"
        ),
        "scheduled_for (scheduledFor) is required with mode 'schedule'",
    ),
    (
        "maxLength",
        lambda c: c.videos.generate(model="veo3", prompt="x" * 6002),
        "prompt is 6002 characters; at most 5000 allowed",
    ),
    (
        "minLength",
        lambda c: c.videos.add_overlay(video_id="vid_1", text=""),
        "text is 0 characters; at least 1 required",
    ),
    (
        "maximum",
        lambda c: c.videos.add_overlay(video_id="vid_1", text="hi", font_size=500),
        "font_size (fontSize) is 500; at most 200 allowed",
    ),
    (
        "minimum (query parameter)",
        lambda c: c.videos.list(limit=0),
        "limit is 0; at least 1 allowed",
    ),
    (
        "maxItems (per model)",
        lambda c: c.videos.generate(
            model="veo3", prompt="x", image_urls=["https://example.com/a.png"] * 3
        ),
        "image_urls (imageUrls) has 3 items; at most 2 allowed with model 'veo3'",
    ),
    (
        "enum",
        lambda c: c.videos.list(status="done"),  # type: ignore[arg-type]
        "status 'done' is not allowed (allowed: pending, processing, completed, failed)",
    ),
    (
        "field of another model",
        lambda c: c.videos.generate(model="sora-2-text-to-video", prompt="x", mode="720p"),
        "mode is not allowed with model 'sora-2-text-to-video'",
    ),
    (
        "field of another image model",
        lambda c: c.images.generate(
            model="google/nano-banana-edit",
            prompt="x",
            image_urls=["https://example.com/a.png"],
            resolution="2K",
        ),
        "resolution is not allowed with model 'google/nano-banana-edit'",
    ),
    (
        "format",
        lambda c: c.research.analyze_video(video_url="not a url"),
        "video_url (videoUrl) 'not a url' is not a valid uri",
    ),
]


@pytest.mark.parametrize(("call", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_of_rule_is_refused_naming_the_field(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, call: Call, message: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        call(rawugc_api)
    assert str(caught.value).startswith(message), str(caught.value)
    assert sent(rawugc_mock) == 0


def test_a_time_in_the_past_is_refused_by_the_clients_clock(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock
) -> None:
    past = now_ms(rawugc_mock) - 1
    with pytest.raises(RequestValidationError) as caught:
        rawugc_api.social.posts.create(
            video_url="https://example.com/v.mp4",
            account_ids=["acc_1"],
            mode="schedule",
            scheduled_for=past,
        )
    assert caught.value.field == "scheduled_for"
    assert "in the past" in str(caught.value)
    assert "2026-03-05T23:59:59Z" in str(caught.value)  # the mock's manual clock, not the wall's
    with pytest.raises(RequestValidationError, match=r"scheduled_for .* in the past"):
        rawugc_api.social.posts.reschedule("post_1", scheduled_for=past)
    assert sent(rawugc_mock) == 0


def test_every_problem_is_listed(rawugc_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    with pytest.raises(RequestValidationError) as caught:
        rawugc_api.videos.generate(
            model="kling-2.6/motion-control",
            image_urls=["https://example.com/a.png"],
            n_frames="10",
        )
    fields = [(p.field, p.wire) for p in caught.value.problems]
    assert fields == [("video_urls", "videoUrls"), ("n_frames", "nFrames")]
    assert all(p.condition == {"model": "kling-2.6/motion-control"} for p in caught.value.problems)
    assert sent(rawugc_mock) == 0


async def test_the_async_client_refuses_too(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> None:
    clock = rawugc_mock.clock
    async with mediaapis.AsyncRawUGC(
        rawugc_api_key, base_url=rawugc_server.base_url, clock=clock, async_sleep=clock.asleep
    ) as api:
        with pytest.raises(RequestValidationError, match="prompt is required with model 'veo3'"):
            await api.videos.generate(model="veo3")
        accepted = await api.videos.generate(model="veo3", prompt="A cat", aspect_ratio="9:16")
    assert accepted.model == "veo3"
    assert sent(rawugc_mock) == 1


def test_the_icp_client_refuses_what_its_spec_refuses(icp_api: ICP, icp_mock: ICPMock) -> None:
    both = Owner(type_="PERSON", id=1, volc_username="acme-editor")
    with pytest.raises(RequestValidationError) as caught:
        icp_api.media.list(owner=both, page_size=50)
    assert str(caught.value) == (
        "owner (Owner) has 3 fields; at most 2 allowed; owner (Owner) must not have all of Id,"
        " VolcUsername; page_size (PageSize) is 50; at most 20 allowed (getMediaList not sent)"
    )
    with pytest.raises(RequestValidationError, match=r"^owner\.id \(Owner\.Id\) is 0;"):
        icp_api.media.list(owner=Owner(type_="PERSON", id=0))
    assert sum(icp_mock.calls.values()) == 0


# --- what the spec allows still goes through ------------------------------------------------


def test_schema_valid_requests_are_sent(rawugc_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    image = "https://example.com/bottle.png"
    video = "https://example.com/dance.mp4"
    rawugc_api.videos.generate(model="veo3", prompt="x" * 5000, aspect_ratio="9:16")
    rawugc_api.videos.generate(model="sora-2-image-to-video", image_urls=[image], n_frames="15")
    rawugc_api.videos.generate(
        model="kling-2.6/motion-control",
        image_urls=[image],
        video_urls=[video],
        mode="1080p",
        character_orientation="video",
    )
    rawugc_api.images.generate(model="google/nano-banana-edit", prompt="x", image_urls=[image])
    accounts = [a.account_id for a in rawugc_api.social.accounts.list().accounts]
    rawugc_api.social.posts.create(
        video_url=video,
        account_ids=accounts[:1],
        mode="schedule",
        scheduled_for=now_ms(rawugc_mock) + HOUR_MS,
    )
    assert rawugc_api.videos.list(limit=100).items
    assert rawugc_mock.calls["generateVideo"] == 3
    assert rawugc_mock.calls["createSocialPost"] == 1


# --- the checks are the spec's ------------------------------------------------------------------


@pytest.mark.parametrize("package", ["rawugc_client", "volc_icp_client"])
def test_the_specs_use_only_keywords_the_check_knows(package: str) -> None:
    assert unsupported_keywords(load_spec(package)) == set()


def test_a_keyword_the_check_does_not_know_is_reported() -> None:
    document = dict(load_spec("rawugc_client"))
    schemas = dict(document["components"]["schemas"])
    schemas["GenerateVideoRequest"] = {**schemas["GenerateVideoRequest"], "dependentRequired": {}}
    document["components"] = {**document["components"], "schemas": schemas}
    assert unsupported_keywords(document) == {"dependentRequired"}


def test_problem_names_the_wire_field_only_when_it_differs() -> None:
    assert str(FieldProblem("prompt", "prompt", "is required")) == "prompt is required"
    assert str(FieldProblem("image_urls[0]", "imageUrls.0", "x")) == "image_urls[0] (imageUrls.0) x"
    assert str(FieldProblem("items[0]", "items.0", "x")) == "items[0] x"


# --- the client's check and the mock's agree ------------------------------------------------------

URLS = ["https://example.com/a.png", "https://example.com/b.mp4", "not a url"]
GOOD_URL = st.just("https://example.com/a.png")
# half the bodies are drawn to be valid for their model (so "sent" is exercised as much as
# "refused"), half field by field from valid and invalid values; the mock is the oracle
VALID_VIDEO_BODIES = st.one_of(
    st.fixed_dictionaries(
        {"model": st.just("sora-2-text-to-video"), "prompt": st.just("A cat")},
        optional={"aspectRatio": st.sampled_from(["portrait", "landscape"])},
    ),
    st.fixed_dictionaries(
        {"model": st.just("sora-2-image-to-video"), "imageUrls": st.lists(GOOD_URL, min_size=1)},
        optional={"nFrames": st.sampled_from(["10", "15"])},
    ),
    st.fixed_dictionaries(
        {
            "model": st.just("kling-2.6/motion-control"),
            "imageUrls": st.lists(GOOD_URL, min_size=1, max_size=10),
            "videoUrls": st.just(["https://example.com/b.mp4"]),
        },
        optional={"mode": st.just("720p"), "characterOrientation": st.just("image")},
    ),
    st.fixed_dictionaries(
        {"model": st.sampled_from(["veo3", "veo3_fast"]), "prompt": st.just("x" * 5000)},
        optional={
            "imageUrls": st.lists(GOOD_URL, max_size=2),
            "aspectRatio": st.sampled_from(["16:9", "9:16", "Auto"]),
        },
    ),
)
ANY_VIDEO_BODIES = st.fixed_dictionaries(
    {
        "model": st.sampled_from(
            [
                *["sora-2-text-to-video", "sora-2-image-to-video", "kling-2.6/motion-control"],
                *["veo3", "veo3_fast", "sora-3"],
            ]
        )
    },
    optional={
        "prompt": st.sampled_from(["", "A cat", "x" * 5000, "x" * 5001]),
        "imageUrls": st.lists(st.sampled_from(URLS), max_size=11),
        "videoUrls": st.lists(st.sampled_from(URLS[1:]), max_size=2),
        "aspectRatio": st.sampled_from(["portrait", "landscape", "16:9", "9:16", "Auto", "1:1"]),
        "nFrames": st.sampled_from(["10", "15", "20", 10]),
        "characterOrientation": st.sampled_from(["image", "video", "side"]),
        "mode": st.sampled_from(["720p", "1080p", "4k"]),
        "colour": st.just("red"),
    },
)
VIDEO_BODIES = st.one_of(VALID_VIDEO_BODIES, ANY_VIDEO_BODIES)
VALID_IMAGE_BODIES = st.one_of(
    st.fixed_dictionaries(
        {"model": st.just("nano-banana-2"), "prompt": st.just("A cat")},
        optional={
            "imageUrls": st.lists(GOOD_URL, max_size=14),
            "aspectRatio": st.just("1:1"),
            "resolution": st.just("2K"),
            "googleSearch": st.booleans(),
        },
    ),
    st.fixed_dictionaries(
        {
            "model": st.just("google/nano-banana-edit"),
            "prompt": st.just("A cat"),
            "imageUrls": st.lists(GOOD_URL, min_size=1, max_size=20),
        },
        optional={"imageSize": st.just("16:9"), "outputFormat": st.just("jpeg")},
    ),
)
ANY_IMAGE_BODIES = st.fixed_dictionaries(
    {"model": st.sampled_from(["nano-banana-2", "google/nano-banana-edit", "nano-banana-3"])},
    optional={
        "prompt": st.sampled_from(["", "A cat", "x" * 20001]),
        "imageUrls": st.lists(st.sampled_from(URLS), max_size=15),
        "aspectRatio": st.sampled_from(["1:1", ""]),
        "imageSize": st.sampled_from(["16:9", ""]),
        "resolution": st.sampled_from(["1K", "8K"]),
        "outputFormat": st.sampled_from(["png", "gif"]),
        "googleSearch": st.sampled_from([True, 1]),
    },
)
IMAGE_BODIES = st.one_of(VALID_IMAGE_BODIES, ANY_IMAGE_BODIES)
SERVER = SpecIndex(load_spec("rawugc_client"))  # the mock's validator over the same spec


def client_fields(operation_id: str, body: dict[str, Any]) -> set[str]:
    """Wire fields the client-side check names for ``body`` (empty: it would be sent)."""
    module = generated_module("rawugc_client", operation_id)
    try:
        check_request(Endpoint(operation_id, module, dict), {"body": body})
    except RequestValidationError as error:
        return {problem.wire for problem in error.problems}
    return set()


def server_fields(operation_id: str, body: dict[str, Any]) -> set[str]:
    """Fields the mock's request validation names for ``body``."""
    op = SERVER.operations[operation_id]
    pointer = SERVER.body_schema_pointer(op, "application/json")
    assert pointer is not None
    return {name for name, _ in SERVER.errors(pointer, body)}


@settings(max_examples=300, deadline=None)
@given(body=VIDEO_BODIES)
def test_client_and_mock_agree_on_video_bodies(body: dict[str, Any]) -> None:
    assert client_fields("generateVideo", body) == server_fields("generateVideo", body)


@settings(max_examples=200, deadline=None)
@given(body=IMAGE_BODIES)
def test_client_and_mock_agree_on_image_bodies(body: dict[str, Any]) -> None:
    assert client_fields("generateImage", body) == server_fields("generateImage", body)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=VIDEO_BODIES)
def test_a_body_is_sent_exactly_when_the_mock_accepts_it(
    rawugc_api: RawUGC, rawugc_mock: RawUGCMock, body: dict[str, Any]
) -> None:
    """End to end over loopback: a refused body never reaches the mock; a body the client
    sends is not refused by the mock's validation (it is answered 201)."""
    rawugc_mock.set_credits(TEST_ORG, 10**9)
    known = {k: v for k, v in body.items() if k != "colour"}  # the model has no such field
    model = GenerateVideoRequest(
        **{attribute("rawugc_client", GenerateVideoRequest, k): v for k, v in known.items()}
    )
    before = sent(rawugc_mock)
    try:
        rawugc_api.videos.generate(**fields_of(model))
    except RequestValidationError:
        assert sent(rawugc_mock) == before
        assert server_fields("generateVideo", known)  # the mock would have refused it too
    else:
        assert sent(rawugc_mock) == before + 1
        assert not server_fields("generateVideo", known)


def test_image_bodies_build_from_the_generated_model() -> None:
    """The image strategy's fields are the model's (a renamed field would make the property
    tests above compare nothing)."""
    for name in ("imageUrls", "aspectRatio", "imageSize", "resolution", "googleSearch"):
        assert attribute("rawugc_client", GenerateImageRequest, name)
    for name in ("imageUrls", "videoUrls", "aspectRatio", "nFrames", "characterOrientation"):
        assert attribute("rawugc_client", GenerateVideoRequest, name)
