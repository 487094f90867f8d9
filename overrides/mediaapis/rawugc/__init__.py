"""RawUGC: the client's layer: typed errors, pacing, safe retries, job polling, pagination.

from mediaapis.rawugc import RawUGC, RateLimit, ValidationError

client = RawUGC(rate_limit=RateLimit(storage="redis://localhost:6379"))
video = client.videos.generate_and_wait(model="veo3", prompt="...")

``RawUGC`` / ``AsyncRawUGC`` are the typed clients (``mediaapis.RawUGC``; generated in
``mediaapis_sdk.rawugc``); ``RawUGC(...).client`` also serves every generated function of
``rawugc_client.api`` with the same stack, and the functional helpers (``wait_job``,
``paginate``...) take either.

Every fact about operations (credits, publishing, idempotency, jobs, pages, server, version)
is read from the spec shipped with ``rawugc_client``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from mediaapis_sdk.rawugc import AsyncRawUGC, RawUGC

    from .._pacing import Limiter, RateLimit, limiter_for
    from ..spec import OperationFacts as Operation
    from .auth import ENV_API_KEY, BearerKeyAuth, api_key_from_env
    from .client import DEFAULT_TIMEOUT
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        FieldError,
        IdempotencyKeyError,
        InsufficientCreditsError,
        JobFailedError,
        JobPendingError,
        JobTimeoutError,
        MalformedResponseError,
        MissingAPIKeyError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RawUGCError,
        ServerError,
        UnconfirmedChargeError,
        ValidationError,
        unwrap,
    )
    from .jobs import await_job, await_jobs, job_kinds, result_url, wait_job, wait_jobs
    from .operations import match, operation
    from .pagination import apaginate, paginate, paginated_operations
    from .stacked import RawUGCClient
    from .transport import AsyncRawUGCTransport, RawUGCTransport, RetryPolicy, StackOptions

# public name -> the submodule defining it, imported on first use (``import mediaapis.rawugc``
# stays cheap; the typed clients import only what they use)
_LAZY = {
    "APIConnectionError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AsyncRawUGCTransport": ".transport",
    "AuthenticationError": ".errors",
    "BearerKeyAuth": ".auth",
    "DEFAULT_TIMEOUT": ".client",
    "ENV_API_KEY": ".auth",
    "FieldError": ".errors",
    "IdempotencyKeyError": ".errors",
    "InsufficientCreditsError": ".errors",
    "JobFailedError": ".errors",
    "JobPendingError": ".errors",
    "JobTimeoutError": ".errors",
    "Limiter": "mediaapis._pacing",
    "MalformedResponseError": ".errors",
    "MissingAPIKeyError": ".errors",
    "NotFoundError": ".errors",
    "Operation": ".operations",
    "PermissionDeniedError": ".errors",
    "RateLimit": "mediaapis._pacing",
    "RateLimitError": ".errors",
    "AsyncRawUGC": "mediaapis_sdk.rawugc",
    "RawUGC": "mediaapis_sdk.rawugc",
    "RawUGCClient": ".stacked",
    "RawUGCError": ".errors",
    "RawUGCTransport": ".transport",
    "RetryPolicy": ".transport",
    "ServerError": ".errors",
    "UnconfirmedChargeError": ".errors",
    "StackOptions": ".transport",
    "ValidationError": ".errors",
    "apaginate": ".pagination",
    "api_key_from_env": ".auth",
    "await_job": ".jobs",
    "await_jobs": ".jobs",
    "job_kinds": ".jobs",
    "limiter_for": "mediaapis._pacing",
    "match": ".operations",
    "operation": ".operations",
    "paginate": ".pagination",
    "paginated_operations": ".pagination",
    "result_url": ".jobs",
    "unwrap": ".errors",
    "wait_job": ".jobs",
    "wait_jobs": ".jobs",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_API_KEY",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRawUGC",
    "AsyncRawUGCTransport",
    "AuthenticationError",
    "BearerKeyAuth",
    "FieldError",
    "IdempotencyKeyError",
    "InsufficientCreditsError",
    "JobFailedError",
    "JobPendingError",
    "JobTimeoutError",
    "Limiter",
    "MalformedResponseError",
    "MissingAPIKeyError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawUGC",
    "RawUGCClient",
    "RawUGCError",
    "RawUGCTransport",
    "RetryPolicy",
    "ServerError",
    "StackOptions",
    "UnconfirmedChargeError",
    "ValidationError",
    "apaginate",
    "api_key_from_env",
    "await_job",
    "await_jobs",
    "job_kinds",
    "limiter_for",
    "match",
    "operation",
    "paginate",
    "paginated_operations",
    "result_url",
    "unwrap",
    "wait_job",
    "wait_jobs",
]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
