"""The MCP server against both mocks on loopback, through the official SDK's client.

Each session starts ``python -m mediaapis.mcp`` in a subprocess (stdio) or as a streamable-HTTP
server on 127.0.0.1; the mocks run in this process, so their ledgers and posts are inspected
directly.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp")

from jsonschema import Draft202012Validator
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.types import Tool, ToolAnnotations

from mediaapis._spec import iter_operations
from mediaapis_mocks import Fault
from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from mediaapis_mocks.rawugc import TEST_KEY, TEST_ORG, RawUGCMock
from mediaapis_mocks.server import LoopbackServer

ROOT = Path(__file__).resolve().parents[1]
HELPERS = {"waitForVideo", "waitForImage", "waitForMusic", "listAllMedia"}
SECRETS = (TEST_KEY, TEST_SECRET_KEY)


@pytest.fixture
def rawugc() -> RawUGCMock:
    # wall clock (the server runs in another process), short jobs, no rate-limit waits
    return RawUGCMock(
        rate_limit=10_000,
        durations={"music": 1.5},
        queue_seconds=0.3,
        unpriced_costs={"generateVideo": 1},
    )


@pytest.fixture
def env(rawugc: RawUGCMock) -> Iterator[dict[str, str]]:
    with LoopbackServer(rawugc) as raw, LoopbackServer(ICPMock()) as icp:
        yield {
            "RAWUGC_API_KEY": TEST_KEY,
            "RAWUGC_BASE_URL": raw.base_url,
            "VOLC_ACCESSKEY": TEST_ACCESS_KEY,
            "VOLC_SECRETKEY": TEST_SECRET_KEY,
            "VOLC_ICP_BASE_URL": icp.base_url,
            "PYTHONPATH": os.pathsep.join(
                str(ROOT / p) for p in ("overrides", "generated", "mocks")
            ),
        }


@contextlib.asynccontextmanager
async def stdio_session(
    env: dict[str, str], *argv: str, command: tuple[str, ...] = ("-m", "mediaapis.mcp")
) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(
        command=sys.executable, args=[*command, *argv], env=env, cwd=str(ROOT)
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


async def call(session: ClientSession, tool: str, /, **arguments: Any) -> Any:
    result = await session.call_tool(tool, arguments)
    text = " ".join(getattr(block, "text", "") for block in result.content)
    for secret in SECRETS:
        assert secret not in text
        assert secret not in json.dumps(result.structured_content)
    return result


def hints(tool: Tool) -> ToolAnnotations:
    """A tool's annotations (every tool of the server has them)."""
    assert tool.annotations is not None, f"{tool.name} has no annotations"
    return tool.annotations


def operation_ids(*packages: str) -> set[str]:
    return {op["operationId"] for p in packages for _, _, op in iter_operations(p)}


async def test_all_lists_every_operation_with_valid_schemas_and_hints(
    env: dict[str, str],
) -> None:
    async with stdio_session(env, "all") as session:
        listed = (await session.list_tools()).tools
    names = {tool.name for tool in listed}
    operations = operation_ids("rawugc_client", "volc_icp_client")
    assert len(operations) == 53
    assert names == operations | HELPERS
    for tool in listed:
        Draft202012Validator.check_schema(tool.input_schema)
        assert tool.input_schema["type"] == "object"
        assert tool.description
    by_name = {tool.name: tool for tool in listed}
    assert hints(by_name["getVideo"]).read_only_hint is True
    assert hints(by_name["deletePersona"]).destructive_hint is True
    assert hints(by_name["createSocialPost"]).read_only_hint is False
    assert hints(by_name["syncSocialAccounts"]).idempotent_hint is True  # x-idempotent
    assert hints(by_name["generateVideo"]).idempotent_hint is False
    generate = by_name["generateVideo"].input_schema
    assert "veo3" in generate["properties"]["model"]["enum"]  # a $ref resolved from components
    music = by_name["generateMusic"].description
    assert music is not None
    assert "--max-credits" in music
    upload = by_name["uploadFile"].input_schema["properties"]["file"]
    assert upload["properties"]["contentBase64"]["contentEncoding"] == "base64"
    media = by_name["getMediaList"].input_schema
    assert "Action" not in media["properties"]  # fixed by the spec, sent for the caller
    assert {"Owner", "MediaType", "ProductType"} <= set(media["properties"])
    assert media["required"] == ["Owner"]  # MediaType is required with a default: filled in


