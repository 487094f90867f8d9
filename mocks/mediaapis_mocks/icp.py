"""A mock of the Volcengine ICP media-pull OpenAPI (ListUsers, GetMediaList, GetMediaInfo).

Every call is ``POST /?Action=<A>&Version=2022-02-01``; the mock routes on the query against
the spec's ``x-volc-action`` / ``x-volc-version`` and checks the HMAC-SHA256 signature of every
request with its own verifier (``_volc_verify``), then serves seeded, deterministic data.

Decisions (where the spec leaves the mock a choice):

* Gateway errors carry the HTTP status and code of the spec's ``x-volc-error-codes``. A missing
  ``Authorization`` is MissingAuthenticationToken (100003, HTTP 401), a missing ``X-Date``
  MissingRequestInfo (100004); a malformed ``Authorization``, a wrong date, region or service
  in the credential scope, an ``X-Date`` or a sent ``X-Security-Token`` left out of
  ``SignedHeaders`` (what the gateway requires, see ``_volc_verify``; an unsigned
  ``Content-Type`` or ``Host`` is accepted as Volcengine's Node SDK sends them), a wrong
  ``X-Content-Sha256`` and a wrong signature are SignatureDoesNotMatch (100010); an unknown AK
  or a session token that does not match the one configured for the AK (sent, missing or
  unexpected) is InvalidAccessKey (100009). An AK given ``actions=`` may call only those
  (AccessDenied 100013 otherwise).
* A path other than ``/`` is 404 InvalidActionOrVersion (100008); a method other than POST on ``/``
  is 405 with ``Allow: POST`` and the same code.
* Anything the spec refuses in the body or the query (``UserType``, ``Owner`` with both or neither
  of ``Id``/``VolcUsername``, more than 20 ``MediaIds``, ``ProductType`` 3 …) is business error 400
  (HTTP 200), as the spec decides; so is ``MediaType`` other than 3.
* Permission (806): ListUsers is open to every valid AK (the enterprise's keys); GetMediaList for
  an ``Owner`` who is a sub-account with ``Permitted: false`` is 806; GetMediaInfo leaves media of
  such a user out, like unknown ids ("not visible to the caller").
* ``TeamSpaceName`` absent or ``默认团队`` lists the owner's own works; another name lists the media
  of that team space (805 when it does not exist or the owner is not a member).
* ``ProductType`` 2 (resource operation platform) is a separate catalogue, empty in the mock.
* Faults: ``status`` answers 500/502/503 with InternalError (100014), 429 and ``rate_limit`` with
  FlowLimitExceeded (100018), each with the Volcengine envelope.

The data (``ICPMock.users``, ``.teams``, ``.media``) has a fixed shape, so tests can rely on it:
users 1-6 (1 the admin; 4 a sub-account without permission; 2 and 5 busy), 45 own works of user
2, team spaces ``营销团队`` (members 1, 2, 5; 12 works) and ``设计团队`` (members 1, 3, 5; 5 works).
Ids, names, times and media details come from ``seed``; ``reset()`` restores them.
"""

from __future__ import annotations

import calendar
import contextvars
import copy as copy_module
import hashlib
import html
import json
import math
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from mediaapis._spec import load_spec

from ._core import (
    Call,
    Clock,
    Fault,
    Ids,
    MethodNotAllowed,
    MockApp,
    Operation,
    Reply,
    route_path,
)
from ._keys import TEST_ACCESS_KEY as TEST_ACCESS_KEY
from ._keys import TEST_SECRET_KEY as TEST_SECRET_KEY
from ._volc_verify import Authorization, parse_authorization, required_unsigned, verify

DEFAULT_TEAM = "默认团队"
CDN = "https://media.example.com"
URL_LIFETIME = 86_400  # download URLs are valid for 24 hours
KINDS = ("video", "article", "image", "audio")

