"""``mediaapis``: every operation of both specs on the command line, built from the specs.

    mediaapis rawugc --help                          # the operations, from the spec
    mediaapis rawugc generateVideo --help            # its fields: types, bounds, defaults
    mediaapis rawugc generateVideo model=veo3 prompt="A cat" --wait
    mediaapis rawugc getVideo videoId=vid_123
    mediaapis icp GetMediaList Owner:='{"Type": "PERSON", "Id": 2}' MediaType:=3

``key=value`` sets a parameter or a body field (coerced to the spec's type); ``key:=json`` sets
it to a JSON value; ``--json`` gives the whole body; ``file=@path`` uploads a file. Keys come
from the environment (``RAWUGC_API_KEY``; ``VOLC_ACCESSKEY``/``VOLC_SECRETKEY``), base URLs from
``--base-url`` or ``RAWUGC_BASE_URL`` / ``VOLC_ICP_BASE_URL``. Output is JSON on stdout;
errors go to stderr. Exit codes: 0 success, 1 the API refused the request, 2 usage error,
3 server or network failure, 4 the job failed, 5 the wait timed out.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ._spec import iter_operations, load_spec, operation_parameters, resolve

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED, EXIT_JOB_FAILED, EXIT_TIMEOUT = range(6)


@dataclass(frozen=True)
class Api:
    package: str
    base_url_env: str


APIS = {
    "rawugc": Api("rawugc_client", "RAWUGC_BASE_URL"),
    "icp": Api("volc_icp_client", "VOLC_ICP_BASE_URL"),
}


class UsageError(Exception):
    """Bad command-line input; the message names the argument."""


# --- the spec as a command table -------------------------------------------------------------


def operations(api: Api) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    """Operations by every name a user may type: operationId, snake_case, ICP action."""
    table: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, method, op in iter_operations(api.package):
        names = {op["operationId"], op["operationId"].lower(), _snake(op["operationId"])}
        if "x-volc-action" in op:
            names.add(op["x-volc-action"])
        for name in names:
            table[name] = (path, method, op)
    return table


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


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
    return text


def operation_help(api: Api, name: str, path: str, method: str, op: Mapping[str, Any]) -> str:
    wire = path.replace("#", "?", 1)  # ICP path keys carry the query after '#' (see the spec)
    lines = [f"{method.upper()} {wire}  ({op['operationId']})", "", op.get("summary", ""), ""]
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
    if "x-rawugc-job" in op:
        lines.append(f"\n--wait polls {op['x-rawugc-job']['pollOperationId']} until the job ends")
    return "\n".join(lines)


# --- building and sending the request -------------------------------------------------------


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


def build_request(
    api: Api,
    path: str,
    method: str,
    op: Mapping[str, Any],
    pairs: Sequence[str],
    body_json: str | None,
) -> dict[str, Any]:
    """httpx request arguments from ``key=value`` / ``key:=json`` / ``file=@path`` pairs."""
    params = {p["name"]: p for p in operation_parameters(api.package, path, op)}
    found = body_schema(api, op)
    fields: Mapping[str, Any] = found[1]["properties"] if found else {}
    body: dict[str, Any] = {}
    if body_json is not None:
        try:
            body = json.loads(body_json)
        except ValueError as exc:
            raise UsageError(f"--json: not valid JSON ({exc})") from None
    values: dict[str, Any] = {}
    files: dict[str, Any] = {}
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
            files[key] = (file.name, file.read_bytes(), _guess_type(file))
            continue
        else:
            schema = params[key].get("schema", {}) if key in params else fields.get(key, {})
            value = coerce(api, raw, schema, key)
        if key in params:
            values[key] = value
        elif key in fields or not fields:
            body[key] = value
        else:
            known = ", ".join([*params, *fields]) or "none"
            raise UsageError(
                f"{key}: not a parameter or body field of {op['operationId']} (known: {known})"
            )
    url_path = path.split("#", 1)[0].split("?", 1)[0] or "/"
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for name, param in params.items():
        value = values.get(
            name, param.get("schema", {}).get("default") if param.get("required") else None
        )
        if value is None:
            if param.get("required"):
                raise UsageError(f"{name}: required {param['in']} parameter is missing")
            continue
        if param["in"] == "path":
            url_path = url_path.replace("{" + name + "}", str(value))
        elif param["in"] == "query":
            query[name] = json.dumps(value) if isinstance(value, bool) else value
        elif param["in"] == "header":
            headers[name] = str(value)
    request: dict[str, Any] = {
        "method": method.upper(),
        "url": url_path,
        "params": query,
        "headers": headers,
    }
    if files:
        request["files"] = files
    elif found and (body or found[1]["required"]):
        request["json"] = body
    return request


def _guess_type(file: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(file.name)[0] or "application/octet-stream"


# --- running ---------------------------------------------------------------------------------


def _base_url(api: Api, given: str | None) -> str | None:
    return given or os.environ.get(api.base_url_env) or None


def send(api_name: str, base_url: str | None, request: dict[str, Any]) -> httpx.Response:
    """Send through the project's client stack for that API (auth, signing, retries, pacing)."""
    if api_name == "rawugc":
        from .rawugc import RawUGC

        client = RawUGC(base_url=base_url, raise_for_status=False).client.get_httpx_client()
        return client.request(**request)
    from .icp import icp_client

    icp = icp_client(base_url=base_url)
    return icp.get_httpx_client().request(**request)


