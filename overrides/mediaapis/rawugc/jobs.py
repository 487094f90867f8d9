"""Wait for video, image and music jobs, as the spec's ``x-rawugc-job`` describes them.

One job is polled with its poll operation; many jobs are watched through their list operation,
filtered by each finished status, 100 per page, stopping at the oldest job waited on once the
pages read show the list newest first (else reading every page), so one round covers every job.
Waits start from the job's ``estimatedCompletionTime`` and back off exponentially, each within
the spec's ``pollIntervalSeconds`` (or ``min_interval``/``max_interval``). The planning is shared
by the sync and async drivers: a generator yields sleeps and calls, the driver performs them.

Paid work is never dropped: what a wait knows (the finished results, the jobs still pending) is
kept outside its plan, so any error leaving a wait carries it (``results``, ``pending``) and,
when jobs are still running, a note naming them and the call that resumes the wait; with
``return_exceptions=True`` a job still pending at the deadline gets a ``JobPendingError`` in
its place and the finished ones keep theirs. A job reported completed without the fields the
spec's ``resultFields`` guarantee is a ``MalformedResponseError``, not a later ``KeyError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import Any, TypeVar

from rawugc_client import AuthenticatedClient, Client

from .._checks import check_number
from .._clock import async_sleep
from .._resource import HasGeneratedClient
from .._sentinel import Unset
from .._spec import argument
from ..spec import operations
from .errors import (
    JobFailedError,
    JobPendingError,
    JobTimeoutError,
    MalformedResponseError,
    unwrap,
)
from .operations import (
    SPEC_PACKAGE,
    attribute,
    generated_module,
    operation,
    operation_of_module,
)

T = TypeVar("T")
DEFAULT_TIMEOUT = 1800.0
Progress = Callable[[Any], None]


@dataclass(frozen=True)
class JobKind:
    """One ``x-rawugc-job`` declaration: how a generate operation's job is followed."""

    generate: str
    poll: str
    id_field: str
    status_field: str
    created_field: str
    fail_fields: tuple[str, str]
    completed: frozenset[str]
    failed: frozenset[str]
    result_fields: tuple[str, ...]
    list_operation: str
    items_field: str
    estimate_field: str
    min_interval: float
    max_interval: float
    resource: str  # the typed client's resource of the generate operation (``videos``)
    status_parameter: str | None = None  # the list operation's status filter


@functools.cache
def job_kinds() -> tuple[JobKind, ...]:
    """Every job kind the spec declares (``mediaapis.spec``: the one model of its facts)."""
    kinds = []
    for facts in operations(SPEC_PACKAGE).values():
        job = facts.job
        if job is not None:
            assert job.list_operation is not None
            assert job.list_items is not None
            assert job.created_field is not None
            assert job.estimate_field is not None
            assert job.min_interval is not None
            assert job.max_interval is not None
            code, message = job.fail_fields
            kinds.append(
                JobKind(
                    facts.operation_id,
                    job.poll_operation,
                    job.id_field,
                    job.status_field,
                    job.created_field,
                    (code, message),
                    job.completed,
                    job.failed,
                    job.result_fields,
                    job.list_operation,
                    job.list_items,
                    job.estimate_field,
                    job.min_interval,
                    job.max_interval,
                    str(facts.sdk_name).rsplit(".", 1)[0],
                    job.list_status_parameter,
                )
            )
    return tuple(kinds)


def result_url(job: Any) -> str | None:
    """The result of a finished job: its first ``resultFields`` value (``url``, ``audioUrl``)."""
    found, _, data = _kind(job, None)
    return next((data[f] for f in found.result_fields if data.get(f)), None)


def _data(job: Any) -> Mapping[str, Any]:
    """A model's fields under their spec names (``videoId``, ``status``...)."""
    return job if isinstance(job, Mapping) else job.to_dict()


def _job_kind(kind: ModuleType | str) -> JobKind:
    """The job kind of a generate (or poll) operation, module or operationId."""
    wanted = operation_of_module(kind)
    found = next((k for k in job_kinds() if wanted in (k.generate, k.poll)), None)
    if found is None:
        raise ValueError(f"{wanted} starts no job the spec declares")
    return found


