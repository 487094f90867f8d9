"""Requests the spec says the API will refuse, refused before they are sent (no request, no cost).

The typed methods call :func:`check_request` before sending: the arguments are checked against the
operation's parameter schemas and request body schema in the spec the generated package ships
(``openapi.json``): required fields, lengths, ranges, enums, the per-model rules (``if``/``then``
on ``model``), and ``x-rawugc-future`` (a time that must lie ahead, read on the client's clock). A
request that breaks one raises :class:`RequestValidationError` naming the field as the caller
typed it (``aspect_ratio``) and on the wire (``aspectRatio``), and the model when a per-model
rule chose the check. Nothing is restated here: the checks are the spec's, read by a small
interpreter of the JSON Schema keywords the specs use (:data:`KEYWORDS`; the test suite checks
that the specs use no other, so a new keyword cannot be skipped silently). The mocks validate
the same requests with ``jsonschema``; a property-based test keeps the two in agreement.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, Protocol

from ._errors import MediaAPIError


class Operation(Protocol):
    """What the check reads of a typed method's endpoint (``_resource.Endpoint``)."""

    @property
    def operation_id(self) -> str: ...

    @property
    def module(self) -> ModuleType: ...


# keywords that validate (interpreted below) and keywords that only annotate (ignored)
KEYWORDS = frozenset(
    {
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties",
        "minProperties", "maxProperties", "items", "minItems", "maxItems", "uniqueItems",
        "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "allOf", "anyOf", "oneOf", "not", "if", "then",
        "else", "x-rawugc-future",
    }
)  # fmt: skip
ANNOTATIONS = frozenset(
    {
        "description", "title", "default", "example", "examples", "deprecated", "readOnly",
        "writeOnly", "nullable", "discriminator", "externalDocs", "xml", "contentMediaType",
        "contentEncoding", "$comment",
    }
)  # fmt: skip
FUTURE = "x-rawugc-future"
_UNITS = {"milliseconds": 1000.0, "seconds": 1.0}
# `format`s checked as the mocks check them (RFC 3986 characters; OpenAPI's integer formats)
_URI_CHARS = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
_FORMATS: dict[str, Callable[[Any], bool]] = {
    "uri": lambda v: re.fullmatch(rf"[A-Za-z][A-Za-z0-9+.\-]*:{_URI_CHARS}", v) is not None,
    "uri-reference": lambda v: re.fullmatch(_URI_CHARS, v) is not None,
    "int32": lambda v: -(2**31) <= v < 2**31,
    "int64": lambda v: -(2**63) <= v < 2**63,
}
_FORMAT_TYPES = {"uri": str, "uri-reference": str, "int32": int, "int64": int}


@dataclass(frozen=True)
class FieldProblem:
    """One way a request breaks its operation's spec.

    ``field`` is the Python name as the caller typed it (``image_urls[0]``), ``wire`` the name
    the API uses (``imageUrls.0``); ``message`` says what is wrong (after the field name);
    ``condition`` holds the values that chose a per-model rule (``{"model": "veo3"}``).
    """

    field: str
    wire: str
    message: str
    condition: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        """``aspect_ratio (aspectRatio) '9:16' is not allowed ...``: the wire name only when it
        differs."""
        same = re.sub(r"\[(\d+)\]", r".\1", self.field) == self.wire
        return f"{self.field if same else f'{self.field} ({self.wire})'} {self.message}"


class RequestValidationError(MediaAPIError, ValueError):
    """A request the spec says the API would refuse; it was not sent (no request, no credits).

    ``problems`` lists every :class:`FieldProblem`; ``field``, ``wire_field`` and ``model`` are
    those of the first (``model``: the model a per-model rule was chosen by, else None).
    """

    def __init__(self, problems: Sequence[FieldProblem], *, operation: str) -> None:
        self.problems = tuple(problems)
        self.operation = operation
        first = self.problems[0]
        self.field, self.wire_field = first.field, first.wire
        model = first.condition.get("model")
        self.model: str | None = None if model is None else str(model)
        shown = "; ".join(map(str, self.problems))
        super().__init__(f"{shown} ({operation} not sent)")


