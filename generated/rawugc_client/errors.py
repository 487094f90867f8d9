"""Contains shared errors types that can be raised from API functions"""

from typing import Any

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class MalformedResponse(Exception):
    """Raised by api functions when a response body does not fit the spec's model"""

    def __init__(self, operation: str, status_code: int, detail: str):
        self.operation = operation
        self.status_code = status_code
        super().__init__(f"{operation}: {detail} (HTTP {status_code})")


def malformed(
    client: Any, response: httpx.Response, module: str, exc: Exception
) -> Exception:
    """The error for a body that does not fit the model of the api function ``module``: the
    client's own typed error when it builds one (``client.malformed_response``), else
    ``MalformedResponse``"""
    detail = f"response does not match the spec ({type(exc).__name__}: {exc})"
    build = getattr(client, "malformed_response", None)
    if build is not None:
        return build(response, module, detail)
    return MalformedResponse(module.rsplit(".", 1)[-1], response.status_code, detail)


__all__ = ["MalformedResponse", "UnexpectedStatus", "malformed"]
