"""The RawUGC mock: its own behaviour in-process, then all 50 operations through the generated
client over a real loopback socket."""

from __future__ import annotations

import io
import json
import math
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mediaapis._spec import load_spec
from mediaapis_mocks import BROKE_KEY, READ_ONLY_KEY, TEST_KEY, TEST_ORG, RawUGCMock
from mediaapis_mocks._core import Fault, ManualClock
from mediaapis_mocks.rawugc import FAIL_MARKER, SCOPES, UPLOAD_LIMIT
from mediaapis_mocks.server import InProcessTransport, LoopbackServer
from rawugc_client import AuthenticatedClient
from rawugc_client.api.characters import get_character, list_characters
from rawugc_client.api.images import generate_image, get_image, list_images
from rawugc_client.api.messaging import (
    create_message,
    delete_message,
    get_message,
    list_messages,
    update_message,
)
from rawugc_client.api.music import generate_music, get_music_track, list_music_tracks
from rawugc_client.api.personas import (
    create_persona,
    delete_persona,
    get_persona,
    list_personas,
    update_persona,
)
from rawugc_client.api.products import (
    create_product,
    delete_product,
    get_product,
    list_products,
    update_product,
)
from rawugc_client.api.research import (
    analyze_video,
    create_content_plan,
    list_content_plans,
    scrape_tiktok,
)
from rawugc_client.api.social_accounts import (
    disconnect_social_account,
    list_social_accounts,
    sync_social_accounts,
)
from rawugc_client.api.social_posts import (
    create_social_post,
    delete_social_post,
    get_social_post,
    list_social_posts,
    publish_social_post,
    reschedule_social_post,
    update_social_post,
)
from rawugc_client.api.styles import (
    create_style,
    delete_style,
    get_style,
    list_styles,
    update_style,
)
from rawugc_client.api.uploads import upload_file
from rawugc_client.api.videos import (
    add_video_captions,
    add_video_overlay,
    generate_video,
    get_video,
    list_videos,
)
from rawugc_client.api.viral_library import get_viral_video, search_viral_library
from rawugc_client.models import (
    AddVideoCaptionsRequest,
    AddVideoOverlayRequest,
    AnalyzeVideoRequest,
    CharacterList,
    ContentPlan,
    ContentPlanList,
    CreateContentPlanRequest,
    CreatedId,
    CreateMessageRequest,
    CreatePersonaRequest,
    CreateProductRequest,
    CreateSocialPostRequest,
    CreateStyleRequest,
    GenerateImageRequest,
    GenerateMusicRequest,
    GenerateVideoRequest,
    Image,
    ImageGenerationAccepted,
    ImageList,
    Message,
    MessageList,
    MusicGenerationAccepted,
    MusicTrack,
    MusicTrackList,
    Persona,
    PersonaList,
    Product,
    ProductList,
    RescheduleSocialPostRequest,
    ScrapeResult,
    ScrapeTiktokRequest,
    SocialAccountList,
    SocialPost,
    SocialPostList,
    Style,
    StyleList,
    SuccessResult,
    UpdateMessageRequest,
    UpdatePersonaRequest,
    UpdateProductRequest,
    UpdateSocialPostRequest,
    UpdateStyleRequest,
    UploadFileRequest,
    UploadResult,
    Video,
    VideoAnalysis,
    VideoEditResult,
    VideoGenerationAccepted,
    VideoList,
    ViralLibraryVideo,
    ViralSearchResponse,
)
from rawugc_client.models import Character as CharacterModel
from rawugc_client.types import File, Response

VERSION = "2026-03-06"
PROBLEM = "application/problem+json"
SPEC = load_spec("rawugc_client")
OPERATIONS = {
    op["operationId"]: op
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "post", "patch", "delete", "put")
}
SORA = {"model": "sora-2-text-to-video", "prompt": "A cat reviews headphones"}
FUTURE_MS = 1_893_492_000_000  # 2030


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def mock(clock: ManualClock) -> RawUGCMock:
    return RawUGCMock(clock=clock, rate_limit=1000)


def connect(mock: RawUGCMock, key: str | None = TEST_KEY) -> httpx.Client:
    """A sync client calling ``mock`` in-process with ``key`` (None: no Authorization)."""
    headers = {"RawUGC-Version": VERSION}
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.Client(transport=InProcessTransport(mock), base_url="http://mock", headers=headers)


