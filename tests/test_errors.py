"""One error family for both APIs, errors that pickle, and secrets that stay secret even when
the server echoes them (in exceptions, tracebacks, pickles, auth objects and the CLI)."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import threading
import traceback
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import mediaapis
from mediaapis import icp, rawugc
from mediaapis.errors import FieldProblem
from mediaapis.icp import VolcAPIError, VolcCredentials, VolcError, VolcResponseError
from rawugc_client.api.videos import get_video
from volc_icp_client.api.users import list_users
from volc_icp_client.models import ListUsersRequest

KEY = "rawugc_sk_live_" + "7" * 32
AK, SK, TOKEN = "AKLTsecretaccesskey0001", "sk-very-secret-0002", "sts-session-token-0003"
PROBLEM = "application/problem+json"


def envelope(error: dict[str, Any] | None = None, **metadata: Any) -> dict[str, Any]:
    meta = {"RequestId": "20260306REQ", "Action": "ListUsers", "Version": "2022-02-01", **metadata}
    if error is not None:
        meta["Error"] = error
    return {"ResponseMetadata": meta, **({} if error else {"Result": {"UIDs": [1]}})}


# -- one family ----------------------------------------------------------------------------


def test_one_root_over_both_apis() -> None:
    rawugc_errors = [
        rawugc.RawUGCError,
        rawugc.MissingAPIKeyError,
        rawugc.APIConnectionError,
        rawugc.APITimeoutError,
        rawugc.MalformedResponseError,
        rawugc.APIStatusError,
        rawugc.ValidationError,
        rawugc.AuthenticationError,
        rawugc.InsufficientCreditsError,
        rawugc.PermissionDeniedError,
        rawugc.NotFoundError,
        rawugc.RateLimitError,
        rawugc.ServerError,
        rawugc.JobFailedError,
        rawugc.JobTimeoutError,
        rawugc.JobPendingError,
    ]
    icp_errors = [VolcError, VolcAPIError, VolcResponseError, icp.MissingCredentialsError]
    for cls in rawugc_errors:
        assert issubclass(cls, rawugc.RawUGCError)
        assert issubclass(cls, mediaapis.MediaAPIError)
    for cls in icp_errors:
        assert issubclass(cls, VolcError)
        assert issubclass(cls, mediaapis.MediaAPIError)
    from mediaapis.icp.errors import VolcConnectionError, VolcTimeoutError

    # transport errors: one shared pair, each API's subclass stays in its own family too
    assert issubclass(rawugc.APITimeoutError, mediaapis.APITimeoutError)
    assert issubclass(VolcTimeoutError, mediaapis.APITimeoutError)
    assert issubclass(VolcConnectionError, mediaapis.APIConnectionError)
    assert issubclass(rawugc.APIConnectionError, mediaapis.APIConnectionError)
    assert issubclass(VolcResponseError, mediaapis.MalformedResponseError)
    assert issubclass(rawugc.MalformedResponseError, mediaapis.MalformedResponseError)


def test_errors_carry_status_operation_and_request_id() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"title": "Not found", "status": 404, "instance": request.url.path}
        headers = {"content-type": PROBLEM, "X-Request-Id": "req_42"}
        return httpx.Response(404, headers=headers, content=json.dumps(body))

    api = rawugc.RawUGC(f"k-{uuid.uuid4().hex}", transport=httpx.MockTransport(handler))
    with pytest.raises(mediaapis.MediaAPIError) as info:
        get_video.sync("vid_1", client=api.client)
    raised = info.value
    assert isinstance(raised, rawugc.NotFoundError)
    assert (raised.status_code, raised.operation, raised.request_id) == (404, "getVideo", "req_42")
    assert raised.instance == "/api/v1/videos/vid_1"

    def volc(request: httpx.Request) -> httpx.Response:
        error = {"CodeN": 100010, "Code": "SignatureDoesNotMatch", "Message": "bad"}
        return httpx.Response(401, json=envelope(error))

    client = icp.icp_client(VolcCredentials(AK, SK), transport=httpx.MockTransport(volc))
    with pytest.raises(mediaapis.MediaAPIError) as volc_info:
        list_users.sync(client=client, body=ListUsersRequest())
    got = volc_info.value
    assert isinstance(got, VolcAPIError)
    assert (got.status_code, got.operation, got.request_id) == (401, "listUsers", "20260306REQ")
    assert got.action == "ListUsers"


def every_error() -> list[mediaapis.MediaAPIError]:
    """One instance of every error class, built as the stack builds them."""
    from mediaapis.icp.errors import VolcConnectionError, VolcTimeoutError

    headers = {"x-ratelimit-reset": "1700000000", "x-ratelimit-limit": "10", "x-request-id": "r1"}
    problem = {"title": "T", "detail": "d", "errors": [{"field": "prompt", "message": "req"}]}
    status: dict[str, Any] = {
        "status_code": 429,
        "problem": problem,
        "method": "GET",
        "path": "/videos",
        "headers": headers,
        "operation": "listVideos",
    }
    where = {"method": "GET", "path": "/v", "host": "https://rawugc.com", "operation": "getVideo"}
    return [
        mediaapis.MediaAPIError("root"),
        mediaapis.APIConnectionError("refused", **where),
        mediaapis.APITimeoutError("slow", **where),
        mediaapis.MalformedResponseError("bad", status_code=200, operation="x", request_id="r"),
        rawugc.RawUGCError("plain"),
        rawugc.MissingAPIKeyError("no key"),
        rawugc.APIConnectionError("refused", **where),
        rawugc.APITimeoutError("slow", **where),
        rawugc.MalformedResponseError(status_code=200, method="GET", path="/v", operation="o"),
        rawugc.APIStatusError(**{**status, "status_code": 409}),
        rawugc.ValidationError(**{**status, "status_code": 400}),
        rawugc.AuthenticationError(**{**status, "status_code": 401}),
        rawugc.InsufficientCreditsError(**{**status, "status_code": 402}),
        rawugc.PermissionDeniedError(**{**status, "status_code": 403}),
        rawugc.NotFoundError(**{**status, "status_code": 404}),
        rawugc.RateLimitError(**status),
        rawugc.ServerError(**{**status, "status_code": 503}),
        rawugc.JobFailedError("vid_1", "E1", "it broke", {"videoId": "vid_1"}),
        rawugc.JobTimeoutError({"vid_1": "processing"}, 30.0),
        rawugc.JobPendingError("vid_2", "processing", 30.0),
        rawugc.UnconfirmedChargeError(
            operation="generateVideo",
            reason="ambiguous",
            lost="HTTP 503",
            searched="listVideos for prompt='x'",
            candidates=["vid_1", "vid_2"],
            idempotency_key="k1",
        ),
        rawugc.IdempotencyKeyError("k1", "reused", "already used", operation="generateVideo"),
        VolcError("plain"),
        VolcResponseError("not an envelope", status_code=502, operation="listUsers"),
        VolcAPIError(
            status_code=200,
            action="ListUsers",
            code="UserNotFound",
            code_n=804,
            message="no user",
            request_id="REQ",
            operation="listUsers",
        ),
        VolcConnectionError("refused", **{**where, "operation": "listUsers"}),
        VolcTimeoutError("slow", **{**where, "operation": "listUsers"}),
        icp.MissingCredentialsError("set VOLC_ACCESSKEY"),
        mediaapis.RequestValidationError(
            [FieldProblem("aspect_ratio", "aspectRatio", "'9:16' is not allowed", {"model": "m"})],
            operation="generateVideo",
        ),
        mediaapis.ClientClosedError("the RawUGC client for https://api.rawugc.com"),
    ]


ERROR_IDS = [
    *["MediaAPIError", "APIConnectionError", "APITimeoutError", "MalformedResponseError"],
    *["RawUGCError", "MissingAPIKeyError", "rawugc.APIConnectionError", "rawugc.APITimeoutError"],
    *["rawugc.MalformedResponseError", "APIStatusError", "ValidationError"],
    *["AuthenticationError", "InsufficientCreditsError", "PermissionDeniedError"],
    *["NotFoundError", "RateLimitError", "ServerError", "JobFailedError", "JobTimeoutError"],
    "JobPendingError",
    *["UnconfirmedChargeError", "IdempotencyKeyError"],
    *["VolcError", "VolcResponseError", "VolcAPIError", "VolcConnectionError"],
    *["VolcTimeoutError", "MissingCredentialsError", "RequestValidationError"],
    "ClientClosedError",
]


@pytest.mark.parametrize("index", range(len(ERROR_IDS)), ids=ERROR_IDS)
def test_every_error_pickles_with_its_attributes(index: int) -> None:
    error = every_error()[index]
    assert type(error).__name__ == ERROR_IDS[index].rsplit(".", 1)[-1]
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)
    for name in ("status_code", "operation", "request_id"):
        assert getattr(copy, name) == getattr(error, name)


def test_every_error_class_is_covered() -> None:
    covered = {type(e) for e in every_error()}

    def subclasses(cls: type[object]) -> Iterator[type[object]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = {c for c in subclasses(mediaapis.MediaAPIError) if c.__module__.startswith("mediaapis")}
    assert ours <= covered | {mediaapis.MediaAPIError}, ours - covered


def raise_rate_limited() -> None:
    """Run in a worker process: a real RateLimitError from the stack."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": PROBLEM, "X-RateLimit-Reset": "0", "X-RateLimit-Limit": "10"}
        return httpx.Response(429, headers=headers, content=b'{"title": "slow down"}')

    api = rawugc.RawUGC(
        f"k-{uuid.uuid4().hex}",
        transport=httpx.MockTransport(handler),
        retry=rawugc.RetryPolicy(rate_limit_retries=0),
    )
    get_video.sync("vid_1", client=api.client)


