"""Read the vendor extensions of the specs the generated packages were built from.

Each generated package ships its spec as ``openapi.json`` (written by scripts/generate.py), so
knowledge such as a signing service or a credit cost is read from the spec, never restated here.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load_spec(package: str) -> Mapping[str, Any]:
    """The OpenAPI document shipped inside a generated ``package`` (parsed once per process)."""
    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


def iter_operations(package: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation of the package's spec."""
    for path, item in load_spec(package)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


@functools.cache
def operations_by_id(package: str) -> Mapping[str, tuple[str, str, Mapping[str, Any]]]:
    """Map operationId to ``(path, method, operation)``."""
    return {op["operationId"]: (path, method, op) for path, method, op in iter_operations(package)}


def resolve(package: str, node: Any) -> Any:
    """Follow local ``$ref`` pointers in the package's spec."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = load_spec(package)
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operation_parameters(
    package: str, path: str, operation: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    """The resolved parameters of an operation, path-level ones included (the operation's win)."""
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    shared = load_spec(package)["paths"][path].get("parameters", [])
    for param in (*shared, *operation.get("parameters", [])):
        param = resolve(package, param)
        merged[(param["in"], param["name"])] = param
    return list(merged.values())
