"""The pytest plugin as a service's test suite would use it (run in a separate pytest session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mediaapis import ICP, AsyncICP, AsyncRawUGC
    from mediaapis_mocks import ICPMock, RawUGCMock

pytest_plugins = ["pytester"]

USER_TESTS = """
import httpx
from rawugc_client import AuthenticatedClient
from rawugc_client.api.personas import create_persona, list_personas
from rawugc_client.models import CreatePersonaRequest

def client(server, key):
    return AuthenticatedClient(base_url=server.base_url, token=key,
                               headers={"RawUGC-Version": "2026-03-06"})

def test_creates_a_persona(rawugc_server, rawugc_api_key, rawugc_mock):
    c = client(rawugc_server, rawugc_api_key)
    body = CreatePersonaRequest(name="Night owls", description="Shop after midnight")
    assert create_persona.sync_detailed(client=c, body=body).status_code == 201
    names = [p.name for p in list_personas.sync(client=c).personas]
    assert "Night owls" in names

def test_next_test_gets_a_fresh_mock(rawugc_server, rawugc_api_key):
    listed = list_personas.sync(client=client(rawugc_server, rawugc_api_key))
    names = [p.name for p in listed.personas]
    assert "Night owls" not in names

def test_manual_clock_is_the_mocks(rawugc_mock):
    before = rawugc_mock.clock.now()
    rawugc_mock.clock.advance(60)
    assert rawugc_mock.clock.now() == before + 60

def test_icp_server_with_signed_client(icp_server, icp_auth, icp_mock):
    icp_mock.clock.advance(3600)  # the signer follows the mock's clock
    from volc_icp_client import Client
    from volc_icp_client.api.users import list_users
    from volc_icp_client.models import ListUsersRequest
    c = Client(base_url=icp_server.base_url, httpx_args={"auth": icp_auth})
    response = list_users.sync_detailed(client=c, body=ListUsersRequest(user_type="All"))
    assert len(response.parsed.result.users) >= 2
"""


def test_plugin_fixtures_in_a_user_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=4)


def test_icp_mock_checks_signatures_on_its_manual_clock(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user="""
import httpx
from mediaapis.icp import VolcSignatureAuth
from mediaapis_mocks import ManualClock

def test_wall_clock_signature_is_stale(icp_server, icp_credentials, icp_mock):
    assert isinstance(icp_mock.clock, ManualClock)
    auth = VolcSignatureAuth(icp_credentials)  # signs on the wall clock
    with httpx.Client(base_url=icp_server.base_url, auth=auth) as c:
        response = c.post("/?Action=ListUsers&Version=2022-02-01", json={})
    assert response.json()["ResponseMetadata"]["Error"]["Code"] == "InvalidTimestamp"
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=1)


# What a service's suite looks like when it installed mediaapis without the [mock] extra.
BLOCKER = """
import sys

BLOCKED = {"starlette", "uvicorn", "jsonschema", "python_multipart", "multipart"}


class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None


sys.meta_path.insert(0, Blocker())
"""

DOWNSTREAM_TESTS = """
import pytest

def test_the_extra_is_really_missing():
    with pytest.raises(ImportError):
        import starlette  # noqa: F401

def test_own_tests_run():
    assert 1 + 1 == 2

def test_light_pieces_work_without_the_extra(rawugc_api_key):
    from mediaapis_mocks import TEST_KEY, Fault, ManualClock
    clock = ManualClock(100.0)
    clock.advance(5)
    assert clock() == 105.0
    assert Fault(kind="status").status == 503
    assert rawugc_api_key == TEST_KEY

def test_mocks_say_what_to_install():
    with pytest.raises(ImportError, match=r"install mediaapis\\[mock\\]"):
        from mediaapis_mocks import RawUGCMock  # noqa: F401

def test_uses_the_rawugc_mock(rawugc_mock):
    raise AssertionError("must be skipped")

def test_uses_the_icp_server(icp_server):
    raise AssertionError("must be skipped")
"""


def test_without_the_mock_extra_the_plugin_loads_and_fixtures_skip(tmp_path: Path) -> None:
    (tmp_path / "blocker").mkdir()
    (tmp_path / "blocker" / "sitecustomize.py").write_text(BLOCKER)
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "test_service.py").write_text(DOWNSTREAM_TESTS)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "blocker")}
    # schemathesis' own pytest plugin needs jsonschema; without the extra it is not installed
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:schemathesis"]
    done = subprocess.run(
        [*command, "-rs", "-q", str(suite)],
        cwd=suite,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Error while loading plugin" not in output
    assert "4 passed, 2 skipped" in output, output
    assert output.count("install mediaapis[mock]") == 2, output


# -- the async clients and the call counts ------------------------------------------------------


async def test_async_rawugc_api_is_ready_on_the_mocks_clock(
    async_rawugc_api: AsyncRawUGC, rawugc_mock: RawUGCMock
) -> None:
    start = rawugc_mock.clock()
    jobs = [await async_rawugc_api.videos.generate(model="veo3", prompt=f"c{n}") for n in range(3)]
    videos = await async_rawugc_api.videos.wait_many(jobs)
    assert [v.video_id for v in videos] == [j.video_id for j in jobs]
    assert all(v.status == "completed" for v in videos)
    assert rawugc_mock.clock() - start >= 60  # the jobs finished on the mock's clock
    assert rawugc_mock.calls["generateVideo"] == 3


async def test_async_icp_api_is_ready_and_signs_on_the_mocks_clock(
    async_icp_api: AsyncICP, icp_mock: ICPMock
) -> None:
    icp_mock.clock.advance(3600)  # a wall-clock signature would now be stale
    users = await async_icp_api.users.list(user_type="All")
    assert users.users
    assert icp_mock.calls["listUsers"] == 1


def test_calls_by_operation_id_or_action_never_called_reads_zero(
    icp_api: ICP, icp_mock: ICPMock
) -> None:
    assert icp_mock.calls["GetMediaList"] == icp_mock.calls["getMediaList"] == 0
    assert "getMediaList" not in icp_mock.calls
    icp_api.users.list(user_type="All")
    assert icp_mock.calls["ListUsers"] == icp_mock.calls["listUsers"] == 1
    assert dict(icp_mock.calls) == {"listUsers": 1}
    assert icp_mock.calls.get("GetMediaInfo", 0) == 0
    with pytest.raises(KeyError, match=r"'GetMediaLsit'.*did you mean 'GetMediaList'.*valid"):
        icp_mock.calls["GetMediaLsit"]


def test_async_fixtures_run_in_pytest_asyncio_strict_mode(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user="""
import pytest

@pytest.mark.asyncio
async def test_async_clients(async_rawugc_api, async_icp_api, rawugc_mock, icp_mock):
    characters = await async_rawugc_api.characters.list()
    assert characters.count >= 0
    assert (await async_icp_api.users.list(user_type="All")).users
    assert rawugc_mock.calls["listCharacters"] == icp_mock.calls["ListUsers"] == 1
"""
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-o", "asyncio_mode=strict", "-q"
    )
    result.assert_outcomes(passed=1)
