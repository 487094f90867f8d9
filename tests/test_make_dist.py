"""``make dist`` installs the build tools alone: no dev setup, no ``npm ci``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAKE = shutil.which("make")


@pytest.mark.skipif(MAKE is None, reason="needs make")
def test_make_dist_needs_only_the_build_tools() -> None:
    assert MAKE is not None
    # -B: as if nothing were installed yet; -n: print the commands, run none
    done = subprocess.run(
        [MAKE, "-n", "-B", "dist"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    commands = done.stdout
    assert "requirements/dist.txt" in commands
    assert "build_dist.py" in commands
    assert "twine check --strict" in commands
    for setup in ("npm", "node_modules", "requirements/dev.txt", ".venv/bin"):
        assert setup not in commands, (setup, commands)
    pins = [
        line.split("==")[0]
        for line in (ROOT / "requirements/dist.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert sorted(pins) == ["build", "setuptools", "twine"]
    assert "-r dist.txt" in (ROOT / "requirements/dev.txt").read_text()  # one place for pins
