"""Paid calls that never run twice: lost answers looked up, idempotency keys kept in a ledger.

A call that spends credits or publishes (the spec's ``x-rawugc-credits`` /
``x-rawugc-publishes``) is sent once. When its answer is lost after the request may have
reached the server (a ``5xx`` or ``408``, an unreadable success, a timeout or a reset that is
not a failure to connect), the result is looked up as the spec's ``x-rawugc-reconcile`` says
(a list or get operation, called through the client's typed methods: paced and retried like any
request) and returned as if it had been answered. No match, several, or an operation nothing can
find raise :class:`UnconfirmedChargeError`. With an idempotency key, the ledger
(:mod:`mediaapis.ledger`) records the call before it is sent and its answer after, so a repeat
returns the recorded answer, and a send cut off by a crash is looked up before anything is sent
again.

The decisions are one generator (:func:`paid_call`) yielding what to do (``Send``, ``Find``,
``Sleep``); the core's ``paid_send`` and ``apaid_send`` perform them (the profile's
``paid_call`` hands the flow over).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Generator, Mapping
from datetime import datetime
from typing import Any

import httpx

from .._errors import MediaAPIError
from .._resource import Find, Send, Sleep
from .._spec import argument, spec
from .._transport import NOT_SENT
from ..ledger import Ledger, Record, fingerprint, owner_id, result_json
from ..spec import OperationFacts, Reconcile, operations
from .errors import (
    APIConnectionError,
    APIStatusError,
    IdempotencyKeyError,
    MalformedResponseError,
    UnconfirmedChargeError,
)

log = logging.getLogger("mediaapis.rawugc")
SPEC_PACKAGE = "rawugc_client"
PAGE_SIZE = 100
BUSY_POLL = 0.2  # seconds between looks at a key another live process is sending


def facts(operation_id: str) -> OperationFacts | None:
    """The facts of a RawUGC operation sent as paid work (``sent_once``), else None."""
    found = operations("rawugc").get(operation_id)
    return found if found is not None and found.sent_once else None


@functools.cache
def _request_defaults(operation_id: str) -> Mapping[str, Any]:
    """The defaults of an operation's JSON body fields (a field left out is compared with its
    default)."""
    index = spec(SPEC_PACKAGE)
    _, _, operation = index.by_id[operation_id]
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema = index.resolve(body.get("schema", {}))
    found = {}
    for name, prop in schema.get("properties", {}).items():
        resolved = index.resolve(prop)
        if isinstance(resolved, Mapping) and "default" in resolved:
            found[name] = resolved["default"]
    return found


def lost_answer(error: BaseException) -> str | None:
    """What happened when ``error`` means the request may have run but its answer is lost;
    None when it surely did not run (refused with a 4xx, or never sent)."""
    if isinstance(error, APIStatusError):
        status = error.status_code or 0
        return f"HTTP {status}" if status >= 500 or status == 408 else None
    if isinstance(error, MalformedResponseError):
        return f"unreadable answer (HTTP {error.status_code})"
    if isinstance(error, APIConnectionError):
        if isinstance(error.__cause__, NOT_SENT):
            return None
        return type(error.__cause__).__name__ if error.__cause__ else type(error).__name__
    return None


def _lost_status(response: httpx.Response) -> str | None:
    """A returned (``raise_for_status=False``) answer that is a lost one."""
    status = response.status_code
    return f"HTTP {status}" if status >= 500 or status == 408 else None


# -- the lookup --------------------------------------------------------------------------


def _iso_seconds(value: Any) -> float | None:
    """Unix seconds of an ISO 8601 date-time (None when it is not one)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _dig(data: Any, dotted: str) -> Any:
    """A dotted path through JSON objects."""
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, Mapping) else None
    return data


