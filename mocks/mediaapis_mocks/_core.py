"""What both mock servers share: the spec as router and validator, a clock, seeded ids, faults.

A mock is an ASGI app whose routes come from the same OpenAPI document the client is generated
from. Requests are validated against it (so a request the spec forbids is refused, naming the
field); in strict mode every response the mock sends is validated too, and a response that does
not conform raises instead of reaching the client.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

SPEC_URI = "urn:mediaapis:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


# --- time and ids --------------------------------------------------------------------------


class Clock:
    """Unix time in seconds. ``ManualClock`` for tests; this one follows the wall clock."""

    def now(self) -> float:
        return time.time()

    def advance(self, seconds: float) -> None:
        raise TypeError("the wall clock cannot be advanced; use ManualClock")


class ManualClock(Clock):
    """A clock that moves only when told: deterministic job lifecycles and rate windows."""

    def __init__(self, start: float = 1_772_755_200.0) -> None:  # 2026-03-06T00:00:00Z
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds


class Ids:
    """Deterministic ids from a seed: ``Ids(7).new("vid")`` -> ``vid_…`` (hex, 16 chars)."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)  # noqa: S311 - ids for a mock, not secrets

    def new(self, prefix: str = "", length: int = 16) -> str:
        value = f"{self._random.getrandbits(4 * length):0{length}x}"
        return f"{prefix}_{value}" if prefix else value

    def number(self, low: int, high: int) -> int:
        return self._random.randint(low, high)


# --- faults ---------------------------------------------------------------------------------


@dataclass
class Fault:
    """One injected failure. ``after=True`` lets the operation run first (its effects happen,
    the response is lost): the case that tells a safe retry from a double charge."""

    kind: str  # "status" | "delay" | "drop" | "malformed" | "truncated" | "rate_limit"
    status: int = 503
    seconds: float = 0.0
    times: int | None = 1  # None: every matching request
    after: bool = False


@dataclass
class Faults:
    """Faults switched on per operationId (``"*"`` for every route)."""

    _rules: dict[str, list[Fault]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, operation_id: str, fault: Fault) -> None:
        with self._lock:
            self._rules.setdefault(operation_id, []).append(fault)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, operation_id: str) -> Fault | None:
        """The next fault for this operation, counting it down."""
        with self._lock:
            for key in (operation_id, "*"):
                rules = self._rules.get(key, [])
                for fault in rules:
                    if fault.times is None:
                        return fault
                    if fault.times > 0:
                        fault.times -= 1
                        return fault
        return None


# --- the spec -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pointer: str  # JSON pointer of the operation in the document
    spec: Mapping[str, Any]


class FieldError(Exception):
    """Request validation failed; ``errors`` are ``(field, message)`` pairs."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in errors))
        self.errors = errors


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class SpecIndex:
    """Operations of an OpenAPI document with validators for their inputs and outputs."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
        )
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    op = item[method]
                    pointer = f"/paths/{_escape(path)}/{method}"
                    self.operations[op["operationId"]] = Operation(
                        op["operationId"], method.upper(), path, pointer, op
                    )
        self._validators: dict[str, Draft202012Validator] = {}
        self._routes = [
            (
                op,
                re.compile(
                    "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
                ),
            )
            for op in self.operations.values()
        ]

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at ``pointer`` (refs resolve against the whole document)."""
        found = self._validators.get(pointer)
        if found is None:
            found = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[pointer] = found
        return found

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a REST path (templated paths like ``/videos/{videoId}``)."""
        allowed = False
        for op, pattern in self._routes:
            found = pattern.match(path)
            if found:
                allowed = True
                if op.method == method:
                    return op, found.groupdict()
        if allowed:
            raise MethodNotAllowed(self.allowed_methods(path))
        return None

    def allowed_methods(self, path: str) -> list[str]:
        return sorted({op.method for op, pattern in self._routes if pattern.match(path)})

    # -- request validation --

    def parameters(self, op: Operation) -> list[tuple[int, Mapping[str, Any]]]:
        return [(i, self.resolve(p)) for i, p in enumerate(op.spec.get("parameters", []))]

    def validate_parameters(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
    ) -> dict[str, Any]:
        """Coerce and validate path, query and header parameters; return them by name."""
        values: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        for index, param in self.parameters(op):
            name, where = param["name"], param["in"]
            raw: Any
            if where == "path":
                raw = path_params.get(name)
            elif where == "query":
                listed = query.get(name)
                raw = listed[0] if listed else None
                if listed and self.resolve(param.get("schema", {})).get("type") == "array":
                    raw = listed
                elif listed and len(listed) > 1 and len(set(listed)) > 1:
                    errors.append((name, "is given more than once with different values"))
            elif where == "header":
                raw = headers.get(name.lower())
            else:
                continue
            if raw is None:
                if param.get("required"):
                    errors.append((name, f"is a required {where} parameter"))
                continue
            schema = self.resolve(param.get("schema", {}))
            value = coerce(raw, schema)
            pointer = f"{_pointer_of(op, 'parameters', index)}/schema"
            errors.extend((name, msg) for _, msg in self.errors(pointer, value))
            values[name] = value
        if errors:
            raise FieldError(errors)
        return values

    def body_schema_pointer(self, op: Operation, media_type: str) -> str | None:
        body = op.spec.get("requestBody")
        if body is None:
            return None
        if "$ref" in body:
            return None  # not used by these specs
        if media_type not in body.get("content", {}):
            return None
        return f"{op.pointer}/requestBody/content/{_escape(media_type)}/schema"

    def errors(self, pointer: str, instance: Any) -> list[tuple[str, str]]:
        """``(field, message)`` for every way ``instance`` violates the schema at ``pointer``."""
        found: list[tuple[str, str]] = []
        for error in self.validator(pointer).iter_errors(instance):
            found.extend(_field_errors(error))
        return sorted(set(found))


