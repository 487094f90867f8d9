"""What the specs state about each operation, as one typed model: :class:`OperationFacts`.

The vendor extensions of ``openapi/*.yaml`` (``x-idempotent``, ``x-rawugc-credits``,
``x-rawugc-publishes``, ``x-rawugc-publishes-when``, ``x-rawugc-job``, ``x-pagination``,
``x-sdk-batch``, ``x-sdk-name``, ``x-volc-action``, ``x-volc-signing``,
``x-rawugc-reconcile``) and of the document (``info.x-rawugc-rate-limit``) are read here,
once per spec, for the clients, the generator, the CLI, the MCP server and the mocks::

    from mediaapis.spec import operations

    image = operations("rawugc")["generateImage"]
    image.credits.cost_of({"model": "nano-banana-2"})   # 4
    image.retry_safe()                                   # False: it spends credits
    operations("icp")["getMediaList"].signing.service    # "iccloud_muse"
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from ._spec import IDEMPOTENT_METHODS, Spec, load_spec
from ._spec import spec as spec_index

API = Literal["rawugc", "icp"]
PACKAGES: Mapping[str, str] = MappingProxyType(
    {"rawugc": "rawugc_client", "icp": "volc_icp_client"}
)


@dataclass(frozen=True)
class Credits:
    """What an operation costs (``x-rawugc-credits``): a fixed ``cost``, a price per value of
    one body ``field`` (``prices``), or neither (the spec states no price: the answer's
    ``creditsUsed`` settles it)."""

    cost: int | None = None
    field: str | None = None
    prices: Mapping[str, int] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, operation: Mapping[str, Any]) -> Credits | None:
        """The price an operation's spec entry states; None when it spends nothing."""
        rule = operation.get("x-rawugc-credits")
        if rule is None:
            return None
        by = rule.get("costBy")
        if by is not None:
            return cls(field=by["field"], prices=MappingProxyType(dict(by["values"])))
        return cls(cost=rule.get("cost"))

    def cost_of(self, body: Mapping[str, Any] | None = None) -> int | None:
        """The price of a request with ``body`` (wire names); None when the spec does not
        say (no price stated, or a priced field missing or off the list)."""
        if self.field is None:
            return self.cost
        value = (body or {}).get(self.field)
        return self.prices.get(value) if isinstance(value, str) else None

    @property
    def most(self) -> int | None:
        """The most one request can cost (None: not stated)."""
        if self.field is not None:
            return max(self.prices.values(), default=None)
        return self.cost

    def describe(self) -> str:
        """The price in words: ``3 credits``, ``by model: a 4, b 2``, or not stated."""
        if self.field is not None:
            listed = ", ".join(f"{value} {_credits(cost)}" for value, cost in self.prices.items())
            return f"by {self.field}: {listed}"
        if self.cost is None:
            return "credits not stated (see creditsUsed in the answer)"
        return _credits(self.cost)


def _credits(count: int) -> str:
    return f"{count} credit" if count == 1 else f"{count} credits"


@dataclass(frozen=True)
class Publishing:
    """When an operation publishes (``x-rawugc-publishes``): always, or only when the body's
    ``field`` holds one of ``values`` (``x-rawugc-publishes-when``)."""

    field: str | None = None
    values: tuple[str, ...] = ()

    @classmethod
    def of(cls, operation: Mapping[str, Any]) -> Publishing | None:
        """When an operation's spec entry says it publishes; None when it never does."""
        if operation.get("x-rawugc-publishes") is not True:
            return None
        when = operation.get("x-rawugc-publishes-when")
        return cls() if when is None else cls(when["field"], tuple(when["values"]))

    def describe(self) -> str:
        """When it publishes, in words (empty: always)."""
        return (
            "" if self.field is None else f"when {self.field} is {' or '.join(sorted(self.values))}"
        )

    def publishes(self, body: Mapping[str, Any] | bytes | None = None) -> bool:
        """Whether a request with ``body`` (a mapping or JSON bytes) may publish; a body that
        cannot be read counts as yes."""
        if self.field is None:
            return True
        if isinstance(body, bytes | bytearray):
            try:
                body = json.loads(body)
            except ValueError:
                return True
        if not isinstance(body, Mapping):
            return True
        return body.get(self.field) in self.values