def _short(value: Any) -> str:
    """A request value for a message (long strings cut)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def _holds(item: Mapping[str, Any], how: str, name: str, expected: Any) -> bool:
    """Whether an item's field is as the lookup expects."""
    value = item.get(name)
    if how == "in":
        return bool(value in expected)
    if how == "set":
        return bool(set(value or ()) == expected)
    if how == "window":
        at = _iso_seconds(value)
        return at is not None and bool(expected[0] <= at <= expected[1])
    return bool(value == expected)


def _finder_arguments(rule: Reconcile, body: Mapping[str, Any]) -> dict[str, Any]:
    """The finder's Python arguments: request fields by name, constants as given."""
    found = {}
    for param, source in rule.arguments.items():
        value = body.get(source) if isinstance(source, str) else source
        found[argument(SPEC_PACKAGE, rule.finder, param)] = value
    return found


def _paging(operation_id: str) -> tuple[str, str, int, int] | None:
    """(page argument, size argument, first page, page size) of a paginated finder: the
    largest size its spec allows (``PAGE_SIZE`` when it states none)."""
    paging = operations(SPEC_PACKAGE)[operation_id].paging
    if paging is None:
        return None
    page = argument(SPEC_PACKAGE, operation_id, paging.page_name)
    size = argument(SPEC_PACKAGE, operation_id, paging.size_name)
    return page, size, paging.first, paging.size_max or PAGE_SIZE


def _total_pages(operation_id: str, data: Mapping[str, Any]) -> int | None:
    paging = operations(SPEC_PACKAGE)[operation_id].paging
    total = _dig(data, paging.total_pages) if paging and paging.total_pages else None
    return int(total) if isinstance(total, int) else None


def lookup(
    operation_id: str, rule: Reconcile, body: Mapping[str, Any], since: float, now: float
) -> Generator[Find, Any, tuple[list[Mapping[str, Any]], str]]:
    """The items matching a request sent at ``since`` (client clock), and what was searched."""
    defaults = _request_defaults(operation_id)
    low = since - rule.skew_seconds
    high = now + rule.skew_seconds
    wanted: list[str] = []
    checks: list[tuple[str, str, Any]] = []  # (how, item field, expected)
    for name, value in rule.constants.items():
        wanted.append(f"{name}={_short(value)}")
        checks.append(
            ("in", name, tuple(value)) if isinstance(value, list) else ("eq", name, value)
        )
    for entry in rule.match:
        value = body.get(entry.request, defaults.get(entry.request))
        if value is None:
            continue
        wanted.append(f"{entry.request}={_short(value)}")
        if entry.values is not None:
            checks.append(("in", entry.item, entry.values.get(str(value), ())))
        elif entry.via is not None:
            via = entry.via
            data = yield Find(SPEC_PACKAGE, via.finder, {})
            table = {str(row.get(via.key)): row.get(via.value) for row in _dig(data, via.items)}
            checks.append(("set", entry.item, {table.get(str(v)) for v in value}))
        else:
            checks.append(("eq", entry.item, value))
    if rule.window_item is not None:
        stamp = datetime.fromtimestamp(low).isoformat(timespec="seconds")
        wanted.append(f"{rule.window_item} after {stamp}")
        checks.append(("window", rule.window_item, (low, high)))
    arguments = _finder_arguments(rule, body)
    searched = f"{rule.finder} for {', '.join(wanted) or 'any item'}"
    paging = _paging(rule.finder)
    found: list[Mapping[str, Any]] = []
    page = paging[2] if paging else 0
    while True:
        if paging is not None:
            arguments = {**arguments, paging[0]: page, paging[1]: paging[3]}
        data = yield Find(SPEC_PACKAGE, rule.finder, arguments)
        listed = _dig(data, rule.items) if rule.items else [data]
        items = [item for item in (listed or []) if isinstance(item, Mapping)]
        found.extend(item for item in items if all(_holds(item, *check) for check in checks))
        if paging is None or not items:
            break
        total = _total_pages(rule.finder, data)
        if total is not None and page + 1 - paging[2] >= total:
            break
        if rule.window_item is not None:  # newest first: stop once the page is older
            times = [_iso_seconds(item.get(rule.window_item)) for item in items]
            known = [t for t in times if t is not None]
            if known == sorted(known, reverse=True) and known and known[-1] < low:
                break
        page += 1
    return found, searched


