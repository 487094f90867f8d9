"""``RawUGC``: the generated ``AuthenticatedClient``, configured from the environment and the spec.

Its httpx clients carry the whole stack: ``BearerKeyAuth`` (the key lives only there),
``RawUGC-Version`` on every request, default timeouts, and the pacing / retrying / raising
transport. ``RawUGC(...).client`` works with every generated function, sync and async.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .._clock import Clock
from .._errors import Secrets, mask
from .._lifecycle import ClientLifecycle
from .._pacing import Limiter, RateLimit, limiter_for
from .._stack import Stack, retry_policy
from .._transport import base_url_from, check_timeout
from .auth import BearerKeyAuth, api_key_from_env
from .operations import SPEC_PACKAGE, default_api_version
from .transport import PROFILE, RetryPolicy, StackOptions

if TYPE_CHECKING:
    from rawugc_client import AuthenticatedClient, Client

    from .._clock import ClockLike
    from ..ledger import Ledger
    from .batch import BatchProgress, BatchRequest, BatchResult
    from .stacked import RawUGCClient

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
KEY_PLACEHOLDER = "[in BearerKeyAuth]"  # the key is never stored on the client
ENV_BASE_URL = "RAWUGC_BASE_URL"


class RawUGC(ClientLifecycle):
    """A RawUGC API client: ``.client`` for every generated function, sync or async.

    The key comes from ``api_key`` or ``RAWUGC_API_KEY``; ``base_url`` from the argument,
    ``RAWUGC_BASE_URL`` or the spec's server; ``api_version`` defaults to the spec's
    ``RawUGC-Version``. Settings are checked here: a bad timeout, key, URL or retry value is
    refused at once with an error naming it. ``max_retries`` (or a full
    ``retry`` policy), ``rate_limit`` (pacing; ``RateLimit(storage="redis://...")`` to share it
    between processes) and ``raise_for_status`` tune the transport; ``transport`` /
    ``async_transport`` replace the network (e.g. ``httpx.MockTransport``); ``clock`` replaces
    the time and the waiting: given a clock object such as a mock's ``ManualClock``
    (``clock=mock.clock``: its ``now``, ``sleep`` and ``asleep``), pacing, job polling and
    retries run on it and cost no real time (``sleep`` / ``async_sleep``, or a plain callable
    of Unix seconds as ``clock``, set one part alone). ``ledger`` keeps the calls made with an
    ``idempotency_key``: ``"sqlite:///jobs.db"`` (processes of one host),
    ``"redis://host:6379/0"`` (several hosts) or a :class:`mediaapis.ledger.Ledger`; without
    one, keys are kept in this process only.
    ``jobs.pending()`` lists the ledger's accepted jobs not yet waited on. Other keyword
    arguments go to the httpx clients.
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
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: ClockLike | Callable[[], float] | None = None,
        environ: Mapping[str, str] | None = None,
        ledger: Ledger | str | None = None,
        **httpx_args: Any,
    ) -> None:
        env = os.environ if environ is None else environ
        from ..ledger import ledger_from  # sqlite3 loads with the first client, not on import

        self.ledger: Ledger = ledger_from(ledger)
        line = Clock.of(clock, sleep, async_sleep)
        sleep, async_sleep = line.sleep, line.asleep
        self._clock = line.now if line.injected else None
        self._sleep, self._async_sleep = sleep, async_sleep
        if line.injected:  # one time line: pacing, polling and retries wait on ``clock``
            rate_limit = replace(
                rate_limit or RateLimit(), clock=line.now, sleep=sleep, async_sleep=async_sleep
            )
        key = api_key_from_env(env) if api_key is None else api_key
        auth = BearerKeyAuth(key)
        self._masked = mask(key)
        self.base_url = base_url_from(base_url, ENV_BASE_URL, env, SPEC_PACKAGE)
        timeout = check_timeout(timeout)
        retry = retry_policy(retry, max_retries, RetryPolicy())
        self.limiter: Limiter = limiter_for(key, self.base_url, rate_limit)
        options = StackOptions(
            limiter=self.limiter,
            retry=retry,
            base_path=urlsplit(self.base_url).path.rstrip("/"),
            raise_for_status=raise_for_status,
            secrets=Secrets(auth.secrets),
        )
        stack = Stack(PROFILE, auth, options, transport, async_transport, sleep, async_sleep)
        version = api_version or default_api_version()
        from .stacked import RawUGCClient  # attrs and the generated client load with the first

        self.client: RawUGCClient = RawUGCClient(
            base_url=self.base_url,
            token=KEY_PLACEHOLDER,
            headers={"RawUGC-Version": version, **(headers or {})},
            timeout=timeout,
            httpx_args=httpx_args,
            stack=stack,
        )

    def batch(
        self,
        requests: Iterable[BatchRequest | Mapping[str, Any]],
        *,
        done: Iterable[BatchResult] = (),
        max_credits: int | None = None,
        unpriced_cost: int | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
        timeout: float | None = None,
        sweep_every: float | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
    ) -> Iterator[BatchResult]:
        """Run many generate requests; yield each line's ``BatchResult`` as it is known.

        ``requests``: ``BatchRequest`` or mappings in the OpenAI Batch API file shape
        (``{"custom_id", "operation", "body"}``; ``operation`` an operationId or a method
        name such as ``images.generate``). Each is checked against the spec first (a bad
        one yields an ``invalid`` result naming its line and field; the rest run), sent
        once at the key's limit with its ``custom_id`` as its idempotency key (kept in the
        client's ledger: a repeat, in this process or, with a shared ledger, another one,
        pays nothing twice), and waited on with the others in one sweep of the list
        operations. ``done``: results of an earlier run, not run again. ``max_credits``
        refuses the lines past the budget (``over_budget``; the spec's prices, an unpriced
        operation at ``unpriced_cost``, settled from ``creditsUsed``). ``on_progress`` gets
        a ``BatchProgress`` after each step. See :mod:`mediaapis.rawugc.batch`.
        """
        from .batch import requests_of, run_batch

        settings = _batch_settings(
            max_credits,
            unpriced_cost,
            min_interval,
            max_interval,
            timeout,
            sweep_every,
            on_progress,
        )
        return run_batch(self, requests_of(requests), done=done, settings=settings)

    def abatch(
        self,
        requests: Iterable[BatchRequest | Mapping[str, Any]],
        *,
        done: Iterable[BatchResult] = (),
        max_credits: int | None = None,
        unpriced_cost: int | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
        timeout: float | None = None,
        sweep_every: float | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
    ) -> AsyncIterator[BatchResult]:
        """Async twin of :meth:`batch`: ``async for result in client.abatch(requests)``."""
        from .batch import arun_batch, requests_of

        settings = _batch_settings(
            max_credits,
            unpriced_cost,
            min_interval,
            max_interval,
            timeout,
            sweep_every,
            on_progress,
        )
        return arun_batch(self, requests_of(requests), done=done, settings=settings)

    @property
    def jobs(self) -> Jobs:
        """The jobs of the ledger: ``jobs.pending()`` after a restart."""
        return Jobs(self)

    def __repr__(self) -> str:
        """The base URL and a masked key."""
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._masked!r})"


