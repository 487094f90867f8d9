"""Volcengine access keys, from arguments or the environment, never shown in a repr."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .._errors import Secret, mask
from .errors import VolcError

ENV_ACCESS_KEY = "VOLC_ACCESSKEY"
ENV_SECRET_KEY = "VOLC_SECRETKEY"  # noqa: S105 - the variable's name
ENV_SESSION_TOKEN = "VOLC_SESSION_TOKEN"  # noqa: S105 - the variable's name, not a token


class MissingCredentialsError(VolcError, RuntimeError):
    """An access key or secret key is neither passed nor set in the environment."""


def _check(name: str, value: object, env: str, *, optional: bool = False) -> str | None:
    """A credential string, or an error naming it (empty, not a string, not sendable)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        if optional:
            return None
        raise MissingCredentialsError(f"{name.replace('_', ' ')} is empty (set {env})")
    if not value.isascii() or not value.isprintable() or value != value.strip():
        raise ValueError(f"{name} must be printable ASCII without surrounding spaces")
    return value


class VolcCredentials:
    """An AK/SK pair with an optional STS session token.

    Each is held in a :class:`~mediaapis._errors.Secret`: ``repr()``, ``vars()`` and ``pickle``
    never show them (the repr shows the access key id masked); the attributes return them.
    """

    __slots__ = ("_access_key_id", "_secret_access_key", "_session_token", "_shown")

    def __init__(
        self, access_key_id: str, secret_access_key: str, session_token: str | None = None
    ) -> None:
        ak = _check("access_key_id", access_key_id, ENV_ACCESS_KEY)
        sk = _check("secret_access_key", secret_access_key, ENV_SECRET_KEY)
        token = _check("session_token", session_token, ENV_SESSION_TOKEN, optional=True)
        assert ak is not None
        assert sk is not None
        self._access_key_id, self._secret_access_key = Secret(ak), Secret(sk)
        self._session_token = Secret(token) if token else None
        self._shown = mask(ak)

    @property
    def access_key_id(self) -> str:
        """The access key id (AK)."""
        return self._access_key_id.reveal()

    @property
    def secret_access_key(self) -> str:
        """The secret access key (SK)."""
        return self._secret_access_key.reveal()

    @property
    def session_token(self) -> str | None:
        """The STS session token, if any."""
        return self._session_token.reveal() if self._session_token is not None else None

    @property
    def secrets(self) -> frozenset[str]:
        """What to scrub from server text: AK, SK and the token."""
        values = (self.access_key_id, self.secret_access_key, self.session_token)
        return frozenset(v for v in values if v)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VolcCredentials):
            return NotImplemented
        return (
            self._access_key_id == other._access_key_id
            and self._secret_access_key == other._secret_access_key
            and self._session_token == other._session_token
        )

    def __hash__(self) -> int:
        return hash(self._access_key_id)

    def __reduce__(self) -> Any:
        raise TypeError("VolcCredentials cannot be pickled (it would write the secrets out)")

    def __repr__(self) -> str:
        token = ", session_token=***" if self._session_token is not None else ""
        return f"VolcCredentials(access_key_id={self._shown!r}, secret_access_key=***{token})"

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
