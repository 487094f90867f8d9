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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from python_multipart.multipart import MultipartParser, parse_options_header
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from mediaapis._spec import Spec, module_name
from mediaapis.spec import OperationFacts, facts_of

# re-exported: the mocks and their tests import these from here too
from ._calls import Calls
from ._clock import Clock as Clock
from ._clock import ManualClock as ManualClock
from ._faults import FAULT_KINDS as FAULT_KINDS
from ._faults import Fault as Fault
from ._faults import FaultKind as FaultKind
from ._faults import Faults as Faults

SPEC_URI = "urn:mediaapis:spec"

# JSON Schema's formats as jsonschema checks them, plus what it leaves unchecked without optional
# packages: OpenAPI's integer formats (`int64` bounds a value to a signed 64-bit integer) and
# `uri` / `uri-reference` (RFC 3986 characters; a `uri` needs a scheme). Unchecked, "" passed as
# a URI and 2**63 as an int64.
FORMATS = FormatChecker(formats=list(Draft202012Validator.FORMAT_CHECKER.checkers))
_URI_CHARS = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+.\-]*:{_URI_CHARS}")
_URI_REFERENCE = re.compile(_URI_CHARS)


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or _URI.fullmatch(value) is not None


@FORMATS.checks("uri-reference")
def _is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or _URI_REFERENCE.fullmatch(value) is not None


@FORMATS.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


# --- ids ------------------------------------------------------------------------------------


