"""A mock of the RawUGC API that behaves like the vendor page, built on ``openapi/rawugc.yaml``.

The spec routes and validates every request and, when ``strict``, every response. What the spec
knows (costs, job shapes, defaults, scopes, accepted upload types) is read from it; what the
vendor page leaves open is decided here:

Keys and scopes
    ``Authorization: Bearer <key>``; a missing or unknown key gives 401. Scopes: ``read`` (every
    GET), ``generate`` (operations with ``x-rawugc-credits``), ``publish`` (operations with
    ``x-rawugc-publishes``; ``createSocialPost`` needs it, on top of ``write``, only when ``mode``
    is in ``x-rawugc-publishes-when``) and ``write`` (every other call). A missing scope gives
    403. Built-in keys: ``TEST_KEY`` (all scopes, organisation ``TEST_ORG`` with ``credits``),
    ``BROKE_KEY`` (all scopes, ``BROKE_ORG`` with 0 credits: 402) and ``READ_ONLY_KEY`` (``read``
    only, ``TEST_ORG``: 403 on anything else). ``add_key`` adds more.
Versions
    A missing ``RawUGC-Version`` means the latest (the spec's ``info.version``); one outside the
    spec's ``ApiVersion`` enum gives 400 naming the header.
Rate limit
    Fixed windows of ``rate_window`` seconds per presented key (unknown and missing keys count
    too), ``rate_limit`` requests each (a key may have its own). Every request that reaches an
    operation counts; past the limit it gets 429 and is not executed. Every response, errors and
    unknown paths included, carries ``X-RateLimit-Limit/Remaining/Reset`` (Reset: Unix seconds
    at which the window ends). Windows and Reset are on ``clock``: with a ``ManualClock``, a
    client that waits with ``clock.sleep(reset - clock())`` is paced without real waiting.
Credits
    Costs come from ``x-rawugc-credits``; ``cost: null`` operations cost ``unpriced_costs``
    (mock assumption: generateVideo 10, addVideoOverlay 0). A call is charged after every other
    check passed; with too few credits it gets 402 and nothing is charged or created. Failed
    jobs are not refunded. Inspect with ``balance(org)`` and ``charges``.
Jobs
    Video, image and music jobs are ``pending`` for ``queue_seconds``, then ``processing`` until
    ``durations[kind]`` seconds after creation, then ``completed`` (result URLs set) or ``failed``
    (``failCode``/``failMessage``), computed from ``clock``. A job fails when its prompt contains
    ``FAIL_MARKER`` or after ``fail_next(kind)``. ``estimatedCompletionTime`` is the duration.
    Captions and overlays add a version (the render is version 1) to a completed video; other
    states give 409 (the spec's ``Conflict``). Lists are newest first. An unknown or inactive
    ``selectedCharacter`` gives 404.
Social
    Each organisation has three accounts at the scheduling provider, two of them synced; sync
    copies the provider's list, disconnect removes an account from both. Posts: ``draft``;
    ``schedule`` (``scheduledFor`` must lie in the future; the post publishes when the clock
    passes it); ``now`` (published at once). A post whose content contains ``FAIL_MARKER``, or
    whose accounts were disconnected before it went out, ends ``failed``. Published posts cannot
    be updated; only scheduled or failed posts can be rescheduled; only drafts published (400).
Uploads
    ``multipart/form-data`` with a ``file`` part of a spec-listed content type, at most
    ``upload_limit`` bytes (100 MiB; an empty file is accepted), else 400. The returned URL is
    accepted wherever the spec takes a URL; an upload of the wrong kind (an image as a video)
    gives 409; one of another organisation of the mock, or an unknown one under the caller's
    own organisation, gives 400; upload URLs of organisations the mock does not hold (the
    spec's examples, ``org_123``) are taken as given. ``analyzeVideo`` of a host under
    ``.invalid`` gives 400.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus
from typing import Any, NoReturn
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request

from mediaapis._spec import load_spec

from . import _rawugc_content as content
from ._core import Call, Clock, Fault, Ids, MockApp, Operation, Refused, Reply, UploadedFile
from ._keys import BROKE_KEY as BROKE_KEY
from ._keys import BROKE_ORG as BROKE_ORG
from ._keys import FAIL_MARKER as FAIL_MARKER
from ._keys import READ_ONLY_KEY as READ_ONLY_KEY
from ._keys import TEST_KEY as TEST_KEY
from ._keys import TEST_ORG as TEST_ORG
from ._rawugc_content import CDN

SCOPES = frozenset({"read", "write", "generate", "publish"})
UPLOAD_LIMIT = 100 * 1024 * 1024
DEFAULT_DURATIONS = {"video": 120.0, "image": 30.0, "music": 60.0}
DEFAULT_UNPRICED_COSTS = {"generateVideo": 10, "addVideoOverlay": 0}
PROBLEM = "application/problem+json"
PATH_SAFE = "/:@!$&'()*+,;=-._~"  # RFC 3986 pchar and "/", left bare in a problem's instance
JOB_PREFIX = {"video": "vid", "image": "img", "music": "mus"}
URL_FIELDS = {"imageUrls": "image", "photos": "image", "videoUrls": "video", "videoUrl": "video"}


@dataclass
class ApiKey:
    """A key the mock accepts: its organisation, scopes and own rate limit (None: the mock's)."""

    token: str
    org: str
    scopes: frozenset[str] = SCOPES
    rate_limit: int | None = None
    credits: int | None = None  # starting balance when the key brings a new organisation


@dataclass(frozen=True)
class Charge:
    """One entry of the credit ledger."""

    org: str
    operation_id: str
    credits: int
    balance: int
    at: float


@dataclass(frozen=True)
class JobKind:
    """One kind of job (video, image, music): its generate operation and ``x-rawugc-job``."""

    kind: str
    generate: str
    job: Mapping[str, Any]


@dataclass
class Job:
    """A generation job; its status follows from the clock."""

    kind: str
    id: str
    request: dict[str, Any]
    credits: int
    created: float
    duration: float
    failure: tuple[str, str] | None
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Post:
    """A social post: its public fields plus what decides how it goes out."""

    public: dict[str, Any]
    account_ids: list[str]
    fails: bool


@dataclass
class Org:
    """One organisation's credits and data."""

    id: str
    credits: int
    jobs: dict[str, dict[str, Job]] = field(default_factory=dict)
    items: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    provider: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    scrapes: dict[str, dict[str, Any]] = field(default_factory=dict)
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)
    uploads: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Window:
    """Requests counted in one rate-limit window of a key."""

    start: float
    count: int = 0