@dataclass(frozen=True)
class Job:
    """An operation that starts an async job (``x-rawugc-job``): how to poll and read it."""

    poll_operation: str
    list_operation: str | None
    id_field: str
    status_field: str
    pending: frozenset[str]
    completed: frozenset[str]
    failed: frozenset[str]
    result_fields: tuple[str, ...]
    spec: Mapping[str, Any]
    """The extension as the spec states it (intervals, estimated completion...)."""
    created_field: str | None = None
    """The job's creation time (a list sweep can stop past the oldest job waited on)."""
    fail_fields: tuple[str, ...] = ()
    """Code and message of a failed job."""
    list_items: str | None = None
    """The list operation's array of jobs."""
    list_status_parameter: str | None = None
    """The list operation's parameter that filters by status (None: it has none)."""
    estimate_field: str | None = None
    """The answer's estimated time to completion, in seconds."""
    path_parameter: str | None = None
    """The poll operation's path parameter that takes the job id."""
    min_interval: float | None = None
    max_interval: float | None = None
    """The poll interval bounds the spec recommends (``pollIntervalSeconds``)."""


@dataclass(frozen=True)
class Paging:
    """A paged list (``x-pagination``): where the page number and size go, where the items
    and the page count are in the answer (dotted paths)."""

    page_in: str
    page_name: str
    first: int
    size_in: str
    size_name: str
    items: str
    total_pages: str | None
    size_max: int | None = None
    """The largest page size the size parameter's schema allows (None: not stated)."""


@dataclass(frozen=True)
class Batch:
    """A list argument sent in batches (``x-sdk-batch``) of at most ``limit`` items (the
    list's ``x-volc-batch-limit``, else its ``maxItems``; None: not stated)."""

    parameter_in: str
    parameter_name: str
    items: str
    limit: int | None = None


@dataclass(frozen=True)
class Signing:
    """The Volcengine signing scope of an ICP action (``x-volc-signing``)."""

    service: str
    region: str


@dataclass(frozen=True)
class Via:
    """A request value mapped through another list before it is compared (``via``)."""

    finder: str  # the list operation
    items: str  # dotted path of its array
    key: str  # the item field holding the request's value
    value: str  # the item field holding what the found item shows


@dataclass(frozen=True)
class MatchField:
    """One ``match`` entry of ``x-rawugc-reconcile``: request field -> item field."""

    request: str
    item: str
    values: Mapping[str, tuple[Any, ...]] | None = None  # request value -> item values
    via: Via | None = None


@dataclass(frozen=True)
class Reconcile:
    """How the result of a call whose answer was lost is found (``x-rawugc-reconcile``).

    ``finder`` is called with ``arguments`` (finder parameter -> request field name, or a
    constant when not a string); the array at ``items`` (the answer itself when empty) is
    searched for the one item whose ``match`` fields equal the request's, whose ``constants``
    hold (one of the values, for a list) and whose ``window_item`` time lies between the send
    and the lookup, widened by ``skew_seconds``.
    """

    finder: str
    items: str
    id_field: str
    arguments: Mapping[str, Any]
    match: tuple[MatchField, ...]
    constants: Mapping[str, Any]
    window_item: str | None
    skew_seconds: float
    result_from_request: Mapping[str, str]
    result_defaults: Mapping[str, Any]

    @classmethod
    def of(cls, operation: Mapping[str, Any]) -> Reconcile | None:
        """The rule an operation declares; None when it declares none or ``false``."""
        rule = operation.get("x-rawugc-reconcile")
        if not rule:
            return None
        fields = []
        for entry in rule.get("match", []):
            via, values = entry.get("via"), entry.get("values")
            fields.append(
                MatchField(
                    entry["request"],
                    entry["item"],
                    {k: tuple(v) for k, v in values.items()} if values is not None else None,
                    Via(via["finder"], via["items"], via["key"], via["value"]) if via else None,
                )
            )
        window = rule.get("window") or {}
        return cls(
            finder=rule["finder"],
            items=rule["items"],
            id_field=rule["idField"],
            arguments=MappingProxyType(dict(rule.get("arguments", {}))),
            match=tuple(fields),
            constants=MappingProxyType(dict(rule.get("constants", {}))),
            window_item=window.get("item"),
            skew_seconds=float(window.get("skewSeconds", 0)),
            result_from_request=MappingProxyType(dict(rule.get("resultFromRequest", {}))),
            result_defaults=MappingProxyType(dict(rule.get("resultDefaults", {}))),
        )


