"""The RawUGC API key: read from ``RAWUGC_API_KEY``, sent as a bearer token, never shown."""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping

import httpx

from .errors import MissingAPIKeyError

ENV_API_KEY = "RAWUGC_API_KEY"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def api_key_from_env(environ: Mapping[str, str] | None = None) -> str:
    """The key in ``RAWUGC_API_KEY``; a clear error when it is missing or empty."""
    env = os.environ if environ is None else environ
    key = env.get(ENV_API_KEY, "").strip()
    if not key:
        raise MissingAPIKeyError(
            f"{ENV_API_KEY} is not set or empty: create an API key in the RawUGC dashboard "
            f"and set {ENV_API_KEY} to it (or pass api_key=)"
        )
    return key


def mask(key: str) -> str:
    """Enough of a key to tell keys apart in a repr, never enough to use it."""
    return f"{key[:4]}…{key[-2:]}" if len(key) > 12 else "…"


def redacted(headers: httpx.Headers) -> dict[str, str]:
    """Headers for a log line, credentials replaced."""
    return {k: "[redacted]" if k.lower() in SECRET_HEADERS else v for k, v in headers.items()}


class BearerKeyAuth(httpx.Auth):
    """Send ``Authorization: Bearer <key>`` on every request; the repr shows a masked key."""

    def __init__(self, api_key: str) -> None:
        if not api_key:
            raise MissingAPIKeyError(
                "the API key is empty: create one in the RawUGC dashboard "
                f"and set {ENV_API_KEY} to it"
            )
        self._header = f"Bearer {api_key}"
        self._masked = mask(api_key)

    def __repr__(self) -> str:
        """A masked key only."""
        return f"BearerKeyAuth(api_key={self._masked!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the ``Authorization`` header (again on every attempt)."""
        request.headers["Authorization"] = self._header
        yield request
