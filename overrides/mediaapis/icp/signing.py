"""Volcengine HMAC-SHA256 request signing (the SigV4 variant) as an ``httpx.Auth``.

The signer signs the exact bytes httpx is about to send: the query as encoded on the wire, the
headers as set, the body's bytes, with the ``X-Date`` of the moment it runs (each request httpx
builds; the transport stack's retries below it resend the signed request, well inside the 15
minutes the gateway accepts an ``X-Date``). The signing service of each ICP action is read from
the spec's ``x-volc-signing`` extension. Derived keys are cached per (date, region, service);
the secret key and the session token live only in closures, so neither ``vars()``, ``repr`` nor
``pickle`` shows them. As both official SDKs do, ``:80`` / ``:443`` are dropped from the signed
``Host`` whatever the scheme, and the query is sorted by key only, repeated keys keeping the
order sent (as ``volcengine.auth.SignerV4`` signs them).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from operator import itemgetter
from typing import Any, NoReturn
from urllib.parse import parse_qsl, quote

import httpx

from .._errors import mask
from .._spec import load_spec
from .credentials import VolcCredentials

ALGORITHM = "HMAC-SHA256"
_ALGORITHM = ALGORITHM.encode()
SPEC_PACKAGE = "volc_icp_client"
_UNRESERVED = "-_.~"
_ALWAYS_SIGNED = frozenset({b"content-type", b"content-md5", b"host"})
_SECRET_HEADERS = frozenset({"authorization", "x-security-token"})
# headers this signer sets; a previous attempt's values are dropped before re-signing
_OWN_HEADERS = frozenset({b"x-date", b"x-content-sha256", b"x-security-token", b"authorization"})


_BY_KEY = itemgetter(0)
_PLAIN_QUERY = re.compile(rb"[A-Za-z0-9\-_.~=&]*")  # nothing to decode or encode
_DEFAULT_PORTS = frozenset({b"80", b"443"})


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """``key=value`` pairs sorted by key (repeated keys keep their order), each percent-encoded
    leaving only ``A-Za-z0-9-_.~`` bare."""
    encoded = [(quote(k, safe=_UNRESERVED), quote(v, safe=_UNRESERVED)) for k, v in pairs]
    encoded.sort(key=_BY_KEY)
    return "&".join(f"{k}={v}" for k, v in encoded)


def _wire_query(raw: bytes) -> tuple[bytes, str | None]:
    """(canonical query, ``Action``) of a query string as sent. A query of bare characters
    only (the usual ``Action=...&Version=...``) is split as is: decoding and re-encoding
    would give back the same bytes."""
    if _PLAIN_QUERY.fullmatch(raw):
        pairs = [
            (key, value)
            for key, _, value in (part.partition(b"=") for part in raw.split(b"&") if part)
        ]
        pairs.sort(key=_BY_KEY)
        action = next((v for k, v in pairs if k == b"Action"), None)
        return b"&".join([k + b"=" + v for k, v in pairs]), (
            action.decode() if action is not None else None
        )
    decoded = parse_wire_query(raw)
    action_text = next((v for k, v in decoded if k == "Action"), None)
    return canonical_query(decoded).encode("ascii"), action_text


def signed_host(value: bytes) -> bytes:
    """The ``Host`` value as signed: without ``:80`` or ``:443``, whatever the scheme (as both
    official SDKs split it: at the first colon)."""
    name, colon, rest = value.partition(b":")
    return name if colon and rest.partition(b":")[0] in _DEFAULT_PORTS else value


def parse_wire_query(raw: bytes) -> list[tuple[str, str]]:
    """Decode a query string as a server does (``+`` is a space), keeping blanks and repeats."""
    return parse_qsl(raw.decode("ascii"), keep_blank_values=True)


def derive_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    """``kDate = HMAC(SK, date)``, then region, service and the literal ``request``."""
    key = secret_key.encode("utf-8")
    for part in (date, region, service, "request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def _key_deriver(secret_key: str) -> Callable[[str, str, str], bytes]:
    """``derive_key`` bound to the secret key, held in a closure (never an attribute)."""

    def derive(date: str, region: str, service: str) -> bytes:
        return derive_key(secret_key, date, region, service)

    return derive


def _holder(value: bytes) -> Callable[[], bytes]:
    """A closure returning ``value`` (the session token), so no attribute holds it."""
    return lambda: value


@functools.cache
def _spec_signing() -> tuple[str, Mapping[str, str]]:
    """The default region and the signing service of each action, from the ICP spec."""
    document = load_spec(SPEC_PACKAGE)
    schemes = document["components"]["securitySchemes"]
    region = next(s["x-volc-signing"]["region"] for s in schemes.values() if "x-volc-signing" in s)
    from ..spec import operations

    services = {
        known.action: known.signing.service
        for known in operations(SPEC_PACKAGE).values()
        if known.action is not None and known.signing is not None
    }
    return region, services


def service_for_action(action: str) -> str:
    """The signing service the spec declares for an ICP ``Action``."""
    services = _spec_signing()[1]
    try:
        return services[action]
    except KeyError:
        known = ", ".join(sorted(services))
        raise ValueError(
            f"no signing service known for Action={action!r} (the ICP spec declares: {known}); "
            "pass service= to VolcSignatureAuth for other Volcengine APIs"
        ) from None


class VolcSignatureAuth(httpx.Auth):
    """Sign each request with Volcengine's HMAC-SHA256 scheme.

    ``service`` fixes the signing service; by default it is looked up from the request's
    ``Action`` query parameter in the ICP spec. ``clock`` returns Unix seconds (for tests).
    """

    requires_request_body = True

    def __init__(
        self,
        credentials: VolcCredentials | None = None,
        *,
        region: str | None = None,
        service: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        found = credentials if credentials is not None else VolcCredentials.from_env()
        self._access_key_id = found.access_key_id
        self._derive = _key_deriver(found.secret_access_key)
        self._has_token = bool(found.session_token)
        self._token = _holder((found.session_token or "").encode())
        self._region = region
        self._service = service
        self._clock = clock
        self._scopes: dict[tuple[str, str], tuple[bytes, _HmacKey, bytes]] = {}
        self._targets: dict[bytes, tuple[bytes, bytes, str]] = {}
        self._second = -1
        self._x_date = ""

    def __repr__(self) -> str:
        return (
            f"VolcSignatureAuth(access_key_id={mask(self._access_key_id)!r}, "
            f"region={self.region!r}, service={self._service!r})"
        )

    def __reduce__(self) -> NoReturn:
        """Refused: a pickle would carry the credentials."""
        raise TypeError(
            "VolcSignatureAuth holds credentials and is not picklable: build one from "
            "VolcCredentials (or the environment) where it is used"
        )

    @property
    def region(self) -> str:
        return self._region if self._region is not None else _spec_signing()[0]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add ``X-Date``, ``X-Content-Sha256`` (and the session token) and ``Authorization``."""
        now = int(self._clock())
        if now != self._second:
            self._second, self._x_date = now, time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now))
        x_date = self._x_date
        signed_date = x_date.encode()
        signed_hash = hashlib.sha256(request.content).hexdigest().encode()
        path, query, service = self._target(request.url.raw_path)
        scope, key, credential = self._scope(x_date[:8], service)
        token = self._token() if self._has_token else b""

        kept: list[tuple[bytes, bytes, bytes]] = []
        signed: list[tuple[bytes, bytes]] = [
            (b"x-date", signed_date),
            (b"x-content-sha256", signed_hash),
        ]
        if token:
            signed.append((b"x-security-token", token))
        for entry in _header_entries(request.headers):
            lower = entry[1]
            if lower in _OWN_HEADERS:
                continue  # set by a previous attempt: replaced below
            kept.append(entry)
            if lower[:2] == b"x-":
                signed.append((lower, entry[2].strip()))
            elif lower in _ALWAYS_SIGNED:
                value = entry[2].strip()
                signed.append((lower, signed_host(value) if lower == b"host" else value))
        signed.sort()
        signed_names = b";".join([name for name, _ in signed])
        canonical = b"\n".join(
            (
                request.method.encode(),
                path,
                query,
                b"".join([name + b":" + value + b"\n" for name, value in signed]),
                signed_names,
                signed_hash,
            )
        )
        string_to_sign = b"\n".join(
            (_ALGORITHM, signed_date, scope, hashlib.sha256(canonical).hexdigest().encode())
        )
        kept.append((b"X-Date", b"x-date", signed_date))
        kept.append((b"X-Content-Sha256", b"x-content-sha256", signed_hash))
        if token:
            kept.append((b"X-Security-Token", b"x-security-token", token))
        authorization = b"".join(
            (
                credential,
                b", SignedHeaders=",
                signed_names,
                b", Signature=",
                key.hexdigest(string_to_sign).encode(),
            )
        )
        kept.append((b"Authorization", b"authorization", authorization))
        request.headers = _signed_headers(kept)

    def _scope(self, date: str, service: str) -> tuple[bytes, _HmacKey, bytes]:
        """Credential scope, signing key and ``Credential=`` prefix per (date, service), cached."""
        cached = self._scopes.get((date, service))
        if cached is None:
            region = self.region
            if len(self._scopes) >= 16:  # dates roll over; keep the cache small
                self._scopes.clear()
            scope = f"{date}/{region}/{service}/request"
            key = _HmacKey(self._derive(date, region, service))
            credential = f"{ALGORITHM} Credential={self._access_key_id}/{scope}"
            cached = self._scopes[(date, service)] = (scope.encode(), key, credential.encode())
        return cached

    def _target(self, raw_path: bytes) -> tuple[bytes, bytes, str]:
        """Path, canonical query and signing service of a request target, memoised."""
        cached = self._targets.get(raw_path)
        if cached is None:
            path, _, raw_query = raw_path.partition(b"?")
            query, action = _wire_query(raw_query)
            service = self._service or service_for_action(action or "")
            if len(self._targets) >= 256:
                self._targets.clear()
            cached = self._targets[raw_path] = (path or b"/", query, service)
        return cached


