"""The Volcengine signer: the known answer, and properties checked against the official SDK."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import logging
import time
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from volcenginesdkcore import signv4 as official

from mediaapis.icp.credentials import MissingCredentialsError, VolcCredentials
from mediaapis.icp.signing import (
    VolcSignatureAuth,
    canonical_query,
    parse_wire_query,
    service_for_action,
)

KNOWN_BODY = b'{"Owner":{"Type":"PERSON","Id":1},"MediaType":3,"PageNum":0,"PageSize":10}'
KNOWN_DATE = "20221101T104027Z"
KNOWN_SIGNATURE = "98de05a0e911c3fbd775a373d2fde30f1477fe65a8a6a46c908ae587470f7521"


def epoch(x_date: str) -> float:
    return float(calendar.timegm(time.strptime(x_date, "%Y%m%dT%H%M%SZ")))


def signer(
    service: str | None = None, token: str | None = None, at: str = KNOWN_DATE
) -> VolcSignatureAuth:
    return VolcSignatureAuth(
        VolcCredentials("AKLTtest", "secret", token), service=service, clock=lambda: epoch(at)
    )


def known_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://icp.volcengineapi.com/?Action=GetMediaList&Version=2022-02-01",
        content=KNOWN_BODY,
        headers={"Content-Type": "application/json"},
    )


def test_known_answer_from_facts() -> None:
    request = known_request()
    signer().sign(request)  # service read from the spec for GetMediaList
    assert request.headers["X-Date"] == KNOWN_DATE
    assert (
        request.headers["X-Content-Sha256"]
        == "34104f94b075b71a3404bbde8af5c6a05bf50258bc70804c8164f331b0076f98"
    )
    assert request.headers["Authorization"] == (
        "HMAC-SHA256 Credential=AKLTtest/20221101/cn-north-1/iccloud_muse/request, "
        f"SignedHeaders=content-type;host;x-content-sha256;x-date, Signature={KNOWN_SIGNATURE}"
    )


def test_service_comes_from_the_spec() -> None:
    assert service_for_action("ListUsers") == "ic_iam"
    assert service_for_action("GetMediaList") == "iccloud_muse"
    assert service_for_action("GetMediaInfo") == "iccloud_muse"
    with pytest.raises(ValueError, match="Action='Nope'"):
        service_for_action("Nope")


def test_resigning_replaces_previous_attempt_headers() -> None:
    request = known_request()
    signer(at="20221101T104027Z").sign(request)
    first = request.headers["Authorization"]
    signer(at="20221101T104500Z").sign(request)  # a retry later: fresh X-Date, new signature
    assert request.headers["X-Date"] == "20221101T104500Z"
    assert request.headers["Authorization"] != first
    assert len(request.headers.get_list("Authorization")) == 1
    assert len(request.headers.get_list("X-Date")) == 1


def test_session_token_is_sent_and_signed() -> None:
    request = known_request()
    signer(token="sts-token").sign(request)
    assert request.headers["X-Security-Token"] == "sts-token"
    assert "x-security-token" in request.headers["Authorization"].split("SignedHeaders=")[1]


def test_secrets_never_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    credentials = VolcCredentials("AKLTabcdefgh", "super-secret-key", "session-secret")
    auth = VolcSignatureAuth(credentials, clock=lambda: epoch(KNOWN_DATE))
    caplog.set_level(logging.DEBUG)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with httpx.Client(auth=auth, transport=transport) as client:
        response = client.post(
            "https://icp.volcengineapi.com/?Action=ListUsers&Version=2022-02-01", json={}
        )
    signature = response.request.headers["Authorization"].rsplit("=", 1)[1]
    shown = " ".join(
        [
            repr(credentials),
            repr(auth),
            str(credentials),
            caplog.text,
            repr(response.request.headers),
        ]
    )
    for secret in ("super-secret-key", "session-secret", signature):
        assert secret not in shown


def test_missing_environment_names_the_variable() -> None:
    with pytest.raises(MissingCredentialsError, match="VOLC_SECRETKEY") as info:
        VolcCredentials.from_env({"VOLC_ACCESSKEY": "AK"})
    assert "VOLC_ACCESSKEY" not in str(info.value).split("set ")[1].split(" (")[0]
    with pytest.raises(MissingCredentialsError, match="VOLC_ACCESSKEY and VOLC_SECRETKEY"):
        VolcCredentials.from_env({})
    creds = VolcCredentials.from_env(
        {"VOLC_ACCESSKEY": "AK", "VOLC_SECRETKEY": "SK", "VOLC_SESSION_TOKEN": "T"}
    )
    assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == ("AK", "SK", "T")


# --- properties: our signer agrees with the official SDK's, on the bytes httpx sends ----------

query_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(" +*~%&=/?-_.:;,'\"!@#$^()[]{}")),
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    ),
    max_size=12,
)
bodies = st.one_of(st.just(b""), st.binary(max_size=256), st.text(max_size=64).map(str.encode))


class RawBody(str):
    """A str the official SDK can take as a body, whose ``encode`` gives back exact bytes."""

    raw: bytes

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return self.raw


def official_signature(
    query: dict[str, str], headers: dict[str, str], body: bytes, token: str | None
) -> str:
    """Run the official SDK's SignerV4.sign with its clock frozen at KNOWN_DATE."""

    class FrozenDatetime(dt.datetime):
        @classmethod
        def utcnow(cls) -> Any:
            return dt.datetime.strptime(KNOWN_DATE, "%Y%m%dT%H%M%SZ")

    raw = RawBody()
    raw.raw = body
    signed = dict(headers)
    original = official.datetime.datetime
    official.datetime.datetime = FrozenDatetime
    try:
        official.SignerV4.sign(
            "/",
            "POST",
            signed,
            raw,
            None,
            query,
            "AKLTtest",
            "secret",
            "cn-north-1",
            "iccloud_muse",
            token,
        )
    finally:
        official.datetime.datetime = original
    return signed["Authorization"]


