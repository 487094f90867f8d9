"""What the RawUGC spec says about each operation: its route, and whether repeating it is safe.

Everything here is read from the spec shipped with ``rawugc_client`` (``x-idempotent``,
``x-rawugc-credits``, ``x-rawugc-publishes``, ``x-rawugc-publishes-when``, the servers and the
``RawUGC-Version`` parameter), so a spec change needs no change here.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .. import _spec
from .._spec import iter_operations, load_spec
from .._spec import resolve as _resolve

SPEC_PACKAGE = "rawugc_client"

if TYPE_CHECKING:  # the public model of every API's operations, imported on first use
    from ..spec import OperationFacts as Operation


def __getattr__(name: str) -> Any:
    """``Operation``: the facts of one operation (:class:`mediaapis.spec.OperationFacts`)."""
    if name == "Operation":
        from ..spec import OperationFacts

        return OperationFacts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def operation(operation_id: str) -> Operation:
    """The operation with this operationId."""
    from ..spec import operations

    return operations("rawugc")[operation_id]


@functools.cache
def _routes() -> tuple[tuple[str, re.Pattern[str], Operation], ...]:
    """(method, path regex, operation), literal paths before templated ones."""
    found = []
    for path, method, entry in iter_operations(SPEC_PACKAGE):
        pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path))
        found.append((path.count("{"), method.upper(), re.compile(pattern + "$"), entry))
    found.sort(key=lambda row: row[0])
    return tuple((m, rx, operation(e["operationId"])) for _, m, rx, e in found)


@functools.lru_cache(maxsize=1024)
def match(method: str, path: str) -> Operation | None:
    """The operation a request is for; ``path`` is relative to the base URL (``/videos/vid_1``)."""
    for verb, pattern, op in _routes():
        if verb == method and pattern.match(path):
            return op
    return None


def default_api_version() -> str:
    """The API version the spec describes (``info.version``), sent as ``RawUGC-Version``: the
    SDK pins the version its models were generated from, as Stripe's SDKs do."""
    return str(load_spec(SPEC_PACKAGE)["info"]["version"])


def generated_module(operation_id: str) -> ModuleType:
    """The generated module of an operation (``sync``, ``sync_detailed``, ``asyncio``...)."""
    return _spec.generated_module(SPEC_PACKAGE, operation_id)


def operation_of_module(module: ModuleType | str) -> str:
    """The operationId of a generated module (or an operationId, returned as is)."""
    return _spec.operation_of_module(SPEC_PACKAGE, module)


def attribute(model: object, field: str) -> str:
    """The attribute of a generated RawUGC model holding spec property ``field``."""
    return _spec.attribute(SPEC_PACKAGE, model, field)


def resolve(node: Any) -> Any:
    """Follow local ``$ref`` pointers of the RawUGC spec."""
    return _resolve(SPEC_PACKAGE, node)