def _response_fields(operation_id: str) -> tuple[list[str], int]:
    """The properties of an operation's 2xx answer, and its status."""
    index = spec(SPEC_PACKAGE)
    _, _, operation = index.by_id[operation_id]
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            resolved = index.resolve(response)
            schema = index.resolve(resolved["content"]["application/json"]["schema"])
            return list(schema.get("properties", {})), int(status)
    raise LookupError(f"{operation_id} has no 2xx answer")


def response_status(operation_id: str) -> int:
    """The status of an operation's success answer (``201`` for the generate calls)."""
    return _response_fields(operation_id)[1]


def answer_of(
    operation_id: str, rule: Reconcile, item: Mapping[str, Any], body: Mapping[str, Any]
) -> dict[str, Any]:
    """The create's answer built from the found item (as the spec's extension says)."""
    fields, _ = _response_fields(operation_id)
    answer = {name: item[name] for name in fields if name in item}
    for name, source in rule.result_from_request.items():
        answer[name] = body.get(source)
    for name, value in rule.result_defaults.items():
        answer.setdefault(name, value)
    return answer


def settle(
    paid: OperationFacts,
    body: Mapping[str, Any],
    since: float,
    now: float,
    lost: str,
    key: str | None,
) -> Generator[Find, Any, dict[str, Any]]:
    """The answer of a call whose answer was lost, found; else raise UnconfirmedChargeError."""
    rule = paid.reconcile
    if rule is None:
        raise UnconfirmedChargeError(
            operation=paid.operation_id, reason="not reconcilable", lost=lost, idempotency_key=key
        )
    try:
        found, searched = yield from lookup(paid.operation_id, rule, body, since, now)
    except MediaAPIError as exc:
        raise UnconfirmedChargeError(
            operation=paid.operation_id,
            reason="lookup failed",
            lost=lost,
            searched=f"{rule.finder} ({type(exc).__name__})",
            idempotency_key=key,
        ) from exc
    ids = [str(item.get(rule.id_field)) for item in found]
    if len(found) != 1:
        raise UnconfirmedChargeError(
            operation=paid.operation_id,
            reason="no match" if not found else "ambiguous",
            lost=lost,
            searched=searched,
            candidates=ids,
            idempotency_key=key,
        )
    log.warning(
        "RawUGC %s: answer lost (%s); found %s through %s",
        paid.operation_id,
        lost,
        ids[0],
        rule.finder,
    )
    return answer_of(paid.operation_id, rule, found[0], body)


# -- the paid call -----------------------------------------------------------------------


REPLAYED_HEADER = "x-mediaapis-replayed"  # on an answer made from the ledger or a lookup


def _synthetic(request: httpx.Request, status: int, data: Any, how: str) -> httpx.Response:
    """An answer built from a recorded (``ledger``) or found (``lookup``) result."""
    return httpx.Response(status, json=data, request=request, headers={REPLAYED_HEADER: how})


def _job_id(operation_id: str, data: Any) -> str | None:
    """The job id an answer carries (its job's ``id_field``)."""
    job = operations(SPEC_PACKAGE)[operation_id].job
    if job is None or not isinstance(data, Mapping):
        return None
    value = data.get(job.id_field)
    return str(value) if value is not None else None


def _fields(operation_id: str, request: httpx.Request) -> Mapping[str, Any]:
    """The request's fields: its path parameters and its JSON body's members."""
    import json
    import re
    from urllib.parse import unquote

    path, _, _ = spec(SPEC_PACKAGE).by_id[operation_id]
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
    found = re.search(pattern, request.url.path)
    fields: dict[str, Any] = {k: unquote(v) for k, v in found.groupdict().items()} if found else {}
    try:
        data = json.loads(request.content or b"{}")
    except (ValueError, httpx.RequestNotRead):
        return fields
    return {**fields, **data} if isinstance(data, Mapping) else fields


