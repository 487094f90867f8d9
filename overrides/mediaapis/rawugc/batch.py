"""Batch runs: many generate requests at the key's limit, waited on in one sweep, resumable.

A batch is a list of :class:`BatchRequest` (``custom_id``, ``operation``, ``body``), as the
lines of an OpenAI Batch API file. Every request is checked against the spec before anything
is sent (a bad one becomes an ``invalid`` result naming its line and field; the rest run).
Requests go out one after another through the client (paced at the key's limit, sent once),
each with its ``custom_id`` as its idempotency key; the accepted jobs are watched through
their list operations (:func:`mediaapis.rawugc.jobs` sweeps, one unfiltered page covering
many jobs), also while requests are still going out; each result is yielded as it is known.

Resuming: a ``custom_id`` recorded in the client's ledger is not sent again (the ledger
replays its answer; a send cut off by a crash is looked up first), and a job that ended is
known from the ledger without a request. ``done`` (the results of a previous run) are
skipped. With a ledger shared by several processes (``redis://``), each process sends the
lines nobody else claimed, and one of them, holding a lease in the ledger per key, sweeps the
jobs of all; the others read the ends it records.

``max_credits`` refuses the requests past the budget (the spec's ``x-rawugc-credits``, an
unpriced operation at ``unpriced_cost``; settled from each answer's ``creditsUsed``).

The run is one plan (a generator yielding sleeps, list calls, submissions and results) and
two drivers, sync (:func:`run_batch`) and async (:func:`arun_batch`), as :mod:`.jobs` does.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import deque
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any, Literal

from .._clock import async_sleep
from .._errors import MediaAPIError
from .._resource import fields_of
from .._spec import body_class, generated_module, resource_method
from .._validation import RequestValidationError, check_request
from ..ledger import Ledger, owner_alive
from ..spec import OperationFacts, RateLimitFacts, operations, rate_limit
from .errors import InsufficientCreditsError, UnconfirmedChargeError
from .jobs import (
    DEFAULT_TIMEOUT,
    JobKind,
    _back_off,
    _Call,
    _client,
    _data,
    _Options,
    _options,
    _sweep,
    _track,
    _Tracked,
    _Watch,
    aperform,
    job_kinds,
    perform,
)
from .operations import SPEC_PACKAGE

Status = Literal["completed", "failed", "invalid", "over_budget", "refused", "error", "timeout"]
FINISHED: frozenset[str] = frozenset({"completed", "failed"})
"""Statuses that end a line: a re-run skips it. Any other is tried again by a re-run."""
log = logging.getLogger("mediaapis.rawugc")
LEASE_TTL = 120.0  # wall seconds a sweeper holds the per-key lease without renewing it


@dataclass(frozen=True)
class BatchRequest:
    """One request of a batch: its ``custom_id`` (the idempotency key), the operation (an
    operationId such as ``generateImage`` or a method name such as ``images.generate``), the
    body (the spec's field names) and, from a file, its 1-based ``line``."""

    custom_id: str
    operation: str
    body: Mapping[str, Any]
    line: int = 0


@dataclass(frozen=True)
class BatchError:
    """Why a line did not complete: a ``code`` (``invalid``, a job's ``failCode``, an HTTP
    error...), a ``message`` and, for a request refused before sending, the ``field``."""

    code: str
    message: str
    field: str | None = None


@dataclass(frozen=True)
class BatchResult:
    """One line's outcome: ``status`` (``completed``, ``failed``: the job ended;
    ``invalid``: refused before sending; ``over_budget``: past ``max_credits``, not sent;
    ``refused``: the API refused it, nothing charged; ``error``: its outcome is unknown (a
    re-run looks it up); ``timeout``: still running at the deadline), the job id, its result
    URL, the credits it used and the error."""

    custom_id: str
    status: Status
    operation: str = ""
    job_id: str | None = None
    url: str | None = None
    credits_used: int | None = None
    error: BatchError | None = None
    line: int = 0

    @property
    def finished(self) -> bool:
        """Whether the line is over (a re-run skips it)."""
        return self.status in FINISHED

    def to_json(self) -> dict[str, Any]:
        """The result as one line of a results file."""
        error = None
        if self.error is not None:
            error = {"code": self.error.code, "message": self.error.message}
            if self.error.field is not None:
                error["field"] = self.error.field
        return {
            "custom_id": self.custom_id,
            "line": self.line,
            "status": self.status,
            "operation": self.operation,
            "job_id": self.job_id,
            "url": self.url,
            "credits_used": self.credits_used,
            "error": error,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BatchResult:
        """A result from :meth:`to_json`."""
        error = data.get("error")
        return cls(
            custom_id=str(data["custom_id"]),
            status=data["status"],
            operation=str(data.get("operation") or ""),
            job_id=data.get("job_id"),
            url=data.get("url"),
            credits_used=data.get("credits_used"),
            error=BatchError(error["code"], error["message"], error.get("field"))
            if isinstance(error, Mapping)
            else None,
            line=int(data.get("line") or 0),
        )


@dataclass(frozen=True)
class BatchProgress:
    """Where a run stands: lines per status (``queued``, ``running`` besides the results'),
    credits spent, and the time left the key's limit implies (seconds, None: unknown)."""

    total: int
    counts: Mapping[str, int]
    credits: int
    eta: float | None


# -- checking a batch before anything is sent -------------------------------------------------


@dataclass(frozen=True)
class _Endpoint:
    """What :func:`check_request` reads of an operation."""

    operation_id: str
    module: ModuleType


def job_operation(name: str) -> OperationFacts | None:
    """The operation a batch line names (operationId, lower-case operationId or method name
    such as ``videos.generate``), if it starts a job; None otherwise."""
    for facts in operations("rawugc").values():
        if name in (facts.operation_id, facts.operation_id.lower(), facts.sdk_name):
            return facts if facts.job is not None else None
    return None


def _job_operations() -> str:
    return ", ".join(
        f"{f.operation_id} ({f.sdk_name})" for f in operations("rawugc").values() if f.job
    )


def _invalid(request: BatchRequest, message: str, field: str | None = None) -> BatchResult:
    where = f"line {request.line}: " if request.line else ""
    return BatchResult(
        request.custom_id,
        "invalid",
        request.operation,
        error=BatchError("invalid", f"{where}{message}", field),
        line=request.line,
    )


def validate(
    requests: Iterable[BatchRequest], client: object = None
) -> tuple[list[tuple[BatchRequest, OperationFacts]], list[BatchResult]]:
    """Check every request against the spec: (the valid ones with their operation, an
    ``invalid`` result for each other, naming its line and field). Nothing is sent."""
    valid: list[tuple[BatchRequest, OperationFacts]] = []
    invalid: list[BatchResult] = []
    seen: set[str] = set()
    for request in requests:
        if not isinstance(request.custom_id, str) or not request.custom_id:
            invalid.append(_invalid(request, "custom_id must be a non-empty string", "custom_id"))
            continue
        if request.custom_id in seen:
            message = f"custom_id {request.custom_id!r} is used by an earlier line"
            invalid.append(_invalid(request, message, "custom_id"))
            continue
        seen.add(request.custom_id)
        facts = job_operation(request.operation)
        if facts is None:
            message = (
                f"operation {request.operation!r} starts no job; a batch runs {_job_operations()}"
            )
            invalid.append(_invalid(request, message, "operation"))
            continue
        if not isinstance(request.body, Mapping):
            invalid.append(_invalid(request, "body must be a JSON object", "body"))
            continue
        request = replace(request, operation=facts.operation_id)
        module = generated_module(SPEC_PACKAGE, facts.operation_id)
        try:
            check_request(_Endpoint(facts.operation_id, module), {"body": request.body}, client)
            _body_model(module, request.body)
        except RequestValidationError as exc:
            shown = "; ".join(str(problem) for problem in exc.problems)
            invalid.append(_invalid(request, shown, f"body.{exc.wire_field}"))
            continue
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            invalid.append(_invalid(request, f"the body does not fit: {exc}", "body"))
            continue
        valid.append((request, facts))
    return valid, invalid


def _body_model(module: ModuleType, body: Mapping[str, Any]) -> Any:
    """The generated body model of an operation, from the body's JSON."""
    return body_class(module).from_dict(dict(body))


def cost_of(facts: OperationFacts, body: Mapping[str, Any]) -> int | None:
    """What a request costs per the spec (``x-rawugc-credits``; a priced field left out
    counts at its default); None when the spec states no price."""
    if facts.credits is None:
        return 0
    found = facts.credits.cost_of(body)
    if found is None and facts.credits.field is not None and facts.credits.field not in body:
        default = _default(facts.operation_id, facts.credits.field)
        found = facts.credits.cost_of({facts.credits.field: default})
    return found


def _default(operation_id: str, name: str) -> Any:
    from .reconcile import _request_defaults

    return _request_defaults(operation_id).get(name)


# -- the key's pace ---------------------------------------------------------------------------


def pace(client: object = None) -> RateLimitFacts:
    """The key's limit: the spec's ``info.x-rawugc-rate-limit``, with the client's own pacing
    (a learnt ``X-RateLimit-Limit``, a configured window) over it."""
    stated = rate_limit("rawugc") or RateLimitFacts(10, 60.0)
    limiter = getattr(client, "limiter", None)
    if limiter is None:
        return stated
    limit = getattr(limiter, "limit", None) or stated.requests
    window = float(getattr(getattr(limiter, "settings", None), "window", stated.window_seconds))
    return RateLimitFacts(int(limit), window, stated.scope)


@dataclass(frozen=True)
class PlannedLine:
    """A line of a dry run: its request, its cost (None: not stated) and when, at the key's
    limit, it would be sent (seconds from the start)."""

    request: BatchRequest
    cost: int | None
    starts_after: float


def dry_run(
    requests: Iterable[BatchRequest],
    *,
    client: object = None,
    unpriced_cost: int | None = None,
    done: Iterable[str] = (),
) -> tuple[list[PlannedLine], list[BatchResult], float]:
    """What a run would do, without sending anything: (the lines to send with their cost and
    start time at the key's limit, the invalid ones, the seconds until the last result: the
    sends at the limit plus the longest job estimate)."""
    valid, invalid = validate(requests, client)
    finished = set(done)
    limit = pace(client)
    planned: list[PlannedLine] = []
    for request, facts in valid:
        if request.custom_id in finished:
            continue
        cost = cost_of(facts, request.body)
        if cost is None:
            cost = unpriced_cost
        planned.append(PlannedLine(request, cost, limit.seconds_for(len(planned) + 1)))
    tail = max((_kind_of(line.request.operation).max_interval for line in planned), default=0.0)
    total = (planned[-1].starts_after + tail) if planned else 0.0
    return planned, invalid, total


# -- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Submit:
    """A step: send the request (its generate method, with its custom_id as the idempotency
    key); the driver answers with the accepted answer's JSON or throws the typed error."""

    request: BatchRequest


Step = float | _Call | _Submit | BatchResult
BatchPlan = Generator[Step, Any, None]


def _kind_of(operation_id: str) -> JobKind:
    return next(kind for kind in job_kinds() if kind.generate == operation_id)


@dataclass
class _Line:
    """A line being run: its request, cost reserved, answer and tracked job."""

    request: BatchRequest
    facts: OperationFacts
    reserved: int = 0
    accepted: Mapping[str, Any] | None = None
    tracked: _Tracked | None = None
    since: float = 0.0


@dataclass
class Settings:
    """How a run goes (see :func:`run_batch`)."""

    max_credits: int | None = None
    unpriced_cost: int | None = None
    min_interval: float | None = None
    max_interval: float | None = None
    timeout: float = DEFAULT_TIMEOUT
    sweep_every: float | None = None
    lease_ttl: float = LEASE_TTL
    on_progress: Callable[[BatchProgress], None] | None = None


@dataclass
class _Run:
    """What a run knows, kept outside the plan (so an interrupted run still tells it)."""

    client: Any
    ledger: Ledger
    settings: Settings
    options: _Options
    total: int
    account: str
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    counts: dict[str, int] = field(default_factory=dict)
    spent: int = 0
    waiting: dict[str, _Line] = field(default_factory=dict)  # job id -> line (mine or not)
    queued: int = 0
    broke: BatchError | None = None  # the balance ran out: later lines are not sent

    @property
    def lease_name(self) -> str:
        return f"batch-sweeper:{self.account}"

    def count(self, status: str, change: int = 1) -> None:
        self.counts[status] = self.counts.get(status, 0) + change

    def progress(self) -> None:
        if self.settings.on_progress is None:
            return
        counts = {"queued": self.queued, "running": len(self.waiting), **self.counts}
        limit = pace(self.client)
        sends = self.queued
        eta = None
        if sends or self.waiting:
            tail = max(
                (line.tracked.interval for line in self.waiting.values() if line.tracked),
                default=0.0,
            )
            eta = sends * limit.window_seconds / limit.requests + tail
        self.settings.on_progress(BatchProgress(self.total, counts, self.spent, eta))


def _accepted_result(line: _Line, final: Mapping[str, Any]) -> BatchResult:
    """A line's result from its finished job's fields."""
    kind = _kind_of(line.facts.operation_id)
    status = str(final.get(kind.status_field))
    used = (line.accepted or {}).get("creditsUsed")
    credits = int(used) if isinstance(used, int) and not isinstance(used, bool) else None
    job_id = str(final.get(kind.id_field) or (line.accepted or {}).get(kind.id_field))
    base = BatchResult(
        line.request.custom_id,
        "completed",
        line.facts.operation_id,
        job_id=job_id,
        credits_used=credits,
        line=line.request.line,
    )
    if status in kind.failed:
        code, message = (final.get(name) for name in kind.fail_fields)
        return replace(base, status="failed", error=BatchError(str(code), str(message)))
    url = next((str(final[f]) for f in kind.result_fields if final.get(f)), None)
    return replace(base, url=url)


def _error_result(line: _Line, exc: BaseException) -> BatchResult:
    """A line whose request did not end in an accepted job."""
    status: Status = "error"
    code = type(exc).__name__
    if isinstance(exc, MediaAPIError) and not isinstance(exc, UnconfirmedChargeError):
        status_code = exc.status_code or 0
        if 400 <= status_code < 500 and status_code != 408:
            status, code = "refused", f"HTTP {status_code}"
    return BatchResult(
        line.request.custom_id,
        status,
        line.facts.operation_id,
        error=BatchError(code, str(exc)),
        line=line.request.line,
    )


def _plan(run: _Run, lines: list[_Line], done: Mapping[str, BatchResult]) -> BatchPlan:
    """Send every line at the key's pace, sweep the jobs, yield each result as known."""
    settings, options, ledger = run.settings, run.options, run.ledger
    clock = options.clock
    limit = pace(run.client)
    sweep_every = settings.sweep_every or 2 * limit.window_seconds
    queue: deque[_Line] = deque(lines)
    deferred: dict[str, _Line] = {}
    last_sweep = clock()
    for result in done.values():
        run.spent += result.credits_used or 0
    run.queued = len(queue)
    run.progress()
    while queue or deferred or run.waiting:
        now = clock()
        sweeper = ledger.take_lease(run.lease_name, settings.lease_ttl, run=run.run_id)
        # 1. ends recorded in the ledger (by the sweeper of another process, or an earlier run)
        for result in _ended_in_ledger(run):
            yield result
        # 2. a sweep, when a job is due (while sending: at most every ``sweep_every``)
        if sweeper and (not queue or now - last_sweep >= sweep_every):
            _adopt_others(run)
            due = [
                line for line in run.waiting.values() if line.tracked and line.tracked.due <= now
            ]
            if due:
                last_sweep = now
                try:
                    yield from _sweep_all(run, due)
                except MediaAPIError as exc:  # the next sweep tries again, later
                    log.warning("batch: a status sweep failed (%s); backing off", exc)
                    for line in due:
                        if line.tracked is not None:
                            _back_off(line.tracked, options, clock())
                for result in _ended_in_ledger(run):
                    yield result
                yield from _expire(run, clock())
                continue
        # 3. the next line
        if queue:
            line = queue.popleft()
            run.queued -= 1
            outcome = yield from _send(run, line)
            if outcome == "deferred":
                deferred[line.request.custom_id] = line
            elif isinstance(outcome, BatchResult):
                yield outcome
            run.progress()
            continue
        # 4. lines claimed by a live process: their answer is in the ledger once it has it
        for custom_id, line in list(deferred.items()):
            record = ledger.get(custom_id)
            if record is None or record.state != "sending" or now - line.since > options.timeout:
                del deferred[custom_id]
                if record is not None and record.state == "sending":
                    yield _error_result(line, TimeoutError("claimed by another live process"))
                    continue
                queue.append(line)
                run.queued += 1
        if queue:
            continue
        # 5. wait: for the next job due, or (a line deferred, another process sweeping) a while
        if not run.waiting and not deferred:
            break
        yield from _expire(run, now)
        wake = min(
            (line.tracked.due for line in run.waiting.values() if line.tracked),
            default=now + options.bounds(job_kinds()[0])[0],
        )
        if not sweeper or deferred:
            wake = min(wake, now + options.bounds(job_kinds()[0])[0])
        if wake > now:
            yield wake - now


def _send(run: _Run, line: _Line) -> Generator[Step, Any, BatchResult | str | None]:
    """Send one line (or find it in the ledger): None once its job is accepted and tracked,
    ``"deferred"`` while a live process is sending it, else its result."""
    request, settings = line.request, run.settings
    record = run.ledger.get(request.custom_id)
    line.since = run.options.clock()
    recorded = record is not None and record.state in ("accepted", "done")
    if (
        record is not None
        and record.state == "sending"
        and owner_alive(record.owner, record.claimed_at, time.time(), run.ledger.lease)
    ):
        return "deferred"  # a live process is sending it: its answer comes to the ledger
    if not recorded:
        if run.broke is not None:
            return BatchResult(
                request.custom_id,
                "refused",
                line.facts.operation_id,
                error=run.broke,
                line=request.line,
            )
        cost = cost_of(line.facts, request.body)
        if settings.max_credits is not None:
            if cost is None:
                cost = settings.unpriced_cost
            if cost is None:
                return _over_budget(
                    run,
                    line,
                    f"{line.facts.operation_id} has no price in the spec: set "
                    "unpriced_cost (--unpriced-cost N) to reserve N credits for it",
                )
            if run.spent + cost > settings.max_credits:
                left = settings.max_credits - run.spent
                return _over_budget(
                    run, line, f"costs {cost} credits, {left} of {settings.max_credits} left"
                )
        line.reserved = cost or 0
        run.spent += line.reserved
    try:
        answer = yield _Submit(request)
    except InsufficientCreditsError as exc:
        run.spent -= line.reserved
        run.broke = BatchError("HTTP 402", f"not sent: the balance ran out ({exc})")
        return _error_result(line, exc)
    except UnconfirmedChargeError as exc:  # may have been charged: the reservation stays
        return _error_result(line, exc)
    except MediaAPIError as exc:
        run.spent -= line.reserved
        return _error_result(line, exc)
    _accept(run, line, answer)
    return None


def _over_budget(run: _Run, line: _Line, why: str) -> BatchResult:
    return BatchResult(
        line.request.custom_id,
        "over_budget",
        line.facts.operation_id,
        error=BatchError("over_budget", f"not sent: {why} (max_credits)"),
        line=line.request.line,
    )


def _accept(run: _Run, line: _Line, answer: Mapping[str, Any]) -> None:
    """Track an accepted line's job and settle what it cost (``creditsUsed``)."""
    line.accepted = answer
    used = answer.get("creditsUsed")
    if isinstance(used, int) and not isinstance(used, bool) and used >= 0:
        run.spent += used - line.reserved
        line.reserved = used
    tracked = _track(answer, line.facts.operation_id, run.options, run.options.clock())
    line.tracked = tracked
    run.waiting[tracked.job_id] = line


def _adopt_others(run: _Run) -> None:
    """The sweeper also watches the jobs other processes accepted on this key (in the
    ledger), so one sweep serves them all."""
    now = run.options.clock()
    for record in run.ledger.pending(run.account):
        if record.job_id in run.waiting or record.result is None:
            continue
        if now - record.sent_at > run.options.timeout:  # not a batch's of today: left alone
            continue
        facts = operations("rawugc").get(record.operation)
        if facts is None or facts.job is None:
            continue
        request = BatchRequest(record.key, record.operation, {}, line=-1)  # not this run's
        line = _Line(request, facts, since=now)
        line.accepted = json.loads(record.result)
        line.tracked = _track(line.accepted, record.operation, run.options, now)
        line.tracked.due = (record.sent_at or now) + line.tracked.interval
        run.waiting[line.tracked.job_id] = line


def _sweep_all(run: _Run, due: list[_Line]) -> Generator[Step, Any, None]:
    """One sweep per job kind with a job due: one unfiltered page covers many jobs. Each end
    found is recorded in the ledger (for every process); the jobs not seen back off."""
    watch = _Watch({})
    kinds = {_kind_of(line.facts.operation_id) for line in due}
    for kind in sorted(kinds, key=lambda k: k.generate):
        mine = {
            job_id: line.tracked
            for job_id, line in run.waiting.items()
            if line.tracked is not None and line.tracked.kind == kind
        }
        watch.pending.update(mine)
        yield from _sweep(kind, mine, watch, run.options, True, filtered=False)
    now = run.options.clock()
    for job_id, outcome in watch.results.items():
        line = run.waiting[job_id]
        item = getattr(outcome, "job", outcome)
        run.ledger.finish(line.request.custom_id, json.dumps(_data(item), default=str))
    for tracked in watch.pending.values():
        _back_off(tracked, run.options, now)


def _ended_in_ledger(run: _Run) -> Iterator[BatchResult]:
    """The results of waited lines whose end the ledger records."""
    for job_id, line in list(run.waiting.items()):
        record = run.ledger.get(line.request.custom_id)
        if record is None or record.state != "done" or record.final is None:
            continue
        del run.waiting[job_id]
        if line.request.line < 0:  # another process's line: its run yields it
            continue
        result = _accepted_result(line, json.loads(record.final))
        run.count(result.status)
        run.progress()
        yield result


def _expire(run: _Run, now: float) -> Iterator[BatchResult]:
    """Lines waited on past the deadline: given up here (their jobs keep running; a re-run
    waits on them again)."""
    for job_id, line in list(run.waiting.items()):
        if now - line.since <= run.options.timeout:
            continue
        del run.waiting[job_id]
        if line.request.line >= 0:
            yield BatchResult(
                line.request.custom_id,
                "timeout",
                line.facts.operation_id,
                job_id=job_id,
                error=BatchError("timeout", f"job {job_id} still running; re-run to wait again"),
                line=line.request.line,
            )


# -- the drivers ------------------------------------------------------------------------------


def _start(
    client: Any,
    requests: Iterable[BatchRequest],
    done: Iterable[BatchResult],
    settings: Settings,
    sleep: object,
) -> tuple[_Run, list[BatchResult], BatchPlan]:
    listed = list(requests)
    finished = {r.custom_id: r for r in done if r.finished}
    valid, invalid = validate(listed, client)
    clock = getattr(client, "_clock", None) or time.time
    options = _options(
        settings.min_interval, settings.max_interval, settings.timeout, clock, sleep, None
    )
    account = str(getattr(getattr(client, "limiter", None), "identity", ""))
    ledger: Ledger = client.ledger
    run = _Run(client, ledger, settings, options, len(listed), account)
    for result in finished.values():
        run.count(result.status)
    lines = [_Line(r, f) for r, f in valid if r.custom_id not in finished]
    for result in invalid:
        run.count(result.status)
    return run, invalid, _plan(run, lines, finished)


def _submit(client: Any, step: _Submit, asynchronous: bool) -> Any:
    method = resource_method(
        SPEC_PACKAGE, step.request.operation, client, asynchronous=asynchronous
    )
    module = generated_module(SPEC_PACKAGE, step.request.operation)
    fields = fields_of(_body_model(module, step.request.body))
    return method(**fields, idempotency_key=step.request.custom_id)


def _counted(run: _Run, result: BatchResult) -> BatchResult:
    if result.status not in FINISHED:  # a finished one was counted as it was taken in
        run.count(result.status)
    return result


def run_batch(
    client: Any,
    requests: Iterable[BatchRequest],
    *,
    done: Iterable[BatchResult] = (),
    settings: Settings | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Iterator[BatchResult]:
    """Run a batch with a sync ``RawUGC``; yield each line's result as it is known (the
    invalid ones first). See the module's documentation; ``client.batch`` is the method."""
    settings = settings or Settings()
    sleep = sleep or getattr(client, "_sleep", None) or time.sleep
    run, invalid, plan = _start(client, requests, done, settings, sleep)
    api = _client(client)
    yield from invalid
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                step = plan.throw(error) if error is not None else plan.send(reply)
            except StopIteration:
                return
            reply, error = None, None
            if isinstance(step, BatchResult):
                yield _counted(run, step)
            elif isinstance(step, _Call):
                try:
                    reply = perform(api, step)
                except MediaAPIError as exc:
                    error = exc
            elif isinstance(step, _Submit):
                try:
                    reply = _submit(client, step, False).to_dict()
                except MediaAPIError as exc:
                    error = exc
            else:
                sleep(step)
                run.options.clock.slept(step)
    finally:
        plan.close()
        run.ledger.drop_lease(run.lease_name, run=run.run_id)


async def arun_batch(
    client: Any,
    requests: Iterable[BatchRequest],
    *,
    done: Iterable[BatchResult] = (),
    settings: Settings | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> AsyncIterator[BatchResult]:
    """Async twin of :func:`run_batch` (``async for result in client.abatch(...)``)."""
    settings = settings or Settings()
    sleep = sleep or getattr(client, "_async_sleep", None) or async_sleep
    run, invalid, plan = _start(client, requests, done, settings, sleep)
    api = _client(client)
    for result in invalid:
        yield result
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                step = plan.throw(error) if error is not None else plan.send(reply)
            except StopIteration:
                return
            reply, error = None, None
            if isinstance(step, BatchResult):
                yield _counted(run, step)
            elif isinstance(step, _Call):
                try:
                    reply = await aperform(api, step)
                except MediaAPIError as exc:
                    error = exc
            elif isinstance(step, _Submit):
                try:
                    reply = (await _submit(client, step, True)).to_dict()
                except MediaAPIError as exc:
                    error = exc
            else:
                await sleep(step)
                run.options.clock.slept(step)
    finally:
        plan.close()
        run.ledger.drop_lease(run.lease_name, run=run.run_id)


def requests_of(items: Iterable[BatchRequest | Mapping[str, Any]]) -> list[BatchRequest]:
    """Batch requests from :class:`BatchRequest` or mappings in the Batch API file shape
    (``{"custom_id", "operation", "body"}``)."""
    found = []
    for number, item in enumerate(items, 1):
        if isinstance(item, BatchRequest):
            found.append(item)
        elif isinstance(item, Mapping):
            body = item.get("body")
            found.append(
                BatchRequest(
                    str(item.get("custom_id") or ""),
                    str(item.get("operation") or ""),
                    body if isinstance(body, Mapping) else {},
                    int(item.get("line") or number),
                )
            )
        else:
            raise TypeError(
                f"a batch request is a BatchRequest or a mapping, got {type(item).__name__}"
            )
    return found


__all__ = [
    "FINISHED",
    "BatchError",
    "BatchProgress",
    "BatchRequest",
    "BatchResult",
    "PlannedLine",
    "Settings",
    "arun_batch",
    "cost_of",
    "dry_run",
    "job_operation",
    "pace",
    "requests_of",
    "run_batch",
    "validate",
]
