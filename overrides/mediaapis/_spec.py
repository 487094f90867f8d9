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
import sys
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# safe to repeat by HTTP semantics (RawUGC's "Idempotency" section: GET, PATCH and DELETE); a
# POST is safe only when the spec marks it x-idempotent
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


class Spec:
    """One OpenAPI document, indexed: its operations by id, ``$ref`` resolution, parameters.

    The index every reader of a spec uses: the client layer, the mocks, the CLI, the contract
    suite and the scripts (a document on disk or the one a generated package ships).
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def operations(self) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
        """``(path, method, operation)`` for every operation, in document order."""
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]

    @functools.cached_property
    def by_id(self) -> Mapping[str, tuple[str, str, Mapping[str, Any]]]:
        """operationId -> ``(path, method, operation)``."""
        return {op["operationId"]: (path, method, op) for path, method, op in self.operations()}

    def pointer(self, ref: str) -> Any:
        """The node a local reference (``#/components/...``) points at."""
        target: Any = self.document
        for part in ref.removeprefix("#").removeprefix("/").split("/"):
            if part:
                target = target[part.replace("~1", "/").replace("~0", "~")]
        return target

    def resolve(self, node: Any, *, siblings: bool = False) -> Any:
        """``node`` with its chain of local ``$ref`` pointers followed (cycles refused).

        ``siblings=True`` keeps the keywords written beside a ``$ref`` (OpenAPI 3.1 allows
        them), over the target's.
        """
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen:
                raise ValueError(f"$ref cycle at {ref}")
            seen.add(ref)
            target = self.pointer(ref)
            if siblings and isinstance(target, Mapping):
                target = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            node = target
        return node

    def parameters(self, path: str, operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The resolved parameters of an operation, path-level ones included (the operation's
        win)."""
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        shared = self.document["paths"][path].get("parameters", [])
        for param in (*shared, *operation.get("parameters", [])):
            param = self.resolve(param)
            merged[(param["in"], param["name"])] = param
        return list(merged.values())


@functools.cache
def spec(package: str) -> Spec:
    """The index of the spec a generated ``package`` ships (built once per process)."""
    return Spec(load_spec(package))


@functools.cache
def load_spec(package: str) -> Mapping[str, Any]:
    """The OpenAPI document shipped inside a generated ``package`` (parsed once per process)."""
    from importlib import resources  # on first use: ``import mediaapis`` stays cheap

    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


def default_base_url(package: str) -> str:
    """The first server URL of the spec a generated ``package`` ships."""
    return str(load_spec(package)["servers"][0]["url"])


def iter_operations(package: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation of the package's spec."""
    return spec(package).operations()


def operations_by_id(package: str) -> Mapping[str, tuple[str, str, Mapping[str, Any]]]:
    """Map operationId to ``(path, method, operation)``."""
    return spec(package).by_id


def resolve(package: str, node: Any) -> Any:
    """Follow local ``$ref`` pointers in the package's spec."""
    return spec(package).resolve(node)


def operation_parameters(
    package: str, path: str, operation: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    """The resolved parameters of an operation, path-level ones included (the operation's win)."""
    return spec(package).parameters(path, operation)


# generated package -> the table of its Python names
_NAMES = {
    "rawugc_client": "mediaapis_sdk.rawugc._names",
    "volc_icp_client": "mediaapis_sdk.icp._names",
}


def _names(package: str) -> ModuleType:
    return importlib.import_module(_NAMES[package])


def module_name(package: str, operation_id: str) -> str:
    """The dotted name of an operation's generated function module."""
    modules: Mapping[str, str] = _names(package).MODULES
    return modules[operation_id]


def generated_module(package: str, operation_id: str) -> ModuleType:
    """An operation's generated function module (``sync``, ``sync_detailed``, ``asyncio``...)."""
    return importlib.import_module(module_name(package, operation_id))


def body_class(module: ModuleType) -> Any:
    """The model class of a generated operation module's ``body`` argument."""
    import typing

    hint = typing.get_type_hints(module.request_kwargs)["body"]
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and hasattr(candidate, "from_dict"):
            return candidate
    raise LookupError(f"{module.__name__}: the body is not a generated model ({hint})")


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


def operation_named(name: str) -> str | None:
    """The operationId a request names (``mediaapis.operation``): an operationId as is, or the
    dotted name of a generated api module (``rawugc_client.api.videos.get_video``), as the
    generated functions name their requests; None for a module that is no operation."""
    package = name.split(".", 1)[0]
    if "." not in name or package not in _NAMES:
        return name
    module = sys.modules.get(name)
    if module is None:
        return None
    try:
        return operation_of_module(package, module)
    except LookupError:
        return None


def attribute(package: str, model: object, field: str) -> str:
    """The attribute of a generated model (class or instance) holding spec property ``field``."""
    cls = model if isinstance(model, type) else type(model)
    table: Mapping[str, Mapping[str, str]] = _names(package).ATTRIBUTES
    return table[cls.__name__][field]


def argument(package: str, operation_id: str, parameter: str) -> str:
    """The Python argument of an operation's generated functions for spec parameter
    ``parameter`` (``videoId`` -> ``video_id``, ``type`` -> ``type_``)."""
    table: Mapping[str, Mapping[str, str]] = _names(package).PARAMETERS
    return table[operation_id][parameter]


def typed_method(
    package: str, operation_id: str, client: object, *, asynchronous: bool = False
) -> Any:
    """An operation's method on its typed resource (``mediaapis_sdk``) over ``client``, a
    generated client: how the functional helpers call an operation through the one typed call
    flow."""
    module, sync_class, async_class, method = _names(package).RESOURCES[operation_id]
    resource = getattr(importlib.import_module(module), async_class if asynchronous else sync_class)
    return getattr(resource(_Holder(client)), method)


def resource_method(
    package: str, operation_id: str, api_client: object, *, asynchronous: bool = False
) -> Any:
    """An operation's method on its typed resource over ``api_client`` itself (a ``RawUGC``):
    unlike :func:`typed_method`, the call sees the client's ledger and clock (paid work with an
    idempotency key)."""
    module, sync_class, async_class, method = _names(package).RESOURCES[operation_id]
    resource = getattr(importlib.import_module(module), async_class if asynchronous else sync_class)
    return getattr(resource(api_client), method)


class _Holder:
    """What a typed resource needs of its API client: the generated client (``.client``)."""

    def __init__(self, client: object) -> None:
        self.client = client
