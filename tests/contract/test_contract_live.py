"""The contract suite against the real APIs, and the offline checks of what makes it safe.

Live runs need credentials: ``RAWUGC_API_KEY`` for RawUGC (https://rawugc.com/api/v1),
``VOLC_ACCESSKEY`` + ``VOLC_SECRETKEY`` (``VOLC_SESSION_TOKEN``) for ICP. Without them the live
tests are skipped, never failed. They call only operations that spend no credits, publish
nothing and delete nothing, unless ``CONTRACT_LIVE_ALLOW`` names more
(``CONTRACT_LIVE_ALLOW=generateImage,deleteSocialPost``). Credentials never reach the output:
Schemathesis shows ``Authorization`` and token headers as ``[Filtered]``
(``[output.sanitization]`` in ``schemathesis.toml``), and no test id or message contains them.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from contract_support import (
    ASGI_BASE_URL,
    LIVE_CHECKS,
    LIVE_SKIP,
    WORKFLOWS,
    auth_call_kwargs,
    contract_call,
    contract_failures,
    contract_mock,
    live_credentials,
    live_operations,
    live_schema,
    run_workflows,
    spec_operations,
    stateless_run,
    wired_schema,
    workflow_operations,
)
from schemathesis import Case

from mediaapis.icp import VolcCredentials
from mediaapis_mocks.icp import TEST_ACCESS_KEY
from mediaapis_mocks.rawugc import TEST_KEY

CREDENTIALS = {api: live_credentials(api) for api in ("rawugc", "icp")}
LIVE = {api: live_schema(api, creds) for api, creds in CREDENTIALS.items() if creds is not None}
CALL = {api: auth_call_kwargs(api, creds) for api, creds in CREDENTIALS.items() if creds}


if "rawugc" in LIVE:

    @schemathesis.pytest.parametrize(live=LIVE["rawugc"])
    def test_live_rawugc_operation(case: Case[Any]) -> None:
        """The stateless phases against RawUGC (safe operations unless opted in)."""
        contract_call(case, "rawugc", CALL["rawugc"], LIVE_CHECKS["rawugc"])

    @pytest.mark.parametrize("workflow", sorted(WORKFLOWS["rawugc"]))
    def test_live_rawugc_workflow(workflow: str) -> None:
        """The stateful phase against RawUGC, over the workflow's live operations only."""
        live = sorted(set(live_operations("rawugc")) & set(workflow_operations("rawugc", workflow)))
        if len(live) < 2:
            pytest.skip(f"{workflow}: fewer than two live operations (see CONTRACT_LIVE_ALLOW)")
        schema = LIVE["rawugc"].include(operation_id=live)
        run_workflows(schema, "rawugc", LIVE_CHECKS["rawugc"], CALL["rawugc"], examples=2)

else:

    def test_live_rawugc() -> None:
        pytest.skip(LIVE_SKIP["rawugc"])


if "icp" in LIVE:

    @schemathesis.pytest.parametrize(live=LIVE["icp"])
    def test_live_icp_operation(case: Case[Any]) -> None:
        """The stateless phases against ICP, signed with the real keys."""
        contract_call(case, "icp", CALL["icp"], LIVE_CHECKS["icp"])

    def test_live_icp_workflow() -> None:
        """The stateful phase against ICP (every ICP operation only reads)."""
        run_workflows(LIVE["icp"], "icp", LIVE_CHECKS["icp"], CALL["icp"], examples=2)

else:

    def test_live_icp() -> None:
        pytest.skip(LIVE_SKIP["icp"])


# --- offline: what keeps a live run safe ------------------------------------------------------


SAFE_RAWUGC = {
    "listVideos", "getVideo", "listImages", "getImage", "listMusicTracks", "getMusicTrack",
    "uploadFile", "listCharacters", "getCharacter",
    "listPersonas", "createPersona", "getPersona", "updatePersona",
    "listMessages", "createMessage", "getMessage", "updateMessage",
    "listProducts", "createProduct", "getProduct", "updateProduct",
    "listStyles", "createStyle", "getStyle", "updateStyle",
    "listSocialAccounts", "syncSocialAccounts", "listSocialPosts", "getSocialPost",
    "updateSocialPost", "rescheduleSocialPost",
    "getViralVideo", "searchViralLibrary", "listContentPlans",
}  # fmt: skip


