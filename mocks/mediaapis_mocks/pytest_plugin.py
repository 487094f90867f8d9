"""pytest fixtures that give a service's own tests both mocks, fresh for every test.

Installed as a ``pytest11`` entry point, so any project that installs ``mediaapis[mock]`` gets:

* ``rawugc_mock`` / ``icp_mock``: a fresh mock (seed 0, a ``ManualClock`` the test advances:
  ``mock.clock.advance(300)``; both mocks read their time from it, ICP signatures included);
* ``rawugc_server`` / ``icp_server``: a real server on 127.0.0.1 serving that same mock
  (one uvicorn per session; each test gets the fresh mock behind it);
* ``rawugc_api_key``, ``icp_credentials``: the mocks' built-in test credentials;
* ``icp_auth``: a ``VolcSignatureAuth`` of those credentials that signs on ``icp_mock.clock``;
* ``rawugc_api`` / ``icp_api``: a ready typed client (``mediaapis.RawUGC`` / ``mediaapis.ICP``)
  bound to that test's mock over its loopback server, on the mock's clock: pacing (the vendor's
  10 requests a minute, enforced by the mock and honoured by the client), job polling, retries
  and ICP signatures all run on ``mock.clock``, so waiting costs no real time and no state
  leaks from one test to the next;
* ``async_rawugc_api`` / ``async_icp_api``: the same, as ``mediaapis.AsyncRawUGC`` /
  ``mediaapis.AsyncICP`` (async fixtures: pytest-asyncio runs them, in ``auto`` or ``strict``
  mode; closed with ``aclose()`` after the test).

Without the ``mock`` extra the plugin still loads (this module imports only pytest); the
fixtures that need a mock skip their test with "install mediaapis[mock]".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    async_fixture = pytest.fixture
else:
    try:  # pytest-asyncio's decorator: the async fixtures run in its strict mode too
        from pytest_asyncio import fixture as async_fixture
    except ImportError:  # another async plugin (anyio's) runs plain async fixtures
        async_fixture = pytest.fixture

if TYPE_CHECKING:
    from mediaapis import ICP, AsyncICP, AsyncRawUGC, RawUGC
    from mediaapis.icp import VolcCredentials, VolcSignatureAuth

    from .icp import ICPMock
    from .rawugc import RawUGCMock
    from .server import LoopbackServer


class Swappable:
    """An ASGI app that forwards to whichever mock the current test installed."""

    def __init__(self) -> None:
        self.target: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.target(scope, receive, send)


def _require_mock_extra() -> None:
    """Skip the test when the ``mock`` extra (starlette, uvicorn, ...) is not installed."""
    from . import INSTALL_HINT, missing_mock_extra

    missing = missing_mock_extra()
    if missing is not None:
        pytest.skip(f"the mediaapis mocks need {missing!r}: {INSTALL_HINT}")


@pytest.fixture
def rawugc_mock() -> RawUGCMock:
    """A fresh RawUGC mock on a manual clock, with the vendor's limits (10 requests a minute)."""
    _require_mock_extra()
    from ._clock import ManualClock
    from .rawugc import RawUGCMock

    return RawUGCMock(clock=ManualClock())


@pytest.fixture
def icp_mock() -> ICPMock:
    """A fresh ICP mock on a manual clock: signatures must be dated by that clock (``icp_auth``
    signs with it), ``mock.clock.advance(...)`` moves download-URL expiry and request ids."""
    _require_mock_extra()
    from ._clock import ManualClock
    from .icp import ICPMock

    return ICPMock(clock=ManualClock())


@pytest.fixture(scope="session")
def _mock_servers() -> Iterator[Servers]:
    _require_mock_extra()
    from .server import LoopbackServer

    servers = {}
    for name in ("rawugc", "icp"):
        app = Swappable()
        servers[name] = (LoopbackServer(app).start(), app)
    yield servers
    for server, _ in servers.values():
        server.stop()


Servers = dict[str, tuple["LoopbackServer", Swappable]]


def _serve(servers: Servers, name: str, mock: Any) -> LoopbackServer:
    server, app = servers[name]
    app.target = mock
    return server


@pytest.fixture
def rawugc_server(rawugc_mock: RawUGCMock, _mock_servers: Servers) -> LoopbackServer:
    """A loopback server (``.base_url``) serving this test's ``rawugc_mock``."""
    return _serve(_mock_servers, "rawugc", rawugc_mock)


@pytest.fixture
def icp_server(icp_mock: ICPMock, _mock_servers: Servers) -> LoopbackServer:
    """A loopback server (``.base_url``) serving this test's ``icp_mock``."""
    return _serve(_mock_servers, "icp", icp_mock)


@pytest.fixture
def rawugc_api_key() -> str:
    """The RawUGC mock's built-in key: every scope, an organisation with credits."""
    from ._keys import TEST_KEY

    return TEST_KEY


@pytest.fixture
def icp_credentials() -> VolcCredentials:
    """The ICP mock's built-in access key pair."""
    from mediaapis.icp import VolcCredentials

    from ._keys import TEST_ACCESS_KEY, TEST_SECRET_KEY

    return VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)


@pytest.fixture
def icp_auth(icp_mock: ICPMock, icp_credentials: VolcCredentials) -> VolcSignatureAuth:
    """Signs requests with ``icp_credentials`` on ``icp_mock``'s clock (pass it as ``auth=``)."""
    from mediaapis.icp import VolcSignatureAuth

    return VolcSignatureAuth(icp_credentials, clock=icp_mock.clock)


@pytest.fixture
def rawugc_api(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> Iterator[RawUGC]:
    """A ``RawUGC`` client for this test's ``rawugc_mock``, on the mock's clock."""
    from mediaapis import RawUGC

    with RawUGC(rawugc_api_key, base_url=rawugc_server.base_url, **_on_clock(rawugc_mock)) as api:
        yield api


@pytest.fixture
def icp_api(
    icp_mock: ICPMock, icp_server: LoopbackServer, icp_credentials: VolcCredentials
) -> Iterator[ICP]:
    """An ``ICP`` client for this test's ``icp_mock``, signing and waiting on the mock's clock."""
    from mediaapis import ICP

    with ICP(
        credentials=icp_credentials, base_url=icp_server.base_url, **_on_clock(icp_mock)
    ) as api:
        yield api


def _on_clock(mock: RawUGCMock | ICPMock) -> dict[str, Any]:
    """The keyword arguments that put a client on a mock's clock (pacing, waits, signatures):
    the clock object alone, which brings its own sleeps."""
    return {"clock": mock.clock}


@async_fixture
async def async_rawugc_api(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> AsyncIterator[AsyncRawUGC]:
    """An ``AsyncRawUGC`` client for this test's ``rawugc_mock``, on the mock's clock."""
    from mediaapis import AsyncRawUGC

    async with AsyncRawUGC(
        rawugc_api_key, base_url=rawugc_server.base_url, **_on_clock(rawugc_mock)
    ) as api:
        yield api


@async_fixture
async def async_icp_api(
    icp_mock: ICPMock, icp_server: LoopbackServer, icp_credentials: VolcCredentials
) -> AsyncIterator[AsyncICP]:
    """An ``AsyncICP`` client for this test's ``icp_mock``, signing and waiting on its clock."""
    from mediaapis import AsyncICP

    async with AsyncICP(
        credentials=icp_credentials, base_url=icp_server.base_url, **_on_clock(icp_mock)
    ) as api:
        yield api
