"""The MCP tools of a spec: one per operation, plus the job waiters and the ICP media pager.

Names are the operationIds, titles the summaries, descriptions the spec's descriptions with the
guards that apply appended; input schemas come from :mod:`.schema`; annotations from the method
and the vendor extensions (GET reads; ``x-idempotent``; DELETE, PUT and PATCH overwrite or
remove, so they are destructive). Nothing here imports the MCP SDK: tools are plain data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._spec import (
    iter_operations,
    load_spec,
    operation_parameters,
    operations_by_id,
)
from ..spec import Credits, Publishing, facts_of, operations
from .schema import inline, input_defaults, input_schema

IDEMPOTENCY_KEY = "idempotencyKey"  # the tool argument (not sent to the API)
DESTRUCTIVE_METHODS = frozenset({"delete", "put", "patch"})
MAX_MEDIA = 1000  # the most media one listAllMedia call returns


@dataclass(frozen=True)
class Api:
    """One API the server can serve: its name on the command line and its generated package."""

    name: str
    package: str
    base_url_env: str


APIS = {
    "rawugc": Api("rawugc", "rawugc_client", "RAWUGC_BASE_URL"),
    "icp": Api("icp", "volc_icp_client", "VOLC_ICP_BASE_URL"),
}


@dataclass(frozen=True)
class Tool:
    """One MCP tool: what it is called and takes, and what it runs.

    ``kind`` is ``operation`` (one spec operation: ``path``/``method``/``operation`` set),
    ``wait`` (poll the job a generate operation started; ``operation`` is the generate
    operation) or ``media`` (page through GetMediaList).
    """

    api: Api
    kind: str
    name: str
    title: str
    description: str
    input_schema: dict[str, Any]
    annotations: dict[str, Any]
    path: str = ""
    method: str = ""
    operation: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)
    """Arguments the spec requires with a default, filled in when a call leaves them out."""


def credits_note(operation: Mapping[str, Any]) -> str | None:
    """How the spec prices an operation, for its description (None: it spends nothing)."""
    credits = Credits.of(operation)
    if credits is None:
        return None
    if credits.field is not None:
        prices = ", ".join(f"{value}: {cost}" for value, cost in credits.prices.items())
        return f"Spends credits by `{credits.field}` ({prices})."
    if credits.cost is None:
        return "Spends credits; the spec states no price (settled from `creditsUsed`)."
    return f"Spends {credits.cost} credits."


def guard_notes(operation: Mapping[str, Any], method: str) -> list[str]:
    """The guards of this server that apply to an operation, in words."""
    notes = []
    priced = credits_note(operation)
    if priced:
        notes.append(
            f"{priced} Refused unless the server's credit budget (--max-credits) covers it."
        )
    publishing = Publishing.of(operation)
    if publishing is not None:
        when = publishing.field
        cond = f" when `{when}` is {' or '.join(publishing.values)}" if when else ""
        notes.append(f"Publishes to social media{cond}: refused unless --allow-publish.")
    if method == "delete":
        notes.append("Deletes: refused unless --allow-delete.")
    return notes


def tool_annotations(
    operation: Mapping[str, Any], method: str, title: str, *, idempotent: bool
) -> dict[str, Any]:
    """MCP tool annotations from the method, the vendor extensions and the operation's facts
    (``idempotent``: :attr:`mediaapis.spec.OperationFacts.idempotent`)."""
    read_only = method in ("get", "head") or operation.get("x-read-only") is True
    return {
        "title": title,
        "readOnlyHint": read_only,
        "destructiveHint": not read_only and method in DESTRUCTIVE_METHODS,
        "idempotentHint": read_only or idempotent,
        "openWorldHint": True,
    }


def operation_tool(api: Api, path: str, method: str, operation: Mapping[str, Any]) -> Tool:
    """The tool of one operation."""
    title = str(operation.get("summary") or operation["operationId"])
    text = [title, str(operation.get("description") or "").strip(), *guard_notes(operation, method)]
    schema = input_schema(api.package, path, operation)
    facts = facts_of(api.name, path, method, operation)
    if facts.spends_credits or facts.publishes:  # paid work: a key makes a repeat free
        schema.setdefault("properties", {})[IDEMPOTENCY_KEY] = {
            "type": "string",
            "minLength": 1,
            "description": "Optional. A repeat with the same key returns the first call's "
            "answer instead of spending or publishing again (kept by the server's ledger).",
        }
    return Tool(
        api=api,
        kind="operation",
        name=operation["operationId"],
        title=title,
        description="\n\n".join(part for part in text if part),
        input_schema=schema,
        annotations=tool_annotations(operation, method, title, idempotent=facts.idempotent),
        path=path,
        method=method,
        operation=operation,
        defaults=input_defaults(api.package, path, operation),
    )


def _seconds(value: float | None) -> float | int | None:
    """A poll interval as the spec wrote it (``5``, not ``5.0``)."""
    return int(value) if value is not None and value == int(value) else value


def wait_tool(api: Api, generate: Mapping[str, Any]) -> Tool:
    """``waitFor<Kind>``: poll the job ``generate`` starts until it ends, with progress."""
    job = operations(api.name)[generate["operationId"]].job
    assert job is not None
    poll_path, _, poll = operations_by_id(api.package)[job.poll_operation]
    id_field = job.id_field
    kind = id_field.removesuffix("Id")
    id_schema: dict[str, Any] = {"type": "string", "minLength": 1}
    for param in operation_parameters(api.package, poll_path, poll):
        if param["name"] == job.path_parameter:
            id_schema = inline(api.package, param.get("schema", id_schema))
    interval = {"min": _seconds(job.min_interval), "max": _seconds(job.max_interval)}
    title = f"Wait for a {kind} job to finish"
    completed, failed = sorted(job.completed), sorted(job.failed)
    description = (
        f"Polls `{job.poll_operation}` ({poll_path}) for the job `{generate['operationId']}` "
        f"started, until its `{job.status_field}` is one of {completed} (returns "
        f"the {kind}) or {failed} (a tool error with `{job.fail_fields[0]}` / "
        f"`{job.fail_fields[1]}`), or the deadline passes. Sends MCP progress notifications "
        f"with the status. Polls every {interval['min']}-{interval['max']} s with exponential "
        "backoff unless told otherwise; every poll is a rate-limited API request."
    )
    schema = {
        "type": "object",
        "required": [id_field],
        "additionalProperties": False,
        "properties": {
            id_field: {
                **id_schema,
                "description": f"The `{id_field}` `{generate['operationId']}` returned.",
            },
            "timeoutSeconds": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 3600,
                "default": 600,
                "description": "Deadline: after this long, a tool error naming the last status.",
            },
            "minIntervalSeconds": {
                "type": "number",
                "exclusiveMinimum": 0,
                "description": f"Shortest wait between polls (default {interval['min']}).",
            },
            "maxIntervalSeconds": {
                "type": "number",
                "exclusiveMinimum": 0,
                "description": f"Longest wait between polls (default {interval['max']}).",
            },
        },
    }
    hints = tool_annotations(poll, "get", title, idempotent=True)  # a wait only reads
    return Tool(
        api,
        "wait",
        f"waitFor{kind[:1].upper()}{kind[1:]}",
        title,
        description,
        schema,
        hints,
        operation=generate,
    )


def media_tool(api: Api) -> Tool:
    """``listAllMedia``: GetMediaList page after page, up to a number of media."""
    path, method, operation = operations_by_id(api.package)["getMediaList"]
    body = input_schema(api.package, path, operation)
    wanted = ("Owner", "TeamSpaceName", "PageSize", "ProductType")
    properties = {name: body["properties"][name] for name in wanted if name in body["properties"]}
    properties["maxItems"] = {
        "type": "integer",
        "minimum": 1,
        "maximum": MAX_MEDIA,
        "default": 100,
        "description": "Stop after this many media (the result says whether more were left).",
    }
    title = "List all media of a user or team space"
    description = (
        "Pages through `getMediaList` (GetMediaList) from page 0 until the last page or "
        "`maxItems` media, and returns them as `MediaInfos`. Only finished films (MediaType 3) "
        "are served. Sends MCP progress notifications per page."
    )
    schema = {
        "type": "object",
        "required": ["Owner"],
        "additionalProperties": False,
        "properties": properties,
    }
    read = facts_of(api.name, path, method, operation).idempotent
    hints = {**tool_annotations(operation, method, title, idempotent=read), "readOnlyHint": True}
    return Tool(
        api, "media", "listAllMedia", title, description, schema, hints, path, method, operation
    )


def tools_for(names: list[str]) -> list[Tool]:
    """Every tool of the chosen APIs (``rawugc``, ``icp``), in spec order."""
    tools: list[Tool] = []
    for name in names:
        api = APIS[name]
        for path, method, operation in iter_operations(api.package):
            tools.append(operation_tool(api, path, method, operation))
        for _, _, operation in iter_operations(api.package):
            if operations(api.name)[operation["operationId"]].job is not None:
                tools.append(wait_tool(api, operation))
        if "getMediaList" in operations_by_id(api.package):
            tools.append(media_tool(api))
    seen: dict[str, Tool] = {}
    for tool in tools:
        if tool.name in seen:
            raise ValueError(
                f"two tools are called {tool.name} ({seen[tool.name].api.name}, {tool.api.name})"
            )
        seen[tool.name] = tool
    return tools


def server_title(names: list[str]) -> str:
    """The specs' titles, for the server's description."""
    return " + ".join(str(load_spec(APIS[name].package)["info"]["title"]) for name in names)