async def test_reads_errors_and_default_refusals(env: dict[str, str], rawugc: RawUGCMock) -> None:
    balance = rawugc.balance(TEST_ORG)
    async with stdio_session(env, "all") as session:
        characters = await call(session, "listCharacters")
        assert not characters.is_error
        assert characters.structured_content["count"] == len(
            characters.structured_content["characters"]
        )

        media = await call(session, "getMediaList", Owner={"Type": "PERSON", "Id": 2}, MediaType=3)
        assert not media.is_error
        assert media.structured_content["Result"]["MediaInfos"]
        defaulted = await call(session, "getMediaList", Owner={"Type": "PERSON", "Id": 2})
        assert not defaulted.is_error, defaulted.content  # MediaType: the spec's default, 3
        assert defaulted.structured_content["Result"] == media.structured_content["Result"]

        everything = await call(
            session, "listAllMedia", Owner={"Type": "PERSON", "Id": 2}, PageSize=20
        )
        assert not everything.is_error
        assert everything.structured_content["Count"] == 45  # the mock's user 2, three pages

        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode()
        file = {"filename": "a.png", "contentBase64": png, "contentType": "image/png"}
        upload = await call(session, "uploadFile", file=file)
        assert not upload.is_error, upload.content
        assert upload.structured_content["contentType"] == "image/png"

        missing = await call(session, "getVideo", videoId="vid_missing")
        assert missing.is_error
        assert missing.structured_content["status"] == 404
        assert {"title", "detail"} <= set(missing.structured_content)

        nobody = await call(
            session, "getMediaList", Owner={"Type": "PERSON", "Id": 999}, MediaType=3
        )
        assert nobody.is_error
        error = nobody.structured_content["ResponseMetadata"]["Error"]
        assert {"Code", "CodeN", "Message"} <= set(error)

        invalid = await call(session, "generateMusic")
        assert invalid.is_error
        assert invalid.structured_content["refused"] == "arguments"

        music = await call(session, "generateMusic", prompt="lo-fi beats")
        assert music.is_error
        assert music.structured_content["refused"] == "credits"
        assert music.structured_content["cost"] == 3
        assert music.structured_content["remaining"] == 0
        assert "costs 3 credits" in music.content[0].text

        video = await call(session, "generateVideo", model="veo3", prompt="A cat")
        assert video.is_error
        assert video.structured_content["flag"] == "--unpriced-cost"

        created = await call(
            session, "createPersona", name="Runners", description="Amateur runners"
        )
        assert not created.is_error, created.content
        delete = await call(session, "deletePersona", personaId=created.structured_content["id"])
        assert delete.is_error
        assert delete.structured_content["refused"] == "delete"
        assert (await call(session, "listPersonas")).structured_content["count"] == 1
    assert rawugc.balance(TEST_ORG) == balance
    assert not rawugc.charges


async def test_budget_spends_within_it_and_refuses_past_it(
    env: dict[str, str], rawugc: RawUGCMock
) -> None:
    start = rawugc.balance(TEST_ORG)
    flags = ("--max-credits", "8", "--unpriced-cost", "3")
    async with stdio_session(env, "rawugc", *flags) as session:
        music = await call(session, "generateMusic", prompt="lo-fi beats")
        assert not music.is_error, music.content
        assert music.structured_content["creditsUsed"] == 3
        # cost: null: 3 reserved, settled from creditsUsed (the mock charges 1)
        video = await call(session, "generateVideo", model="veo3", prompt="A cat")
        assert not video.is_error, video.content
        assert "used 1;" in video.content[1].text
        edit = await call(
            session,
            "generateImage",
            model="google/nano-banana-edit",
            prompt="marble",
            imageUrls=["https://example.com/a.png"],
        )
        assert not edit.is_error, edit.content  # costBy model: 2 credits, 6 spent
        again = await call(session, "generateMusic", prompt="more beats")
        assert again.is_error
        assert again.structured_content["cost"] == 3
        assert again.structured_content["remaining"] == 2
        assert "costs 3 credits, but the budget has 2 of 8 credits left" in again.content[0].text
        video = await call(session, "generateVideo", model="veo3", prompt="A dog")
        assert video.is_error  # 3 to reserve, 2 left
        assert video.structured_content["cost"] == 3
    assert [c.credits for c in rawugc.charges] == [3, 1, 2]
    assert rawugc.balance(TEST_ORG) == start - 6


