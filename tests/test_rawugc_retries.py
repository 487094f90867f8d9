"""Safe retries: which operations repeat after which failures, and a fault-injection run against
the mock over loopback proving that credits are charged and posts published exactly once."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from mediaapis import rawugc
from mediaapis._spec import operations_by_id
from mediaapis._transport import OPERATION_EXTENSION
from mediaapis_mocks import TEST_ORG, RawUGCMock
from mediaapis_mocks._core import Fault, FaultKind
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.api.social_accounts import list_social_accounts
from rawugc_client.api.social_posts import (
    create_social_post,
    get_social_post,
    publish_social_post,
)
from rawugc_client.api.videos import generate_video, get_video, list_videos
from rawugc_client.models import (
    CreateSocialPostRequest,
    GenerateVideoRequest,
    SocialAccountList,
    SocialPost,
    Video,
    VideoGenerationAccepted,
    VideoList,
)

if TYPE_CHECKING:
    from tests.conftest import MakeRawUGC

Handler = Callable[[httpx.Request], httpx.Response]
OK = {"success": True}


def counting(fail: Callable[[httpx.Request], httpx.Response]) -> tuple[Handler, list[str]]:
    """A handler that fails every request with ``fail`` and records each attempt."""
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(f"{request.method} {request.url.path}")
        return fail(request)

    return handler, attempts


def api_on(handler: Handler, sleeps: list[float] | None = None, **kwargs: object) -> rawugc.RawUGC:
    record = sleeps.append if sleeps is not None else (lambda _: None)
    return rawugc.RawUGC(
        f"key-{uuid.uuid4().hex}",
        transport=httpx.MockTransport(handler),
        sleep=record,
        **kwargs,  # type: ignore[arg-type]
    )


def status(code: int, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    body = json.dumps({"title": "x", "status": code})
    return lambda r: httpx.Response(code, headers=headers, content=body)


def raising(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error("injected", request=request)

    return fail


# (method, path, body, safe to repeat after it may have reached the server); each request
# names its operation as the package's requests do (OPERATION_EXTENSION), never by its URL
REQUESTS = [
    ("GET", "/videos/vid_1", None, True),
    ("GET", "/videos", None, True),
    ("PATCH", "/personas/p1", {"name": "n"}, True),
    ("DELETE", "/products/p1", None, True),
    ("POST", "/social/accounts", None, True),  # syncSocialAccounts: x-idempotent
    ("POST", "/videos/generate", {"model": "veo3", "prompt": "p"}, False),  # credits
    ("POST", "/videos/captions", {"videoId": "vid_1"}, False),  # credits
    ("POST", "/personas", {"name": "n"}, False),  # creates
    ("POST", "/social/posts/p1/publish", None, False),  # publishes
    ("POST", "/social/posts", {"mode": "now"}, False),  # publishes (and creates)
    ("POST", "/social/posts", {"mode": "draft"}, False),  # creates
    ("POST", "/social/posts/p1/reschedule", {"scheduledFor": 1}, False),  # plain POST
]
OPERATIONS = {
    ("GET", "/videos/vid_1"): "getVideo",
    ("GET", "/videos"): "listVideos",
    ("PATCH", "/personas/p1"): "updatePersona",
    ("DELETE", "/products/p1"): "deleteProduct",
    ("POST", "/social/accounts"): "syncSocialAccounts",
    ("POST", "/videos/generate"): "generateVideo",
    ("POST", "/videos/captions"): "addVideoCaptions",
    ("POST", "/personas"): "createPersona",
    ("POST", "/social/posts/p1/publish"): "publishSocialPost",
    ("POST", "/social/posts"): "createSocialPost",
    ("POST", "/social/posts/p1/reschedule"): "rescheduleSocialPost",
}


def named(method: str, path: str) -> dict[str, Any]:
    """The request extension naming the operation of ``method path``."""
    return {"extensions": {OPERATION_EXTENSION: OPERATIONS[(method, path)]}}


MAYBE_SENT = [
    status(500),
    status(503),
    raising(httpx.ReadTimeout),
    raising(httpx.RemoteProtocolError),
    raising(httpx.ReadError),
    raising(httpx.WriteError),
]
NOT_SENT = [raising(httpx.ConnectError), raising(httpx.ConnectTimeout)]


@pytest.mark.parametrize("fail", MAYBE_SENT)
@pytest.mark.parametrize(("method", "path", "body", "safe"), REQUESTS)
def test_maybe_sent_failures_retry_only_safe_operations(
    method: str, path: str, body: object, safe: bool, fail: Callable[..., httpx.Response]
) -> None:
    handler, attempts = counting(fail)
    api = api_on(handler)
    with pytest.raises(rawugc.RawUGCError):
        api.client.get_httpx_client().request(method, path, json=body, **named(method, path))
    assert len(attempts) == (3 if safe else 1)


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "POST"])
def test_a_request_naming_no_operation_is_repeated_only_for_a_read(method: str) -> None:
    """The stack never guesses the operation from the URL: a request sent by hand without
    naming one is repeated after a maybe-sent failure only when it is a read."""
    handler, attempts = counting(status(503))
    with pytest.raises(rawugc.RawUGCError):
        api_on(handler).client.get_httpx_client().request(method, "/personas/p1", json={})
    assert len(attempts) == 1


@pytest.mark.parametrize("fail", NOT_SENT)
@pytest.mark.parametrize(("method", "path", "body", "safe"), REQUESTS)
def test_failures_before_sending_retry_every_operation(
    method: str, path: str, body: object, safe: bool, fail: Callable[..., httpx.Response]
) -> None:
    handler, attempts = counting(fail)
    with pytest.raises(rawugc.APIConnectionError):
        api_on(handler).client.get_httpx_client().request(
            method, path, json=body, **named(method, path)
        )
    assert len(attempts) == 3


@pytest.mark.parametrize(("method", "path", "body", "safe"), REQUESTS)
def test_429_is_retried_for_every_operation(
    method: str, path: str, body: object, safe: bool
) -> None:
    responses: Iterator[Handler] = iter(
        [status(429, **{"X-RateLimit-Reset": "0"}), lambda r: httpx.Response(200)]
    )
    handler, attempts = counting(lambda r: next(responses)(r))
    http = api_on(handler).client.get_httpx_client()
    response = http.request(method, path, json=body, **named(method, path))
    assert response.status_code == 200
    assert len(attempts) == 2


def test_client_errors_are_never_retried() -> None:
    for code in (400, 401, 402, 403, 404):
        handler, attempts = counting(status(code))
        with pytest.raises(rawugc.APIStatusError):
            api_on(handler).client.get_httpx_client().get("/videos/vid_1")
        assert len(attempts) == 1


@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_max_retries_is_configurable(max_retries: int) -> None:
    handler, attempts = counting(status(503))
    with pytest.raises(rawugc.ServerError):
        api_on(handler, max_retries=max_retries).client.get_httpx_client().get("/videos")
    assert len(attempts) == 1 + max_retries


def test_retry_after_is_honoured_and_backoff_is_jittered() -> None:
    sleeps: list[float] = []
    handler, _ = counting(status(503, **{"Retry-After": "7"}))
    with pytest.raises(rawugc.ServerError):
        api_on(handler, sleeps).client.get_httpx_client().get("/videos")
    assert sleeps == [7.0, 7.0]
    policy = rawugc.RetryPolicy(backoff=1.0, max_backoff=3.0, rng=random.Random(1))
    delays = [[policy.delay(retry) for retry in (1, 2, 3, 4)] for _ in range(200)]
    for retry, cap in zip(range(4), (1.0, 2.0, 3.0, 3.0), strict=True):
        column = [d[retry] for d in delays]
        assert min(column) >= 0
        assert max(column) <= cap
        assert max(column) > 0.8 * cap
        assert min(column) < 0.2 * cap


def test_retry_policy_follows_the_spec_extensions() -> None:
    for operation_id, (_, method, spec) in operations_by_id("rawugc_client").items():
        op = rawugc.operation(operation_id)
        risky = "x-rawugc-credits" in spec or spec.get("x-rawugc-publishes")
        plain_post = method == "post" and not spec.get("x-idempotent")
        assert op.retry_safe(b'{"mode": "draft"}') is not (risky or plain_post), operation_id


def test_malformed_body_is_retried_for_reads_only() -> None:
    garbled = lambda r: httpx.Response(  # noqa: E731
        200, headers={"content-type": "application/json"}, content=b'{"vid'
    )
    handler, attempts = counting(garbled)
    with pytest.raises(rawugc.MalformedResponseError):
        api_on(handler).client.get_httpx_client().get("/videos")
    assert len(attempts) == 3
    handler, attempts = counting(garbled)
    with pytest.raises(rawugc.MalformedResponseError):
        api_on(handler).client.get_httpx_client().post("/videos/generate", json={})
    assert len(attempts) == 1


# -- fault injection against the mock over loopback --------------------------------------------


@pytest.fixture
def key(rawugc_mock: RawUGCMock) -> str:
    """A key of the test organisation of its own (its own limiter), with a generous limit."""
    token = f"faults-{uuid.uuid4().hex}"
    rawugc_mock.add_key(token, org=TEST_ORG, rate_limit=100_000)
    return token


@pytest.fixture
def api(key: str, make_rawugc: MakeRawUGC) -> rawugc.RawUGC:
    return make_rawugc(key, sleep=lambda _: None)


def test_faults_never_double_charge_or_double_publish(
    rawugc_mock: RawUGCMock, api: rawugc.RawUGC
) -> None:
    mock = rawugc_mock
    accounts = list_social_accounts.sync(client=api.client)
    assert isinstance(accounts, SocialAccountList)
    account = accounts.accounts[0].account_id
    drafts = []
    for _ in range(7):
        body = CreateSocialPostRequest(
            video_url="https://cdn.rawugc.com/videos/v/v1.mp4", account_ids=[account], mode="draft"
        )
        created = create_social_post.sync(client=api.client, body=body)
        assert isinstance(created, SocialPost)
        drafts.append(created.post_id)
    start = mock.balance(TEST_ORG)

    def arm(times: int) -> None:
        """On every route, each failure ``times`` times in turn, after the operation ran."""
        kinds: tuple[FaultKind, ...] = ("status", "drop", "malformed", "truncated")
        for kind in kinds:
            mock.faults.add("*", Fault(kind=kind, status=503, times=times, after=True))

    outcomes: list[str] = []
    arm(2)
    for _ in range(8):
        with pytest.raises(rawugc.RawUGCError) as info:
            generate_video.sync(
                client=api.client,
                body=GenerateVideoRequest(model="veo3_fast", prompt="faults everywhere"),
            )
        outcomes.append(type(info.value).__name__)
    arm(2)
    for post_id in drafts[:-1]:
        with pytest.raises(rawugc.RawUGCError) as info:
            publish_social_post.sync(post_id, client=api.client)
        outcomes.append(type(info.value).__name__)

    assert outcomes == [
        *["ServerError"] * 2,
        *["APIConnectionError"] * 2,
        *["MalformedResponseError"] * 4,
        *["ServerError"] * 2,
        *["APIConnectionError"] * 2,
        *["MalformedResponseError"] * 2,
    ]
    assert mock.calls["generateVideo"] == 8  # each generation reached the server once
    charged = [c for c in mock.charges if c.operation_id == "generateVideo"]
    assert len(charged) == 8
    assert start - mock.balance(TEST_ORG) == sum(c.credits for c in charged)
    assert mock.calls["publishSocialPost"] == 6  # each publish request reached it once
    mock.faults.clear()
    for post_id in drafts[:-1]:
        post = get_social_post.sync(post_id, client=api.client)
        assert post is not None
        assert post.status == "published"
    with pytest.raises(rawugc.ValidationError, match="400"):  # published once already
        publish_social_post.sync(drafts[0], client=api.client)
    published = publish_social_post.sync(drafts[-1], client=api.client)  # never tried: fine
    assert published is not None
    assert published.status == "published"


@pytest.mark.parametrize("kind", ["status", "drop", "malformed", "truncated", "delay"])
def test_reads_are_retried_to_success_through_faults(
    rawugc_mock: RawUGCMock, api: rawugc.RawUGC, key: str, kind: FaultKind
) -> None:
    accepted = generate_video.sync(
        client=api.client, body=GenerateVideoRequest(model="veo3_fast", prompt="a read")
    )
    assert isinstance(accepted, VideoGenerationAccepted)
    attempts = {"getVideo": 0, "listVideos": 0}

    class Counting(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            operation = rawugc.match(request.method, request.url.path)
            if operation is not None and operation.operation_id in attempts:
                attempts[operation.operation_id] += 1
            return super().handle_request(request)

    timeout = httpx.Timeout(0.3 if kind == "delay" else 5.0)
    api = rawugc.RawUGC(
        key, base_url=api.base_url, transport=Counting(), timeout=timeout, sleep=lambda _: None
    )
    for operation_id in ("getVideo", "listVideos"):
        for after in (False, True):  # before the handler ran, and after it
            rawugc_mock.faults.add(
                operation_id, Fault(kind=kind, seconds=1.0, times=1, after=after)
            )
    before = dict(rawugc_mock.calls)
    video = get_video.sync(accepted.video_id, client=api.client)
    page = list_videos.sync(client=api.client)
    assert isinstance(video, Video)
    assert video.video_id == accepted.video_id
    assert isinstance(page, VideoList)
    assert page.videos[0].video_id == accepted.video_id
    ran = {op: rawugc_mock.calls[op] - before.get(op, 0) for op in ("getVideo", "listVideos")}
    # three attempts each: a fault before the handler, one after it (it ran), then success
    if kind == "delay":  # a delayed request still runs once the client gave up on it
        assert min(ran.values()) >= 2
    else:
        assert ran == {"getVideo": 2, "listVideos": 2}
    assert attempts == {"getVideo": 3, "listVideos": 3}


# -- the typed clients' path: the operation declared in the request extension -----------------

OPERATION = "mediaapis.operation"


def test_declared_operation_wins_over_the_path() -> None:
    """The typed clients name the operation; the stack believes it, not the URL."""
    handler, attempts = counting(status(503))
    with pytest.raises(rawugc.ServerError) as info:
        api_on(handler).client.get_httpx_client().get(
            "/videos", extensions={OPERATION: "generateVideo"}
        )
    assert len(attempts) == 1  # a credit-spending operation: never repeated
    assert info.value.operation == "generateVideo"
    handler, attempts = counting(status(503))
    with pytest.raises(rawugc.ServerError):
        api_on(handler).client.get_httpx_client().post(
            "/videos/v1/anything", json={}, extensions={OPERATION: "getVideo"}
        )
    assert len(attempts) == 3  # a read: retried
    handler, attempts = counting(status(503))
    with pytest.raises(rawugc.ServerError):  # an unknown name falls back to matching the path
        api_on(handler).client.get_httpx_client().post(
            "/videos/generate", json={}, extensions={OPERATION: "noSuchOperation"}
        )
    assert len(attempts) == 1


def test_faults_never_double_charge_through_the_declared_path(
    rawugc_mock: RawUGCMock, api: rawugc.RawUGC
) -> None:
    """The fault run above, with requests built as the typed clients build them."""
    mock = rawugc_mock
    http = api.client.get_httpx_client()
    start = mock.balance(TEST_ORG)
    for kind in ("status", "drop", "malformed", "truncated"):
        mock.faults.add("*", Fault(kind=kind, status=503, times=2, after=True))
    body = GenerateVideoRequest(model="veo3_fast", prompt="declared")
    outcomes = []
    for _ in range(8):
        kwargs = generate_video.request_kwargs(body=body)
        kwargs["extensions"] = {OPERATION: "generateVideo"}
        with pytest.raises(rawugc.RawUGCError) as info:
            http.request(**kwargs)
        outcomes.append(type(info.value).__name__)
    assert outcomes == [
        *["ServerError"] * 2,
        *["APIConnectionError"] * 2,
        *["MalformedResponseError"] * 4,
    ]
    assert mock.calls["generateVideo"] == 8
    charged = [c for c in mock.charges if c.operation_id == "generateVideo"]
    assert len(charged) == 8  # credits charged == generations requested
    assert start - mock.balance(TEST_ORG) == sum(c.credits for c in charged)


def test_every_request_of_the_package_names_its_operation(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> None:
    """The generated functions and the job waits name their operation on the request (the
    stack reads it, never the URL); the typed methods name it as an operationId."""
    from mediaapis import RawUGC
    from mediaapis._spec import operation_named

    seen: list[str | None] = []

    def record(request: httpx.Request) -> None:
        name = request.extensions.get(OPERATION_EXTENSION)
        seen.append(operation_named(name) if isinstance(name, str) else None)

    clock = rawugc_mock.clock
    with RawUGC(
        rawugc_api_key,
        base_url=rawugc_server.base_url,
        clock=clock,
        sleep=clock.sleep,
        event_hooks={"request": [record]},
    ) as api:
        accepted = generate_video.sync(
            client=api.client, body=GenerateVideoRequest(model="veo3", prompt="p")
        )
        assert isinstance(accepted, VideoGenerationAccepted)
        get_video.sync(client=api.client, video_id=accepted.video_id)
        list_videos.sync(client=api.client)
        api.videos.wait(accepted.video_id)
        api.videos.wait_many([accepted.video_id])
    assert None not in seen, seen
    assert {"generateVideo", "getVideo", "listVideos"} <= set(seen)