@pytest.fixture
def http(mock: RawUGCMock) -> Iterator[httpx.Client]:
    with connect(mock) as client:
        yield client


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """The RFC 7807 body of an error response, after checking its status and media type."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"] == "about:blank"
    return body


def fields(response: httpx.Response, status: int = 400) -> list[str]:
    return [error["field"] for error in problem(response, status)["errors"]]


def generate(http: httpx.Client, kind: str = "videos", **body: Any) -> dict[str, Any]:
    response = http.post(f"/{kind}/generate", json=body or SORA)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def upload(http: httpx.Client, content_type: str, data: bytes = b"0123456789") -> httpx.Response:
    return http.post("/upload", files={"file": ("f", data, content_type)})


def accounts(http: httpx.Client) -> list[str]:
    return [a["accountId"] for a in http.get("/social/accounts").json()["accounts"]]


def post(http: httpx.Client, mode: str, **extra: Any) -> httpx.Response:
    body = {"videoUrl": "https://example.com/v.mp4", "accountIds": accounts(http)[:1], "mode": mode}
    return http.post("/social/posts", json={**body, **extra})


# --- keys, scopes, versions ---------------------------------------------------------------------


@pytest.mark.parametrize("key", [None, "not-a-key"])
def test_missing_or_unknown_key_gives_401(mock: RawUGCMock, key: str | None) -> None:
    with connect(mock, key) as client:
        body = problem(client.get("/videos"), 401)
    assert body["instance"] == "/videos"


def test_read_only_key_reads_but_cannot_write(mock: RawUGCMock) -> None:
    with connect(mock, READ_ONLY_KEY) as client:
        assert client.get("/personas").status_code == 200
        detail = problem(client.post("/personas", json={"name": "a", "description": "b"}), 403)
        assert "write" in detail["detail"]
        assert "generate" in problem(client.post("/videos/generate", json=SORA), 403)["detail"]
    assert mock.orgs[TEST_ORG].items["personas"] == {}


def test_publish_scope_only_when_the_post_publishes(mock: RawUGCMock, http: httpx.Client) -> None:
    mock.add_key("writer", scopes={"read", "write"})
    with connect(mock, "writer") as writer:
        assert post(writer, "draft").status_code == 201
        # a scheduled post goes out later without another call: it publishes too
        assert "publish" in problem(post(writer, "schedule", scheduledFor=FUTURE_MS), 403)["detail"]
        assert "publish" in problem(post(writer, "now"), 403)["detail"]
        draft = post(http, "draft").json()["postId"]
        problem(writer.post(f"/social/posts/{draft}/publish"), 403)
    listed = http.get("/social/posts", params={"includeDrafts": "true"}).json()
    assert sorted(p["status"] for p in listed["posts"]) == ["draft", "draft"]


def test_scope_model_follows_the_spec_extensions(mock: RawUGCMock) -> None:
    ops = mock.spec.operations
    assert mock.required_scopes(ops["listVideos"]) == {"read"}
    assert mock.required_scopes(ops["scrapeTiktok"]) == {"generate"}
    assert mock.required_scopes(ops["createPersona"]) == {"write"}
    assert mock.required_scopes(ops["publishSocialPost"]) == {"publish"}
    assert mock.required_scopes(ops["createSocialPost"], {"mode": "now"}) == {"write", "publish"}
    assert mock.required_scopes(ops["createSocialPost"], {"mode": "schedule"}) == {
        "write",
        "publish",
    }
    assert mock.required_scopes(ops["createSocialPost"], {"mode": "draft"}) == {"write"}
    assert {"read", "write", "generate", "publish"} == SCOPES


def test_version_header_absent_means_latest_unknown_is_400(mock: RawUGCMock) -> None:
    with httpx.Client(
        transport=InProcessTransport(mock),
        base_url="http://mock",
        headers={"Authorization": f"Bearer {TEST_KEY}"},
    ) as client:
        assert client.get("/videos").status_code == 200
        body = problem(client.get("/videos", headers={"RawUGC-Version": "2025-01-01"}), 400)
    assert body["errors"][0]["field"] == "RawUGC-Version"
    assert "RawUGC-Version" in body["detail"]


# --- rate limits --------------------------------------------------------------------------------


def rate(response: httpx.Response) -> tuple[int, int, int]:
    headers = response.headers
    return (
        int(headers["X-RateLimit-Limit"]),
        int(headers["X-RateLimit-Remaining"]),
        int(headers["X-RateLimit-Reset"]),
    )


def test_ten_requests_per_minute_then_429_not_executed(clock: ManualClock) -> None:
    mock = RawUGCMock(clock=clock)
    reset = math.ceil(clock.now() + 60)
    with connect(mock) as client:
        seen = [rate(client.get("/personas")) for _ in range(9)]
        assert seen == [(10, 9 - i, reset) for i in range(9)]
        created = client.post("/personas", json={"name": "tenth", "description": "x"})
        assert created.status_code == 201
        assert rate(created) == (10, 0, reset)
        refused = client.post("/personas", json={"name": "eleventh", "description": "x"})
        assert "Rate limit of 10" in problem(refused, 429)["detail"]
        assert rate(refused) == (10, 0, reset)
        with connect(mock, BROKE_KEY) as other:  # windows are per key
            assert rate(other.get("/personas")) == (10, 9, reset)
        clock.advance(60)
        again = client.get("/personas")
        assert rate(again) == (10, 9, reset + 60)
        assert [p["name"] for p in again.json()["personas"]] == ["tenth"]


def test_rate_headers_on_every_response(mock: RawUGCMock, http: httpx.Client) -> None:
    responses = [
        http.get("/videos/vid_unknown"),
        http.get("/no/such/path"),
        http.post("/personas", json={}),
        http.post("/videos/captions", json={"videoId": "vid_unknown"}),
    ]
    with connect(mock, None) as anonymous:
        responses.append(anonymous.get("/videos"))
    assert [r.status_code for r in responses] == [404, 404, 400, 404, 401]
    for response in responses:
        limit, remaining, reset = rate(response)
        assert limit == 1000
        assert 0 <= remaining < limit
        assert reset > 0


def test_keys_can_have_their_own_limit(mock: RawUGCMock) -> None:
    mock.add_key("tight", rate_limit=2)
    with connect(mock, "tight") as client:
        assert [client.get("/styles").status_code for _ in range(3)] == [200, 200, 429]


# --- credits ------------------------------------------------------------------------------------


def test_costs_come_from_the_spec_extension(mock: RawUGCMock) -> None:
    ops = mock.spec.operations
    for op_id, op in OPERATIONS.items():
        rule = op.get("x-rawugc-credits")
        if rule is not None and rule.get("cost") is not None:
            assert mock.cost(ops[op_id], {}) == rule["cost"], op_id
    by_model = OPERATIONS["generateImage"]["x-rawugc-credits"]["costBy"]["values"]
    for model, cost in by_model.items():
        assert mock.cost(ops["generateImage"], {"model": model}) == cost
    assert mock.cost(ops["generateVideo"], SORA) == 10  # unpriced: the mock's assumption
    assert mock.cost(ops["listVideos"], {}) == 0


def test_generation_charges_and_reports_the_balance(mock: RawUGCMock, http: httpx.Client) -> None:
    before = mock.balance()
    accepted = generate(http, "images", model="nano-banana-2", prompt="a bottle")
    assert (accepted["creditsUsed"], accepted["newBalance"]) == (4, before - 4)
    assert mock.balance() == before - 4
    charge = mock.charges[-1]
    assert (charge.org, charge.operation_id, charge.credits) == (TEST_ORG, "generateImage", 4)
    assert charge.balance == before - 4
    assert generate(http, "music", prompt="lofi")["newBalance"] == before - 7


def test_402_charges_nothing_and_creates_nothing(mock: RawUGCMock, http: httpx.Client) -> None:
    with connect(mock, BROKE_KEY) as broke:
        body = problem(broke.post("/videos/generate", json=SORA), 402)
        assert "needs 10 credits but the balance is 0" in body["detail"]
        assert broke.get("/videos").json()["pagination"]["total"] == 0
    mock.set_credits(TEST_ORG, 3)
    problem(http.post("/images/generate", json={"model": "nano-banana-2", "prompt": "x"}), 402)
    assert mock.balance() == 3
    assert mock.charges == []
    assert http.get("/images").json()["images"] == []
    assert generate(http, "music", prompt="exactly enough")["newBalance"] == 0


def test_unpriced_costs_are_configurable(clock: ManualClock) -> None:
    mock = RawUGCMock(clock=clock, unpriced_costs={"generateVideo": 25, "addVideoOverlay": 2})
    with connect(mock) as client:
        assert generate(client)["creditsUsed"] == 25
    with pytest.raises(ValueError, match="addVideoOverlay"):
        RawUGCMock(unpriced_costs={"addVideoOverlay": None})  # type: ignore[dict-item]


# --- jobs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "poll", "body", "duration", "result"),
    [
        ("videos", "videos", SORA, 120, "url"),
        ("images", "images", {"model": "nano-banana-2", "prompt": "x"}, 30, "url"),
        ("music", "music", {"prompt": "calm piano"}, 60, "audioUrl"),
    ],
)
def test_job_lifecycle_follows_the_clock(
    http: httpx.Client,
    clock: ManualClock,
    kind: str,
    poll: str,
    body: dict[str, Any],
    duration: int,
    result: str,
) -> None:
    accepted = generate(http, kind, **body)
    job_id = next(v for k, v in accepted.items() if k.endswith("Id"))
    assert accepted["status"] == "pending"
    assert accepted["estimatedCompletionTime"] == duration

    def status() -> dict[str, Any]:
        found: dict[str, Any] = http.get(f"/{poll}/{job_id}").json()
        return found

    clock.advance(5)
    assert status()["status"] == "processing"
    assert status()[result] is None
    clock.advance(duration - 5.5)
    assert status()["status"] == "processing"
    clock.advance(0.5)
    done = status()
    assert done["status"] == "completed"
    assert done[result].startswith("https://")
    assert done["completedAt"] is not None
    assert done["failCode"] is None
    if kind == "music":
        assert done["albumArtUrl"]
        assert done["duration"] > 0
        assert done["title"] == "Calm Piano"


def test_jobs_fail_on_the_marker_or_when_told(
    mock: RawUGCMock, http: httpx.Client, clock: ManualClock
) -> None:
    marked = generate(http, prompt=f"A cat {FAIL_MARKER}", model="veo3")["videoId"]
    mock.fail_next("image", code="CONTENT_POLICY", message="Rejected by the safety filter.")
    told = generate(http, "images", model="nano-banana-2", prompt="fine")["imageId"]
    fine = generate(http, "images", model="nano-banana-2", prompt="fine")["imageId"]
    clock.advance(120)
    video = http.get(f"/videos/{marked}").json()
    assert (video["status"], video["url"], video["failCode"]) == (
        "failed",
        None,
        "GENERATION_FAILED",
    )
    image = http.get(f"/images/{told}").json()
    assert (image["status"], image["failCode"]) == ("failed", "CONTENT_POLICY")
    assert image["failMessage"] == "Rejected by the safety filter."
    assert http.get(f"/images/{fine}").json()["status"] == "completed"
    with pytest.raises(ValueError, match="kind"):
        mock.fail_next("podcast")


def test_durations_are_configurable(clock: ManualClock) -> None:
    mock = RawUGCMock(clock=clock, durations={"video": 10}, queue_seconds=0)
    with connect(mock) as client:
        accepted = generate(client)
        assert (accepted["status"], accepted["estimatedCompletionTime"]) == ("processing", 10)
        clock.advance(10)
        assert client.get(f"/videos/{accepted['videoId']}").json()["status"] == "completed"


def test_lists_filter_by_status_and_paginate_newest_first(
    http: httpx.Client, clock: ManualClock
) -> None:
    ids = [
        generate(http, "images", model="nano-banana-2", prompt=f"p{i}")["imageId"] for i in range(3)
    ]
    clock.advance(30)
    ids += [
        generate(http, "images", model="nano-banana-2", prompt=f"p{i}")["imageId"] for i in range(2)
    ]
    listed = http.get("/images", params={"limit": 2, "page": 1}).json()
    assert [i["imageId"] for i in listed["images"]] == ids[::-1][:2]
    assert listed["pagination"] == {"page": 1, "limit": 2, "total": 5, "totalPages": 3}
    last = http.get("/images", params={"limit": 2, "page": 3}).json()
    assert [i["imageId"] for i in last["images"]] == [ids[0]]
    completed = http.get("/images", params={"status": "completed"}).json()
    assert sorted(i["imageId"] for i in completed["images"]) == sorted(ids[:3])
    assert http.get("/images", params={"page": 9}).json()["images"] == []
    assert fields(http.get("/images", params={"limit": 101})) == ["limit"]


def test_edits_need_a_completed_video(
    mock: RawUGCMock, http: httpx.Client, clock: ManualClock
) -> None:
    video_id = generate(http)["videoId"]
    # not completed yet: a state precondition, 409 (the spec's Conflict), nothing charged
    assert fields(http.post("/videos/captions", json={"videoId": video_id}), 409) == ["videoId"]
    overlay_early = http.post("/videos/overlay", json={"videoId": video_id, "text": "hi"})
    assert fields(overlay_early, 409) == ["videoId"]
    assert [c.operation_id for c in mock.charges] == ["generateVideo"]
    problem(http.post("/videos/overlay", json={"videoId": "vid_nope", "text": "hi"}), 404)
    clock.advance(120)
    balance = mock.balance()
    captions = http.post("/videos/captions", json={"videoId": video_id, "language": "en"}).json()
    assert (captions["version"], captions["operation"], captions["creditsUsed"]) == (
        2,
        "captions",
        1,
    )
    overlay = http.post("/videos/overlay", json={"videoId": video_id, "text": "50% off"}).json()
    assert (overlay["version"], overlay["operation"], overlay["creditsUsed"]) == (3, "overlay", 0)
    assert mock.balance() == balance - 1
    video = http.get(f"/videos/{video_id}").json()
    assert video["url"] == overlay["url"] != captions["url"]
    assert [v["version"] for v in video["versions"]] == [2, 3]


def test_failed_videos_cannot_be_edited(http: httpx.Client, clock: ManualClock) -> None:
    video_id = generate(http, **{**SORA, "prompt": FAIL_MARKER})["videoId"]
    clock.advance(200)
    body = problem(http.post("/videos/captions", json={"videoId": video_id}), 409)
    assert "failed" in body["errors"][0]["message"]


def test_selected_character_must_exist_and_be_active(mock: RawUGCMock, http: httpx.Client) -> None:
    assert generate(http, **SORA, selectedCharacter="rawugc.mia")["status"] == "pending"
    assert generate(http, **SORA, selectedCharacter=f"{TEST_ORG}.ava")["status"] == "pending"
    for name in ("rawugc.nobody", "rawugc.lena"):  # unknown; built in but inactive
        response = http.post("/videos/generate", json={**SORA, "selectedCharacter": name})
        assert fields(response, 404) == ["selectedCharacter"]  # a reference to nothing
    assert len(mock.charges) == 2


# --- request validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/videos/generate", {**SORA, "prompt": "x" * 5001}, "prompt"),
        ("/videos/generate", {"model": "veo3"}, "prompt"),
        (
            "/videos/generate",
            {"model": "kling-2.6/motion-control", "imageUrls": ["https://a.b/c.png"]},
            "videoUrls",
        ),
        ("/videos/generate", {**SORA, "aspectRatio": "16:9"}, "aspectRatio"),
        ("/videos/generate", {**SORA, "colour": "red"}, "colour"),
        ("/images/generate", {"model": "google/nano-banana-edit", "prompt": "x"}, "imageUrls"),
        ("/music/generate", {"prompt": "x", "title": "t" * 201}, "title"),
        ("/scrape-tiktok", {"query": "x", "limit": 11}, "limit"),
        (
            "/social/posts",
            {"videoUrl": "https://a.b/v.mp4", "accountIds": ["a"], "mode": "schedule"},
            "scheduledFor",
        ),
    ],
)
def test_validation_errors_name_the_field(
    mock: RawUGCMock, http: httpx.Client, path: str, body: dict[str, Any], field: str
) -> None:
    response = http.post(path, json=body)
    assert fields(response) == [field]
    assert field in problem(response, 400)["detail"]
    assert mock.charges == []


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            {
                "model": "sora-2-image-to-video",
                "imageUrls": ["https://a.b/c.png"],
                "aspectRatio": "9:16",
            },
            "aspectRatio",
            "'9:16' is not one of ['portrait', 'landscape'] with model 'sora-2-image-to-video'",
        ),
        ({**SORA, "mode": "720p"}, "mode", "is not allowed with model 'sora-2-text-to-video'"),
        (
            {**SORA, "videoUrls": ["https://a.b/v.mp4"]},
            "videoUrls",
            "is not allowed with model 'sora-2-text-to-video'",
        ),
        (
            {"model": "veo3", "prompt": "x", "nFrames": "10"},
            "nFrames",
            "is not allowed with model 'veo3'",
        ),
        ({"model": "veo3_fast"}, "prompt", "is required with model 'veo3_fast'"),
        ({**SORA, "prompt": "x" * 5002}, "prompt", "is 5002 characters; at most 5000 allowed"),
    ],
)
def test_per_model_rules_come_from_the_spec_and_name_the_model(
    mock: RawUGCMock, http: httpx.Client, body: dict[str, Any], field: str, message: str
) -> None:
    errors = problem(http.post("/videos/generate", json=body), 400)["errors"]
    assert errors == [{"field": field, "message": message}]
    assert mock.charges == []


def test_per_model_image_fields_are_refused_with_the_other_model(http: httpx.Client) -> None:
    edit = {"model": "google/nano-banana-edit", "prompt": "x", "imageUrls": ["https://a.b/c.png"]}
    errors = problem(http.post("/images/generate", json={**edit, "resolution": "2K"}), 400)
    assert errors["errors"] == [
        {"field": "resolution", "message": "is not allowed with model 'google/nano-banana-edit'"}
    ]
    text = {"model": "nano-banana-2", "prompt": "x", "imageSize": "1:1"}
    assert fields(http.post("/images/generate", json=text)) == ["imageSize"]
    assert generate(http, "images", **edit, imageSize="1:1")["status"] == "pending"


# --- CRUD ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "array", "create", "change"),
    [
        ("personas", "personas", {"name": "Moms", "description": "New moms"}, {"name": "Dads"}),
        ("messaging", "messages", {"name": "Calm", "body": "Real skin"}, {"body": "Real routines"}),
        (
            "products",
            "products",
            {"name": "Serum", "photos": ["https://a.b/p.png"]},
            {"messaging": "Glow"},
        ),
        ("styles", "styles", {"name": "Shelfie", "type": "image"}, {"aspectRatio": "square"}),
    ],
)
def test_crud_round_trip(
    http: httpx.Client, path: str, array: str, create: dict[str, Any], change: dict[str, Any]
) -> None:
    before = http.get(f"/{path}").json()["count"]
    item_id = http.post(f"/{path}", json=create).json()["id"]
    assert http.get(f"/{path}").json()["count"] == before + 1
    assert http.patch(f"/{path}/{item_id}", json=change).json() == {"success": True}
    item = http.get(f"/{path}/{item_id}").json()
    assert item["_id"] == item_id
    assert item.items() >= {**create, **change}.items()
    assert http.delete(f"/{path}/{item_id}").json() == {"success": True}
    problem(http.get(f"/{path}/{item_id}"), 404)
    problem(http.delete(f"/{path}/{item_id}"), 404)
    problem(http.patch(f"/{path}/{item_id}", json=change), 404)
    assert item_id not in [i["_id"] for i in http.get(f"/{path}").json()[array]]


def test_product_fields_not_set_are_null(http: httpx.Client) -> None:
    product_id = http.post("/products", json={"name": "S", "photos": ["https://a.b/p.png"]}).json()
    product = http.get(f"/products/{product_id['id']}").json()
    assert (product["description"], product["messaging"]) == (None, None)
    assert "organizationId" not in product  # not part of the spec's Product


def test_built_in_styles_are_listed_filtered_and_protected(http: httpx.Client) -> None:
    styles = http.get("/styles").json()["styles"]
    built_in = [s for s in styles if s["isAdmin"]]
    assert built_in
    assert all(s["isStandard"] and s["styleId"] for s in built_in)
    images = http.get("/styles", params={"type": "image"}).json()
    assert images["count"] == len(images["styles"])
    assert {s["type"] for s in images["styles"]} == {"image"}
    style_id = built_in[0]["_id"]
    assert http.get(f"/styles/{style_id}").json() == built_in[0]
    problem(http.patch(f"/styles/{style_id}", json={"name": "Mine"}), 403)
    problem(http.delete(f"/styles/{style_id}"), 403)
    assert http.get(f"/styles/{style_id}").json()["name"] == built_in[0]["name"]


def test_characters_built_in_and_custom(http: httpx.Client) -> None:
    listed = http.get("/characters").json()
    types = [c["type"] for c in listed["characters"]]
    assert (listed["adminCount"], listed["userCount"]) == (
        types.count("admin"),
        types.count("user"),
    )
    assert listed["adminCount"] >= 1
    assert listed["userCount"] >= 1
    assert listed["count"] == len(types)
    for character in listed["characters"]:
        assert http.get(f"/characters/{character['_id']}").json() == character
    problem(http.get("/characters/nobody"), 404)


# --- social accounts and posts ------------------------------------------------------------------


def test_accounts_sync_and_disconnect(http: httpx.Client) -> None:
    assert len(accounts(http)) == 2
    assert http.post("/social/accounts").json() == {"success": True}
    synced = accounts(http)
    assert len(synced) == 3
    assert http.post("/social/accounts").status_code == 200
    assert accounts(http) == synced
    assert http.delete(f"/social/accounts/{synced[0]}").json() == {"success": True}
    http.post("/social/accounts")
    assert accounts(http) == synced[1:]
    problem(http.delete(f"/social/accounts/{synced[0]}"), 404)


def test_post_modes_and_status_rules(http: httpx.Client, clock: ManualClock) -> None:
    now_ms = int(clock.now() * 1000)
    draft = post(http, "draft", scheduledFor=now_ms + 1).json()
    assert (draft["status"], draft["scheduledFor"], draft["publishedAt"]) == ("draft", None, None)
    published = post(http, "now", content="Glow check").json()
    assert published["status"] == "published"
    assert published["publishedAt"]
    scheduled = post(
        http, "schedule", scheduledFor=now_ms + 60_000, timezone="America/New_York"
    ).json()
    assert (scheduled["status"], scheduled["timezone"]) == ("scheduled", "America/New_York")
    assert fields(post(http, "schedule", scheduledFor=now_ms)) == ["scheduledFor"]
    assert fields(post(http, "draft", timezone="Mars/Olympus")) == ["timezone"]

    def status(post_id: str) -> str:
        found: str = http.get(f"/social/posts/{post_id}").json()["status"]
        return found

    # only drafts publish; published posts are final; drafts cannot be rescheduled
    problem(http.post(f"/social/posts/{scheduled['postId']}/publish"), 400)
    problem(http.patch(f"/social/posts/{published['postId']}", json={"content": "x"}), 400)
    later = {"scheduledFor": now_ms + 120_000}
    problem(http.post(f"/social/posts/{published['postId']}/reschedule", json=later), 400)
    problem(http.post(f"/social/posts/{draft['postId']}/reschedule", json=later), 400)
    moved = http.post(f"/social/posts/{scheduled['postId']}/reschedule", json=later).json()
    assert (moved["scheduledFor"], moved["timezone"]) == (later["scheduledFor"], "America/New_York")
    updated = http.patch(f"/social/posts/{draft['postId']}", json={"content": "New"}).json()
    assert updated["content"] == "New"
    assert updated["status"] == "draft"
    assert http.post(f"/social/posts/{draft['postId']}/publish").json()["status"] == "published"
    clock.advance(119)
    assert status(scheduled["postId"]) == "scheduled"
    clock.advance(1)
    assert status(scheduled["postId"]) == "published"


def test_posts_fail_on_the_marker_or_a_disconnected_account(
    http: httpx.Client, clock: ManualClock
) -> None:
    assert post(http, "now", content=f"oops {FAIL_MARKER}").json()["status"] == "failed"
    soon = int(clock.now() * 1000) + 1000
    scheduled = post(http, "schedule", scheduledFor=soon).json()
    http.delete(f"/social/accounts/{accounts(http)[0]}")
    clock.advance(1)
    failed = http.get(f"/social/posts/{scheduled['postId']}").json()
    assert (failed["status"], failed["publishedAt"]) == ("failed", None)


def test_posts_need_known_accounts_and_videos(http: httpx.Client) -> None:
    problem(post(http, "draft", accountIds=["acc_nope"]), 404)
    problem(post(http, "draft", videoId="vid_nope"), 404)
    draft = post(http, "draft").json()["postId"]
    problem(http.patch(f"/social/posts/{draft}", json={"accountIds": ["acc_nope"]}), 404)
    assert fields(http.patch(f"/social/posts/{draft}", json={})) == ["body"]
    problem(http.get("/social/posts/post_nope"), 404)


def test_post_list_window_and_drafts(http: httpx.Client, clock: ManualClock) -> None:
    now_ms = int(clock.now() * 1000)
    times = [now_ms + 10_000, now_ms + 20_000, now_ms + 30_000]
    ids = [post(http, "schedule", scheduledFor=t).json()["postId"] for t in reversed(times)]
    draft = post(http, "draft").json()["postId"]

    def listed(**params: Any) -> list[str]:
        return [p["postId"] for p in http.get("/social/posts", params=params).json()["posts"]]

    assert listed() == ids[::-1]  # by post time
    assert listed(fromDate=times[1], toDate=times[2]) == ids[1::-1]  # inclusive bounds
    assert draft not in listed()
    assert draft in listed(includeDrafts="true")
    assert http.delete(f"/social/posts/{ids[0]}").json() == {"success": True}
    assert ids[0] not in listed()


# --- research, viral library, uploads -------------------------------------------------------------


def test_scrapes_are_deterministic_and_feed_content_plans(
    mock: RawUGCMock, http: httpx.Client
) -> None:
    first = http.post("/scrape-tiktok", json={"query": "skincare routine"}).json()
    again = http.post("/scrape-tiktok", json={"query": "skincare routine"}).json()
    other = http.post("/scrape-tiktok", json={"query": "desk setup", "limit": 3}).json()
    assert first["count"] == len(first["videos"]) == 10  # the spec's default limit
    assert first["videos"] == again["videos"]
    assert first["scrapeId"] != again["scrapeId"]
    assert other["count"] == 3
    assert other["videos"][0]["id"] != first["videos"][0]["id"]
    balance = mock.balance()
    problem(http.post("/content-plans", json={"scrapeId": "scr_nope", "brief": "b"}), 404)
    assert mock.balance() == balance
    plan = http.post(
        "/content-plans", json={"scrapeId": first["scrapeId"], "brief": "Hooks"}
    ).json()
    assert plan["scrapeId"] == first["scrapeId"]
    assert plan["blueprints"]
    assert plan["topWins"]
    assert mock.balance() == balance - 3
    assert http.get("/content-plans").json() == {"plans": [plan], "count": 1}


def test_analysis_is_deterministic_and_refuses_unreachable_videos(
    mock: RawUGCMock, http: httpx.Client
) -> None:
    url = "https://www.tiktok.com/@a/video/1"
    first = http.post("/analyze-video", json={"videoUrl": url}).json()
    assert first == http.post("/analyze-video", json={"videoUrl": url}).json()
    assert first["keyframes"]
    assert first["hook"]
    focused = http.post("/analyze-video", json={"videoUrl": url, "prompt": "the hook"}).json()
    assert focused["summary"].endswith("the hook")
    balance = mock.balance()
    response = http.post("/analyze-video", json={"videoUrl": "https://cdn.example.invalid/v.mp4"})
    assert fields(response) == ["videoUrl"]
    assert mock.balance() == balance


def test_viral_search_is_scored_sorted_and_limited(http: httpx.Client) -> None:
    found = http.get("/viral-library/search", params={"q": "skincare routine for moms"}).json()
    scores = [r["score"] for r in found["results"]]
    assert found["total"] == len(scores) >= 2
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)
    assert found["query"] == "skincare routine for moms"
    top = found["results"][0]["video"]
    assert "skincare" in top["description"].lower()
    assert top["analysis"] is None
    again = http.get("/viral-library/search", params={"q": "skincare routine for moms"}).json()
    assert again == found
    limited = http.get("/viral-library/search", params={"q": "skincare routine", "limit": 1}).json()
    assert limited["total"] == 1
    assert http.get("/viral-library/search", params={"q": "zzz"}).json()["results"] == []
    full = http.get(f"/viral-library/videos/{top['videoId']}").json()
    assert full["analysis"]["keyframes"]
    assert full["videoId"] == top["videoId"]
    problem(http.get("/viral-library/videos/vl_nope"), 404)
    assert fields(http.get("/viral-library/search")) == ["q"]


@pytest.mark.parametrize(
    "content_type",
    ["video/mp4", "video/quicktime", "video/webm", "image/png", "image/jpeg", "image/webp"],
)
def test_upload_accepts_the_six_types(http: httpx.Client, content_type: str) -> None:
    result = upload(http, content_type).json()
    assert (result["contentType"], result["size"]) == (content_type, 10)
    assert result["url"].startswith(f"https://cdn.rawugc.com/uploads/{TEST_ORG}/")


def test_upload_refuses_other_types_sizes_and_shapes(clock: ManualClock) -> None:
    assert UPLOAD_LIMIT == 100 * 1024 * 1024
    mock = RawUGCMock(clock=clock, upload_limit=1000)
    with connect(mock) as client:
        assert "text/plain" in problem(upload(client, "text/plain"), 400)["errors"][0]["message"]
        assert fields(upload(client, "image/png", b"x" * 1001)) == ["file"]
        empty = upload(client, "image/png", b"")  # the spec sets no minimum size
        assert (empty.status_code, empty.json()["size"]) == (200, 0)
        assert upload(client, "image/png", b"x" * 1000).status_code == 200
        assert fields(client.post("/upload", files={"file": (None, b"a text field")})) == ["file"]
        assert fields(client.post("/upload", data={"file": "urlencoded"})) == ["Content-Type"]
        assert fields(client.post("/upload", json={"file": "x"})) == ["Content-Type"]


def test_upload_urls_are_accepted_where_they_fit(mock: RawUGCMock, http: httpx.Client) -> None:
    image = upload(http, "image/png").json()["url"]
    video = upload(http, "video/mp4").json()["url"]
    edit = {"model": "google/nano-banana-edit", "prompt": "beach", "imageUrls": [image]}
    assert generate(http, "images", **edit)["creditsUsed"] == 2
    assert http.post("/analyze-video", json={"videoUrl": video}).status_code == 200
    # an upload of the wrong kind: 409 (the spec's Conflict), naming the field
    assert fields(http.post("/analyze-video", json={"videoUrl": image}), 409) == ["videoUrl"]
    video_edit = {**edit, "imageUrls": [video]}
    assert fields(http.post("/images/generate", json=video_edit), 409) == ["imageUrls.0"]
    unknown = {**edit, "imageUrls": [image, image.replace(".png", "0.png")]}  # own org, not made
    assert fields(http.post("/images/generate", json=unknown)) == ["imageUrls.1"]
    assert http.post("/products", json={"name": "P", "photos": [image]}).status_code == 201
    with connect(mock, BROKE_KEY) as broke:
        theirs = upload(broke, "image/png").json()["url"]  # another organisation of the mock
    assert fields(http.post("/products", json={"name": "P", "photos": [theirs]})) == ["photos.0"]
    # an organisation the mock does not hold (the spec's examples): taken as given
    elsewhere = "https://cdn.rawugc.com/uploads/org_123/bottle.png"
    assert http.post("/products", json={"name": "P", "photos": [elsewhere]}).status_code == 201


# --- faults, determinism, concurrency -------------------------------------------------------------


def test_status_fault_before_does_not_execute(mock: RawUGCMock, http: httpx.Client) -> None:
    mock.faults.add("generateVideo", Fault("status", status=503))
    body = problem(http.post("/videos/generate", json=SORA), 503)
    assert body["instance"] == "/videos/generate"
    assert mock.charges == []
    assert http.get("/videos").json()["videos"] == []


def test_status_fault_after_executes(mock: RawUGCMock, http: httpx.Client) -> None:
    mock.faults.add("generateVideo", Fault("status", status=502, after=True))
    assert rate(http.get("/videos"))[1] == 999
    response = http.post("/videos/generate", json=SORA)
    problem(response, 502)
    assert rate(response)[1] == 998  # counted, like the first
    assert rate(http.get("/videos"))[1] == 997
    assert len(mock.charges) == 1
    assert len(http.get("/videos").json()["videos"]) == 1


def test_rate_limit_fault(mock: RawUGCMock, http: httpx.Client, clock: ManualClock) -> None:
    mock.faults.add("*", Fault("rate_limit", seconds=30))
    response = http.get("/videos")
    problem(response, 429)
    assert rate(response) == (1000, 0, math.ceil(clock.now() + 30))
    assert http.get("/videos").status_code == 200


def test_malformed_fault_after_keeps_the_effect(mock: RawUGCMock, http: httpx.Client) -> None:
    mock.faults.add("createPersona", Fault("malformed", after=True))
    response = http.post("/personas", json={"name": "a", "description": "b"})
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert http.get("/personas").json()["count"] == 1


def scenario(mock: RawUGCMock) -> list[Any]:
    """Ids and data a short session produces."""
    with connect(mock) as client:
        video = generate(client)["videoId"]
        persona = client.post("/personas", json={"name": "a", "description": "b"}).json()["id"]
        scrape = client.post("/scrape-tiktok", json={"query": "x", "limit": 1}).json()
        styles = client.get("/styles").json()
        posted = post(client, "draft").json()["postId"]
    return [video, persona, scrape, styles, posted]


def test_same_seed_same_ids_and_reset_restores(clock: ManualClock) -> None:
    first = RawUGCMock(clock=clock, seed=7)
    recorded = scenario(first)
    assert scenario(RawUGCMock(clock=clock, seed=7)) == recorded
    assert scenario(RawUGCMock(clock=clock, seed=8))[0] != recorded[0]
    first.add_key("extra")
    first.reset()
    assert "extra" in first.keys
    assert first.charges == []
    assert scenario(first) == recorded


def test_concurrent_requests_are_serialised(mock: RawUGCMock) -> None:
    with LoopbackServer(mock) as server:
        headers = {"Authorization": f"Bearer {TEST_KEY}"}
        results: list[str] = []

        def worker() -> None:
            with httpx.Client(base_url=server.base_url, headers=headers) as client:
                for _ in range(5):
                    results.append(client.post("/videos/generate", json=SORA).json()["videoId"])

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(set(results)) == 20
    assert mock.balance() == 1000 - 20 * 10
    assert len(mock.charges) == 20


# --- every operation through the generated client -----------------------------------------------


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Recorder:
    """Calls generated operations, checks status and parsed type, and records the operationIds."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client
        self.called: set[str] = set()
        self._ids = {_snake(op_id): op_id for op_id in OPERATIONS}

    def __call__(self, module: Any, expected: type, *args: Any, **kwargs: Any) -> Any:
        response: Response[Any] = module.sync_detailed(*args, client=self.client, **kwargs)
        assert 200 <= response.status_code < 300, (module.__name__, response.content)
        assert isinstance(response.parsed, expected), (module.__name__, response.parsed)
        self.called.add(self._ids[module.__name__.rsplit(".", 1)[1]])
        return response.parsed


