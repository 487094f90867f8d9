"""Bench rows: every figure is a ratio against a baseline measured in the same run."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True)
class Row:
    """One benchmark figure. ``target`` bounds ``ratio`` (``value / baseline``) from above,
    unless ``higher_is_better`` (then from below)."""

    name: str
    value: float
    unit: str
    baseline: float
    target: float
    higher_is_better: bool = False

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def meets_target(self) -> bool:
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    def as_json(self) -> dict[str, object]:
        row = asdict(self)
        del row["higher_is_better"]
        row["ratio"] = round(self.ratio, 4)
        row["target"] = f"{'>=' if self.higher_is_better else '<='} {self.target}"
        row["meets_target"] = self.meets_target
        return row


def report(rows: list[Row]) -> None:
    """Print the table and write ``bench/results.json``."""
    RESULTS.write_text(json.dumps([r.as_json() for r in rows], indent=2) + "\n")
    header = f"{'benchmark':<58} {'value':>12} {'baseline':>12} {'ratio':>8} {'target':>8}  ok"
    print(header)
    print("-" * len(header))
    for r in rows:
        sign = ">=" if r.higher_is_better else "<="
        print(
            f"{r.name:<58} {r.value:>9.3f} {r.unit:<2} {r.baseline:>9.3f} {r.unit:<2} "
            f"{r.ratio:>8.3f} {sign:>3}{r.target:<5} {'yes' if r.meets_target else 'NO'}"
        )
    print(f"\nwrote {RESULTS}")
