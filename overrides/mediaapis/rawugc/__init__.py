"""RawUGC: a configured client, typed errors, pacing, safe retries, job polling, pagination.

from mediaapis import rawugc
from rawugc_client.api.videos import generate_video, list_videos

api = rawugc.RawUGC()                      # RAWUGC_API_KEY from the environment
accepted = generate_video.sync(client=api.client, body=...)   # parsed model, or a typed error
video = rawugc.wait_job(api, accepted)      # polls getVideo; video.url once completed
for item in rawugc.paginate(api, list_videos, status="completed"):
    ...

Every fact about operations (credits, publishing, idempotency, jobs, pages, server, version)
is read from the spec shipped with ``rawugc_client``.
"""

from .auth import ENV_API_KEY, BearerKeyAuth, api_key_from_env
from .client import DEFAULT_TIMEOUT, RawUGC, RawUGCClient
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    FieldError,
    InsufficientCreditsError,
    JobFailedError,
    JobTimeoutError,
    MalformedResponseError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RawUGCError,
    ServerError,
    ValidationError,
    unwrap,
)
from .jobs import await_job, await_jobs, job_kinds, result_url, wait_job, wait_jobs
from .operations import Operation, match, operation
from .pagination import apaginate, paginate, paginated_operations
from .ratelimit import Limiter, RateLimit, limiter_for
from .transport import AsyncRawUGCTransport, RawUGCTransport, RetryPolicy, StackOptions

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_API_KEY",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRawUGCTransport",
    "AuthenticationError",
    "BearerKeyAuth",
    "FieldError",
    "InsufficientCreditsError",
    "JobFailedError",
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