# id, admin, permitted, busy, Volcengine user name, display name, role, team spaces
_ROSTER: tuple[tuple[int, bool, bool, bool, str | None, str, str, tuple[str, ...]], ...] = (
    (1, True, True, False, "acme-admin", "Acme Admin", "Administrator", ("营销团队", "设计团队")),
    (2, False, True, True, "acme-editor", "Editor Li", "Editor", ("营销团队",)),
    (3, False, True, False, None, "Designer Wang", "Designer", ("设计团队",)),
    (4, False, False, False, "acme-intern", "Intern Zhao", "Editor", ()),
    (5, False, True, True, None, "Producer Chen", "Producer", ("营销团队", "设计团队")),
    (6, False, True, False, "acme-newcomer", "Newcomer Sun", "Viewer", ()),
)
_ROLES = {"Administrator": "1", "Producer": "2", "Editor": "3", "Designer": "4", "Viewer": "5"}
_OWN_WORKS = {1: 3, 2: 45, 3: 4, 4: 2, 5: 7, 6: 0}
_TEAMS = (("7001", DEFAULT_TEAM, 0), ("7002", "营销团队", 12), ("7003", "设计团队", 5))
_WORDS = ("Launch", "Autumn", "Product", "City", "Weekly", "Spring", "Brand", "Studio", "Travel")
_THINGS = ("teaser", "digest", "story", "promo", "recap", "interview", "guide", "highlights")
_SOURCES = {
    "video": ("Editor", "text2video", "smart-crop", "video_mixed"),
    "article": ("graphic_editor", "text2video"),
    "image": ("MaterialLibrary", "FilmLibrary"),
    "audio": ("tts", "api_process"),
}


@dataclass
class Credential:
    """A secret key, its session token (temporary credentials) and the actions it may call."""

    secret_key: str
    session_token: str | None = None
    actions: frozenset[str] | None = None  # None: every action


@dataclass
class User:
    """A user of the enterprise account."""

    id: int
    is_admin: bool
    permitted: bool
    busy: bool
    volc_user_name: str | None
    volc_user_id: str | None
    display_name: str
    role: str
    teams: tuple[str, ...]  # team space names, the default team first


@dataclass
class Team:
    """A team space with its members."""

    id: str
    name: str
    members: tuple[int, ...]


@dataclass
class Media:
    """A finished film (成片); ``space`` is None for the owner's own works."""

    media_id: str
    kind: str  # video | article | image | audio
    owner: int
    space: str | None
    name: str
    created: int
    updated: int


@dataclass(frozen=True)
class Target:
    """Action, version and signing service a reply's ``ResponseMetadata`` names."""

    action: str
    version: str
    service: str | None


@dataclass(frozen=True)
class Received:
    """One request as it arrived: method and raw request target (path and query bytes)."""

    method: str
    target: bytes


# what route() decided about the current request, for error() when no operation matched
_routing: contextvars.ContextVar[tuple[Target, str, str]] = contextvars.ContextVar("icp_routing")


