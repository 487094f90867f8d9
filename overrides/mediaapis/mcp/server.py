"""The MCP server: the spec's tools over stdio or streamable HTTP, behind the guards.

Built on the official ``mcp`` SDK's low-level ``Server`` (the tools are data from the specs,
not decorated functions). A call is validated against its input schema, checked by the guards,
sent through the project's client stack, and answered with the response JSON as structured
content; failures come back as tool errors (``isError``) carrying the API's problem details or
Volcengine envelope, and every answer passes the secrets scrubber.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import mcp_types as types
from jsonschema import Draft202012Validator
from mcp.server import Server, ServerRequestContext

from .calls import REPLAYED, Backends, Scrubber, ToolFailure, failure
from .guards import Guard, Policy, Refused
from .requests import ArgumentError, build_request
from .tools import IDEMPOTENCY_KEY, Tool, server_title, tools_for

log = logging.getLogger("mediaapis.mcp")
Progress = Callable[[float, float | None, str | None], Awaitable[None]]


@dataclass(frozen=True)
class Settings:
    """How the server was started."""

    apis: tuple[str, ...]
    policy: Policy
    base_urls: Mapping[str, str | None]
    environ: Mapping[str, str]


def _result(document: Any, scrub: Scrubber, note: str | None = None) -> types.CallToolResult:
    document = scrub.value(document)
    content: list[types.ContentBlock] = [
        types.TextContent(text=json.dumps(document, ensure_ascii=False))
    ]
    if note:
        content.append(types.TextContent(text=scrub.text(note)))
    structured = document if isinstance(document, dict) else {"result": document}
    return types.CallToolResult(content=content, structured_content=structured)


def _error(message: str, details: Mapping[str, Any], scrub: Scrubber) -> types.CallToolResult:
    details = scrub.value(dict(details))
    text = f"{scrub.text(message)}\n{json.dumps(details, ensure_ascii=False)}"
    return types.CallToolResult(
        content=[types.TextContent(text=text)], structured_content=details, is_error=True
    )


class Handler:
    """Runs the tools of one server: validation, guards, calls, jobs, paging."""

    def __init__(self, settings: Settings) -> None:
        self.tools = {tool.name: tool for tool in tools_for(list(settings.apis))}
        self.validators = {
            name: Draft202012Validator(tool.input_schema) for name, tool in self.tools.items()
        }
        self.guard = Guard(settings.policy)
        self.backends = Backends(settings.base_urls, settings.environ)
        self.scrub = Scrubber(settings.environ)

    def listing(self) -> list[types.Tool]:
        """The tools as MCP describes them."""
        return [
            types.Tool.model_validate(
                {
                    "name": tool.name,
                    "title": tool.title,
                    "description": tool.description,
                    "inputSchema": tool.input_schema,
                    "annotations": tool.annotations,
                }
            )
            for tool in self.tools.values()
        ]

    def _validated(self, tool: Tool, arguments: Mapping[str, Any]) -> dict[str, Any]:
        arguments = {**tool.defaults, **arguments}  # the spec's defaults, as the clients take
        errors = sorted(self.validators[tool.name].iter_errors(arguments), key=str)
        if errors:
            problems = [
                {
                    "field": "/".join(map(str, e.absolute_path)) or "(arguments)",
                    "message": e.message,
                }
                for e in errors
            ]
            raise Refused(
                f"invalid arguments for {tool.name}: "
                + "; ".join(f"{p['field']}: {p['message']}" for p in problems),
                {"refused": "arguments", "operationId": tool.name, "errors": problems},
            )
        return dict(arguments)

    async def call(
        self, name: str, arguments: Mapping[str, Any], progress: Progress
    ) -> types.CallToolResult:
        """Run one tool; every failure becomes a tool error."""
        tool = self.tools.get(name)
        if tool is None:
            return _error(f"unknown tool {name!r}", {"refused": "unknown tool"}, self.scrub)
        try:
            args = self._validated(tool, arguments)
            if tool.kind == "wait":
                return await self._wait(tool, args, progress)
            if tool.kind == "media":
                return await self._media(tool, args, progress)
            return await self._operation(tool, args)
        except Refused as exc:
            return _error(str(exc), exc.details, self.scrub)
        except ToolFailure as exc:
            return _error(str(exc), exc.details, self.scrub)
        except ArgumentError as exc:
            return _error(str(exc), {"refused": "arguments", "operationId": name}, self.scrub)
        except Exception as exc:  # never let a failure end the session
            log.exception("tool %s failed", name)
            return _error(f"{type(exc).__name__}: {exc}", {"error": type(exc).__name__}, self.scrub)

    async def _operation(self, tool: Tool, args: dict[str, Any]) -> types.CallToolResult:
        package, operation = tool.api.package, tool.operation
        key = args.pop(IDEMPOTENCY_KEY, None)
        reservation = self.guard.check(package, tool.method, operation, args)
        request = build_request(package, tool.path, tool.method, operation, args)
        try:
            document = await self.backends.send(tool.api.name, request, idempotency_key=key)
        except ToolFailure as exc:
            if reservation is not None:
                if exc.charged is False:
                    self.guard.release(reservation)
                else:
                    self.guard.keep(reservation)
                exc.details.setdefault("x-mediaapis-credits", self.guard.ledger())
            raise
        except BaseException:
            if reservation is not None:
                self.guard.keep(reservation)
            raise
        if reservation is None:
            return _result(document, self.scrub)
        if isinstance(document, dict) and document.pop(REPLAYED, False):
            self.guard.release(reservation)
            note = "credits: replayed for its idempotency key, no credits used"
            return _result(document, self.scrub, note)
        used = self.guard.settle(reservation, document)
        ledger = self.guard.ledger()
        note = (
            f"credits: this call used {used}; budget {ledger['spent']} spent, "
            f"{ledger['remaining']} of {ledger['maxCredits']} left"
        )
        return _result(document, self.scrub, note)

    async def _wait(
        self, tool: Tool, args: dict[str, Any], progress: Progress
    ) -> types.CallToolResult:
        from ..rawugc.errors import JobFailedError, JobTimeoutError
        from ..rawugc.jobs import await_job
        from ..spec import operations

        job = operations(tool.api.name)[str(tool.operation["operationId"])].job
        assert job is not None
        job_id = str(args[job.id_field])
        timeout = float(args.get("timeoutSeconds", 600))
        started = time.monotonic()
        sent: list[asyncio.Task[None]] = []

        def polled(item: Any) -> None:
            data = item if isinstance(item, Mapping) else item.to_dict()
            message = f"{job_id}: {data.get(job.status_field)}"
            elapsed = min(time.monotonic() - started, timeout)
            sent.append(asyncio.ensure_future(progress(elapsed, timeout, message)))

        try:
            found = await await_job(
                self.backends.rawugc(),
                job_id,
                kind=str(tool.operation["operationId"]),
                timeout=timeout,
                min_interval=args.get("minIntervalSeconds"),
                max_interval=args.get("maxIntervalSeconds"),
                on_progress=polled,
            )
        except JobFailedError as exc:
            details = exc.job.to_dict() if hasattr(exc.job, "to_dict") else {"jobId": job_id}
            raise ToolFailure(str(exc), details, charged=True) from None
        except JobTimeoutError as exc:
            raise ToolFailure(
                str(exc), {"pending": exc.pending, "timeoutSeconds": timeout}, charged=True
            ) from None
        except Exception as exc:
            raise failure(exc) from None
        finally:
            await asyncio.gather(*sent, return_exceptions=True)
        return _result(found.to_dict(), self.scrub)

    async def _media(
        self, tool: Tool, args: dict[str, Any], progress: Progress
    ) -> types.CallToolResult:
        from volc_icp_client.models import Owner
        from volc_icp_client.types import UNSET

        from ..icp.client import aiter_media

        limit = int(args.get("maxItems", 100))
        found: list[dict[str, Any]] = []
        more = False
        icp = self.backends.icp()
        try:
            async for media in aiter_media(
                icp.client,
                Owner.from_dict(args["Owner"]),
                team_space_name=args.get("TeamSpaceName", UNSET),
                page_size=args.get("PageSize"),
                product_type=args.get("ProductType", UNSET),
            ):
                if len(found) == limit:
                    more = True
                    break
                found.append(media.to_dict())
                if len(found) % int(args.get("PageSize") or 20) == 0:
                    await progress(float(len(found)), float(limit), f"{len(found)} media")
        except Exception as exc:
            raise failure(exc, free=True) from None
        return _result({"MediaInfos": found, "Count": len(found), "More": more}, self.scrub)


def build_server(settings: Settings) -> tuple[Server[Any], Handler]:
    """The MCP server of ``settings`` and the handler behind its tools."""
    handler = Handler(settings)

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=handler.listing())

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        async def progress(done: float, total: float | None, message: str | None) -> None:
            try:
                await ctx.session.report_progress(done, total, message)
            except Exception:  # a client gone away must not fail the tool
                log.debug("progress notification not delivered", exc_info=True)

        return await handler.call(params.name, params.arguments or {}, progress)

    names = list(settings.apis)
    server: Server[Any] = Server(
        "mediaapis",
        version=_version(),
        title=f"mediaapis: {server_title(names)}",
        instructions=(
            "Every tool is one API operation, named by its operationId. Tools that spend "
            "credits, publish to social media or delete are refused unless the server was "
            "started to allow them; a refusal says which flag, the cost and the budget left."
        ),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
    return server, handler


def _version() -> str:
    from .. import __version__

    return __version__


async def serve_stdio(settings: Settings) -> None:
    """Serve one client on stdin/stdout until it disconnects."""
    from mcp.server.stdio import stdio_server

    server, handler = build_server(settings)
    try:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())
    finally:
        await handler.backends.aclose()


async def serve_http(settings: Settings, port: int, host: str = "127.0.0.1") -> None:
    """Serve streamable HTTP on ``http://127.0.0.1:<port>/mcp`` until interrupted."""
    import uvicorn

    server, handler = build_server(settings)
    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    log.warning("serving MCP on http://%s:%d/mcp", host, port)
    try:
        await uvicorn.Server(config).serve()
    finally:
        await handler.backends.aclose()
