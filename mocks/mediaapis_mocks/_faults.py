"""Injected failures: ``Fault`` (what goes wrong) and ``Faults`` (which operations it hits).

No third-party imports: usable without the ``mock`` extra.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

FaultKind = Literal["status", "delay", "drop", "malformed", "truncated", "rate_limit"]
FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)


@dataclass
class Fault:
    """One injected failure, switched on with ``mock.faults.add(operation_id, fault)``.

    ``kind``: ``status`` (answer ``status``, 503 by default, in the API's error shape),
    ``rate_limit`` (429 for ``seconds``, default the rate window), ``delay`` (answer after
    ``seconds`` of real time), ``drop`` (the connection ends mid-body), ``malformed`` (a body
    that is not JSON) or ``truncated`` (half the body). ``times``: how many requests it hits
    (None: every one). ``after=True`` lets the operation run first (its effects happen, the
    response is lost): the case that tells a safe retry from a double charge.
    """

    kind: FaultKind
    status: int = 503
    seconds: float = 0.0
    times: int | None = 1
    after: bool = False

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(
                f"Fault kind {self.kind!r} is not one of {', '.join(map(repr, FAULT_KINDS))}"
            )
        if not 100 <= self.status <= 599:
            raise ValueError(f"Fault status must be an HTTP status (100-599), got {self.status}")
        if self.seconds < 0:
            raise ValueError(f"Fault seconds must be >= 0, got {self.seconds}")
        if self.times is not None and self.times < 1:
            raise ValueError(f"Fault times must be >= 1 or None (every request), got {self.times}")


class Faults:
    """Faults switched on per operationId (``"*"`` for every route).

    ``operations`` are the operationIds of the mock's spec: ``add`` refuses any other name at
    once (a typo would otherwise leave the fault silently unused).
    """

    def __init__(self, operations: Iterable[str]) -> None:
        self.operations = frozenset(operations)
        self._rules: dict[str, list[Fault]] = {}
        self._lock = threading.Lock()

    def add(self, operation_id: str, fault: Fault) -> None:
        """Switch ``fault`` on for ``operation_id`` (``"*"``: every operation)."""
        if not isinstance(fault, Fault):
            raise TypeError(f"faults.add needs a Fault, got {type(fault).__name__}")
        if operation_id != "*" and operation_id not in self.operations:
            close = difflib.get_close_matches(operation_id, self.operations, n=3)
            hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            raise ValueError(
                f"unknown operationId {operation_id!r}{hint}; valid: '*' or one of "
                f"{', '.join(sorted(self.operations))}"
            )
        with self._lock:
            self._rules.setdefault(operation_id, []).append(fault)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, operation_id: str) -> Fault | None:
        """The next fault for this operation, counting it down."""
        with self._lock:
            for key in (operation_id, "*"):
                rules = self._rules.get(key, [])
                for fault in rules:
                    if fault.times is None:
                        return fault
                    if fault.times > 0:
                        fault.times -= 1
                        return fault
        return None