class ICPMock(MockApp):
    """The ICP media-pull API: signed routing on ``Action``/``Version``, seeded users and media."""

    package = "volc_icp_client"

    def __init__(self, *, seed: int = 0, clock: Clock | None = None, strict: bool = True) -> None:
        document = _inline_parameters(load_spec("volc_icp_client"))
        super().__init__(document, strict=strict)
        self.seed = seed
        self.clock = clock if clock is not None else Clock()
        self.credentials: dict[str, Credential] = {}
        self.add_credentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)
        self._operations = {
            (_action(op), op.spec["x-volc-version"]): op for op in self.spec.operations.values()
        }
        schemas = document["components"]["schemas"]
        self._codes: dict[str, tuple[int, int]] = {
            row["Code"]: (row["CodeN"], row["httpStatus"])
            for row in schemas["ResponseError"]["x-volc-error-codes"]
        }
        self._supported_media_types = schemas["GetMediaListRequest"]["properties"]["MediaType"][
            "x-volc-supported-values"
        ]
        signing = document["components"]["securitySchemes"]["volcHmacSha256"]["x-volc-signing"]
        self.region: str = signing["region"]
        self._max_skew: int = signing["maxClockSkewSeconds"]
        self._sign_when_sent = tuple(signing["conditionallySignedHeaders"])
        self.reset()

    # -- configuration and state --

    def add_credentials(
        self,
        access_key: str,
        secret_key: str,
        token: str | None = None,
        *,
        actions: Iterable[str] | None = None,
    ) -> None:
        """Accept ``access_key`` signed with ``secret_key`` (and ``token``, when temporary)."""
        allowed = frozenset(actions) if actions is not None else None
        self.credentials[access_key] = Credential(secret_key, token, allowed)

    def reset(self) -> None:
        """Restore the seeded data, request ids and counters; clear faults (keeps credentials)."""
        with self.lock:
            ids = Ids(self.seed)
            self._request_ids = Ids(self.seed + 1)
            self.users = _seed_users(ids)
            self.teams = {
                name: Team(team_id, name, _members(name, self.users)) for team_id, name, _ in _TEAMS
            }
            self.media = _seed_media(ids, self.teams)
            self.received: list[Received] = []
            self.calls.clear()
            self.faults.clear()

    # -- routing, signatures, errors --

    def route(self, request: Request) -> tuple[Operation, dict[str, str]] | None:
        """The operation named by ``Action`` and ``Version`` of ``POST /``."""
        scope = request.scope
        raw_path = scope.get("raw_path") or scope["path"].encode()
        query = bytes(scope.get("query_string", b""))
        path_bytes = raw_path.partition(b"?")[0]
        self.received.append(
            Received(request.method, path_bytes + b"?" + query if query else path_bytes)
        )
        action = request.query_params.get("Action", "")
        version = request.query_params.get("Version", "")
        known = next((op for (a, _), op in self._operations.items() if a == action), None)
        target = Target(action, version, _service(known) if known else None)
        path = route_path(request)
        if path != "/":
            _routing.set((target, "InvalidActionOrVersion", f"no API at path {path}"))
            return None
        if request.method != "POST":
            message = f"method {request.method} not allowed; every action is POST /"
            _routing.set((target, "InvalidActionOrVersion", message))
            raise MethodNotAllowed(["POST"])
        for name, value in (("Action", action), ("Version", version)):
            if not value:
                message = f"The request is missing {name} parameter."
                _routing.set((target, "MissingParameter", message))
                return None
        op = self._operations.get((action, version))
        if op is None:
            message = f"Could not find operation {action} for version {version}"
            _routing.set((target, "InvalidActionOrVersion", message))
        return (op, {}) if op is not None else None

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        errors: list[tuple[str, str]] | None = None,
    ) -> Reply:
        """Routing failures as gateway errors; request validation as business error 400."""
        if op is None:
            target, code, detail = _routing.get(
                (Target("", "", None), "InvalidActionOrVersion", "")
            )
            return self.fail(target, code, detail or message, status=405 if status == 405 else None)
        fields = "; ".join(f"{name}: {why}" for name, why in errors or [])
        return self.fail(self.target(op), "InvalidParameter", f"invalid param: {fields or message}")

    def before(self, op: Operation, request: Request, body: bytes) -> Reply | None:
        """Refuse a request whose signature, date, key or token does not check out."""
        target = self.target(op)
        headers = {name.lower(): value for name, value in request.headers.items()}
        problem = self._signature_problem(op, request, headers, body)
        if problem is not None:
            code, message = problem
            return self.fail(target, code, message)
        return None

    def _signature_problem(
        self, op: Operation, request: Request, headers: dict[str, str], body: bytes
    ) -> tuple[str, str] | None:
        """``(code, message)`` of the first check the request fails, None when it is signed."""
        if "authorization" not in headers:
            return "MissingAuthenticationToken", "Request is missing Authentication Token."
        try:
            auth = parse_authorization(headers["authorization"])
        except ValueError as exc:
            return "SignatureDoesNotMatch", f"Authorization is malformed: {exc}."
        x_date = headers.get("x-date")
        if x_date is None:
            return "MissingRequestInfo", "The request is missing the X-Date header."
        try:
            signed_at = calendar.timegm(time.strptime(x_date, "%Y%m%dT%H%M%SZ"))
        except ValueError:
            return "InvalidTimestamp", f"X-Date {x_date!r} is not in YYYYMMDD'T'HHMMSS'Z' form."
        if abs(signed_at - self.clock.now()) > self._max_skew:
            return "InvalidTimestamp", "The Signature of the request is expired."
        credential = self.credentials.get(auth.access_key)
        if credential is None:
            return "InvalidAccessKey", (
                f"The accesskey [{auth.access_key}] included in the request is invalid."
            )
        if headers.get("x-security-token") != credential.session_token:
            return "InvalidAccessKey", "The security token included in the request is invalid."
        mismatch = self._scope_problem(op, auth, x_date, headers)
        if mismatch is None and headers.get("x-content-sha256", _sha256(body)) != _sha256(body):
            mismatch = "X-Content-Sha256 does not match the body received"
        if mismatch is None and not verify(
            credential.secret_key,
            auth,
            method=request.method,
            path=request.scope.get("raw_path", b"/").partition(b"?")[0].decode("latin-1"),
            raw_query=bytes(request.scope.get("query_string", b"")),
            headers=headers,
            body=body,
        ):
            mismatch = (
                "The request signature we calculated does not match the signature you provided. "
                "Check your Secret Access Key and signing method."
            )
        if mismatch is not None:
            return "SignatureDoesNotMatch", mismatch
        action = _action(op)
        if credential.actions is not None and action not in credential.actions:
            service = _service(op)
            return "AccessDenied", f"User is not authorized to perform: {service}:{action}"
        return None

    def _scope_problem(
        self, op: Operation, auth: Authorization, x_date: str, headers: dict[str, str]
    ) -> str | None:
        """What is wrong with the credential scope or the signed header set, if anything."""
        service = _service(op)
        if auth.date != x_date[:8]:
            return f"credential date {auth.date} is not the date of X-Date {x_date}"
        if auth.region != self.region:
            return f"credential region {auth.region} is not {self.region}"
        if auth.service != service:
            action = _action(op)
            return f"credential service {auth.service} is not {service}, the service of {action}"
        unsigned = required_unsigned(auth.signed_headers, headers, self._sign_when_sent)
        if unsigned:
            return f"header(s) {', '.join(unsigned)} sent but not signed"
        return None

    def fault_reply(self, op: Operation, fault: Fault) -> Reply | None:
        """``status`` faults: InternalError (or FlowLimitExceeded for 429); ``rate_limit``: 429."""
        target = self.target(op)
        if fault.kind == "rate_limit" or (fault.kind == "status" and fault.status == 429):
            return self.fail(target, "FlowLimitExceeded", "Request Has Exceeded The Limit.")
        if fault.kind == "status":
            message = "Service has some internal Error. Pls Contact With Admin."
            return self.fail(target, "InternalError", message, status=fault.status)
        return None

    # -- envelopes --

    def target(self, op: Operation) -> Target:
        """The ``ResponseMetadata`` identity of an operation."""
        return Target(_action(op), op.spec["x-volc-version"], _service(op))

    def metadata(self, target: Target) -> dict[str, Any]:
        """``RequestId`` (deterministic per seed and clock), Action, Version, Service, Region."""
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(self.clock.now()))
        meta: dict[str, Any] = {
            "RequestId": stamp + self._request_ids.new(length=20).upper(),
            "Action": target.action,
            "Version": target.version,
        }
        if target.service is not None:
            meta["Service"] = target.service
        meta["Region"] = self.region
        return meta

    def ok(self, op: Operation, result: dict[str, Any]) -> Reply:
        """A success envelope: ``ResponseMetadata`` with ``Code`` 0 and ``Result``."""
        return Reply(
            200,
            {"ResponseMetadata": {**self.metadata(self.target(op)), "Code": 0}, "Result": result},
        )

    def fail(self, target: Target, code: str, message: str, *, status: int | None = None) -> Reply:
        """The error envelope of ``code``; business codes travel in HTTP 200 with ``Code``."""
        code_n, http_status = self._codes[code]
        meta = self.metadata(target)
        if http_status == 200:
            meta["Code"] = code_n
        meta["Error"] = {"CodeN": code_n, "Code": code, "Message": message}
        return Reply(status or http_status, {"ResponseMetadata": meta})

    # -- operations --

    def list_users(self, call: Call) -> Reply:
        """ListUsers: every user, or only the idle / busy ones."""
        kind = (call.body or {}).get("UserType", "All")
        users = [u for u in self.users if kind == "All" or u.busy == (kind == "Busy")]
        return self.ok(
            call.operation,
            {"UIDs": [u.id for u in users], "Users": [self._user_json(u) for u in users]},
        )

    def get_media_list(self, call: Call) -> Reply:
        """GetMediaList: one page of the owner's works, or of a team space the owner is in."""
        body, op = call.body, call.operation
        target = self.target(op)
        if body["MediaType"] not in self._supported_media_types:
            supported = ", ".join(map(str, self._supported_media_types))
            return self.fail(
                target, "InvalidParameter", f"invalid param: MediaType must be {supported}"
            )
        user = self._find_user(body["Owner"])
        if user is None:
            return self.fail(target, "UserNotFound", "user does not exist")
        if not user.permitted:
            return self.fail(target, "OperationNotPermitted", "no permission to call this api")
        space = body.get("TeamSpaceName", DEFAULT_TEAM)
        if space != DEFAULT_TEAM and user.id not in getattr(self.teams.get(space), "members", ()):
            message = "team space does not exist or user does not belong to it"
            return self.fail(target, "TeamSpaceNotFound", message)
        if call.params.get("ProductType", 1) != 1:
            works: list[Media] = []  # the resource operation platform's catalogue is empty
        elif space == DEFAULT_TEAM:
            works = [m for m in self.media if m.space is None and m.owner == user.id]
        else:
            works = [m for m in self.media if m.space == space]
        works.sort(key=lambda m: (-m.created, m.media_id))
        page_num, page_size = body.get("PageNum", 0), body.get("PageSize", 10)
        page = works[page_num * page_size : (page_num + 1) * page_size]
        page_info = {
            "PageNum": page_num,
            "PageSize": page_size,
            "TotalNum": len(works),
            "TotalPage": math.ceil(len(works) / page_size),
        }
        infos = [self._media_json(m, "json") for m in page]
        return self.ok(op, {"MediaInfos": infos, "PageInfo": page_info})

    def get_media_info(self, call: Call) -> Reply:
        """GetMediaInfo: the visible media among ``MediaIds`` (unknown ids are left out)."""
        body = call.body
        article_format = body.get("ArticleContentFormat") or "json"
        by_id = {m.media_id: m for m in self.media}
        permitted = {u.id for u in self.users if u.permitted}
        found = [by_id[i] for i in dict.fromkeys(body["MediaIds"]) if i in by_id]
        infos = [self._media_json(m, article_format) for m in found if m.owner in permitted]
        return self.ok(call.operation, {"MediaInfos": infos})

    # -- rendering --

    def _find_user(self, owner: dict[str, Any]) -> User | None:
        if "Id" in owner:
            return next((u for u in self.users if u.id == owner["Id"]), None)
        name = owner.get("VolcUsername")
        return next((u for u in self.users if u.volc_user_name == name), None)

    def _user_json(self, user: User) -> dict[str, Any]:
        found: dict[str, Any] = {
            "Id": user.id,
            "IsAdmin": user.is_admin,
            "Permitted": user.permitted,
        }
        if user.volc_user_name is not None:
            found["VolcUserName"] = user.volc_user_name
            found["VolcUserId"] = user.volc_user_id
        found["DisplayName"] = user.display_name
        found["Description"] = "Main account" if user.is_admin else f"{user.role} sub-account"
        found["TeamInfos"] = [{"Id": self.teams[t].id, "Name": t} for t in user.teams]
        found["RoleInfos"] = [{"Id": _ROLES[user.role], "Name": user.role}]
        return found

    def _owner_json(self, user_id: int) -> dict[str, Any]:
        user = next(u for u in self.users if u.id == user_id)
        owner: dict[str, Any] = {"Type": "PERSON", "Id": user.id}
        if user.volc_user_name is not None:
            owner["VolcUsername"] = user.volc_user_name
        return owner

    def _media_json(self, media: Media, article_format: str) -> dict[str, Any]:
        """The ``MediaInfo`` of a medium: basic info plus the detail of its kind, others null."""
        rng = random.Random(f"{self.seed}:{media.media_id}")  # noqa: S311 - mock data
        expires = int(self.clock.now()) + URL_LIFETIME

        def url(suffix: str, ext: str) -> str:
            return f"{CDN}/dl/{media.media_id}{suffix}.{ext}?expires={expires}"

        basic = {
            "MediaId": media.media_id,
            "MediaType": "film",
            "MediaFirstCategory": media.kind,
            "SourceFrom": rng.choice(_SOURCES[media.kind]),
            "Description": f"{media.name} ({media.kind})",
            "Owner": self._owner_json(media.owner),
            "Name": media.name,
            "CreateTime": media.created,
            "UpdateTime": media.updated,
            "Tags": rng.sample(_THINGS, 2),
            "UserDefinedCategory": [media.space or "personal"],
            "Copyright": "original",
            "PreviewUrl": f"{CDN}/preview/{media.media_id}.jpg",
        }
        info: dict[str, Any] = {"BasicInfo": basic}
        details: dict[str, Callable[[], dict[str, Any]]] = {
            "video": lambda: self._video_json(media, rng, url),
            "article": lambda: _article_json(media, rng, url, article_format),
            "image": lambda: _image_json(media, rng, url),
            "audio": lambda: {
                "DownloadUrl": url("", "mp3"),
                "CoverUrl": f"{CDN}/cover/{media.media_id}.jpg",
                "MediaMetaInfo": _meta(rng, "audio/mpeg", video=False),
            },
        }
        for kind in KINDS:
            info[f"{kind.capitalize()}Media"] = details[kind]() if kind == media.kind else None
        return info

    def _video_json(
        self, media: Media, rng: random.Random, url: Callable[[str, str], str]
    ) -> dict[str, Any]:
        width, height, layout = rng.choice(((1920, 1080, 1), (1080, 1920, 2), (1280, 720, 1)))
        return {
            "VideoId": media.media_id,
            "Name": media.name,
            "Owner": self._owner_json(media.owner),
            "CreateTime": media.created,
            "UpdateTime": media.updated,
            "DownloadUrl": url("", "mp4"),
            "TranscodeDownloadUrls": {"720p": url("_720p", "mp4"), "1080p": url("_1080p", "mp4")},
            "Layout": layout,
            "Resolution": f"{width}x{height}",
            "CoverUrl": f"{CDN}/cover/{media.media_id}.jpg",
            "PreviewVideo": f"{CDN}/preview/{media.media_id}.mp4",
            "SecondaryEdited": rng.random() < 0.3,
            "MediaMetaInfo": _meta(rng, "video/mp4", video=True, size=(width, height)),
        }


