"""The root of every error the package raises, the transport errors both APIs share, and secrets.

Every error carries ``status_code`` (None without a response), ``operation`` (the operationId)
and ``request_id`` (what the vendor's support asks for), and pickles with all its attributes
(so it crosses process boundaries, e.g. out of a ``ProcessPoolExecutor`` worker).

Secrets: the client knows its own (the API key; AK, SK, session token, signatures it computed).
:func:`scrub` removes them from any server text before it goes into an exception or onto a
terminal; :class:`Secret` holds one so that ``vars()``, ``repr()`` and ``pickle`` never show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

REDACTED = "[redacted]"
_MIN_SECRET = 6  # shorter strings would scrub ordinary words
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-security-token", "x-api-key"}
)


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Recreate an error without calling its ``__init__`` (whatever its signature)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class MediaAPIError(Exception):
    """Base class of every error ``mediaapis`` raises, for RawUGC and ICP alike."""

    status_code: int | None = None
    operation: str | None = None
    request_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the message and every attribute, whatever ``__init__`` takes."""
        return _rebuild, (type(self), self.args, dict(self.__dict__))

    @property
    def retryable(self) -> bool:
        """Whether the same request, sent again unchanged, may succeed (a failure in transport
        or on the server's side, throttling); False when the API refused it."""
        return False

    def summary(self) -> str:
        """What the error says, on one line, for a person (the command line prints it)."""
        return str(self)

    def notes(self) -> list[str]:
        """What :meth:`summary` leaves out, a line each (a problem's per-field errors)."""
        return []

    def as_dict(self) -> dict[str, Any]:
        """The error as data (the MCP server returns it): the API's own error document, under
        its field names, where the API sent one; else the class, message and status."""
        document: dict[str, Any] = {"error": type(self).__name__, "message": str(self)}
        if self.status_code is not None:
            document["status"] = self.status_code
        return document


class APIConnectionError(MediaAPIError):
    """The request failed in transport (refused, reset, dropped) without a usable response.

    ``host`` is the host tried; ``method`` / ``path`` the request. The low-level error is the
    ``__cause__`` (a copy of it that keeps no request, so no signed headers).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        host: str | None = None,
        operation: str | None = None,
    ) -> None:
        where = f"{method} {host}{path}" if host else f"{method} {path}"
        super().__init__(f"{message} ({where})")
        self.method, self.path, self.host, self.operation = method, path, host, operation

    @property
    def retryable(self) -> bool:
        """A transport failure may pass."""
        return True


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ClientClosedError(MediaAPIError, RuntimeError):
    """A request on a client after ``close()`` (or the end of its ``with`` block)."""

    def __init__(self, client: str) -> None:
        super().__init__(
            f"{client} is closed (close() or the end of its with block): "
            "build a new client to send more requests"
        )
        self.client = client


class MalformedResponseError(MediaAPIError):
    """The response is not what the spec promises (not JSON, truncated, the wrong shape)."""

    def __init__(
        self,
        message: str = "response body is not valid JSON",
        *,
        status_code: int | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message if status_code is None else f"{message} (HTTP {status_code})")
        self.status_code, self.operation, self.request_id = status_code, operation, request_id

    @property
    def retryable(self) -> bool:
        """A garbled or truncated answer may come whole next time."""
        return True


# -- secrets -------------------------------------------------------------------------------


def mask(value: str) -> str:
    """Enough of a key or key id to tell them apart in a repr, never enough to use it: the
    first four and last two characters of a value longer than 12, else nothing."""
    return f"{value[:4]}…{value[-2:]}" if len(value) > 12 else "…"


class Secret:
    """One secret string: ``reveal()`` returns it; repr, ``vars()`` and pickle never show it."""

    __slots__ = ("_reveal",)

    def __init__(self, value: str) -> None:
        self._reveal: Callable[[], str] = lambda: value

    def reveal(self) -> str:
        """The secret itself (to send it, never to show it)."""
        return self._reveal()

    def __repr__(self) -> str:
        return "Secret('***')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.reveal() == self.reveal()

    def __hash__(self) -> int:
        return hash(self.reveal())

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a Secret cannot be pickled (it would write the secret out)")


class Secrets:
    """The secrets a client knows, for scrubbing; repr, ``vars()`` and pickle never show them."""

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[str] = ()) -> None:
        frozen = frozenset(v for v in values if v)
        self._values: Callable[[], frozenset[str]] = lambda: frozen

    def values(self) -> frozenset[str]:
        """The secrets themselves."""
        return self._values()

    def __or__(self, other: Iterable[str]) -> Secrets:
        return Secrets(self.values() | set(other))

    def __repr__(self) -> str:
        return f"Secrets({len(self.values())} hidden)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secrets) and other.values() == self.values()

    def __hash__(self) -> int:
        return hash(self.values())

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("Secrets cannot be pickled (it would write the secrets out)")


_AUTH_PARTS = re.compile(r"(?:Credential=([^/,\s]+)|Signature=([0-9A-Fa-f]+)|^\w+\s+(\S+)$)")


def secrets_in(headers: Iterable[tuple[str, str]]) -> set[str]:
    """The secrets a request's headers carry: credentials whole, and their telling parts
    (a bearer token, the access key of ``Credential=``, the ``Signature=``)."""
    found: set[str] = set()
    for name, value in headers:
        if name.lower() not in SECRET_HEADERS or not value:
            continue
        found.add(value)
        for match in _AUTH_PARTS.finditer(value.strip()):
            found.update(part for part in match.groups() if part)
    return found


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (longest first) replaced by ``[redacted]``."""
    for secret in sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def scrub_value(value: Any, secrets: Iterable[str]) -> Any:
    """Strings scrubbed inside a parsed JSON value (dicts and lists walked)."""
    secrets = tuple(secrets)
    if not secrets:
        return value
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, Mapping):
        return {scrub(str(k), secrets): scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v, secrets) for v in value]
    return value
