"""Typed errors: RFC 7807 problems by status, transport failures, malformed bodies, failed jobs.

Messages name the request's method and path, never its headers (the API key travels in one);
server text (``title``, ``detail``, ``errors``, headers) has the client's secrets scrubbed.
``request_id`` is the ``X-Request-Id`` response header when the API sends one (the vendor page
names none; the problem's ``instance`` is the request path, kept as ``instance``).
Every error is a :class:`mediaapis.MediaAPIError` and pickles with its attributes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .. import _errors as shared
from .._errors import MediaAPIError, scrub, scrub_value
from .._pacing import header_int, unix_seconds

T = TypeVar("T")
REQUEST_ID_HEADERS = ("x-request-id", "request-id")


def request_id_of(headers: Mapping[str, str] | None) -> str | None:
    """The request id a response carries in its headers, if any."""
    for name in REQUEST_ID_HEADERS:
        value = (headers or {}).get(name)
        if value:
            return str(value)
    return None


class RawUGCError(MediaAPIError):
    """Base class of every error this package raises."""


class MissingAPIKeyError(RawUGCError):
    """No API key was passed and ``RAWUGC_API_KEY`` is missing or empty."""


class APIConnectionError(RawUGCError, shared.APIConnectionError):
    """The request failed in transport (refused, reset, dropped) without a usable response."""


class APITimeoutError(APIConnectionError, shared.APITimeoutError):
    """The request timed out."""


class MalformedResponseError(RawUGCError, shared.MalformedResponseError):
    """The response body is not the JSON its content type promises (truncated or garbled)."""

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int,
        method: str = "?",
        path: str = "?",
        operation: str | None = None,
        request_id: str | None = None,
    ) -> None:
        text = message or f"HTTP {status_code} response body is not valid JSON"
        MediaAPIError.__init__(self, f"{text} ({method} {path})")
        self.status_code, self.method, self.path = status_code, method, path
        self.operation, self.request_id = operation, request_id


@dataclass(frozen=True)
class FieldError:
    """One field-level validation error of a ``400`` problem."""

    field: str
    message: str


class APIStatusError(RawUGCError):
    """The API answered with an error status; the RFC 7807 members are attributes."""

    def __init__(
        self,
        *,
        status_code: int,
        problem: Mapping[str, Any],
        method: str,
        path: str,
        headers: Mapping[str, str] | None = None,
        operation: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        secrets = tuple(secrets)
        problem = scrub_value(dict(problem), secrets) if secrets else problem
        self.status_code, self.method, self.path = status_code, method, path
        self.operation = operation
        self.type: str = str(problem.get("type", "about:blank"))
        self.title: str = str(problem.get("title", "HTTP error"))
        detail = problem.get("detail")
        self.detail: str | None = None if detail is None else str(detail)
        instance = problem.get("instance")
        self.instance: str | None = None if instance is None else str(instance)
        raw_errors = problem.get("errors") or []
        self.errors = [
            FieldError(str(e.get("field", "")), str(e.get("message", "")))
            for e in (raw_errors if isinstance(raw_errors, list) else [])
            if isinstance(e, Mapping)
        ]
        self.headers = {k.lower(): scrub(str(v), secrets) for k, v in (headers or {}).items()}
        self.request_id = request_id_of(self.headers)
        text = f"{status_code} {self.title}"
        if self.detail:
            text += f": {self.detail}"
        super().__init__(f"{text} ({method} {path})")

    def summary(self) -> str:
        """``HTTP 404 Not Found: <detail>``."""
        return f"HTTP {self.status_code} {self.title}" + (f": {self.detail}" if self.detail else "")

    def notes(self) -> list[str]:
        """The per-field errors the detail does not already state."""
        detail = self.detail or ""
        return [f"{e.field}: {e.message}" for e in self.errors if e.message not in detail]

    def as_dict(self) -> dict[str, Any]:
        """The RFC 7807 members, under their spec names."""
        document: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.status_code,
            "detail": self.detail,
            "instance": self.instance,
        }
        if self.errors:
            document["errors"] = [{"field": e.field, "message": e.message} for e in self.errors]
        return {key: value for key, value in document.items() if value is not None}


class ValidationError(APIStatusError):
    """400: the request was refused; show ``detail`` and ``errors`` to the user."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class InsufficientCreditsError(APIStatusError):
    """402: the organisation's credit balance is too low (add credits in the dashboard)."""


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the scope the operation needs."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class RateLimitError(APIStatusError):
    """429: the key's rate limit is used up until ``reset_at`` (Unix seconds)."""

    @property
    def retryable(self) -> bool:
        """The limit resets."""
        return True

    @property
    def reset_at(self) -> float | None:
        """``X-RateLimit-Reset``: Unix seconds when the window resets."""
        value = header_int(self.headers.get("x-ratelimit-reset"))
        return unix_seconds(value) if value is not None else None

    @property
    def limit(self) -> int | None:
        """``X-RateLimit-Limit``: requests per window."""
        return header_int(self.headers.get("x-ratelimit-limit"))


