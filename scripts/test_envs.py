"""``make test-min`` / ``make test-pythons``: the unit tests in separate venvs built with ``uv``.

    python scripts/test_envs.py --lowest 3.11 --lowest 3.13   # the lowest versions allowed
    python scripts/test_envs.py --python 3.12 --python 3.13   # the pinned versions

``--lowest X.Y`` resolves the package's own requirements (with the ``mock`` and ``redis``
extras) for Python X.Y with ``uv pip compile --resolution lowest-direct``: every direct
dependency at the lowest version its declared bound allows, the rest at the newest that fits.
Beside it only the test runner, mypy and the test oracles, pinned as in requirements/ (none
depends on the package's requirements). The oldest and the newest Python are the ones worth
running: a bound can hold on one and not the other. ``--python X.Y`` installs the pinned
development set (requirements/dev.txt, bench.txt) on that Python. Either way the project is
installed editable with no dependencies, and the unit tests run: every test but the contract
suite, the install test, and for ``--lowest`` the ones of development tools (the generator's
drift check, the TypeScript check), whose pins would hide the bounds. The ``mcp`` extra is not
in the lowest set (its SDK would lift the shared ``starlette`` bound); its tests skip there.

Venvs live under ``.venv/`` (``.venv/min3.11``, ``.venv/py3.12``): ``make clean`` removes them.
Each run prints how long the install and the tests took.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.venvs import pins  # noqa: E402

UV = Path(sys.executable).parent / "uv"
# the test runner and the oracles the unit tests compare against (none depends on the package's
# requirements: pins of tools that do, e.g. openapi-python-client on httpx, would hide a bound)
TEST_TOOLS = (
    "pytest", "pytest-asyncio", "hypothesis", "pyyaml", "mypy", "types-jsonschema",
    "volcenginesdk-core", "volcengine",
)  # fmt: skip
NOT_UNIT = ("tests/contract", "tests/test_install.py")
DEV_TOOL_TESTS = ("tests/test_generated.py", "tests/test_typescript.py")


def uv(*args: str | Path) -> None:
    command = [str(UV), *map(str, args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-6000:])
        raise SystemExit(f"uv {args[0]} {args[1]} failed (exit {done.returncode}), output above")


def interpreter(version: str) -> str:
    """A working ``pythonX.Y``: on the PATH, else a pyenv install (whose shim may not be active)."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(map(str, pyenv.glob(f"{version}.*/bin/python{version}")), reverse=True)
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", ""], capture_output=True).returncode == 0:
            return candidate
    raise SystemExit(f"no working python{version} on the PATH or in {pyenv} (--python {version})")


def lowest_requirements(venv: Path, version: str) -> Path:
    """A requirements file: the package's requirements at their lowest, the test tools pinned."""
    pinned = pins()
    tools = venv / "test-tools.in"
    tools.write_text("".join(f"{pinned[name]}\n" for name in TEST_TOOLS))
    resolved = venv / "requirements-lowest.txt"
    uv("pip", "compile", "--quiet", "pyproject.toml", tools, "--extra", "mock", "--extra", "redis",
       "--resolution", "lowest-direct", "--python-version", version, "-o", resolved)  # fmt: skip
    return resolved


def prepare(name: str, version: str, lowest: bool) -> Path:
    """Create (or refresh) ``.venv/<name>`` and install into it; its python."""
    venv = ROOT / ".venv" / name
    uv("venv", "--quiet", "--allow-existing", "--python", interpreter(version), venv)
    python = venv / "bin" / "python"
    if lowest:  # a complete resolution: exactly that set, nothing left over from a past run
        uv("pip", "sync", "--quiet", "--python", python, lowest_requirements(venv, version))
    else:
        pinned = ("-r", "requirements/dev.txt", "-r", "requirements/bench.txt")
        uv("pip", "install", "--quiet", "--python", python, *pinned)
    uv("pip", "install", "--quiet", "--python", python, "--no-deps", "-e", ".")
    return python


def unit_tests(python: Path, lowest: bool) -> int:
    skipped = NOT_UNIT + (DEV_TOOL_TESTS if lowest else ())
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += [f"--ignore={path}" for path in skipped]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lowest", action="append", default=[], metavar="X.Y",
                        help="the lowest dependency versions allowed, on Python X.Y")  # fmt: skip
    parser.add_argument("--python", action="append", default=[], metavar="X.Y",
                        help="the pinned development set, on Python X.Y")  # fmt: skip
    args = parser.parse_args(argv)
    runs = [(f"min{version}", version, True) for version in args.lowest]
    runs += [(f"py{version}", version, False) for version in args.python]
    if not runs:
        parser.error("give --lowest X.Y and/or --python X.Y")
    summary, failed = [], False
    for name, version, lowest in runs:
        started = time.perf_counter()
        python = prepare(name, version, lowest)
        installed = time.perf_counter()
        code = unit_tests(python, lowest)
        done = time.perf_counter()
        failed |= code != 0
        summary.append(
            f"{name:<8} Python {version}: install {installed - started:5.1f} s, "
            f"unit tests {done - installed:6.1f} s, {'passed' if code == 0 else f'FAILED ({code})'}"
        )
    print("\n".join(["", *summary]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
