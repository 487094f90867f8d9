"""``mediaapis``: every operation of both specs on the command line, built from the specs.

    mediaapis rawugc --help                          # the operations, from the spec
    mediaapis rawugc generateVideo --help            # its fields: types, bounds, defaults
    mediaapis rawugc generateVideo model=veo3 prompt="A cat" --wait
    mediaapis rawugc getVideo videoId=vid_123
    mediaapis icp GetMediaList Owner:='{"Type": "PERSON", "Id": 2}' MediaType:=3
    mediaapis mcp all --max-credits 20              # an MCP server (needs mediaapis[mcp])

An operation is named by its operationId, its generated function (``get_persona``), the typed
client's method (``personas.get``, the spec's ``x-sdk-name``) or its ICP action; the call goes
through that method of ``mediaapis.RawUGC`` / ``mediaapis.ICP`` (``with_raw_response``, so what
is printed is the API's own JSON). ``key=value`` sets a parameter or a body field by its name
in the spec (coerced to the spec's type); ``key:=json`` sets it to a JSON value; ``--json``
gives the whole body; ``file=@path`` uploads a file. A body that does not fit the operation's
model (a missing required field, an unknown field, a value off the spec's enum) is a usage
error naming the field; so is a time given in Unix seconds where the spec says milliseconds.
``--all`` walks every page of a paged list (the spec's ``x-pagination``) and prints its items
as one JSON array. Keys come from the environment (``RAWUGC_API_KEY``;
``VOLC_ACCESSKEY``/``VOLC_SECRETKEY``), base URLs from ``--base-url`` or ``RAWUGC_BASE_URL`` /
``VOLC_ICP_BASE_URL``. Output is JSON on stdout; errors go to stderr. Exit codes: 0 success,
1 the API refused the request, 2 usage error, 3 server or network failure, 4 the job failed,
5 the wait timed out, 130 interrupted (Ctrl-C): an accepted job keeps running, and the command
that resumes waiting on it is printed (``--wait`` on its poll operation, e.g.
``mediaapis rawugc getVideo videoId=vid_123 --wait``); 141 (128 + SIGPIPE, as for cat or
grep) when the reader of the output went away (``| head``), quietly.
``--idempotency-key KEY`` on a call that spends credits or publishes: a repeat with the same
key prints the first answer without spending again; keys are kept in ``--ledger``
(``sqlite:///PATH`` or ``redis://...``), ``RAWUGC_LEDGER``, or
``$XDG_STATE_HOME/mediaapis/jobs.db``.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import inspect
import io
import json
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from . import _spec
from ._errors import MediaAPIError
from ._exits import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_JOB_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_TIMEOUT,
    EXIT_USAGE,
)
from ._spec import (
    attribute,
    generated_module,
    iter_operations,
    load_spec,
    module_name,
    operation_parameters,
    resolve,
)
from .spec import Credits, OperationFacts
from .spec import operations as spec_operations

if TYPE_CHECKING:
    from ._resource import APIResponse

ENV_LEDGER = "RAWUGC_LEDGER"  # where --idempotency-key keeps its keys


@dataclass(frozen=True)
class Api:
    name: str
    package: str
    base_url_env: str


APIS = {
    "rawugc": Api("rawugc", "rawugc_client", "RAWUGC_BASE_URL"),
    "icp": Api("icp", "volc_icp_client", "VOLC_ICP_BASE_URL"),
}


class UsageError(Exception):
    """Bad command-line input; the message names the argument."""


# --- the spec as a command table -------------------------------------------------------------


def operations(api: Api) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    """Operations by every name a user may type: operationId, its generated function's name
    (``get_persona``), the typed client's method (``personas.get``), the ICP action."""
    table: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, method, op in iter_operations(api.package):
        operation_id = op["operationId"]
        function = module_name(api.package, operation_id).rsplit(".", 1)[-1]
        known = facts(api, op)
        names = {operation_id, operation_id.lower(), function, known.sdk_name, known.action}
        for name in names - {None}:
            table[name] = (path, method, op)
    return table