@pytest.fixture
def served(clock: ManualClock) -> Iterator[tuple[RawUGCMock, str]]:
    mock = RawUGCMock(clock=clock)
    mock.add_key("bulk", rate_limit=10_000)
    with LoopbackServer(mock) as server:
        yield mock, server.base_url


def test_every_operation_through_the_generated_client(
    served: tuple[RawUGCMock, str], clock: ManualClock
) -> None:
    mock, base_url = served
    client = AuthenticatedClient(
        base_url=base_url, token="bulk", headers={"RawUGC-Version": VERSION}
    )
    call = Recorder(client)
    with client:
        _media(call, clock)
        _library(call)
        _social(call, clock)
        _research(call)
    assert call.called == set(OPERATIONS)
    assert len(call.called) == 50
    assert mock.calls.keys() == set(OPERATIONS)


def _media(call: Callable[..., Any], clock: ManualClock) -> None:
    png = File(payload=io.BytesIO(b"\x89PNG"), file_name="p.png", mime_type="image/png")
    image_url = call(upload_file, UploadResult, body=UploadFileRequest(file=png)).url
    video = call(generate_video, VideoGenerationAccepted, body=GenerateVideoRequest.from_dict(SORA))
    image = call(
        generate_image,
        ImageGenerationAccepted,
        body=GenerateImageRequest(
            model="google/nano-banana-edit", prompt="beach", image_urls=[image_url]
        ),
    )
    music = call(generate_music, MusicGenerationAccepted, body=GenerateMusicRequest(prompt="lofi"))
    assert call(get_video, Video, video.video_id).status == "pending"
    clock.advance(121)
    assert call(get_image, Image, image.image_id).url
    assert call(get_music_track, MusicTrack, music.music_id).audio_url
    captions = AddVideoCaptionsRequest(video_id=video.video_id, language="en")
    assert call(add_video_captions, VideoEditResult, body=captions).version == 2
    overlay = AddVideoOverlayRequest(video_id=video.video_id, text="Try it")
    assert call(add_video_overlay, VideoEditResult, body=overlay).version == 3
    assert len(call(list_videos, VideoList, status="completed").videos) == 1
    assert call(list_images, ImageList, limit=1).pagination.total == 1
    assert call(list_music_tracks, MusicTrackList).tracks[0].music_id == music.music_id