def test_live_runs_only_safe_operations_by_default() -> None:
    """No credits, no publishing, no DELETE (no disconnect) unless named."""
    assert set(live_operations("rawugc", {})) == SAFE_RAWUGC
    assert set(live_operations("icp", {})) == set(spec_operations("icp"))
    for op_id in SAFE_RAWUGC:
        op = spec_operations("rawugc")[op_id]
        assert "x-rawugc-credits" not in op
        assert not op.get("x-rawugc-publishes")
        assert op["method"] != "DELETE"


def test_live_opt_in_adds_exactly_the_named_operations() -> None:
    allow = {"CONTRACT_LIVE_ALLOW": " generateImage, deleteSocialPost ,getMediaInfo"}
    assert set(live_operations("rawugc", allow)) == SAFE_RAWUGC | {
        "generateImage",
        "deleteSocialPost",
    }
    everything = set(live_operations("rawugc", {"CONTRACT_LIVE_ALLOW": "*"}))
    assert everything == set(spec_operations("rawugc"))


def test_live_opt_in_refuses_unknown_names() -> None:
    with pytest.raises(ValueError, match="generateImages"):
        live_operations("rawugc", {"CONTRACT_LIVE_ALLOW": "generateImages"})


def test_a_live_run_calls_nothing_else() -> None:
    """The live schema's state machine, aimed at a mock: only live operations are called."""
    environ = {"CONTRACT_LIVE_ALLOW": "generateVideo"}
    allowed = set(live_operations("rawugc", environ))
    schema = live_schema("rawugc", TEST_KEY, environ)
    assert schema.config.base_url == "https://rawugc.com/api/v1"
    mock = contract_mock("rawugc")
    schema.app = mock
    schema.config.update(base_url=ASGI_BASE_URL, rate_limit="1000/s")  # the mock, at full speed
    selected = {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}
    assert selected == allowed
    run_workflows(schema, "rawugc", LIVE_CHECKS["rawugc"], examples=10)
    called = {op for op, count in mock.calls.items() if count}
    assert "generateVideo" in called  # the opt-in is honoured ...
    assert called <= allowed, f"called outside the live selection: {sorted(called - allowed)}"


def test_live_credentials_come_only_from_the_environment() -> None:
    assert live_credentials("rawugc", {}) is None
    assert live_credentials("icp", {"VOLC_ACCESSKEY": "AK"}) is None
    assert live_credentials("rawugc", {"RAWUGC_API_KEY": "k"}) == "k"
    icp = live_credentials("icp", {"VOLC_ACCESSKEY": "AKLTx", "VOLC_SECRETKEY": "sk"})
    assert icp is not None
    assert "sk" not in repr(icp)


@pytest.mark.parametrize("api", ["rawugc", "icp"])
def test_failure_reports_never_show_credentials(api: str) -> None:
    """A contract failure (credentials the API refuses) reports the request, never the secret:
    the RawUGC key, the Volcengine secret key or session token."""
    secret = "s3cr3t-" * 5
    credentials = (
        f"rawugc_live_{secret}"
        if api == "rawugc"
        else VolcCredentials(TEST_ACCESS_KEY, f"sk-{secret}", f"sts-{secret}")
    )
    schema = wired_schema(api, "asgi", contract_mock(api, strict=False), credentials)
    call = auth_call_kwargs(api, credentials)
    operation = "listCharacters" if api == "rawugc" else "listUsers"
    found, report = contract_failures(
        stateless_run(schema, operation, api, call, checks=LIVE_CHECKS[api], examples=3)
    )
    assert "RejectedPositiveData" in found  # 401: the mock does not know these credentials
    assert "Authorization: [Filtered]" in report
    assert secret not in report