def paid_call(
    paid: OperationFacts,
    request: httpx.Request,
    key: str | None,
    ledger: Ledger,
    clock: Callable[[], float],
    account: str = "",
) -> Generator[Send | Find | Sleep, Any, httpx.Response]:
    """One paid call: the ledger consulted, the request sent at most once, a lost answer found.
    ``account`` (a hash of the key and server) is kept on the key's record."""
    operation = paid.operation_id
    body = _fields(operation, request)
    _, status = _response_fields(operation)
    if key is not None:
        wanted = Record(
            key,
            operation,
            fingerprint(operation, request.method, request.url.path, request.content),
            "sending",
            owner=owner_id(),
            claimed_at=time.time(),
            sent_at=clock(),
            account=account,
        )
        waited = 0.0
        while True:
            verdict, record = ledger.claim(wanted)
            if verdict == "reused":
                raise IdempotencyKeyError(
                    key,
                    "reused",
                    "already used for another request (another operation or body); "
                    "use a new key for a new request",
                    operation=operation,
                )
            if verdict == "recorded":
                import json

                data = json.loads(record.result or "null")
                return _synthetic(request, status, data, "ledger")
            if verdict != "busy":
                break
            if waited >= ledger.lease:
                raise IdempotencyKeyError(
                    key, "in progress", "another call is still sending it", operation=operation
                )
            yield Sleep(BUSY_POLL)
            waited += BUSY_POLL
        if verdict == "reconcile":  # a send was cut off: look before sending again
            try:
                data = yield from settle(
                    paid, body, record.sent_at, clock(), "cut off before it was recorded", key
                )
            except UnconfirmedChargeError as exc:
                if exc.reason != "no match":
                    ledger.unknown(key)
                    raise
                log.info("RawUGC %s: key %r not found at the server; sending it", operation, key)
            else:
                ledger.accept(key, result_json(data), _job_id(operation, data))
                return _synthetic(request, status, data, "lookup")
    since = clock()
    try:
        try:
            response: httpx.Response = yield Send()
        except MediaAPIError as exc:
            lost = lost_answer(exc)
            if lost is None:
                raise
            try:
                data = yield from settle(paid, body, since, clock(), lost, key)
            except UnconfirmedChargeError as unconfirmed:
                raise unconfirmed from exc
        else:
            lost = _lost_status(response)
            if lost is None:
                if key is not None:
                    if response.status_code < 400:
                        data = response.json()
                        ledger.accept(key, result_json(data), _job_id(operation, data))
                    else:
                        ledger.release(key)
                return response
            data = yield from settle(paid, body, since, clock(), lost, key)
    except UnconfirmedChargeError:
        if key is not None:
            ledger.unknown(key)
        raise
    except MediaAPIError:
        if key is not None:
            ledger.release(key)  # refused or never sent: nothing ran
        raise
    except BaseException:
        if key is not None:
            ledger.unknown(key)  # interrupted: the next call with the key looks first
        raise
    if key is not None:
        ledger.accept(key, result_json(data), _job_id(operation, data))
    return _synthetic(request, status, data, "lookup")


def flow_for(
    operation_id: str, request: httpx.Request, key: str | None, client: Any
) -> Generator[Send | Find | Sleep, Any, httpx.Response] | None:
    """The paid-call flow of a RawUGC request for ``client``'s ledger and clock (None: the
    operation is no paid work)."""
    paid = facts(operation_id)
    if paid is None:
        return None
    ledger = getattr(client, "ledger", None)
    if ledger is None:
        from ..ledger import MemoryLedger

        ledger = MemoryLedger()
    clock = getattr(client, "_clock", None) or time.time
    account = str(getattr(getattr(client, "limiter", None), "identity", ""))
    return paid_call(paid, request, key, ledger, clock, account)