def _library(call: Callable[..., Any]) -> None:
    characters = call(list_characters, CharacterList)
    call(get_character, CharacterModel, characters.characters[0].field_id)
    cases = [
        (create_persona, CreatePersonaRequest(name="Moms", description="New moms"), get_persona,
         Persona, update_persona, UpdatePersonaRequest(name="Dads"), list_personas, PersonaList,
         delete_persona),
        (create_message, CreateMessageRequest(name="Calm", body="Real"), get_message, Message,
         update_message, UpdateMessageRequest(body="Real skin"), list_messages, MessageList,
         delete_message),
        (create_product, CreateProductRequest(name="Serum", photos=["https://a.b/p.png"]),
         get_product, Product, update_product, UpdateProductRequest(messaging="Glow"),
         list_products, ProductList, delete_product),
        (create_style, CreateStyleRequest(name="Shelfie"), get_style, Style, update_style,
         UpdateStyleRequest(description="Bathroom"), list_styles, StyleList, delete_style),
    ]  # fmt: skip
    for create, body, get, model, update, change, list_, list_model, delete in cases:
        item_id = call(create, CreatedId, body=body).id
        assert call(update, SuccessResult, item_id, body=change).success
        assert call(get, model, item_id).field_id == item_id
        assert call(list_, list_model).count >= 1
        assert call(delete, SuccessResult, item_id).success