@settings(max_examples=300, deadline=None)
@given(
    params=st.dictionaries(query_text, query_text, max_size=4),
    body=bodies,
    extra=st.dictionaries(
        st.sampled_from(["X-Trace", "X-Custom-Thing", "Accept"]),
        st.text(alphabet="abcXYZ019-_ ", min_size=1, max_size=8).map(str.strip).filter(bool),
        max_size=2,
    ),
    token=st.one_of(st.none(), st.just("sts-token")),
)
def test_agrees_with_official_sdk(
    params: dict[str, str], body: bytes, extra: dict[str, str], token: str | None
) -> None:
    """Spaces, +, *, ~, unicode in the query; empty, text and binary bodies; extra X- headers."""
    query = {"Action": "GetMediaList", "Version": "2022-02-01", **params}
    headers = {"Content-Type": "application/json", **extra}
    request = httpx.Request(
        "POST", "https://icp.volcengineapi.com/", params=query, headers=headers, content=body
    )
    signer(token=token).sign(request)
    assert request.headers["X-Content-Sha256"] == hashlib.sha256(body).hexdigest()
    expected = official_signature(query, {**headers, "Host": "icp.volcengineapi.com"}, body, token)
    assert request.headers["Authorization"] == expected


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(query_text, query_text), max_size=6))
def test_wire_query_canonicalises_like_the_original(pairs: list[tuple[str, str]]) -> None:
    """Repeated keys included: whatever httpx puts on the wire canonicalises like the input."""
    request = httpx.Request("POST", "https://h/", params=tuple(pairs))
    assert canonical_query(parse_wire_query(request.url.query)) == canonical_query(pairs)
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%=&")
    assert set(canonical_query(pairs)) <= allowed


# --- as both official SDKs: Host without :80/:443, repeated keys in the order sent ----------


def volcengine_signature(
    query: dict[str, list[str]], headers: dict[str, str], body: bytes, monkeypatch: Any
) -> str:
    """``volcengine.auth.SignerV4`` (the other official SDK), its clock frozen at KNOWN_DATE."""
    from volcengine.auth.SignerV4 import SignerV4
    from volcengine.base.Request import Request
    from volcengine.Credentials import Credentials

    monkeypatch.setattr(SignerV4, "get_current_format_date", staticmethod(lambda: KNOWN_DATE))
    request = Request()
    request.method, request.path, request.body = "POST", "/", body
    request.headers.update(headers)
    request.query.update(query)
    SignerV4.sign(request, Credentials("AKLTtest", "secret", "iccloud_muse", "cn-north-1"))
    return str(request.headers["Authorization"])


