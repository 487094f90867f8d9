"""The httpx transport that paces, retries what is safe to retry, and raises typed errors.

Each request is matched to its spec operation by method and path. Reads and idempotent writes
are retried on connection errors, timeouts and 5xx (exponential backoff, full jitter,
``Retry-After`` honoured). Requests that spend credits, publish or create are retried only after
failures proven to happen before sending (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``)
and after a ``429``, which the API does not execute. Bodies are read here, so a truncated or
garbled JSON body is caught (and parsed once: ``response.json()`` reuses the parse).
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .auth import redacted
from .errors import (
    APIConnectionError,
    APITimeoutError,
    MalformedResponseError,
    status_error,
)
from .operations import IDEMPOTENT_METHODS, match
from .ratelimit import Limiter, async_sleep

log = logging.getLogger("mediaapis.rawugc")
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UNSET: Any = object()


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of one request: ``max_retries`` after the first attempt (429s count apart)."""

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    rate_limit_retries: int = 5
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, retry: int, headers: httpx.Headers | None = None) -> float:
        """``Retry-After`` when the server sent one, else full jitter over an exponential cap."""
        after = _retry_after(headers.get("retry-after")) if headers is not None else None
        if after is not None:
            return min(after, self.max_retry_after)
        return self.rng.uniform(0, min(self.max_backoff, self.backoff * 2 ** (retry - 1)))


@dataclass(frozen=True)
class StackOptions:
    """What the sync and async transports share."""

    limiter: Limiter | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    base_path: str = ""
    raise_for_status: bool = True


class BufferedResponse(httpx.Response):
    """A response read in full by the transport; ``json()`` returns the parse made there once."""

    _parsed: Any = _UNSET

    def json(self, **kwargs: Any) -> Any:
        """The parsed body (the transport's parse the first time)."""
        if not kwargs and self._parsed is not _UNSET:
            value, self._parsed = self._parsed, _UNSET
            return value
        return super().json(**kwargs)


class _Exchange:
    """The decisions for one request across its attempts (the same for sync and async)."""

    def __init__(self, options: StackOptions, request: httpx.Request) -> None:
        self.options, self.request = options, request
        path = request.url.path
        if options.base_path and path.startswith(options.base_path):
            path = path[len(options.base_path) :]
        self.path = request.url.path
        op = match(request.method, path)
        self.operation_id = op.operation_id if op else "?"
        if op is not None:
            self.safe = op.retry_safe(_body(request) if op.publishes_when else b"")
        else:
            self.safe = request.method in IDEMPOTENT_METHODS and request.method != "POST"
        self.retries = self.waits = 0

    def sending(self) -> None:
        """Log the attempt about to be sent (credentials redacted)."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "RawUGC %s %s (%s) attempt %d headers=%s",
                self.request.method,
                self.path,
                self.operation_id,
                self.retries + self.waits + 1,
                redacted(self.request.headers),
            )

    def failed(self, exc: Exception) -> float:
        """Seconds to wait before retrying after a transport error, or raise."""
        limiter = self.options.limiter
        if limiter is not None:
            limiter.release()
        retryable = isinstance(exc, NOT_SENT) or self.safe
        if retryable and self.retries < self.options.retry.max_retries:
            self.retries += 1
            delay = self.options.retry.delay(self.retries)
            log.info("RawUGC %s %s: %s; retry %d in %.2fs", *self._what(), exc, self.retries, delay)
            return delay
        what = f"{type(exc).__name__}: {exc}"
        if retryable:
            what += f" (after {self.retries} retries)"
        else:
            what += f"; not repeated: {self.operation_id} may have run and is not safe to repeat"
        error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        raise error(what, method=self.request.method, path=self.path) from exc

    def answered(self, response: BufferedResponse, malformed: bool) -> float | None:
        """Seconds to wait before retrying, None to return ``response``, or raise."""
        status, retry = response.status_code, self.options.retry
        if log.isEnabledFor(logging.DEBUG):
            log.debug("RawUGC %s %s -> %d", self.request.method, self.path, status)
        limiter = self.options.limiter
        wait = limiter.observe(status, response.headers) if limiter is not None else None
        if status == 429 and self.waits < retry.rate_limit_retries:
            self.waits += 1
            log.info("RawUGC %s %s: 429, waiting %.2fs for the window", *self._what(), wait or 0)
            return 0.0 if limiter is not None else retry.delay(1, response.headers)
        transient = status >= 500 or status == 408 or (malformed and status < 400)
        if transient and self.safe and self.retries < retry.max_retries:
            self.retries += 1
            delay = retry.delay(self.retries, response.headers)
            what = (*self._what(), status, self.retries, delay)
            log.info("RawUGC %s %s: %d; retry %d in %.2fs", *what)
            return delay
        if status >= 400 and self.options.raise_for_status:
            raise status_error(
                status,
                response.content,
                method=self.request.method,
                path=self.path,
                headers=response.headers,
            )
        if malformed:
            raise MalformedResponseError(
                status_code=status, method=self.request.method, path=self.path
            )
        return None

    def _what(self) -> tuple[str, str]:
        """Method and path, for log lines."""
        return self.request.method, self.path


def _body(request: httpx.Request) -> bytes:
    """The request body when it is in memory (streamed bodies read as empty)."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` asks for (delay seconds or an HTTP date), None without one."""
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


_DROPPED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _buffer(
    request: httpx.Request, response: httpx.Response, content: bytes | None
) -> tuple[BufferedResponse, bool]:
    """The response with its decoded body, and whether that body is malformed JSON."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED]
    buffered = BufferedResponse(
        response.status_code,
        headers=headers,
        content=content or b"",
        extensions=response.extensions,
        request=request,
    )
    if content is None:  # undecodable (e.g. a truncated gzip stream)
        return buffered, True
    if content and "json" in buffered.headers.get("content-type", ""):
        try:
            buffered._parsed = json.loads(content)
        except ValueError:
            return buffered, True
    return buffered, False


class RawUGCTransport(httpx.BaseTransport):
    """Wrap a transport (``httpx.HTTPTransport`` by default) with pacing, retries and errors."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._options = options or StackOptions()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, pacing and retrying as its operation allows; raise typed errors."""
        exchange = _Exchange(self._options, request)
        limiter = self._options.limiter
        while True:
            if limiter is not None:
                limiter.acquire(self._sleep)
            exchange.sending()
            try:
                response = self._inner.handle_request(request)
                try:
                    content: bytes | None = response.read()
                except httpx.DecodingError:
                    content = None
                finally:
                    response.close()
            except httpx.TransportError as exc:
                self._sleep(exchange.failed(exc))
                continue
            buffered, malformed = _buffer(request, response, content)
            delay = exchange.answered(buffered, malformed)
            if delay is None:
                return buffered
            self._sleep(delay)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncRawUGCTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RawUGCTransport` (``httpx.AsyncHTTPTransport`` by default)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
    ) -> None:
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._options = options or StackOptions()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async twin of :meth:`RawUGCTransport.handle_request`."""
        exchange = _Exchange(self._options, request)
        limiter = self._options.limiter
        while True:
            if limiter is not None:
                await limiter.aacquire(self._sleep)
            exchange.sending()
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    content: bytes | None = await response.aread()
                except httpx.DecodingError:
                    content = None
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                await self._sleep(exchange.failed(exc))
                continue
            buffered, malformed = _buffer(request, response, content)
            delay = exchange.answered(buffered, malformed)
            if delay is None:
                return buffered
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
