"""The RawUGC API key: read from ``RAWUGC_API_KEY``, sent as a bearer token, never shown."""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping

import httpx

from .._errors import SECRET_HEADERS, Secret, mask
from .._transport import redacted
from .errors import MissingAPIKeyError

ENV_API_KEY = "RAWUGC_API_KEY"
__all__ = ["ENV_API_KEY", "SECRET_HEADERS", "BearerKeyAuth", "api_key_from_env", "mask", "redacted"]


def check_api_key(api_key: object) -> str:
    """The key as given, or a clear error: not a string, blank, or not sendable in a header."""
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a string, got {type(api_key).__name__}")
    if not api_key.strip():
        raise MissingAPIKeyError(
            "the API key (api_key) is empty: create one in the RawUGC dashboard "
            f"and set {ENV_API_KEY} to it"
        )
    if not api_key.isascii() or not api_key.isprintable() or api_key != api_key.strip():
        raise ValueError(
            "api_key must be printable ASCII without surrounding spaces (as the dashboard "
            "shows it); check for a stray newline or quote"
        )
    return api_key


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


class BearerKeyAuth(httpx.Auth):
    """Send ``Authorization: Bearer <key>`` on every request; the repr shows a masked key.

    The key is held in a :class:`~mediaapis._errors.Secret`: ``vars()``, ``repr()`` and
    ``pickle`` never show it.
    """

    def __init__(self, api_key: str) -> None:
        self._header = Secret(f"Bearer {check_api_key(api_key)}")
        self._masked = mask(api_key)

    @property
    def secrets(self) -> frozenset[str]:
        """What to scrub from server text: the key, and the header that carries it."""
        header = self._header.reveal()
        return frozenset({header, header.removeprefix("Bearer ")})

    def __repr__(self) -> str:
        """A masked key only."""
        return f"BearerKeyAuth(api_key={self._masked!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the ``Authorization`` header (again on every attempt)."""
        request.headers["Authorization"] = self._header.reveal()
        yield request