@pytest.mark.parametrize(
    "url",
    [
        "http://icp.volcengineapi.com:443/",
        "https://icp.volcengineapi.com:80/",
        "http://icp.volcengineapi.com:80/",
        "https://icp.volcengineapi.com:443/",
    ],
)
def test_default_ports_are_not_signed_whatever_the_scheme(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = {"Action": "GetMediaList", "Version": "2022-02-01"}
    headers = {"Content-Type": "application/json"}
    request = httpx.Request("POST", url, params=query, headers=headers, content=KNOWN_BODY)
    signer().sign(request)
    sent_host = request.headers["Host"]
    core = official_signature(query, {**headers, "Host": sent_host}, KNOWN_BODY, None)
    other = volcengine_signature(
        {k: [v] for k, v in query.items()}, {**headers, "Host": sent_host}, KNOWN_BODY, monkeypatch
    )
    assert request.headers["Authorization"] == core == other
    assert KNOWN_SIGNATURE in request.headers["Authorization"]  # signed as the bare host


def test_other_ports_stay_in_the_signed_host() -> None:
    query = {"Action": "GetMediaList", "Version": "2022-02-01"}
    headers = {"Content-Type": "application/json"}
    request = httpx.Request(
        "POST", "http://127.0.0.1:8443/", params=query, headers=headers, content=KNOWN_BODY
    )
    signer().sign(request)
    expected = official_signature(query, {**headers, "Host": "127.0.0.1:8443"}, KNOWN_BODY, None)
    assert request.headers["Authorization"] == expected
    assert KNOWN_SIGNATURE not in expected


def test_repeated_query_keys_are_signed_in_the_order_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pairs = [("Action", "GetMediaList"), ("Tag", "b"), ("Version", "2022-02-01"), ("Tag", "a")]
    assert canonical_query(pairs) == "Action=GetMediaList&Tag=b&Tag=a&Version=2022-02-01"
    headers = {"Content-Type": "application/json"}
    request = httpx.Request(
        "POST",
        "https://icp.volcengineapi.com/",
        params=tuple(pairs),
        headers=headers,
        content=KNOWN_BODY,
    )
    signer().sign(request)
    grouped = {"Action": ["GetMediaList"], "Tag": ["b", "a"], "Version": ["2022-02-01"]}
    expected = volcengine_signature(
        grouped, {**headers, "Host": "icp.volcengineapi.com"}, KNOWN_BODY, monkeypatch
    )
    assert request.headers["Authorization"] == expected


safe_text = st.text(alphabet="abcXYZ019-_.~ +%/é", max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.lists(st.tuples(st.text(alphabet="abcAB01-_.~", min_size=1), safe_text), max_size=6)
)
def test_repeated_keys_agree_with_volcengine_signer(pairs: list[tuple[str, str]]) -> None:
    """Keys of bare characters (where both SDKs sort alike), any values, any repeats."""
    from volcengine.util.Util import Util

    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    request = httpx.Request("POST", "https://h/", params=tuple(pairs))
    assert canonical_query(parse_wire_query(request.url.query)) == Util.norm_query(grouped)


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(query_text, query_text), max_size=6))
def test_the_fast_query_path_matches_the_general_one(pairs: list[tuple[str, str]]) -> None:
    from mediaapis.icp.signing import _wire_query

    for raw in (
        httpx.Request("POST", "https://h/", params=tuple(pairs)).url.query,
        b"a=1&&b&a=0&=x",
    ):
        assert _wire_query(raw)[0] == canonical_query(parse_wire_query(raw)).encode()


def test_no_secret_in_vars_repr_or_pickle() -> None:
    import pickle

    auth = VolcSignatureAuth(
        VolcCredentials("AKLTabcdefgh", "super-secret-key", "session-secret"),
        clock=lambda: epoch(KNOWN_DATE),
    )
    request = known_request()
    auth.sign(request)  # caches filled
    assert request.headers["X-Security-Token"] == "session-secret"
    shown = " ".join([repr(vars(auth)), str(vars(auth)), repr(auth)])
    shown += " ".join(
        repr(vars(value)) for value in vars(auth).values() if hasattr(value, "__dict__")
    )
    for secret in ("super-secret-key", "session-secret"):
        assert secret not in shown
    with pytest.raises(TypeError, match="not picklable"):
        pickle.dumps(auth)


def test_a_copy_of_the_signed_headers_hides_the_token() -> None:
    credentials = VolcCredentials("AKLTtest", "secret", "session-token-123")
    request = httpx.Request(
        "POST", "https://icp.volcengineapi.com/?Action=ListUsers", content=b"{}"
    )
    signed = next(VolcSignatureAuth(credentials).auth_flow(request))
    assert "session-token-123" not in repr(signed.headers)
    assert "session-token-123" not in repr(signed.headers.copy())
    assert signed.headers.copy()["x-security-token"] == "session-token-123"
