"""Fresh virtual environments outside the source tree, installed as a user would, but offline.

A :func:`wheelhouse` holds the wheels a set of requirements needs, downloaded once (by this
interpreter's pip, constrained to the versions pinned in ``requirements/``) and kept under a
cache folder keyed on what was asked; :class:`Venv` creates an empty environment (no pip of its
own: this interpreter's ``pip --python`` installs into it, which saves seconds per venv) and
installs with ``--no-index --find-links`` from that wheelhouse, so repeated runs touch no
network.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN_FILES = tuple(ROOT / "requirements" / name for name in ("dev.txt", "dist.txt", "bench.txt"))
# built wheels and downloaded wheelhouses (tests/test_install.py, bench/install_size.py)
CACHE = Path(
    os.environ.get("MEDIAAPIS_INSTALL_CACHE", Path.home() / ".cache" / "mediaapis-install")
)
PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)")
# this machine's pip config names local indexes that may be absent: their warnings are noise
PIP_NOISE = re.compile(r"^WARNING: Location .* is ignored\.?$|^WARNING: Url .*$", re.M)


def normalize(name: str) -> str:
    """A project name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    """``name==version`` (extras dropped) of every pin in requirements/, by normalized name."""
    found: dict[str, str] = {}
    for path in PIN_FILES:
        for line in path.read_text().splitlines():
            if match := PIN.match(line):
                found[normalize(match[1])] = f"{match[1]}=={match[2]}"
    return found


def requires_dist(wheel: Path) -> list[str]:
    """The ``Requires-Dist`` lines of a wheel's metadata."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode()
    return [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:")
    ]


def pip(*args: str) -> subprocess.CompletedProcess[str]:
    """Run this interpreter's pip; raise with its output (less the index noise) on failure."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        output = PIP_NOISE.sub("", done.stdout + done.stderr).strip()
        raise RuntimeError(f"pip {args[0]} failed (exit {done.returncode}):\n{output[-6000:]}")
    return done


def wheelhouse(wheel: Path, extras: str, also: list[str], cache: Path) -> Path:
    """A folder with the wheels that ``wheel[extras]`` and ``also`` need, at the pinned versions.

    Keyed on the wheel's requirements, the extras, ``also`` and the pins: a new source digest
    with the same requirements reuses it.
    """
    constraints = sorted(pins().values())
    asked = {"requires": requires_dist(wheel), "extras": extras, "also": also, "pins": constraints}
    key = hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()[:16]
    final = cache / key
    if (final / ".complete").exists():
        return final
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=cache))
    (staging / "constraints.txt").write_text("\n".join(constraints) + "\n")
    target = f"{wheel}[{extras}]" if extras else str(wheel)
    pip("download", "--only-binary", ":all:", "-d", str(staging),
        "-c", str(staging / "constraints.txt"), target, *also)  # fmt: skip
    for own in staging.glob("mediaapis-*"):
        own.unlink()
    (staging / ".complete").touch()
    try:
        staging.rename(final)
    except OSError:  # another process finished first
        shutil.rmtree(staging, ignore_errors=True)
    return final


@dataclass(frozen=True)
class Venv:
    """A virtual environment at ``path`` (create it with :meth:`create`)."""

    path: Path

    @classmethod
    def create(cls, path: Path, python: str = sys.executable) -> Venv:
        """An empty venv (no pip, no setuptools) made by ``python``."""
        subprocess.run([python, "-m", "venv", "--without-pip", str(path)], check=True)
        return cls(path)

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def bin(self, name: str) -> Path:
        return self.path / "bin" / name

    @property
    def site_packages(self) -> Path:
        return next((self.path / "lib").glob("python3*/site-packages"))

    def install(self, *requirements: str, find_links: Path) -> None:
        """``pip install --no-index --find-links`` into this venv; bytecode compiled, as usual."""
        pip("--python", str(self.python), "install", "--no-index", "--find-links",
            str(find_links), "--no-warn-script-location", *requirements)  # fmt: skip

    def run(self, *args: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
        """Run a command of this venv in ``cwd`` with a clean ``PYTHONPATH``; never raises."""
        environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
        environment.update(VIRTUAL_ENV=str(self.path), **env)
        environment["PATH"] = f"{self.path / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
        command = [str(a) for a in args]
        return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)

    def distributions(self) -> dict[str, int]:
        """Bytes on disk (allocated blocks, as ``du``) of each installed distribution, by name."""
        probe = (
            "import importlib.metadata as m, json, os, sys\n"
            "site = sys.argv[1]\n"
            "sizes = {}\n"
            "for d in m.distributions(path=[site]):\n"
            "    paths = [os.path.join(site, f) for f in d.files or []]\n"
            "    sizes[d.metadata['Name']] = sum(os.stat(p).st_blocks * 512\n"
            "                                   for p in paths if os.path.isfile(p))\n"
            "print(json.dumps(sizes))\n"
        )
        done = self.run(self.python, "-c", probe, self.site_packages, cwd=self.path)
        if done.returncode:
            raise RuntimeError(done.stderr)
        sizes: dict[str, int] = json.loads(done.stdout)
        return sizes
