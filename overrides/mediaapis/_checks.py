"""The one check of a numeric setting: every number a user gives the package (timeouts, waits,
intervals, pacing, budgets, leases, batch and page sizes) is refused here, naming the setting,
before it can cost a request."""

from __future__ import annotations

import math


def check_number(
    name: str,
    value: object,
    *,
    integer: bool = False,
    positive: bool = False,
    at_most: int | None = None,
    infinite: bool = False,
    unit: str = "",
    type_error: type[Exception] = TypeError,
) -> float:
    """``value`` as a number >= 0 (> 0 with ``positive``; an integer with ``integer``; at most
    ``at_most``; ``inf`` allowed with ``infinite``), or an error naming ``name``. ``unit`` ends
    the messages (" seconds"); a value of the wrong type raises ``type_error``."""
    kind = "an integer" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        raise type_error(f"{name} must be {kind}{unit}, got {type(value).__name__} {value!r}")
    number = float(value)
    low = 1 if positive and integer else 0
    if at_most is not None and not low <= number <= at_most:
        raise ValueError(f"{name} must be between {low} and {at_most}{unit}, got {value!r}")
    if math.isnan(number) or number < 0 or (positive and number == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValueError(f"{name} must be {kind} {bound}{unit}, got {value!r}")
    if math.isinf(number) and not infinite:
        raise ValueError(f"{name} must be finite{unit}, got {value!r}")
    return number
