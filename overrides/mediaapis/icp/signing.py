"""Volcengine HMAC-SHA256 request signing (the SigV4 variant) as an ``httpx.Auth``.

The signer signs the exact bytes httpx is about to send: the query as encoded on the wire, the
headers as set, the body's bytes. It runs on every attempt, so each retry gets a fresh
``X-Date``. The signing service of each ICP action is read from the spec's ``x-volc-signing``
extension. Derived keys are cached per (date, region, service).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from urllib.parse import parse_qsl, quote

import httpx

from .._spec import iter_operations, load_spec
from .credentials import VolcCredentials, mask

ALGORITHM = "HMAC-SHA256"
_ALGORITHM = ALGORITHM.encode()
SPEC_PACKAGE = "volc_icp_client"
_UNRESERVED = "-_.~"
_ALWAYS_SIGNED = frozenset({b"content-type", b"content-md5", b"host"})
_SECRET_HEADERS = frozenset({"authorization", "x-security-token"})
# headers this signer sets; a previous attempt's values are dropped before re-signing
_OWN_HEADERS = frozenset({b"x-date", b"x-content-sha256", b"x-security-token", b"authorization"})


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Sorted ``key=value`` pairs, each percent-encoded leaving only ``A-Za-z0-9-_.~`` bare."""
    encoded = sorted((quote(k, safe=_UNRESERVED), quote(v, safe=_UNRESERVED)) for k, v in pairs)
    return "&".join(f"{k}={v}" for k, v in encoded)


def parse_wire_query(raw: bytes) -> list[tuple[str, str]]:
    """Decode a query string as a server does (``+`` is a space), keeping blanks and repeats."""
    return parse_qsl(raw.decode("ascii"), keep_blank_values=True)


def derive_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    """``kDate = HMAC(SK, date)``, then region, service and the literal ``request``."""
    key = secret_key.encode("utf-8")
    for part in (date, region, service, "request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


@functools.cache
def _spec_signing() -> tuple[str, Mapping[str, str]]:
    """The default region and the signing service of each action, from the ICP spec."""
    document = load_spec(SPEC_PACKAGE)
    schemes = document["components"]["securitySchemes"]
    region = next(s["x-volc-signing"]["region"] for s in schemes.values() if "x-volc-signing" in s)
    services = {
        op["x-volc-action"]: op["x-volc-signing"]["service"]
        for _, _, op in iter_operations(SPEC_PACKAGE)
        if "x-volc-signing" in op
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
        self._credentials = credentials if credentials is not None else VolcCredentials.from_env()
        self._region = region
        self._service = service
        self._clock = clock
        self._token = (self._credentials.session_token or "").encode()
        self._scopes: dict[tuple[str, str], tuple[bytes, _HmacKey, bytes]] = {}
        self._targets: dict[bytes, tuple[bytes, bytes, str]] = {}
        self._second = -1
        self._x_date = ""

    def __repr__(self) -> str:
        return (
            f"VolcSignatureAuth(access_key_id={mask(self._credentials.access_key_id)!r}, "
            f"region={self.region!r}, service={self._service!r})"
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

        kept: list[tuple[bytes, bytes]] = []
        signed: list[tuple[bytes, bytes]] = [
            (b"x-date", signed_date),
            (b"x-content-sha256", signed_hash),
        ]
        if self._token:
            signed.append((b"x-security-token", self._token))
        for name, value in request.headers.raw:
            lower = name.lower()
            if lower in _OWN_HEADERS:
                continue  # set by a previous attempt: replaced below
            kept.append((name, value))
            if lower in _ALWAYS_SIGNED or lower[:2] == b"x-":
                signed.append((lower, value.strip()))
        signed.sort()
        signed_names = b";".join([name for name, _ in signed])
        canonical = b"\n".join(
            (
                request.method.encode(),
                path,
                query,
                b"".join([b"%s:%s\n" % pair for pair in signed]),
                signed_names,
                signed_hash,
            )
        )
        string_to_sign = b"%s\n%s\n%s\n%s" % (
            _ALGORITHM,
            signed_date,
            scope,
            hashlib.sha256(canonical).hexdigest().encode(),
        )
        kept.append((b"X-Date", signed_date))
        kept.append((b"X-Content-Sha256", signed_hash))
        if self._token:
            kept.append((b"X-Security-Token", self._token))
        authorization = b"%s, SignedHeaders=%s, Signature=%s" % (
            credential,
            signed_names,
            key.hexdigest(string_to_sign).encode(),
        )
        kept.append((b"Authorization", authorization))
        request.headers = _SignedHeaders(kept)

    def _scope(self, date: str, service: str) -> tuple[bytes, _HmacKey, bytes]:
        """Credential scope, signing key and ``Credential=`` prefix per (date, service), cached."""
        cached = self._scopes.get((date, service))
        if cached is None:
            region = self.region
            if len(self._scopes) >= 16:  # dates roll over; keep the cache small
                self._scopes.clear()
            scope = f"{date}/{region}/{service}/request"
            key = _HmacKey(derive_key(self._credentials.secret_access_key, date, region, service))
            credential = f"{ALGORITHM} Credential={self._credentials.access_key_id}/{scope}"
            cached = self._scopes[(date, service)] = (scope.encode(), key, credential.encode())
        return cached

    def _target(self, raw_path: bytes) -> tuple[bytes, bytes, str]:
        """Path, canonical query and signing service of a request target, memoised."""
        cached = self._targets.get(raw_path)
        if cached is None:
            path, _, raw_query = raw_path.partition(b"?")
            pairs = parse_wire_query(raw_query)
            action = next((v for k, v in pairs if k == "Action"), None)
            service = self._service or service_for_action(action or "")
            if len(self._targets) >= 256:
                self._targets.clear()
            cached = (path or b"/", canonical_query(pairs).encode("ascii"), service)
            self._targets[raw_path] = cached
        return cached


class _SignedHeaders(httpx.Headers):
    """Headers whose repr hides the session token as httpx hides ``Authorization``."""

    def __repr__(self) -> str:
        shown = [
            (name, "[secure]" if name.lower() in _SECRET_HEADERS else value)
            for name, value in self.multi_items()
        ]
        return f"Headers({shown!r})"


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