def _social(call: Callable[..., Any], clock: ManualClock) -> None:
    assert call(sync_social_accounts, SuccessResult).success
    accounts_ = call(list_social_accounts, SocialAccountList).accounts
    ids = [account.account_id for account in accounts_]
    soon = int(clock.now() * 1000) + 60_000
    video_url = "https://cdn.rawugc.com/videos/vid_x/v1.mp4"
    draft = call(
        create_social_post,
        SocialPost,
        body=CreateSocialPostRequest(video_url=video_url, account_ids=ids[:1], mode="draft"),
    )
    body = CreateSocialPostRequest(
        video_url=video_url, account_ids=ids[:2], mode="schedule", scheduled_for=soon
    )
    scheduled = call(create_social_post, SocialPost, body=body)
    change = UpdateSocialPostRequest(content="New caption")
    assert call(update_social_post, SocialPost, draft.post_id, body=change).content == "New caption"
    later = RescheduleSocialPostRequest(scheduled_for=soon + 60_000)
    assert (
        call(reschedule_social_post, SocialPost, scheduled.post_id, body=later).scheduled_for
        == soon + 60_000
    )
    assert call(publish_social_post, SocialPost, draft.post_id).status == "published"
    assert call(get_social_post, SocialPost, scheduled.post_id).status == "scheduled"
    assert call(list_social_posts, SocialPostList, include_drafts=True).count == 2
    assert call(delete_social_post, SuccessResult, draft.post_id).success
    assert call(disconnect_social_account, SuccessResult, ids[-1]).success


