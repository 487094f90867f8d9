"""``make dist``: build the sdist and the wheel with the standard ``build`` frontend.

The build runs on a clean copy of exactly the files that go into the distributions (the three
source roots, ``pyproject.toml``, ``setup.py``, ``README.md``, ``LICENSE``), so the working tree
gets no ``build/`` or ``*.egg-info`` and stray files never reach a release. ``build`` makes the
sdist, then the wheel from that sdist: the wheel proves the sdist complete. The backend
(setuptools, pinned in requirements/dist.txt) comes from this interpreter (``--no-isolation``), so
the build is reproducible and needs no network. It needs only ``build`` and ``setuptools``
(``make dist`` runs it in ``.venv-dist``, the build tools and twine alone; the dev setup has
them too) and imports nothing of the project.

    python scripts/build_dist.py                 # dist/mediaapis-X.tar.gz and -X-py3-none-any.whl
    python scripts/build_dist.py --out DIR

:func:`cached_wheel` is the same build keyed on a digest of those files, for tests and benches.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOTS = ("generated", "overrides", "mocks")
SOURCE_FILES = ("pyproject.toml", "setup.py", "README.md", "LICENSE")
SKIPPED = ("__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache")


def sources() -> Iterator[Path]:
    """Every file the distributions are built from, relative to the repository, sorted."""
    for name in SOURCE_FILES:
        if (ROOT / name).is_file():  # a missing one is the backend's to report
            yield Path(name)
    for root in SOURCE_ROOTS:
        for path in sorted((ROOT / root).rglob("*")):
            relative = path.relative_to(ROOT)
            if path.is_file() and not set(relative.parts) & set(SKIPPED) and path.suffix != ".pyc":
                yield relative


def source_digest() -> str:
    """A digest of the names and contents of :func:`sources` (16 hex digits)."""
    digest = hashlib.sha256()
    for relative in sources():
        digest.update(str(relative).encode() + b"\0" + (ROOT / relative).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build(out: Path, *, wheel_only: bool = False) -> list[Path]:
    """Build into ``out`` (sdist then wheel from it, or the wheel alone); the built files."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mediaapis-build-") as tmp:
        tree = Path(tmp) / "src"
        for relative in sources():
            (tree / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / relative, tree / relative)
        before = set(out.iterdir())
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out)]
        done = subprocess.run(
            [*command, *(["--wheel"] if wheel_only else []), str(tree)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
            raise SystemExit(f"python -m build failed (exit {done.returncode}), output above")
    return sorted(set(out.iterdir()) - before)


def cached_wheel(cache: Path) -> Path:
    """The wheel of the current sources, built once per :func:`source_digest` under ``cache``.

    Safe when several processes ask at once: each builds into its own folder and the first
    rename wins. Wheels of other digests are removed.
    """
    key = source_digest()
    final = cache / key
    wheels = sorted(final.glob("*.whl"))
    if wheels:
        return wheels[0]
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=cache))
    build(staging, wheel_only=True)
    try:
        staging.rename(final)
    except OSError:  # another process finished first: use its wheel
        shutil.rmtree(staging, ignore_errors=True)
    for other in cache.iterdir():
        if other.is_dir() and other.name != key and "." not in other.name:
            shutil.rmtree(other, ignore_errors=True)
    return sorted(final.glob("*.whl"))[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    for old in args.out.glob("mediaapis-*"):
        old.unlink()
    for built in build(args.out):
        print(built.relative_to(ROOT) if built.is_relative_to(ROOT) else built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
