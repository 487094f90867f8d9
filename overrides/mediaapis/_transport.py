"""One transport stack for both APIs: pacing, retries, ``Retry-After``, typed errors, no wedging.

The flow is the same for every API; what differs is a small :class:`Profile`: which operation
a request is, whether repeating it is safe, how an error response maps to a typed error and
whether it is worth retrying. The operation comes from the request extension
``mediaapis.operation`` when the caller set it (the typed clients do), else from the profile's
own matching.

Retries: requests safe to repeat are retried on connection errors, timeouts and the profile's
transient responses (exponential backoff with jitter, ``Retry-After`` honoured, sanitised and
bounded); any request is retried after failures proven to happen before sending
(``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) and after a ``429``. Bodies are read
here, once; the raw header bytes are kept as sent. Whatever happens on a request (cancellation,
``KeyboardInterrupt``, a parse blowing the recursion limit), the limiter's first-request probe
is released, so no later request of the key waits for ever.

This module is the one place where low-level (httpx) errors become ours.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import httpx

from ._checks import check_number
from ._clock import async_sleep
from ._errors import (
    SECRET_HEADERS,
    APIConnectionError,
    APITimeoutError,
    MalformedResponseError,
    MediaAPIError,
    Secrets,
    secrets_in,
)
from ._errors import scrub as _scrub
from ._spec import default_base_url, operation_named

if TYPE_CHECKING:
    from ._pacing import Limiter

OPERATION_EXTENSION = "mediaapis.operation"
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UNSET: Any = object()


# -- settings, validated when built --------------------------------------------------------


def check_timeout(timeout: object, name: str = "timeout") -> httpx.Timeout:
    """An ``httpx.Timeout`` from a Timeout, seconds or None; refuse nan, negatives, zero, types."""
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None:
                check_number(f"{name}.{part}", value, positive=True)
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(
            f"{name} must be an httpx.Timeout, a number of seconds or None, "
            f"got {type(timeout).__name__} {timeout!r}"
        )
    return httpx.Timeout(check_number(name, timeout, positive=True))


def check_base_url(url: object, name: str = "base_url") -> str:
    """An absolute http(s) URL without a trailing slash, or an error naming ``name``."""
    if not isinstance(url, str):
        raise TypeError(f"{name} must be a string URL, got {type(url).__name__}")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"{name} must be an absolute http(s) URL such as https://host/path, got {url!r}"
        )
    return url.strip().rstrip("/")


def base_url_from(given: object, env_name: str, environ: Mapping[str, str], package: str) -> str:
    """The ``base_url`` argument, else the environment's ``env_name``, else the first server
    of the spec ``package`` ships; checked, an error naming where the URL came from."""
    if given is not None:
        return check_base_url(given)
    return check_base_url(environ.get(env_name) or default_base_url(package), env_name)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of one request: ``max_retries`` after the first attempt (429s count apart).

    The n-th backoff is drawn from ``[jitter_floor * cap, cap]`` with
    ``cap = min(max_backoff, backoff * 2 ** (n - 1))`` (full jitter by default; 0.5 waits
    between half the cap and the cap, as the Volcengine SDK does). ``Retry-After`` replaces the
    backoff, bounded by ``max_retry_after``.
    """

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    rate_limit_retries: int = 5
    jitter_floor: float = 0.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("max_retries", "rate_limit_retries"):
            check_number(f"RetryPolicy.{name}", getattr(self, name), integer=True)
        for name in ("backoff", "max_backoff", "max_retry_after", "jitter_floor"):
            check_number(f"RetryPolicy.{name}", getattr(self, name))
        if self.jitter_floor > 1:
            raise ValueError(f"RetryPolicy.jitter_floor must be <= 1, got {self.jitter_floor!r}")

    def delay(self, retry: int, headers: httpx.Headers | None = None) -> float:
        """``Retry-After`` when the server sent a usable one, else jittered backoff."""
        after = retry_after(headers.get("retry-after")) if headers is not None else None
        if after is not None:
            return min(after, self.max_retry_after)
        cap = min(self.max_backoff, self.backoff * 2 ** min(max(retry - 1, 0), 60))
        return self.rng.uniform(self.jitter_floor * cap, cap)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` asks for (>= 0), None without a usable one (garbage, nan, inf)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        try:
            seconds = when.timestamp() - time.time()
        except (OverflowError, ValueError, OSError):
            return None
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


@dataclass(frozen=True)
class StackOptions:
    """What the sync and async transports share.

    ``secrets``: the client's own secrets, scrubbed from server text put into errors (those a
    request carries in its headers are scrubbed as well, without being listed here).
    """

    limiter: Limiter | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    base_path: str = ""
    raise_for_status: bool = True  # False: the API's error answers are returned, not raised
    secrets: Secrets = field(default_factory=Secrets, repr=False)


# -- responses -----------------------------------------------------------------------------


class BufferedResponse(httpx.Response):
    """A response read in full by the transport; ``json()`` returns the parse made there once."""

    _parsed: Any = _UNSET

    def json(self, **kwargs: Any) -> Any:
        """The parsed body (the transport's parse the first time)."""
        if not kwargs and self._parsed is not _UNSET:
            value, self._parsed = self._parsed, _UNSET
            return value
        return super().json(**kwargs)


_DROPPED = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def loads(content: bytes) -> Any:
    """Parsed JSON, or ``_UNSET`` when the bytes are not JSON we can read (garbled, truncated,
    nested past the recursion limit)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return _UNSET


def _buffer(
    request: httpx.Request, response: httpx.Response, content: bytes | None
) -> tuple[BufferedResponse, bool]:
    """The response with its decoded body, and whether that body is malformed JSON.

    Headers are copied as raw bytes: a non-ASCII value (``filename="café.json"``) stays as sent.
    """
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _DROPPED]
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
        parsed = loads(content)
        if parsed is _UNSET:
            return buffered, True
        buffered._parsed = parsed
    return buffered, False


def parsed_body(response: BufferedResponse) -> Any:
    """The body's JSON (the transport's parse when there is one), ``_UNSET`` when not JSON."""
    if response._parsed is not _UNSET:
        return response._parsed
    return loads(response.content) if response.content else _UNSET


# -- what differs per API ------------------------------------------------------------------


class Profile:
    """The API-specific part of the stack (subclass per API)."""

    api: ClassVar[str] = "API"
    log: ClassVar[logging.Logger] = logging.getLogger("mediaapis")
    connection_error: ClassVar[type[APIConnectionError]] = APIConnectionError
    timeout_error: ClassVar[type[APITimeoutError]] = APITimeoutError

    def classify(self, request: httpx.Request, path: str, named: str | None) -> tuple[str, bool]:
        """(operationId or "?", whether repeating the request is harmless); ``named`` is the
        operation the caller declared in the request extension, if any."""
        return named or "?", request.method in ("GET", "HEAD", "OPTIONS")

    def error(
        self, call: Call, response: BufferedResponse, malformed: bool
    ) -> MediaAPIError | None:
        """The typed error this response means, None for a success."""
        raise NotImplementedError

    def transient(self, response: BufferedResponse, error: MediaAPIError, malformed: bool) -> bool:
        """Whether the same request may succeed if sent again."""
        raise NotImplementedError

    def returnable(self, error: MediaAPIError) -> bool:
        """Whether ``raise_for_status=False`` returns the response instead of raising ``error``
        (the API's own error answers; never an unreadable body)."""
        return False

    def paid_call(
        self, operation: str, request: httpx.Request, key: str | None, client: Any
    ) -> Generator[Any, Any, httpx.Response] | None:
        """The flow sending paid work at most once (steps of ``mediaapis._resource``: Send,
        Find, Sleep), for ``client``'s ledger and clock; None when the operation is no paid
        work (the request is simply sent)."""
        return None

    def returned_error(
        self, response: httpx.Response, operation: str, secrets: set[str]
    ) -> MediaAPIError | None:
        """The typed error of an error answer the stack returned instead of raising it
        (``raise_for_status=False``), scrubbed of ``secrets``; None for a success."""
        return None

    def result(self, data: Any, member: str) -> Any:
        """The part of a success body that is the operation's model (``member`` of an
        envelope when the operation has one); None when it is missing."""
        return data

    def malformed(self, response: httpx.Response, operation: str, detail: str) -> MediaAPIError:
        """The typed error for a success body that does not fit the operation's model."""
        return MalformedResponseError(
            f"{operation}: {detail}",
            status_code=response.status_code,
            operation=operation,
            request_id=response.headers.get("x-request-id"),
        )


class Call:
    """What a profile may read about the request being answered."""

    def __init__(self, request: httpx.Request, path: str, operation: str, secrets: frozenset[str]):
        self.request, self.path, self.operation = request, path, operation
        self.method = request.method
        self.secrets = secrets

    def scrub(self, text: str) -> str:
        """Server text with the client's secrets removed."""
        return _scrub(text, self.secrets)


def redacted(headers: httpx.Headers) -> dict[str, str]:
    """Headers for a log line, credentials replaced."""
    return {k: "[redacted]" if k.lower() in SECRET_HEADERS else v for k, v in headers.items()}


def _origin(url: httpx.URL) -> str:
    """``scheme://host[:port]`` of a URL, for error messages."""
    netloc = url.netloc.decode("ascii", "replace")
    return f"{url.scheme}://{netloc}" if url.scheme else netloc


class _Exchange:
    """The decisions for one request across its attempts (the same for sync and async)."""

    def __init__(self, options: StackOptions, profile: Profile, request: httpx.Request) -> None:
        self.options, self.profile, self.request = options, profile, request
        path = request.url.path
        relative = path
        if options.base_path and path.startswith(options.base_path):
            relative = path[len(options.base_path) :]
        named = request.extensions.get(OPERATION_EXTENSION)
        self.operation, self.safe = profile.classify(
            request, relative, operation_named(named) if isinstance(named, str) else None
        )
        secrets = options.secrets.values() | secrets_in(request.headers.multi_items())
        self.call = Call(request, path, self.operation, frozenset(secrets))
        self.retries = self.waits = 0
        self.holds_slot = False
        self.response: BufferedResponse | None = None

    # -- the limiter's slot and first-request probe --------------------------------------

    def acquired(self) -> None:
        """The limiter let this attempt go (its slot, or the probe that learns the limit)."""
        self.holds_slot = self.options.limiter is not None

    def release(self) -> None:
        """This attempt is over without an answer the limiter saw: free what it holds."""
        if self.holds_slot and self.options.limiter is not None:
            self.holds_slot = False
            self.options.limiter.release()

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """Release the probe whatever ends the request early (cancellation included)."""
        try:
            yield
        except BaseException:
            self.release()
            raise

    # -- one attempt -----------------------------------------------------------------------

    def sending(self) -> None:
        """Log the attempt about to be sent (credentials redacted)."""
        if self.profile.log.isEnabledFor(logging.DEBUG):
            self.profile.log.debug(
                "%s %s %s (%s) attempt %d headers=%s",
                self.profile.api,
                self.request.method,
                self.call.path,
                self.operation,
                self.retries + self.waits + 1,
                redacted(self.request.headers),
            )

    def failed(self, exc: httpx.TransportError) -> float:
        """Seconds to wait before retrying after a transport error, or raise our typed error.

        Call it outside the ``except`` block: the error raised keeps no link to the httpx
        error (which holds the signed request) but a scrubbed copy of it as its cause.
        """
        self.release()
        retryable = isinstance(exc, NOT_SENT) or self.safe
        retry = self.options.retry
        if retryable and self.retries < retry.max_retries:
            self.retries += 1
            delay = retry.delay(self.retries)
            self.profile.log.info(
                "%s %s %s: %s; retry %d in %.2fs",
                self.profile.api,
                *self._what(),
                type(exc).__name__,
                self.retries,
                delay,
            )
            return delay
        text = self.call.scrub(str(exc))
        what = f"{type(exc).__name__}: {text}"
        if retryable:
            what += f" (after {self.retries} retries)"
        else:
            what += f"; not repeated: {self.operation} may have run and is not safe to repeat"
        timed_out = isinstance(exc, httpx.TimeoutException)
        cls = self.profile.timeout_error if timed_out else self.profile.connection_error
        error = cls(
            what,
            method=self.request.method,
            path=self.call.path,
            host=_origin(self.request.url),
            operation=self.operation,
        )
        error.__cause__ = type(exc)(text)  # the kind of failure, without the request
        raise error

    def answered(self, response: httpx.Response, content: bytes | None) -> float | None:
        """Seconds to wait before retrying, None to return ``self.response``, or raise."""
        buffered, malformed = _buffer(self.request, response, content)
        self.response = buffered
        status, retry = buffered.status_code, self.options.retry
        if self.profile.log.isEnabledFor(logging.DEBUG):
            self.profile.log.debug("%s %s %s -> %d", self.profile.api, *self._what(), status)
        limiter = self.options.limiter
        wait = limiter.observe(status, buffered.headers) if limiter is not None else None
        self.holds_slot = False  # observe() released it
        if status == 429 and self.waits < retry.rate_limit_retries:
            self.waits += 1
            self.profile.log.info(
                "%s %s %s: 429, waiting %.2fs", self.profile.api, *self._what(), wait or 0
            )
            return 0.0 if limiter is not None else retry.delay(self.waits, buffered.headers)
        error = self.profile.error(self.call, buffered, malformed)
        if error is None:
            return None
        # a 429 is waited out above only: its waits used up, it is not retried again
        transient = status != 429 and self.profile.transient(buffered, error, malformed)
        if transient and self.safe and self.retries < retry.max_retries:
            self.retries += 1
            delay = retry.delay(self.retries, buffered.headers)
            what = (self.profile.api, *self._what(), status, self.retries, delay)
            self.profile.log.info("%s %s %s: %d; retry %d in %.2fs", *what)
            return delay
        if self.options.raise_for_status or not self.profile.returnable(error):
            raise error
        return None

    def _what(self) -> tuple[str, str]:
        """Method and path, for log lines."""
        return self.request.method, self.call.path


def _bounded(delay: float) -> float:
    """A wait that is always a finite number >= 0 (whatever computed it)."""
    return delay if math.isfinite(delay) and delay > 0 else 0.0


class StackTransport(httpx.BaseTransport):
    """Wrap a transport (``httpx.HTTPTransport`` by default) with the stack of ``profile``."""

    def __init__(
        self,
        profile: Profile,
        inner: httpx.BaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._profile = profile
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._options = options or StackOptions()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, pacing and retrying as its operation allows; raise typed errors."""
        exchange = _Exchange(self._options, self._profile, request)
        limiter = self._options.limiter
        with exchange.guarded():
            while True:
                if limiter is not None:
                    limiter.acquire(self._sleep)
                exchange.acquired()
                exchange.sending()
                failure: httpx.TransportError | None = None
                content: bytes | None = None
                try:
                    response = self._inner.handle_request(request)
                    try:
                        content = response.read()
                    except httpx.DecodingError:
                        content = None
                    finally:
                        response.close()
                except httpx.TransportError as exc:
                    failure = exc
                if failure is not None:
                    self._sleep(_bounded(exchange.failed(failure)))
                    continue
                delay = exchange.answered(response, content)
                if delay is None:
                    assert exchange.response is not None
                    return exchange.response
                self._sleep(_bounded(delay))

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncStackTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`StackTransport` (``httpx.AsyncHTTPTransport`` by default)."""

    def __init__(
        self,
        profile: Profile,
        inner: httpx.AsyncBaseTransport | None = None,
        options: StackOptions | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
    ) -> None:
        self._profile = profile
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._options = options or StackOptions()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async twin of :meth:`StackTransport.handle_request`."""
        exchange = _Exchange(self._options, self._profile, request)
        limiter = self._options.limiter
        with exchange.guarded():
            while True:
                if limiter is not None:
                    await limiter.aacquire(self._sleep)
                exchange.acquired()
                exchange.sending()
                failure: httpx.TransportError | None = None
                content: bytes | None = None
                try:
                    response = await self._inner.handle_async_request(request)
                    try:
                        content = await response.aread()
                    except httpx.DecodingError:
                        content = None
                    finally:
                        await response.aclose()
                except httpx.TransportError as exc:
                    failure = exc
                if failure is not None:
                    await self._sleep(_bounded(exchange.failed(failure)))
                    continue
                delay = exchange.answered(response, content)
                if delay is None:
                    assert exchange.response is not None
                    return exchange.response
                await self._sleep(_bounded(delay))

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()


def scrubbed_headers(headers: Mapping[str, str], call: Call) -> dict[str, str]:
    """Response headers (lowercased names) with the client's secrets removed from values."""
    return {k.lower(): call.scrub(v) for k, v in headers.items()}