def check_request(endpoint: Operation, arguments: Mapping[str, Any], client: object = None) -> None:
    """Raise :class:`RequestValidationError` when the spec says ``arguments`` will be refused.

    ``client`` is the API client: its ``_clock`` (Unix seconds), when it has one, dates the
    ``x-rawugc-future`` checks (a test client on a mock's manual clock), else the wall clock.
    """
    plan = _plan(endpoint.module.__name__.split(".", 1)[0], endpoint.operation_id)
    if plan.empty:
        return
    checker: _Checker | None = None
    for argument, wire, schema, passes in plan.parameters:
        value = arguments.get(argument)
        if value is None or isinstance(value, plan.unset) or (passes is not None and passes(value)):
            continue  # the hot path (``videos.list()``): a few comparisons, nothing built
        checker = checker or _Checker(plan.package, client)
        checker.check(schema, value, _Where((wire,), argument=argument))
    body = arguments.get("body")
    if plan.body is not None and body is not None and not isinstance(body, plan.unset):
        payload = body.to_dict() if hasattr(body, "to_dict") else body
        checker = checker or _Checker(plan.package, client)
        checker.check(plan.body, payload, _Where(model=body))
    if checker is not None and checker.problems:
        raise RequestValidationError(checker.problems, operation=endpoint.operation_id)


@dataclass(frozen=True)
class _Plan:
    """What one operation's arguments are checked against."""

    package: str
    # (argument, wire name, schema, a fast "passes" test of a simple schema or None)
    parameters: tuple[tuple[str, str, Any, Callable[[Any], bool] | None], ...]
    body: Any  # the JSON request body schema, or None
    unset: type

    @property
    def empty(self) -> bool:
        return not self.parameters and self.body is None


@functools.cache
def _plan(package: str, operation_id: str) -> _Plan:
    """The schemas of an operation's arguments (read from the spec once per process)."""
    from . import _spec

    index = _spec.spec(package)
    path, _, operation = index.by_id[operation_id]
    names: Mapping[str, str] = _spec._names(package).PARAMETERS.get(operation_id, {})
    parameters = tuple(
        (names[param["name"]], param["name"], param["schema"], _passes(index, param["schema"]))
        for param in index.parameters(path, operation)
        if "schema" in param and param["name"] in names
    )
    content = index.resolve(operation.get("requestBody", {})).get("content", {})
    body = content.get("application/json", {}).get("schema")
    unset = importlib.import_module(f"{package}.types").Unset
    return _Plan(package, parameters, body, unset)


# keywords a fast test covers: a parameter's usual scalar schema
_SIMPLE = ANNOTATIONS | {"type", "enum", "minimum", "maximum", "minLength", "maxLength"}
_SCALARS: dict[str, Callable[[Any], bool]] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
}


def _passes(index: Any, schema: Any) -> Callable[[Any], bool] | None:
    """A fast test that a value passes a simple scalar schema (True only when the full check
    would find nothing); None when the schema is not that simple (the full check then runs)."""
    while (
        isinstance(schema, Mapping) and set(schema) <= {"$ref", *ANNOTATIONS} and "$ref" in schema
    ):
        schema = index.pointer(schema["$ref"])
    if not isinstance(schema, Mapping) or not set(schema) <= _SIMPLE:
        return None
    kind = schema.get("type")
    if kind not in _SCALARS:
        return None
    is_kind = _SCALARS[kind]
    enum = schema.get("enum")
    low, high = schema.get("minimum"), schema.get("maximum")
    shortest, longest = schema.get("minLength", 0), schema.get("maxLength")

    def passes(value: Any) -> bool:
        if not is_kind(value) or (enum is not None and value not in enum):
            return False
        if kind == "integer":
            return (low is None or value >= low) and (high is None or value <= high)
        if kind == "string":
            return len(value) >= shortest and (longest is None or len(value) <= longest)
        return True

    return passes


