"""What the RawUGC spec says about each operation: its route, and whether repeating it is safe.

Everything here is read from the spec shipped with ``rawugc_client`` (``x-idempotent``,
``x-rawugc-credits``, ``x-rawugc-publishes``, ``x-rawugc-publishes-when``, the servers and the
``RawUGC-Version`` parameter), so a spec change needs no change here.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from .. import _spec
from .._spec import iter_operations, load_spec, operations_by_id
from .._spec import resolve as _resolve

SPEC_PACKAGE = "rawugc_client"
# idempotent by HTTP semantics (the spec's "Idempotency" section: GET, PATCH and DELETE)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Operation:
    """One spec operation and the retry-relevant facts its vendor extensions state."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    spends_credits: bool
    publishes: bool
    publishes_when: Mapping[str, Any] | None

    def publishes_with(self, body: bytes) -> bool:
        """Whether a request with this body can publish (unreadable bodies count as yes)."""
        if not self.publishes:
            return False
        if self.publishes_when is None:
            return True
        try:
            value = json.loads(body).get(self.publishes_when["field"])
        except (ValueError, AttributeError):
            return True
        return value in self.publishes_when["values"]

    def retry_safe(self, body: bytes = b"") -> bool:
        """Whether repeating a request that may have reached the server is harmless."""
        return self.idempotent and not self.spends_credits and not self.publishes_with(body)


def _operation(path: str, method: str, spec: Mapping[str, Any]) -> Operation:
    """An :class:`Operation` from its spec entry."""
    verb = method.upper()
    return Operation(
        operation_id=spec["operationId"],
        method=verb,
        path=path,
        idempotent=verb in IDEMPOTENT_METHODS or spec.get("x-idempotent") is True,
        spends_credits="x-rawugc-credits" in spec,
        publishes=spec.get("x-rawugc-publishes") is True,
        publishes_when=spec.get("x-rawugc-publishes-when"),
    )


@functools.cache
def operation(operation_id: str) -> Operation:
    """The operation with this operationId."""
    path, method, spec = operations_by_id(SPEC_PACKAGE)[operation_id]
    return _operation(path, method, spec)


@functools.cache
def _routes() -> tuple[tuple[str, re.Pattern[str], Operation], ...]:
    """(method, path regex, operation), literal paths before templated ones."""
    found = []
    for path, method, spec in iter_operations(SPEC_PACKAGE):
        pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path))
        found.append((path.count("{"), method.upper(), re.compile(pattern + "$"), spec, path))
    found.sort(key=lambda row: row[0])
    return tuple((m, rx, _operation(p, m, s)) for _, m, rx, s, p in found)


@functools.lru_cache(maxsize=1024)
def match(method: str, path: str) -> Operation | None:
    """The operation a request is for; ``path`` is relative to the base URL (``/videos/vid_1``)."""
    for verb, pattern, op in _routes():
        if verb == method and pattern.match(path):
            return op
    return None


def default_base_url() -> str:
    """The spec's first server URL."""
    return str(load_spec(SPEC_PACKAGE)["servers"][0]["url"])


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