@dataclass(frozen=True)
class OperationFacts:
    """One operation of one spec and every fact its vendor extensions state."""

    api: str
    operation_id: str
    method: str
    path: str
    sdk_name: str | None
    idempotent: bool
    credits: Credits | None
    publishing: Publishing | None
    job: Job | None
    paging: Paging | None
    batch: Batch | None
    signing: Signing | None
    action: str | None
    reconcile: Reconcile | None = None
    """How a lost answer is looked up (``x-rawugc-reconcile``); None: it cannot be."""
    extensions: Mapping[str, Any] = dataclasses.field(repr=False, default_factory=dict)
    """Every ``x-`` extension of the operation as the spec states it."""

    @property
    def spends_credits(self) -> bool:
        """Whether the operation may spend credits."""
        return self.credits is not None

    @property
    def publishes(self) -> bool:
        """Whether the operation may publish (for some body)."""
        return self.publishing is not None

    def publishes_with(self, body: Mapping[str, Any] | bytes | None = None) -> bool:
        """Whether a request with ``body`` may publish."""
        return self.publishing is not None and self.publishing.publishes(body)

    @property
    def sent_once(self) -> bool:
        """Whether a call is guarded as paid work: it spends credits, publishes, or declares
        how (or that it cannot be) looked up after a lost answer (``x-rawugc-reconcile``)."""
        return self.spends_credits or self.publishes or "x-rawugc-reconcile" in self.extensions

    def retry_safe(self, body: Mapping[str, Any] | bytes | None = None) -> bool:
        """Whether sending the request again, after it may have reached the server, is
        harmless: idempotent, spends nothing, publishes nothing."""
        return self.idempotent and not self.spends_credits and not self.publishes_with(body)


def facts_of(
    api: str,
    path: str,
    method: str,
    spec: Mapping[str, Any],
    *,
    document: Spec | Mapping[str, Any] | None = None,
) -> OperationFacts:
    """The facts of one operation from its spec entry; with the ``document`` it belongs to,
    the limits its schemas state too (the largest page size, the largest batch)."""
    verb = method.upper()
    job, paging, batch = spec.get("x-rawugc-job"), spec.get("x-pagination"), spec.get("x-sdk-batch")
    signing = spec.get("x-volc-signing")
    index = Spec(document) if isinstance(document, Mapping) else document
    limits = _Limits(index, path, spec)
    return OperationFacts(
        api=api,
        operation_id=spec["operationId"],
        method=verb,
        path=path,
        sdk_name=spec.get("x-sdk-name"),
        idempotent=verb in IDEMPOTENT_METHODS or spec.get("x-idempotent") is True,
        credits=Credits.of(spec),
        publishing=Publishing.of(spec),
        job=None if job is None else _job_of(job),
        paging=None if paging is None else _paging_of(paging, limits),
        batch=None if batch is None else _batch_of(batch, limits),
        signing=None if signing is None else Signing(signing["service"], signing["region"]),
        action=spec.get("x-volc-action"),
        reconcile=Reconcile.of(spec),
        extensions=MappingProxyType({k: v for k, v in spec.items() if k.startswith("x-")}),
    )


@dataclass(frozen=True)
class _Limits:
    """The schema of an operation's parameter or body field, where a limit is stated."""

    index: Spec | None
    path: str
    operation: Mapping[str, Any]

    def schema(self, where: str, name: str) -> Mapping[str, Any]:
        """The resolved schema of parameter ``name`` (``in: where``) or body field ``name``;
        empty without the document or when the spec has no such field."""
        index = self.index
        if index is None:
            return {}
        if where == "body":
            content = self.operation.get("requestBody", {}).get("content", {})
            body = index.resolve(content.get("application/json", {}).get("schema", {}))
            found: Mapping[str, Any] = index.resolve(body.get("properties", {}).get(name, {}))
            return found
        for param in index.parameters(self.path, self.operation):
            if param["in"] == where and param["name"] == name:
                schema: Mapping[str, Any] = index.resolve(param.get("schema", {}))
                return schema
        return {}

    def integer(self, where: str, name: str, *keywords: str) -> int | None:
        """The first of ``keywords`` the field's schema states, as an integer."""
        schema = self.schema(where, name)
        value = next((schema[k] for k in keywords if schema.get(k) is not None), None)
        return None if value is None else int(value)


