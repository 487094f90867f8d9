"""Tool arguments to an httpx request, as the spec lays the operation out.

Path parameters fill the path template, query parameters the query (a parameter the spec fixes
to one value, ICP's ``Action``/``Version``, is sent with that value), and every other argument
is a body field: JSON, or multipart parts for ``format: binary`` fields (base64 decoded).
The ICP path keys carry their query after ``#`` (see the spec); the wire path is before it.
"""

from __future__ import annotations

import base64
import binascii
import json
import mimetypes
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from .._spec import operation_parameters
from .._transport import OPERATION_EXTENSION
from .schema import body_media, fixed_value


class ArgumentError(ValueError):
    """An argument the request cannot be built from; the message names it."""


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, list):
        return [_query_value(item) for item in value]
    return value


def _file_part(name: str, value: Any) -> tuple[str, bytes, str]:
    if not isinstance(value, Mapping) or "contentBase64" not in value:
        raise ArgumentError(f"{name}: expected {{filename, contentBase64, contentType}}")
    try:
        data = base64.b64decode(str(value["contentBase64"]), validate=True)
    except (binascii.Error, ValueError):
        raise ArgumentError(f"{name}.contentBase64: not valid base64") from None
    filename = str(value.get("filename") or name)
    kind = value.get("contentType") or mimetypes.guess_type(filename)[0]
    return filename, data, str(kind or "application/octet-stream")


def build_request(
    package: str, path: str, method: str, operation: Mapping[str, Any], arguments: Mapping[str, Any]
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.AsyncClient.request`` (validated arguments assumed)."""
    url = path.split("#", 1)[0].split("?", 1)[0] or "/"
    query: dict[str, Any] = {}
    used: set[str] = set()
    for param in operation_parameters(package, path, operation):
        name, where = param["name"], param["in"]
        fixed, value = fixed_value(param)
        if not fixed:
            if name not in arguments:
                if param.get("required") and where == "path":
                    raise ArgumentError(f"{name}: required {where} parameter is missing")
                continue
            value = arguments[name]
            used.add(name)
        if where == "path":
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        elif where == "query":
            query[name] = _query_value(value)
    body = {key: value for key, value in arguments.items() if key not in used}
    request: dict[str, Any] = {
        "method": method.upper(),
        "url": url,
        "params": query,
        "extensions": {OPERATION_EXTENSION: operation["operationId"]},
    }
    found = body_media(package, operation)
    if found is None:
        if body:
            raise ArgumentError(
                f"{', '.join(sorted(body))}: {operation['operationId']} takes no body"
            )
        return request
    if found[0] == "multipart/form-data":
        files: dict[str, tuple[str, bytes, str]] = {}
        data: dict[str, str] = {}
        for key, value in body.items():
            if isinstance(value, Mapping) and "contentBase64" in value:
                files[key] = _file_part(key, value)
            else:
                data[key] = value if isinstance(value, str) else json.dumps(value)
        request["files"] = files
        if data:
            request["data"] = data
    else:
        request["json"] = body
    return request