class Ids:
    """Deterministic ids from a seed: ``Ids(7).new("vid")`` -> ``vid_…`` (hex, 16 chars)."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)  # noqa: S311 - ids for a mock, not secrets

    def new(self, prefix: str = "", length: int = 16) -> str:
        value = f"{self._random.getrandbits(4 * length):0{length}x}"
        return f"{prefix}_{value}" if prefix else value

    def number(self, low: int, high: int) -> int:
        return self._random.randint(low, high)


# --- the spec -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation: where it is in the document, its entry, and its facts (the clients'
    one model, ``mediaapis.spec``: its id, method and path included)."""

    pointer: str  # JSON pointer of the operation in the document
    spec: Mapping[str, Any]
    facts: OperationFacts

    @property
    def operation_id(self) -> str:
        return self.facts.operation_id

    @property
    def method(self) -> str:
        return self.facts.method

    @property
    def path(self) -> str:
        return self.facts.path


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
        self.index = Spec(document)  # the one spec reader (operations, $ref resolution)
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
        )
        self.operations: dict[str, Operation] = {}
        for path, method, op in self.index.operations():
            pointer = f"/paths/{_escape(path)}/{method}"
            facts = facts_of("", path, method, op, document=self.index)
            self.operations[op["operationId"]] = Operation(pointer, op, facts)
        self._validators: dict[str, Draft202012Validator] = {}
        # the path part of each server URL ("/api/v1"): requests are served with and without it
        self.base_paths = sorted(
            {
                urlsplit(server.get("url", "")).path.rstrip("/")
                for server in document.get("servers", [])
            }
            - {""},
            key=len,
            reverse=True,
        )
        self._routes = [
            (
                op,
                re.compile(
                    "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
                ),
            )
            # concrete paths before templated ones: OpenAPI matches ``/videos/generate`` before
            # ``/videos/{videoId}``, so the first path that matches owns the request
            for op in sorted(self.operations.values(), key=lambda op: op.path.count("{"))
        ]

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """``node`` with its ``$ref`` chain followed (local references only)."""
        resolved: Mapping[str, Any] = self.index.resolve(node)
        return resolved

    def _target(self, pointer: str) -> Mapping[str, Any]:
        target: Mapping[str, Any] = self.index.pointer(pointer)
        return target

    def validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at ``pointer`` (refs resolve against the whole document)."""
        found = self._validators.get(pointer)
        if found is None:
            found = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self.registry,
                format_checker=FORMATS,
            )
            self._validators[pointer] = found
        return found

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a REST path (templated paths like ``/videos/{videoId}``).

        A concrete path wins over a templated one, as in OpenAPI, but only for the methods it
        has: ``POST /videos/generate`` is ``generateVideo``, ``GET /videos/generate`` is
        ``getVideo`` of the id ``generate`` (then 404). None when no path matches; 405
        (``MethodNotAllowed``) when paths match but none has the method.
        """
        matched = False
        for op, pattern in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            matched = True
            if op.method == method:
                return op, found.groupdict()
        if not matched:
            return None
        raise MethodNotAllowed(self.allowed_methods(path))

    def allowed_methods(self, path: str) -> list[str]:
        """The methods of the spec path that owns ``path`` (a concrete path before a templated
        one), as ``Allow`` lists them: ``/videos/generate`` documents POST only, so that is
        what a 405 there advertises, although GET reaches ``getVideo``."""
        owner = next((op.path for op, pattern in self._routes if pattern.match(path)), None)
        return sorted({op.method for op, _ in self._routes if op.path == owner})

    def local_path(self, path: str) -> str:
        """``path`` without the path of the spec's server URL (``/api/v1/videos`` ->
        ``/videos`` for ``https://rawugc.com/api/v1``); other paths as they are."""
        for base in self.base_paths:
            if path == base or path.startswith(base + "/"):
                return path[len(base) :] or "/"
        return path

    # -- request validation --

    def parameters(self, op: Operation) -> list[tuple[str, Mapping[str, Any]]]:
        """The operation's parameters, path-item ones included (the operation's own win), each
        with the JSON pointer of its definition (``$ref`` followed)."""
        item_pointer = op.pointer.rsplit("/", 1)[0]
        item = self.document["paths"][op.path]
        found: dict[tuple[str, str], tuple[str, Mapping[str, Any]]] = {}
        for base, params in (
            (item_pointer, item.get("parameters", [])),
            (op.pointer, op.spec.get("parameters", [])),
        ):
            for index, param in enumerate(params):
                pointer, node = f"{base}/parameters/{index}", param
                while "$ref" in node:
                    pointer = node["$ref"].removeprefix("#")
                    node = self._target(pointer)
                found[(node["name"], node["in"])] = (pointer, node)
        return list(found.values())

    def parameter_defaults(self, op: Operation) -> dict[str, Any]:
        """The spec's ``default`` of each parameter that has one, by name."""
        found = {p["name"]: self.resolve(p.get("schema", {})) for _, p in self.parameters(op)}
        return {name: schema["default"] for name, schema in found.items() if "default" in schema}

    def body_defaults(self, op: Operation, media_type: str = "application/json") -> dict[str, Any]:
        """The ``default`` of each top-level property of the request body schema."""
        content = op.spec.get("requestBody", {}).get("content", {}).get(media_type)
        if content is None:
            return {}
        properties = self.resolve(content["schema"]).get("properties", {})
        resolved = {name: self.resolve(prop) for name, prop in properties.items()}
        return {name: prop["default"] for name, prop in resolved.items() if "default" in prop}

    def body_media_types(self, op: Operation) -> list[str]:
        """Media types the operation's request body may have (empty: it takes none)."""
        return list(op.spec.get("requestBody", {}).get("content", {}))

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
        for pointer, param in self.parameters(op):
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
            errors.extend((name, msg) for _, msg in self.errors(f"{pointer}/schema", value))
            values[name] = value
        if errors:
            raise FieldError(errors)
        return values

    def body_schema_pointer(self, op: Operation, media_type: str) -> str | None:
        """JSON pointer of the request body schema for ``media_type``, if any."""
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
            refused = self._refused_property(pointer, error, instance)
            condition = self._condition(pointer, error, instance)
            found.extend((name, why + condition) for name, why in _field_errors(error, refused))
        return sorted(set(found))

    def _trail(self, pointer: str, error: ValidationError) -> list[Any]:
        """The schema nodes along ``error``'s schema path (``$ref`` followed at each step)."""
        node: Any = self.index.resolve(self._target(pointer))
        trail = [node]
        for part in error.absolute_schema_path:
            node = _walk(self.index.resolve(node), [part])
            trail.append(node)
            if node is None:
                break
        return trail

    def _refused_property(self, pointer: str, error: ValidationError, instance: Any) -> str | None:
        """For a ``false`` property schema (a field not allowed, say with this model): the
        property's name (jsonschema reports the path of the object, not of the property)."""
        if error.validator is not None:
            return None
        properties = self._trail(pointer, error)[-1]
        target = _walk(instance, list(error.absolute_path))
        if not isinstance(properties, Mapping) or not isinstance(target, Mapping):
            return None
        names = [name for name, sub in properties.items() if sub is False and name in target]
        return next((name for name in names if _same(target[name], error.instance)), None)

    def _condition(self, pointer: str, error: ValidationError, instance: Any) -> str:
        """`` with model 'veo3'`` when the broken rule is the ``then`` of an ``if`` that pins
        fields to values (a per-model rule): the message names the values that chose it."""
        path = list(error.absolute_schema_path)
        if "then" not in path:
            return ""
        at = len(path) - 1 - path[::-1].index("then")
        holder = self._trail(pointer, error)[at]
        condition = self.index.resolve(holder.get("if", {})) if isinstance(holder, Mapping) else {}
        steps = sum(1 for part in path[:at] if part in _INSTANCE_STEPS)
        target = _walk(instance, list(error.absolute_path)[:steps])
        if not isinstance(target, Mapping):
            return ""
        pinned = [
            f"{name} {target[name]!r}"
            for name, sub in condition.get("properties", {}).items()
            if name in target and isinstance(sub, Mapping) and ("const" in sub or "enum" in sub)
        ]
        return f" with {' and '.join(pinned)}" if pinned else ""


