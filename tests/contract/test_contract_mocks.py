"""The contract suite against the mocks: every operation of both specs, every phase and check.

Each test runs in-process (``asgi``: Schemathesis calls the mock's ASGI app) and over a real
socket (``socket``: uvicorn on 127.0.0.1), against one strict mock per API.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from contract_support import (
    CHECKS,
    COVERAGE,
    TRANSPORTS,
    WORKFLOW_IDS,
    ContractRun,
    contract_call,
    mock_schema,
    run_settings,
    run_workflows,
    spec_links,
    spec_operations,
    workflow_links,
    workflow_operations,
    workflow_targets,
)
from schemathesis import Case
from schemathesis.core.transport import expand_status_codes

RAWUGC = {transport: mock_schema("rawugc", transport) for transport in TRANSPORTS}
ICP = {transport: mock_schema("icp", transport) for transport in TRANSPORTS}
SCHEMAS = {"rawugc": RAWUGC, "icp": ICP}


@schemathesis.pytest.parametrize(**RAWUGC)
def test_rawugc_operation(case: Case[Any], contract_run: ContractRun) -> None:
    """Examples, coverage and fuzzing cases of one operation; every built-in check and ours."""
    contract_call(case, "rawugc", contract_run.kwargs_for("rawugc", case))


@schemathesis.pytest.parametrize(**ICP)
def test_icp_operation(case: Case[Any], contract_run: ContractRun) -> None:
    """Examples, coverage and fuzzing cases of one operation, signed; every check and ours."""
    contract_call(case, "icp", contract_run.kwargs_for("icp", case))


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize(("api", "workflow"), WORKFLOW_IDS)
def test_workflow(api: str, workflow: str, transport: str, contract_run: ContractRun) -> None:
    """The stateful phase, one workflow at a time: the state machine of the workflow's
    operations against a fresh mock, every check on every step; each operation the workflow
    leads to is reached through a link and succeeds (for ICP: a ``Result``, no business error)."""
    mock = contract_run.fresh(api)
    schema = SCHEMAS[api][transport].include(operation_id=workflow_operations(api, workflow))
    kwargs = contract_run.call_kwargs(api, transport)
    walked = run_workflows(schema, api, CHECKS[api], kwargs, reset=mock.reset)
    reached = {target for _, target in walked}
    missing = [op for op in workflow_targets(api, workflow) if op not in reached]
    assert not missing, f"never reached through a link with a success: {missing}"


@pytest.mark.parametrize(("api", "workflow"), WORKFLOW_IDS)
def test_workflows_are_declared_links(api: str, workflow: str) -> None:
    """Each step of each workflow is an OpenAPI link the spec declares."""
    undeclared = [link for link in workflow_links(api, workflow) if link not in spec_links(api)]
    assert not undeclared


def test_the_default_run_is_deterministic_and_the_long_run_random() -> None:
    """No environment: derandomized; CONTRACT_SEED / CONTRACT_MAX_EXAMPLES: the long run."""
    default = run_settings({})
    assert default.deterministic
    assert default.config["generation"]["deterministic"] is True
    long = run_settings({"CONTRACT_SEED": "random", "CONTRACT_MAX_EXAMPLES": "300"})
    assert long.seed is not None
    assert long.config["seed"] == long.seed
    expected = {**default.config["generation"], "deterministic": False, "max-examples": 300}
    assert long.config["generation"] == expected
    assert run_settings({"CONTRACT_SEED": "7"}).seed == 7


@pytest.mark.parametrize("api", ["rawugc", "icp"])
def test_valid_data_refused_for_credentials_or_rate_is_a_failure(api: str) -> None:
    """schemathesis.toml narrows what valid data may get: never 401, 403, 429 or 5xx."""
    checks = mock_schema(api, "asgi").config.checks
    accepted = expand_status_codes(checks.positive_data_acceptance.expected_statuses)
    assert not accepted & {401, 403, 429, 500, 502, 503}
    assert 200 in accepted


def _whole_api_selected(api: str, request: pytest.FixtureRequest) -> None:
    """Skip unless every operation test of ``api`` is selected in this session."""
    selected = {
        item.name.rsplit("[", 1)[-1]
        for item in request.session.items
        if item.name.startswith(f"test_{api}_operation[")
    }
    if len(selected) < len(spec_operations(api)):
        pytest.skip(f"only {len(selected)} operations of {api} selected in this session")


@pytest.mark.parametrize("api", ["rawugc", "icp"])
def test_every_operation_is_exercised(api: str, request: pytest.FixtureRequest) -> None:
    """Runs after the tests above: they sent cases to every operation of the spec (53/53)."""
    _whole_api_selected(api, request)
    missing = COVERAGE.missing(api)
    assert not missing, f"{api}: no case sent to {missing}"


@pytest.mark.parametrize("api", ["rawugc", "icp"])
def test_every_bound_and_enum_is_broken_and_refused(
    api: str, request: pytest.FixtureRequest
) -> None:
    """Runs after the tests above: for each bound and enum on a request (parameter or body
    field), a coverage-phase case broke it and the API refused it (the checks above judged the
    refusal's shape: RawUGC problem+json, the ICP error envelope)."""
    _whole_api_selected(api, request)
    unrefused = COVERAGE.unrefused(api)
    assert not unrefused, f"{api}: never broken and refused: {unrefused}"
