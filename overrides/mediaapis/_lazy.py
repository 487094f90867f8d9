"""Lazy exports of a package: each public name's module is imported when the name is first used.

``import mediaapis`` (and ``mediaapis.rawugc``, ``mediaapis.icp``) then costs almost nothing:
the clients, their resources and the helpers load on first use, as openai-python's do.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``table`` maps a public name to the
    module defining it (relative to ``package`` or absolute); ``namespace`` is the package's
    ``globals()``, where an imported name is kept for the next access."""

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *table})

    return __getattr__, __dir__
