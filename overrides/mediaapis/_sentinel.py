"""The one "not given" sentinel of both APIs' generated models: ``mediaapis.Unset`` / ``UNSET``.

The generated packages (``rawugc_client``, ``volc_icp_client``) import it from here (their
``types.py`` template), so ``isinstance(value, Unset)`` holds whichever API a value came from.
"""

from __future__ import annotations

from typing import Literal


class Unset:
    """A field that was not given (distinct from ``None``, which the API may mean as null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as this module's one instance


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
