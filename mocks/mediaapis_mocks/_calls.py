"""How many requests reached each operation of a mock: ``mock.calls["getMediaList"]``.

A mapping from operationId to a count, read like :class:`collections.Counter`: an operation of
the spec that was never called reads 0, and only called operations are iterated (so ``in``
says "was called", and ``get`` answers its default for an operation never called). An
operation may also be named as the API names it on the wire and in its errors (ICP's
``x-volc-action``, ``GetMediaList``); a name that is neither raises ``KeyError`` listing the
valid ones (a typo would otherwise read a silent 0).
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Iterator, Mapping
from typing import Any


class Calls(Mapping[str, int]):
    """Requests routed to each operation, by operationId (or the API's action name)."""

    def __init__(self, operations: Mapping[str, Mapping[str, Any]]) -> None:
        """``operations``: operationId -> the operation in the spec (its ``x-volc-action``,
        when it has one, is a second name)."""
        self._names: dict[str, str] = {}
        for operation_id, op in operations.items():
            self._names[operation_id] = operation_id
            if "x-volc-action" in op:
                self._names.setdefault(str(op["x-volc-action"]), operation_id)
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def operation_id(self, name: str) -> str:
        """The operationId ``name`` stands for (an operationId or an action name)."""
        try:
            return self._names[name]
        except (KeyError, TypeError):
            close = difflib.get_close_matches(str(name), self._names, n=3)
            hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            raise KeyError(
                f"{name!r} is not an operation of this mock{hint}; valid: "
                f"{', '.join(sorted(self._names))}"
            ) from None

    def record(self, operation_id: str) -> None:
        """Count one request routed to ``operation_id``."""
        with self._lock:
            self._counts[operation_id] = self._counts.get(operation_id, 0) + 1

    def clear(self) -> None:
        """Forget every count."""
        with self._lock:
            self._counts.clear()

    def __getitem__(self, name: str) -> int:
        return self._counts.get(self.operation_id(name), 0)

    def get(self, name: str, default: Any = None) -> Any:
        """The count of a called operation, else ``default`` (as ``Counter.get``); an unknown
        name raises ``KeyError``, as with ``[]``."""
        count = self[name]
        return count if count else default

    def __contains__(self, name: object) -> bool:
        """Whether the operation was called (an unknown name is simply not in)."""
        return isinstance(name, str) and self._counts.get(self._names.get(name, ""), 0) > 0

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._counts))

    def __len__(self) -> int:
        return len(self._counts)

    def __repr__(self) -> str:
        return f"Calls({self._counts!r})"
