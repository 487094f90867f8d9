"""Building blocks of the contract suite: settings, schemas, credentials, checks, coverage.

Settings come from ``schemathesis.toml`` at the repository root, then the environment:

``CONTRACT_MAX_EXAMPLES``       fuzzing examples per operation and mode (default: the toml's);
``CONTRACT_SEED``               an integer or ``random``: a random, reproducible run instead of
                                the deterministic one (the seed is printed in the summary);
``CONTRACT_STATEFUL_EXAMPLES``  stateful scenarios per workflow (default 10);
``CONTRACT_LIVE_ALLOW``, ``CONTRACT_LIVE_MAX_EXAMPLES``  the live run (``live_operations``).

The contract mocks differ from the vendor's defaults in documented ways only: ``rate_limit`` is
far above what the suite sends (the vendor's 10 requests a minute would turn every later case
into a 429, which this suite counts as a failure); the organisation starts with a large credit
balance (so generation is not refused with 402 half-way through the run); jobs take no time
(a generated video is ``completed`` at once, so the stateful phase can edit it); the RawUGC
clock is manual, so the run is the same on every machine.

(The suite calls ``schemathesis.pytest.parametrize`` on schemas built at import time rather
than ``schemathesis.pytest.from_fixture``: the lazy loader of Schemathesis 4.32 reads
``Node._nodeid``, which pytest 9.2 no longer has.)
"""

from __future__ import annotations

import copy
import functools
import itertools
import os
import random
import tomllib
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import requests
import schemathesis
import yaml
from requests.structures import CaseInsensitiveDict
from schemathesis import AuthContext, Case, CheckContext, GenerationMode, Response
from schemathesis.core.failures import Failure
from schemathesis.generation.meta import CoveragePhaseData
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput
from schemathesis.specs.openapi.checks import has_only_additional_properties_in_non_body_parameters

from mediaapis._spec import Spec
from mediaapis.icp import VolcCredentials, VolcSignatureAuth
from mediaapis.icp.signing import ALGORITHM
from mediaapis_mocks._core import ManualClock, MockApp
from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from mediaapis_mocks.rawugc import TEST_KEY, RawUGCMock

ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = ROOT / "schemathesis.toml"
SPECS = {"rawugc": ROOT / "openapi" / "rawugc.yaml", "icp": ROOT / "openapi" / "volc-icp.yaml"}
ASGI_BASE_URL = "http://testserver"
LOOPBACK_BASE_URL = "http://127.0.0.1"
CONTRACT_RATE_LIMIT = 1_000_000  # requests per window; the suite sends a few thousand
CONTRACT_CREDITS = 10**9
STATEFUL_EXAMPLES = 10
PROBLEM_JSON = "application/problem+json"

Check = Callable[[CheckContext, Response, Case[Any]], "bool | None"]
ContractMock = RawUGCMock | ICPMock  # what contract_mock makes (each has ``reset``)


# --- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSettings:
    """``schemathesis.toml`` as the environment left it."""

    config: dict[str, Any]
    seed: int | None  # None: the deterministic (derandomized) run
    stateful_examples: int

    @property
    def deterministic(self) -> bool:
        return self.seed is None

    @property
    def max_steps(self) -> int:
        return int(self.config.get("phases", {}).get("stateful", {}).get("max-steps", 8))


def run_settings(environ: Mapping[str, str] = os.environ) -> RunSettings:
    """The toml's settings with ``CONTRACT_MAX_EXAMPLES`` and ``CONTRACT_SEED`` applied."""
    config = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    generation = config.setdefault("generation", {})
    if environ.get("CONTRACT_MAX_EXAMPLES"):
        generation["max-examples"] = int(environ["CONTRACT_MAX_EXAMPLES"])
    seed: int | None = None
    if environ.get("CONTRACT_SEED"):
        raw = environ["CONTRACT_SEED"]
        seed = random.SystemRandom().randrange(2**32) if raw == "random" else int(raw)
        generation["deterministic"] = False
        config["seed"] = seed
    stateful = int(environ.get("CONTRACT_STATEFUL_EXAMPLES") or STATEFUL_EXAMPLES)
    return RunSettings(config, seed, stateful)


