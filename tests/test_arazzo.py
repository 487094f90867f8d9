"""The Arazzo workflows published beside the specs (openapi/arazzo/, shipped by ``make publish``)
lint clean and run against the mocks with Redocly Respect.

ICP requests must be signed (Volcengine HMAC-SHA256), which Respect cannot do: its ``x-security``
knows API keys, HTTP basic, digest and bearer. The ICP workflow runs through a signing proxy
started here on loopback, which forwards each request to the ICP mock signed by the SDK's
``VolcSignatureAuth``; the RawUGC workflows talk to the RawUGC mock directly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_spec_validator import validate
from starlette.types import Receive, Scope, Send

from mediaapis.icp import VolcCredentials, VolcSignatureAuth
from mediaapis_mocks._clock import Clock
from mediaapis_mocks._keys import TEST_ACCESS_KEY, TEST_KEY, TEST_SECRET_KEY
from mediaapis_mocks.icp import ICPMock
from mediaapis_mocks.rawugc import RawUGCMock
from mediaapis_mocks.server import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
FILES = ("rawugc.arazzo.yaml", "volc-icp.arazzo.yaml")
# Respect 2.77 sends a `$file()` part as application/octet-stream (its file loader gives the
# File no type); the spec accepts only image and video types, so the upload is refused.
RESPECT_CANNOT_RUN = {"uploadThenImageToVideo"}

pytestmark = pytest.mark.skipif(not REDOCLY.exists(), reason="node_modules missing: make setup")


class SigningProxy:
    """An ASGI app forwarding every request to ``upstream``, signed by ``auth``."""

    def __init__(self, upstream: str, auth: httpx.Auth) -> None:
        self.upstream = upstream
        self.auth = auth
        self.forwarded: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        target = scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            target += "?" + scope["query_string"].decode("latin-1")
        self.forwarded.append(target)
        headers = {
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in scope["headers"]
            if name.lower() in (b"content-type", b"accept")
        }
        async with httpx.AsyncClient(auth=self.auth, timeout=10) as client:
            answer = await client.request(
                scope["method"], self.upstream + target, content=body, headers=headers
            )
        await send(
            {
                "type": "http.response.start",
                "status": answer.status_code,
                "headers": [(b"content-type", answer.headers["content-type"].encode("latin-1"))],
            }
        )
        await send({"type": "http.response.body", "body": answer.content})


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("published")
    script = str(ROOT / "scripts" / "publish.py")
    subprocess.run(
        [sys.executable, script, "--out", str(out), "--no-baseline", "--bundles-only"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def test_publish_ships_the_workflows_beside_the_specs(published: Path) -> None:
    for name in FILES:
        assert (published / "arazzo" / name).is_file()
    assert (published / "arazzo" / "assets" / "product.png").is_file()
    wire = json.loads((published / "volc-icp.wire.json").read_text(encoding="utf-8"))
    assert sorted(wire["paths"]) == [
        "/?Action=GetMediaInfo&Version=2022-02-01",
        "/?Action=GetMediaList&Version=2022-02-01",
        "/?Action=ListUsers&Version=2022-02-01",
    ]
    validate(wire)  # still a valid OpenAPI document
    query = [
        parameter.get("name") or parameter["$ref"].rsplit("/", 1)[1]
        for item in wire["paths"].values()
        for parameter in item["post"].get("parameters", [])
    ]
    assert query == ["ProductType"]  # Action and Version are in the path keys now


def test_workflows_lint(published: Path) -> None:
    files = [str(published / "arazzo" / name) for name in FILES]
    done = subprocess.run(
        [str(REDOCLY), "lint", *files],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "valid" in done.stdout + done.stderr


@pytest.fixture
def servers() -> Iterator[tuple[RawUGCMock, SigningProxy, dict[str, str]]]:
    """The RawUGC mock (jobs of 1.5 s, no pacing) and a signing proxy in front of the ICP
    mock, both on wall clocks (Respect waits for real)."""
    rawugc = RawUGCMock(
        rate_limit=100_000, durations={"video": 1.5, "image": 1.0, "music": 1.0}, queue_seconds=0.2
    )
    icp = ICPMock(clock=Clock())
    credentials = VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)
    with LoopbackServer(rawugc) as rawugc_server, LoopbackServer(icp) as icp_server:
        proxy = SigningProxy(icp_server.base_url, VolcSignatureAuth(credentials))
        with LoopbackServer(proxy) as proxy_server:
            yield (
                rawugc,
                proxy,
                {"rawugc": rawugc_server.base_url, "icp": proxy_server.base_url},
            )


def steps_of(workflow: dict[str, Any]) -> dict[str, int]:
    return {
        step["stepId"]: step["response"]["statusCode"]
        for step in workflow["executedSteps"]
        if "response" in step
    }


def test_respect_runs_the_workflows_against_the_mocks(
    published: Path,
    servers: tuple[RawUGCMock, SigningProxy, dict[str, str]],
    tmp_path: Path,
) -> None:
    rawugc, proxy, urls = servers
    report = tmp_path / "respect.json"
    done = subprocess.run(
        [
            str(REDOCLY),
            "respect",
            *(str(published / "arazzo" / name) for name in FILES),
            "-S",
            f"rawugc={urls['rawugc']}",
            "-S",
            f"icp={urls['icp']}",
            "-i",
            f"apiKey={TEST_KEY}",
            "--json-output",
            str(report),
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert report.exists(), done.stdout + done.stderr
    results = json.loads(report.read_text(encoding="utf-8"))
    workflows = {
        workflow["workflowId"]: workflow
        for file in results["files"].values()
        for workflow in file["executedWorkflows"]
    }
    passed = {name for name, workflow in workflows.items() if workflow["status"] == "success"}
    assert passed == set(workflows) - RESPECT_CANNOT_RUN, done.stdout
    assert len(passed) == 10
    # the Respect limitation, as the mock sees it: the upload refused for its part's type
    upload = workflows["uploadThenImageToVideo"]
    assert steps_of(upload) == {"upload": 400}
    # polling: the video jobs were read until they completed (or failed), then edited
    generate = steps_of(workflows["generateVideoThenEdit"])
    assert generate["poll"] == 200
    assert generate["overlay"] == 200
    assert rawugc.calls["getVideo"] > 2
    assert "unreachable" not in steps_of(workflows["failingVideoJob"])
    # the ICP requests went through the proxy as the wire form says, and were signed there
    assert proxy.forwarded[0] == "/?Action=ListUsers&Version=2022-02-01"
    assert proxy.forwarded.count("/?Action=GetMediaList&Version=2022-02-01") == 4
    assert proxy.forwarded.count("/?Action=GetMediaInfo&Version=2022-02-01") == 2