def _pointer_of(op: Operation, *parts: object) -> str:
    return op.pointer + "".join(f"/{_escape(str(p))}" for p in parts)


def _field_errors(error: ValidationError) -> Iterable[tuple[str, str]]:
    """Name the field of a jsonschema error (descending into if/then, allOf, oneOf...)."""
    if error.context:
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        if error.validator in ("allOf", "if", "then", "anyOf", "oneOf"):
            yield from _field_errors(deepest)
            return
    base = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        for name in missing or ["?"]:
            yield (f"{base}.{name}" if base else name, "is required")
        return
    if error.validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        for name in extra or ["?"]:
            yield (f"{base}.{name}" if base else name, "is not a known field")
        return
    yield (base or "body", error.message)


def coerce(raw: Any, schema: Mapping[str, Any]) -> Any:
    """Turn a query / path / header string into the JSON type its schema declares."""
    if isinstance(raw, list):
        items = schema.get("items", {})
        return [coerce(v, items) for v in raw]
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    try:
        if "integer" in kinds and re.fullmatch(r"-?\d+", raw):
            return int(raw)
        if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw):
            return float(raw)
        if "boolean" in kinds and raw in ("true", "false"):
            return raw == "true"
    except TypeError:
        return raw
    return raw


class MethodNotAllowed(Exception):
    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


# --- responses ------------------------------------------------------------------------------


class ResponseConformanceError(AssertionError):
    """A strict mock was about to send a response its spec does not allow."""


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def check_response(
    index: SpecIndex, op: Operation, status: int, media_type: str, payload: Any
) -> None:
    """Raise ``ResponseConformanceError`` unless the spec documents this status and body."""
    responses = op.spec["responses"]
    key = str(status) if str(status) in responses else "default" if "default" in responses else None
    if key is None:
        raise ResponseConformanceError(f"{op.operation_id}: status {status} is not documented")
    response = index.resolve(responses[key])
    content = response.get("content", {})
    if media_type not in content:
        raise ResponseConformanceError(f"{op.operation_id} {status}: {media_type} not documented")
    if "$ref" in responses[key]:
        pointer = responses[key]["$ref"].removeprefix("#")
    else:
        pointer = _pointer_of(op, "responses", key)
    problems = index.errors(f"{pointer}/content/{_escape(media_type)}/schema", payload)
    if problems:
        raise ResponseConformanceError(f"{op.operation_id} {status}: {problems}")