class ServerError(APIStatusError):
    """5xx: a failure on the API's side."""

    @property
    def retryable(self) -> bool:
        """A failure on the server's side may pass."""
        return True


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error(
    status_code: int,
    content: bytes | Mapping[str, Any],
    *,
    method: str,
    path: str,
    headers: Mapping[str, str],
    operation: str | None = None,
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """The typed error for an error response (its body, raw or parsed, read as a problem)."""
    if isinstance(content, Mapping):
        problem: Any = content
    else:
        from .._transport import loads

        problem = loads(content) if content else {}
    if not isinstance(problem, Mapping):
        problem = {}
    cls = ServerError if status_code >= 500 else _BY_STATUS.get(status_code, APIStatusError)
    return cls(
        status_code=status_code,
        problem=problem,
        method=method,
        path=path,
        headers=headers,
        operation=operation,
        secrets=secrets,
    )


def unwrap(response: Any, *, method: str = "?", path: str = "?") -> Any:
    """The parsed result of a generated ``*_detailed`` call, or raise its typed error."""
    status = int(response.status_code)
    if status >= 400:
        raise status_error(
            status, response.content, method=method, path=path, headers=response.headers
        )
    if response.parsed is None and status != 204:
        raise MalformedResponseError(status_code=status, method=method, path=path)
    return response.parsed


class JobFailedError(RawUGCError):
    """The job ended ``failed``; ``fail_code`` / ``fail_message`` say why (show them).

    Raised by a wait on many jobs, it also carries what that wait knew: ``results`` (job id ->
    finished job) and ``pending`` (job id -> last status) of the other jobs.
    """

    def __init__(
        self,
        job_id: str,
        fail_code: str | None,
        fail_message: str | None,
        job: Any,
        *,
        results: Mapping[str, Any] | None = None,
        pending: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"job {job_id} failed: {fail_code}: {fail_message}")
        self.job_id, self.fail_code, self.fail_message, self.job = (
            job_id,
            fail_code,
            fail_message,
            job,
        )
        self.results: dict[str, Any] = dict(results or {})
        self.pending: dict[str, str] = dict(pending or {})


class JobTimeoutError(RawUGCError):
    """The deadline passed before the jobs finished; ``pending`` maps job id to last status,
    ``results`` maps the id of each job that did finish to its result (paid work: keep it).

    The pending jobs may still complete (and were charged): wait on them again by id.
    """

    def __init__(
        self,
        pending: Mapping[str, str],
        timeout: float,
        *,
        results: Mapping[str, Any] | None = None,
    ) -> None:
        shown = ", ".join(f"{k} ({v})" for k, v in list(pending.items())[:5])
        more = f" and {len(pending) - 5} more" if len(pending) > 5 else ""
        done = f"; {len(results)} finished (see .results)" if results else ""
        super().__init__(f"jobs not finished after {timeout:g} s: {shown}{more}{done}")
        self.pending, self.timeout = dict(pending), timeout
        self.results: dict[str, Any] = dict(results or {})


class JobPendingError(JobTimeoutError):
    """One job of ``wait_many(..., return_exceptions=True)`` still unfinished at the deadline,
    in that job's place: ``job_id`` and its last ``status``. It may still complete (it was
    charged): wait on it again by id."""

    def __init__(self, job_id: str, status: str, timeout: float) -> None:
        RawUGCError.__init__(
            self,
            f"job {job_id} not finished after {timeout:g} s (last status {status}); "
            "it may still complete: wait on it again by its id",
        )
        self.job_id, self.status, self.timeout = job_id, status, timeout
        self.pending: dict[str, str] = {job_id: status}
        self.results: dict[str, Any] = {}


class UnconfirmedChargeError(RawUGCError):
    """A call that spends credits or publishes lost its answer, and its outcome is not known.

    The request may have run on the server and been charged (or published): do not simply send
    it again. ``reason`` is ``"not reconcilable"`` (no operation can find the result: uploads,
    scrapes, analyses), ``"no match"``, ``"ambiguous"`` (several candidates) or
    ``"lookup failed"``; ``searched`` describes the lookup (finder operation and the fields
    compared), ``candidates`` the ids found, ``lost`` what happened to the answer and
    ``idempotency_key`` the key of the call, if any (a key is not a secret).
    """

    def __init__(
        self,
        *,
        operation: str,
        reason: str,
        lost: str,
        searched: str = "",
        candidates: Iterable[str] = (),
        idempotency_key: str | None = None,
    ) -> None:
        found = list(candidates)
        parts = [
            f"{operation}: the answer was lost ({lost}); the request may have run and been "
            "charged (or published)"
        ]
        if reason == "not reconcilable":
            parts.append("no operation can look its result up, so it is not confirmed")
        else:
            parts.append(f"{reason} when looking it up: searched {searched}")
            parts.append(f"candidates: {', '.join(found) if found else 'none'}")
        if idempotency_key is not None:
            parts.append(f"idempotency key {idempotency_key!r}")
        parts.append("check before sending it again")
        super().__init__("; ".join(parts))
        self.operation, self.reason, self.lost = operation, reason, lost
        self.searched, self.candidates = searched, tuple(found)
        self.idempotency_key = idempotency_key


class IdempotencyKeyError(RawUGCError):
    """An idempotency key cannot be used for this call: it was first used for another request
    (``reason="reused"``: another operation or body), or its record is held by a call still
    sending it (``reason="in progress"``). ``key`` names it (keys are not secrets)."""

    def __init__(self, key: str, reason: str, detail: str, *, operation: str | None = None):
        super().__init__(f"idempotency key {key!r}: {detail}")
        self.key, self.reason, self.operation = key, reason, operation

    def as_dict(self) -> dict[str, Any]:
        """Class, message and the key."""
        return {**super().as_dict(), "key": self.key}