def report_error(api_name: str, response: httpx.Response) -> int:
    """Print the API's error (problem+json or the Volcengine envelope); return the exit code."""
    try:
        document: Any = response.json()
    except ValueError:
        print(f"error: HTTP {response.status_code}, unreadable body", file=sys.stderr)
        return EXIT_FAILED
    if api_name == "icp":
        error = (
            (document.get("ResponseMetadata") or {}).get("Error")
            if isinstance(document, dict)
            else None
        )
        if not error:
            return EXIT_OK if response.status_code < 400 else EXIT_FAILED
        print(
            f"error: {error.get('Code')} ({error.get('CodeN')}): {error.get('Message')}",
            file=sys.stderr,
        )
    elif response.status_code < 400:
        return EXIT_OK
    else:
        title = document.get("title") if isinstance(document, dict) else None
        print(
            f"error: HTTP {response.status_code} {title or ''}: "
            f"{document.get('detail', '') if isinstance(document, dict) else ''}",
            file=sys.stderr,
        )
        for item in document.get("errors") or [] if isinstance(document, dict) else []:
            print(f"  {item.get('field')}: {item.get('message')}", file=sys.stderr)
    print(json.dumps(document, indent=2, ensure_ascii=False), file=sys.stderr)
    status = response.status_code
    return EXIT_FAILED if status >= 500 or status == 429 else EXIT_REFUSED


def progress_bar(estimate: float, stream: Any = None) -> Any:
    """A callback drawing ``[#####.....] status 40s`` for a job being waited on (on stderr)."""
    started = time.monotonic()
    stream = stream or sys.stderr

    def draw(job: Any) -> None:
        elapsed = time.monotonic() - started
        done = min(1.0, elapsed / estimate) if job.status not in ("completed", "failed") else 1.0
        filled = int(done * 30)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {job.status:<10} {elapsed:5.0f}s")
        stream.flush()
        if job.status in ("completed", "failed"):
            stream.write("\n")

    return draw


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in APIS:
        print(__doc__)
        print("APIs: " + ", ".join(APIS))
        return EXIT_OK if not argv or argv[0] in ("-h", "--help") else EXIT_USAGE
    api_name, api = argv[0], APIS[argv[0]]
    table = operations(api)
    if len(argv) == 1 or argv[1] in ("-h", "--help"):
        print(f"operations of {api_name} ({load_spec(api.package)['info']['title']}):")
        for path, method, op in iter_operations(api.package):
            print(
                f"  {op.get('x-volc-action', op['operationId']):<24} {method.upper():<6} "
                f"{path.split('#')[0]:<34} {op.get('summary', '')}"
            )
        return EXIT_OK
    name = argv[1]
    if name not in table:
        print(
            f"error: unknown operation {name!r} for {api_name}; see `mediaapis {api_name} --help`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path, method, op = table[name]
    parser = argparse.ArgumentParser(prog=f"mediaapis {api_name} {name}", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--json", dest="body_json")
    parser.add_argument("--base-url")
    parser.add_argument("--wait", action="store_true")
    parser.add_argument("--timeout", type=float, default=1800.0, help="--wait deadline, seconds")
    parser.add_argument("--min-interval", type=float, help="--wait: shortest poll interval")
    parser.add_argument("--max-interval", type=float, help="--wait: longest poll interval")
    args, pairs = parser.parse_known_args(argv[2:])
    if args.help:
        print(operation_help(api, name, path, method, op))
        return EXIT_OK
    try:
        request = build_request(api, path, method, op, pairs, args.body_json)
        response = send(api_name, _base_url(api, args.base_url), request)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except httpx.HTTPError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the stacks' typed errors: missing keys, connection failures
        return _typed_error(exc)
    code = report_error(api_name, response)
    if code != EXIT_OK:
        return code
    document = response.json()
    if args.wait and "x-rawugc-job" in op:
        intervals = (args.min_interval, args.max_interval)
        return wait(op, document, _base_url(api, args.base_url), args.timeout, intervals)
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return EXIT_OK


def _typed_error(exc: Exception) -> int:
    from .icp import MissingCredentialsError
    from .rawugc.errors import MissingAPIKeyError, RawUGCError

    print(f"error: {exc}", file=sys.stderr)
    if isinstance(exc, MissingCredentialsError | MissingAPIKeyError):
        return EXIT_USAGE
    if isinstance(exc, RawUGCError):
        return EXIT_FAILED
    raise exc


def wait(
    op: Mapping[str, Any],
    accepted: Mapping[str, Any],
    base_url: str | None,
    timeout: float,
    intervals: tuple[float | None, float | None] = (None, None),
) -> int:
    """Poll the job the operation started, drawing a progress bar; print the final resource."""
    from .rawugc import RawUGC, wait_job
    from .rawugc.errors import JobFailedError, JobTimeoutError

    job = op["x-rawugc-job"]
    estimate = float(accepted.get(job["estimatedCompletionField"]) or 60)
    with RawUGC(base_url=base_url) as client:
        try:
            result = wait_job(
                client,
                accepted[job["idField"]],
                kind=op["operationId"],
                timeout=timeout,
                min_interval=intervals[0],
                max_interval=intervals[1],
                on_progress=progress_bar(estimate),
            )
        except JobFailedError as exc:
            print(f"\nerror: {exc}", file=sys.stderr)
            return EXIT_JOB_FAILED
        except JobTimeoutError as exc:
            print(f"\nerror: {exc}", file=sys.stderr)
            return EXIT_TIMEOUT
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
