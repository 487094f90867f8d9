"""``make bench``: run every benchmark, print one table, write bench/results.json."""

from __future__ import annotations

from . import (
    imports,
    install_size,
    mock_fixtures,
    rawugc_batch,
    rawugc_jobs,
    rawugc_overhead,
    rawugc_pacing,
    signing,
)
from ._results import report


def main() -> None:
    rows = []
    rows += signing.run()
    rows += imports.run()
    rows += install_size.run()
    rows += rawugc_overhead.run()
    rows += rawugc_jobs.run()
    rows += rawugc_pacing.run()
    rows += rawugc_batch.run()
    rows += mock_fixtures.run()
    report(rows)


if __name__ == "__main__":
    main()
