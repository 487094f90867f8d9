"""ICP on the shared transport stack: every read retried like the official SDK (3 retries,
jittered backoff), retryable business codes from the spec, a typed error for every failure, and
a fault-injection run against the ICP mock over loopback."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import mediaapis
from mediaapis import icp
from mediaapis._spec import load_spec
from mediaapis.icp import VolcAPIError, VolcCredentials, VolcError, VolcResponseError
from mediaapis_mocks import Fault, FaultKind, ICPMock, LoopbackServer, ManualClock
from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY
from volc_icp_client.api.media import get_media_info, get_media_list
from volc_icp_client.api.users import list_users
from volc_icp_client.models import (
    GetMediaInfoRequest,
    GetMediaListRequest,
    ListUsersRequest,
    ListUsersResponse,
    ListUsersResult,
    Owner,
)

CREDS = VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)
OWNER = {"Type": "PERSON", "Id": 2}
Handler = Callable[[httpx.Request], httpx.Response]


def envelope(action: str, error: dict[str, Any] | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"RequestId": "REQ1", "Action": action, "Version": "2022-02-01"}
    if error:
        meta["Error"] = error
        return {"ResponseMetadata": meta}
    results = {
        "ListUsers": {"UIDs": [1]},
        "GetMediaList": {"MediaInfos": [], "PageInfo": {"PageNum": 0, "TotalNum": 0}},
        "GetMediaInfo": {"MediaInfos": []},
    }
    return {"ResponseMetadata": meta, "Result": results[action]}


# the three generated calls, each as (Action, call(client))
CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("ListUsers", lambda c: list_users.sync(client=c, body=ListUsersRequest())),
    (
        "GetMediaList",
        lambda c: get_media_list.sync(
            client=c, body=GetMediaListRequest.from_dict({"Owner": OWNER, "MediaType": 3})
        ),
    ),
    (
        "GetMediaInfo",
        lambda c: get_media_info.sync(client=c, body=GetMediaInfoRequest(media_ids=["m1"])),
    ),
]


def counting(fail: Callable[[httpx.Request, str], httpx.Response]) -> tuple[Handler, list[str]]:
    """A handler answering every request with ``fail`` and recording each attempt's Action."""
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        action = request.url.params.get("Action", "?")
        attempts.append(action)
        return fail(request, action)

    return handler, attempts


