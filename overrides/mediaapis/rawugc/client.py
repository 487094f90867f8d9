"""``RawUGC``: the generated ``AuthenticatedClient``, configured from the environment and the spec.

Its httpx clients carry the whole stack: ``BearerKeyAuth`` (the key lives only there),
``RawUGC-Version`` on every request, default timeouts, and the pacing / retrying / raising
transport. ``RawUGC(...).client`` works with every generated function, sync and async.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import httpx
from attrs import define, field

from rawugc_client import AuthenticatedClient, Client

from .._errors import Secrets
from .._lifecycle import ClientLifecycle
from .._transport import async_sleep, check_base_url, check_timeout
from .auth import BearerKeyAuth, api_key_from_env, mask
from .operations import default_api_version, default_base_url
from .ratelimit import Limiter, RateLimit, limiter_for
from .transport import AsyncRawUGCTransport, RawUGCTransport, RetryPolicy, StackOptions

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
KEY_PLACEHOLDER = "[in BearerKeyAuth]"  # the key is never stored on the client
ENV_BASE_URL = "RAWUGC_BASE_URL"


@dataclass(frozen=True)
class _Stack:
    """How to build the httpx clients of a :class:`RawUGCClient` (sync and async)."""

    auth: BearerKeyAuth
    options: StackOptions
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    httpx_args: Mapping[str, Any]


@define
class RawUGCClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` whose httpx clients are built with the RawUGC stack.

    ``with_headers``/``with_timeout`` copies keep the stack (and the process's rate limiter).
    """

    _stack: _Stack | None = field(default=None, kw_only=True, alias="stack", repr=False)

    def _settings(self, stack: _Stack) -> dict[str, Any]:
        """What the sync and async httpx clients are built with."""
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "cookies": self._cookies,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "auth": stack.auth,
            **stack.httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client (built on first use)."""
        if self._client is None and (stack := self._stack) is not None:
            transport = RawUGCTransport(stack.transport, stack.options, sleep=stack.sleep)
            self._client = httpx.Client(transport=transport, **self._settings(stack))
        return super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client (built on first use)."""
        if self._async_client is None and (stack := self._stack) is not None:
            options, sleep = stack.options, stack.async_sleep
            transport = AsyncRawUGCTransport(stack.async_transport, options, sleep=sleep)
            self._async_client = httpx.AsyncClient(transport=transport, **self._settings(stack))
        return super().get_async_httpx_client()


class RawUGC(ClientLifecycle):
    """A RawUGC API client: ``.client`` for every generated function, sync or async.

    The key comes from ``api_key`` or ``RAWUGC_API_KEY``; ``base_url`` from the argument,
    ``RAWUGC_BASE_URL`` or the spec's server; ``api_version`` defaults to the spec's
    ``RawUGC-Version``. Settings are checked here: a bad timeout, key, URL or retry value is
    refused at once with an error naming it. ``max_retries`` (or a full
    ``retry`` policy), ``rate_limit`` (pacing; ``RateLimit(storage="redis://...")`` to share it
    between processes) and ``raise_for_status`` tune the transport; ``transport`` /
    ``async_transport`` replace the network (e.g. ``httpx.MockTransport``); ``sleep`` /
    ``async_sleep`` replace waiting and ``clock`` (Unix seconds) the time: given a mock's
    ``ManualClock`` (``clock=mock.clock, sleep=mock.clock.sleep,
    async_sleep=mock.clock.asleep``), pacing, job polling and retries run on it and cost no
    real time. Other keyword arguments go to the httpx clients.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = None,
        raise_for_status: bool = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = async_sleep,
        clock: Callable[[], float] | None = None,
        environ: Mapping[str, str] | None = None,
        **httpx_args: Any,
    ) -> None:
        env = os.environ if environ is None else environ
        if clock is not None and not callable(clock):
            raise TypeError(f"clock must be a callable returning Unix seconds, got {clock!r}")
        self._clock, self._sleep, self._async_sleep = clock, sleep, async_sleep
        if clock is not None:  # one time line: pacing, polling and retries wait on ``clock``
            rate_limit = replace(
                rate_limit or RateLimit(), clock=clock, sleep=sleep, async_sleep=async_sleep
            )
        key = api_key_from_env(env) if api_key is None else api_key
        auth = BearerKeyAuth(key)
        self._masked = mask(key)
        if base_url is None:
            base_url, name = env.get(ENV_BASE_URL) or default_base_url(), ENV_BASE_URL
        else:
            name = "base_url"
        self.base_url = check_base_url(base_url, name)
        timeout = check_timeout(timeout)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        retry = retry or RetryPolicy()
        if max_retries is not None:
            retry = replace(retry, max_retries=max_retries)
        self.limiter: Limiter = limiter_for(key, self.base_url, rate_limit)
        options = StackOptions(
            limiter=self.limiter,
            retry=retry,
            base_path=urlsplit(self.base_url).path.rstrip("/"),
            raise_for_status=raise_for_status,
            secrets=Secrets(auth.secrets),
        )
        stack = _Stack(auth, options, transport, async_transport, sleep, async_sleep, httpx_args)
        version = api_version or default_api_version()
        self.client = RawUGCClient(
            base_url=self.base_url,
            token=KEY_PLACEHOLDER,
            headers={"RawUGC-Version": version, **(headers or {})},
            timeout=timeout,
            stack=stack,
        )

    def __repr__(self) -> str:
        """The base URL and a masked key."""
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._masked!r})"


def generated_client(
    client: RawUGC | AuthenticatedClient | Client,
) -> AuthenticatedClient | Client:
    """The generated client behind ``client``."""
    return client.client if isinstance(client, RawUGC) else client