def body_schema(api: Api, op: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    content = resolve(api.package, op.get("requestBody", {})).get("content", {})
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return media, _flatten(api, resolve(api.package, content[media]["schema"]))
    return None


def _flatten(api: Api, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for member in schema.get("allOf", []):
        flat = _flatten(api, resolve(api.package, member))
        properties.update(flat["properties"])
        required += flat["required"]
    return {"properties": properties, "required": required}


def describe(api: Api, schema: Mapping[str, Any]) -> str:
    """``string, 1-5000 chars, one of a|b, default x`` from a schema."""
    schema = resolve(api.package, schema)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        schema = {**resolve(api.package, schema["allOf"][0]), **schema}
    kind = schema.get("type", "object" if "properties" in schema else "any")
    text = "|".join(kind) if isinstance(kind, list) else str(kind)
    if kind == "array":
        text = f"array of {describe(api, schema.get('items', {})).split(',')[0]}"
    bounds = [
        (schema.get(lo), schema.get(hi), unit)
        for lo, hi, unit in (
            ("minLength", "maxLength", " chars"),
            ("minItems", "maxItems", " items"),
            ("minimum", "maximum", ""),
        )
    ]
    for low, high, unit in bounds:
        if low is not None and high is not None:
            text += f", {low}-{high}{unit}"
        elif low is not None or high is not None:
            text += f", {'min' if high is None else 'max'} {high if low is None else low}{unit}"
    if "enum" in schema:
        text += ", one of " + "|".join(map(str, schema["enum"]))
    if "default" in schema:
        text += f", default {json.dumps(schema['default'], ensure_ascii=False)}"
    if "x-unix-time" in schema:
        text += f", Unix {schema['x-unix-time']} (not seconds)"
    return text


def facts(api: Api, op: Mapping[str, Any]) -> OperationFacts:
    """What the spec states of an operation (``mediaapis.spec``: the one model of its facts)."""
    return spec_operations(api.name)[op["operationId"]]


def plain(text: str) -> str:
    """Help text without reST markup: ``name`` becomes name."""
    return re.sub(r"``(.+?)``", r"\1", text)


def credits_note(op: Mapping[str, Any]) -> str | None:
    """What an operation costs, from the spec's ``x-rawugc-credits`` (None: it is free)."""
    credits = Credits.of(op)
    if credits is None:
        return None
    if credits.field is None and credits.cost is None:
        return "spends credits (the amount is not stated: see creditsUsed in the answer)"
    return f"costs {credits.describe()}"


def _short_cost(op: Mapping[str, Any]) -> str:
    """`` [3 credits]`` for the operations list (empty when free)."""
    credits = Credits.of(op)
    if credits is None:
        return ""
    if credits.field is not None:
        return f" [credits by {credits.field}]"
    return " [credits]" if credits.cost is None else f" [{credits.describe()}]"


def python_call(known: OperationFacts) -> str:
    """The typed client's method for an operation (``client.videos.generate(...)``)."""
    client = "mediaapis.RawUGC()" if known.api == "rawugc" else "mediaapis.ICP()"
    return f"{client}.{known.sdk_name}(...)"


def operation_help(api: Api, name: str, path: str, method: str, op: Mapping[str, Any]) -> str:
    wire = path.replace("#", "?", 1)  # ICP path keys carry the query after '#' (see the spec)
    lines = [f"{method.upper()} {wire}  ({op['operationId']})", "", op.get("summary", "")]
    known = facts(api, op)
    lines.append(f"Python: {python_call(known)}")
    cost = credits_note(op)
    lines += [cost, ""] if cost else [""]
    params = operation_parameters(api.package, path, op)
    if params:
        lines.append("parameters:")
        for p in params:
            need = "required" if p.get("required") else "optional"
            lines.append(f"  {p['name']}  ({p['in']}, {need}) {describe(api, p.get('schema', {}))}")
    found = body_schema(api, op)
    if found:
        media, schema = found
        lines.append(f"body fields ({media}):")
        for field, sub in schema["properties"].items():
            need = "required" if field in schema["required"] else "optional"
            lines.append(f"  {field}  ({need}) {describe(api, sub)}")
    if known.job is not None:
        lines.append(f"\n--wait polls {known.job.poll_operation} until the job ends")
    if known.paging is not None:
        lines.append("\n--all walks every page and prints the items as one JSON array")
    return plain("\n".join(lines))


# --- from key=value pairs to a call of the typed client -----------------------------------


def coerce(api: Api, raw: str, schema: Mapping[str, Any], name: str) -> Any:
    schema = resolve(api.package, schema)
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    try:
        if "integer" in kinds:
            return int(raw)
        if "number" in kinds:
            return float(raw)
        if "boolean" in kinds:
            if raw.lower() not in ("true", "false"):
                raise ValueError(raw)
            return raw.lower() == "true"
        if "array" in kinds:
            return [coerce(api, v, schema.get("items", {}), name) for v in raw.split(",")]
    except ValueError:
        raise UsageError(f"{name}: {raw!r} is not a valid {'|'.join(map(str, kinds))}") from None
    return raw


# Unix times from 1e9 to 1e11: as seconds 2001 to 5138, as milliseconds only 1970-01-12 to
# 1973-03-03. In that band a value of a milliseconds field was meant as seconds.
_SECONDS_BAND = (10**9, 10**11)


def check_unix_time(api: Api, name: str, value: Any, schema: Mapping[str, Any]) -> None:
    """Refuse a Unix time in seconds given to a field the spec keeps in milliseconds
    (``x-unix-time``): the API would take it for January 1970."""
    schema = resolve(api.package, schema)
    for member in (schema, *(resolve(api.package, s) for s in schema.get("anyOf", []))):
        unit = member.get("x-unix-time")
        if unit != "milliseconds" or isinstance(value, bool) or not isinstance(value, int):
            continue
        if _SECONDS_BAND[0] <= value < _SECONDS_BAND[1]:
            raise UsageError(
                f"{name}: {value} looks like Unix seconds; {name} is Unix milliseconds "
                f"(did you mean {value * 1000}?)"
            )


@dataclass
class Call:
    """One call of a typed client method: its keyword arguments, by the generator's names."""

    sdk_name: str  # the operation's x-sdk-name: resource path and method (``videos.generate``)
    operation_id: str
    arguments: dict[str, Any]  # path and query parameters
    spec_names: dict[str, str]  # argument -> the parameter's name in the spec (for errors)
    headers: dict[str, str]  # header parameters, sent as extra_headers
    body: Any  # the body model (``GenerateVideoRequest``...), sent field by field, or None


def build_call(
    api: Api,
    path: str,
    op: Mapping[str, Any],
    pairs: Sequence[str],
    body_json: str | None,
) -> Call:
    """The call ``key=value`` / ``key:=json`` / ``file=@path`` pairs (and ``--json``) ask for."""
    params = {p["name"]: p for p in operation_parameters(api.package, path, op)}
    found = body_schema(api, op)
    fields: Mapping[str, Any] = found[1]["properties"] if found else {}
    body: dict[str, Any] = {}
    if body_json is not None:
        try:
            body = json.loads(body_json)
        except ValueError as exc:
            raise UsageError(f"--json: not valid JSON ({exc})") from None
        if not isinstance(body, dict):
            raise UsageError("--json: the body must be a JSON object")
    values: dict[str, Any] = {}
    files: dict[str, Path] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"{pair!r}: expected key=value, key:=json or file=@path")
        if key.endswith(":"):
            key = key[:-1]
            try:
                value: Any = json.loads(raw)
            except ValueError as exc:
                raise UsageError(f"{key}: not valid JSON ({exc})") from None
        elif raw.startswith("@") and found and found[0] == "multipart/form-data":
            file = Path(raw[1:])
            if not file.is_file():
                raise UsageError(f"{key}: no such file {file}")
            files[key] = file
            continue
        else:
            schema = params[key].get("schema", {}) if key in params else fields.get(key, {})
            value = coerce(api, raw, schema, key)
        if key in params:
            values[key] = value
        elif key in fields:
            body[key] = value
        else:
            known = ", ".join([*params, *fields]) or "none"
            raise UsageError(
                f"{key}: not a parameter or body field of {op['operationId']} (known: {known})"
            )
    for name, value in (*values.items(), *body.items()):
        schema = params[name].get("schema", {}) if name in params else fields.get(name, {})
        check_unix_time(api, name, value, schema)
    module = generated_module(api.package, op["operationId"])
    call = Call(str(facts(api, op).sdk_name), op["operationId"], {}, {}, {}, None)
    for name, param in params.items():
        if name not in values:
            if param.get("required") and "default" not in param.get("schema", {}):
                raise UsageError(f"{name}: required {param['in']} parameter is missing")
            continue  # the method's default (the spec's) applies
        if param["in"] == "header":
            call.headers[name] = str(values[name])
            continue
        argument = _spec.argument(api.package, op["operationId"], name)
        call.arguments[argument], call.spec_names[argument] = values[name], name
    if found and (body or files or found[1]["required"]):
        call.body = body_model(api, op, module, found[1], body, files)
    return call


def body_model(
    api: Api,
    op: Mapping[str, Any],
    module: Any,
    schema: Mapping[str, Any],
    document: dict[str, Any],
    files: Mapping[str, Path],
) -> Any:
    """The generated body model (``from_dict`` of the JSON body), files attached."""
    model = _spec.body_class(module)
    extra = [name for name in document if name not in schema["properties"]]
    if extra:
        known = ", ".join(schema["properties"]) or "none"
        raise UsageError(
            f"{', '.join(extra)}: not body fields of {op['operationId']} (known: {known})"
        )
    document = dict(document)
    for name in schema["required"]:  # as the typed method does, a required field's default
        field = resolve(api.package, schema["properties"].get(name, {}))
        if name not in document and "default" in field:
            document[name] = field["default"]
    missing = [name for name in schema["required"] if name not in document and name not in files]
    if missing:
        raise UsageError(
            f"{', '.join(missing)}: required body field(s) of {op['operationId']} missing "
            f"(see `--help`)"
        )
    try:
        body = model.from_dict({**document, **{name: b"" for name in files}})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(_misfit(api, op, schema, document, model, exc)) from None
    if files:
        file_type = importlib.import_module(f"{api.package}.types").File
        attached = {
            attribute(api.package, model, name): file_type(
                payload=io.BytesIO(file.read_bytes()),
                file_name=file.name,
                mime_type=_guess_type(file),
            )
            for name, file in files.items()
        }
        body = attrs.evolve(body, **attached)
    return body


def _misfit(
    api: Api,
    op: Mapping[str, Any],
    schema: Mapping[str, Any],
    document: Mapping[str, Any],
    model: type,
    exc: Exception,
) -> str:
    """Why ``document`` is not a body of the operation, naming the field when the spec can."""
    for name, value in document.items():
        field = resolve(api.package, schema["properties"].get(name, {}))
        kind = field.get("type", "object" if "properties" in field else None)
        if isinstance(kind, str) and kind in _JSON_TYPES and not _is_json(kind, value):
            return f"{name}: {json.dumps(value)} is not a JSON {kind}"
        if "enum" in field and value not in field["enum"]:
            return f"{name}: {value!r} is not one of {'|'.join(map(str, field['enum']))}"
    return f"the body of {op['operationId']} does not fit {model.__name__} ({exc})"


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def _is_json(kind: str, value: Any) -> bool:
    """Whether ``value`` (parsed JSON) is of the spec's ``type`` (a bool is no number)."""
    return isinstance(value, _JSON_TYPES[kind]) and (kind == "boolean" or type(value) is not bool)


def _guess_type(file: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(file.name)[0] or "application/octet-stream"


# --- running ---------------------------------------------------------------------------------


def _base_url(api: Api, given: str | None) -> str | None:
    """``--base-url`` or the API's environment variable, checked (a usage error naming it)."""
    from ._transport import check_base_url

    name = "--base-url" if given else api.base_url_env
    url = given or os.environ.get(api.base_url_env) or None
    if url is None:
        return None
    try:
        return check_base_url(url, name)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def client_for(
    api_name: str, base_url: str | None, *, raise_for_status: bool, ledger: str | None = None
) -> Any:
    """The typed client of that API (auth, signing, retries, pacing); ``raise_for_status=False``
    answers error statuses instead of raising, so the API's own error document is shown."""
    if api_name == "rawugc":
        from . import RawUGC

        return RawUGC(base_url=base_url, raise_for_status=raise_for_status, ledger=ledger)
    from . import ICP

    return ICP(base_url=base_url, raise_for_status=raise_for_status)


def resource_of(client: Any, sdk_name: str) -> tuple[Any, str]:
    """The resource an ``x-sdk-name`` names on a client, and the method's name."""
    *path, method = sdk_name.split(".")
    resource = client
    for part in path:
        resource = getattr(resource, part)
    return resource, method


def _fields_of(body: Any) -> dict[str, Any]:
    """A body model as the method's keyword arguments, one per field (unset ones included, so
    exactly what was given is sent)."""
    if body is None:
        return {}
    return {
        field.alias: getattr(body, field.name)
        for field in attrs.fields(type(body))
        if field.name != "additional_properties"
    }


def default_ledger() -> str:
    """The ledger of ``--idempotency-key`` without ``--ledger``: ``RAWUGC_LEDGER``, else a SQLite
    file in the user's state folder (``$XDG_STATE_HOME/mediaapis/jobs.db``), so a key holds
    across runs of the command."""
    if os.environ.get(ENV_LEDGER):
        return os.environ[ENV_LEDGER]
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    folder = state / "mediaapis"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'jobs.db'}"


def send(
    api_name: str,
    base_url: str | None,
    call: Call,
    idempotency_key: str | None = None,
    ledger: str | None = None,
) -> APIResponse[Any]:
    """Call the operation's ``with_raw_response`` method on the typed client: parameters and
    body fields as its keyword arguments, header parameters as ``extra_headers``; with
    ``idempotency_key``, the call is kept in ``ledger`` (default :func:`default_ledger`)."""
    if idempotency_key is not None and api_name == "rawugc" and ledger is None:
        ledger = default_ledger()
    with client_for(api_name, base_url, raise_for_status=False, ledger=ledger) as client:
        resource, name = resource_of(client, call.sdk_name)
        method = getattr(resource.with_raw_response, name)
        accepted = inspect.signature(method).parameters
        arguments = dict(call.arguments)
        for argument in arguments:
            if argument not in accepted:  # ICP's Action and Version
                spec = call.spec_names[argument]
                raise UsageError(f"{spec}: set by the client for {call.operation_id}")
        arguments.update(_fields_of(call.body))
        unknown = [name for name in arguments if name not in accepted]
        if unknown:
            raise LookupError(f"{call.sdk_name} takes no {unknown} (regenerate the clients?)")
        if call.headers:
            arguments["extra_headers"] = call.headers
        if idempotency_key is not None:
            if "idempotency_key" not in accepted:
                raise UsageError(
                    f"--idempotency-key: {call.operation_id} neither spends credits nor publishes"
                )
            arguments["idempotency_key"] = idempotency_key
        response: APIResponse[Any] = method(**arguments)
        return response


def send_all(api_name: str, base_url: str | None, call: Call) -> list[Any]:
    """Every item of every page of a paged list (the typed method's page, iterated), as the
    API's JSON."""
    with client_for(api_name, base_url, raise_for_status=True) as client:
        resource, name = resource_of(client, call.sdk_name)
        arguments = {**call.arguments, **_fields_of(call.body)}
        if call.headers:
            arguments["extra_headers"] = call.headers
        return [item.to_dict() for item in getattr(resource, name)(**arguments)]


def _secrets(response: httpx.Response | None = None) -> set[str]:
    """The secrets this process knows (keys in the environment, what the request carried)."""
    from ._errors import secrets_in

    names = ("RAWUGC_API_KEY", "VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN")
    found = {os.environ[name] for name in names if os.environ.get(name)}
    request = getattr(response, "_request", None)
    if isinstance(request, httpx.Request):
        found |= secrets_in(request.headers.multi_items())
    return found


def _err(text: str, secrets: set[str]) -> None:
    """Print to stderr with the secrets scrubbed (servers may echo them)."""
    from ._errors import scrub

    print(scrub(text, secrets), file=sys.stderr)


def report(error: MediaAPIError, secrets: set[str] | None = None) -> int:
    """Print a typed error once, as its API's profile made it (what it says, the per-field
    problems its summary leaves out, the request id), secrets scrubbed; return the exit code
    its class means."""
    lines = [f"error: {error.summary()}", *(f"  {note}" for note in error.notes())]
    if error.request_id and error.request_id not in lines[0]:
        lines.append(f"  request id: {error.request_id}")
    _err("\n".join(lines), _secrets() if secrets is None else secrets)
    return exit_code(error)


def exit_code(error: MediaAPIError) -> int:
    """The exit code of an error's class: a missing key is a usage error; what the API (or the
    client, checking the spec) refused exits 1; failures that may pass (transport, server,
    throttling, garbled answers) and errors without an answer exit 3."""
    from ._validation import RequestValidationError
    from .icp import MissingCredentialsError
    from .rawugc.errors import MissingAPIKeyError

    if isinstance(error, MissingCredentialsError | MissingAPIKeyError):
        return EXIT_USAGE
    if isinstance(error, RequestValidationError):  # refused before sending, as the API would
        return EXIT_REFUSED
    status = error.status_code
    if error.retryable or status is None or status >= 500:
        return EXIT_FAILED
    return EXIT_REFUSED


def progress_bar(estimate: float, stream: Any = None) -> Any:
    """A callback showing a job being waited on, on stderr: a ``[#####.....] status 40s`` bar
    redrawn in place on a terminal, a plain line per status change otherwise (a log file or a
    pipe gets no carriage returns)."""
    started = time.monotonic()
    stream = stream or sys.stderr
    isatty = getattr(stream, "isatty", None)
    terminal = bool(isatty and isatty())
    shown: list[str] = []

    def draw(job: Any) -> None:
        elapsed = time.monotonic() - started
        ended = job.status in ("completed", "failed")
        if not terminal:
            if not shown or shown[-1] != job.status:
                shown.append(job.status)
                stream.write(f"job {job.status} after {elapsed:.0f}s\n")
                stream.flush()
            return
        done = min(1.0, elapsed / estimate) if not ended else 1.0
        filled = int(done * 30)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {job.status:<10} {elapsed:5.0f}s")
        stream.flush()
        if ended:
            stream.write("\n")

    return draw


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (see the module's documentation)."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
    except BrokenPipeError:
        # the reader went away (``| head``): end quietly, as Unix tools do (Python's docs,
        # "Note on SIGPIPE"): stdout to devnull so the flush at exit does not fail again
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return code


def _silence_stdout() -> None:
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


USAGE = """usage: mediaapis {rawugc,icp} OPERATION [key=value | key:=json | field=@file ...]
                 [--json BODY] [--base-url URL] [--wait] [--all]
       mediaapis {rawugc,icp} --help            the operations of an API
       mediaapis {rawugc,icp} OPERATION --help  an operation's fields, cost, Python method
       mediaapis rawugc batch FILE --out RESULTS [--max-credits N] [--dry-run]
                                                a batch file (JSONL or CSV), resumable
       mediaapis mcp {rawugc,icp,all} [...]     an MCP server (needs mediaapis[mcp])
"""


def _unknown_api(word: str) -> int:
    """A first word that is no API: name the APIs, and the command the user may have meant."""
    print(
        f"error: {word!r} is not an API; the APIs are {', '.join(APIS)} (and mcp)", file=sys.stderr
    )
    meant = [f"mediaapis {name} {word}" for name, api in APIS.items() if word in operations(api)]
    close = difflib.get_close_matches(word, [*APIS, "mcp"], n=1)
    if meant:
        print(f"did you mean `{'` or `'.join(meant)}`?", file=sys.stderr)
    elif close:
        print(f"did you mean `mediaapis {close[0]}`?", file=sys.stderr)
    print("see `mediaapis --help`", file=sys.stderr)
    return EXIT_USAGE


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "mcp":  # the MCP server (the mcp extra): see mediaapis.mcp
        from .mcp.__main__ import main as mcp_main

        return mcp_main(argv[1:])
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        print(plain(__doc__ or ""))
        return EXIT_OK
    if argv[0] not in APIS:
        return _unknown_api(argv[0])
    api_name, api = argv[0], APIS[argv[0]]
    if api_name == "rawugc" and argv[1:2] == ["batch"]:  # a batch file: see mediaapis.batch_cli
        from .batch_cli import main as batch_main

        return batch_main(argv[2:], default_ledger, report)
    table = operations(api)
    if len(argv) == 1 or argv[1] in ("-h", "--help"):
        print(f"operations of {api_name} ({load_spec(api.package)['info']['title']}):")
        for path, method, op in iter_operations(api.package):
            known = facts(api, op)
            shown = known.action or known.operation_id
            print(
                f"  {shown:<24} {method.upper():<6} {path.split('#')[0]:<34} "
                f"{known.sdk_name!s:<28} {op.get('summary', '')}{_short_cost(op)}"
            )
        print(f"\n`mediaapis {api_name} OPERATION --help`: fields, credits, Python method")
        return EXIT_OK
    name = argv[1]
    if name not in table:
        close = difflib.get_close_matches(name, table, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        print(
            f"error: unknown operation {name!r} for {api_name}{hint}; "
            f"see `mediaapis {api_name} --help`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path, method, op = table[name]
    parser = argparse.ArgumentParser(prog=f"mediaapis {api_name} {name}", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--json", dest="body_json")
    parser.add_argument("--base-url")
    parser.add_argument("--wait", action="store_true")
    parser.add_argument("--all", dest="all_pages", action="store_true", help="every page")
    parser.add_argument("--timeout", type=float, default=1800.0, help="--wait deadline, seconds")
    parser.add_argument("--min-interval", type=float, help="--wait: shortest poll interval")
    parser.add_argument("--max-interval", type=float, help="--wait: longest poll interval")
    parser.add_argument("--idempotency-key", help="a repeat returns the first answer, unspent")
    parser.add_argument("--ledger", help="where keys are kept (sqlite:///PATH, redis://...)")
    args, pairs = parser.parse_known_args(argv[2:])
    if args.help:
        print(operation_help(api, name, path, method, op))
        return EXIT_OK
    items: list[Any] | None = None  # --all: every page's items
    try:
        base_url = _base_url(api, args.base_url)
        if args.all_pages and facts(api, op).paging is None:
            raise UsageError(f"--all: {op['operationId']} returns no pages (no x-pagination)")
        call = build_call(api, path, op, pairs, args.body_json)
        if args.all_pages:
            items = send_all(api_name, base_url, call)
        else:
            answer = send(api_name, base_url, call, args.idempotency_key, args.ledger)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except httpx.HTTPError as exc:
        _err(f"error: {type(exc).__name__}: {exc}", _secrets())
        return EXIT_FAILED
    except MediaAPIError as exc:  # the stacks' typed errors: missing keys, connection failures
        return report(exc)
    except KeyboardInterrupt:
        print("\ninterrupted before the answer came", file=sys.stderr)
        started = facts(api, op).job
        if started is not None:
            listing = started.list_operation
            print(
                "the job may have been accepted (and charged): look for it with "
                f"`mediaapis rawugc {listing}`",
                file=sys.stderr,
            )
        return EXIT_INTERRUPTED
    if items is not None:
        print(json.dumps(items, indent=2, ensure_ascii=False))
        return EXIT_OK
    error = answer.error()  # an error answer, returned (raise_for_status=False), typed
    if error is not None:
        return report(error, _secrets(answer.http_response))
    document = answer.http_response.json()
    job_op = _job_operation(api, op) if args.wait else None
    if job_op is not None:
        intervals = (args.min_interval, args.max_interval)
        return wait(job_op, answer, base_url, args.timeout, intervals, args.base_url)
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return EXIT_OK


def _job_operation(api: Api, op: Mapping[str, Any]) -> OperationFacts | None:
    """The generate operation whose job ``--wait`` follows: ``op`` itself when it starts one,
    or the one whose job polls with ``op`` (``getVideo videoId=... --wait`` resumes waiting on a
    job already accepted); None when ``op`` has no job."""
    for candidate in (facts(api, op), *spec_operations(api.name).values()):
        job = candidate.job
        if job is not None and (
            candidate.operation_id == op["operationId"] or (job.poll_operation == op["operationId"])
        ):
            return candidate
    return None


def resume_command(started: OperationFacts, job_id: str, base_url: str | None) -> str:
    """The command that resumes waiting on the job ``started`` started."""
    import shlex

    assert started.job is not None
    job = started.job
    words = ["mediaapis", "rawugc", job.poll_operation, f"{job.path_parameter}={job_id}"]
    if base_url:
        words += ["--base-url", base_url]
    return shlex.join([*words, "--wait"])


def wait(
    started: OperationFacts,
    accepted: APIResponse[Any],
    base_url: str | None,
    timeout: float,
    intervals: tuple[float | None, float | None] = (None, None),
    given_base_url: str | None = None,
) -> int:
    """Poll the job the operation started (its resource's ``wait``), drawing a progress bar;
    print the final resource. A Ctrl-C prints the job's id and the command that resumes
    waiting (the job keeps running: it was accepted and charged) and exits 130."""
    from .rawugc.errors import JobFailedError, JobTimeoutError

    assert started.job is not None
    job = started.job
    answer = accepted.http_response.json()
    estimate = float((answer.get(job.estimate_field) if job.estimate_field else None) or 60)
    started_job = accepted.parse()
    job_id = str(answer.get(job.id_field))
    resume = resume_command(started, job_id, given_base_url)
    with client_for("rawugc", base_url, raise_for_status=True) as client:
        jobs, _ = resource_of(client, str(started.sdk_name))
        try:
            draw = progress_bar(estimate)
            draw(started_job)  # the job as accepted, before the first poll
            result = jobs.wait(
                started_job,
                timeout=timeout,
                min_interval=intervals[0],
                max_interval=intervals[1],
                on_progress=draw,
            )
        except KeyboardInterrupt:
            print(
                f"\ninterrupted: job {job_id} was accepted (and charged) and keeps running\n"
                f"resume waiting with: {resume}",
                file=sys.stderr,
            )
            return EXIT_INTERRUPTED
        except JobFailedError as exc:
            print(f"\nerror: {exc}", file=sys.stderr)
            return EXIT_JOB_FAILED
        except JobTimeoutError as exc:
            print(f"\nerror: {exc}\nresume waiting with: {resume}", file=sys.stderr)
            return EXIT_TIMEOUT
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
