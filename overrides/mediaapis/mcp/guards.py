"""The server's guards: a credit budget, publishing and deleting, all read from the spec.

``x-rawugc-credits`` prices an operation (``cost``, ``costBy`` a request field, or ``cost: null``
when the vendor states no price). A priced call is refused unless the session's budget
(``--max-credits``) still covers its cost; an unpriced one needs ``--unpriced-cost``, the
ceiling reserved for it. A reservation is settled from the response's ``creditsUsed`` (the
spec's cost when the response has none), released when the API refused the call (4xx: nothing
is charged), and kept whole when the outcome is unknown (a server or network failure).
``x-rawugc-publishes`` (with ``x-rawugc-publishes-when``) needs ``--allow-publish``; DELETE
needs ``--allow-delete``. Reservations happen with no await in between on one event loop, so
concurrent calls cannot overspend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._spec import resolve
from ..spec import Credits, Publishing


@dataclass(frozen=True)
class Policy:
    """What the server was started to allow."""

    max_credits: int = 0
    unpriced_cost: int | None = None
    allow_publish: bool = False
    allow_delete: bool = False


class Refused(Exception):
    """A guard refused a call; ``details`` is the structured reason for the tool error."""

    def __init__(self, message: str, details: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.details = dict(details)


@dataclass
class Reservation:
    """Credits held for one call until it is settled."""

    operation_id: str
    credits: int
    priced: bool


def credit_cost(
    package: str, operation: Mapping[str, Any], arguments: Mapping[str, Any]
) -> int | None:
    """What a call costs per the spec, ``None`` when the spec leaves it open (0: free)."""
    credits = Credits.of(operation)
    if credits is None:
        return 0
    if credits.field is not None and credits.field not in arguments:
        arguments = {**arguments, credits.field: _default(package, operation, credits.field)}
    return credits.cost_of(arguments)


def _default(package: str, operation: Mapping[str, Any], name: str) -> Any:
    content = resolve(package, operation.get("requestBody", {})).get("content", {})
    schema = resolve(package, content.get("application/json", {}).get("schema", {}))
    return resolve(package, schema.get("properties", {}).get(name, {})).get("default")


def publishes(operation: Mapping[str, Any], arguments: Mapping[str, Any]) -> bool:
    """Whether the call can publish (``x-rawugc-publishes``, narrowed by ``-when``), decided
    by the same rule the RawUGC transport's retry policy uses."""
    publishing = Publishing.of(operation)
    return publishing is not None and publishing.publishes(arguments)


class Guard:
    """One server's policy and credit ledger (shared by every client session it serves)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.spent = 0
        self.reserved = 0

    @property
    def remaining(self) -> int:
        """Credits still available to reserve."""
        return max(0, self.policy.max_credits - self.spent - self.reserved)

    def ledger(self) -> dict[str, int]:
        """The budget as shown to the client."""
        return {
            "maxCredits": self.policy.max_credits,
            "spent": self.spent,
            "reserved": self.reserved,
            "remaining": self.remaining,
        }

    def check(
        self, package: str, method: str, operation: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> Reservation | None:
        """Refuse the call, or return the credits reserved for it (None: it spends nothing)."""
        operation_id = str(operation["operationId"])
        if method == "delete" and not self.policy.allow_delete:
            raise Refused(
                f"{operation_id} deletes; this server was started without --allow-delete",
                {"refused": "delete", "operationId": operation_id, "flag": "--allow-delete"},
            )
        if publishes(operation, arguments) and not self.policy.allow_publish:
            raise Refused(
                f"{operation_id} publishes to social media; this server was started without "
                "--allow-publish",
                {"refused": "publish", "operationId": operation_id, "flag": "--allow-publish"},
            )
        if Credits.of(operation) is None:  # spends nothing
            return None
        cost = credit_cost(package, operation, arguments)
        priced = cost is not None
        if cost is None:
            if self.policy.unpriced_cost is None:
                raise Refused(
                    f"{operation_id} spends credits the spec does not price; start the server "
                    f"with --unpriced-cost N to reserve N credits for it (budget: "
                    f"{self.remaining} of {self.policy.max_credits} credits left)",
                    {
                        "refused": "credits",
                        "operationId": operation_id,
                        "cost": None,
                        "flag": "--unpriced-cost",
                        **self.ledger(),
                    },
                )
            cost = self.policy.unpriced_cost
        if cost > self.remaining:
            what = f"costs {cost} credits" if priced else f"needs {cost} credits reserved"
            raise Refused(
                f"{operation_id} {what}, but the budget has {self.remaining} of "
                f"{self.policy.max_credits} credits left (--max-credits)",
                {
                    "refused": "credits",
                    "operationId": operation_id,
                    "cost": cost,
                    "priced": priced,
                    "flag": "--max-credits",
                    **self.ledger(),
                },
            )
        self.reserved += cost
        return Reservation(operation_id, cost, priced)

    def settle(self, reservation: Reservation, document: Any) -> int:
        """Count what the call cost (``creditsUsed``, else the reservation); return it."""
        used = document.get("creditsUsed") if isinstance(document, Mapping) else None
        cost = int(used) if isinstance(used, int | float) and not isinstance(used, bool) else None
        if cost is not None and cost < 0:  # found after a lost answer, cost unknown (-1)
            cost = None
        self.reserved -= reservation.credits
        self.spent += reservation.credits if cost is None else cost
        return reservation.credits if cost is None else cost

    def release(self, reservation: Reservation) -> None:
        """The API refused the call: nothing was charged."""
        self.reserved -= reservation.credits

    def keep(self, reservation: Reservation) -> None:
        """The outcome is unknown: count the whole reservation as spent."""
        self.reserved -= reservation.credits
        self.spent += reservation.credits