def _research(call: Callable[..., Any]) -> None:
    scrape = call(scrape_tiktok, ScrapeResult, body=ScrapeTiktokRequest(query="skincare", limit=2))
    plan = call(
        create_content_plan,
        ContentPlan,
        body=CreateContentPlanRequest(scrape_id=scrape.scrape_id, brief="Hooks that convert"),
    )
    assert call(list_content_plans, ContentPlanList).plans[0].plan_id == plan.plan_id
    analysis = call(
        analyze_video, VideoAnalysis, body=AnalyzeVideoRequest(video_url=scrape.videos[0].url)
    )
    assert analysis.keyframes
    found = call(search_viral_library, ViralSearchResponse, q="skincare routine", limit=3)
    video = call(get_viral_video, ViralLibraryVideo, found.results[0].video.video_id)
    assert video.analysis is not None


# --- what an independent Schemathesis run found ---------------------------------------------------


def test_the_key_is_checked_before_the_parameters(mock: RawUGCMock) -> None:
    with connect(mock, None) as anonymous:
        assert problem(anonymous.get("/videos", params={"limit": "many"}), 401)
        assert problem(anonymous.post("/videos/generate", json={"model": 3}), 401)
    with connect(mock, READ_ONLY_KEY) as reader:
        assert problem(reader.post("/personas", json={"name": 3}), 403)
    with connect(mock) as client:
        assert fields(client.get("/videos", params={"limit": "many"})) == ["limit"]


