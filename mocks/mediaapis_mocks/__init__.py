"""Mock servers for the RawUGC API and Volcengine ICP, built on the same OpenAPI specs.

``from mediaapis_mocks import RawUGCMock, ICPMock, LoopbackServer, Fault, ManualClock, TEST_KEY``.

The names are loaded on first use: importing the package (and its pytest plugin) needs no
third-party package. The clocks, ``Fault`` and the built-in keys work without the ``mock``
extra; the mocks and servers need it (starlette, uvicorn, jsonschema, python-multipart) and say
``install mediaapis[mock]`` when it is missing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._calls import Calls
    from ._clock import Clock, ManualClock
    from ._core import MockApp, ResponseConformanceError
    from ._faults import FAULT_KINDS, Fault, FaultKind, Faults
    from ._keys import (
        BROKE_KEY,
        BROKE_ORG,
        FAIL_MARKER,
        READ_ONLY_KEY,
        TEST_ACCESS_KEY,
        TEST_KEY,
        TEST_ORG,
        TEST_SECRET_KEY,
    )
    from .icp import ICPMock
    from .rawugc import RawUGCMock
    from .server import InProcessTransport, LoopbackServer

# public name -> the module that defines it
_EXPORTS = {
    "Calls": "._calls",
    "Clock": "._clock",
    "ManualClock": "._clock",
    "FAULT_KINDS": "._faults",
    "Fault": "._faults",
    "FaultKind": "._faults",
    "Faults": "._faults",
    "BROKE_KEY": "._keys",
    "BROKE_ORG": "._keys",
    "FAIL_MARKER": "._keys",
    "READ_ONLY_KEY": "._keys",
    "TEST_ACCESS_KEY": "._keys",
    "TEST_KEY": "._keys",
    "TEST_ORG": "._keys",
    "TEST_SECRET_KEY": "._keys",
    "MockApp": "._core",
    "ResponseConformanceError": "._core",
    "ICPMock": ".icp",
    "RawUGCMock": ".rawugc",
    "InProcessTransport": ".server",
    "LoopbackServer": ".server",
}
# the third-party packages of the ``mock`` extra, by import name
MOCK_EXTRA_MODULES = ("starlette", "uvicorn", "jsonschema", "referencing", "python_multipart")
INSTALL_HINT = 'install mediaapis[mock] (pip install "mediaapis[mock]")'

__all__ = [
    "BROKE_KEY",
    "BROKE_ORG",
    "FAIL_MARKER",
    "FAULT_KINDS",
    "READ_ONLY_KEY",
    "TEST_ACCESS_KEY",
    "TEST_KEY",
    "TEST_ORG",
    "TEST_SECRET_KEY",
    "Calls",
    "Clock",
    "Fault",
    "FaultKind",
    "Faults",
    "ICPMock",
    "InProcessTransport",
    "LoopbackServer",
    "ManualClock",
    "MockApp",
    "MockExtraMissingError",
    "RawUGCMock",
    "ResponseConformanceError",
    "missing_mock_extra",
]


class MockExtraMissingError(ImportError):
    """The mocks need the ``mock`` extra, which is not installed."""


def missing_mock_extra() -> str | None:
    """The first package of the ``mock`` extra that cannot be imported, or None."""
    for name in MOCK_EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            return name
    return None


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in MOCK_EXTRA_MODULES:
            raise
        raise MockExtraMissingError(
            f"mediaapis_mocks.{name} needs {exc.name!r}: {INSTALL_HINT}"
        ) from exc
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