def _job_of(rule: Mapping[str, Any]) -> Job:
    interval = rule.get("pollIntervalSeconds", {})
    low, high = interval.get("min"), interval.get("max")
    return Job(
        poll_operation=rule["pollOperationId"],
        list_operation=rule.get("listOperationId"),
        id_field=rule["idField"],
        status_field=rule["statusField"],
        pending=frozenset(rule.get("pendingStatuses", ())),
        completed=frozenset(rule.get("completedStatuses", ())),
        failed=frozenset(rule.get("failedStatuses", ())),
        result_fields=tuple(rule.get("resultFields", ())),
        spec=MappingProxyType(dict(rule)),
        created_field=rule.get("createdField"),
        fail_fields=tuple(rule.get("failFields", ())),
        list_items=rule.get("listItemsField"),
        list_status_parameter=rule.get("listStatusParameter"),
        estimate_field=rule.get("estimatedCompletionField"),
        path_parameter=rule.get("pathParameter"),
        min_interval=None if low is None else float(low),
        max_interval=None if high is None else float(high),
    )


def _paging_of(rule: Mapping[str, Any], limits: _Limits) -> Paging:
    page, size = rule["page"], rule["size"]
    return Paging(
        page_in=page["in"],
        page_name=page["name"],
        first=int(page.get("first", 1)),
        size_in=size["in"],
        size_name=size["name"],
        items=rule["items"],
        total_pages=rule.get("totalPages"),
        size_max=limits.integer(size["in"], size["name"], "maximum"),
    )


def _batch_of(rule: Mapping[str, Any], limits: _Limits) -> Batch:
    where, name = rule["parameter"]["in"], rule["parameter"]["name"]
    return Batch(
        parameter_in=where,
        parameter_name=name,
        items=rule["items"],
        limit=limits.integer(where, name, "x-volc-batch-limit", "maxItems"),
    )


def operations(api: str) -> Mapping[str, OperationFacts]:
    """Every operation of an API's spec (``"rawugc"`` or ``"icp"``, or the generated package's
    name), by operationId, built once."""
    name = api if api in PACKAGES else _NAMES.get(api)
    if name is None:
        raise ValueError(f"unknown API {api!r}: one of {', '.join(PACKAGES)}")
    return _operations(name)


_NAMES = {package: name for name, package in PACKAGES.items()}


@dataclass(frozen=True)
class RateLimitFacts:
    """A key's rate limit as a spec states it (``info.x-rawugc-rate-limit``): ``requests``
    per ``window_seconds``, counted per ``scope`` (``key``)."""

    requests: int
    window_seconds: float
    scope: str = "key"

    @property
    def per_minute(self) -> float:
        """Requests a minute."""
        return self.requests * 60.0 / self.window_seconds

    def seconds_for(self, requests: int) -> float:
        """The least time ``requests`` take at this limit, a full window's burst first
        (``requests`` up to ``self.requests`` go at once)."""
        if requests <= 0:
            return 0.0
        return ((requests - 1) // self.requests) * self.window_seconds


def rate_limit(api: str) -> RateLimitFacts | None:
    """The rate limit an API's spec states (None: it states none)."""
    name = api if api in PACKAGES else _NAMES.get(api)
    if name is None:
        raise ValueError(f"unknown API {api!r}: one of {', '.join(PACKAGES)}")
    rule = load_spec(PACKAGES[name]).get("info", {}).get("x-rawugc-rate-limit")
    if rule is None:
        return None
    return RateLimitFacts(
        int(rule["requests"]), float(rule["windowSeconds"]), str(rule.get("scope", "key"))
    )


@functools.cache
def _operations(name: str) -> Mapping[str, OperationFacts]:
    index = spec_index(PACKAGES[name])
    return MappingProxyType(
        {
            entry["operationId"]: facts_of(name, path, method, entry, document=index)
            for path, method, entry in index.operations()
        }
    )


__all__ = [
    "PACKAGES",
    "Batch",
    "Credits",
    "Job",
    "MatchField",
    "OperationFacts",
    "Paging",
    "Publishing",
    "RateLimitFacts",
    "Reconcile",
    "Signing",
    "Via",
    "facts_of",
    "operations",
    "rate_limit",
]