SETTINGS = run_settings()


@functools.cache
def spec_document(api: str) -> dict[str, Any]:
    """``api``'s spec as the suite reads it (openapi/*.yaml, the file Schemathesis loads)."""
    document: dict[str, Any] = yaml.safe_load(SPECS[api].read_text(encoding="utf-8"))
    return document


@functools.cache
def spec_operations(api: str) -> dict[str, dict[str, Any]]:
    """operationId -> the operation of ``api``'s spec, with ``method`` and ``path`` added."""
    document = spec_document(api)
    return {
        op["operationId"]: {**op, "method": method.upper(), "path": path}
        for path, method, op in Spec(document).operations()
    }


def operation_id(case: Case[Any]) -> str:
    return str(case.operation.definition.raw["operationId"])


# --- credentials ---------------------------------------------------------------------------------


def bearer_auth(schema: Any, token: str) -> None:
    """Send ``Authorization: Bearer <token>`` with every generated RawUGC case."""

    @schema.auth(refresh_interval=None)
    class RawUGCBearer:
        def get(self, case: Case[Any], context: AuthContext) -> str:
            return token

        def set(self, case: Case[Any], data: str, context: AuthContext) -> None:
            add_headers(case, {"Authorization": f"Bearer {data}"})


def add_headers(case: Case[Any], headers: Mapping[str, str]) -> None:
    """Set ``headers`` on a case, keeping its others."""
    case.headers = CaseInsensitiveDict({**dict(case.headers or {}), **headers})


def volc_signers(credentials: VolcCredentials) -> dict[str, VolcSignatureAuth]:
    """The SDK's signer for each signing service the ICP spec names (``x-volc-signing``)."""
    services = {op["x-volc-signing"]["service"] for op in spec_operations("icp").values()}
    return {name: VolcSignatureAuth(credentials, service=name) for name in services}


def volc_signing_auth(schema: Any, credentials: VolcCredentials) -> None:
    """Sign every generated ICP case with Volcengine HMAC-SHA256 (the real algorithm).

    The case is prepared as the transport prepares it (URL with the query, body bytes, headers;
    ``Host`` from the URL) and signed with the SDK's ``VolcSignatureAuth`` and the operation's
    ``x-volc-signing`` service. See ``volc_session`` for why it is signed again when it is sent.
    """
    signers = volc_signers(credentials)

    @schema.auth(refresh_interval=None)
    class VolcSigner:
        def get(self, case: Case[Any], context: AuthContext) -> VolcSignatureAuth:
            return signers[context.operation.definition.raw["x-volc-signing"]["service"]]

        def set(self, case: Case[Any], data: VolcSignatureAuth, context: AuthContext) -> None:
            kwargs = case.as_transport_kwargs()
            prepared = requests.Request(
                method=kwargs["method"],
                url=kwargs["url"],
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                data=kwargs.get("data"),
                headers=kwargs["headers"],
            ).prepare()
            add_headers(case, sign_prepared(prepared, data))


def volc_session(credentials: VolcCredentials) -> requests.Session:
    """A session whose auth signs each signed ICP request again, over the bytes about to leave.

    Schemathesis builds the example and coverage cases when it collects the tests, minutes before
    it sends them and without knowing the host they will go to; a signature made then would be
    stale (``X-Date``) or name the wrong ``Host``. Only requests that carry a Volcengine
    ``Authorization`` are re-signed (same service, fresh date): a case sent without credentials
    on purpose, or with a broken one, goes as it is.
    """
    signers = volc_signers(credentials)

    class VolcResign(requests.auth.AuthBase):
        def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
            service = _credential_service(_text(request.headers.get("Authorization", "")))
            if service in signers:
                request.headers.update(sign_prepared(request, signers[service]))
            return request

    session = requests.Session()
    session.auth = VolcResign()
    return session