@dataclass(frozen=True)
class _Where:
    """Where a value sits: its wire path from the body (or from a parameter, ``argument``),
    and the generated model at the root, through which the Python names are found, only when a
    problem is reported (the walk costs nothing while every value passes)."""

    path: tuple[str | int, ...] = ()
    model: Any = None
    argument: str | None = None

    def child(self, key: str | int) -> _Where:
        """The location of a property (``str``) or an item (``int``) of this value."""
        return _Where((*self.path, key), self.model, self.argument)

    def names(self, package: str) -> tuple[str, str]:
        """``(python, wire)``: ``image_urls[0]`` and ``imageUrls.0``; ``body`` at the top."""
        wire = ".".join(map(str, self.path)) or "body"
        parts, model = ([self.argument], None) if self.argument else ([], self.model)
        for key in self.path[1:] if self.argument else self.path:
            if isinstance(key, int):
                parts.append(f"[{key}]")
                model = model[key] if isinstance(model, list) and key < len(model) else None
                continue
            attribute = _attribute(package, model, key)
            parts.append(attribute or key)
            model = getattr(model, attribute, None) if attribute is not None else None
        python = "".join(p if p.startswith("[") else f".{p}" for p in parts).lstrip(".")
        return python or "body", wire


def _attribute(package: str, model: Any, key: str) -> str | None:
    """The attribute of a generated model holding spec property ``key`` (None if unknown)."""
    if model is None or not hasattr(model, "to_dict"):
        return None
    from . import _spec

    try:
        return _spec.attribute(package, model, key)
    except KeyError:
        return None


