"""Volcengine access keys, from arguments or the environment, never shown in a repr."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

ENV_ACCESS_KEY = "VOLC_ACCESSKEY"
ENV_SECRET_KEY = "VOLC_SECRETKEY"  # noqa: S105 - the variable's name
ENV_SESSION_TOKEN = "VOLC_SESSION_TOKEN"  # noqa: S105 - the variable's name, not a token


class MissingCredentialsError(RuntimeError):
    """An access key or secret key is neither passed nor set in the environment."""


def mask(value: str) -> str:
    """Show enough of an identifier to tell keys apart, never enough to use it."""
    return f"{value[:4]}…{value[-2:]}" if len(value) > 8 else "…"


@dataclass(frozen=True)
class VolcCredentials:
    """An AK/SK pair with an optional STS session token.

    The secret key and the token are excluded from ``repr`` and comparisons print nothing of
    them; the access key id is shown masked.
    """

    access_key_id: str
    secret_access_key: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.access_key_id:
            raise MissingCredentialsError(f"access key id is empty (set {ENV_ACCESS_KEY})")
        if not self.secret_access_key:
            raise MissingCredentialsError(f"secret access key is empty (set {ENV_SECRET_KEY})")

    def __repr__(self) -> str:
        token = ", session_token=***" if self.session_token else ""
        shown = mask(self.access_key_id)
        return f"VolcCredentials(access_key_id={shown!r}, secret_access_key=***{token})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> VolcCredentials:
        """Read ``VOLC_ACCESSKEY``, ``VOLC_SECRETKEY`` and optional ``VOLC_SESSION_TOKEN``."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_ACCESS_KEY, ENV_SECRET_KEY) if not env.get(name)]
        if missing:
            raise MissingCredentialsError(
                f"missing Volcengine credentials: set {' and '.join(missing)} "
                "(create an AccessKey under Key Management in the Volcengine console)"
            )
        return cls(env[ENV_ACCESS_KEY], env[ENV_SECRET_KEY], env.get(ENV_SESSION_TOKEN) or None)
