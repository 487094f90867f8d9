"""Typed errors for the Volcengine envelope: ``ResponseMetadata.Error`` in any HTTP status."""

from __future__ import annotations

import json
from typing import Any


class VolcError(Exception):
    """Base class of every error this package raises for an ICP call."""


class VolcResponseError(VolcError):
    """The response was not a Volcengine envelope (not JSON, truncated, or missing metadata)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message if status_code is None else f"{message} (HTTP {status_code})")
        self.status_code = status_code


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

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed later: throttling and server-side failures."""
        throttled_or_failed = self.status_code == 429 or self.status_code >= 500
        return throttled_or_failed or self.code_n in (500, 707, 100014, 100018)


def error_from_body(status_code: int, content: bytes) -> VolcError | None:
    """The error an envelope carries, ``None`` for a success envelope."""
    try:
        document: Any = json.loads(content)
        metadata = document["ResponseMetadata"]
    except (ValueError, TypeError, KeyError):
        return VolcResponseError("response is not a Volcengine envelope", status_code=status_code)
    error = metadata.get("Error") if isinstance(metadata, dict) else None
    if not error:
        if status_code >= 400:
            return VolcResponseError(
                "error status without ResponseMetadata.Error", status_code=status_code
            )
        return None
    return VolcAPIError(
        status_code=status_code,
        action=metadata.get("Action"),
        code=error.get("Code"),
        code_n=error.get("CodeN"),
        message=str(error.get("Message", "")),
        request_id=metadata.get("RequestId"),
    )