def _kind(job: Any, kind: ModuleType | str | None) -> tuple[JobKind, str, Mapping[str, Any]]:
    """(kind, id, fields) of an accepted answer, a job model, a mapping, or an id with ``kind``."""
    if kind is not None and not isinstance(kind, str | ModuleType):
        raise TypeError(
            f"kind must be a generate operation (module or operationId), got {type(kind).__name__}"
        )
    if isinstance(job, str):
        if kind is None:
            raise ValueError("pass kind= (e.g. generate_video) with a bare job id")
        return _job_kind(kind), job, {}
    if not isinstance(job, Mapping) and not callable(getattr(job, "to_dict", None)):
        raise TypeError(
            "job must be a generate answer, a job model, a mapping or a job id string "
            f"(with kind=), got {type(job).__name__}"
        )
    data = _data(job)
    for candidate in job_kinds():
        if candidate.id_field in data and candidate.status_field in data:
            return candidate, str(data[candidate.id_field]), data
    raise ValueError(f"not a job: {type(job).__name__} has no job id field the spec declares")


@dataclass
class _Tracked:
    """A job being waited on and when to look at it next."""

    kind: JobKind
    job_id: str
    created: datetime | None
    interval: float
    due: float
    status: str


@dataclass(frozen=True)
class _Call:
    """A request for the driver: an operation and its arguments."""

    operation_id: str
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]


Plan = Generator["float | _Call", Any, T]