def _batch_settings(
    max_credits: int | None,
    unpriced_cost: int | None,
    min_interval: float | None,
    max_interval: float | None,
    timeout: float | None,
    sweep_every: float | None,
    on_progress: Callable[[BatchProgress], None] | None,
) -> Any:
    """A batch's settings, each checked (errors name it) before anything is sent."""
    from .._checks import check_number
    from .batch import Settings

    for name, value in (("max_credits", max_credits), ("unpriced_cost", unpriced_cost)):
        if value is not None:
            check_number(name, value, integer=True, unit=" credits", type_error=ValueError)
    if sweep_every is not None:
        check_number("sweep_every", sweep_every, positive=True, unit=" seconds")
    settings = Settings(
        max_credits=max_credits,
        unpriced_cost=unpriced_cost,
        min_interval=min_interval,
        max_interval=max_interval,
        sweep_every=sweep_every,
        on_progress=on_progress,
    )
    if timeout is not None:
        settings.timeout = timeout
    return settings


def generated_client(
    client: RawUGC | AuthenticatedClient | Client,
) -> AuthenticatedClient | Client:
    """The generated client behind ``client``."""
    return client.client if isinstance(client, RawUGC) else client


@dataclass(frozen=True)
class PendingJob:
    """A job the ledger recorded as accepted and that was not yet waited on to its end.

    ``accepted`` is the generate call's answer (``VideoGenerationAccepted``...), which the job
    resource's ``wait`` / ``wait_many`` take; waiting marks the job done in the ledger.
    """

    key: str
    operation: str
    job_id: str
    accepted: Any


class Jobs:
    """The client's ledger seen as jobs."""

    def __init__(self, client: RawUGC) -> None:
        self._client = client

    def pending(self) -> list[PendingJob]:
        """Accepted jobs not yet waited on (from any process sharing the ledger)."""
        from .._spec import generated_module
        from .reconcile import SPEC_PACKAGE, response_status

        found = []
        for record in self._client.ledger.pending():
            module = generated_module(SPEC_PACKAGE, record.operation)
            status = response_status(record.operation)
            answer = httpx.Response(status, content=(record.result or "null").encode())
            accepted = module._parse_response(client=self._client.client, response=answer)
            assert record.job_id is not None
            found.append(PendingJob(record.key, record.operation, record.job_id, accepted))
        return found
