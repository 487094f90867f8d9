"""The built wheel, installed into fresh venvs outside the source tree, as a user's project would.

The wheel is built once per digest of its sources (scripts/build_dist.py) and its dependencies
come from a local wheelhouse downloaded once (scripts/venvs.py), both under a cache folder
(``MEDIAAPIS_INSTALL_CACHE``, default ``~/.cache/mediaapis-install``): repeated runs are offline.

(a) core only (+ pytest, which any project's tests have): imports, the console script, a
downstream pytest run with the plugin installed but no extras, ``mypy --strict`` on a user file;
(b) with ``[mock]``: a downstream test suite using the fixtures.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scripts.build_dist import ROOT, cached_wheel
from scripts.venvs import CACHE, Venv, pins, wheelhouse

pytest.importorskip("build", reason="the `build` frontend (requirements/dev.txt) builds the wheel")

PYTEST = pins()["pytest"]

CORE_TESTS = """
import sys

import httpx
from mediaapis import rawugc
from rawugc_client.api.personas import list_personas

def answer(request):
    headers = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9"}
    return httpx.Response(200, json={"personas": [], "count": 0}, headers=headers)

def test_a_paced_request_needs_no_extra():
    transport = httpx.MockTransport(answer)  # stands in for the API: the package is under test
    api = rawugc.RawUGC("sk-test", base_url="https://rawugc.test/api/v1", transport=transport)
    assert list_personas.sync(client=api.client).count == 0
    assert "sk-test" not in repr(api)
    assert "limits" not in sys.modules  # memory:// pacing is the package's own

def test_mock_fixture_skips_without_the_extra(rawugc_mock):
    raise AssertionError("the fixture should have skipped: starlette is not installed")
"""

MOCK_TESTS = """
from mediaapis import rawugc
from rawugc_client.api.personas import create_persona, list_personas
from rawugc_client.models import CreatePersonaRequest

def names(api):
    return [persona.name for persona in list_personas.sync(client=api.client).personas]

def test_my_service_creates_a_persona(rawugc_server, rawugc_api_key):
    api = rawugc.RawUGC(rawugc_api_key, base_url=rawugc_server.base_url)
    body = CreatePersonaRequest(name="Night owls", description="Shop after midnight")
    assert create_persona.sync_detailed(client=api.client, body=body).status_code == 201
    assert "Night owls" in names(api)

def test_each_test_gets_a_fresh_mock(rawugc_server, rawugc_api_key):
    assert "Night owls" not in names(rawugc.RawUGC(rawugc_api_key, base_url=rawugc_server.base_url))

def test_the_mock_runs_on_a_manual_clock(rawugc_mock):
    before = rawugc_mock.clock.now()
    rawugc_mock.clock.advance(60)
    assert rawugc_mock.clock.now() == before + 60
"""

USER_CODE = """
from mediaapis import icp, rawugc
from rawugc_client.api.personas import list_personas
from rawugc_client.models import PersonaList
from volc_icp_client.models import Owner


def persona_names(api: rawugc.RawUGC) -> list[str]:
    listed = list_personas.sync(client=api.client)
    if not isinstance(listed, PersonaList):
        return []
    return [persona.name for persona in listed.personas]


def owner(user_id: int) -> Owner:
    return Owner(type_="PERSON", id=user_id)


def credentials() -> icp.VolcCredentials:
    return icp.VolcCredentials("AKLTexample", "secret")
"""

# the same imports, misused: mypy must see the real types (not Any) to flag these two lines
USER_MISTAKES = """
from mediaapis import rawugc
from rawugc_client.models import PersonaList

api: rawugc.RawUGC = "sk-test"
names: str = PersonaList(personas=[], count=0).personas
"""


def downstream_project(tmp_path: Path, name: str, tests: str) -> Path:
    """A user's project folder outside the source tree with one test module."""
    project = tmp_path / name
    project.mkdir()
    (project / "test_service.py").write_text(tests)
    assert not project.resolve().is_relative_to(ROOT)
    return project


def outcome(done: object) -> str:
    """The closing ``N passed ...`` line of a pytest run."""
    out = getattr(done, "stdout", "")
    lines = [line for line in out.splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    return lines[-1] if lines else out[-2000:] + getattr(done, "stderr", "")[-2000:]


@pytest.fixture(scope="module")
def wheel() -> Path:
    return cached_wheel(CACHE / "wheels")


def fresh_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path, extras: str) -> Venv:
    found = wheelhouse(wheel, extras, [PYTEST], CACHE / "wheelhouse")
    venv = Venv.create(tmp_path_factory.mktemp(f"venv-{extras or 'core'}") / "venv")
    venv.install(f"{wheel}[{extras}]" if extras else str(wheel), PYTEST, find_links=found)
    return venv


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Venv:
    return fresh_venv(tmp_path_factory, wheel, "")