def test_rate_limit_error_crosses_a_process_pool() -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(raise_rate_limited)
        with pytest.raises(rawugc.RateLimitError) as info:
            future.result(timeout=60)
    assert (info.value.status_code, info.value.operation, info.value.limit) == (
        429,
        "getVideo",
        10,
    )


# -- secrets -------------------------------------------------------------------------------


def shown(error: BaseException) -> list[str | bytes]:
    """Everything an error can show: str, repr, traceback (causes included), pickle."""
    texts: list[str | bytes] = [str(error), repr(error)]
    texts.append("".join(traceback.format_exception(error)))
    texts.append(pickle.dumps(error))
    cause = error.__cause__ or error.__context__
    if cause is not None:
        texts += [str(cause), repr(cause), pickle.dumps(cause)]
    return texts


def assert_hidden(texts: list[str | bytes], *secrets: str) -> None:
    for text in texts:
        for secret in secrets:
            if isinstance(text, bytes):
                assert secret.encode() not in text, f"{secret!r} shown in {text!r:.300}"
            else:
                assert secret not in text, f"{secret!r} shown in {text!r:.300}"


def echo_auth_problem(request: httpx.Request) -> httpx.Response:
    """A 400 whose problem echoes the Authorization header (in detail, errors and a header)."""
    auth = request.headers["authorization"]
    body = {
        "title": f"Bad header {auth}",
        "detail": f"invalid header Authorization: {auth}",
        "errors": [{"field": "Authorization", "message": f"got {auth}"}],
    }
    headers = {"content-type": PROBLEM, "X-Debug-Auth": auth}
    return httpx.Response(400, headers=headers, content=json.dumps(body))


