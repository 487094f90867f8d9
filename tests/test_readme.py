"""Every Python snippet of the README runs, against both mocks on loopback sockets.

A snippet that defines ``test_`` functions is a user's test file: it runs under pytest with
the plugin, as a user's suite would. Every other snippet runs as a script in a fresh
interpreter with the environment a user would set (keys, ``RAWUGC_BASE_URL`` and
``VOLC_ICP_BASE_URL`` pointing at the mocks), so the docs cannot rot.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from mediaapis_mocks.rawugc import TEST_KEY, RawUGCMock
from mediaapis_mocks.server import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = re.findall(r"^```python\n(.*?)^```", README, flags=re.M | re.S)


def snippet_id(code: str) -> str:
    line = next(
        line for line in code.splitlines() if line and not line.startswith(("from", "import"))
    )
    return re.sub(r"\W+", "_", line)[:40]


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 6


@pytest.fixture(scope="module")
def environment() -> Iterator[dict[str, str]]:
    fast = {"video": 0.05, "image": 0.05, "music": 0.05}
    rawugc = RawUGCMock(rate_limit=100_000, durations=fast, queue_seconds=0.0)
    with LoopbackServer(rawugc) as rawugc_server, LoopbackServer(ICPMock()) as icp_server:
        yield {
            **os.environ,
            "RAWUGC_API_KEY": TEST_KEY,
            "RAWUGC_BASE_URL": rawugc_server.base_url,
            "VOLC_ACCESSKEY": TEST_ACCESS_KEY,
            "VOLC_SECRETKEY": TEST_SECRET_KEY,
            "VOLC_ICP_BASE_URL": icp_server.base_url,
        }


@pytest.mark.parametrize("code", SNIPPETS, ids=[snippet_id(code) for code in SNIPPETS])
def test_snippet_runs(code: str, environment: dict[str, str], tmp_path: Path) -> None:
    if re.search(r"^(async )?def test_", code, flags=re.M):
        path = tmp_path / "test_from_readme.py"
        path.write_text(code, encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)]
        env = {k: v for k, v in environment.items() if not k.startswith(("RAWUGC_", "VOLC_"))}
    else:
        path = tmp_path / "snippet.py"
        path.write_text(code, encoding="utf-8")
        command, env = [sys.executable, str(path)], environment
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    if command[1:3] == ["-m", "pytest"]:  # a user's test file: every test ran, none skipped
        assert " passed" in result.stdout
        assert "skipped" not in result.stdout


def test_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    """What a user's type checker says of the README's code (the generated function packages
    are ignored, as an installed package's own errors are)."""
    for number, code in enumerate(SNIPPETS):
        (tmp_path / f"snippet_{number}.py").write_text(code, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n"
        "[mypy-rawugc_client.*]\nignore_errors = True\n"
        "[mypy-volc_icp_client.*]\nignore_errors = True\n"
        "[mypy-mediaapis_mocks.*]\nignore_errors = True\n"
    )
    env = {"MYPYPATH": f"{ROOT / 'generated'}:{ROOT / 'overrides'}:{ROOT / 'mocks'}"}
    cache = tmp_path / ".mypy_cache"  # a fresh cache: a stale one can hide an error
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache),
         "--allow-untyped-defs", *sorted(p.name for p in tmp_path.glob("snippet_*.py"))],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, **env}, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
