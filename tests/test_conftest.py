"""The suite's own client factories (``tests/conftest.py``): bound to this test's mocks and
their manual clocks, every client they built closed when the test ends."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

import mediaapis
from mediaapis_mocks.icp import ICPMock
from mediaapis_mocks.rawugc import RawUGCMock

if TYPE_CHECKING:
    from tests.conftest import MakeICP, MakeRawUGC


@pytest.fixture
def closed_after_the_test() -> Iterator[list[Any]]:
    """Clients that must be closed once the test's fixtures are torn down (set up before the
    factories, so torn down after them)."""
    built: list[Any] = []
    yield built
    assert built
    for client in built:
        with pytest.raises(mediaapis.ClientClosedError):
            client.users.list() if isinstance(client, mediaapis.ICP) else client.characters.list()


def test_factories_bind_the_mocks_and_close_what_they_built(
    closed_after_the_test: list[Any],
    make_rawugc: MakeRawUGC,
    make_icp: MakeICP,
    rawugc_mock: RawUGCMock,
    icp_mock: ICPMock,
) -> None:
    rawugc_mock.add_key("rk_other_key_0001", org="org_test")
    first, other, icp = make_rawugc(), make_rawugc("rk_other_key_0001", max_retries=0), make_icp()
    closed_after_the_test.extend([first, other, icp])
    persona = first.personas.create(name="Owls", description="Night shoppers")
    assert other.personas.get(persona.id).name == "Owls"  # the same mock, another key
    assert rawugc_mock.calls["createPersona"] == 1
    icp_mock.clock.advance(3600)  # the ICP client signs on the mock's clock: still accepted
    assert icp.users.list(user_type="All").users
    start, started = rawugc_mock.clock.now(), time.monotonic()
    for _ in range(12):  # past the mock's 10 requests a minute: paced on the mock's clock
        first.characters.list()
    assert rawugc_mock.clock.now() - start > 1
    assert time.monotonic() - started < 10
