"""Iterate over every item of a paginated list, fetching page after page (sync and async).

A list is paginated when the spec gives its operation ``page`` and ``limit`` query parameters
and its response a ``pagination`` object; the items are the response's array property. Pages
are requested at the largest size the spec allows unless ``page_size`` says otherwise.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from rawugc_client import AuthenticatedClient, Client

from .._spec import operations_by_id
from .client import RawUGC, generated_client
from .errors import unwrap
from .operations import SPEC_PACKAGE, attribute, generated_module, operation_of_module, resolve


@functools.cache
def page_shape(operation_id: str) -> tuple[str, int] | None:
    """(items property, largest page size) of a paginated list operation, else None."""
    _, method, spec = operations_by_id(SPEC_PACKAGE)[operation_id]
    params = {p["name"]: p for p in map(resolve, spec.get("parameters", [])) if p["in"] == "query"}
    if method != "get" or "page" not in params or "limit" not in params:
        return None
    content = resolve(spec["responses"]["200"]).get("content", {})
    schema = resolve(content.get("application/json", {}).get("schema", {}))
    properties = schema.get("properties", {})
    if "pagination" not in properties:
        return None
    arrays = [name for name, s in properties.items() if resolve(s).get("type") == "array"]
    if len(arrays) != 1:
        return None
    return arrays[0], int(resolve(params["limit"]["schema"]).get("maximum", 100))


def paginated_operations() -> list[str]:
    """operationIds of every paginated list in the spec."""
    return [op for op in operations_by_id(SPEC_PACKAGE) if page_shape(op) is not None]


def _setup(
    client: object, operation: ModuleType | str, page_size: int | None
) -> tuple[AuthenticatedClient | Client, ModuleType, str, int]:
    """(generated client, module, items attribute, page size) of a paginated list, every
    argument checked (errors name it) before the first page is asked for."""
    if isinstance(client, RawUGC | AuthenticatedClient | Client):
        api = generated_client(client)
    elif isinstance(inner := getattr(client, "client", None), AuthenticatedClient | Client):
        api = inner
    else:
        raise TypeError(
            "client must be a RawUGC, or a generated AuthenticatedClient or Client, "
            f"got {type(client).__name__}"
        )
    if not isinstance(operation, str | ModuleType):
        raise TypeError(
            "operation must be a generated list module (e.g. list_videos) or its operationId, "
            f"got {type(operation).__name__}"
        )
    known = ", ".join(paginated_operations())
    try:
        operation_id = operation_of_module(operation)
        shape = page_shape(operation_id) if operation_id in operations_by_id(SPEC_PACKAGE) else None
    except LookupError:
        shape = None
    if shape is None:
        raise ValueError(
            f"operation {getattr(operation, '__name__', operation)!r} is not a paginated list "
            f"operation of the RawUGC spec (those are: {known})"
        )
    items_field, largest = shape
    if page_size is not None and (
        not isinstance(page_size, int)
        or isinstance(page_size, bool)
        or not 1 <= page_size <= largest
    ):
        raise ValueError(
            f"page_size must be a whole number from 1 to {largest} (the spec's limit for "
            f"{operation_id}), got {page_size!r}"
        )
    return api, generated_module(operation_id), items_field, page_size or largest


def _last(page: Any, number: int, items: list[Any]) -> bool:
    """Whether page ``number`` was the last one."""
    return not items or number >= int(page.pagination.total_pages)


def paginate(
    client: RawUGC | AuthenticatedClient | Client,
    operation: ModuleType | str,
    *,
    page_size: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of a list operation (a generated module such as ``list_videos``, or its
    operationId); ``params`` are its other arguments (e.g. ``status="completed"``). The
    arguments are checked at the call, before iteration (``TypeError`` / ``ValueError``)."""
    return _pages(*_setup(client, operation, page_size), params)


def _pages(
    api: AuthenticatedClient | Client,
    module: ModuleType,
    items_field: str,
    size: int,
    params: dict[str, Any],
) -> Iterator[Any]:
    number = 1
    while True:
        page = unwrap(module.sync_detailed(client=api, page=number, limit=size, **params))
        items = list(getattr(page, attribute(page, items_field)))
        yield from items
        if _last(page, number, items):
            return
        number += 1


def apaginate(
    client: RawUGC | AuthenticatedClient | Client,
    operation: ModuleType | str,
    *,
    page_size: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """Async twin of :func:`paginate` (``async for item in apaginate(...)``)."""
    return _apages(*_setup(client, operation, page_size), params)


async def _apages(
    api: AuthenticatedClient | Client,
    module: ModuleType,
    items_field: str,
    size: int,
    params: dict[str, Any],
) -> AsyncIterator[Any]:
    number = 1
    while True:
        response = await module.asyncio_detailed(client=api, page=number, limit=size, **params)
        page = unwrap(response)
        items = list(getattr(page, attribute(page, items_field)))
        for item in items:
            yield item
        if _last(page, number, items):
            return
        number += 1