def test_rawugc_errors_scrub_an_echoed_key() -> None:
    api = rawugc.RawUGC(KEY, transport=httpx.MockTransport(echo_auth_problem))
    with pytest.raises(rawugc.ValidationError) as info:
        get_video.sync("vid_1", client=api.client)
    error = info.value
    assert "[redacted]" in str(error)
    assert_hidden([*shown(error), repr(vars(error))], KEY)


def test_connection_error_text_is_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy said: {request.headers['authorization']}", request=request)

    api = rawugc.RawUGC(KEY, transport=httpx.MockTransport(handler), sleep=lambda _: None)
    with pytest.raises(rawugc.APIConnectionError) as info:
        get_video.sync("vid_1", client=api.client)
    assert_hidden(shown(info.value), KEY)


def volc_echo(request: httpx.Request) -> httpx.Response:
    """An error envelope echoing the signed headers back in the message."""
    echoed = f"{request.headers['authorization']} token={request.headers['x-security-token']}"
    error = {"CodeN": 100010, "Code": "SignatureDoesNotMatch", "Message": echoed}
    return httpx.Response(401, json=envelope(error, RequestId=f"id {TOKEN}"))


def signature_of(request: httpx.Request) -> str:
    return request.headers["authorization"].rsplit("Signature=", 1)[1]


def test_icp_errors_scrub_echoed_signature_token_and_keys() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return volc_echo(request)

    client = icp.icp_client(VolcCredentials(AK, SK, TOKEN), transport=httpx.MockTransport(handler))
    with pytest.raises(VolcAPIError) as info:
        list_users.sync(client=client, body=ListUsersRequest())
    signature = signature_of(seen[0])
    assert_hidden([*shown(info.value), repr(vars(info.value))], TOKEN, signature, AK, SK)


def test_icp_transport_errors_keep_no_signed_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadError(f"reset after {request.headers['x-security-token']}", request=request)

    client = icp.icp_client(
        VolcCredentials(AK, SK, TOKEN), transport=httpx.MockTransport(handler), sleep=lambda _: None
    )
    with pytest.raises(mediaapis.APIConnectionError) as info:
        list_users.sync(client=client, body=ListUsersRequest())
    error = info.value
    assert isinstance(error, VolcError)
    assert len(seen) == 4  # a read: 3 retries, as the official SDK
    assert error.__context__ is None
    cause = error.__cause__
    assert isinstance(cause, httpx.ReadError)
    with pytest.raises(RuntimeError):
        cause.request  # noqa: B018 - the copy keeps no request (and no signed headers)
    assert_hidden(shown(error), TOKEN, signature_of(seen[0]), AK)
    for value in vars(error).values():
        assert not isinstance(value, httpx.Request | httpx.Response | httpx.Headers)


