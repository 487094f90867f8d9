"""Typed errors for ICP calls: the Volcengine envelope (``ResponseMetadata.Error`` in any HTTP
status), bodies that are no envelope, and transport failures.

Every error is a :class:`mediaapis.MediaAPIError` (``status_code``, ``operation``: the
operationId, ``request_id``: ``ResponseMetadata.RequestId``) and pickles with its attributes.
Which business codes are worth retrying is read from the spec (``x-volc-error-codes``,
``retryable``). Messages have the client's secrets scrubbed by the transport that builds them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

from .. import _errors as shared
from .._errors import MediaAPIError, scrub

SPEC_PACKAGE = "volc_icp_client"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # as the official Volcengine SDK


@functools.cache
def retryable_codes() -> frozenset[int]:
    """The ``CodeN`` values the spec marks ``retryable`` (throttling, internal failures)."""
    from .._spec import load_spec

    schema = load_spec(SPEC_PACKAGE)["components"]["schemas"]["ResponseError"]
    return frozenset(int(row["CodeN"]) for row in schema["x-volc-error-codes"] if row["retryable"])


class VolcError(MediaAPIError):
    """Base class of every error this package raises for an ICP call."""


class VolcConnectionError(VolcError, shared.APIConnectionError):
    """The ICP request failed in transport (refused, reset, dropped) without a response."""


class VolcTimeoutError(VolcConnectionError, shared.APITimeoutError):
    """The ICP request timed out."""


class VolcResponseError(VolcError, shared.MalformedResponseError):
    """The response was not a Volcengine envelope (not JSON, truncated, or missing metadata)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> None:
        shared.MalformedResponseError.__init__(
            self, message, status_code=status_code, operation=operation, request_id=request_id
        )


class VolcAPIError(VolcError):
    """The service answered with an error envelope: gateway errors and business errors alike.

    ``code_n`` is the numeric code (e.g. 100010 SignatureDoesNotMatch, 804 user does not exist),
    ``code`` its name; ``request_id`` is what Volcengine support asks for.
    """

    def __init__(
        self,
        *,
        status_code: int,
        action: str | None,
        code: str | None,
        code_n: int | None,
        message: str,
        request_id: str | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(
            f"{action or 'request'} failed: {code} ({code_n}): {message} "
            f"[HTTP {status_code}, RequestId {request_id}]"
        )
        self.status_code = status_code
        self.action = action
        self.code = code
        self.code_n = code_n
        self.message = message
        self.request_id = request_id
        self.operation = operation

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed later: throttling and server-side failures."""
        return self.status_code in RETRY_STATUSES or self.code_n in retryable_codes()

    def summary(self) -> str:
        """``HTTP 200 UserNotFound (804): <message>``."""
        return f"HTTP {self.status_code} {self.code} ({self.code_n}): {self.message}"

    def as_dict(self) -> dict[str, Any]:
        """The Volcengine error envelope, under its field names."""
        error = {"Code": self.code, "CodeN": self.code_n, "Message": self.message}
        metadata = {"RequestId": self.request_id, "Action": self.action, "Error": error}
        return {"ResponseMetadata": metadata}


def _text(value: Any, secrets: Iterable[str]) -> str | None:
    """A server string, scrubbed (None stays None)."""
    return None if value is None else scrub(str(value), secrets)


def error_from_document(
    status_code: int,
    document: Any,
    *,
    operation: str | None = None,
    secrets: Iterable[str] = (),
) -> VolcError | None:
    """The error a parsed envelope carries, ``None`` for a success envelope."""
    secrets = tuple(secrets)
    metadata = document.get("ResponseMetadata") if isinstance(document, dict) else None
    if not isinstance(metadata, dict):
        return VolcResponseError(
            "response is not a Volcengine envelope", status_code=status_code, operation=operation
        )
    request_id = _text(metadata.get("RequestId"), secrets)
    error = metadata.get("Error")
    if not error:
        if status_code >= 400:
            return VolcResponseError(
                "error status without ResponseMetadata.Error",
                status_code=status_code,
                operation=operation,
                request_id=request_id,
            )
        return None
    if not isinstance(error, dict):
        error = {"Message": error}
    code_n = error.get("CodeN")
    return VolcAPIError(
        status_code=status_code,
        action=_text(metadata.get("Action"), secrets),
        code=_text(error.get("Code"), secrets),
        code_n=code_n if isinstance(code_n, int) and not isinstance(code_n, bool) else None,
        message=scrub(str(error.get("Message", "")), secrets),
        request_id=request_id,
        operation=operation,
    )


def error_from_body(status_code: int, content: bytes) -> VolcError | None:
    """The error an envelope's bytes carry, ``None`` for a success envelope."""
    try:
        document: Any = json.loads(content)
    except (ValueError, RecursionError):
        return VolcResponseError("response is not a Volcengine envelope", status_code=status_code)
    return error_from_document(status_code, document)
