"""Typed pages of a paginated list, as the spec's ``x-pagination`` declares it (sync and async).

A page holds one answer and knows how to ask for the next one: the page number lives in a query
parameter (RawUGC's 1-based ``page``) or in a body field (ICP's 0-based ``PageNum``). Iterating
a page yields every item of it and of every later page. The decisions (which page comes next,
whether this one is the last) are made once in :class:`Paging`; :class:`SyncPage` and
:class:`AsyncPage` only fetch.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import attrs

from ._sentinel import Unset

Item = TypeVar("Item")


def _unset(value: Any) -> bool:
    """Whether a generated model left ``value`` out (``Unset``) or gave null."""
    return value is None or isinstance(value, Unset)


@dataclass(frozen=True)
class Paging:
    """One operation's ``x-pagination``, in the generated client's attribute names."""

    where: str  # "query" or "body"
    attr: str  # the page number's argument (query) or body attribute
    first: int
    items: tuple[str, ...]
    total: tuple[str, ...]

    def number(self, arguments: Mapping[str, Any]) -> int:
        """The page number these arguments ask for."""
        holder = arguments.get("body") if self.where == "body" else None
        value: Any = getattr(holder, self.attr) if holder is not None else arguments.get(self.attr)
        return self.first if _unset(value) else int(value)

    def next_arguments(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments of the page after the one ``arguments`` asked for."""
        following = self.number(arguments) + 1
        if self.where == "query":
            return {**arguments, self.attr: following}
        return {**arguments, "body": attrs.evolve(arguments["body"], **{self.attr: following})}

    def items_of(self, page: Any) -> list[Any]:
        """The page's items."""
        value = _path(page, self.items)
        return [] if _unset(value) else list(value)

    def is_last(self, page: Any, number: int, items: list[Any]) -> bool:
        """Whether page ``number`` is the last: empty, or at the total the answer states."""
        total = _path(page, self.total)
        return not items or (not _unset(total) and number + 1 - self.first >= int(total))


def _path(value: Any, names: tuple[str, ...]) -> Any:
    """Follow attribute names (``pagination.total_pages``) through a model."""
    for name in names:
        if _unset(value):
            return None
        value = getattr(value, name)
    return value


class _Page(Generic[Item]):
    """What a sync and an async page share: the answer, its items, the next arguments."""

    def __init__(
        self, operation: str, paging: Paging, arguments: Mapping[str, Any], data: Any
    ) -> None:
        self._operation, self._paging, self._arguments = operation, paging, arguments
        self.data = data
        """The page as the operation's model (``VideoList``, ``GetMediaListResult``...)."""
        self.number = paging.number(arguments)
        """This page's number, as the API counts (RawUGC from 1, ICP from 0)."""
        self.items: list[Item] = paging.items_of(data)
        """This page's items."""

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return not self._paging.is_last(self.data, self.number, self.items)

    def __repr__(self) -> str:
        """Operation, page number and item count."""
        op, count = self._operation, len(self.items)
        return f"<{type(self).__name__} {op} page {self.number}: {count} items>"


class SyncPage(_Page[Item]):
    """One page of a list; iterating it yields every item of this and the following pages."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], SyncPage[Item]],
        operation: str,
        paging: Paging,
        arguments: Mapping[str, Any],
        data: Any,
    ) -> None:
        """``fetch`` sends the list call with other arguments (the next page's)."""
        super().__init__(operation, paging, arguments, data)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[Item]:
        """Fetch the page after this one (check :meth:`has_next_page` first)."""
        if not self.has_next_page():
            raise StopIteration(f"page {self.number} is the last one")
        return self._fetch(self._paging.next_arguments(self._arguments))

    def iter_pages(self) -> Iterator[SyncPage[Item]]:
        """This page and every following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[Item]:
        """Every item, page after page."""
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[Item]):
    """Async twin of :class:`SyncPage`: ``async for item in page`` walks every page."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], Awaitable[AsyncPage[Item]]],
        operation: str,
        paging: Paging,
        arguments: Mapping[str, Any],
        data: Any,
    ) -> None:
        """``fetch`` sends the list call with other arguments (the next page's)."""
        super().__init__(operation, paging, arguments, data)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[Item]:
        """Fetch the page after this one (check :meth:`has_next_page` first)."""
        if not self.has_next_page():
            raise StopAsyncIteration(f"page {self.number} is the last one")
        return await self._fetch(self._paging.next_arguments(self._arguments))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[Item]]:
        """This page and every following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[Item]:
        """Every item, page after page."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[Item]):
    """What an async list method returns: ``await`` it for the first page, or ``async for``
    over it for every item of every page (as openai-python's ``AsyncPaginator``)."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[Item]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[Item]]:
        """The first page."""
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[Item]:
        """Every item, page after page."""
        page = await self._first_page()
        async for item in page:
            yield item