def test_get_of_a_concrete_path_falls_back_to_the_templated_one(http: httpx.Client) -> None:
    body = problem(http.get("/videos/generate"), 404)  # getVideo of the id "generate"
    assert "generate was not found" in body["detail"]
    not_allowed = http.delete("/videos/generate")  # neither path has DELETE
    assert not_allowed.status_code == 405
    assert not_allowed.headers["Allow"] == "POST"  # what the spec documents for this path


def test_served_under_the_spec_server_path_too(http: httpx.Client) -> None:
    created = http.post("/api/v1/personas", json={"name": "A", "description": "B"})
    assert created.status_code == 201
    persona_id = created.json()["id"]
    assert http.get(f"/api/v1/personas/{persona_id}").json()["name"] == "A"
    assert http.get(f"/personas/{persona_id}").status_code == 200
    assert problem(http.get("/api/v1/nowhere"), 404)
    assert problem(http.get("/api/v2/personas"), 404)


def test_times_end_with_the_year_9999(http: httpx.Client) -> None:
    last = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z
    assert post(http, "schedule", scheduledFor=last).status_code == 201
    assert fields(post(http, "schedule", scheduledFor=last + 1)) == ["scheduledFor"]
    year_292_million = 9_223_372_036_854_775_807
    assert fields(post(http, "schedule", scheduledFor=year_292_million)) == ["scheduledFor"]
    assert fields(http.get("/social/posts", params={"toDate": last + 1})) == ["toDate"]


def test_a_client_that_sleeps_on_the_mock_clock_is_paced_on_it() -> None:
    clock = ManualClock(1_800_000_000.5)
    mock = RawUGCMock(clock=clock)  # the vendor's 10 requests a minute
    with connect(mock) as client:
        statuses = [client.get("/personas").status_code for _ in range(10)]
        refused = client.get("/personas")
        assert statuses == [200] * 10
        assert problem(refused, 429)
        reset = int(refused.headers["X-RateLimit-Reset"])
        assert reset == math.ceil(1_800_000_000.5 + 60)  # on the mock's clock, not the wall's
        assert str(reset) in refused.json()["detail"]
        clock.sleep(reset - clock())  # what a paced client does: no real time passes
        again = client.get("/personas")
        assert again.status_code == 200
        assert again.headers["X-RateLimit-Remaining"] == "9"
        assert int(again.headers["X-RateLimit-Reset"]) == math.ceil(clock() + 60)
