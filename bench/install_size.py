"""What a core ``pip install`` of the wheel costs a user, against installing ``httpx`` alone.

Both go into empty venvs (no pip or setuptools in them) from the same local wheelhouse
(scripts/venvs.py, the versions pinned in requirements/), so the figures compare what gets
installed, not the network. Rows: disk used (allocated blocks, as ``du``), distributions
installed, install time (best of a few), and a cold ``import mediaapis.rawugc, mediaapis.icp``
from the installed wheel against ``import httpx`` in the same venv. httpx and what it brings
is the floor: every client here is an httpx client.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from scripts.build_dist import cached_wheel
from scripts.venvs import CACHE, Venv, wheelhouse

from ._results import Row

PROBE = "import time; t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def installed(root: Path, name: str, requirement: str, found: Path) -> tuple[Venv, float]:
    venv = Venv.create(root / name)
    started = time.perf_counter()
    venv.install(requirement, find_links=found)
    return venv, time.perf_counter() - started


def cold_import_ms(venv: Venv, modules: str) -> float:
    done = subprocess.run(
        [str(venv.python), "-c", PROBE.format(modules=modules)],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
        cwd=venv.path,
    )
    return float(done.stdout) * 1000


def run(repeat: int = 3, imports: int = 11) -> list[Row]:
    wheel = cached_wheel(CACHE / "wheels")
    found = wheelhouse(wheel, "", [], CACHE / "wheelhouse")
    core_times: list[float] = []
    httpx_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="mediaapis-bench-") as tmp:
        for attempt in range(repeat):
            core, seconds = installed(Path(tmp), f"core{attempt}", str(wheel), found)
            core_times.append(seconds)
            floor, seconds = installed(Path(tmp), f"httpx{attempt}", "httpx", found)
            httpx_times.append(seconds)
        sizes, floor_sizes = core.distributions(), floor.distributions()
        light: dict[str, list[float]] = {"httpx": [], "mediaapis.rawugc, mediaapis.icp": []}
        for _ in range(imports):
            for modules, samples in light.items():
                samples.append(cold_import_ms(core, modules))
    mb = 1e6
    return [
        Row("core install: disk vs httpx alone", sum(sizes.values()) / mb, "MB",
            sum(floor_sizes.values()) / mb, 2.5),
        Row("core install: distributions vs httpx alone", len(sizes), "n",
            len(floor_sizes), 2.0),
        Row("core install: pip install time vs httpx alone", min(core_times), "s",
            min(httpx_times), 3.0),
        Row("import mediaapis.rawugc, .icp (installed wheel) vs httpx",
            min(light["mediaapis.rawugc, mediaapis.icp"]), "ms", min(light["httpx"]), 1.6),
    ]  # fmt: skip
