"""Iterate over every item of a paginated list, fetching page after page (sync and async).

A list is paginated when the spec declares it so (``x-pagination``). The pages are fetched by
the typed resource method of the operation (``mediaapis._pages``: the one paging flow), at the
largest size the spec allows unless ``page_size`` says otherwise.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from rawugc_client import AuthenticatedClient, Client

from .._checks import check_number
from .._resource import HasGeneratedClient
from .._spec import argument, typed_method
from ..spec import operations
from .operations import SPEC_PACKAGE, operation_of_module


def page_shape(operation_id: str) -> tuple[str, int] | None:
    """(items property, largest page size) of an operation the spec declares paginated
    (``x-pagination``, read by ``mediaapis.spec``), else None."""
    paging = operations(SPEC_PACKAGE)[operation_id].paging
    if paging is None or paging.size_max is None:
        return None
    return paging.items, paging.size_max


def paginated_operations() -> list[str]:
    """operationIds of every paginated list in the spec."""
    return [op for op in operations(SPEC_PACKAGE) if page_shape(op) is not None]


def _setup(
    client: object, operation: ModuleType | str, page_size: int | None
) -> tuple[AuthenticatedClient | Client, str, int]:
    """(generated client, operationId, page size) of a paginated list, every
    argument checked (errors name it) before the first page is asked for."""
    if isinstance(client, AuthenticatedClient | Client):
        api = client
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
        shape = page_shape(operation_id) if operation_id in operations(SPEC_PACKAGE) else None
    except LookupError:
        shape = None
    if shape is None:
        raise ValueError(
            f"operation {getattr(operation, '__name__', operation)!r} is not a paginated list "
            f"operation of the RawUGC spec (those are: {known})"
        )
    largest = shape[1]
    if page_size is not None:
        unit = f" (the spec's limit for {operation_id})"
        check_number("page_size", page_size, integer=True, positive=True, at_most=largest,
                     unit=unit, type_error=ValueError)  # fmt: skip
    return api, operation_id, page_size or largest


def paginate(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    operation: ModuleType | str,
    *,
    page_size: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of a list operation (a generated module such as ``list_videos``, or its
    operationId); ``params`` are its other arguments (e.g. ``status="completed"``). The
    arguments are checked at the call, before iteration (``TypeError`` / ``ValueError``)."""
    api, operation_id, size = _setup(client, operation, page_size)
    return _pages(api, operation_id, {**params, _size_argument(operation_id): size})


def _pages(api: object, operation_id: str, arguments: dict[str, Any]) -> Iterator[Any]:
    yield from typed_method(SPEC_PACKAGE, operation_id, api)(**arguments)


def apaginate(
    client: HasGeneratedClient | AuthenticatedClient | Client,
    operation: ModuleType | str,
    *,
    page_size: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """Async twin of :func:`paginate` (``async for item in apaginate(...)``)."""
    api, operation_id, size = _setup(client, operation, page_size)
    method = typed_method(SPEC_PACKAGE, operation_id, api, asynchronous=True)
    return aiter(method(**params, **{_size_argument(operation_id): size}))


def _size_argument(operation_id: str) -> str:
    """The Python argument of the page size (``x-pagination.size``)."""
    paging = operations(SPEC_PACKAGE)[operation_id].paging
    assert paging is not None
    return argument(SPEC_PACKAGE, operation_id, paging.size_name)
