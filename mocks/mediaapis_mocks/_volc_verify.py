"""Server-side check of Volcengine HMAC-SHA256 signatures, written from the scheme itself.

Independent of ``mediaapis.icp`` on purpose: a mock that reused the client's signer would accept
whatever that signer gets wrong. Everything is rebuilt from what the server received: the
method, the raw path, the query decoded as a server decodes it (``+`` is a space), the headers
named in ``SignedHeaders`` with their received values and the hash of the received body.

Which headers must be signed is the gateway's rule, not the spec's advice to clients: the request
is verified over its own ``SignedHeaders``, and only what every official Volcengine signer signs
is required (``required_unsigned``). Read from the signers themselves:

* ``volcengine`` (``auth/SignerV4``) and ``volcenginesdk-core`` (``signv4``), Python:
  ``Content-Type``, ``Host`` and every ``X-`` header (``X-Date``, ``X-Content-Sha256``,
  ``X-Security-Token``).
* ``volc-sdk-golang`` (``base/sign.go``, used by ``volcengine-go-sdk``) and ``volc-sdk-java``
  (``auth/impl/SignerV4Impl``): ``Content-Type``, ``Content-Md5``, ``Host`` and every ``X-``
  header.
* ``@volcengine/openapi`` (``lib/base/sign.js``), Node: every header it is given except its
  ``unsignableHeaders`` (``authorization``, ``content-type``, ``content-length``, ``user-agent``,
  ``presigned-expires``, ``expect``), plus the ``X-Date``, ``X-Content-Sha256`` (when there is a
  body) and ``X-Security-Token`` it adds. Its ``Service.fetchOpenAPI`` gives it no ``Host``, so
  the requests Volcengine's Node users send every day sign neither ``Content-Type`` nor ``Host``.

So the gateway can require ``X-Date`` (``GATEWAY_SIGNED``) and, when sent, the session token
(the spec's ``conditionallySignedHeaders``); an unsigned ``Content-Type``, ``Host`` or
``X-Content-Sha256`` is accepted. The body is covered whatever is signed: the canonical request
ends with the hash of the received body, and a sent ``X-Content-Sha256`` must match it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote

ALGORITHM = "HMAC-SHA256"
_AUTHORIZATION = re.compile(
    r"HMAC-SHA256 +Credential=(?P<credential>[^,\s]+), *"
    r"SignedHeaders=(?P<signed>[^,\s]+), *Signature=(?P<signature>[0-9a-fA-F]{64})"
)


@dataclass(frozen=True)
class Authorization:
    """The parts of an ``Authorization: HMAC-SHA256 Credential=…`` header."""

    access_key: str
    date: str  # YYYYMMDD of the credential scope
    region: str
    service: str
    signed_headers: tuple[str, ...]
    signature: str

    @property
    def scope(self) -> str:
        """The credential scope ``{date}/{region}/{service}/request``."""
        return f"{self.date}/{self.region}/{self.service}/request"


GATEWAY_SIGNED = ("x-date",)
"""Headers every signature must cover: the one header all official signers sign."""


def required_unsigned(
    signed_headers: tuple[str, ...], headers: Mapping[str, str], when_sent: tuple[str, ...]
) -> list[str]:
    """The headers the gateway requires signed that ``signed_headers`` leaves out: those of
    ``GATEWAY_SIGNED``, and those of ``when_sent`` (e.g. ``x-security-token``) that were
    received. ``headers`` maps lowercase names to received values."""
    required = [*GATEWAY_SIGNED, *(name for name in when_sent if name in headers)]
    return [name for name in required if name not in signed_headers]


def parse_authorization(value: str) -> Authorization:
    """Split an ``Authorization`` value; ``ValueError`` when it is not the Volcengine form."""
    found = _AUTHORIZATION.fullmatch(value.strip())
    if found is None:
        raise ValueError("Authorization is not 'HMAC-SHA256 Credential=…, SignedHeaders=…'")
    parts = found["credential"].split("/")
    if len(parts) != 5 or parts[4] != "request" or not all(parts):
        raise ValueError("Credential is not '{AK}/{date}/{region}/{service}/request'")
    ak, date, region, service, _ = parts
    signed = tuple(found["signed"].split(";"))
    return Authorization(ak, date, region, service, signed, found["signature"].lower())


def canonical_query(raw_query: bytes) -> str:
    """The received query decoded (``+`` is a space), re-encoded (``A-Za-z0-9-_.~``) and sorted
    by key."""
    pairs = parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True)
    encoded = [(quote(k, safe="-_.~"), quote(v, safe="-_.~")) for k, v in pairs]
    encoded.sort(key=lambda pair: pair[0])  # by key only: repeated keys keep the order sent
    return "&".join(f"{k}={v}" for k, v in encoded)


def signed_value(name: str, value: str) -> str:
    """A received header as it was signed: the official SDKs sign ``Host`` without a ``:80`` or
    ``:443`` port whatever the scheme, while an HTTP client may send it."""
    value = value.strip()
    if name == "host":
        host, _, port = value.partition(":")
        if port in ("80", "443"):
            return host
    return value


def canonical_request(
    method: str,
    path: str,
    raw_query: bytes,
    headers: Mapping[str, str],
    signed_headers: tuple[str, ...],
    body: bytes,
) -> str:
    """``METHOD\\nPATH\\nQUERY\\n`` + signed header lines + ``\\n`` + names + ``\\n`` + body hash.

    ``headers`` maps lowercase names to received values; a signed header that was not
    received raises ``KeyError``.
    """
    lines = "".join(f"{name}:{signed_value(name, headers[name])}\n" for name in signed_headers)
    return "\n".join(
        (
            method.upper(),
            path or "/",
            canonical_query(raw_query),
            lines,
            ";".join(signed_headers),
            hashlib.sha256(body).hexdigest(),
        )
    )


def signing_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    """``HMAC(SK, date)``, then the region, the service and the literal ``request``."""
    key = secret_key.encode("utf-8")
    for part in (date, region, service, "request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def expected_signature(secret_key: str, x_date: str, auth: Authorization, canonical: str) -> str:
    """The hex signature the holder of ``secret_key`` would have sent for ``canonical``."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    string_to_sign = f"{ALGORITHM}\n{x_date}\n{auth.scope}\n{digest}"
    key = signing_key(secret_key, auth.date, auth.region, auth.service)
    return hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(
    secret_key: str,
    auth: Authorization,
    *,
    method: str,
    path: str,
    raw_query: bytes,
    headers: Mapping[str, str],
    body: bytes,
) -> bool:
    """Whether ``auth.signature`` signs this request under ``secret_key`` (constant-time)."""
    try:
        canonical = canonical_request(method, path, raw_query, headers, auth.signed_headers, body)
    except KeyError:
        return False  # a header named in SignedHeaders was not received
    x_date = headers.get("x-date", "")
    expected = expected_signature(secret_key, x_date, auth, canonical)
    return hmac.compare_digest(expected, auth.signature)