def _credential_service(authorization: str) -> str | None:
    """The service of a Volcengine ``Authorization`` (``Credential=AK/date/region/service/…``)."""
    if not authorization.startswith(f"{ALGORITHM} Credential="):
        return None
    parts = authorization.split(",", 1)[0].split("/")
    return parts[3] if len(parts) == 5 else None


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def sign_prepared(request: requests.PreparedRequest, signer: VolcSignatureAuth) -> dict[str, str]:
    """The signature headers of a prepared request, signed as the official SDKs sign: over its
    URL, body, ``Host``, ``Content-Type`` and every ``X-`` header it carries."""
    raw = request.body
    body = raw if isinstance(raw, bytes) else raw.encode() if isinstance(raw, str) else b""
    headers = {
        _text(name): _text(value)
        for name, value in request.headers.items()
        if _text(name).lower() == "content-type" or _text(name).lower().startswith("x-")
    }
    signed = httpx.Request(str(request.method), str(request.url), headers=headers, content=body)
    signer.sign(signed)
    names = ("X-Date", "X-Content-Sha256", "X-Security-Token", "Authorization")
    return {name: signed.headers[name] for name in names if name in signed.headers}


# --- the suite's own checks ----------------------------------------------------------------------


def _is_negative(case: Case[Any]) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_negative