class _Time:
    """The waits' time: the clock, never behind the sleeps made. A sleep that returns at once
    (a test's) with the default clock, or a clock that the sleep does not move, still sees
    time pass by what it slept: the deadline comes, and nothing polls in a tight loop."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._start = clock()
        self._slept = 0.0

    def __call__(self) -> float:
        return max(self._clock(), self._start + self._slept)

    def slept(self, seconds: float) -> None:
        self._slept += seconds


@dataclass(frozen=True)
class _Options:
    """How to wait: interval bounds (None: the spec's), deadline, clock and progress callback."""

    min_interval: float | None
    max_interval: float | None
    timeout: float
    clock: _Time
    on_progress: Progress | None

    def bounds(self, kind: JobKind) -> tuple[float, float]:
        """(shortest, longest) wait between two looks at a job of ``kind``."""
        low = self.min_interval if self.min_interval is not None else kind.min_interval
        high = self.max_interval if self.max_interval is not None else kind.max_interval
        return low, max(low, high)


def _seconds(name: str, value: object, *, deadline: bool = False) -> None:
    """Refuse a wait setting that is not a number of seconds in range (naming it): an
    interval is finite and above 0; a deadline is 0 or more (``inf``: none)."""
    unit = " seconds (inf: no deadline)" if deadline else " seconds"
    check_number(name, value, positive=not deadline, infinite=deadline, unit=unit)


def _options(
    min_interval: float | None,
    max_interval: float | None,
    timeout: float,
    clock: Callable[[], float] | None,
    sleep: object,
    on_progress: Progress | None,
) -> _Options:
    """Check the wait settings (errors name the argument) and start the waits' time."""
    for name, interval in (("min_interval", min_interval), ("max_interval", max_interval)):
        if interval is not None:
            _seconds(name, interval)
    if min_interval is not None and max_interval is not None and max_interval < min_interval:
        raise ValueError(
            f"max_interval ({max_interval!r}) is below min_interval ({min_interval!r})"
        )
    _seconds("timeout", timeout, deadline=True)
    for name, function in (("clock", clock), ("sleep", sleep), ("on_progress", on_progress)):
        if function is not None and not callable(function):
            raise TypeError(f"{name} must be callable, got {type(function).__name__}")
    time_ = _Time(clock if clock is not None else time.monotonic)
    return _Options(min_interval, max_interval, timeout, time_, on_progress)


def _client(client: object) -> AuthenticatedClient | Client:
    """The generated client: as given, or the one a ``RawUGC`` (or any wrapper) holds as
    ``.client``."""
    if isinstance(client, AuthenticatedClient | Client):
        return client
    inner = getattr(client, "client", None)
    if isinstance(inner, AuthenticatedClient | Client):
        return inner
    raise TypeError(
        "client must be a RawUGC, or a generated AuthenticatedClient or Client, "
        f"got {type(client).__name__}"
    )


def _job_list(jobs: object) -> list[Any]:
    """The jobs of ``wait_jobs``: any iterable of jobs, but not one job by itself."""
    if isinstance(jobs, str | bytes | Mapping) or hasattr(jobs, "to_dict"):
        raise TypeError(
            f"jobs must be an iterable of jobs, got one {type(jobs).__name__}: "
            "use wait_job for a single job"
        )
    if not isinstance(jobs, Iterable):
        raise TypeError(f"jobs must be an iterable of jobs, got {type(jobs).__name__}")
    return list(jobs)


def _track(job: Any, kind: ModuleType | str | None, options: _Options, now: float) -> _Tracked:
    """Start following ``job``: its first look is due after its estimate, within the bounds."""
    found, job_id, data = _kind(job, kind)
    low, high = options.bounds(found)
    estimate = data.get(found.estimate_field)
    first = min(max(float(estimate) if estimate is not None else low, low), high)
    created = data.get(found.created_field)
    when = datetime.fromisoformat(created) if isinstance(created, str) else None
    status = str(data.get(found.status_field, "pending"))
    over = status in found.completed | found.failed  # already over: one look confirms it
    return _Tracked(found, job_id, when, first, now if over else now + first, status)


@dataclass
class _Watch:
    """What a wait knows, kept outside its plan so that an error leaving the wait carries it:
    the jobs still pending (by id, in the order given) and the finished results (by id)."""

    pending: dict[str, _Tracked]
    results: dict[str, Any] = field(default_factory=dict)
    single: bool = False

    def finish(self, job_id: str, result: Any) -> None:
        self.results[job_id] = result
        self.pending.pop(job_id, None)


def _look(tracked: _Tracked, item: Any, source: str) -> Any:
    """What ``item`` (an answer of operation ``source``) says of the job: None while it runs,
    the item once completed, a ``JobFailedError`` once failed; a job completed without its
    ``resultFields`` raises ``MalformedResponseError``."""
    data, kind = _data(item), tracked.kind
    tracked.status = str(data[kind.status_field])
    if tracked.status in kind.failed:
        code, message = (data.get(name) for name in kind.fail_fields)
        return JobFailedError(tracked.job_id, code, message, item)
    if tracked.status not in kind.completed:
        return None
    missing = [name for name in kind.result_fields if data.get(name) in (None, "")]
    if missing:
        op = operation(source)
        raise MalformedResponseError(
            f"{source}: job {tracked.job_id} is {tracked.status} but has no "
            f"{', '.join(missing)} (the spec's resultFields guarantee it on completion)",
            status_code=200,
            method=op.method,
            path=op.path,
            operation=source,
        )
    return item


def _progress(options: _Options, item: Any) -> None:
    if options.on_progress is not None:
        options.on_progress(item)


def _back_off(tracked: _Tracked, options: _Options, now: float) -> None:
    """Double the job's wait (within the bounds) and set its next look from ``now``."""
    low, high = options.bounds(tracked.kind)
    tracked.interval = min(max(tracked.interval * 2, low), high)
    tracked.due = now + tracked.interval


def _plan_one(watch: _Watch, options: _Options) -> Plan[Any]:
    """Poll one job with its poll operation until it is over or the deadline passes."""
    (tracked,) = watch.pending.values()
    deadline = options.clock() + options.timeout
    while True:
        now = options.clock()
        if min(tracked.due, deadline) > now:
            yield min(tracked.due, deadline) - now
        item = yield _Call(tracked.kind.poll, (tracked.job_id,), {})
        outcome = _look(tracked, item, tracked.kind.poll)
        if outcome is not None:  # kept before the callback runs (it may raise, Ctrl-C too)
            watch.finish(tracked.job_id, outcome)
        _progress(options, item)
        if isinstance(outcome, JobFailedError):
            raise outcome
        if outcome is not None:
            return item
        if options.clock() >= deadline:
            raise JobTimeoutError({tracked.job_id: tracked.status}, options.timeout)
        _back_off(tracked, options, options.clock())


def _plan_many(
    jobs: list[_Tracked], watch: _Watch, options: _Options, return_exceptions: bool
) -> Plan[list[Any]]:
    """Sweep the list operations whenever a job is due, until every job is over; at the
    deadline each job still pending gets a ``JobPendingError`` with ``return_exceptions``,
    else a ``JobTimeoutError`` carries the finished results."""
    deadline = options.clock() + options.timeout
    pending = watch.pending
    while pending:
        now = options.clock()
        wake = min(min(t.due for t in pending.values()), deadline)
        if wake > now:
            yield wake - now
        now = options.clock()
        due_kinds = {t.kind for t in pending.values() if t.due <= now or now >= deadline}
        for kind in sorted(due_kinds, key=lambda k: k.generate):
            mine = {i: t for i, t in pending.items() if t.kind == kind}
            yield from _sweep(kind, mine, watch, options, return_exceptions)
            for tracked in mine.values():
                if tracked.job_id in pending:
                    _back_off(tracked, options, options.clock())
        if pending and options.clock() >= deadline:
            if not return_exceptions:
                statuses = {i: t.status for i, t in pending.items()}
                raise JobTimeoutError(statuses, options.timeout, results=watch.results)
            for job_id, tracked in list(pending.items()):
                watch.finish(job_id, JobPendingError(job_id, tracked.status, options.timeout))
    return [watch.results[t.job_id] for t in jobs]


def _sweep(
    kind: JobKind,
    mine: dict[str, _Tracked],
    watch: _Watch,
    options: _Options,
    return_exceptions: bool,
    *,
    filtered: bool = True,
) -> Plan[None]:
    """One round over the list operation: every finished job of ``mine`` goes to ``watch``.
    ``filtered``: one pass per finished status (``status=completed``, then ``failed``);
    otherwise one pass over the unfiltered list (running jobs included), which covers as many
    jobs in one page whatever their end (what a batch, with many jobs about to end, wants)."""
    left = dict(mine)
    created = [t.created for t in mine.values() if t.created is not None]
    cutoff = min(created) if created and len(created) == len(mine) else None
    paging = operations(SPEC_PACKAGE)[kind.list_operation].paging
    assert paging is not None, f"{kind.list_operation} is a list without x-pagination"
    names = functools.partial(argument, SPEC_PACKAGE, kind.list_operation)
    size = {names(paging.size_name): paging.size_max} if paging.size_max is not None else {}
    status_filter = kind.status_parameter if filtered else None
    statuses: list[str | None] = (
        [*sorted(kind.completed | kind.failed)] if status_filter is not None else [None]
    )
    for status in statuses:
        number, order, previous = paging.first, "unknown", None
        while left:
            query: dict[str, Any] = {names(paging.page_name): number, **size}
            if status_filter is not None and status is not None:
                query[names(status_filter)] = status
            page = yield _Call(kind.list_operation, (), query)
            items = list(_at(page, paging.items) or ())
            for item in items:
                tracked = left.pop(str(_data(item)[kind.id_field]), None)
                if tracked is None:
                    continue
                outcome = _look(tracked, item, kind.list_operation)
                if outcome is None:  # listed under a finished status, yet not over: look again
                    continue
                watch.finish(tracked.job_id, outcome)  # before the callback (it may raise)
                _progress(options, item)
                if isinstance(outcome, JobFailedError) and not return_exceptions:
                    raise outcome
            # stop early past the oldest job waited on, only once the list is seen newest first
            # (the spec states no order): some timestamp older than the one before, none newer
            stamps = (getattr(item, attribute(item, kind.created_field), None) for item in items)
            for stamp in stamps:
                if stamp is None or (previous is not None and stamp > previous):
                    order = "other"
                elif order == "unknown" and previous is not None and stamp < previous:
                    order = "newest first"
                previous = stamp
            past_cutoff = (
                order == "newest first" and cutoff is not None and previous is not None
            ) and previous < cutoff
            total = _at(page, paging.total_pages) if paging.total_pages else None
            last = total is not None and number + 1 - paging.first >= int(total)
            if not items or last or past_cutoff:
                break
            number += 1


def _at(model: Any, dotted: str) -> Any:
    """The value at a dotted path of spec names (``pagination.totalPages``) in a model."""
    for name in dotted.split("."):
        if model is None:
            return None
        model = getattr(model, attribute(model, name), None)
    return None if isinstance(model, Unset) else model


# -- what an error leaving a wait carries ------------------------------------------------------

NOTE_PREFIX = "mediaapis:"
_SHOWN_IDS = 10


def resume_hint(kind: JobKind, job_ids: list[str], *, asynchronous: bool, single: bool) -> str:
    """The typed client's call that resumes waiting on ``job_ids`` of ``kind``."""
    call = "await " if asynchronous else ""
    if single and len(job_ids) == 1:
        return f"{call}client.{kind.resource}.wait({json.dumps(job_ids[0])})"
    shown = json.dumps(job_ids) if len(job_ids) <= _SHOWN_IDS else "list(error.pending)"
    return f"{call}client.{kind.resource}.wait_many({shown})"


def _note(watch: _Watch, asynchronous: bool) -> str:
    """The note naming the jobs still running and how to resume waiting on them."""
    by_kind: dict[JobKind, list[str]] = {}
    for job_id, tracked in watch.pending.items():
        by_kind.setdefault(tracked.kind, []).append(job_id)
    hints = " ; ".join(
        resume_hint(kind, ids, asynchronous=asynchronous, single=watch.single)
        for kind, ids in by_kind.items()
    )
    if watch.single:
        ((job_id, tracked),) = watch.pending.items()
        return (
            f"{NOTE_PREFIX} job {job_id} was accepted (and charged) and is still "
            f"{tracked.status}; it keeps running: resume waiting with {hints}"
        )
    finished = sum(1 for r in watch.results.values() if not isinstance(r, BaseException))
    shown = ", ".join(list(watch.pending)[:_SHOWN_IDS])
    more = f" and {len(watch.pending) - _SHOWN_IDS} more" if len(watch.pending) > _SHOWN_IDS else ""
    return (
        f"{NOTE_PREFIX} {finished} job(s) finished (on .results), {len(watch.pending)} accepted "
        f"(and charged) still running (on .pending): {shown}{more}; resume waiting with {hints}"
    )


def _keep(error: BaseException, watch: _Watch, asynchronous: bool) -> None:
    """Leave on ``error`` what the wait knew: ``results`` (job id -> finished result),
    ``pending`` (job id -> last status), ``job_id`` for a single job, and a note naming the
    jobs still running and the call that resumes the wait. Attributes the error already has
    are kept (a ``JobTimeoutError`` brings its own; an error of the caller keeps its fields)."""
    if isinstance(error, JobFailedError):
        watch.pending.pop(error.job_id, None)  # over: that job is the error itself
    if any(str(n).startswith(NOTE_PREFIX) for n in getattr(error, "__notes__", ())):
        return  # an inner wait already told
    results = {i: r for i, r in watch.results.items() if not isinstance(r, BaseException)}
    known: dict[str, Any] = {
        "results": results,
        "pending": {i: t.status for i, t in watch.pending.items()},
    }
    if watch.single:
        known["job_id"] = next(iter(watch.pending), None) or next(iter(watch.results), None)
    ours = isinstance(error, JobFailedError | JobTimeoutError)
    for name, value in known.items():
        if not hasattr(error, name) or (ours and name != "job_id"):
            with contextlib.suppress(AttributeError, TypeError):
                setattr(error, name, value)
    if watch.pending:
        with contextlib.suppress(AttributeError, TypeError):
            error.add_note(_note(watch, asynchronous))


_ANNOTATED = (Exception, KeyboardInterrupt, asyncio.CancelledError)


@contextlib.contextmanager
def keep_job(
    job: Any, *, kind: ModuleType | str | None = None, asynchronous: bool = False
) -> Iterator[None]:
    """Around the steps between a job's acceptance and its wait (``generate_and_wait``): an
    error, a Ctrl-C or a task cancellation leaving them names the accepted job (a note with
    the call that resumes the wait, and ``job_id``)."""
    try:
        yield
    except _ANNOTATED as error:
        found, job_id, data = _kind(job, kind)
        status = str(data.get(found.status_field, "pending"))
        tracked = _Tracked(found, job_id, None, 0.0, 0.0, status)
        _keep(error, _Watch({job_id: tracked}, single=True), asynchronous)
        raise


def as_accepted(model: Any, job: Any, request: Any = None) -> Any:
    """The job as accepted, in its poll operation's ``model`` (what ``on_progress`` gets before
    the first poll): the accepted answer's fields, and the request's it does not repeat (an
    image's prompt). The accepted answer itself if the model cannot be built from them."""
    fields = {**(_data(request) if request is not None and hasattr(request, "to_dict") else {})}
    fields.update(_data(job))
    try:
        built = model.from_dict(fields)
    except (KeyError, TypeError, ValueError, AttributeError):
        return job
    built.additional_properties.clear()  # the request's other fields are not the job's
    return built


def completed(model: Any, job: Any) -> Any:
    """A finished job as ``model`` (``CompletedVideo``: its ``resultFields`` typed as set);
    an error in a ``return_exceptions`` list stays as it is."""
    if isinstance(job, (BaseException, model)):
        return job
    return model.from_dict(job.to_dict())


def check_wait(timeout: float | None, on_progress: object) -> None:
    """Refuse bad wait settings before a job is started (and paid for)."""
    if timeout is not None:
        _seconds("wait_timeout", timeout, deadline=True)
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")


def perform(api: AuthenticatedClient | Client, step: _Call) -> Any:
    """Make a plan's call with the generated sync function; the parsed answer."""
    op = operation(step.operation_id)
    module = generated_module(step.operation_id)
    response = module.sync_detailed(*step.args, client=api, **step.kwargs)
    return unwrap(response, method=op.method, path=op.path)


async def aperform(api: AuthenticatedClient | Client, step: _Call) -> Any:
    """Async twin of :func:`perform`."""
    op = operation(step.operation_id)
    module = generated_module(step.operation_id)
    response = await module.asyncio_detailed(*step.args, client=api, **step.kwargs)
    return unwrap(response, method=op.method, path=op.path)


def _drive(
    api: AuthenticatedClient | Client,
    plan: Plan[T],
    sleep: Callable[[float], None],
    clock: _Time,
) -> T:
    """Run a plan: make its calls with the generated sync functions, sleep its sleeps."""
    reply = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if isinstance(step, _Call):
            reply = perform(api, step)
        else:
            sleep(step)
            clock.slept(step)
            reply = None


async def _adrive(
    api: AuthenticatedClient | Client,
    plan: Plan[T],
    sleep: Callable[[float], Awaitable[None]],
    clock: _Time,
) -> T:
    """Async twin of :func:`_drive`."""
    reply = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if isinstance(step, _Call):
            reply = await aperform(api, step)
        else:
            await sleep(step)
            clock.slept(step)
            reply = None


def _watch_one(job: Any, kind: ModuleType | str | None, options: _Options) -> _Watch:
    tracked = _track(job, kind, options, options.clock())
    return _Watch({tracked.job_id: tracked}, single=True)


def _watch_many(
    jobs: Iterable[Any], kind: ModuleType | str | None, options: _Options
) -> tuple[list[_Tracked], _Watch]:
    tracked = [_track(job, kind, options, options.clock()) for job in _job_list(jobs)]
    return tracked, _Watch({t.job_id: t for t in tracked})


def wait_job(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    job: Any,
    *,
    kind: ModuleType | str | None = None,
    min_interval: float | None = None,
    max_interval: float | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_progress: Progress | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Any:
    """Poll one job until it completes and return it (its result URL set).

    ``job`` is a generate answer (``VideoGenerationAccepted``...), a job model, or a job id with
    ``kind`` (the generate operation or module). Raises ``JobFailedError`` when it fails and
    ``JobTimeoutError`` after ``timeout`` seconds (``inf``: never); ``on_progress`` gets every
    polled model. ``clock`` and ``sleep`` replace the time (e.g. a mock's manual clock and the
    sleep that advances it); time is never taken to pass slower than the sleeps made, so a
    ``sleep`` given without its clock (one that returns at once) still reaches the deadline
    instead of polling in a tight loop. Bad arguments raise ``TypeError`` / ``ValueError``
    naming them. Any error leaving the wait, a Ctrl-C included, carries ``job_id`` and a note
    naming the call that resumes it.
    """
    options = _options(min_interval, max_interval, timeout, clock, sleep, on_progress)
    api, watch = _client(client), _watch_one(job, kind, options)
    try:
        return _drive(api, _plan_one(watch, options), sleep, options.clock)
    except _ANNOTATED as error:
        _keep(error, watch, asynchronous=False)
        raise


async def await_job(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    job: Any,
    *,
    kind: ModuleType | str | None = None,
    min_interval: float | None = None,
    max_interval: float | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_progress: Progress | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = async_sleep,
) -> Any:
    """Async twin of :func:`wait_job` (a task cancellation carries the job id too)."""
    options = _options(min_interval, max_interval, timeout, clock, sleep, on_progress)
    api, watch = _client(client), _watch_one(job, kind, options)
    try:
        return await _adrive(api, _plan_one(watch, options), sleep, options.clock)
    except _ANNOTATED as error:
        _keep(error, watch, asynchronous=True)
        raise


def wait_jobs(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    jobs: Iterable[Any],
    *,
    kind: ModuleType | str | None = None,
    return_exceptions: bool = False,
    min_interval: float | None = None,
    max_interval: float | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_progress: Progress | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Any]:
    """Wait for many jobs (any mix of kinds) through the list operations; results in order.

    Jobs are generate answers, job models, or job ids with ``kind``. A failed job raises
    ``JobFailedError`` (or takes its place in the list with ``return_exceptions=True``); at the
    deadline, ``JobTimeoutError`` (or, with ``return_exceptions=True``, a ``JobPendingError``
    in the place of each job still running, the finished ones keeping theirs).
    ``on_progress`` gets each job's model once it finishes. Any error leaving the wait, a
    Ctrl-C included, carries ``results`` (job id -> finished result) and ``pending`` (job id
    -> last status).
    """
    options = _options(min_interval, max_interval, timeout, clock, sleep, on_progress)
    api, (tracked, watch) = _client(client), _watch_many(jobs, kind, options)
    try:
        return _drive(
            api, _plan_many(tracked, watch, options, return_exceptions), sleep, options.clock
        )
    except _ANNOTATED as error:
        _keep(error, watch, asynchronous=False)
        raise


async def await_jobs(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    jobs: Iterable[Any],
    *,
    kind: ModuleType | str | None = None,
    return_exceptions: bool = False,
    min_interval: float | None = None,
    max_interval: float | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_progress: Progress | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = async_sleep,
) -> list[Any]:
    """Async twin of :func:`wait_jobs`."""
    options = _options(min_interval, max_interval, timeout, clock, sleep, on_progress)
    api, (tracked, watch) = _client(client), _watch_many(jobs, kind, options)
    plan = _plan_many(tracked, watch, options, return_exceptions)
    try:
        return await _adrive(api, plan, sleep, options.clock)
    except _ANNOTATED as error:
        _keep(error, watch, asynchronous=True)
        raise
