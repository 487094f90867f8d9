"""Cross-language proof: TypeScript types generated from the published specs accept valid
requests for both APIs and reject a wrong field (openapi-typescript + tsc, from node_modules).

``--default-non-nullable=false``: a field with a default is optional to send, as the spec says.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"
SOURCES = Path(__file__).resolve().parent / "typescript"

pytestmark = pytest.mark.skipif(
    not (BIN / "tsc").exists(), reason="node_modules missing: run `make setup`"
)


@pytest.fixture(scope="module")
def typed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Publish the specs, then generate TypeScript types from the published JSON bundles."""
    out = tmp_path_factory.mktemp("ts")
    published = out / "openapi"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "publish.py"),
            "--out",
            str(published),
            "--no-baseline",
        ],
        check=True,
        capture_output=True,
    )
    for name in ("rawugc", "volc-icp"):
        subprocess.run(
            [
                str(BIN / "openapi-typescript"),
                str(published / f"{name}.json"),
                "--default-non-nullable=false",
                "--output",
                str(out / f"{name}.ts"),
            ],
            check=True,
            capture_output=True,
        )
    for source in SOURCES.glob("*.ts"):
        shutil.copy(source, out / source.name)
    return out


def tsc(directory: Path, file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(BIN / "tsc"),
            "--noEmit",
            "--strict",
            "--target",
            "es2022",
            "--module",
            "es2022",
            "--moduleResolution",
            "bundler",
            file,
        ],
        cwd=directory,
        capture_output=True,
        text=True,
    )


def test_valid_requests_type_check(typed_dir: Path) -> None:
    done = tsc(typed_dir, "requests.ts")
    assert done.returncode == 0, done.stdout + done.stderr


def test_wrong_fields_fail_to_type_check(typed_dir: Path) -> None:
    done = tsc(typed_dir, "wrong_field.ts")
    assert done.returncode != 0
    assert "promt" in done.stdout
    assert "PageSize" in done.stdout or "'string' is not assignable to type 'number'" in done.stdout
