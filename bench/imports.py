"""Import time of the client packages against a bare ``import httpx``, both in fresh interpreters.

Each figure is the best of several cold imports in a new process (``-X importtime`` would add
its own overhead); interpreter start-up is excluded by timing inside the child.
"""

from __future__ import annotations

import subprocess
import sys

from ._results import Row

PROBE = "import time; t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"


def cold_import_ms(modules: str, repeat: int = 9) -> float:
    times = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", PROBE.format(modules=modules)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(done.stdout) * 1000)
    return min(times)


def run() -> list[Row]:
    baseline = cold_import_ms("httpx")
    rows = []
    for modules in ("rawugc_client, volc_icp_client", "mediaapis.icp, mediaapis.rawugc"):
        rows.append(
            Row(f"import {modules} vs import httpx", cold_import_ms(modules), "ms", baseline, 1.6)
        )
    return rows