# --- seeded data -----------------------------------------------------------------------------


def _inline_parameters(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec whose operations carry their parameters inline, not as ``$ref``.

    ``SpecIndex`` validates a parameter at ``…/parameters/{i}/schema``, which does not exist for
    a referenced parameter (every parameter of this spec is one).
    """
    copy = copy_module.deepcopy(dict(document))
    shared = copy["components"]["parameters"]
    for item in copy["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "parameters" in op:
                op["parameters"] = [
                    shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
                    for p in op["parameters"]
                ]
    return copy


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _seed_users(ids: Ids) -> list[User]:
    """The fixed roster with seeded Volcengine account ids."""
    users = []
    for uid, admin, permitted, busy, volc_name, display, role, teams in _ROSTER:
        volc_id = str(ids.number(2_100_000_000, 2_199_999_999)) if volc_name else None
        users.append(
            User(
                uid,
                admin,
                permitted,
                busy,
                volc_name,
                volc_id,
                display,
                role,
                (DEFAULT_TEAM, *teams),
            )
        )
    return users


def _members(team: str, users: list[User]) -> tuple[int, ...]:
    return tuple(u.id for u in users if team in u.teams)


def _seed_media(ids: Ids, teams: dict[str, Team]) -> list[Media]:
    """Own works per user and works of each team space (made by its members), kinds in turn."""
    plan: list[tuple[int, str | None]] = [
        (uid, None) for uid, count in _OWN_WORKS.items() for _ in range(count)
    ]
    for _, name, count in _TEAMS:
        members = teams[name].members
        plan += [(members[i % len(members)], name) for i in range(count)]
    media, seen = [], set()
    for index, (owner, space) in enumerate(plan):
        media_id = str(ids.number(7_100_000_000_000_000_000, 7_199_999_999_999_999_999))
        while media_id in seen:
            media_id = str(ids.number(7_100_000_000_000_000_000, 7_199_999_999_999_999_999))
        seen.add(media_id)
        created = 1_667_000_000 + ids.number(0, 30_000_000)
        name = f"{_WORDS[ids.number(0, len(_WORDS) - 1)]} {_THINGS[index % len(_THINGS)]} {index}"
        kind = KINDS[index % len(KINDS)]
        media.append(
            Media(media_id, kind, owner, space, name, created, created + ids.number(0, 9999))
        )
    return media


def _meta(
    rng: random.Random, mime: str, *, video: bool, size: tuple[int, int] = (0, 0)
) -> dict[str, Any]:
    """``MediaMetaInfo`` with one audio stream and, for video, one video stream."""
    duration = rng.randint(5, 600)
    audio_bitrate = float(rng.choice((96_000, 128_000, 192_000)))
    video_bitrate = rng.uniform(1_000_000, 8_000_000) if video else 0.0
    total = int(duration * (audio_bitrate + video_bitrate) / 8)
    meta: dict[str, Any] = {
        "Size": total,
        "Md5": rng.randbytes(16).hex(),
        "Duration": duration,
        "Bitrate": int(audio_bitrate + video_bitrate),
        "Mime": mime,
        "AudioStreamInfoSet": [
            {
                "Bitrate": audio_bitrate,
                "Codec": "aac",
                "Size": int(duration * audio_bitrate / 8),
                "Md5": rng.randbytes(16).hex(),
            }
        ],
    }
    if video:
        width, height = size
        meta |= {"Width": width, "Height": height}
        meta["VideoStreamInfoSet"] = [
            {
                "Bitrate": round(video_bitrate, 1),
                "Width": width,
                "Height": height,
                "Codec": rng.choice(("h264", "h265_hvc1")),
                "Size": int(duration * video_bitrate / 8),
                "Md5": rng.randbytes(16).hex(),
                "Fps": rng.choice((25, 30, 60)),
            }
        ]
    return meta


def _image_json(media: Media, rng: random.Random, url: Callable[[str, str], str]) -> dict[str, Any]:
    width, height = rng.choice(((1080, 1440), (1920, 1080), (1024, 1024)))
    return {
        "MediaId": media.media_id,
        "Width": width,
        "Height": height,
        "DownloadUrl": url("", "jpg"),
        "TranscodeDownloadUrls": {"720p": url("_720p", "jpg")},
        "Size": rng.randint(80_000, 4_000_000),
    }


def _article_json(
    media: Media, rng: random.Random, url: Callable[[str, str], str], article_format: str
) -> dict[str, Any]:
    """An article; only the content of ``article_format`` (json / html) is filled."""
    abstract = f"{media.name}: what happened this week."
    paragraphs = [f"Paragraph {n} of {media.name}." for n in range(1, rng.randint(2, 5))]

    def asset(n: int, ext: str) -> dict[str, Any]:
        return {
            "MediaId": f"{media.media_id}{n:02d}",
            "DownloadUrl": url(f"_{n:02d}", ext),
            "TranscodeDownloadUrls": {"720p": url(f"_{n:02d}_720p", ext)},
        }

    blocks = [{"type": "heading", "text": media.name}]
    blocks += [{"type": "paragraph", "text": p} for p in paragraphs]
    as_html = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return {
        "JsonContent": json.dumps({"blocks": blocks}, ensure_ascii=False)
        if article_format == "json"
        else "",
        "HtmlContent": f"<h1>{html.escape(media.name)}</h1>{as_html}"
        if article_format == "html"
        else "",
        "Abstract": abstract,
        "WordCount": sum(len(p.split()) for p in paragraphs),
        "Covers": [asset(1, "jpg")],
        "Videos": [asset(2, "mp4")] if rng.random() < 0.5 else [],
        "Images": [asset(n, "png") for n in range(3, 3 + rng.randint(0, 3))],
    }


def _action(op: Operation) -> str:
    """The ICP action of an operation (``x-volc-action``, read by the facts model)."""
    assert op.facts.action is not None, f"{op.operation_id} names no x-volc-action"
    return op.facts.action


def _service(op: Operation) -> str:
    """The signing service of an operation (``x-volc-signing``, read by the facts model)."""
    assert op.facts.signing is not None, f"{op.operation_id} names no x-volc-signing"
    return op.facts.signing.service
