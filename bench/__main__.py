"""``make bench``: run every benchmark, print one table, write bench/results.json."""

from __future__ import annotations

from . import imports, signing
from ._results import report


def main() -> None:
    rows = []
    rows += signing.run()
    rows += imports.run()
    report(rows)


if __name__ == "__main__":
    main()
