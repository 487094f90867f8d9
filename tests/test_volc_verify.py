"""The ICP mock checks signatures as Volcengine's gateway does: every official signer that
installs from the registries is accepted (``volcengine`` and ``volcenginesdk-core`` for Python,
``@volcengine/openapi`` for Node, each signing its own set of headers), and what the gateway
refuses is still refused (a wrong signature, body or body hash, an X-Date out of the window,
an X-Date or a session token left out of ``SignedHeaders``).

The mock runs on the wall clock here: the official signers date requests with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mediaapis_mocks._clock import Clock
from mediaapis_mocks._keys import TEST_ACCESS_KEY, TEST_SECRET_KEY
from mediaapis_mocks._volc_verify import (
    Authorization,
    canonical_request,
    expected_signature,
    required_unsigned,
)
from mediaapis_mocks.icp import ICPMock
from mediaapis_mocks.server import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
NODE_SIGNERS = ROOT / "tests" / "typescript" / "official_signers.mjs"
NODE = shutil.which("node") or "node"
QUERY = {"Action": "GetMediaList", "Version": "2022-02-01"}
BODY = b'{"Owner":{"Type":"PERSON","Id":2},"MediaType":3,"PageNum":0,"PageSize":5}'


@pytest.fixture(scope="module")
def mock() -> ICPMock:
    return ICPMock(clock=Clock())


@pytest.fixture(scope="module")
def server(mock: ICPMock) -> Iterator[LoopbackServer]:
    with LoopbackServer(mock) as running:
        yield running


@pytest.fixture
def http(server: LoopbackServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


def outcome(response: httpx.Response) -> tuple[int, str | None]:
    """``(HTTP status, error code or None)`` of an ICP envelope."""
    error = response.json()["ResponseMetadata"].get("Error")
    return response.status_code, (error["Code"] if error else None)


def signed_headers_of(headers: dict[str, str]) -> str:
    return headers["Authorization"].split("SignedHeaders=")[1].split(",")[0]


# --- the official Python signers ------------------------------------------------------------


def volcengine_signed(
    host: str, *, access_key: str = TEST_ACCESS_KEY, token: str | None = None, shift: int = 0
) -> dict[str, str]:
    """Headers from ``volcengine.auth.SignerV4`` (the ``volcengine`` package), dated now+shift."""
    from volcengine.auth.SignerV4 import SignerV4
    from volcengine.base.Request import Request
    from volcengine.Credentials import Credentials

    request = Request()
    request.method, request.path, request.body = "POST", "/", BODY
    request.headers.update({"Content-Type": "application/json", "Host": host})
    request.query.update(QUERY)
    credentials = Credentials(access_key, TEST_SECRET_KEY, "iccloud_muse", "cn-north-1")
    if token is not None:
        credentials.set_session_token(token)
    original = SignerV4.get_current_format_date
    when = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() + shift))
    SignerV4.get_current_format_date = staticmethod(lambda: when)
    try:
        SignerV4.sign(request, credentials)
    finally:
        SignerV4.get_current_format_date = original
    return {str(k): str(v) for k, v in request.headers.items()}


class _Body(str):
    """A str ``volcenginesdk-core`` takes as the body; ``encode`` gives back the exact bytes."""

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return BODY


def sdk_core_signed(host: str) -> dict[str, str]:
    """Headers from ``volcenginesdkcore.signv4.SignerV4`` (the ``volcenginesdk-core`` package)."""
    from volcenginesdkcore.signv4 import SignerV4

    headers = {"Content-Type": "application/json", "Host": host}
    SignerV4.sign(
        "/",
        "POST",
        headers,
        _Body(),
        None,
        QUERY,
        TEST_ACCESS_KEY,
        TEST_SECRET_KEY,
        "cn-north-1",
        "iccloud_muse",
    )
    return headers


def send(http: httpx.Client, headers: dict[str, str], body: bytes = BODY) -> httpx.Response:
    return http.post("/", params=QUERY, headers=headers, content=body)


@pytest.mark.parametrize("sign", [volcengine_signed, sdk_core_signed], ids=["volcengine", "core"])
def test_official_python_signers_are_accepted(
    http: httpx.Client, server: LoopbackServer, sign: Any
) -> None:
    headers = sign(f"127.0.0.1:{server.port}")
    response = send(http, headers)
    assert outcome(response) == (200, None)
    assert len(response.json()["Result"]["MediaInfos"]) == 5
    assert signed_headers_of(headers) == "content-type;host;x-content-sha256;x-date"


def test_official_python_signer_with_a_session_token(
    http: httpx.Client, server: LoopbackServer, mock: ICPMock
) -> None:
    mock.add_credentials("AKTPsts", TEST_SECRET_KEY, "sts-token")
    headers = volcengine_signed(f"127.0.0.1:{server.port}", access_key="AKTPsts", token="sts-token")
    assert "x-security-token" in signed_headers_of(headers)
    assert outcome(send(http, headers)) == (200, None)


# --- the official Node signer -------------------------------------------------------------------


@pytest.mark.skipif(
    not (ROOT / "node_modules" / "@volcengine" / "openapi").exists() or not shutil.which("node"),
    reason="node_modules missing: run `make setup`",
)
def test_official_node_signer_is_accepted(server: LoopbackServer, mock: ICPMock) -> None:
    """``Signer`` leaves Content-Type unsigned; ``Service`` signs neither it nor Host."""
    mock.add_credentials("AKTPnode", TEST_SECRET_KEY, "node-sts-token")
    env = {
        **os.environ,
        "VOLC_ACCESSKEY": TEST_ACCESS_KEY,
        "VOLC_SECRETKEY": TEST_SECRET_KEY,
        "VOLC_STS_ACCESSKEY": "AKTPnode",
        "VOLC_SESSION_TOKEN": "node-sts-token",
    }
    done = subprocess.run(
        [NODE, str(NODE_SIGNERS), server.base_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert results["signer"]["signedHeaders"] == "x-content-sha256;x-date"
    assert results["signerWithHost"]["signedHeaders"] == "host;x-content-sha256;x-date"
    assert results["signerSts"]["signedHeaders"] == "x-content-sha256;x-date;x-security-token"
    for case in ("signer", "signerWithHost", "signerSts", "service"):
        assert results[case]["code"] is None, (case, results[case]["message"])
        assert results[case]["items"] == 5


# --- what the gateway refuses ----------------------------------------------------------------


def hand_signed(host: str, names: tuple[str, ...], *, token: str | None = None) -> dict[str, str]:
    """Headers correctly signed (by the verifier's own maths) over ``names`` only."""
    x_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    headers = {
        "content-type": "application/json",
        "host": host,
        "x-content-sha256": hashlib.sha256(BODY).hexdigest(),
        "x-date": x_date,
    }
    if token is not None:
        headers["x-security-token"] = token
    auth = Authorization(TEST_ACCESS_KEY, x_date[:8], "cn-north-1", "iccloud_muse", names, "")
    query = b"Action=GetMediaList&Version=2022-02-01"
    canonical = canonical_request("POST", "/", query, headers, names, BODY)
    signature = expected_signature(TEST_SECRET_KEY, x_date, auth, canonical)
    headers["authorization"] = (
        f"HMAC-SHA256 Credential={TEST_ACCESS_KEY}/{auth.scope}, "
        f"SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return headers


def test_only_x_date_is_required_in_the_signed_set(
    http: httpx.Client, server: LoopbackServer
) -> None:
    host = f"127.0.0.1:{server.port}"
    assert outcome(send(http, hand_signed(host, ("x-date",)))) == (200, None)
    refused = send(http, hand_signed(host, ("content-type", "host", "x-content-sha256")))
    assert outcome(refused) == (401, "SignatureDoesNotMatch")
    assert "x-date" in refused.json()["ResponseMetadata"]["Error"]["Message"]


def test_a_sent_session_token_must_be_signed(
    http: httpx.Client, server: LoopbackServer, mock: ICPMock
) -> None:
    mock.add_credentials(TEST_ACCESS_KEY, TEST_SECRET_KEY, "sts-token")
    try:
        host = f"127.0.0.1:{server.port}"
        names = ("x-date", "x-security-token")
        assert outcome(send(http, hand_signed(host, names, token="sts-token"))) == (200, None)
        unsigned = send(http, hand_signed(host, ("x-date",), token="sts-token"))
        assert outcome(unsigned) == (401, "SignatureDoesNotMatch")
        assert "x-security-token" in unsigned.json()["ResponseMetadata"]["Error"]["Message"]
    finally:
        mock.add_credentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)


def _tampered(headers: dict[str, str], how: str) -> tuple[dict[str, str], bytes]:
    headers = dict(headers)
    if how == "signature":
        auth = headers["Authorization"]
        last = auth[-1]
        headers["Authorization"] = auth[:-1] + ("0" if last != "0" else "1")
        return headers, BODY
    if how == "body":  # X-Content-Sha256 kept: it no longer matches
        return headers, BODY.replace(b'"PageSize":5', b'"PageSize":6')
    if how == "body and its hash":  # the hash mended, the signature (over the hash) is not
        body = BODY.replace(b'"PageSize":5', b'"PageSize":6')
        headers["X-Content-Sha256"] = hashlib.sha256(body).hexdigest()
        return headers, body
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["signature", "body", "body and its hash"])
def test_tampered_requests_are_refused(
    http: httpx.Client, server: LoopbackServer, how: str
) -> None:
    signed = volcengine_signed(f"127.0.0.1:{server.port}")
    assert outcome(send(http, signed)) == (200, None)
    headers, body = _tampered(signed, how)
    assert outcome(send(http, headers, body)) == (401, "SignatureDoesNotMatch")


@pytest.mark.parametrize("shift", [-901, 901])
def test_x_date_out_of_the_window_is_refused(
    http: httpx.Client, server: LoopbackServer, shift: int
) -> None:
    host = f"127.0.0.1:{server.port}"
    assert outcome(send(http, volcengine_signed(host, shift=-shift // 2))) == (200, None)
    late = send(http, volcengine_signed(host, shift=shift))
    assert outcome(late) == (400, "InvalidTimestamp")


def test_required_unsigned() -> None:
    received = {"x-date": "d", "host": "h", "x-security-token": "t"}
    assert required_unsigned(("x-date", "x-security-token"), received, ("x-security-token",)) == []
    assert required_unsigned(("host",), received, ("x-security-token",)) == [
        "x-date",
        "x-security-token",
    ]
    assert required_unsigned(("x-date",), {"x-date": "d"}, ("x-security-token",)) == []