def _json(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def rawugc_refusal_shape(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Invalid data is refused with problem+json (RFC 7807) whose ``status`` is the HTTP one."""
    if not _is_negative(case) or response.status_code < 400:
        return None
    content_type = response.headers.get("content-type", [""])[0]
    body = _json(response)
    assert content_type.startswith(PROBLEM_JSON), f"refusal is {content_type}, not problem+json"
    assert isinstance(body, dict), "refusal has no JSON object body"
    assert body.get("status") == response.status_code, "problem status differs from HTTP status"
    assert body.get("detail"), "a problem must say what is wrong (detail)"
    return True


def rawugc_business_refusal(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Schema-valid data refused with 400 must break a business rule, not the mock's validator.

    The mock words validator refusals "Request body is invalid" / "Invalid parameters"; such a
    400 on data the spec allows means the mock and the spec disagree.
    """
    if _is_negative(case) or response.status_code != 400:
        return None
    detail = str((_json(response) or {}).get("detail", ""))
    validator = ("Request body is invalid", "Invalid parameters", "Request body is required")
    assert not detail.startswith(validator), f"schema-valid data refused: {detail}"
    return True


def volc_envelope(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every ICP answer is the Volcengine envelope; an error carries ``Error`` and no ``Result``.

    Invalid data must be refused: by the gateway (HTTP 4xx) or as business error 400
    (``InvalidParameter``) in HTTP 200.
    """
    body = _json(response)
    assert isinstance(body, dict), "ICP response is not a JSON object"
    meta = body.get("ResponseMetadata")
    assert isinstance(meta, dict), "ICP response has no ResponseMetadata"
    error = meta.get("Error")
    if response.status_code >= 400:
        assert isinstance(error, dict), "ICP gateway error without ResponseMetadata.Error"
    if error is not None:
        assert "Result" not in body, "ICP error envelope also carries a Result"
    # like Schemathesis' own negative check, an unknown extra query parameter may be ignored
    extra_only = has_only_additional_properties_in_non_body_parameters(case)
    if _is_negative(case) and response.status_code == 200 and not extra_only:
        assert isinstance(error, dict), "invalid data accepted: HTTP 200 without an error"
        assert error.get("CodeN") == 400, f"invalid data answered with {error.get('Code')}"
    return True


CHECKS: dict[str, list[Check]] = {
    "rawugc": [rawugc_refusal_shape, rawugc_business_refusal],
    "icp": [volc_envelope],
}


# --- coverage ------------------------------------------------------------------------------------

# Bounds and enums: what negative testing must break, one request at a time.
CONSTRAINTS = frozenset(
    {"enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
    | {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}
)
COMBINATORS = frozenset({"allOf", "anyOf", "oneOf"})
Constraint = tuple[str, str, str, str]  # operationId, where, parameter or media type, pointer


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    return Spec(document).resolve(node, siblings=True)


def _constraints(document: Mapping[str, Any], schema: Any, pointer: str = "") -> Iterator[str]:
    """Pointers of the bounds and enums in a schema (``if``/``not`` are conditions: skipped)."""
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping):
        return
    yield from (f"{pointer}/{keyword}" for keyword in sorted(CONSTRAINTS & set(schema)))
    for name, sub in schema.get("properties", {}).items():
        yield from _constraints(document, sub, f"{pointer}/properties/{name}")
    if isinstance(schema.get("items"), Mapping):
        yield from _constraints(document, schema["items"], f"{pointer}/items")
    for combinator in sorted(COMBINATORS & set(schema)):
        for index, sub in enumerate(schema[combinator]):
            yield from _constraints(document, sub, f"{pointer}/{combinator}/{index}")


def constraint_pointer(pointer: str) -> str:
    """A schema pointer without its combinator steps (``/allOf/0``): Schemathesis rewrites
    ``if``/``then`` rules into combinators, so only the property path and keyword compare."""
    parts, kept, after_combinator = pointer.split("/")[1:], [], False
    for part in parts:
        if part in COMBINATORS or (after_combinator and part.isdigit()):
            after_combinator = part in COMBINATORS
            continue
        after_combinator = False
        kept.append(part)
    return "/" + "/".join(kept)


def unbreakable(constraint: Constraint) -> bool:
    """Bounds no request can break on its own: a path parameter's ``minLength: 1`` (an empty
    segment names another path) and ICP's ``Owner`` ``maxProperties: 2`` (only ``Id`` and
    ``VolcUsername`` together exceed it: the case of ``Owner``'s ``not`` rule, sent as such)."""
    _, where, _, pointer = constraint
    return (where == "path" and pointer == "/minLength") or pointer.endswith(
        "/properties/Owner/maxProperties"
    )


@functools.cache
def spec_constraints(api: str) -> frozenset[Constraint]:
    """Every bound and enum on a request of ``api``: parameters and bodies (all media types)."""
    document = spec_document(api)
    found: set[Constraint] = set()
    for path, _, op in Spec(document).operations():
        item = document["paths"][path]
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = _resolve(document, raw)
            for pointer in _constraints(document, param.get("schema", {})):
                found.add((op["operationId"], param["in"], param["name"], pointer))
        for media_type, content in op.get("requestBody", {}).get("content", {}).items():
            for pointer in _constraints(document, content["schema"]):
                found.add((op["operationId"], "body", media_type, pointer))
    return frozenset(
        (op, where, name, constraint_pointer(pointer))
        for op, where, name, pointer in found
        if not unbreakable((op, where, name, pointer))
    )


def refused(api: str, response: Response) -> bool:
    """Whether the API refused the request: a 4xx, or (ICP) an error envelope in HTTP 200."""
    if response.status_code >= 400:
        return True
    meta = (_json(response) or {}).get("ResponseMetadata") if api == "icp" else None
    return isinstance(meta, dict) and isinstance(meta.get("Error"), dict)


@dataclass
class Coverage:
    """Operations, cases and broken constraints of the contract run, per API."""

    sent: dict[str, Counter[str]] = field(default_factory=dict)  # api -> operationId -> cases
    succeeded: dict[str, set[str]] = field(default_factory=dict)  # api -> answered 2xx
    refused: dict[str, set[Constraint]] = field(default_factory=dict)  # broken and refused

    def record(self, api: str, case: Case[Any], response: Response) -> None:
        operation = operation_id(case)
        self.sent.setdefault(api, Counter())[operation] += 1
        if 200 <= response.status_code < 300:
            self.succeeded.setdefault(api, set()).add(operation)
        data = case.meta.phase.data if case.meta is not None else None
        if (
            isinstance(data, CoveragePhaseData)
            and _is_negative(case)
            and data.location
            and data.parameter_location
            and refused(api, response)
        ):
            where, name = data.parameter_location.value, str(data.parameter)
            constraint = (operation, where, name, constraint_pointer(data.location))
            self.refused.setdefault(api, set()).add(constraint)

    def missing(self, api: str) -> list[str]:
        """Operations of ``api``'s spec no case was sent to."""
        return sorted(set(spec_operations(api)) - set(self.sent.get(api, ())))

    def unrefused(self, api: str) -> list[Constraint]:
        """Bounds and enums of ``api``'s spec no negative case broke and saw refused."""
        return sorted(spec_constraints(api) - self.refused.get(api, set()))

    def lines(self) -> list[str]:
        lines, exercised, total, cases = [], 0, 0, 0
        for api in sorted(self.sent):
            ops = set(spec_operations(api))
            sent = self.sent[api]
            done = len(ops & set(sent))
            exercised, total, cases = exercised + done, total + len(ops), cases + sum(sent.values())
            ok = len(ops & self.succeeded.get(api, set()))
            constraints = spec_constraints(api)
            broken = len(constraints & self.refused.get(api, set()))
            lines.append(
                f"{api}: {done}/{len(ops)} operations exercised ({ok} answered 2xx), "
                f"{sum(sent.values())} cases, {broken}/{len(constraints)} bounds and enums "
                "broken and refused"
            )
            never = sorted(ops - self.succeeded.get(api, set()))
            if never:
                lines.append(f"  never answered 2xx: {', '.join(never)}")
        lines.append(f"overall: {exercised}/{total} operations exercised, {cases} cases")
        if SETTINGS.seed is None:
            lines.append("deterministic run (CONTRACT_SEED=random for a random one)")
        else:
            lines.append(f"seeded run; reproduce with CONTRACT_SEED={SETTINGS.seed}")
        return lines


COVERAGE = Coverage()


def count_calls(schema: Any, api: str, coverage: Coverage = COVERAGE) -> None:
    """Count every request the schema's cases send, stateless and stateful, into ``coverage``."""

    def after_call(context: Any, case: Case[Any], response: Response) -> None:
        coverage.record(api, case, response)

    schema.hooks.register_hook_with_name(after_call, "after_call")


# --- schemas and mocks ---------------------------------------------------------------------------


def load_schema(api: str, config: Mapping[str, Any] | None = None) -> Any:
    """A fresh Schemathesis schema of ``api`` with the suite's configuration."""
    loaded = schemathesis.Config.from_dict(dict(SETTINGS.config if config is None else config))
    return schemathesis.openapi.from_path(SPECS[api], config=loaded)


def authenticate(schema: Any, api: str, credentials: Any) -> None:
    """RawUGC: ``credentials`` is the Bearer key; ICP: a ``VolcCredentials`` to sign with."""
    if api == "rawugc":
        bearer_auth(schema, credentials)
    else:
        volc_signing_auth(schema, credentials)


def auth_call_kwargs(api: str, credentials: Any) -> dict[str, Any]:
    """What each call of ``api`` needs on top of the case (ICP: the re-signing session)."""
    return {"session": volc_session(credentials)} if api == "icp" else {}


def contract_mock(
    api: str, *, strict: bool = True, cls: type[MockApp] | None = None
) -> ContractMock:
    """The mock a contract target runs against (options in the module docstring); ``cls`` may
    be a subclass (a mock broken on purpose)."""
    if api == "rawugc":
        rawugc = RawUGCMock if cls is None else cls
        assert issubclass(rawugc, RawUGCMock)
        return rawugc(
            clock=ManualClock(),
            strict=strict,
            rate_limit=CONTRACT_RATE_LIMIT,
            credits=CONTRACT_CREDITS,
            durations=dict.fromkeys(("video", "image", "music"), 0.0),
            queue_seconds=0.0,
        )
    icp = ICPMock if cls is None else cls
    assert issubclass(icp, ICPMock)
    return icp(strict=strict)


def contract_call(
    case: Case[Any], api: str, call_kwargs: Mapping[str, Any], checks: list[Check] | None = None
) -> Response:
    """Send a case and run every built-in check plus the suite's own (what each test does)."""
    extra = CHECKS[api] if checks is None else checks
    return case.call_and_validate(additional_checks=extra, **call_kwargs)


def stateless_run(
    schema: Any,
    operation_id: str,
    api: str,
    call_kwargs: Mapping[str, Any],
    *,
    checks: list[Check] | None = None,
    mode: GenerationMode = GenerationMode.POSITIVE,
    examples: int = 25,
) -> Callable[[], None]:
    """A Hypothesis test sending generated cases of one operation through ``contract_call``."""
    operation = next(
        result.ok()
        for result in schema.get_all_operations()
        if result.ok().definition.raw["operationId"] == operation_id
    )

    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        contract_call(case, api, call_kwargs, checks)

    return run


def contract_failures(run: Callable[[], object]) -> tuple[set[str], str]:
    """The Schemathesis failures ``run`` raised (class names, nested groups included) and the
    text a test report would show; anything else it raises propagates."""

    def walk(exc: BaseException) -> Iterator[str]:
        if isinstance(exc, Failure):
            yield type(exc).__name__
        for inner in getattr(exc, "exceptions", ()):  # an exception group
            yield from walk(inner)

    try:
        run()
    except BaseException as exc:  # check failures come as (Base)ExceptionGroups
        found = set(walk(exc))
        if not found:
            raise
        return found, "".join(traceback.format_exception(exc))
    return set(), ""


# --- stateful ------------------------------------------------------------------------------------

# The workflows the stateful phase walks, per API, as chains of operations joined by the spec's
# links. Each runs as the state machine of its own operations; each consecutive pair must be a
# declared link, and every operation a chain leads to must be reached through a link and succeed.
WORKFLOWS: dict[str, dict[str, list[tuple[str, ...]]]] = {
    "rawugc": {
        "personas": [("createPersona", "getPersona", "updatePersona", "deletePersona")],
        "messaging": [("createMessage", "getMessage", "updateMessage", "deleteMessage")],
        "products": [("createProduct", "getProduct", "updateProduct", "deleteProduct")],
        "styles": [("createStyle", "getStyle", "updateStyle", "deleteStyle")],
        "posts": [
            ("listSocialAccounts", "createSocialPost", "getSocialPost", "updateSocialPost"),
            ("getSocialPost", "deleteSocialPost"),
        ],
        "publishing": [("listSocialAccounts", "createSocialPost", "publishSocialPost")],
        "scheduling": [("listSocialAccounts", "createSocialPost", "rescheduleSocialPost")],
        "accounts": [("listSocialAccounts", "disconnectSocialAccount")],
        "videos": [
            ("generateVideo", "getVideo", "addVideoCaptions"),
            ("getVideo", "addVideoOverlay"),
        ],
        "images": [("generateImage", "getImage")],
        "music": [("generateMusic", "getMusicTrack")],
        "uploads": [("uploadFile", "generateImage"), ("uploadFile", "analyzeVideo")],
        "research": [("scrapeTiktok", "createContentPlan")],
        "characters": [("listCharacters", "getCharacter")],
        "viral": [("searchViralLibrary", "getViralVideo")],
    },
    "icp": {
        "media": [("listUsers", "getMediaList", "getMediaInfo")],
    },
}
# (api, workflow) pairs, for parametrizing
WORKFLOW_IDS = [(api, name) for api, flows in WORKFLOWS.items() for name in sorted(flows)]


def workflow_operations(api: str, workflow: str) -> list[str]:
    """The operations of a workflow's chains."""
    return sorted({op for chain in WORKFLOWS[api][workflow] for op in chain})


def workflow_links(api: str, workflow: str) -> list[tuple[str, str]]:
    """The (source, target) links a workflow's chains consist of."""
    return [pair for chain in WORKFLOWS[api][workflow] for pair in itertools.pairwise(chain)]


def workflow_targets(api: str, workflow: str) -> list[str]:
    """The operations a workflow's chains lead to (every operation but the chains' heads)."""
    return sorted({target for _, target in workflow_links(api, workflow)})


def succeeded(api: str, response: Response) -> bool:
    """A 2xx the API did not refuse (:func:`refused`); for ICP also a ``Result`` with no empty
    list in it, since an id that a link failed to carry over finds nothing."""
    if not 200 <= response.status_code < 300 or refused(api, response):
        return False
    if api != "icp":
        return True
    result = (_json(response) or {}).get("Result")
    return isinstance(result, dict) and all(v for v in result.values() if isinstance(v, list))


@functools.cache
def spec_links(api: str) -> frozenset[tuple[str, str]]:
    """(source, target) operationIds of every link the spec declares."""
    return frozenset(
        (source, link["operationId"])
        for source, op in spec_operations(api).items()
        for response in op["responses"].values()
        for link in response.get("links", {}).values()
    )


def stateful_settings(examples: int | None = None) -> hypothesis.settings:
    """Bounded: ``examples`` scenarios of at most ``phases.stateful.max-steps`` steps each."""
    return hypothesis.settings(
        max_examples=SETTINGS.stateful_examples if examples is None else examples,
        stateful_step_count=SETTINGS.max_steps,
        derandomize=SETTINGS.deterministic,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


def run_workflows(
    schema: Any,
    api: str,
    checks: list[Check],
    call_kwargs: Mapping[str, Any] | None = None,
    examples: int | None = None,
    reset: Callable[[], None] | None = None,
) -> set[tuple[str, str]]:
    """Run the schema's link-driven state machine (``schema.as_state_machine()``).

    Every step runs every check plus ``checks``; returns the links (source, target operationId)
    that a step followed to a success (:func:`succeeded`). ``reset`` runs before each scenario:
    Hypothesis replays scenarios (to shrink, to check a failure) and needs the same answers to
    the same steps, so a mock must start each one from its seeded state.
    """
    base: type[APIStateMachine] = schema.as_state_machine()
    kwargs = dict(call_kwargs or {})
    walked: set[tuple[str, str]] = set()
    operations: dict[str, str] = {}  # case id -> operationId, to name a link's source

    class ContractWorkflow(base):  # type: ignore[valid-type,misc]
        def setup(self) -> None:
            if reset is not None:
                reset()

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return dict(kwargs)

        def validate_response(
            self, response: Response, case: Case[Any], additional_checks: Any = None, **extra: Any
        ) -> None:
            super().validate_response(response, case, additional_checks=checks, **extra)

        def step(self, input: StepInput) -> StepOutput:
            output: StepOutput = super().step(input)
            operations[input.case.id] = operation_id(input.case)
            link = input.transition
            if link is not None and input.is_applied and succeeded(api, output.response):
                walked.add((operations.get(link.parent_id, "?"), operation_id(input.case)))
            return output

    if SETTINGS.seed is not None:
        hypothesis.seed(SETTINGS.seed)(ContractWorkflow)
    schemathesis.stateful.run_state_machine_as_test(
        ContractWorkflow, settings=stateful_settings(examples)
    )
    return walked


# --- targets: each API against its mock, in-process and over a socket -----------------------------

TRANSPORTS = ("asgi", "socket")
MOCK_CREDENTIALS: dict[str, Any] = {
    "rawugc": TEST_KEY,
    "icp": VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY),
}


class Swappable:
    """An ASGI app that forwards to the mock installed for the session (``target``)."""

    def __init__(self) -> None:
        self.target: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.target(scope, receive, send)


APPS = {"rawugc": Swappable(), "icp": Swappable()}


def wired_schema(api: str, transport: str, app: Any, credentials: Any = None) -> Any:
    """A schema of ``api`` whose cases reach ``app``, authenticated with ``credentials`` (by
    default the mocks' own).

    ``asgi``: Schemathesis calls ``app`` in-process; ``socket``: the cases go to the URL each call
    passes (uvicorn serving the app).
    """
    schema = load_schema(api)
    if transport == "asgi":
        schema.app = app
        schema.config.update(base_url=ASGI_BASE_URL)
    else:
        # the port is known once the server runs (each call passes the full URL); the host and
        # the base path ("/", not the spec's "/api/v1") let Schemathesis' checks match the
        # requests they read back to their operation
        schema.config.update(base_url=LOOPBACK_BASE_URL)
    authenticate(schema, api, MOCK_CREDENTIALS[api] if credentials is None else credentials)
    return schema


@functools.cache
def mock_schema(api: str, transport: str) -> Any:
    """The schema the contract tests of ``api`` over ``transport`` parametrize over."""
    schema = wired_schema(api, transport, APPS[api])
    count_calls(schema, api)
    return schema


@dataclass
class ContractRun:
    """The session's mocks (one strict mock per API, reached both ways) and how to call them."""

    mocks: dict[str, ContractMock]
    base_urls: dict[str, str]  # api -> URL of its loopback server
    auth: dict[str, dict[str, Any]] = field(default_factory=dict)  # api -> ICP signing session

    def __post_init__(self) -> None:
        self.auth = {api: auth_call_kwargs(api, MOCK_CREDENTIALS[api]) for api in self.mocks}

    def call_kwargs(self, api: str, transport: str) -> dict[str, Any]:
        """What ``case.call`` needs besides the case: the server URL, the ICP signing session."""
        kwargs = dict(self.auth[api])
        if transport == "socket":
            kwargs["base_url"] = self.base_urls[api]
        return kwargs

    def fresh(self, api: str) -> ContractMock:
        """Serve a new contract mock (the seeded state) for ``api``, both ways."""
        self.mocks[api] = APPS[api].target = contract_mock(api)
        return self.mocks[api]

    def kwargs_for(self, api: str, case: Case[Any]) -> dict[str, Any]:
        return self.call_kwargs(api, "asgi" if case.operation.schema.app else "socket")


# --- live: the real APIs, safe operations only unless named ---------------------------------------

LIVE_URLS = {"rawugc": "https://rawugc.com/api/v1", "icp": "https://icp.volcengineapi.com"}
LIVE_ALLOW = "CONTRACT_LIVE_ALLOW"
# RawUGC allows 10 requests a minute per key; keep one in reserve for whatever else uses the key.
LIVE_RATE_LIMITS = {"rawugc": "9/m", "icp": "5/s"}
LIVE_CHECKS: dict[str, list[Check]] = {
    "rawugc": [rawugc_refusal_shape],  # rawugc_business_refusal reads the mock's own wording
    "icp": [volc_envelope],
}


def is_safe(operation: Mapping[str, Any]) -> bool:
    """Spends no credits, publishes nothing and deletes nothing (no DELETE: no disconnect)."""
    return (
        "x-rawugc-credits" not in operation
        and not operation.get("x-rawugc-publishes")
        and operation["method"] != "DELETE"
    )


def live_operations(api: str, environ: Mapping[str, str] = os.environ) -> list[str]:
    """The operationIds a live run of ``api`` may call: the safe ones plus those named in
    ``CONTRACT_LIVE_ALLOW`` (comma-separated; ``*`` names every operation).

    A name that is no operation of either spec is refused (a typo must not pass silently).
    """
    named = {name.strip() for name in environ.get(LIVE_ALLOW, "").split(",") if name.strip()}
    known = set(spec_operations("rawugc")) | set(spec_operations("icp"))
    unknown = sorted(named - known - {"*"})
    if unknown:
        raise ValueError(f"{LIVE_ALLOW} names no operation of the specs: {', '.join(unknown)}")
    operations = spec_operations(api)
    return sorted(
        op_id for op_id, op in operations.items() if is_safe(op) or op_id in named or "*" in named
    )


def live_credentials(api: str, environ: Mapping[str, str] = os.environ) -> Any | None:
    """The live credentials of ``api`` from the environment, None when they are not set."""
    if api == "rawugc":
        return environ.get("RAWUGC_API_KEY") or None
    if environ.get("VOLC_ACCESSKEY") and environ.get("VOLC_SECRETKEY"):
        return VolcCredentials.from_env(environ)
    return None


LIVE_SKIP = {
    "rawugc": "RAWUGC_API_KEY is not set: the live RawUGC contract run is skipped",
    "icp": "VOLC_ACCESSKEY and VOLC_SECRETKEY are not set: the live ICP contract run is skipped",
}


def live_schema(api: str, credentials: Any, environ: Mapping[str, str] = os.environ) -> Any:
    """``api``'s schema aimed at the real API: the live operations only, gently.

    Fewer cases than against the mocks (``CONTRACT_LIVE_MAX_EXAMPLES``, default 2, and no
    coverage phase, which sends hundreds of cases an operation), the vendor's rate limit, and no
    undocumented methods (a real server may do something with them).
    """
    config = copy.deepcopy(SETTINGS.config)
    config["generation"]["max-examples"] = int(environ.get("CONTRACT_LIVE_MAX_EXAMPLES") or 2)
    config.setdefault("phases", {})["coverage"] = {"enabled": False, "unexpected-methods": []}
    schema = load_schema(api, config).include(operation_id=live_operations(api, environ))
    schema.config.update(base_url=LIVE_URLS[api], rate_limit=LIVE_RATE_LIMITS[api])
    authenticate(schema, api, credentials)
    return schema