def client_on(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> Any:
    return icp.icp_client(
        CREDS,
        transport=httpx.MockTransport(handler),
        sleep=(sleeps.append if sleeps is not None else lambda _: None),
        **kwargs,
    )


def status(code: int, *, code_n: int = 100014, name: str = "InternalError") -> Any:
    def fail(request: httpx.Request, action: str) -> httpx.Response:
        error = {"CodeN": code_n, "Code": name, "Message": "injected"}
        return httpx.Response(code, json=envelope(action, error))

    return fail


def business(code_n: int, name: str) -> Any:
    return status(200, code_n=code_n, name=name)


def raw(code: int, content: bytes, kind: str = "application/json") -> Any:
    return lambda request, action: httpx.Response(
        code, headers={"content-type": kind}, content=content
    )


def raising(error: type[httpx.TransportError]) -> Any:
    def fail(request: httpx.Request, action: str) -> httpx.Response:
        raise error("injected", request=request)

    return fail


TRANSIENT = {
    "429": status(429, code_n=100018, name="FlowLimitExceeded"),
    "500": status(500),
    "502-html": raw(502, b"<html><body>502 Bad Gateway</body></html>", "text/html"),
    "503": status(503),
    "504-empty": raw(504, b"", "text/plain"),
    "business-500": business(500, "InternalServiceError"),
    "business-707": business(707, "RpcCallFailed"),
    "truncated": raw(200, b'{"ResponseMetadata": {"RequestId": "x", "Act'),
    "garbage": raw(200, b"\x00\xffnot json at all"),
    "connect": raising(httpx.ConnectError),
    "read-timeout": raising(httpx.ReadTimeout),
    "reset": raising(httpx.ReadError),
}
EXPECTED = {
    "429": VolcAPIError,
    "500": VolcAPIError,
    "502-html": VolcResponseError,
    "503": VolcAPIError,
    "504-empty": VolcResponseError,
    "business-500": VolcAPIError,
    "business-707": VolcAPIError,
    "truncated": VolcResponseError,
    "garbage": VolcResponseError,
    "connect": mediaapis.APIConnectionError,
    "read-timeout": mediaapis.APITimeoutError,
    "reset": mediaapis.APIConnectionError,
}


@pytest.mark.parametrize("name", list(TRANSIENT))
@pytest.mark.parametrize(("action", "call"), CALLS, ids=[a for a, _ in CALLS])
def test_every_action_is_retried_three_times_then_raises_typed(
    action: str, call: Callable[[Any], Any], name: str
) -> None:
    handler, attempts = counting(TRANSIENT[name])
    with pytest.raises(EXPECTED[name]) as info:
        call(client_on(handler))
    assert isinstance(info.value, VolcError)
    assert attempts == [action] * 4  # the first attempt and 3 retries, as the official SDK
    assert info.value.operation == action[0].lower() + action[1:]


@pytest.mark.parametrize("name", ["500", "business-707", "truncated", "connect"])
def test_a_transient_failure_then_success_returns_the_result(name: str) -> None:
    answers = iter([TRANSIENT[name], TRANSIENT[name]])

    def fail(request: httpx.Request, action: str) -> httpx.Response:
        step = next(answers, None)
        return step(request, action) if step else httpx.Response(200, json=envelope(action))

    handler, attempts = counting(fail)
    users = list_users.sync(client=client_on(handler), body=ListUsersRequest())
    assert users is not None
    assert len(attempts) == 3


@pytest.mark.parametrize(
    "fail",
    [
        business(804, "UserNotFound"),
        business(400, "InvalidParameter"),
        status(401, code_n=100010, name="SignatureDoesNotMatch"),
        status(403, code_n=100013, name="AccessDenied"),
        status(400, code_n=100002, name="MissingParameter"),
    ],
)
def test_permanent_errors_are_raised_at_once(fail: Any) -> None:
    handler, attempts = counting(fail)
    with pytest.raises(VolcAPIError) as info:
        list_users.sync(client=client_on(handler), body=ListUsersRequest())
    assert len(attempts) == 1
    assert not info.value.retryable
    assert info.value.request_id == "REQ1"


def test_retryable_codes_are_the_specs_column() -> None:
    rows = load_spec("volc_icp_client")["components"]["schemas"]["ResponseError"][
        "x-volc-error-codes"
    ]
    marked = {row["CodeN"] for row in rows if row["retryable"]}
    assert marked == {500, 707, 100014, 100018}
    assert icp.errors.retryable_codes() == marked
    assert all(isinstance(row["retryable"], bool) for row in rows)


def test_backoff_is_jittered_like_the_sdk() -> None:
    sleeps: list[float] = []
    handler, _ = counting(TRANSIENT["503"])
    for _ in range(30):
        with pytest.raises(VolcAPIError):
            list_users.sync(client=client_on(handler, sleeps), body=ListUsersRequest())
    for retry in range(3):
        column = sleeps[retry::3]
        cap = 0.6 * 2**retry
        assert min(column) >= cap / 2
        assert max(column) <= cap
        assert max(column) - min(column) > cap / 10  # jittered


def test_retry_after_is_honoured_and_bounded() -> None:
    sleeps: list[float] = []

    def fail(request: httpx.Request, action: str) -> httpx.Response:
        error = {"CodeN": 100018, "Code": "FlowLimitExceeded", "Message": "slow down"}
        return httpx.Response(429, headers={"Retry-After": "nan"}, json=envelope(action, error))

    handler, _ = counting(fail)
    with pytest.raises(VolcAPIError):
        list_users.sync(client=client_on(handler, sleeps), body=ListUsersRequest())
    assert len(sleeps) == 3
    assert all(0 <= s <= 10 for s in sleeps)


def test_200_with_an_error_envelope_raises() -> None:
    handler, _ = counting(business(804, "UserNotFound"))
    with pytest.raises(VolcAPIError, match="804"):
        get_media_list.sync(
            client=client_on(handler),
            body=GetMediaListRequest.from_dict({"Owner": OWNER, "MediaType": 3}),
        )


def test_operation_comes_from_the_request_extension() -> None:
    from mediaapis.icp.transport import PROFILE

    handler, attempts = counting(TRANSIENT["reset"])
    http = client_on(handler).get_httpx_client()
    with pytest.raises(VolcError) as info:  # the declared operation wins over the URL
        http.post(
            "/?Action=ListUsers&Version=2022-02-01",
            json={},
            extensions={"mediaapis.operation": "getMediaInfo"},
        )
    assert info.value.operation == "getMediaInfo"
    assert len(attempts) == 4
    unknown = httpx.Request("POST", "https://icp.volcengineapi.com/?Action=DeleteEverything")
    assert PROFILE.classify(unknown, "/", None) == ("DeleteEverything", False)  # not assumed a read
    listed = httpx.Request("POST", "https://icp.volcengineapi.com/?Action=GetMediaList")
    assert PROFILE.classify(listed, "/", None) == ("getMediaList", True)


def test_max_retries_and_base_icp_wiring() -> None:
    from mediaapis.icp.client import BaseICP

    handler, attempts = counting(TRANSIENT["503"])
    sleeps: list[float] = []
    base = BaseICP(
        credentials=CREDS,
        transport=httpx.MockTransport(handler),
        max_retries=1,
        sleep=sleeps.append,
    )
    with base, pytest.raises(VolcAPIError):
        list_users.sync(client=base.client, body=ListUsersRequest())
    assert len(attempts) == 2
    assert len(sleeps) == 1
    handler, attempts = counting(TRANSIENT["503"])
    with pytest.raises(VolcAPIError):
        list_users.sync(client=client_on(handler, max_retries=0), body=ListUsersRequest())
    assert len(attempts) == 1


async def test_async_calls_use_the_same_stack() -> None:
    calls = [0]

    async def handler(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        if calls[0] <= 2:
            return httpx.Response(502, headers={"content-type": "text/html"}, content=b"<html>")
        return httpx.Response(200, json=envelope("ListUsers"))

    async def no_sleep(_: float) -> None:
        return None

    base = icp.client.BaseICP(
        credentials=CREDS, async_transport=httpx.MockTransport(handler), async_sleep=no_sleep
    )
    async with base:
        users = await list_users.asyncio(client=base.client, body=ListUsersRequest())
    assert users is not None
    assert calls[0] == 3

    async def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=b'{"Resp')

    client = icp.icp_client(
        CREDS, async_transport=httpx.MockTransport(broken), async_sleep=no_sleep
    )
    with pytest.raises(VolcResponseError):
        await list_users.asyncio(client=client, body=ListUsersRequest())


# -- against the ICP mock over loopback ----------------------------------------------------


@pytest.fixture(scope="module")
def mock() -> ICPMock:
    return ICPMock(seed=3, clock=ManualClock(start=float(int(time.time()))))


@pytest.fixture(scope="module")
def server(mock: ICPMock) -> Iterator[LoopbackServer]:
    with LoopbackServer(mock) as running:
        yield running


@pytest.fixture
def client(mock: ICPMock, server: LoopbackServer) -> Any:
    mock.reset()
    return icp.icp_client(CREDS, base_url=server.base_url, sleep=lambda _: None)


def test_wrong_key_raises_instead_of_returning_an_error_response(server: LoopbackServer) -> None:
    bad = icp.icp_client(VolcCredentials(TEST_ACCESS_KEY, "wrong"), base_url=server.base_url)
    with pytest.raises(VolcAPIError) as info:
        list_users.sync(client=bad, body=ListUsersRequest())
    assert (info.value.status_code, info.value.code) == (401, "SignatureDoesNotMatch")
    assert info.value.request_id


OPERATIONS = ["listUsers", "getMediaList", "getMediaInfo"]


@pytest.mark.parametrize("kind", ["status", "rate_limit", "drop", "malformed", "truncated"])
def test_reads_recover_through_faults_on_the_mock(
    mock: ICPMock, client: Any, kind: FaultKind
) -> None:
    media = mock.media[0].media_id
    owner = Owner.from_dict({"Type": "PERSON", "Id": mock.media[0].owner})
    for operation_id in OPERATIONS:
        for after in (False, True):  # refused before the action ran, and lost after it ran
            mock.faults.add(
                operation_id, Fault(kind=kind, status=503, times=1, after=after, seconds=1)
            )
    users = list_users.sync(client=client, body=ListUsersRequest())
    assert isinstance(users, ListUsersResponse)
    assert isinstance(users.result, ListUsersResult)
    assert users.result.ui_ds
    assert next(icp.iter_media(client, owner, page_size=5))
    assert [m.basic_info.media_id for m in icp.get_media_infos(client, [media])] == [media]
    for operation_id in OPERATIONS:  # a fault before, one after (the action ran), then success
        assert mock.calls[operation_id] == 2, operation_id


def test_reads_give_up_with_a_typed_error_after_three_retries(mock: ICPMock, client: Any) -> None:
    for kind in ("status", "drop", "malformed"):
        mock.reset()
        mock.faults.add("getMediaInfo", Fault(kind=kind, status=502, times=None, after=True))
        with pytest.raises(VolcError) as info:
            icp.get_media_infos(client, [mock.media[0].media_id])
        assert info.value.operation == "getMediaInfo"
        assert mock.calls["getMediaInfo"] == 4, kind


def test_retry_safety_is_the_specs_x_idempotent() -> None:
    """Each ICP action is retried because the spec marks it ``x-idempotent`` (reads sent as
    POST), not because the client assumes so."""
    from mediaapis._spec import iter_operations

    marked = [op["operationId"] for _, _, op in iter_operations("volc_icp_client")]
    assert marked == ["listUsers", "getMediaList", "getMediaInfo"]
    for _, _, op in iter_operations("volc_icp_client"):
        assert op.get("x-idempotent") is True