async def apply_fault(
    fault: Fault, response: Response, scope: Scope, receive: Receive, send: Send
) -> bool:
    """Send ``fault`` instead of or around ``response``; False: send the response as usual."""
    if fault.kind == "delay":
        await asyncio.sleep(fault.seconds)
        return False
    if fault.kind == "drop":
        # headers promise a body that never comes: the client sees the connection end early
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"', "more_body": True})
        raise ConnectionAbortedError("fault injection: connection dropped")
    if fault.kind == "malformed":
        body = b'{"ResponseMetadata": {"RequestId": <<not json>>'
    elif fault.kind == "truncated":
        body = bytes(response.body)[: max(1, len(response.body) // 2)]
    else:
        return False
    await Response(body, status_code=response.status_code, media_type="application/json")(
        scope, receive, send
    )
    return True


RequestHandler = Callable[[Request], Any]


# --- the app --------------------------------------------------------------------------------


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation: Operation
    params: dict[str, Any]  # path, query and header parameters by their spec names
    body: Any  # parsed JSON body (or form fields for multipart), None when there is none
    request: Request
    files: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """What a handler returns: a status, a JSON payload and extra headers."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


class MockApp:
    """Base ASGI app: spec routing and validation, strict responses, faults, one lock.

    Subclasses implement ``route`` (when the spec paths alone do not identify an operation),
    ``authenticate``, ``error`` (the API's own error shape) and one method per operationId in
    snake_case returning a ``Reply``.
    """

    def __init__(self, document: Mapping[str, Any], *, strict: bool = True) -> None:
        self.spec = SpecIndex(document)
        self.strict = strict
        self.faults = Faults()
        self.lock = threading.RLock()
        self.calls: dict[str, int] = {}

    # -- hooks --

    def route(self, request: Request) -> tuple[Operation, dict[str, str]] | None:
        return self.spec.match(request.method, request.url.path)

    def authenticate(self, call: Call) -> Reply | None:
        return None

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        errors: list[tuple[str, str]] | None = None,
    ) -> Reply:
        raise NotImplementedError

    def before(self, op: Operation, request: Request, body: bytes) -> Reply | None:
        """Checks that come before parameter validation (e.g. signatures, rate limits)."""
        return None

    def finish(self, call: Call | None, reply: Reply) -> Reply:
        """Last touch on every reply (e.g. rate-limit headers)."""
        return reply

    def fault_reply(self, op: Operation, fault: Fault) -> Reply | None:
        """The API's own reply for a ``status`` or ``rate_limit`` fault."""
        return None

    # -- ASGI --

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        request = Request(scope, receive)
        body = await request.body()
        try:
            found = self.route(request)
        except MethodNotAllowed as exc:
            reply = self.error(None, 405, f"method {request.method} not allowed")
            reply.headers["Allow"] = ", ".join(exc.allowed)
            await self._send(None, reply, scope, receive, send)
            return
        if found is None:
            await self._send(
                None,
                self.error(None, 404, f"no route for {request.url.path}"),
                scope,
                receive,
                send,
            )
            return
        op, path_params = found
        fault = self.faults.take(op.operation_id)
        if fault is not None and not fault.after:
            injected = self.fault_reply(op, fault)
            if injected is not None:
                await self._send(None, injected, scope, receive, send, op=op)
                return
            if await apply_fault(fault, Response(b"{}"), scope, receive, send):
                return
        with self.lock:
            reply, call = self._handle(op, path_params, request, body)
        if fault is not None and fault.after:
            injected = self.fault_reply(op, fault)
            if injected is not None:
                reply = injected
            else:
                rendered = self._render(reply)
                if await apply_fault(fault, rendered, scope, receive, send):
                    return
        await self._send(call, reply, scope, receive, send, op=op)

    def _handle(
        self, op: Operation, path_params: dict[str, str], request: Request, body: bytes
    ) -> tuple[Reply, Call | None]:
        self.calls[op.operation_id] = self.calls.get(op.operation_id, 0) + 1
        early = self.before(op, request, body)
        if early is not None:
            return early, None
        query: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            query.setdefault(key, []).append(value)
        try:
            params = self.spec.validate_parameters(op, path_params, query, request.headers)
        except FieldError as exc:
            return self.error(op, 400, "invalid parameters", exc.errors), None
        call = Call(op, params, None, request)
        denied = self.authenticate(call)
        if denied is not None:
            return denied, call
        parsed = self._body(op, request, body, call)
        if isinstance(parsed, Reply):
            return parsed, call
        handler = getattr(self, _snake(op.operation_id))
        return handler(call), call

    def _body(self, op: Operation, request: Request, body: bytes, call: Call) -> Reply | None:
        spec_body = op.spec.get("requestBody")
        if spec_body is None:
            return None
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not body and content_type != "multipart/form-data":
            if spec_body.get("required"):
                return self.error(op, 400, "request body is required", [("body", "is required")])
            return None
        if content_type == "multipart/form-data":
            return self.multipart(call, body)
        if content_type not in ("application/json", ""):
            return self.error(
                op,
                400,
                f"unsupported content type {content_type!r}",
                [("Content-Type", "must be application/json")],
            )
        try:
            call.body = json.loads(body)
        except ValueError:
            return self.error(op, 400, "request body is not valid JSON", [("body", "is not JSON")])
        pointer = self.spec.body_schema_pointer(op, "application/json")
        if pointer is not None:
            problems = self.spec.errors(pointer, call.body)
            if problems:
                return self.error(op, 400, "request body is invalid", problems)
        return None

    def multipart(self, call: Call, body: bytes) -> Reply | None:
        return self.error(call.operation, 400, "multipart bodies are not accepted here")

    def _render(self, reply: Reply) -> Response:
        if reply.payload is None and reply.status == 204:
            return Response(status_code=204, headers=reply.headers)
        return Response(
            json_bytes(reply.payload),
            status_code=reply.status,
            headers=reply.headers,
            media_type=reply.media_type,
        )

    async def _send(
        self,
        call: Call | None,
        reply: Reply,
        scope: Scope,
        receive: Receive,
        send: Send,
        op: Operation | None = None,
    ) -> None:
        reply = self.finish(call, reply)
        if self.strict and op is not None:
            check_response(self.spec, op, reply.status, reply.media_type, reply.payload)
        await self._render(reply)(scope, receive, send)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
