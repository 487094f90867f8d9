"""The one index of the specs: operations, ``$ref`` resolution, vendor extensions, Python names.

Each generated package ships its spec as ``openapi.json`` (written by scripts/generate.py), so
knowledge such as a signing service or a credit cost is read from the spec, never restated here.
Python names (an operation's generated module, a model attribute for a spec property) are the
ones openapi-python-client gave, read from the tables scripts/generate_sdk.py writes
(``mediaapis_sdk.<api>._names``), never re-derived by a snake-case function of our own.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load_spec(package: str) -> Mapping[str, Any]:
    """The OpenAPI document shipped inside a generated ``package`` (parsed once per process)."""
    from importlib import resources  # on first use: ``import mediaapis`` stays cheap

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


# generated package -> the table of its Python names
_NAMES = {"rawugc_client": "mediaapis_sdk.rawugc._names", "volc_icp_client": "mediaapis_sdk.icp._names"}


def _names(package: str) -> ModuleType:
    return importlib.import_module(_NAMES[package])


def module_name(package: str, operation_id: str) -> str:
    """The dotted name of an operation's generated function module."""
    modules: Mapping[str, str] = _names(package).MODULES
    return modules[operation_id]


def generated_module(package: str, operation_id: str) -> ModuleType:
    """An operation's generated function module (``sync``, ``sync_detailed``, ``asyncio``...)."""
    return importlib.import_module(module_name(package, operation_id))


def operation_of_module(package: str, module: ModuleType | str) -> str:
    """The operationId of a generated function module (an operationId is returned as is)."""
    if isinstance(module, str):
        if module in operations_by_id(package):
            return module
        raise LookupError(f"{module!r} is not an operation of {package}")
    for operation_id, name in _names(package).MODULES.items():
        if name == module.__name__:
            return str(operation_id)
    raise LookupError(f"{module.__name__} is not a generated operation module of {package}")


def attribute(package: str, model: object, field: str) -> str:
    """The attribute of a generated model (class or instance) holding spec property ``field``."""
    cls = model if isinstance(model, type) else type(model)
    table: Mapping[str, Mapping[str, str]] = _names(package).ATTRIBUTES
    return table[cls.__name__][field]