async def test_refused_calls_release_credits_and_lost_answers_keep_them(
    env: dict[str, str], rawugc: RawUGCMock
) -> None:
    rawugc.faults.add("generateMusic", Fault("status", status=402))
    async with stdio_session(env, "rawugc", "--max-credits", "5") as session:
        refused = await call(session, "generateMusic", prompt="lo-fi beats")
        assert refused.is_error
        assert refused.structured_content["status"] == 402  # the API's problem details
        assert refused.structured_content["x-mediaapis-credits"]["remaining"] == 5
        # the call runs (and is charged) but its answer is lost: it is looked up through
        # listMusicTracks and settled with what it cost
        rawugc.faults.add("generateMusic", Fault("drop", after=True))
        lost = await call(session, "generateMusic", prompt="lo-fi beats")
        assert not lost.is_error, lost.content
        music_id = lost.structured_content["musicId"]
        assert music_id in rawugc.orgs[TEST_ORG].jobs["music"]
        assert "this call used 3; budget 3 spent, 2 of 5 left" in lost.content[-1].text
        over = await call(session, "generateMusic", prompt="lo-fi beats")
        assert over.structured_content["refused"] == "credits"
    assert [c.credits for c in rawugc.charges] == [3]  # the budget saw what the API charged


async def test_idempotency_key_argument_returns_the_first_answer(
    env: dict[str, str], rawugc: RawUGCMock
) -> None:
    async with stdio_session(env, "rawugc", "--max-credits", "8") as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        assert "idempotencyKey" in tools["generateImage"].input_schema["properties"]
        assert "idempotencyKey" not in tools["listImages"].input_schema["properties"]
        args = {"model": "nano-banana-2", "prompt": "a lamp", "idempotencyKey": "order-1"}
        first = await call(session, "generateImage", **args)
        again = await call(session, "generateImage", **args)
        other = await call(session, "generateImage", **{**args, "prompt": "a chair"})
    assert again.structured_content["imageId"] == first.structured_content["imageId"]
    assert "no credits used" in again.content[-1].text  # the budget books the replay as free
    assert other.is_error
    assert "order-1" in other.content[0].text
    assert other.structured_content["x-mediaapis-credits"]["spent"] == 4
    assert [c.operation_id for c in rawugc.charges] == ["generateImage"]


async def test_publishing_needs_the_flag(env: dict[str, str], rawugc: RawUGCMock) -> None:
    async def post(session: ClientSession, mode: str) -> Any:
        accounts = (await call(session, "listSocialAccounts")).structured_content["accounts"]
        return await call(
            session,
            "createSocialPost",
            videoUrl="https://example.com/v.mp4",
            accountIds=[accounts[0]["accountId"]],
            mode=mode,
        )

    posts = rawugc.orgs[TEST_ORG].posts
    async with stdio_session(env, "rawugc") as session:
        refused = await post(session, "now")
        assert refused.is_error
        assert refused.structured_content["flag"] == "--allow-publish"
        assert not posts
        draft = await post(session, "draft")  # a draft publishes nothing (x-rawugc-publishes-when)
        assert not draft.is_error, draft.content
        published = await call(
            session, "publishSocialPost", postId=draft.structured_content["postId"]
        )
        assert published.is_error
    assert len(posts) == 1
    cli = ("-m", "mediaapis.cli", "mcp")  # the same server, as `mediaapis mcp`
    async with stdio_session(env, "rawugc", "--allow-publish", command=cli) as session:
        now = await post(session, "now")
        assert not now.is_error, now.content
        assert now.structured_content["status"] == "published"
    assert len(posts) == 2