# schema keywords whose next step descends one level into the instance
_INSTANCE_STEPS = frozenset({"properties", "patternProperties", "additionalProperties", "items"})


def _walk(instance: Any, path: list[Any]) -> Any:
    """The part of ``instance`` at ``path`` (None when it is not there)."""
    for part in path:
        try:
            instance = instance[part]
        except (KeyError, IndexError, TypeError):
            return None
    return instance


def _same(a: Any, b: Any) -> bool:
    return bool(a == b and type(a) is type(b))


def _pointer_of(op: Operation, *parts: object) -> str:
    return op.pointer + "".join(f"/{_escape(str(p))}" for p in parts)


def _field_errors(error: ValidationError, refused: str | None = None) -> Iterable[tuple[str, str]]:
    """Name the field of a jsonschema error (descending into if/then, allOf, oneOf...);
    ``refused`` names the property a ``false`` schema refused."""
    if error.context:
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        if error.validator in ("allOf", "if", "then", "anyOf", "oneOf"):
            yield from _field_errors(deepest)
            return
    base = ".".join(str(p) for p in error.absolute_path)
    if refused is not None:
        yield (f"{base}.{refused}" if base else refused, "is not allowed")
        return
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
    yield (base or "body", _shorten(error))


def _shorten(error: ValidationError) -> str:
    """jsonschema's message with a long offending value cut (a 5001-char prompt, say); a
    string's length bound says the length."""
    if error.validator in ("maxLength", "minLength") and isinstance(error.instance, str):
        most = error.validator == "maxLength"
        bound = f"at {'most' if most else 'least'} {error.validator_value} allowed"
        return f"is {len(error.instance)} characters; {bound}"
    shown = repr(error.instance)
    if len(shown) <= 60:
        return error.message
    return error.message.replace(shown, f"{shown[:40]}… ({len(shown)} chars)")


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
    if payload is None and not content:
        return
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


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart body."""

    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, Any]]:
    """Split a ``multipart/form-data`` body into text fields and ``UploadedFile`` parts.

    Raises ``ValueError`` when the body is not well-formed multipart.
    """
    boundary = parse_options_header(content_type)[1].get(b"boundary")
    if not boundary:
        raise ValueError("the Content-Type has no multipart boundary")
    parts: list[tuple[dict[bytes, bytes], bytearray]] = []
    header: list[bytes] = [b"", b""]
    ended: list[bool] = []

    def on_part_begin() -> None:
        parts.append(({}, bytearray()))

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header[0] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header[1] += data[start:end]

    def on_header_end() -> None:
        parts[-1][0][header[0].lower()] = header[1]
        header[:] = [b"", b""]

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1][1].extend(data[start:end])

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_end": lambda: ended.append(True),
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except Exception as exc:  # python-multipart raises its own error types
        raise ValueError(f"malformed multipart body: {exc}") from exc
    if not ended:
        raise ValueError("malformed multipart body: no closing boundary")
    fields: dict[str, str] = {}
    files: dict[str, Any] = {}
    for headers, data in parts:
        options = parse_options_header(headers.get(b"content-disposition", b""))[1]
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in options or b"content-type" in headers:
            filename = options.get(b"filename")
            part_type = headers.get(b"content-type")
            files[name] = UploadedFile(
                filename.decode("utf-8", "replace") if filename is not None else None,
                part_type.decode("latin-1").strip() if part_type is not None else None,
                bytes(data),
            )
        else:
            fields[name] = data.decode("utf-8", "replace")
    return fields, files


def route_path(request: Request) -> str:
    """The request path below the app's mount point (``root_path``), as the spec writes it."""
    path: str = request.scope["path"]
    root: str = request.scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] in ("", "/"):
        return path[len(root) :] or "/"
    return path


