"""Every test file alone and in the full run: both pass, and the full run costs each file no more
than twice its standalone time (state one test leaves behind, such as a learnt rate-limit window,
shows up as a file that is slow only after others).

Usage: ``python scripts/isolation.py [--slack SECONDS] [pytest args...]``. It runs the full suite
once, then each file alone, each with a JUnit report (per-test times: setup, call and teardown),
and prints one line per file: standalone seconds, seconds in the full run, their ratio. A file
that fails either way, or whose full-run time exceeds ``2 x standalone + slack``, fails the run.
Too slow for ``make test`` (it runs the suite twice); its last result is in the closing note of
the issue that asked for it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(targets: list[str], report: Path, extra: list[str]) -> tuple[int, dict[str, float]]:
    """Run pytest on ``targets``; its exit code and the seconds spent per test file (the
    tests that failed are printed)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *extra,
            *targets,
            f"--junitxml={report}",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        check=False,
    )
    seconds: dict[str, float] = defaultdict(float)
    for case in ET.parse(report).getroot().iter("testcase"):  # noqa: S314 (our own report)
        parts = (case.get("classname") or "").split(".")
        cut = next((i for i, part in enumerate(parts) if part.startswith("test_")), len(parts) - 1)
        seconds["/".join(parts[: cut + 1]) + ".py"] += float(case.get("time") or 0)
        for problem in (*case.iter("failure"), *case.iter("error")):
            message = (problem.get("message") or "").splitlines()[:1]
            print(f"  FAILED {case.get('classname')}::{case.get('name')}: {message}", flush=True)
    return done.returncode, dict(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slack", type=float, default=1.0, help="seconds allowed on top of 2x")
    options, extra = parser.parse_known_args(argv)
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("test_*.py"))
    with tempfile.TemporaryDirectory() as folder:
        code, full = run(["tests"], Path(folder) / "full.xml", extra)
        failed = code != 0
        print(f"full run: exit {code}")
        print(f"{'file':48} {'alone s':>8} {'full s':>8} {'ratio':>6}")
        for name in files:
            alone_code, alone = run([name], Path(folder) / "alone.xml", extra)
            mine, there = alone.get(name, 0.0), full.get(name, 0.0)
            slow = there > 2 * mine + options.slack
            mark = "  FAILED ALONE" if alone_code not in (0, 5) else ("  SLOW" if slow else "")
            failed |= bool(mark)
            ratio = there / mine if mine else float("nan")
            print(f"{name:48} {mine:8.2f} {there:8.2f} {ratio:6.2f}{mark}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
