"""How a generated client's httpx clients are built with the transport stack (both APIs).

The generated ``Client`` / ``AuthenticatedClient`` builds its httpx clients on first use;
:class:`StackedClient` builds them instead with the auth (bearer key or signer) and the
stack transport of the API's profile. ``with_headers`` / ``with_timeout`` copies keep the stack.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx

from ._errors import ClientClosedError, MediaAPIError
from ._spec import operation_of_module
from ._transport import AsyncStackTransport, Profile, RetryPolicy, StackOptions, StackTransport


@dataclass(frozen=True)
class Stack:
    """What the sync and async httpx clients of one API client are built with."""

    profile: Profile
    auth: httpx.Auth
    options: StackOptions
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]


class StackedClient:
    """Mixin (before the generated client class) building its httpx clients with ``_stack``."""

    _stack: Stack | None
    _closed: bool  # set by close(): no httpx client is built or used after it
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None
    _base_url: str
    _headers: dict[str, str]
    _cookies: dict[str, str]
    _timeout: httpx.Timeout | None
    _follow_redirects: bool
    _httpx_args: dict[str, Any]

    def _settings(self, stack: Stack) -> dict[str, Any]:
        """What both httpx clients are built with (the stack's auth wins)."""
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "cookies": self._cookies,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
            "auth": stack.auth,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client (built on first use)."""
        if self._closed:
            raise ClientClosedError(self._name())
        if self._client is None and (stack := self._stack) is not None:
            transport = StackTransport(
                stack.profile, stack.transport, stack.options, sleep=stack.sleep
            )
            self._client = httpx.Client(transport=transport, **self._settings(stack))
        return super().get_httpx_client()  # type: ignore[misc, no-any-return]

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client (built on first use)."""
        if self._closed:
            raise ClientClosedError(self._name())
        if self._async_client is None and (stack := self._stack) is not None:
            transport = AsyncStackTransport(
                stack.profile, stack.async_transport, stack.options, sleep=stack.async_sleep
            )
            self._async_client = httpx.AsyncClient(transport=transport, **self._settings(stack))
        return super().get_async_httpx_client()  # type: ignore[misc, no-any-return]

    def malformed_response(
        self, response: httpx.Response, module: str, detail: str
    ) -> MediaAPIError:
        """The API's typed error for a success body that does not fit the model of the
        generated api function ``module`` (its ``errors.malformed`` asks the client)."""
        profile = self._stack.profile if self._stack is not None else Profile()
        try:
            operation = operation_of_module(module.split(".", 1)[0], sys.modules[module])
        except (KeyError, LookupError):
            operation = module.rsplit(".", 1)[-1]
        return profile.malformed(response, operation, detail)

    def _name(self) -> str:
        """The client as errors name it: its API and server."""
        api = self._stack.profile.api if self._stack is not None else type(self).__name__
        return f"the {api} client for {self._base_url}"


def retry_policy(
    retry: RetryPolicy | None, max_retries: int | None, default: RetryPolicy
) -> RetryPolicy:
    """The retry policy of a client: ``retry`` (checked) or ``default``, ``max_retries`` applied."""
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    policy = retry or default
    return policy if max_retries is None else replace(policy, max_retries=max_retries)
