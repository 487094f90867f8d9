"""Import time of the client packages against a bare ``import httpx``, both in fresh interpreters.

Each figure is the best of several cold imports in a new process (``-X importtime`` would add
its own overhead); interpreter start-up is excluded by timing inside the child. Every package is
imported from bytecode, as after ``pip install`` (which compiles it): the children may write
``__pycache__`` even where ``PYTHONDONTWRITEBYTECODE`` is set (it is on these machines), and a
first, untimed import of each writes it for our editable sources as pip did for httpx.
"""

from __future__ import annotations

import os
import subprocess
import sys

from ._results import Row

PROBE = "import time; t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def cold_import_ms(modules: str) -> float:
    """One cold import of ``modules`` in a new interpreter, in milliseconds."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(modules=modules)],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    return float(done.stdout) * 1000


def run(repeat: int = 25) -> list[Row]:
    """Best of ``repeat`` cold imports each; the three are interleaved so that a change of load
    during the run weighs on the baseline and the packages alike."""
    candidates = (
        "rawugc_client, volc_icp_client",
        "mediaapis; from mediaapis import RawUGC, ICP",
    )
    times: dict[str, list[float]] = {modules: [] for modules in ("httpx", *candidates)}
    for modules in times:
        cold_import_ms(modules)  # writes the bytecode of whatever has none yet
    for _ in range(repeat):
        for modules, samples in times.items():
            samples.append(cold_import_ms(modules))
    baseline = min(times["httpx"])
    targets = {"mediaapis; from mediaapis import RawUGC, ICP": 1.3}
    return [
        Row(
            f"import {modules} vs import httpx",
            min(times[modules]),
            "ms",
            baseline,
            targets.get(modules, 1.6),
        )
        for modules in candidates
    ]
