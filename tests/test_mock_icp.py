"""The ICP mock: its signature verifier, its gateway checks, its data and the generated client.

Most tests talk to one mock over a real loopback socket; requests are signed with the client's
``VolcSignatureAuth`` and then tampered with, or signed with wrong keys, services or clocks.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from mediaapis import icp
from mediaapis._spec import load_spec
from mediaapis.icp import VolcAPIError, VolcCredentials, VolcResponseError, VolcSignatureAuth
from mediaapis_mocks._core import Fault, FaultKind, ManualClock
from mediaapis_mocks._volc_verify import (
    Authorization,
    canonical_query,
    canonical_request,
    expected_signature,
    parse_authorization,
    verify,
)
from mediaapis_mocks.icp import DEFAULT_TEAM, TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from mediaapis_mocks.server import InProcessTransport, LoopbackServer
from volc_icp_client import Client
from volc_icp_client.api.media import get_media_info, get_media_list
from volc_icp_client.api.users import list_users
from volc_icp_client.models import (
    GetMediaInfoRequest,
    GetMediaInfoResponse,
    GetMediaListRequest,
    GetMediaListResponse,
    ListUsersRequest,
    ListUsersResponse,
    MediaInfo,
    Owner,
    VideoDetailInfo,
)
from volc_icp_client.types import Response, Unset

CREDS = VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)
KNOWN = load_spec("volc_icp_client")["components"]["securitySchemes"]["volcHmacSha256"][
    "x-volc-signing"
]["knownAnswer"]
LIST_BODY = {"Owner": {"Type": "PERSON", "Id": 2}, "MediaType": 3}

CLOCK = ManualClock(start=float(int(time.time())))
MOCK = ICPMock(seed=7, clock=CLOCK)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(MOCK) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh() -> None:
    MOCK.reset()


@pytest.fixture
def http(server: LoopbackServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url) as client:
        yield client


@pytest.fixture
def client(server: LoopbackServer) -> Client:
    # no retries: these tests see each injected fault as the mock sends it
    return icp.icp_client(CREDS, base_url=server.base_url, max_retries=0)


# --- helpers ---------------------------------------------------------------------------------


def signed(
    http: httpx.Client,
    action: str = "GetMediaList",
    body: Any = LIST_BODY,
    *,
    query: str = "",
    creds: VolcCredentials = CREDS,
    clock: Callable[[], float] = CLOCK.now,
    **auth: Any,
) -> httpx.Request:
    """A request signed as the client signs it (tests tamper with it afterwards)."""
    request = http.build_request(
        "POST",
        f"/?Action={action}&Version=2022-02-01{query}",
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    VolcSignatureAuth(creds, clock=clock, **auth).sign(request)
    return request


def rebuilt(request: httpx.Request, *, url: str | None = None, body: bytes | None = None) -> Any:
    """The same headers (signature included) with another URL or body."""
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
    return httpx.Request(
        "POST",
        url or request.url,
        headers=headers,
        content=request.content if body is None else body,
    )


def outcome(response: httpx.Response) -> tuple[int, int | None]:
    """HTTP status and ``ResponseMetadata.Error.CodeN`` (None on success)."""
    meta = response.json()["ResponseMetadata"]
    return response.status_code, meta.get("Error", {}).get("CodeN")


def call(http: httpx.Client, action: str, body: Any, query: str = "") -> httpx.Response:
    return http.send(signed(http, action, body, query=query))


# --- the verifier ----------------------------------------------------------------------------


def known_headers() -> dict[str, str]:
    headers = {k.lower(): v for k, v in KNOWN["headers"].items()}
    return headers | {"x-content-sha256": KNOWN["xContentSha256"]}


def known_auth(signature: str = KNOWN["signature"]) -> Authorization:
    return parse_authorization(
        f"HMAC-SHA256 Credential={KNOWN['accessKeyId']}/20221101/cn-north-1/"
        f"{KNOWN['service']}/request, SignedHeaders={KNOWN['signedHeaders']}, "
        f"Signature={signature}"
    )


def test_verifier_accepts_the_known_answer_and_nothing_else() -> None:
    body = KNOWN["body"].encode()
    assert hashlib.sha256(body).hexdigest() == KNOWN["xContentSha256"]
    query = KNOWN["url"].split("?", 1)[1].encode()
    args = {"method": "POST", "path": "/", "raw_query": query, "headers": known_headers()}
    assert verify(KNOWN["secretAccessKey"], known_auth(), body=body, **args)
    assert not verify("other-secret", known_auth(), body=body, **args)
    assert not verify(KNOWN["secretAccessKey"], known_auth(), body=body + b" ", **args)
    assert not verify(KNOWN["secretAccessKey"], known_auth("0" * 64), body=body, **args)
    args["raw_query"] = query + b"&ProductType=1"
    assert not verify(KNOWN["secretAccessKey"], known_auth(), body=body, **args)


def test_verifier_decodes_the_query_like_a_server() -> None:
    assert canonical_query(b"b=x+y&a=%7e&A=1&c=") == "A=1&a=~&b=x%20y&c="
    assert canonical_query(b"k=%E4%B8%AD") == "k=%E4%B8%AD"
    with pytest.raises(ValueError, match="Credential"):
        parse_authorization(
            "HMAC-SHA256 Credential=AK/x/request, SignedHeaders=a, Signature=" + "0" * 64
        )
    with pytest.raises(ValueError, match="HMAC-SHA256"):
        parse_authorization("Bearer abc")


# --- routing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "status", "code", "text"),
    [
        ("/?Version=2022-02-01", 400, 100002, "Action"),
        ("/?Action=ListUsers", 400, 100002, "Version"),
        ("/?Action=Nope&Version=2022-02-01", 404, 100008, "Nope"),
        ("/?Action=ListUsers&Version=2020-01-01", 404, 100008, "2020-01-01"),
        ("/v1/?Action=ListUsers&Version=2022-02-01", 404, 100008, "/v1/"),
    ],
)
def test_routing_errors_are_envelopes(
    http: httpx.Client, target: str, status: int, code: int, text: str
) -> None:
    response = http.post(target, json={})
    assert outcome(response) == (status, code)
    assert text in response.json()["ResponseMetadata"]["Error"]["Message"]


def test_wrong_method_is_405_with_allow(http: httpx.Client) -> None:
    response = http.get("/?Action=ListUsers&Version=2022-02-01")
    assert outcome(response) == (405, 100008)
    assert response.headers["Allow"] == "POST"


# --- signatures ------------------------------------------------------------------------------


def test_good_signatures_are_accepted(http: httpx.Client) -> None:
    for action, body in (("ListUsers", {}), ("GetMediaList", LIST_BODY)):
        assert outcome(call(http, action, body)) == (200, None)
    assert outcome(call(http, "GetMediaList", LIST_BODY, "&ProductType=2")) == (200, None)
    MOCK.add_credentials("AKTPtemporary", "sts-secret", "sts-token")
    creds = VolcCredentials("AKTPtemporary", "sts-secret", "sts-token")
    assert outcome(http.send(signed(http, creds=creds))) == (200, None)
    skewed = signed(http, clock=lambda: CLOCK.now() - 899)  # within the 900 s window
    assert outcome(http.send(skewed)) == (200, None)


def _tamper_body(http: httpx.Client) -> Any:
    return rebuilt(signed(http), body=json.dumps({**LIST_BODY, "PageSize": 20}).encode())


def _tamper_body_and_hash(http: httpx.Client) -> Any:
    body = json.dumps({**LIST_BODY, "PageSize": 20}).encode()
    request = rebuilt(signed(http), body=body)
    request.headers["X-Content-Sha256"] = hashlib.sha256(body).hexdigest()
    return request


def _tamper_query(http: httpx.Client) -> Any:
    request = signed(http, query="&ProductType=1")
    return rebuilt(request, url=str(request.url).replace("ProductType=1", "ProductType=2"))


def _without(header: str) -> Callable[[httpx.Client], Any]:
    def build(http: httpx.Client) -> Any:
        request = signed(http)
        del request.headers[header]
        return request

    return build


def _unsigned_token(http: httpx.Client) -> Any:
    MOCK.add_credentials("AKTPunsigned", "sts-secret", "sts-token")
    request = signed(http, creds=VolcCredentials("AKTPunsigned", "sts-secret"))
    request.headers["X-Security-Token"] = "sts-token"  # sent, but not in SignedHeaders
    return request


def _token(configured: str | None, sent: str | None) -> Callable[[httpx.Client], Any]:
    def build(http: httpx.Client) -> Any:
        MOCK.add_credentials("AKTPtoken", "sts-secret", configured)
        return signed(http, creds=VolcCredentials("AKTPtoken", "sts-secret", sent))

    return build


SIGNATURE_CASES: dict[str, tuple[Callable[[httpx.Client], Any], int, int]] = {
    "unknown AK": (lambda h: signed(h, creds=VolcCredentials("AKLTnobody", "x")), 401, 100009),
    "wrong SK": (lambda h: signed(h, creds=VolcCredentials(TEST_ACCESS_KEY, "wrong")), 401, 100010),
    "tampered body": (_tamper_body, 401, 100010),
    "tampered body, hash recomputed": (_tamper_body_and_hash, 401, 100010),
    "tampered query": (_tamper_query, 401, 100010),
    "ListUsers signed as iccloud_muse": (
        lambda h: signed(h, "ListUsers", {}, service="iccloud_muse"),
        401,
        100010,
    ),
    "GetMediaList signed as ic_iam": (lambda h: signed(h, service="ic_iam"), 401, 100010),
    "wrong region": (lambda h: signed(h, region="cn-beijing"), 401, 100010),
    "missing X-Date": (_without("X-Date"), 400, 100004),
    "missing Authorization": (_without("Authorization"), 401, 100003),
    "X-Date 901 s late": (lambda h: signed(h, clock=lambda: CLOCK.now() - 901), 400, 100006),
    "X-Date 901 s early": (lambda h: signed(h, clock=lambda: CLOCK.now() + 901), 400, 100006),
    "token sent but not signed": (_unsigned_token, 401, 100010),
    "wrong token": (_token("sts-token", "forged"), 401, 100009),
    "token missing": (_token("sts-token", None), 401, 100009),
    "token not expected": (_token(None, "sts-token"), 401, 100009),
}


@pytest.mark.parametrize("case", list(SIGNATURE_CASES))
def test_bad_signatures_are_refused(http: httpx.Client, case: str) -> None:
    build, status, code = SIGNATURE_CASES[case]
    response = http.send(build(http))
    assert outcome(response) == (status, code)
    assert response.json()["ResponseMetadata"]["Action"] == response.request.url.params["Action"]


def _hand_signed(http: httpx.Client, names: tuple[str, ...]) -> Any:
    """A request carrying X-Date, correctly signed over ``names`` only (by the verifier's maths)."""
    request = signed(http)
    headers = {k.lower(): v for k, v in request.headers.items()}
    x_date = headers["x-date"]
    auth = Authorization(TEST_ACCESS_KEY, x_date[:8], "cn-north-1", "iccloud_muse", names, "")
    canonical = canonical_request("POST", "/", request.url.query, headers, names, request.content)
    signature = expected_signature(TEST_SECRET_KEY, x_date, auth, canonical)
    request.headers["Authorization"] = (
        f"HMAC-SHA256 Credential={TEST_ACCESS_KEY}/{auth.scope}, "
        f"SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return request


def test_a_sent_header_of_the_signed_set_must_be_signed(http: httpx.Client) -> None:
    every = ("content-type", "host", "x-content-sha256", "x-date")
    assert outcome(http.send(_hand_signed(http, every))) == (200, None)
    refused = http.send(_hand_signed(http, ("content-type", "host", "x-content-sha256")))
    assert outcome(refused) == (401, 100010)
    assert "x-date" in refused.json()["ResponseMetadata"]["Error"]["Message"]


def test_malformed_authorization_and_access_denied(http: httpx.Client) -> None:
    request = signed(http)
    request.headers["Authorization"] = "HMAC-SHA256 Credential=garbage"
    assert outcome(http.send(request)) == (401, 100010)
    MOCK.add_credentials("AKLTusersonly", "s", actions=["ListUsers"])
    creds = VolcCredentials("AKLTusersonly", "s")
    assert outcome(http.send(signed(http, "ListUsers", {}, creds=creds))) == (200, None)
    assert outcome(http.send(signed(http, creds=creds))) == (403, 100013)


# --- semantics -------------------------------------------------------------------------------


def business(response: httpx.Response) -> int | None:
    """The business code of an HTTP 200 envelope (asserting ``Code`` equals ``CodeN``)."""
    assert response.status_code == 200
    meta = response.json()["ResponseMetadata"]
    assert "Result" not in response.json() or "Error" not in meta
    code: int | None = meta.get("Error", {}).get("CodeN")
    assert meta["Code"] == (code or 0)
    return code


def test_list_users_filters_by_user_type(http: httpx.Client) -> None:
    ids = {
        kind: call(http, "ListUsers", {"UserType": kind}).json()["Result"]["UIDs"]
        for kind in ("All", "Idle", "Busy")
    }
    assert ids["All"] == [1, 2, 3, 4, 5, 6]
    assert call(http, "ListUsers", {}).json()["Result"]["UIDs"] == ids["All"]
    assert ids["Busy"] == [2, 5]
    assert sorted(ids["Idle"] + ids["Busy"]) == ids["All"]
    users = call(http, "ListUsers", {}).json()["Result"]["Users"]
    assert [u["IsAdmin"] for u in users].count(True) == 1
    assert [u["Id"] for u in users if not u["Permitted"]] == [4]
    assert {t["Name"] for u in users for t in u["TeamInfos"]} == {
        DEFAULT_TEAM,
        "营销团队",
        "设计团队",
    }
    assert sum("VolcUserName" in u for u in users) == 4
    assert business(call(http, "ListUsers", {"UserType": "Sleepy"})) == 400


def test_pagination_covers_every_work_once(client: Client) -> None:
    works = list(icp.iter_media(client, Owner(type_="PERSON", id=2), page_size=7))
    assert MOCK.calls["getMediaList"] == math.ceil(45 / 7)
    ids = [m.basic_info.media_id for m in works]
    assert len(ids) == len(set(ids)) == 45
    assert {m.media_id for m in MOCK.media if m.owner == 2 and m.space is None} == set(ids)
    created = [t for m in works if isinstance(t := m.basic_info.create_time, int)]
    assert len(created) == 45
    assert created == sorted(created, reverse=True)


def test_page_info_and_pages_past_the_end(http: httpx.Client) -> None:
    page = call(http, "GetMediaList", {**LIST_BODY, "PageNum": 2, "PageSize": 20}).json()["Result"]
    assert page["PageInfo"] == {"PageNum": 2, "PageSize": 20, "TotalNum": 45, "TotalPage": 3}
    assert len(page["MediaInfos"]) == 5
    past = call(http, "GetMediaList", {**LIST_BODY, "PageNum": 3, "PageSize": 20}).json()
    assert past["Result"]["MediaInfos"] == []
    assert past["Result"]["PageInfo"]["TotalNum"] == 45
    default = call(http, "GetMediaList", LIST_BODY).json()["Result"]["PageInfo"]
    assert (default["PageSize"], default["TotalPage"]) == (10, 5)


def _list(http: httpx.Client, owner: dict[str, Any], **extra: Any) -> httpx.Response:
    return call(
        http, "GetMediaList", {"Owner": {"Type": "PERSON", **owner}, "MediaType": 3, **extra}
    )


def _ids(response: httpx.Response) -> list[str]:
    return [m["BasicInfo"]["MediaId"] for m in response.json()["Result"]["MediaInfos"]]


def test_team_spaces(http: httpx.Client) -> None:
    team = _list(http, {"Id": 2}, TeamSpaceName="营销团队", PageSize=20)
    assert team.json()["Result"]["PageInfo"]["TotalNum"] == 12
    assert set(_ids(team)) == {m.media_id for m in MOCK.media if m.space == "营销团队"}
    assert _ids(_list(http, {"Id": 5}, TeamSpaceName="营销团队", PageSize=20)) == _ids(team)
    assert _ids(_list(http, {"Id": 2}, TeamSpaceName=DEFAULT_TEAM)) == _ids(_list(http, {"Id": 2}))
    assert business(_list(http, {"Id": 3}, TeamSpaceName="营销团队")) == 805  # not a member
    assert business(_list(http, {"Id": 2}, TeamSpaceName="No such team")) == 805
    assert business(_list(http, {"Id": 3}, TeamSpaceName="设计团队")) is None


def test_owner_lookup_and_business_errors(http: httpx.Client) -> None:
    by_name = _list(http, {"VolcUsername": "acme-editor"})
    assert _ids(by_name) == _ids(_list(http, {"Id": 2}))
    assert business(_list(http, {"Id": 99})) == 804
    assert business(_list(http, {"VolcUsername": "nobody"})) == 804
    denied = _list(http, {"Id": 4})
    assert business(denied) == 806
    assert denied.json()["ResponseMetadata"]["Error"]["Code"] == "OperationNotPermitted"
    assert business(_list(http, {"Id": 2, "VolcUsername": "acme-editor"})) == 400
    for media_type in (1, 2):
        refused = call(http, "GetMediaList", {**LIST_BODY, "MediaType": media_type})
        assert business(refused) == 400
        assert "MediaType" in refused.json()["ResponseMetadata"]["Error"]["Message"]


def test_product_type_is_accepted(http: httpx.Client) -> None:
    assert len(_ids(call(http, "GetMediaList", LIST_BODY, "&ProductType=1"))) == 10
    empty = call(http, "GetMediaList", LIST_BODY, "&ProductType=2").json()["Result"]
    assert empty["PageInfo"]["TotalNum"] == 0
    assert business(call(http, "GetMediaList", LIST_BODY, "&ProductType=3")) == 400


def test_get_media_info_batches_and_unknown_ids(http: httpx.Client, client: Client) -> None:
    mine = [m.media_id for m in MOCK.media if m.owner == 2 and m.space is None]
    found = _ids(call(http, "GetMediaInfo", {"MediaIds": [mine[3], "404", mine[0], mine[3]]}))
    assert found == [mine[3], mine[0]]
    too_many = call(http, "GetMediaInfo", {"MediaIds": mine[:21]})
    assert business(too_many) == 400
    assert "MediaIds" in too_many.json()["ResponseMetadata"]["Error"]["Message"]
    hidden = next(m.media_id for m in MOCK.media if m.owner == 4)
    details = icp.get_media_infos(client, [*mine, hidden, "unknown"])
    assert [d.basic_info.media_id for d in details] == mine
    assert MOCK.calls["getMediaInfo"] == 2 + math.ceil(47 / 20)


def _article(http: httpx.Client, fmt: str | None) -> dict[str, Any]:
    article = next(m.media_id for m in MOCK.media if m.kind == "article" and m.owner == 2)
    body: dict[str, Any] = {"MediaIds": [article]}
    if fmt is not None:
        body["ArticleContentFormat"] = fmt
    info = call(http, "GetMediaInfo", body).json()["Result"]["MediaInfos"][0]
    assert info["VideoMedia"] is info["ImageMedia"] is info["AudioMedia"] is None
    result: dict[str, Any] = info["ArticleMedia"]
    return result


def test_article_content_follows_the_format(http: httpx.Client) -> None:
    as_json = _article(http, "json")
    assert json.loads(as_json["JsonContent"])["blocks"]
    assert as_json["HtmlContent"] == ""
    as_html = _article(http, "html")
    assert as_html["HtmlContent"].startswith("<h1>")
    assert as_html["JsonContent"] == ""
    assert _article(http, "") == _article(http, None) == as_json
    assert as_html["Covers"]
    assert as_html["Covers"][0]["DownloadUrl"].startswith("https://")


def test_every_kind_fills_its_detail(http: httpx.Client) -> None:
    infos = call(http, "GetMediaList", {**LIST_BODY, "PageSize": 20}).json()["Result"]["MediaInfos"]
    fields = {
        "video": "VideoMedia",
        "article": "ArticleMedia",
        "image": "ImageMedia",
        "audio": "AudioMedia",
    }
    assert {i["BasicInfo"]["MediaFirstCategory"] for i in infos} == set(fields)
    for info in infos:
        filled = fields[info["BasicInfo"]["MediaFirstCategory"]]
        assert [k for k in fields.values() if info[k] is not None] == [filled]
        if filled == "VideoMedia":
            meta = info["VideoMedia"]["MediaMetaInfo"]
            assert meta["VideoStreamInfoSet"]
            assert meta["AudioStreamInfoSet"]
            assert info["VideoMedia"]["VideoId"] == info["BasicInfo"]["MediaId"]


def test_response_metadata_on_every_reply(http: httpx.Client) -> None:
    replies = [
        call(http, "ListUsers", {}),
        call(http, "GetMediaInfo", {"MediaIds": ["x"]}),
        _list(http, {"Id": 99}),
        http.send(signed(http, creds=VolcCredentials("AKLTnobody", "x"))),
    ]
    services = ["ic_iam", "iccloud_muse", "iccloud_muse", "iccloud_muse"]
    for response, service in zip(replies, services, strict=True):
        meta = response.json()["ResponseMetadata"]
        assert (meta["Service"], meta["Region"], meta["Version"]) == (
            service,
            "cn-north-1",
            "2022-02-01",
        )
        assert len(meta["RequestId"]) == 34
        assert meta["RequestId"].isalnum()
    assert len({r.json()["ResponseMetadata"]["RequestId"] for r in replies}) == 4


async def _first_page(seed: int) -> tuple[bytes, list[str]]:
    """A fresh mock's first GetMediaList reply and a RequestId after ``reset()`` (in process)."""
    clock = ManualClock()
    mock = ICPMock(seed=seed, clock=clock)
    auth = VolcSignatureAuth(CREDS, clock=clock.now)
    transport = httpx.ASGITransport(app=mock)
    async with httpx.AsyncClient(transport=transport, base_url="http://icp.test", auth=auth) as c:
        url = "/?Action=GetMediaList&Version=2022-02-01"
        first = await c.post(url, json=LIST_BODY)
        mock.reset()
        again = await c.post(url, json=LIST_BODY)
    assert first.content == again.content  # reset() restores data and request ids
    return first.content, [m.media_id for m in mock.media]


async def test_seeded_data_is_deterministic() -> None:
    one, ids_one = await _first_page(3)
    two, ids_two = await _first_page(3)
    other, ids_other = await _first_page(4)
    assert one == two
    assert ids_one == ids_two
    assert one != other
    assert not set(ids_one) & set(ids_other)
    assert len(ids_one) == 45 + 3 + 4 + 2 + 7 + 12 + 5


# --- faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_faults_raise_api_errors(client: Client, status: int) -> None:
    MOCK.faults.add("getMediaList", Fault(kind="status", status=status))
    with pytest.raises(VolcAPIError) as info:
        next(icp.iter_media(client, Owner(type_="PERSON", id=2)))
    assert (info.value.status_code, info.value.code_n, info.value.code) == (
        status,
        100014,
        "InternalError",
    )
    assert info.value.retryable
    assert info.value.action == "GetMediaList"
    assert "getMediaList" not in MOCK.calls  # refused before the service ran
    assert next(icp.iter_media(client, Owner(type_="PERSON", id=2)))  # only once


def test_fault_after_runs_the_operation(http: httpx.Client) -> None:
    MOCK.faults.add("getMediaInfo", Fault(kind="rate_limit", after=True))
    refused = call(http, "GetMediaInfo", {"MediaIds": [MOCK.media[0].media_id]})
    assert refused.status_code == 429
    assert refused.json()["ResponseMetadata"]["Error"]["CodeN"] == 100018
    assert MOCK.calls["getMediaInfo"] == 1  # the operation ran; its answer was lost


@pytest.mark.parametrize("kind", ["malformed", "truncated"])
def test_broken_bodies_raise_response_errors(http: httpx.Client, kind: FaultKind) -> None:
    MOCK.faults.add("listUsers", Fault(kind=kind, after=True))
    raw = call(http, "ListUsers", {})
    assert raw.status_code == 200
    assert MOCK.calls["listUsers"] == 1
    with pytest.raises(VolcResponseError, match="not a Volcengine envelope"):
        icp.result(Response(HTTPStatus(raw.status_code), raw.content, raw.headers, None))


# --- the generated client over a socket ------------------------------------------------------


def test_generated_client_all_operations(client: Client) -> None:
    users = list_users.sync_detailed(
        client=client, body=ListUsersRequest.from_dict({"UserType": "Busy"})
    )
    assert isinstance(users.parsed, ListUsersResponse)
    assert icp.result(users).ui_ds == [2, 5]
    page = get_media_list.sync_detailed(
        client=client,
        body=GetMediaListRequest.from_dict({**LIST_BODY, "PageSize": 4}),
    )
    assert isinstance(page.parsed, GetMediaListResponse)
    listed = icp.result(page)
    assert listed.page_info.total_num == 45
    assert len(listed.media_infos) == 4
    video = next(m.media_id for m in MOCK.media if m.kind == "video" and m.owner == 2)
    details = get_media_info.sync_detailed(
        client=client, body=GetMediaInfoRequest(media_ids=[video])
    )
    assert isinstance(details.parsed, GetMediaInfoResponse)
    (info,) = icp.result(details).media_infos
    assert isinstance(info, MediaInfo)
    assert isinstance(info.video_media, VideoDetailInfo)
    assert not isinstance(info.video_media.media_meta_info, Unset)
    assert info.article_media is None


def test_generated_client_error_envelopes_parse(client: Client, server: LoopbackServer) -> None:
    wrong = VolcCredentials(TEST_ACCESS_KEY, "wrong")
    bad = icp.icp_client(wrong, base_url=server.base_url, raise_for_status=False)
    response = list_users.sync_detailed(client=bad, body=ListUsersRequest())
    assert response.status_code == 401
    with pytest.raises(VolcAPIError) as info:
        icp.result(response)
    assert info.value.code == "SignatureDoesNotMatch"
    assert info.value.request_id
    unknown_owner = GetMediaListRequest.from_dict(
        {**LIST_BODY, "Owner": {"Type": "PERSON", "Id": 99}}
    )
    with pytest.raises(VolcAPIError, match="804"):  # a business error in HTTP 200
        icp.result(get_media_list.sync_detailed(client=client, body=unknown_owner))


def test_request_target_on_the_wire(client: Client) -> None:
    get_media_list.sync_detailed(client=client, body=GetMediaListRequest.from_dict(LIST_BODY))
    list_users.sync_detailed(client=client, body=ListUsersRequest())
    assert [(r.method, r.target) for r in MOCK.received] == [
        ("POST", b"/?Action=GetMediaList&Version=2022-02-01&ProductType=1"),
        ("POST", b"/?Action=ListUsers&Version=2022-02-01"),
    ]


# --- the manual clock, for a service's own tests --------------------------------------------------


def test_signatures_are_checked_against_the_mocks_manual_clock() -> None:
    clock = ManualClock()  # 2026-03-06, far from the wall clock
    mock = ICPMock(clock=clock)
    body = json.dumps({}).encode()

    def list_users_signed_by(signer_clock: Callable[[], float]) -> dict[str, Any]:
        auth = VolcSignatureAuth(CREDS, clock=signer_clock)
        transport = InProcessTransport(mock)
        with httpx.Client(transport=transport, base_url="http://icp.mock", auth=auth) as http:
            response = http.post("/?Action=ListUsers&Version=2022-02-01", content=body)
        metadata: dict[str, Any] = response.json()["ResponseMetadata"]
        return metadata

    assert "Error" not in list_users_signed_by(clock)  # the mock's clock is a clock() callable
    clock.advance(30 * 86_400)
    assert "Error" not in list_users_signed_by(clock)
    assert list_users_signed_by(time.time)["Error"]["Code"] == "InvalidTimestamp"


def test_verifier_agrees_with_the_signer_on_repeated_keys_and_default_ports() -> None:
    """The mock's own verifier and our signer (which follows the official SDKs) agree on
    repeated query keys in the order sent and on ``Host`` without ``:80`` / ``:443``."""
    import httpx

    from mediaapis.icp import VolcCredentials, VolcSignatureAuth
    from mediaapis_mocks._volc_verify import parse_authorization, verify

    credentials = VolcCredentials("AKLTtest", "secret")
    auth = VolcSignatureAuth(credentials)
    for url in (
        "https://icp.volcengineapi.com:80/?Action=GetMediaList&Version=2022-02-01&b=2&a=9&b=1",
        "http://icp.volcengineapi.com:443/?Action=ListUsers&Version=2022-02-01",
    ):
        request = httpx.Request(
            "POST", url, content=b"{}", headers={"Content-Type": "application/json"}
        )
        signed = next(auth.auth_flow(request))
        headers = {k.lower(): v for k, v in signed.headers.items()}
        authorization = parse_authorization(headers["authorization"])
        assert authorization is not None
        assert verify(
            "secret",
            authorization,
            method="POST",
            path="/",
            raw_query=signed.url.query,
            headers=headers,
            body=b"{}",
        ), url