class RawUGCMock(MockApp):
    """The RawUGC API: keys and scopes, rate limits, a credit ledger, jobs on a clock, CRUD.

    Options (all keyword): ``clock`` (default the wall ``Clock``; a ``ManualClock`` makes jobs,
    posts and rate windows deterministic), ``seed`` (ids and seeded data, 0), ``strict`` (check
    every response against the spec, True), ``rate_limit`` requests per ``rate_window`` seconds
    per key (10 per 60), ``credits`` (starting balance of new organisations, 1000),
    ``durations`` (seconds from creation to the terminal state per job kind: video 120, image
    30, music 60), ``queue_seconds`` (time a job stays ``pending``, 5), ``unpriced_costs``
    (costs of the ``cost: null`` operations: generateVideo 10, addVideoOverlay 0),
    ``upload_limit`` (bytes, 100 MiB) and ``list_newest_first`` (the order of the job lists,
    True; the vendor page states none). State for tests: ``orgs``, ``keys``, ``charges``,
    ``calls``, ``faults``; ``balance``, ``set_credits``, ``fail_next``, ``add_key``, ``reset``.
    """

    package = "rawugc_client"

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        seed: int = 0,
        strict: bool = True,
        rate_limit: int = 10,
        rate_window: float = 60.0,
        credits: int = 1000,
        durations: Mapping[str, float] | None = None,
        queue_seconds: float = 5.0,
        unpriced_costs: Mapping[str, int] | None = None,
        upload_limit: int = UPLOAD_LIMIT,
        list_newest_first: bool = True,
    ) -> None:
        """Configure the mock (options in the class docstring) and seed its state."""
        document = load_spec("rawugc_client")
        super().__init__(document, strict=strict)
        self.clock = clock if clock is not None else Clock()
        self.seed, self.rate_limit, self.rate_window = seed, rate_limit, rate_window
        self.credits, self.queue_seconds, self.upload_limit = credits, queue_seconds, upload_limit
        self.list_newest_first = list_newest_first
        self.durations = {**DEFAULT_DURATIONS, **(durations or {})}
        self.unpriced_costs = {**DEFAULT_UNPRICED_COSTS, **(unpriced_costs or {})}
        self.kinds = self._job_kinds()
        self._job_ops = {  # generate, poll and list operationIds -> their kind
            op_id: kind
            for kind in self.kinds.values()
            for op_id in (kind.generate, kind.job["pollOperationId"], kind.job["listOperationId"])
        }
        for op in self.spec.operations.values():
            price = op.facts.credits
            unpriced = price is not None and price.field is None and price.cost is None
            if unpriced and not isinstance(self.unpriced_costs.get(op.operation_id), int):
                raise ValueError(f"unpriced_costs needs a cost for {op.operation_id}")
        self._keys = [
            ApiKey(TEST_KEY, TEST_ORG),
            ApiKey(BROKE_KEY, BROKE_ORG, credits=0),
            ApiKey(READ_ONLY_KEY, TEST_ORG, frozenset({"read"})),
        ]
        self.reset()

    # -- configuration, state and inspection --

    def reset(self) -> None:
        """Restore the seeded state: same seed, same ids and data. Keys added stay."""
        with self.lock:
            self.ids = Ids(self.seed)
            self.charges: list[Charge] = []
            self.windows: dict[str, Window] = {}
            self.rate_limited = 0  # requests refused with 429 past the vendor's limit
            self._fail_next: dict[str, list[tuple[str, str]]] = {}
            self.calls.clear()
            self.faults.clear()
            self.characters = content.characters(self.ids)
            self.styles = content.styles(self.ids)
            self.viral = content.viral(self.ids)
            self.orgs: dict[str, Org] = {}
            self.keys: dict[str, ApiKey] = {}
            for key in self._keys:
                self._register(key)

    def add_key(
        self,
        token: str,
        *,
        org: str = TEST_ORG,
        scopes: Iterable[str] = SCOPES,
        rate_limit: int | None = None,
        credits: int | None = None,
    ) -> ApiKey:
        """Accept ``token`` for ``org`` (created with ``credits`` when new); kept by ``reset``."""
        key = ApiKey(token, org, frozenset(scopes), rate_limit, credits)
        with self.lock:
            self._keys.append(key)
            self._register(key)
        return key

    def _register(self, key: ApiKey) -> None:
        """Index a key and create its organisation when it is new."""
        self.keys[key.token] = key
        if key.org not in self.orgs:
            balance = self.credits if key.credits is None else key.credits
            self.orgs[key.org] = _seed_org(self.ids, key.org, balance, self.kinds)

    def balance(self, org: str = TEST_ORG) -> int:
        """The organisation's credit balance."""
        with self.lock:
            return self.orgs[org].credits

    def set_credits(self, org: str, credits: int) -> None:
        """Set the organisation's balance (as a dashboard top-up would)."""
        with self.lock:
            self.orgs[org].credits = credits

    def fail_next(
        self, kind: str, code: str = "GENERATION_FAILED", message: str = "Generation failed."
    ) -> None:
        """Make the next ``kind`` job (video, image, music) fail with ``code``/``message``."""
        if kind not in self.kinds:
            raise ValueError(f"kind must be one of {sorted(self.kinds)}")
        with self.lock:
            self._fail_next.setdefault(kind, []).append((code, message))

    def cost(self, op: Operation, body: Mapping[str, Any]) -> int:
        """Credits ``op`` costs for ``body``, per the spec's ``x-rawugc-credits``."""
        price = op.facts.credits
        if price is None:
            return 0
        if price.field is not None:
            return int(price.prices[body[price.field]])
        return self.unpriced_costs[op.operation_id] if price.cost is None else price.cost

    def required_scopes(self, op: Operation, body: Mapping[str, Any] | None = None) -> set[str]:
        """Scopes a call needs (see the module docstring); ``body`` decides conditional ones."""
        if op.method == "GET":
            return {"read"}
        scopes = {"generate"} if op.facts.spends_credits else {"write"}
        publishing = op.facts.publishing
        if publishing is not None:
            if publishing.field is None:
                scopes = {"publish"}
            elif body is not None and publishing.publishes(body):
                scopes.add("publish")
        return scopes

    def _job_kinds(self) -> dict[str, JobKind]:
        """The job kinds the spec declares with ``x-rawugc-job``, by kind name."""
        jobs = [(op, op.facts.job) for op in self.spec.operations.values()]
        return {
            job.id_field.removesuffix("Id"): JobKind(
                job.id_field.removesuffix("Id"), op.operation_id, job.spec
            )
            for op, job in jobs
            if job is not None
        }

    # -- hooks --

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        errors: list[tuple[str, str]] | None = None,
    ) -> Reply:
        """An RFC 7807 problem; field errors are listed and summed up in ``detail``."""
        detail = message[:1].upper() + message[1:]
        if errors:
            detail += ": " + "; ".join(f"{name} {why}" for name, why in errors)
        payload: dict[str, Any] = {
            "type": "about:blank",
            "title": HTTPStatus(status).phrase,
            "status": status,
            "detail": detail,
        }
        if errors:
            payload["errors"] = [{"field": name, "message": why} for name, why in errors]
        return Reply(status, payload, media_type=PROBLEM)

    def before(self, op: Operation, request: Request, body: bytes) -> Reply | None:
        """Count the request against its key's window; 429 (not executed) past the limit."""
        token = _bearer(request)
        limit, window = self._limit(token), self._window(token)
        self.windows[token] = window
        if window.count >= limit:
            reset = math.ceil(window.start + self.rate_window)
            message = f"rate limit of {limit} requests per {self.rate_window:g} s exceeded"
            self.rate_limited += 1
            return self.error(op, 429, f"{message}; retry at {reset} (X-RateLimit-Reset)")
        window.count += 1
        return None

    def authenticate(self, call: Call) -> Reply | None:
        """401 without a known key, 403 without the scopes the operation needs."""
        key = self.keys.get(_bearer(call.request))
        if key is None:
            return self.error(call.operation, 401, "invalid or missing API key")
        return self._authorize(call, key, None)

    def _authorize(self, call: Call, key: ApiKey, body: Mapping[str, Any] | None) -> Reply | None:
        """403 when the key lacks a scope the operation needs for ``body``."""
        missing = self.required_scopes(call.operation, body) - key.scopes
        if not missing:
            return None
        needed = ", ".join(sorted(missing))
        return self.error(call.operation, 403, f"the API key lacks the scope {needed}")

    def finish(self, call: Call | None, reply: Reply) -> Reply:
        """Problems name the request path as their ``instance`` (a URI reference: encoded)."""
        if call is not None and reply.media_type == PROBLEM:
            reply.payload.setdefault("instance", quote(call.request.url.path, safe=PATH_SAFE))
        return reply

    def response_headers(self, request: Request) -> dict[str, str]:
        """The ``X-RateLimit-*`` state of the request's key, on every response."""
        token = _bearer(request)
        with self.lock:
            limit, window = self._limit(token), self._window(token)
        return _rate_headers(limit, limit - window.count, window.start + self.rate_window)

    def fault_reply(self, op: Operation, fault: Fault) -> Reply | None:
        """Server errors as problems; an injected 429 says the window is used up."""
        if fault.kind == "status":
            return self.error(op, fault.status, "injected server error; retry later")
        if fault.kind == "rate_limit":
            reply = self.error(op, 429, "rate limit exceeded (injected)")
            reset = self.clock.now() + (fault.seconds or self.rate_window)
            reply.headers.update(_rate_headers(self.rate_limit, 0, reset))
            return reply
        return None

    def _window(self, token: str) -> Window:
        """The key's current window (a new one when the last has ended; not stored)."""
        window, now = self.windows.get(token), self.clock.now()
        return (
            window if window is not None and now < window.start + self.rate_window else Window(now)
        )

    def _limit(self, token: str) -> int:
        """The request quota per window of a token (the key's own, else the mock's)."""
        key = self.keys.get(token)
        return key.rate_limit if key is not None and key.rate_limit is not None else self.rate_limit

    # -- helpers for handlers --

    def _org(self, call: Call) -> Org:
        """The organisation of the call's (authenticated) key."""
        return self.orgs[self.keys[_bearer(call.request)].org]

    def _refuse(
        self, call: Call, status: int, message: str, errors: list[tuple[str, str]] | None = None
    ) -> NoReturn:
        """Answer the call with a problem at once."""
        raise Refused(self.error(call.operation, status, message, errors))

    def _find(self, call: Call, items: Mapping[str, Any], item_id: str, what: str) -> Any:
        """``items[item_id]``, or 404 naming ``what``."""
        if item_id not in items:
            self._refuse(call, 404, f"{what} {item_id} was not found")
        return items[item_id]

    def _defaults(self, call: Call) -> dict[str, Any]:
        """The request body with the spec's defaults filled in."""
        return {**self.spec.body_defaults(call.operation), **(call.body or {})}

    def _params(self, call: Call) -> dict[str, Any]:
        """The parameters with the spec's defaults filled in."""
        return {**self.spec.parameter_defaults(call.operation), **call.params}

    def _charge(self, call: Call, org: Org, body: Mapping[str, Any]) -> int:
        """Spend the operation's cost, or refuse with 402 leaving the balance as it was."""
        cost = self.cost(call.operation, body)
        if cost > org.credits:
            needs = f"this request needs {cost} credits but the balance is {org.credits}"
            self._refuse(call, 402, f"{needs}; add credits in the RawUGC dashboard")
        org.credits -= cost
        self.charges.append(
            Charge(org.id, call.operation.operation_id, cost, org.credits, self.clock.now())
        )
        return cost

    def _check_urls(self, call: Call, org: Org, body: Mapping[str, Any]) -> None:
        """Upload URLs must be of the kind the field takes and the caller's own.

        409 (the spec's ``Conflict``) for an upload of this mock of the wrong kind (an image in
        ``videoUrls``); 400 for one the mock made for another of its organisations, and an
        unknown one under the caller's own organisation (``…/uploads/{org}/``: the mock made
        all of those). An upload URL of an organisation the mock does not hold (the spec's
        examples use ``org_123``) is taken as given, like any other URL.
        """
        for name, kind in URL_FIELDS.items():
            value = body.get(name)
            urls = value if isinstance(value, list) else [value] if value else []
            for index, url in enumerate(urls):
                where = f"{name}.{index}" if isinstance(value, list) else name
                owner = _upload_org(url)
                if owner is None:
                    continue
                upload = org.uploads.get(url)
                if upload is None and (owner == org.id or owner in self.orgs):
                    self._refuse(
                        call, 400, "unknown upload", [(where, "is not an upload of yours")]
                    )
                if upload is not None and not upload["contentType"].startswith(f"{kind}/"):
                    why = f"is a {upload['contentType']} upload, not a {kind}"
                    self._refuse(call, 409, "wrong kind of upload", [(where, why)])

    def _shape(self, op_id: str, values: Mapping[str, Any], status: str = "200") -> dict[str, Any]:
        """``values`` cut to the properties of the operation's response schema (None if unset)."""
        properties = self._schema(op_id, status).get("properties", {})
        return {
            name: values.get(name)
            for name, prop in properties.items()
            if name in values or _nullable(self.spec.resolve(prop))
        }

    def _schema(self, op_id: str, status: str = "200") -> Mapping[str, Any]:
        """The resolved JSON schema of an operation's response."""
        response = self.spec.resolve(self.spec.operations[op_id].spec["responses"][status])
        return self.spec.resolve(response["content"]["application/json"]["schema"])

    def _now_ms(self) -> int:
        """The clock in Unix milliseconds, the unit of post times."""
        return int(self.clock.now() * 1000)

    # -- jobs: videos, images, music --

    def generate_video(self, call: Call) -> Reply:
        """Start a job; the spec's ``x-rawugc-job`` tells videos, images and music apart."""
        kind = self._job_ops[call.operation.operation_id]
        org, body, now = self._org(call), self._defaults(call), self.clock.now()
        if body.get("selectedCharacter") is not None:
            self._check_character(call, org, body["selectedCharacter"])
        self._check_urls(call, org, body)
        credits = self._charge(call, org, body)
        queued = self._fail_next.get(kind.kind)
        failure = queued.pop(0) if queued else None
        if failure is None and FAIL_MARKER in body.get("prompt", ""):
            failure = ("GENERATION_FAILED", f"The prompt asked to fail ({FAIL_MARKER}).")
        job_id = f"{JOB_PREFIX[kind.kind]}_{self.ids.new(length=12)}"
        job = Job(kind.kind, job_id, body, credits, now, self.durations[kind.kind], failure)
        org.jobs[kind.kind][job_id] = job
        accepted = {
            kind.job["idField"]: job_id,
            "model": body["model"],
            "status": self._status(job),
            "creditsUsed": credits,
            "newBalance": org.credits,
            kind.job["estimatedCompletionField"]: math.ceil(job.duration),
            "createdAt": content.iso(now),
        }
        return Reply(201, accepted)

    generate_image = generate_music = generate_video

    def get_video(self, call: Call) -> Reply:
        """One job of the organisation, as its poll operation shows it."""
        kind = self._job_ops[call.operation.operation_id]
        job_id = call.params[kind.job["pathParameter"]]
        job = self._find(call, self._org(call).jobs[kind.kind], job_id, kind.kind.capitalize())
        return Reply(200, self._job_view(job))

    get_image = get_music_track = get_video

    def list_videos(self, call: Call) -> Reply:
        """A page of the organisation's jobs of one kind, newest first (``list_newest_first``;
        the vendor page states no order), maybe by status."""
        kind = self._job_ops[call.operation.operation_id]
        params = self._params(call)
        jobs = list(self._org(call).jobs[kind.kind].values())
        views = [self._job_view(job) for job in (jobs[::-1] if self.list_newest_first else jobs)]
        if "status" in params:
            views = [view for view in views if view["status"] == params["status"]]
        page, limit, total = params["page"], params["limit"], len(views)
        pages = {"page": page, "limit": limit, "total": total, "totalPages": -(-total // limit)}
        found = views[(page - 1) * limit : page * limit]
        return Reply(200, {kind.job["listItemsField"]: found, "pagination": pages})

    list_images = list_music_tracks = list_videos

    def add_video_captions(self, call: Call) -> Reply:
        """Add a version to a completed video; the edit is the path's last segment."""
        org = self._org(call)
        job = self._find(call, org.jobs["video"], call.body["videoId"], "Video")
        status = self._status(job)
        if status != "completed":
            why = f"is {status}; only completed videos can be edited"
            self._refuse(call, 409, "the video cannot be edited yet", [("videoId", why)])
        credits = self._charge(call, org, call.body)
        number, operation = len(job.versions) + 2, call.operation.path.rsplit("/", 1)[1]
        edit = {"version": number, "url": _video_url(job.id, number), "operation": operation}
        job.versions.append({**edit, "createdAt": content.iso(self.clock.now())})
        return Reply(200, {"videoId": job.id, **edit, "creditsUsed": credits})

    add_video_overlay = add_video_captions

    def _status(self, job: Job) -> str:
        """The job status at the clock's time: pending, processing, then terminal."""
        elapsed = self.clock.now() - job.created
        if elapsed >= job.duration:
            return "failed" if job.failure else "completed"
        return "pending" if elapsed < min(self.queue_seconds, job.duration) else "processing"

    def _job_view(self, job: Job) -> dict[str, Any]:
        """A job as its poll operation's schema shows it."""
        kind = self.kinds[job.kind]
        status = self._status(job)
        values = {
            **job.request,
            kind.job["idField"]: job.id,
            "status": status,
            "creditsUsed": job.credits,
            "createdAt": content.iso(job.created),
            "versions": list(job.versions),
        }
        if status == "completed":
            values["completedAt"] = content.iso(job.created + job.duration)
            values.update(self._results(job))
        if status == "failed" and job.failure is not None:
            values["failCode"], values["failMessage"] = job.failure
        return self._shape(kind.job["pollOperationId"], values)

    def _results(self, job: Job) -> dict[str, Any]:
        """The result fields of a completed job."""
        if job.kind == "video":
            return {"url": job.versions[-1]["url"] if job.versions else _video_url(job.id, 1)}
        if job.kind == "image":
            return {"url": f"{CDN}/images/{job.id}.{job.request.get('outputFormat') or 'png'}"}
        digest = content.digest(job.id)
        words = re.findall(r"[A-Za-z]+", job.request["prompt"])[:3] or ["Untitled"]
        return {
            "audioUrl": f"{CDN}/music/{job.id}.mp3",
            "albumArtUrl": f"{CDN}/music/{job.id}.jpg",
            "duration": 60 + digest % 180 + 0.5,
            "title": job.request.get("title") or " ".join(words).title(),
        }

    def _check_character(self, call: Call, org: Org, username: str) -> None:
        """404 unless ``username`` is an active character the organisation can use."""
        usable = [*self.characters.values(), *org.items["characters"].values()]
        if not any(c["username"] == username and c["isActive"] for c in usable):
            why = "is not an active character; see listCharacters"
            self._refuse(call, 404, "unknown character", [("selectedCharacter", why)])

    # -- uploads --

    def upload_file(self, call: Call) -> Reply:
        """Store a file part of an accepted type and size; its URL works in other requests."""
        org, part = self._org(call), call.files.get("file")
        if not isinstance(part, UploadedFile):
            self._refuse(call, 400, "no file", [("file", "must be a file part")])
        types = self.spec.resolve(self._schema("uploadFile")["properties"]["contentType"])["enum"]
        content_type = (part.content_type or "").split(";")[0].strip().lower()
        if content_type not in types:
            why = f"has type {content_type or 'none'}; accepted: {', '.join(types)}"
            self._refuse(call, 400, "unsupported file type", [("file", why)])
        if len(part.data) > self.upload_limit:  # an empty file is allowed: the spec sets no minimum
            why = f"has {len(part.data)} bytes; it must have at most {self.upload_limit}"
            self._refuse(call, 400, "file size out of bounds", [("file", why)])
        subtype = content_type.split("/")[1]
        ext = {"quicktime": "mov", "jpeg": "jpg"}.get(subtype, subtype)
        url = f"{CDN}/uploads/{org.id}/{self.ids.new(length=12)}.{ext}"
        org.uploads[url] = {"url": url, "contentType": content_type, "size": len(part.data)}
        return Reply(200, dict(org.uploads[url]))

    # -- characters, personas, messaging, products, styles --

    def list_characters(self, call: Call) -> Reply:
        """Built-in (admin) and the organisation's own (user) characters, with counts."""
        own = list(self._org(call).items["characters"].values())
        found = [*self.characters.values(), *own]
        counts = {"adminCount": len(self.characters), "userCount": len(own)}
        return Reply(200, {"characters": found, "count": len(found), **counts})

    def get_character(self, call: Call) -> Reply:
        """One character, built-in or the organisation's."""
        found = {**self.characters, **self._org(call).items["characters"]}
        return Reply(200, self._find(call, found, call.params["characterId"], "Character"))

    def list_personas(self, call: Call) -> Reply:
        """All items of the collection named by the path (personas, messaging, products)."""
        collection = _collection(call)
        items = [self._item(call, item) for item in self._org(call).items[collection].values()]
        if collection == "styles":
            items = [*self.styles.values(), *items]
            if "type" in call.params:
                items = [item for item in items if item["type"] == call.params["type"]]
        array = next(
            name
            for name, prop in self._schema(call.operation.operation_id)["properties"].items()
            if prop.get("type") == "array"
        )
        return Reply(200, {array: items, "count": len(items)})

    list_messages = list_products = list_styles = list_personas

    def create_persona(self, call: Call) -> Reply:
        """Create an item of the path's collection; 201 with its id."""
        collection, org, now = _collection(call), self._org(call), content.iso(self.clock.now())
        self._check_urls(call, org, call.body)
        item_id = self.ids.new(length=24)
        item: dict[str, Any] = dict(
            _id=item_id, organizationId=org.id, createdAt=now, updatedAt=now
        )
        if collection == "styles":
            item.update({"styleId": None, "isAdmin": False, "isStandard": False})
        org.items[collection][item_id] = {**item, **call.body}
        return Reply(201, {"id": item_id})

    create_message = create_product = create_style = create_persona

    def get_persona(self, call: Call) -> Reply:
        """One item of the path's collection (built-in styles included)."""
        return Reply(200, self._item(call, self._lookup(call)))

    get_message = get_product = get_style = get_persona

    def update_persona(self, call: Call) -> Reply:
        """Change the given fields of an item; built-in styles are refused with 403."""
        item = self._own(call)
        self._check_urls(call, self._org(call), call.body)
        item.update(call.body, updatedAt=content.iso(self.clock.now()))
        return Reply(200, {"success": True})

    update_message = update_product = update_style = update_persona

    def delete_persona(self, call: Call) -> Reply:
        """Delete an item; built-in styles are refused with 403."""
        item = self._own(call)
        del self._org(call).items[_collection(call)][item["_id"]]
        return Reply(200, {"success": True})

    delete_message = delete_product = delete_style = delete_persona

    def _lookup(self, call: Call) -> dict[str, Any]:
        """The item named by the path, built-in styles included; 404 when unknown."""
        collection = _collection(call)
        found = self._org(call).items[collection]
        if collection == "styles":
            found = {**self.styles, **found}
        item_id = call.params[_path_parameter(call.operation)]
        item: dict[str, Any] = self._find(call, found, item_id, collection.rstrip("s").title())
        return item

    def _own(self, call: Call) -> dict[str, Any]:
        """The item named by the path, refusing built-in styles with 403."""
        item = self._lookup(call)
        if item["_id"] in self.styles:
            self._refuse(call, 403, f"style {item['_id']} is built in and cannot be changed")
        return item

    def _item(self, call: Call, item: Mapping[str, Any]) -> dict[str, Any]:
        """``item`` as the collection's get operation shows it."""
        found = self.spec.match("GET", f"/{_collection(call)}/{item['_id']}")
        assert found is not None
        return self._shape(found[0].operation_id, item)

    # -- social accounts and posts --

    def list_social_accounts(self, call: Call) -> Reply:
        """The synced accounts (at most 3)."""
        accounts = list(self._org(call).accounts.values())
        return Reply(200, {"accounts": accounts, "count": len(accounts)})

    def sync_social_accounts(self, call: Call) -> Reply:
        """Copy the provider's accounts into the organisation's list."""
        org = self._org(call)
        org.accounts = {key: dict(account) for key, account in org.provider.items()}
        return Reply(200, {"success": True})

    def disconnect_social_account(self, call: Call) -> Reply:
        """Remove an account from the organisation and the provider."""
        org, account_id = self._org(call), call.params["accountId"]
        self._find(call, org.accounts, account_id, "Social account")
        del org.accounts[account_id]
        org.provider.pop(account_id, None)
        return Reply(200, {"success": True})

    def create_social_post(self, call: Call) -> Reply:
        """Draft, schedule or publish a post now (``publish`` scope for ``now``)."""
        org, body, now_ms = self._org(call), self._defaults(call), self._now_ms()
        denied = self._authorize(call, self.keys[_bearer(call.request)], body)
        if denied is not None:
            raise Refused(denied)
        platforms = self._platforms(call, org, body["accountIds"])
        if body.get("videoId") is not None:
            self._find(call, org.jobs["video"], body["videoId"], "Video")
        self._check_timezone(call, body["timezone"])
        self._check_urls(call, org, body)
        mode = body["mode"]
        if mode == "schedule":
            self._check_future(call, body["scheduledFor"])
        public = {
            "postId": f"post_{self.ids.new(length=12)}",
            "platforms": platforms,
            "status": "scheduled" if mode == "schedule" else "draft",
            "scheduledFor": body["scheduledFor"] if mode == "schedule" else None,
            "timezone": body["timezone"],
            "content": body.get("content"),
            "videoUrl": body["videoUrl"],
            "createdAt": content.iso(now_ms / 1000),
            "publishedAt": None,
        }
        post = Post(public, list(body["accountIds"]), FAIL_MARKER in (body.get("content") or ""))
        org.posts[public["postId"]] = post
        if mode == "now":
            self._publish(org, post, now_ms)
        return Reply(201, dict(post.public))

    def list_social_posts(self, call: Call) -> Reply:
        """Posts in the time window (inclusive), by post time; drafts only when asked."""
        org, params = self._org(call), self._params(call)
        posts = [self._settle(org, post) for post in org.posts.values()]
        low, high = params.get("fromDate", 0), params.get("toDate", math.inf)
        found = [
            post
            for post in sorted(posts, key=_post_time)
            if (params["includeDrafts"] or post["status"] != "draft")
            and low <= _post_time(post) <= high
        ]
        return Reply(200, {"posts": found, "count": len(found)})

    def get_social_post(self, call: Call) -> Reply:
        """One post, its status brought up to the clock."""
        org = self._org(call)
        post = self._find(call, org.posts, call.params["postId"], "Post")
        return Reply(200, self._settle(org, post))

    def update_social_post(self, call: Call) -> Reply:
        """Change caption, time, time zone or accounts; published posts are refused (400)."""
        org, post = self._org(call), self._post(call, "published")
        body = call.body
        platforms = self._platforms(call, org, body.get("accountIds", post.account_ids))
        self._check_timezone(call, body.get("timezone", post.public["timezone"]))
        if "scheduledFor" in body and post.public["status"] == "scheduled":
            self._check_future(call, body["scheduledFor"])
        post.account_ids = list(body.get("accountIds", post.account_ids))
        post.public.update({k: v for k, v in body.items() if k != "accountIds"})
        post.public["platforms"] = platforms
        if "content" in body:
            post.fails = FAIL_MARKER in body["content"]
        return Reply(200, dict(post.public))

    def delete_social_post(self, call: Call) -> Reply:
        """Delete a post, whatever its status."""
        del self._org(call).posts[self._post(call).public["postId"]]
        return Reply(200, {"success": True})

    def reschedule_social_post(self, call: Call) -> Reply:
        """Move a scheduled (or failed) post to a new, future time."""
        post = self._post(call, "draft", "published")
        self._check_future(call, call.body["scheduledFor"])
        timezone_name = call.body.get("timezone", post.public["timezone"])
        self._check_timezone(call, timezone_name)
        when = call.body["scheduledFor"]
        post.public.update(
            status="scheduled", scheduledFor=when, timezone=timezone_name, publishedAt=None
        )
        return Reply(200, dict(post.public))

    def publish_social_post(self, call: Call) -> Reply:
        """Publish a draft now; other statuses are refused (400)."""
        org, post = self._org(call), self._post(call, "scheduled", "published", "failed")
        self._publish(org, post, self._now_ms())
        return Reply(200, dict(post.public))

    def _post(self, call: Call, *refused: str) -> Post:
        """The path's post, settled; 400 when its status is one of ``refused``."""
        org = self._org(call)
        post: Post = self._find(call, org.posts, call.params["postId"], "Post")
        status = self._settle(org, post)["status"]
        if status in refused:
            why = f"post is {status}; {call.operation.operation_id} is not allowed"
            self._refuse(call, 400, why, [("postId", f"is {status}")])
        return post

    def _settle(self, org: Org, post: Post) -> dict[str, Any]:
        """Publish a scheduled post whose time has come; the post's public fields."""
        due = post.public["scheduledFor"]
        if post.public["status"] == "scheduled" and due <= self._now_ms():
            self._publish(org, post, due)
        return dict(post.public)

    def _publish(self, org: Org, post: Post, at_ms: int) -> None:
        """Publish a post at ``at_ms``; it fails on the marker or a disconnected account."""
        gone = any(account not in org.accounts for account in post.account_ids)
        failed = post.fails or gone
        post.public["status"] = "failed" if failed else "published"
        post.public["publishedAt"] = None if failed else content.iso(at_ms / 1000)

    def _platforms(self, call: Call, org: Org, account_ids: list[str]) -> list[str]:
        """The platforms of connected, active accounts (404 unknown, 400 inactive)."""
        accounts = [self._find(call, org.accounts, a, "Social account") for a in account_ids]
        for account in accounts:
            if not account["isActive"]:
                why = f"{account['accountId']} is not active"
                self._refuse(call, 400, "inactive account", [("accountIds", why)])
        return list(dict.fromkeys(account["platform"] for account in accounts))

    def _check_timezone(self, call: Call, name: str) -> None:
        """400 unless ``name`` is an IANA time zone."""
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self._refuse(call, 400, "unknown time zone", [("timezone", "is not an IANA zone")])

    def _check_future(self, call: Call, when_ms: int) -> None:
        """400 unless ``when_ms`` lies after the clock."""
        if when_ms <= self._now_ms():
            self._refuse(call, 400, "time in the past", [("scheduledFor", "must be in the future")])

    # -- viral library and research --

    def get_viral_video(self, call: Call) -> Reply:
        """A library video with its full analysis."""
        return Reply(200, self._find(call, self.viral, call.params["videoId"], "Viral video"))

    def search_viral_library(self, call: Call) -> Reply:
        """Deterministic "semantic" search: word overlap (cosine of word sets), best first."""
        params = self._params(call)
        query = set(content.words(params["q"]))
        results: list[dict[str, Any]] = []
        for video in self.viral.values():
            analysis = video["analysis"]
            words = set(content.words(video["description"], *analysis["tags"], analysis["summary"]))
            words.update(content.words(analysis["hook"], video["author"]))
            score = round(len(query & words) / math.sqrt(len(query) * len(words) or 1), 4)
            if score > 0:
                results.append({"video": {**video, "analysis": None}, "score": score})
        results.sort(key=lambda r: (-r["score"], r["video"]["videoId"]))
        results = results[: params["limit"]]
        return Reply(200, {"results": results, "query": params["q"], "total": len(results)})

    def scrape_tiktok(self, call: Call) -> Reply:
        """Fake TikTok videos derived from the query (same query, same videos); 3 credits."""
        org, body = self._org(call), self._defaults(call)
        self._charge(call, org, body)
        videos = [
            content.scraped(body["query"], body["mode"], index) for index in range(body["limit"])
        ]
        scrape_id = f"scr_{self.ids.new(length=12)}"
        org.scrapes[scrape_id] = {"scrapeId": scrape_id, "count": len(videos), "videos": videos}
        return Reply(200, org.scrapes[scrape_id])

    def create_content_plan(self, call: Call) -> Reply:
        """A plan from one of the organisation's scrapes (404 for an unknown scrapeId)."""
        org, body = self._org(call), call.body
        scrape = self._find(call, org.scrapes, body["scrapeId"], "Scrape")
        self._charge(call, org, body)
        plan = {"planId": f"plan_{self.ids.new(length=12)}", **content.plan(scrape, body["brief"])}
        org.plans[plan["planId"]] = plan
        return Reply(200, plan)

    def list_content_plans(self, call: Call) -> Reply:
        """All content plans of the organisation."""
        plans = list(self._org(call).plans.values())
        return Reply(200, {"plans": plans, "count": len(plans)})

    def analyze_video(self, call: Call) -> Reply:
        """A deterministic analysis of the URL; ``.invalid`` hosts are unreachable (400)."""
        org, body = self._org(call), call.body
        host = urlsplit(body["videoUrl"]).hostname or ""
        if host == "invalid" or host.endswith(".invalid"):
            self._refuse(call, 400, "video unreachable", [("videoUrl", "could not be fetched")])
        self._check_urls(call, org, body)
        self._charge(call, org, body)
        digest = content.digest(body["videoUrl"])
        topic = content.TOPICS[digest % len(content.TOPICS)]
        analysis = content.analysis(topic, digest)
        if body.get("prompt"):
            analysis["summary"] += f" Focus asked for: {body['prompt']}"
        return Reply(200, analysis)


# --- seeded organisations and small helpers ---------------------------------------------------


def _seed_org(ids: Ids, org_id: str, credits: int, kinds: Iterable[str]) -> Org:
    """A new organisation: three provider accounts (two synced) and one custom character."""
    org = Org(org_id, credits, jobs={kind: {} for kind in kinds})
    org.items = {name: {} for name in ("characters", "personas", "messaging", "products", "styles")}
    org.provider = content.provider_accounts(ids, org_id)
    org.accounts = {key: dict(org.provider[key]) for key in list(org.provider)[:2]}
    org.items["characters"] = content.own_characters(ids, org_id)
    return org


def _bearer(request: Request) -> str:
    """The bearer token of the request ("" when there is none)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _upload_org(url: str) -> str | None:
    """The organisation of an upload URL (``{CDN}/uploads/{org}/…``); None for other URLs."""
    if not url.startswith(f"{CDN}/uploads/"):
        return None
    return url.removeprefix(f"{CDN}/uploads/").split("/", 1)[0]


def _collection(call: Call) -> str:
    """The resource collection of a CRUD operation: the first segment of its path."""
    return call.operation.path.split("/")[1]


def _path_parameter(op: Operation) -> str:
    """The name of the (only) path parameter of ``op``."""
    found = re.search(r"\{(\w+)\}", op.path)
    if found is None:
        raise ValueError(f"{op.operation_id} has no path parameter")
    return found.group(1)


def _nullable(schema: Mapping[str, Any]) -> bool:
    """Whether the schema allows null (``type`` list or an ``anyOf`` null branch)."""
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        return True
    return any(option.get("type") == "null" for option in schema.get("anyOf", []))


def _post_time(post: Mapping[str, Any]) -> int:
    """The time a post is filed under: scheduled, else published, else created (ms)."""
    if post["scheduledFor"] is not None:
        return int(post["scheduledFor"])
    stamp = post["publishedAt"] or post["createdAt"]
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)


def _rate_headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
    """The ``X-RateLimit-*`` headers (Reset rounded up to whole Unix seconds)."""
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(max(0, remaining)),
        "X-RateLimit-Reset": str(math.ceil(reset)),
    }


def _video_url(video_id: str, version: int) -> str:
    """The CDN URL of a video version (the render is version 1)."""
    return f"{CDN}/videos/{video_id}/v{version}.mp4"