class _Checker:
    """Walks one value against one schema, collecting :class:`FieldProblem` s."""

    def __init__(self, package: str, client: object) -> None:
        from . import _spec

        self.package, self.client = package, client
        self.index = _spec.spec(package)
        self.problems: list[FieldProblem] = []

    def check(self, schema: Any, value: Any, where: _Where) -> None:
        """Add the problems of ``value`` at ``where`` against ``schema``."""
        self.problems.extend(self.problems_of(schema, value, where, {}))

    def valid(self, schema: Any, value: Any) -> bool:
        """Whether ``value`` passes ``schema`` (for ``if``, ``not``, ``anyOf``, ``oneOf``)."""
        return next(iter(self.problems_of(schema, value, _Where(), {})), None) is None

    def problems_of(
        self, schema: Any, value: Any, where: _Where, condition: Mapping[str, Any]
    ) -> Iterator[FieldProblem]:
        if schema is True:
            return
        if schema is False:
            yield self.problem(where, "is not allowed", condition)
            return
        while "$ref" in schema:  # keywords beside a $ref apply too (OpenAPI 3.1)
            target = self.index.pointer(schema["$ref"])
            siblings = {k: v for k, v in schema.items() if k != "$ref" and k not in ANNOTATIONS}
            if siblings:
                yield from self.problems_of(siblings, value, where, condition)
            schema = target
            if schema is True or schema is False:
                yield from self.problems_of(schema, value, where, condition)
                return
        if "type" in schema and not _is_type(value, schema["type"]):
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            wanted = " or ".join(f"{_article(k)} {k}" for k in kinds)
            yield self.problem(where, f"must be {wanted}, not {_json_type(value)}", condition)
            return
        if "enum" in schema and not any(_equal(value, v) for v in schema["enum"]):
            allowed = ", ".join(_show(v, quote=False) for v in schema["enum"])
            message = f"{_show(value)} is not allowed{_with(condition)} (allowed: {allowed})"
            yield self.problem(where, message, condition, conditioned=True)
        if "const" in schema and not _equal(value, schema["const"]):
            must = _show(schema["const"])
            message = f"{_show(value)} is not allowed{_with(condition)} (must be {must})"
            yield self.problem(where, message, condition, conditioned=True)
        if isinstance(value, str):
            yield from self.string(schema, value, where, condition)
        if _is_number(value):
            yield from self.number(schema, value, where, condition)
        if isinstance(value, list):
            yield from self.array(schema, value, where, condition)
        if isinstance(value, Mapping):
            yield from self.object(schema, value, where, condition)
        for sub in schema.get("allOf", ()):
            yield from self.problems_of(sub, value, where, condition)
        if "anyOf" in schema and not any(self.valid(s, value) for s in schema["anyOf"]):
            yield self.problem(where, "matches none of the allowed shapes", condition)
        if "oneOf" in schema and sum(self.valid(s, value) for s in schema["oneOf"]) != 1:
            yield self.problem(where, "must match exactly one of the allowed shapes", condition)
        if "not" in schema and self.valid(schema["not"], value):
            yield self.problem(where, _not_message(schema["not"]), condition)
        if "if" in schema:
            chosen = "then" if self.valid(schema["if"], value) else "else"
            if chosen in schema:
                pinned = (
                    {**condition, **_pinned(schema["if"], value)} if chosen == "then" else condition
                )
                yield from self.problems_of(schema[chosen], value, where, pinned)
        if FUTURE in schema and _is_number(value):
            yield from self.future(schema[FUTURE], value, where, condition)

    def string(
        self, schema: Mapping[str, Any], value: str, where: _Where, condition: Mapping[str, Any]
    ) -> Iterator[FieldProblem]:
        length = len(value)
        if "maxLength" in schema and length > schema["maxLength"]:
            bound = f"at most {schema['maxLength']} allowed"
            yield self.problem(where, f"is {length} characters; {bound}", condition)
        if "minLength" in schema and length < schema["minLength"]:
            bound = f"at least {schema['minLength']} required"
            yield self.problem(where, f"is {length} characters; {bound}", condition)
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            yield self.problem(
                where, f"{_show(value)} does not match {schema['pattern']}", condition
            )
        yield from self.format(schema, value, where, condition)

    def number(
        self, schema: Mapping[str, Any], value: float, where: _Where, condition: Mapping[str, Any]
    ) -> Iterator[FieldProblem]:
        shown = _show(value)
        if "minimum" in schema and value < schema["minimum"]:
            yield self.problem(
                where, f"is {shown}; at least {schema['minimum']} allowed", condition
            )
        if "maximum" in schema and value > schema["maximum"]:
            yield self.problem(where, f"is {shown}; at most {schema['maximum']} allowed", condition)
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            bound = f"must be more than {schema['exclusiveMinimum']}"
            yield self.problem(where, f"is {shown}; {bound}", condition)
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            bound = f"must be less than {schema['exclusiveMaximum']}"
            yield self.problem(where, f"is {shown}; {bound}", condition)
        yield from self.format(schema, value, where, condition)

    def format(
        self, schema: Mapping[str, Any], value: Any, where: _Where, condition: Mapping[str, Any]
    ) -> Iterator[FieldProblem]:
        name = schema.get("format")
        check = _FORMATS.get(name) if isinstance(name, str) else None
        if check is None or not isinstance(value, _FORMAT_TYPES[str(name)]) or check(value):
            return
        yield self.problem(where, f"{_show(value)} is not a valid {name}", condition)

    def array(
        self,
        schema: Mapping[str, Any],
        value: list[Any],
        where: _Where,
        condition: Mapping[str, Any],
    ) -> Iterator[FieldProblem]:
        count, suffix = len(value), _with(condition)
        if "maxItems" in schema and count > schema["maxItems"]:
            message = f"has {count} items; at most {schema['maxItems']} allowed{suffix}"
            yield self.problem(where, message, condition, conditioned=True)
        if "minItems" in schema and count < schema["minItems"]:
            message = f"has {count} items; at least {schema['minItems']} required{suffix}"
            yield self.problem(where, message, condition, conditioned=True)
        if schema.get("uniqueItems") and any(
            _equal(a, b) for i, a in enumerate(value) for b in value[i + 1 :]
        ):
            yield self.problem(where, "has duplicate items", condition)
        if "items" in schema:
            for index, item in enumerate(value):
                yield from self.problems_of(schema["items"], item, where.child(index), condition)

    def object(
        self,
        schema: Mapping[str, Any],
        value: Mapping[str, Any],
        where: _Where,
        condition: Mapping[str, Any],
    ) -> Iterator[FieldProblem]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                message = f"is required{_with(condition)}"
                yield self.problem(where.child(name), message, condition, conditioned=True)
        count = len(value)
        if "minProperties" in schema and count < schema["minProperties"]:
            bound = f"at least {schema['minProperties']} required"
            yield self.problem(where, f"has {count} fields; {bound}", condition)
        if "maxProperties" in schema and count > schema["maxProperties"]:
            bound = f"at most {schema['maxProperties']} allowed"
            yield self.problem(where, f"has {count} fields; {bound}", condition)
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            child = where.child(name)
            if name in properties:
                sub = properties[name]
                if sub is False:
                    message = f"is not allowed{_with(condition)}"
                    yield self.problem(child, message, condition, conditioned=True)
                else:
                    yield from self.problems_of(sub, item, child, condition)
            elif extra is False:
                yield self.problem(child, "is not a known field", condition)
            elif extra is not True:
                yield from self.problems_of(extra, item, child, condition)

    def future(
        self, rule: Mapping[str, Any], value: float, where: _Where, condition: Mapping[str, Any]
    ) -> Iterator[FieldProblem]:
        scale = _UNITS[str(rule.get("unit", "milliseconds"))]
        now = float((getattr(self.client, "_clock", None) or time.time)())
        if value / scale > now:
            return
        then = _iso(value / scale)
        message = f"is {_show(value)} ({then}), in the past; it must be after now ({_iso(now)})"
        yield self.problem(where, message, condition)

    def problem(
        self,
        where: _Where,
        message: str,
        condition: Mapping[str, Any],
        *,
        conditioned: bool = False,
    ) -> FieldProblem:
        """A problem at ``where``; the condition is named in the message unless it already is."""
        python, wire = where.names(self.package)
        if condition and not conditioned:
            message += _with(condition)
        return FieldProblem(python, wire, message, dict(condition))