def test_auth_objects_hold_no_visible_secret() -> None:
    auth = rawugc.BearerKeyAuth(KEY)
    assert_hidden([repr(auth), repr(vars(auth)), str(vars(auth))], KEY)
    try:
        pickled = pickle.dumps(auth)
    except TypeError:
        pass
    else:
        assert KEY.encode() not in pickled
    creds = VolcCredentials(AK, SK, TOKEN)
    assert_hidden([repr(creds), repr(getattr(creds, "__dict__", {}))], AK, SK, TOKEN)
    with pytest.raises(TypeError):
        pickle.dumps(creds)
    assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == (AK, SK, TOKEN)
    api = rawugc.RawUGC(KEY)
    assert api.client._stack is not None
    options = api.client._stack.options  # what the transport is built with
    assert_hidden([repr(api), repr(vars(api)), repr(api.client), repr(vars(options))], KEY)
    volc = icp.icp_client(creds)
    assert volc._stack is not None
    assert_hidden([repr(volc), repr(vars(volc._stack.options))], AK, SK, TOKEN)


# -- the CLI, against a real server that echoes credentials --------------------------------


class _Echo(BaseHTTPRequestHandler):
    """RawUGC-ish problems and Volcengine-ish envelopes that echo the request's credentials."""

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization", "")
        body = json.dumps({"title": "Bad", "status": 400, "detail": f"you sent {auth}"})
        self._send(400, "application/problem+json", body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        echoed = f"{self.headers.get('Authorization')} {self.headers.get('X-Security-Token')}"
        error = {"CodeN": 100010, "Code": "SignatureDoesNotMatch", "Message": echoed}
        self._send(401, "application/json", json.dumps(envelope(error)))

    def _send(self, status: int, kind: str, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from mediaapis.cli import main

    code = main(argv)
    out, err = capsys.readouterr()
    return code, out + err


def test_cli_never_prints_echoed_secrets(
    echo_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RAWUGC_API_KEY", KEY)
    monkeypatch.setenv("VOLC_ACCESSKEY", AK)
    monkeypatch.setenv("VOLC_SECRETKEY", SK)
    monkeypatch.setenv("VOLC_SESSION_TOKEN", TOKEN)
    code, printed = run_cli(
        ["rawugc", "getVideo", "videoId=vid_1", "--base-url", echo_server], capsys
    )
    assert code != 0
    assert "you sent" in printed
    assert_hidden([printed], KEY)
    code, printed = run_cli(["icp", "ListUsers", "--base-url", echo_server], capsys)
    assert code != 0
    assert "SignatureDoesNotMatch" in printed
    assert_hidden([printed], TOKEN, AK)
    assert "[redacted]" in printed  # the echo is shown, the secrets in it are not


@pytest.mark.parametrize("garbled", ["²", "\u0661\u0667\u0660\u0660", " 17", "1e9", "-5", ""])
def test_rate_limit_headers_that_are_not_ascii_digits_read_as_absent(garbled: str) -> None:
    """``str.isdigit`` takes ``'²'``, which ``int`` refuses; ``int`` takes other scripts'
    digits and spaces: neither is a number a server sends, so each reads as no header."""
    headers = {"x-ratelimit-reset": garbled, "x-ratelimit-limit": garbled}
    error = rawugc.RateLimitError(
        status_code=429, problem={}, method="GET", path="/v", headers=headers, operation="o"
    )
    assert (error.reset_at, error.limit) == (None, None)
    limiter = rawugc.Limiter(rawugc.RateLimit(), "garbled")
    assert limiter.observe(200, {"x-ratelimit-limit": garbled}) is None
    assert limiter.limit is None


def test_both_apis_mask_short_keys_alike() -> None:
    """One masking rule: a key or key id of 12 characters or fewer shows nothing of itself in
    either API's reprs (a 10-character key showing 6 characters is most of it)."""
    short, long_ = "AKLT0123ab", "AKLT0123456789xyz"
    shown = [
        repr(rawugc.BearerKeyAuth(short)),
        repr(VolcCredentials(short, "secret")),
        repr(icp.VolcSignatureAuth(VolcCredentials(short, "secret"))),
    ]
    assert all("AKLT" not in text and "ab" not in text.split("(", 1)[1] for text in shown)
    assert "AKLT…yz" in repr(VolcCredentials(long_, "secret"))
    assert "AKLT…yz" in repr(rawugc.BearerKeyAuth(long_))
