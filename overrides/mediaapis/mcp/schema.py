"""Tool input schemas from the spec: parameters and request body, ``$ref``s inlined.

An operation's input is one JSON object: its path and query parameters (header parameters are
the client's business, and a query parameter the spec fixes to one value is sent for the
caller) merged with the fields of its request body. Spec keywords that are not JSON Schema
(``x-*`` extensions, ``discriminator``, ``xml``, ``externalDocs``, ``example``) are dropped; a
multipart ``format: binary`` field becomes a ``{filename, contentBase64, contentType}`` object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._spec import operation_parameters, resolve

NOT_JSON_SCHEMA = frozenset({"discriminator", "xml", "externalDocs", "example"})
LITERAL = frozenset({"enum", "const", "default", "examples", "required"})
NAMED = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


class SpecSchemaError(ValueError):
    """The spec holds a schema this module cannot turn into a tool input (named in the text)."""


def inline(package: str, node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``$ref`` replaced by its target and spec-only keywords removed.

    A ``$ref`` with siblings (OpenAPI 3.1 allows ``description`` next to it) keeps them over the
    target's. A schema that refers to itself cannot be inlined and raises ``SpecSchemaError``.
    """
    if isinstance(node, list):
        return [inline(package, item, seen) for item in node]
    if not isinstance(node, Mapping):
        return node
    if "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen:
            raise SpecSchemaError(f"{ref} refers to itself; it cannot be inlined")
        target = inline(package, resolve(package, {"$ref": ref}), (*seen, ref))
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return {**target, **inline(package, siblings, seen)}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in NOT_JSON_SCHEMA:
            continue
        if key in LITERAL:
            out[key] = value
        elif key in NAMED and isinstance(value, Mapping):  # names are data, not keywords
            out[key] = {name: inline(package, sub, seen) for name, sub in value.items()}
        else:
            out[key] = inline(package, value, seen)
    return out


def body_media(package: str, operation: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    """(media type, its content entry) of the request body: JSON first, then multipart."""
    content = resolve(package, operation.get("requestBody", {})).get("content", {})
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return media, content[media]
    return None


def file_schema(description: str, content_types: list[str]) -> dict[str, Any]:
    """The input of one uploaded file: its bytes in base64, its name and content type."""
    kind: dict[str, Any] = {"type": "string", "description": "Content type of the file."}
    if content_types:
        kind["enum"] = content_types
    return {
        "type": "object",
        "description": f"{description} Pass the file's bytes base64-encoded.".strip(),
        "required": ["filename", "contentBase64"],
        "additionalProperties": False,
        "properties": {
            "filename": {"type": "string", "minLength": 1, "description": "File name."},
            "contentBase64": {
                "type": "string",
                "contentEncoding": "base64",
                "description": "The file's bytes, base64-encoded.",
            },
            "contentType": kind,
        },
    }


def _multipart(schema: dict[str, Any], entry: Mapping[str, Any]) -> dict[str, Any]:
    """Binary fields of a multipart body replaced by :func:`file_schema` objects."""
    properties = dict(schema.get("properties", {}))
    for name, field in properties.items():
        if field.get("format") == "binary":
            listed = entry.get("encoding", {}).get(name, {}).get("contentType", "")
            types = [t.strip() for t in str(listed).split(",") if t.strip() and "*" not in t]
            properties[name] = file_schema(str(field.get("description", "")), types)
    return {**schema, "properties": properties}


def fixed_value(param: Mapping[str, Any]) -> tuple[bool, Any]:
    """(True, value) when the spec allows the parameter one value only (ICP's Action/Version)."""
    schema = param.get("schema", {})
    if "const" in schema:
        return True, schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return True, enum[0]
    return False, None


def input_parameters(
    package: str, path: str, operation: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    """The parameters a caller passes: path and query ones the spec does not fix."""
    return [
        param
        for param in operation_parameters(package, path, operation)
        if param["in"] in ("path", "query") and not fixed_value(param)[0]
    ]


def input_schema(package: str, path: str, operation: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON Schema (2020-12) of a tool's arguments: parameters and body fields merged.

    A field the spec requires but gives a default (ICP's ``MediaType``, 3) is not required of
    the caller: :func:`input_defaults` fills it in, as the typed clients and the CLI do.
    """
    schema = _spec_input(package, path, operation)
    defaults = _defaults(schema)
    schema["required"] = [name for name in schema["required"] if name not in defaults]
    if not schema["required"]:
        del schema["required"]
    return schema


def input_defaults(package: str, path: str, operation: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments a call leaves out that take the spec's default: required fields and
    parameters with a ``default`` (sent, since the spec requires them)."""
    return _defaults(_spec_input(package, path, operation))


def _defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties", {})
    return {
        name: properties[name]["default"]
        for name in schema.get("required", [])
        if "default" in properties.get(name, {})
    }


def _spec_input(package: str, path: str, operation: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters and body fields merged, required as the spec says."""
    schema: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    found = body_media(package, operation)
    if found is not None:
        media, entry = found
        body = inline(package, entry.get("schema", {}))
        if body.get("type", "object") != "object" or "properties" not in body:
            raise SpecSchemaError(f"{operation['operationId']}: the request body is not an object")
        if media == "multipart/form-data":
            body = _multipart(body, entry)
        schema = {**body, "type": "object", "required": list(body.get("required", []))}
        schema["properties"] = dict(body["properties"])
    operation_id = operation["operationId"]
    for param in input_parameters(package, path, operation):
        name = param["name"]
        if name in schema["properties"]:
            raise SpecSchemaError(f"{operation_id}: parameter {name} is also a body field")
        field = inline(package, param.get("schema", {}))
        if param.get("description"):
            field = {**field, "description": param["description"]}
        schema["properties"][name] = field
        if param.get("required"):
            schema["required"].append(name)
    schema.setdefault("additionalProperties", False)
    return schema
