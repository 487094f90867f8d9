"""ICP on the shared transport stack: which action a request is, and what its answers mean.

Every ICP action is a read, so every one is retried (as the official Volcengine SDK does: three
retries, jittered backoff) after connection errors, timeouts, HTTP 429/500/502/503/504, bodies
that are no envelope, and the business codes the spec marks ``retryable``. Every failure raises
a typed :class:`~.errors.VolcError`: an error envelope in any HTTP status (200 included), an
HTML error page, garbage or truncated JSON, a transport failure.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from .._errors import MediaAPIError
from .._transport import BufferedResponse, Call, Profile, RetryPolicy, parsed_body
from .errors import (
    RETRY_STATUSES,
    SPEC_PACKAGE,
    VolcAPIError,
    VolcConnectionError,
    VolcResponseError,
    VolcTimeoutError,
    error_from_document,
    retryable_codes,
)


def default_retry() -> RetryPolicy:
    """The official SDK's policy: 3 retries, backoff between the base and twice it."""
    return RetryPolicy(
        max_retries=3, rate_limit_retries=3, backoff=0.6, max_backoff=10.0, jitter_floor=0.5
    )


@functools.cache
def _actions() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """(Action -> operationId, operationId -> Action) from the operations' facts."""
    from ..spec import operations

    by_action = {
        known.action: known.operation_id
        for known in operations(SPEC_PACKAGE).values()
        if known.action is not None
    }
    return by_action, {v: k for k, v in by_action.items()}


class ICPProfile(Profile):
    """ICP's actions (reads, ``x-idempotent`` in the spec) and the Volcengine envelope."""

    api = "ICP"
    log = logging.getLogger("mediaapis.icp")
    connection_error = VolcConnectionError
    timeout_error = VolcTimeoutError

    def classify(self, request: httpx.Request, path: str, named: str | None) -> tuple[str, bool]:
        """The operationId (declared, else from ``Action``); safe to repeat when the spec marks
        it ``x-idempotent`` (all three actions are reads)."""
        by_action, by_operation = _actions()
        operation = str(named) if named in by_operation else None
        action = request.url.params.get("Action")
        if operation is None and action in by_action:
            operation = by_action[str(action)]
        if operation is None:
            return named or action or "?", False
        from ..spec import operations

        return operation, operations(SPEC_PACKAGE)[operation].idempotent

    def error(
        self, call: Call, response: BufferedResponse, malformed: bool
    ) -> MediaAPIError | None:
        """The envelope's error, whatever the status; a body that is no envelope."""
        status = response.status_code
        document = parsed_body(response)
        if malformed or not isinstance(document, dict):
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            what = "truncated or invalid JSON" if malformed else f"not a JSON envelope ({kind})"
            return VolcResponseError(
                f"{call.operation}: response is not a Volcengine envelope: {what}",
                status_code=status,
                operation=call.operation,
            )
        return error_from_document(status, document, operation=call.operation, secrets=call.secrets)

    def transient(self, response: BufferedResponse, error: MediaAPIError, malformed: bool) -> bool:
        """Throttling, server failures, retryable business codes, unreadable success bodies."""
        if response.status_code in RETRY_STATUSES:
            return True
        if isinstance(error, VolcAPIError):
            return error.code_n in retryable_codes()
        return isinstance(error, VolcResponseError) and response.status_code < 400

    def returnable(self, error: MediaAPIError) -> bool:
        """Error envelopes (any status) are returned with ``raise_for_status=False``."""
        return isinstance(error, VolcAPIError)

    def returned_error(
        self, response: httpx.Response, operation: str, secrets: set[str]
    ) -> MediaAPIError | None:
        """The envelope's error (any status) of a returned answer."""
        try:
            document = response.json() if response.content else None
        except (ValueError, RecursionError):
            return None  # not JSON: reading the result says so
        return error_from_document(
            response.status_code, document, operation=operation, secrets=secrets
        )

    def result(self, data: Any, member: str) -> Any:
        """``member`` (``Result``) of a success envelope."""
        if not member:
            return data
        return data.get(member) if isinstance(data, Mapping) else None

    def malformed(self, response: httpx.Response, operation: str, detail: str) -> MediaAPIError:
        """A success envelope whose ``Result`` does not fit the action's model."""
        return VolcResponseError(
            f"{operation}: {detail}", status_code=response.status_code, operation=operation
        )


PROFILE = ICPProfile()
