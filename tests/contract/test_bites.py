"""Proof that the contract suite bites: mocks broken on purpose fail it.

Each mock below is a contract mock with one bug and its own strict response check OFF, so that
Schemathesis (with the suite's checks and ``schemathesis.toml``) is what catches the bug. The
runs use the suite's own machinery: the same schemas, credentials, checks and state machine;
each has a control run against the sound mock that must find nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from contract_support import (
    CHECKS,
    MOCK_CREDENTIALS,
    ContractMock,
    auth_call_kwargs,
    contract_failures,
    contract_mock,
    run_workflows,
    stateless_run,
    wired_schema,
    workflow_operations,
)
from schemathesis import GenerationMode

from mediaapis.icp import VolcCredentials
from mediaapis_mocks._core import Call, ManualClock, MockApp, Reply
from mediaapis_mocks.icp import TEST_ACCESS_KEY, ICPMock
from mediaapis_mocks.rawugc import RawUGCMock


class CountAsText(RawUGCMock):
    """listCharacters sends ``count`` as a string (the spec: integer)."""

    def list_characters(self, call: Call) -> Reply:
        reply = super().list_characters(call)
        reply.payload["count"] = str(reply.payload["count"])
        return reply


class NoRequestId(ICPMock):
    """ListUsers leaves out ``ResponseMetadata.RequestId``, which the spec requires."""

    def list_users(self, call: Call) -> Reply:
        reply = super().list_users(call)
        del reply.payload["ResponseMetadata"]["RequestId"]
        return reply


class CreatedIs200(RawUGCMock):
    """createPersona answers 200, a status the spec does not document (it says 201)."""

    def create_persona(self, call: Call) -> Reply:
        reply = super().create_persona(call)
        reply.status = 200
        return reply


class DeleteKeeps(RawUGCMock):
    """deletePersona says ``success`` but keeps the persona."""

    def delete_persona(self, call: Call) -> Reply:
        self._own(call)
        return Reply(200, {"success": True})


class AnySignature(ICPMock):
    """The gateway lets every request through, signed or not."""

    def _signature_problem(self, *args: Any) -> tuple[str, str] | None:
        return None


class NoBodyValidation(RawUGCMock):
    """JSON request bodies are taken as they come, never validated against the spec."""

    def _body(self, op: Any, request: Any, body: bytes, call: Call) -> Reply | None:
        try:
            call.body = json.loads(body)
        except ValueError:
            return super()._body(op, request, body, call)
        return None


def stateless(
    operation_id: str, mode: GenerationMode = GenerationMode.POSITIVE
) -> Callable[[str, ContractMock], Callable[[], None]]:
    """Generated cases of one operation, through the suite's schema, auth and checks."""

    def build(api: str, mock: ContractMock) -> Callable[[], None]:
        schema = wired_schema(api, "asgi", mock)
        kwargs = auth_call_kwargs(api, MOCK_CREDENTIALS[api])
        return stateless_run(schema, operation_id, api, kwargs, mode=mode)

    return build


def workflow(name: str) -> Callable[[str, ContractMock], Callable[[], None]]:
    """The suite's state machine for one workflow."""

    def build(api: str, mock: ContractMock) -> Callable[[], None]:
        schema = wired_schema(api, "asgi", mock).include(
            operation_id=workflow_operations(api, name)
        )
        kwargs = auth_call_kwargs(api, MOCK_CREDENTIALS[api])

        def run() -> None:
            run_workflows(schema, api, CHECKS[api], kwargs, reset=mock.reset)

        return run

    return build


# bug: (how the suite runs, the broken mock, the Schemathesis failure that must come out)
BITES: dict[str, tuple[Callable[[str, ContractMock], Callable[[], None]], type[MockApp], str]] = {
    "wrong field type": (stateless("listCharacters"), CountAsText, "JsonSchemaError"),
    "missing required field": (stateless("listUsers"), NoRequestId, "JsonSchemaError"),
    "undocumented status": (stateless("createPersona"), CreatedIs200, "UndefinedStatusCode"),
    "delete that does not delete": (workflow("personas"), DeleteKeeps, "UseAfterFree"),
    "signature check accepts anything": (stateless("getMediaList"), AnySignature, "IgnoredAuth"),
    "invalid body accepted": (
        stateless("createPersona", GenerationMode.NEGATIVE),
        NoBodyValidation,
        "AcceptedNegativeData",
    ),
}


@pytest.mark.parametrize("bite", list(BITES))
def test_a_broken_mock_fails_the_contract(bite: str) -> None:
    build, broken, expected = BITES[bite]
    api = "icp" if issubclass(broken, ICPMock) else "rawugc"
    found, _ = contract_failures(build(api, contract_mock(api, strict=False, cls=broken)))
    assert expected in found


@pytest.mark.parametrize("bite", list(BITES))
def test_the_same_run_passes_against_the_sound_mock(bite: str) -> None:
    """Control: without the bug, the very same run finds nothing."""
    build, broken, _ = BITES[bite]
    api = "icp" if issubclass(broken, ICPMock) else "rawugc"
    found, report = contract_failures(build(api, contract_mock(api, strict=False)))
    assert not found, report


def test_the_vendor_rate_limit_fails_the_contract() -> None:
    """429 is not an accepted answer to valid data (schemathesis.toml narrows it), so the
    contract mock's higher rate limit is what keeps the suite green."""
    vendor = RawUGCMock(clock=ManualClock(), strict=False)  # 10 requests a minute
    found, _ = contract_failures(stateless("listCharacters")("rawugc", vendor))
    assert "RejectedPositiveData" in found


def test_signing_with_a_wrong_secret_fails_the_contract() -> None:
    """The suite's ICP cases pass only because it signs for real: a wrong secret key is 401."""
    wrong = VolcCredentials(TEST_ACCESS_KEY, "not-the-secret")
    schema = wired_schema("icp", "asgi", contract_mock("icp", strict=False), wrong)
    run = stateless_run(schema, "listUsers", "icp", auth_call_kwargs("icp", wrong))
    found, report = contract_failures(run)
    assert "RejectedPositiveData" in found
    assert "SignatureDoesNotMatch" in report
