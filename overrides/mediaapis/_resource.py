"""What the generated resource classes (``mediaapis_sdk``) stand on: one call flow, two drivers.

A resource method (``client.videos.get(...)``, generated from the spec's ``x-sdk-name``) hands
an :class:`Endpoint` and its arguments to :meth:`SyncAPIResource._request` or its async twin.
Everything but the I/O is shared: the generated function module builds the request
(``request_kwargs``), :func:`build_request` adds the per-call options and names the operation in
the request's extensions (so the transport knows it from the call, never from the URL), and
:class:`APIResponse` parses the 2xx body into the endpoint's model. Errors are raised by the
transport stack underneath, so a method returns its model, typed exactly.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast

import httpx

from ._checks import check_number
from ._errors import MediaAPIError, secrets_in
from ._transport import OPERATION_EXTENSION, Profile
from ._validation import check_request

if TYPE_CHECKING:
    from ._pages import AsyncPage, AsyncPaginator, Paging, SyncPage

T = TypeVar("T")
P = ParamSpec("P")


class NotGiven:
    """The type of :data:`NOT_GIVEN`: a per-call option left to the client's setting."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        """The one instance."""
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        """Falsy, like ``None``."""
        return False

    def __repr__(self) -> str:
        """``NOT_GIVEN``."""
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
Timeout = float | httpx.Timeout | None
"""A per-call timeout: seconds, an ``httpx.Timeout``, or None for no timeout."""


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One operation as a resource method calls it (a constant of the generated modules).

    ``module`` is the generated function module (its ``request_kwargs`` builds the request);
    ``parse`` turns the 2xx JSON into the model; ``result`` names the envelope member that
    holds the result (ICP's ``Result``), or is empty when the body is the model itself.
    """

    operation_id: str
    module: ModuleType
    parse: Callable[[Any], T]
    result: str = ""


class _HTTPClients(Protocol):
    """A generated client: it builds the httpx clients that carry the whole stack."""

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class HasGeneratedClient(Protocol):
    """The part of an API client a resource uses."""

    @property
    def client(self) -> _HTTPClients: ...


@dataclass(frozen=True)
class Batch:
    """An operation whose list argument is sent in chunks of the spec's limit (``x-sdk-batch``).

    ``attr`` is the body attribute holding the list, ``limit`` the most per request, ``items``
    the attribute path of each answer's list; the answers' items are joined in order.
    """

    attr: str
    limit: int
    items: tuple[str, ...]

    def split(
        self, arguments: Mapping[str, Any], size: int | NotGiven = NOT_GIVEN
    ) -> list[dict[str, Any]]:
        """The arguments of each request (none for an empty list): chunks of ``size`` items
        (checked: 1 to the spec's limit), the spec's limit by default. The one place a list
        argument is split."""
        import attrs

        chunk = self.size(size)
        body = arguments["body"]
        values = getattr(body, self.attr)
        if isinstance(values, str | bytes) or not isinstance(values, Iterable):
            raise TypeError(f"{self.attr} must be a list, not {type(values).__name__}")
        values = list(values)
        return [
            {**arguments, "body": attrs.evolve(body, **{self.attr: values[at : at + chunk]})}
            for at in range(0, len(values), chunk)
        ]

    def size(self, size: int | NotGiven = NOT_GIVEN) -> int:
        """The items per request: ``size`` (checked: 1 to the spec's limit), else the limit."""
        if isinstance(size, NotGiven):
            return self.limit
        checked = check_number("batch_size", size, integer=True, positive=True, at_most=self.limit)
        return int(checked)

    def items_of(self, answer: Any) -> list[Any]:
        """One answer's items."""
        for name in self.items:
            answer = getattr(answer, name, None)
            if answer is None or type(answer).__name__ == "Unset":
                return []
        return list(answer)


def build_request(
    endpoint: Endpoint[Any],
    arguments: Mapping[str, Any],
    timeout: Timeout | NotGiven,
    extra_headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request``: the generated request plus the options."""
    kwargs: dict[str, Any] = endpoint.module.request_kwargs(**arguments)
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    if not isinstance(timeout, NotGiven):
        kwargs["timeout"] = timeout
    kwargs["extensions"] = {OPERATION_EXTENSION: endpoint.operation_id}
    return kwargs


class APIResponse(Generic[T]):
    """A raw answer (``with_raw_response``): status, headers, request id, and :meth:`parse`."""

    def __init__(
        self, http_response: httpx.Response, endpoint: Endpoint[T], profile: Profile | None = None
    ) -> None:
        self.http_response = http_response
        self._endpoint = endpoint
        self._profile = profile or Profile()
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def operation(self) -> str:
        """The operationId answered."""
        return self._endpoint.operation_id

    @property
    def request_id(self) -> str | None:
        """The request id support asks for: ``X-Request-Id``, or ICP's ``ResponseMetadata``."""
        header: str | None = self.headers.get("x-request-id")
        if header or not self._endpoint.result:
            return header
        metadata = self._json().get("ResponseMetadata")
        value = metadata.get("RequestId") if isinstance(metadata, Mapping) else None
        return str(value) if value is not None else None

    def _json(self) -> Mapping[str, Any]:
        """The body as a JSON object (empty when it is none)."""
        if not self.http_response.content:
            return {}
        data = self.http_response.json()
        return data if isinstance(data, Mapping) else {}

    def error(self) -> MediaAPIError | None:
        """The API's typed error this answer carries (an error answer returned because the
        client has ``raise_for_status=False``), as its API's profile maps it; None for a
        success. :meth:`parse` raises it."""
        return _returned_error(self.http_response, self.operation, self._profile)

    def parse(self) -> T:
        """The response as the operation's model (parsed once)."""
        if self._parsed is None:
            self._parsed = (_parse(self._endpoint, self.http_response, self._profile),)
        return self._parsed[0]

    def __repr__(self) -> str:
        """Operation and status."""
        return f"<APIResponse [{self.status_code}] {self.operation}>"


def _parse(endpoint: Endpoint[T], response: httpx.Response, profile: Profile) -> T:
    """The body as the endpoint's model. The stack raises for error answers; one it returned
    (``raise_for_status=False``) raises its API's typed error here (the profile's), scrubbed of
    the request's secrets."""
    operation = endpoint.operation_id
    error = _returned_error(response, operation, profile)
    if error is not None:
        raise error
    if response.status_code == 204 or not response.content:
        return endpoint.parse(None)
    try:
        data = response.json()
    except (ValueError, RecursionError) as exc:
        raise profile.malformed(response, operation, "response body is not valid JSON") from exc
    if endpoint.result:
        data = profile.result(data, endpoint.result)
        if data is None:
            detail = f"success envelope without {endpoint.result}"
            raise profile.malformed(response, operation, detail)
    try:
        return endpoint.parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"response does not match the spec ({type(exc).__name__}: {exc})"
        raise profile.malformed(response, operation, detail) from exc


def _secrets(response: httpx.Response) -> set[str]:
    """The secrets the answered request carried (scrubbed from any error text)."""
    return secrets_in(response.request.headers.multi_items())


def _returned_error(
    response: httpx.Response, operation: str, profile: Profile
) -> MediaAPIError | None:
    """The profile's typed error of a returned answer, scrubbed of the request's secrets."""
    return profile.returned_error(response, operation, _secrets(response))


def returned_error(client: HasGeneratedClient, response: httpx.Response) -> MediaAPIError | None:
    """The typed error (the profile of the API ``client`` talks to) of an answer sent through
    the client's stack and returned, not raised; None for a success. The operation is the one
    the request named."""
    operation = response.request.extensions.get(OPERATION_EXTENSION)
    return _returned_error(response, str(operation or "?"), profile_of(client))


def profile_of(client: HasGeneratedClient) -> Profile:
    """The profile (error map, envelope) of the API a typed client talks to."""
    stack = getattr(client.client, "_stack", None)
    return stack.profile if stack is not None else Profile()


def none(_: Any) -> None:
    """The parse of an answer without a body (204)."""
    return None


def model_body(model: Callable[..., T], fields: Mapping[str, Any], *, required: bool) -> Any:
    """The request body built from a method's keyword arguments (one per field of ``model``).

    With none of an optional body's fields given, the body is left out.
    """
    types = importlib.import_module(f"{model.__module__.split('.')[0]}.types")
    given = {name: value for name, value in fields.items() if not isinstance(value, NotGiven)}
    named = [name for name, value in given.items() if not isinstance(value, types.Unset)]
    if not required and not named:
        return types.UNSET
    try:
        return model(**given)
    except TypeError as exc:
        name = getattr(model, "__name__", "the body")
        raise TypeError(f"{name}: {str(exc).split('() ', 1)[-1]}") from None


def fields_of(model: Any) -> dict[str, Any]:
    """The keyword arguments of a request model a method takes: ``client.videos.generate(
    **fields_of(GenerateVideoRequest.from_dict(payload)))`` sends a model built elsewhere."""
    import attrs

    if not attrs.has(type(model)):
        raise TypeError(f"fields_of takes a generated request model, got {type(model).__name__}")
    return {
        field.name: getattr(model, field.name)
        for field in attrs.fields(type(model))
        if field.name != "additional_properties"
    }


def job_client(client: HasGeneratedClient) -> Any:
    """The client as the wait helpers take it (they accept any RawUGC client)."""
    return client


def jobs_finished(client: Any, waited: T) -> T:
    """``waited`` (a finished job, or a list of finished jobs and failures) as given, each job
    marked done in the client's ledger (``jobs.pending()`` no longer lists it)."""
    ledger = getattr(client, "ledger", None)
    if ledger is None:
        return waited
    from .spec import PACKAGES, operations

    ids = {f.job.id_field for api in PACKAGES for f in operations(api).values() if f.job}
    for job in waited if isinstance(waited, list) else [waited]:
        data = getattr(job, "job", job)  # a JobFailedError carries its job
        fields = data.to_dict() if hasattr(data, "to_dict") else data
        if not isinstance(fields, Mapping):
            continue
        for name in ids & set(fields):
            ledger.finished(str(fields[name]))
    return waited


def job_options(
    client: Any,
    timeout: float | None,
    min_interval: float | None,
    max_interval: float | None,
    on_progress: Callable[[Any], None] | None,
    *,
    asynchronous: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for the wait helpers: the call's options, and the client's clock and
    sleep (a test client on a mock's manual clock waits on that clock, costing no real time)."""
    options: dict[str, Any] = {
        "min_interval": min_interval,
        "max_interval": max_interval,
        "on_progress": on_progress,
    }
    if timeout is not None:
        options["timeout"] = timeout
    clock = getattr(client, "_clock", None)
    sleep = getattr(client, "_async_sleep" if asynchronous else "_sleep", None)
    if clock is not None:
        options["clock"] = clock
    if sleep is not None:
        options["sleep"] = sleep
    return options


# -- paid work: sent once (the profile's flow: ledger, lost-answer lookup) ------------------


@dataclass(frozen=True)
class Send:
    """A paid call's step: send the request; the driver answers with the response (or throws
    the typed error into the flow)."""


@dataclass(frozen=True)
class Find:
    """A paid call's step: call ``operation`` of ``package`` through the client's typed method
    with Python ``arguments``; the driver answers with the answer's JSON."""

    package: str
    operation: str
    arguments: Mapping[str, Any]


@dataclass(frozen=True)
class Sleep:
    """A paid call's step: wait ``seconds`` (another process holds the key)."""

    seconds: float


PaidFlow = Generator[Send | Find | Sleep, Any, httpx.Response]


def _paid_flow(
    client: Any, http: httpx.Client | httpx.AsyncClient, request: Mapping[str, Any], key: str | None
) -> tuple[PaidFlow | None, httpx.Request]:
    """The profile's flow for a request (None: not paid work) and the request built."""
    if not isinstance(key, str | None) or key == "":
        raise ValueError(f"idempotency_key must be a non-empty string, got {key!r}")
    built = http.build_request(**request)
    operation = str(request["extensions"][OPERATION_EXTENSION])
    flow = profile_of(client).paid_call(operation, built, key, client)
    if flow is None and key is not None:
        raise TypeError(
            f"idempotency_key applies to calls that spend credits or publish, not to {operation}"
        )
    return flow, built


def _find(client: Any, step: Find, *, asynchronous: bool = False) -> Any:
    """The typed method a lookup step calls."""
    from ._spec import typed_method

    return typed_method(step.package, step.operation, client.client, asynchronous=asynchronous)


def _json_of(answer: Any) -> Any:
    """A finder's answer (a model, or a page of one) as JSON."""
    from ._pages import _Page

    return (answer.data if isinstance(answer, _Page) else answer).to_dict()


def paid_send(
    client: Any, http: httpx.Client, request: Mapping[str, Any], key: str | None
) -> httpx.Response:
    """Send a request: paid work (``Profile.paid_call``) at most once, looked up when its answer
    is lost, kept in the client's ledger with a key; anything else as is."""
    import time

    flow, built = _paid_flow(client, http, request, key)
    if flow is None:
        return http.send(built)
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result
        reply, error = None, None
        try:
            if isinstance(step, Send):
                reply = http.send(built)
            elif isinstance(step, Find):
                reply = _json_of(_find(client, step)(**step.arguments))
            else:
                time.sleep(step.seconds)
        except MediaAPIError as exc:
            error = exc


async def apaid_send(
    client: Any, http: httpx.AsyncClient, request: Mapping[str, Any], key: str | None
) -> httpx.Response:
    """Async twin of :func:`paid_send`."""
    import asyncio

    flow, built = _paid_flow(client, http, request, key)
    if flow is None:
        return await http.send(built)
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result
        reply, error = None, None
        try:
            if isinstance(step, Send):
                reply = await http.send(built)
            elif isinstance(step, Find):
                reply = _json_of(await _find(client, step, asynchronous=True)(**step.arguments))
            else:
                await asyncio.sleep(step.seconds)
        except MediaAPIError as exc:
            error = exc


# -- raw responses: the plain methods, run in raw mode (as openai-python's wrappers) ---------


class _RawMode:
    """One raw-response call: armed until the wrapped method's first request takes it."""

    armed = True


_RAW: ContextVar[_RawMode | None] = ContextVar("mediaapis_raw_response", default=None)


class _RawAnswer(Exception):
    """Carries the raw answer of a raw-response call out of the plain method that sent it
    (whatever the method would have done with it next: parse, page, wait)."""

    def __init__(self, mode: _RawMode, response: APIResponse[Any]) -> None:
        super().__init__(response.operation)
        self.mode, self.response = mode, response


def _raw_pending() -> bool:
    """Whether the next request is the one a raw-response call waits for."""
    mode = _RAW.get()
    return mode is not None and mode.armed


def _take_raw() -> _RawMode | None:
    """The raw-response call this request answers, if any: the first request the wrapped
    method sends (the ones sending it makes, such as a lost answer's lookup, are plain)."""
    mode = _RAW.get()
    if mode is None or not mode.armed:
        return None
    mode.armed = False
    return mode


def to_raw_response_wrapper(
    endpoint: Endpoint[T],
) -> Callable[[Callable[P, object]], Callable[P, APIResponse[T]]]:
    """``to_raw_response_wrapper(endpoint)(resource.method)``: the method, answering the
    :class:`APIResponse` of its request (``endpoint``'s) instead of what it makes of it. Its
    parameters are the method's, so type checkers check a raw call as the plain one."""

    def wrap(method: Callable[P, object]) -> Callable[P, APIResponse[T]]:
        @functools.wraps(method)
        def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
            mode = _RawMode()
            token = _RAW.set(mode)
            try:
                method(*args, **kwargs)
            except _RawAnswer as answer:
                if answer.mode is not mode:
                    raise
                return cast("APIResponse[T]", answer.response)
            finally:
                _RAW.reset(token)
            raise RuntimeError(f"{endpoint.operation_id}: the method sent no request")

        return raw

    return wrap


def async_to_raw_response_wrapper(
    endpoint: Endpoint[T],
) -> Callable[[Callable[P, Awaitable[object]]], Callable[P, Coroutine[Any, Any, APIResponse[T]]]]:
    """Async twin of :func:`to_raw_response_wrapper` (for coroutine methods and list
    methods answering an ``AsyncPaginator``)."""

    def wrap(
        method: Callable[P, Awaitable[object]],
    ) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]:
        @functools.wraps(method)
        async def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
            mode = _RawMode()
            token = _RAW.set(mode)
            try:
                await method(*args, **kwargs)
            except _RawAnswer as answer:
                if answer.mode is not mode:
                    raise
                return cast("APIResponse[T]", answer.response)
            finally:
                _RAW.reset(token)
            raise RuntimeError(f"{endpoint.operation_id}: the method sent no request")

        return raw

    return wrap


class SyncAPIResource:
    """A resource of a sync client: holds the client, sends through its httpx client."""

    def __init__(self, client: HasGeneratedClient) -> None:
        self._client = client

    def _request(
        self,
        endpoint: Endpoint[T],
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        idempotency_key: str | None = None,
    ) -> APIResponse[T]:
        """Send one call and return the raw answer (a call the spec refuses is not sent;
        a paid call goes through :func:`paid_send`). In a raw-response call, the answer
        leaves the method from here."""
        raw = _take_raw()
        check_request(endpoint, arguments, self._client)
        http = self._client.client.get_httpx_client()
        request = build_request(endpoint, arguments, timeout, extra_headers)
        response = paid_send(self._client, http, request, idempotency_key)
        answer = APIResponse(response, endpoint, profile_of(self._client))
        if raw is not None:
            raise _RawAnswer(raw, answer)
        return answer

    def _page(
        self,
        endpoint: Endpoint[Any],
        paging: Paging,
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> SyncPage[Any]:
        """Fetch one page of a paginated list."""
        from ._pages import SyncPage

        data = self._request(endpoint, arguments, timeout, extra_headers).parse()

        def fetch(following: Mapping[str, Any]) -> SyncPage[Any]:
            return self._page(endpoint, paging, following, timeout, extra_headers)

        return SyncPage(fetch, endpoint.operation_id, paging, arguments, data)

    def _batched(
        self,
        endpoint: Endpoint[Any],
        batch: Batch,
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        batch_size: int | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Send a list argument in chunks of ``batch_size`` (the spec's limit by default); the
        items of every answer (a raw-response call sends it whole: one request, one answer)."""
        size = batch.size(batch_size)
        if _raw_pending():
            self._request(endpoint, arguments, timeout, extra_headers)
        found: list[Any] = []
        for chunk in batch.split(arguments, size):
            answer = self._request(endpoint, chunk, timeout, extra_headers).parse()
            found.extend(batch.items_of(answer))
        return found


class AsyncAPIResource:
    """A resource of an async client: holds the client, sends through its async httpx client."""

    def __init__(self, client: HasGeneratedClient) -> None:
        self._client = client

    async def _request(
        self,
        endpoint: Endpoint[T],
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        idempotency_key: str | None = None,
    ) -> APIResponse[T]:
        """Async twin of :meth:`SyncAPIResource._request`."""
        raw = _take_raw()
        check_request(endpoint, arguments, self._client)
        http = self._client.client.get_async_httpx_client()
        request = build_request(endpoint, arguments, timeout, extra_headers)
        response = await apaid_send(self._client, http, request, idempotency_key)
        answer = APIResponse(response, endpoint, profile_of(self._client))
        if raw is not None:
            raise _RawAnswer(raw, answer)
        return answer

    async def _page(
        self,
        endpoint: Endpoint[Any],
        paging: Paging,
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPage[Any]:
        """Fetch one page of a paginated list."""
        from ._pages import AsyncPage

        data = (await self._request(endpoint, arguments, timeout, extra_headers)).parse()

        async def fetch(following: Mapping[str, Any]) -> AsyncPage[Any]:
            return await self._page(endpoint, paging, following, timeout, extra_headers)

        return AsyncPage(fetch, endpoint.operation_id, paging, arguments, data)

    def _paginator(
        self,
        endpoint: Endpoint[Any],
        paging: Paging,
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPaginator[Any]:
        """A list call not yet made: awaited, the first page; iterated, every item."""
        from ._pages import AsyncPaginator

        return AsyncPaginator(
            lambda: self._page(endpoint, paging, arguments, timeout, extra_headers)
        )

    async def _batched(
        self,
        endpoint: Endpoint[Any],
        batch: Batch,
        arguments: Mapping[str, Any],
        timeout: Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        batch_size: int | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Async twin of :meth:`SyncAPIResource._batched` (chunks sent one after another)."""
        size = batch.size(batch_size)
        if _raw_pending():
            await self._request(endpoint, arguments, timeout, extra_headers)
        found: list[Any] = []
        for chunk in batch.split(arguments, size):
            answer = (await self._request(endpoint, chunk, timeout, extra_headers)).parse()
            found.extend(batch.items_of(answer))
        return found
