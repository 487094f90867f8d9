"""Fixtures and hooks of the contract suite (its building blocks: ``contract_support``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from contract_support import APPS, COVERAGE, ContractRun, contract_mock

from mediaapis_mocks.server import LoopbackServer


@pytest.fixture(scope="session")
def contract_run() -> Iterator[ContractRun]:
    """One strict contract mock per API, in-process and behind uvicorn on 127.0.0.1."""
    mocks = {api: contract_mock(api) for api in APPS}
    servers = {}
    for api, app in APPS.items():
        app.target = mocks[api]
        servers[api] = LoopbackServer(app).start()
    yield ContractRun(mocks, {api: server.base_url for api, server in servers.items()})
    for server in servers.values():
        server.stop()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Operations exercised / total per API and the number of cases sent."""
    if COVERAGE.sent:
        terminalreporter.write_sep("=", "contract coverage")
        for line in COVERAGE.lines():
            terminalreporter.write_line(line)
