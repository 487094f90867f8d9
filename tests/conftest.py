"""One way for a test to build a client against the mocks: ``make_rawugc`` / ``make_icp``.

The plugin's ``rawugc_api`` / ``icp_api`` give a test one ready client; a test that needs its own
(another key, a ledger, a sleep it watches, ``raise_for_status=False``...) asks the factory,
which binds the client to this test's mock over its loopback server and to the mock's manual
clock (pacing, waits, retries and signatures on ``mock.clock``: no real time spent, nothing
learnt that leaks into the next test), and closes every client it built when the test ends.
Tests about building a client (its arguments, its defaults, closing it) build it themselves.
A test that needs Redis (a shared limiter, a ledger, Celery) asks for ``redis_url``: one real
redis-server on loopback per test module.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from mediaapis import ICP, RawUGC
    from mediaapis.icp import VolcCredentials
    from mediaapis_mocks.icp import ICPMock
    from mediaapis_mocks.rawugc import RawUGCMock
    from mediaapis_mocks.server import LoopbackServer


class MakeRawUGC(Protocol):
    """``make_rawugc(api_key=None, **options)``: a ``RawUGC`` on this test's mock (the mock's
    test key unless ``api_key`` is given); ``options`` are ``RawUGC``'s keyword arguments and
    override the mock's ``base_url`` and ``clock``."""

    def __call__(self, api_key: str | None = None, /, **options: Any) -> RawUGC: ...


class MakeICP(Protocol):
    """``make_icp(**options)``: an ``ICP`` client on this test's mock, signing with the mock's
    credentials on the mock's clock; ``options`` are ``ICP``'s keyword arguments."""

    def __call__(self, **options: Any) -> ICP: ...


@pytest.fixture
def make_rawugc(
    rawugc_mock: RawUGCMock, rawugc_server: LoopbackServer, rawugc_api_key: str
) -> Iterator[MakeRawUGC]:
    from mediaapis import RawUGC

    built: list[RawUGC] = []

    def make(api_key: str | None = None, /, **options: Any) -> RawUGC:
        bound: dict[str, Any] = {"base_url": rawugc_server.base_url, "clock": rawugc_mock.clock}
        client = RawUGC(api_key or rawugc_api_key, **{**bound, **options})
        built.append(client)
        return client

    yield make
    for client in built:
        client.close()


@pytest.fixture
def make_icp(
    icp_mock: ICPMock, icp_server: LoopbackServer, icp_credentials: VolcCredentials
) -> Iterator[MakeICP]:
    from mediaapis import ICP

    built: list[ICP] = []

    def make(**options: Any) -> ICP:
        bound: dict[str, Any] = {
            "credentials": icp_credentials,
            "base_url": icp_server.base_url,
            "clock": icp_mock.clock,
        }
        client = ICP(**{**bound, **options})
        built.append(client)
        return client

    yield make
    for client in built:
        client.close()


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port for one test module (skips without
    one: ``.ci/run`` installs Debian's package)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not on PATH (Debian: apt-get install redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """In this test, a SIGINT raises ``KeyboardInterrupt`` as a Ctrl-C does, even where the
    suite runs with SIGINT ignored (a background job): the tests of Ctrl-C test the code, not
    how the suite was started."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)