@pytest.fixture(scope="module")
def with_mock(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Venv:
    return fresh_venv(tmp_path_factory, wheel, "mock")


def test_wheel_metadata_is_complete_and_twine_clean(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode()
    for expected in (
        "License-Expression: MIT",
        "License-File: LICENSE",
        "Project-URL: Repository, ",
        "Project-URL: Changelog, ",
        "Classifier: Programming Language :: Python :: 3.11",
        "Classifier: Programming Language :: Python :: 3.12",
        "Classifier: Programming Language :: Python :: 3.13",
        "Classifier: Typing :: Typed",
        "Requires-Python: >=3.11",
    ):
        assert expected in metadata, expected
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_core_install_has_no_mock_dependencies(core: Venv) -> None:
    names = {name.lower() for name in core.distributions()}
    assert names.isdisjoint({"starlette", "uvicorn", "jsonschema", "python-multipart"}), names
    assert names.isdisjoint({"python-dateutil", "tzdata"}), "nothing imports dateutil"
    assert names.isdisjoint({"limits", "deprecated", "wrapt"}), "limits is for the redis extra"


def test_core_imports_and_metadata(core: Venv, tmp_path: Path) -> None:
    probe = (
        "import importlib.metadata as m, importlib.util, sys\n"
        "import mediaapis, mediaapis.rawugc, mediaapis.icp, rawugc_client, volc_icp_client\n"
        "import mediaapis_mocks.pytest_plugin\n"
        "assert mediaapis.__version__ == m.version('mediaapis'), mediaapis.__version__\n"
        "assert 'starlette' not in sys.modules and importlib.util.find_spec('starlette') is None\n"
        "files = {str(f) for f in m.files('mediaapis')}\n"
        "assert any(f.endswith('licenses/LICENSE') for f in files), 'LICENSE not in the wheel'\n"
        "for f in ('mediaapis/py.typed', 'rawugc_client/py.typed', 'volc_icp_client/py.typed',\n"
        "          'mediaapis_mocks/py.typed', 'rawugc_client/openapi.json',\n"
        "          'volc_icp_client/openapi.json'):\n"
        "    assert f in files, f\n"
        "print(mediaapis.__file__)\n"
    )
    done = core.run(core.python, "-c", probe, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).is_relative_to(core.site_packages)


def test_core_console_script(core: Venv, tmp_path: Path) -> None:
    done = core.run(core.bin("mediaapis"), "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rawugc" in done.stdout
    assert "icp" in done.stdout
    done = core.run(core.bin("mediaapis"), "rawugc", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "generateVideo" in done.stdout


def test_core_downstream_suite_with_the_plugin_and_no_extras(core: Venv, tmp_path: Path) -> None:
    project = downstream_project(tmp_path, "service", CORE_TESTS)
    done = core.run(core.python, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                    cwd=project)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"^1 passed, 1 skipped", outcome(done), re.M), outcome(done)
    assert "mediaapis[mock]" in done.stdout  # the skip reason says what to install


def test_core_user_code_type_checks_strict(core: Venv, tmp_path: Path) -> None:
    project = tmp_path / "typed"
    project.mkdir()
    (project / "service.py").write_text(USER_CODE)
    (project / "mistakes.py").write_text(USER_MISTAKES)
    (project / "mypy.ini").write_text("[mypy]\n")  # none of the repository's settings
    done = core.run(
        sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
        "--python-executable", core.python, "--cache-dir", tmp_path / "mypy-cache",
        "service.py", "mistakes.py", cwd=project,
    )  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[0:2] for line in errors] == [
        ["mistakes.py", "5"],
        ["mistakes.py", "6"],
    ], done.stdout + done.stderr


def test_mock_extra_downstream_suite_uses_the_fixtures(with_mock: Venv, tmp_path: Path) -> None:
    project = downstream_project(tmp_path, "service", MOCK_TESTS)
    done = with_mock.run(with_mock.python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                         cwd=project)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"^3 passed", outcome(done), re.M), outcome(done)


def test_the_dev_install_is_seen_by_static_checkers(tmp_path: Path) -> None:
    """The project's own venv (``make setup``): mypy, run from a folder outside the tree on a
    user's file, finds ``mediaapis`` and its generated packages (an editable install's import
    hook alone gives ``import-not-found``), and sees their real types."""
    project = tmp_path / "dev-user"
    project.mkdir()
    (project / "service.py").write_text(USER_CODE)
    (project / "mistakes.py").write_text(USER_MISTAKES)
    (project / "mypy.ini").write_text("[mypy]\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
         "--python-executable", sys.executable, "--cache-dir", str(tmp_path / "mypy-cache"),
         "service.py", "mistakes.py"],
        cwd=project, capture_output=True, text=True, check=False,
    )  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[0:2] for line in errors] == [
        ["mistakes.py", "5"],
        ["mistakes.py", "6"],
    ], done.stdout + done.stderr