def _pinned(condition: Any, value: Any) -> dict[str, Any]:
    """The fields an ``if`` pins to values (``model`` in ``enum``/``const``), with the value the
    request gave them: what a per-model rule names."""
    if not isinstance(condition, Mapping) or not isinstance(value, Mapping):
        return {}
    return {
        name: value[name]
        for name, sub in condition.get("properties", {}).items()
        if name in value and isinstance(sub, Mapping) and ("const" in sub or "enum" in sub)
    }


def _with(condition: Mapping[str, Any]) -> str:
    """`` with model 'veo3'`` (empty without a condition)."""
    if not condition:
        return ""
    return " with " + " and ".join(f"{name} {_show(value)}" for name, value in condition.items())


def _not_message(schema: Any) -> str:
    if isinstance(schema, Mapping) and schema.get("required"):
        return "must not have all of " + ", ".join(schema["required"])
    return "is not allowed"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_type(value: Any, kind: str | list[str]) -> bool:
    if isinstance(kind, list):
        return any(_is_type(value, k) for k in kind)
    if kind == "integer":
        return _is_number(value) and (isinstance(value, int) or float(value).is_integer())
    if kind == "number":
        return _is_number(value) and not (isinstance(value, float) and math.isnan(value))
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda v: isinstance(v, str),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "array": lambda v: isinstance(v, list | tuple),
        "object": lambda v: isinstance(v, Mapping),
    }
    return checks[kind](value)


def _json_type(value: Any) -> str:
    """The JSON name of a Python value's type (``str`` -> ``string``)."""
    for kind in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _is_type(value, kind):
            return kind
    return type(value).__name__


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: ``True`` is not ``1``; ``1.0`` is ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    return bool(type(a) is type(b) or (_is_number(a) and _is_number(b))) and bool(a == b)


def _show(value: Any, *, quote: bool = True) -> str:
    """A value as a message shows it: strings quoted (``'9:16'``), long ones cut."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else f"{value[:37]}..."
        return repr(text) if quote else text
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else f"{text[:57]}..."


def _iso(seconds: float) -> str:
    """Unix seconds as ISO 8601 UTC (``2026-03-06T00:00:00Z``)."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return "out of range"
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def unsupported_keywords(document: Mapping[str, Any]) -> set[str]:
    """Keywords of the request schemas of ``document`` that :func:`check_request` neither
    checks nor ignores as annotations (must be empty: the test suite asserts it)."""
    from ._spec import Spec

    index, found, seen = Spec(document), set[str](), set[int]()

    def walk(schema: Any) -> None:
        if not isinstance(schema, Mapping) or id(schema) in seen:
            return
        seen.add(id(schema))
        for key, sub in schema.items():
            if key not in KEYWORDS and key not in ANNOTATIONS and not key.startswith("x-"):
                found.add(key)
            if key == "$ref":
                walk(index.pointer(sub))
            elif key in ("properties",):
                for item in sub.values():
                    walk(item)
            elif key in ("allOf", "anyOf", "oneOf"):
                for item in sub:
                    walk(item)
            elif key in ("items", "not", "if", "then", "else", "additionalProperties"):
                walk(sub)

    for path, _, operation in index.operations():
        for param in index.parameters(path, operation):
            walk(param.get("schema"))
        content = index.resolve(operation.get("requestBody", {})).get("content", {})
        for media in content.values():
            walk(media.get("schema"))
    return found
