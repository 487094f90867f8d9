"""RawUGC on the shared transport stack: its profile, and the transports built with it.

Each request is matched to its spec operation (the ``mediaapis.operation`` request extension,
else method and path). Reads and idempotent writes are retried on connection errors, timeouts,
408, 5xx and malformed bodies; requests that spend credits, publish or create only after
failures proven to happen before sending and after a ``429`` (which the API does not execute).
Error responses become the typed errors of :mod:`.errors`, the client's secrets scrubbed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any

import httpx

from .._clock import async_sleep
from .._errors import MediaAPIError
from .._transport import (
    NOT_SENT,
    AsyncStackTransport,
    BufferedResponse,
    Call,
    Profile,
    RetryPolicy,
    StackOptions,
    StackTransport,
    parsed_body,
    retry_after,
)
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MalformedResponseError,
    request_id_of,
    status_error,
)
from .operations import operation

__all__ = [
    "NOT_SENT",
    "AsyncRawUGCTransport",
    "BufferedResponse",
    "RawUGCProfile",
    "RawUGCTransport",
    "RetryPolicy",
    "StackOptions",
    "retry_after",
]


def _body(request: httpx.Request) -> bytes:
    """The request body when it is in memory (streamed bodies read as empty)."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


class RawUGCProfile(Profile):
    """RawUGC's operations, retry safety and RFC 7807 problems."""

    api = "RawUGC"
    log = logging.getLogger("mediaapis.rawugc")
    connection_error = APIConnectionError
    timeout_error = APITimeoutError

    def classify(self, request: httpx.Request, path: str, named: str | None) -> tuple[str, bool]:
        """The spec operation the request names (every request the package sends names it: the
        typed methods, the generated functions, the CLI and the MCP server; it is never found
        from the URL) and whether it is safe to repeat. A request that names none (sent by
        hand through the stack) is safe to repeat only for a read method."""
        op = None
        if named is not None:
            try:
                op = operation(named)
            except KeyError:
                op = None
        if op is None:
            return named or "?", request.method in ("GET", "HEAD", "OPTIONS")
        publishing = op.publishing
        body = _body(request) if publishing is not None and publishing.field else None
        return op.operation_id, op.retry_safe(body)

    def error(
        self, call: Call, response: BufferedResponse, malformed: bool
    ) -> MediaAPIError | None:
        """A problem for a status >= 400; a malformed body of a success."""
        status = response.status_code
        if status >= 400:
            document = parsed_body(response)
            return status_error(
                status,
                document if isinstance(document, dict) else {},
                method=call.method,
                path=call.path,
                headers=response.headers,
                operation=call.operation,
                secrets=call.secrets,
            )
        if malformed:
            return MalformedResponseError(
                status_code=status,
                method=call.method,
                path=call.path,
                operation=call.operation,
                request_id=request_id_of(response.headers),
            )
        return None

    def transient(self, response: BufferedResponse, error: MediaAPIError, malformed: bool) -> bool:
        """5xx, 408, and a malformed success body."""
        status = response.status_code
        return status >= 500 or status == 408 or (malformed and status < 400)

    def returnable(self, error: MediaAPIError) -> bool:
        """Problems (status >= 400) are returned with ``raise_for_status=False``."""
        return isinstance(error, APIStatusError)

    def returned_error(
        self, response: httpx.Response, operation: str, secrets: set[str]
    ) -> MediaAPIError | None:
        """The problem of a returned answer with a status >= 400."""
        if response.status_code < 400:
            return None
        request = response.request
        return status_error(
            response.status_code,
            response.content,
            method=request.method,
            path=request.url.path,
            headers=response.headers,
            operation=operation,
            secrets=secrets,
        )

    def malformed(self, response: httpx.Response, operation: str, detail: str) -> MediaAPIError:
        """A success body that does not fit the operation's model."""
        request = response.request
        return MalformedResponseError(
            f"{operation}: {detail}",
            status_code=response.status_code,
            method=request.method,
            path=request.url.path,
            operation=operation,
            request_id=request_id_of(response.headers),
        )

    def paid_call(
        self, operation: str, request: httpx.Request, key: str | None, client: Any
    ) -> Generator[Any, Any, httpx.Response] | None:
        """Paid work (``x-rawugc-credits``, ``x-rawugc-publishes``, ``x-rawugc-reconcile``) is
        sent once: :mod:`.reconcile` looks a lost answer up and keeps keys in the ledger."""
        from .reconcile import flow_for

        return flow_for(operation, request, key, client)


PROFILE = RawUGCProfile()


class RawUGCTransport(StackTransport):
    """Wrap a transport (``httpx.HTTPTransport`` by default) with pacing, retries and errors."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(PROFILE, inner, options, sleep=sleep)


class AsyncRawUGCTransport(AsyncStackTransport):
    """Async twin of :class:`RawUGCTransport` (``httpx.AsyncHTTPTransport`` by default)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
    ) -> None:
        super().__init__(PROFILE, inner, options, sleep=sleep)