def _header_entries(headers: httpx.Headers) -> list[tuple[bytes, bytes, bytes]]:
    """(name, lowercase name, value) of every header, read from httpx's own list when it has
    one (0.23 to 0.28 do), else rebuilt from the public ``raw``."""
    entries = getattr(headers, "_list", None)
    if _FAST_HEADERS and isinstance(entries, list):
        return entries
    return [(name, name.lower(), value) for name, value in headers.raw]


def _signed_headers(entries: list[tuple[bytes, bytes, bytes]]) -> httpx.Headers:
    """Headers holding ``entries`` as they are (already bytes, names lowercased alongside)."""
    if _FAST_HEADERS:
        headers = _SignedHeaders.__new__(_SignedHeaders)
        headers._list = entries
        headers._encoding = None
        return headers
    return _SignedHeaders([(name, value) for name, _, value in entries])


class _SignedHeaders(httpx.Headers):
    """Headers whose repr hides the session token as httpx hides ``Authorization``."""

    def __repr__(self) -> str:
        shown = [
            (name, "[secure]" if name.lower() in _SECRET_HEADERS else value)
            for name, value in self.multi_items()
        ]
        return f"Headers({shown!r})"

    def copy(self) -> _SignedHeaders:
        """A copy that hides the token too (httpx's ``copy`` returns plain ``Headers``)."""
        copied = _SignedHeaders.__new__(_SignedHeaders)
        copied._list = list(self._list)
        copied._encoding = self._encoding
        return copied


class _HmacKey:
    """HMAC-SHA256 with a fixed key, its inner and outer pads hashed once (RFC 2104, section 4)."""

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        block = key.ljust(64, b"\0")  # derived keys are 32 bytes, under the block size
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

    def hexdigest(self, message: bytes) -> str:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


def _fast_headers_work() -> bool:
    """Whether httpx keeps headers as a ``_list`` of (name, lowercase name, value) bytes, the
    layout :func:`_signed_headers` fills in directly (checked once, against the public API)."""
    probe = httpx.Headers([(b"X-A", b"1")])
    if getattr(probe, "_list", None) != [(b"X-A", b"x-a", b"1")]:
        return False
    built: Any = httpx.Headers.__new__(httpx.Headers)
    built._list, built._encoding = [(b"X-B", b"x-b", b"2")], None
    return bool(built.raw == [(b"X-B", b"2")] and built["x-b"] == "2" and built.multi_items())


_FAST_HEADERS = _fast_headers_work()