# --- the app --------------------------------------------------------------------------------


@dataclass
class Call:
    """One request to an operation, as the hooks and handlers see it.

    Handlers get it validated. ``finish`` gets it for every routed request, also when the
    request was refused early (then ``params`` may be partial and ``body`` None).
    """

    operation: Operation
    params: dict[str, Any]  # path, query and header parameters by their spec names
    body: Any  # parsed JSON body (or form fields for multipart), None when there is none
    request: Request
    files: dict[str, Any] = field(default_factory=dict)  # multipart: name -> UploadedFile


@dataclass
class Reply:
    """What a handler returns: a status, a JSON payload and extra headers."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


class Refused(Exception):
    """Raised by a hook or handler to answer with ``reply`` at once (an error, usually)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(f"{reply.status}")
        self.reply = reply


class MockApp:
    """Base ASGI app: spec routing and validation, strict responses, faults, one lock.

    Subclasses implement ``route`` (when the spec paths alone do not identify an operation),
    ``authenticate``, ``error`` (the API's own error shape) and one method per operationId in
    snake_case returning a ``Reply`` (or raising ``Refused``). Order per request: route,
    fault (before), ``before``, ``authenticate`` (``call.params`` still empty), parameter
    validation, body validation, handler, fault (after), ``finish``, ``response_headers``,
    strict response check.
    """

    package = ""  # the generated package of the spec: its function names name the handlers

    def __init__(self, document: Mapping[str, Any], *, strict: bool = True) -> None:
        self.spec = SpecIndex(document)
        self.strict = strict
        self.faults = Faults(self.spec.operations)
        self.lock = threading.RLock()
        self.calls = Calls({op_id: op.spec for op_id, op in self.spec.operations.items()})
        """Requests routed to each operation: ``calls["getVideo"]`` (0 when never called)."""

    def handler_name(self, operation_id: str) -> str:
        """The method handling an operation: the generator's name of its function
        (``getVideo`` -> ``get_video``), read from the generated names table of ``package``
        (a mock of another document overrides this)."""
        if not self.package:
            raise NotImplementedError(f"{type(self).__name__}: set package or handler_name")
        return module_name(self.package, operation_id).rsplit(".", 1)[1]

    # -- hooks --

    def route(self, request: Request) -> tuple[Operation, dict[str, str]] | None:
        """The operation and path parameters of a request; None when no path matches."""
        return self.spec.match(request.method, self.spec.local_path(route_path(request)))

    def authenticate(self, call: Call) -> Reply | None:
        """A refusal (401/403), or None; runs before the parameters are validated, so a request
        without valid credentials learns nothing about its parameters."""
        return None

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        errors: list[tuple[str, str]] | None = None,
    ) -> Reply:
        """The API's own error reply; ``errors`` are ``(field, message)`` pairs."""
        raise NotImplementedError

    def before(self, op: Operation, request: Request, body: bytes) -> Reply | None:
        """Checks that come before parameter validation (e.g. signatures, rate limits)."""
        return None

    def finish(self, call: Call | None, reply: Reply) -> Reply:
        """Last touch on every reply; ``call`` is None only when no operation matched."""
        return reply

    def response_headers(self, request: Request) -> dict[str, str]:
        """Headers every response carries, routed or not (e.g. rate-limit state).

        A reply's own headers win over these.
        """
        return {}

    def fault_reply(self, op: Operation, fault: Fault) -> Reply | None:
        """The API's own reply for a ``status`` or ``rate_limit`` fault (``error`` by default)."""
        if fault.kind == "status":
            return self.error(op, fault.status, f"injected fault: status {fault.status}")
        if fault.kind == "rate_limit":
            return self.error(op, 429, "injected fault: rate limit exceeded")
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
            await self._send(request, None, reply, scope, receive, send)
            return
        if found is None:
            reply = self.error(None, 404, f"no route for {request.url.path}")
            await self._send(request, None, reply, scope, receive, send)
            return
        op, path_params = found
        call = Call(op, {}, None, request)
        fault = self.faults.take(op.operation_id)
        if fault is not None and not fault.after:
            injected = self.fault_reply(op, fault)
            if injected is not None:  # not checked: faults stand for what the API may not say
                await self._send(request, call, injected, scope, receive, send)
                return
            if await apply_fault(fault, Response(b"{}"), scope, receive, send):
                return
        with self.lock:
            reply = self._handle(call, path_params, body)
        check = True
        if fault is not None and fault.after:
            injected = self.fault_reply(op, fault)
            if injected is not None:
                reply, check = injected, False
            else:
                rendered = self._render(reply)
                if await apply_fault(fault, rendered, scope, receive, send):
                    return
        await self._send(request, call, reply, scope, receive, send, op=op if check else None)

    def _handle(self, call: Call, path_params: dict[str, str], body: bytes) -> Reply:
        """Run the hooks and the handler of one routed request (under the lock)."""
        op, request = call.operation, call.request
        self.calls.record(op.operation_id)
        try:
            early = self.before(op, request, body)
            if early is not None:
                return early
            denied = self.authenticate(call)  # credentials first: no 400 to a stranger
            if denied is not None:
                return denied
            query: dict[str, list[str]] = {}
            for key, value in request.query_params.multi_items():
                query.setdefault(key, []).append(value)
            try:
                call.params = self.spec.validate_parameters(op, path_params, query, request.headers)
            except FieldError as exc:
                return self.error(op, 400, "invalid parameters", exc.errors)
            parsed = self._body(op, request, body, call)
            if parsed is not None:
                return parsed
            reply: Reply = getattr(self, self.handler_name(op.operation_id))(call)
            return reply
        except Refused as refused:
            return refused.reply

    def _body(self, op: Operation, request: Request, body: bytes, call: Call) -> Reply | None:
        """Parse and validate the request body into ``call``; a refusal, or None."""
        accepted = self.spec.body_media_types(op)
        if not accepted:
            return None
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not body and content_type != "multipart/form-data":
            if op.spec["requestBody"].get("required"):
                return self.error(op, 400, "request body is required", [("body", "is required")])
            return None
        media_type = content_type or "application/json"
        if media_type not in accepted:
            return self.error(
                op,
                400,
                f"unsupported content type {content_type!r}",
                [("Content-Type", f"must be {' or '.join(accepted)}")],
            )
        if media_type == "multipart/form-data":
            return self.multipart(call, body)
        try:
            call.body = json.loads(body, parse_float=_json_number)
        except ValueError:
            return self.error(op, 400, "request body is not valid JSON", [("body", "is not JSON")])
        pointer = self.spec.body_schema_pointer(op, media_type)
        if pointer is not None:
            problems = self.spec.errors(pointer, call.body)
            if problems:
                return self.error(op, 400, "request body is invalid", problems)
        return None

    def multipart(self, call: Call, body: bytes) -> Reply | None:
        """Parse a multipart body into ``call.body`` (text fields) and ``call.files``.

        The part names are validated against the spec's schema (files count as strings).
        """
        op = call.operation
        try:
            fields, files = parse_multipart(call.request.headers["content-type"], body)
        except ValueError as exc:
            return self.error(op, 400, "request body is invalid", [("body", str(exc))])
        call.body, call.files = fields, files
        pointer = self.spec.body_schema_pointer(op, "multipart/form-data")
        if pointer is not None:
            problems = self.spec.errors(pointer, {**fields, **{name: "" for name in files}})
            if problems:
                return self.error(op, 400, "request body is invalid", problems)
        return None

    def _render(self, reply: Reply) -> Response:
        """A ``Reply`` as a Starlette response."""
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
        request: Request,
        call: Call | None,
        reply: Reply,
        scope: Scope,
        receive: Receive,
        send: Send,
        op: Operation | None = None,
    ) -> None:
        """Finish and send ``reply``; checked against the spec of ``op`` when strict."""
        reply = self.finish(call, reply)
        for name, value in self.response_headers(request).items():
            if name.lower() not in {key.lower() for key in reply.headers}:
                reply.headers[name] = value
        if self.strict and op is not None:
            check_response(self.spec, op, reply.status, reply.media_type, reply.payload)
        await self._render(reply)(scope, receive, send)


def _json_number(text: str) -> float | int:
    """A JSON number with a fraction: ``2.0`` is the integer 2 (JSON Schema: same number)."""
    value = float(text)
    return int(value) if value.is_integer() else value
