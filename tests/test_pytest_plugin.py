"""The pytest plugin as a service's test suite would use it (run in a separate pytest session)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import httpx
from rawugc_client import AuthenticatedClient
from rawugc_client.api.personas import create_persona, list_personas
from rawugc_client.models import CreatePersonaRequest
from mediaapis import icp

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

def test_icp_server_with_signed_client(icp_server, icp_credentials):
    c = icp.icp_client(icp_credentials, base_url=icp_server.base_url)
    from volc_icp_client.api.users import list_users
    from volc_icp_client.models import ListUsersRequest
    users = icp.result(list_users.sync_detailed(client=c, body=ListUsersRequest(user_type="All")))
    assert len(users.users) >= 2
"""


def test_plugin_fixtures_in_a_user_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=4)