async def test_wait_for_job_sends_progress(env: dict[str, str]) -> None:
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    async with stdio_session(env, "rawugc", "--max-credits", "3") as session:
        started = await call(session, "generateMusic", prompt="lo-fi beats")
        music_id = started.structured_content["musicId"]
        result = await session.call_tool(
            "waitForMusic",
            {
                "musicId": music_id,
                "minIntervalSeconds": 0.3,
                "maxIntervalSeconds": 0.6,
                "timeoutSeconds": 30,
            },
            progress_callback=on_progress,
        )
    assert not result.is_error, result.content
    assert result.structured_content["status"] == "completed"
    assert result.structured_content["audioUrl"]
    assert seen
    assert seen[-1][2] == f"{music_id}: completed"
    assert [p[0] for p in seen] == sorted(p[0] for p in seen)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_streamable_http_session(env: dict[str, str]) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mediaapis.mcp", "all", "--http", str(port)],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(200):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
                break
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            await asyncio.sleep(0.05)
        url = f"http://127.0.0.1:{port}/mcp"
        async with (
            streamable_http_client(url) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            tools = (await session.list_tools()).tools
            assert len({t.name for t in tools} - HELPERS) == 53
            users = await call(session, "listUsers", UserType="All")
            assert not users.is_error, users.content
            assert users.structured_content["Result"]["Users"]
    finally:
        server.terminate()
        server.wait(10)
    assert TEST_SECRET_KEY not in (server.stderr.read().decode() if server.stderr else "")


def test_core_imports_do_not_load_mcp() -> None:
    code = (
        "import sys, mediaapis, mediaapis.rawugc, mediaapis.icp, mediaapis.cli, mediaapis.mcp;"
        "assert 'mcp' not in sys.modules and 'mcp_types' not in sys.modules, 'mcp imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_scrubber_removes_keys_from_text_values_and_logs() -> None:
    import logging

    from mediaapis.mcp.calls import Scrubber

    scrub = Scrubber({"RAWUGC_API_KEY": TEST_KEY, "VOLC_SECRETKEY": TEST_SECRET_KEY})
    assert TEST_KEY not in scrub.text(f"Bearer {TEST_KEY} refused")
    value = scrub.value({"detail": [f"key {TEST_SECRET_KEY}"], TEST_KEY: 1})
    assert TEST_KEY not in json.dumps(value)
    assert TEST_SECRET_KEY not in json.dumps(value)
    try:
        raise RuntimeError(f"echoed {TEST_KEY}")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "sent %s", (TEST_KEY,), None)
        record.exc_info = sys.exc_info()
    scrub.filter(record)
    assert TEST_KEY not in logging.Formatter().format(record)


@pytest.mark.parametrize("raise_for_status", [True, False])
async def test_tool_failures_are_the_profiles_typed_errors(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, raise_for_status: bool
) -> None:
    """A tool failure carries what the API's profile made of the answer (the typed error's
    ``as_dict``), raised by the stack or returned by one that does not raise: a member the
    error gains reaches the tool's result without a change to the server."""
    from mediaapis import ICP, RawUGC
    from mediaapis._spec import operations_by_id
    from mediaapis.icp import errors as icp_errors
    from mediaapis.mcp.calls import Backends, ToolFailure
    from mediaapis.mcp.requests import build_request
    from mediaapis.rawugc import errors

    class WithHint(errors.NotFoundError):
        def as_dict(self) -> dict[str, Any]:
            return {**super().as_dict(), "hint": "see listVideos"}

    monkeypatch.setitem(errors._BY_STATUS, 404, WithHint)
    monkeypatch.setattr(
        icp_errors.VolcAPIError, "as_dict", lambda self: {"CodeN": self.code_n}, raising=False
    )
    base_urls = {"rawugc": env["RAWUGC_BASE_URL"], "icp": env["VOLC_ICP_BASE_URL"]}
    backends = Backends(base_urls, env)
    backends._rawugc = RawUGC(
        base_url=base_urls["rawugc"], environ=env, raise_for_status=raise_for_status
    )
    backends._icp = ICP(base_url=base_urls["icp"], environ=env, raise_for_status=raise_for_status)
    asks = (
        ("rawugc", "rawugc_client", "getVideo", {"videoId": "vid_missing"}),
        (
            "icp",
            "volc_icp_client",
            "getMediaList",
            {"Owner": {"Type": "PERSON", "Id": 999}, "MediaType": 3},
        ),
    )
    found = []
    try:
        for api, package, operation_id, arguments in asks:
            path, method, op = operations_by_id(package)[operation_id]
            request = build_request(package, path, method, op, arguments)
            with pytest.raises(ToolFailure) as info:
                await backends.send(api, request)
            found.append((info.value.details, info.value.charged))
    finally:
        await backends.aclose()
    (problem, charged), (envelope, icp_charged) = found
    assert (problem["status"], problem["hint"], charged) == (404, "see listVideos", False)
    assert (envelope, icp_charged) == ({"CodeN": 804}, False)
