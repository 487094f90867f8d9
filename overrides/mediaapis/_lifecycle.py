"""What every API client shares around its generated client: closing, context managers.

``RawUGC`` and ``BaseICP`` hold a generated client (``.client``) whose httpx clients, sync and
async, are built on first use; this closes whichever were built.
"""

from __future__ import annotations

import contextlib
from typing import Any, Self

_CLOSING: set[Any] = set()  # close tasks on a running loop, held until done


class ClientLifecycle:
    """``close`` / ``aclose`` and the (async) context manager protocol over ``self.client``."""

    client: Any  # the generated client (``_client`` / ``_async_client``: httpx, once built)

    def close(self) -> None:
        """Close both httpx clients (when built). The async one, used from ``asyncio.run``
        inside a ``with`` block, is closed on a loop of its own (or, from a running loop, by a
        task on it): its connections are not left open. Later requests raise
        :class:`~mediaapis.ClientClosedError`."""
        self.client._closed = True
        if self.client._client is not None:
            self.client._client.close()
        pending = self.client._async_client
        if pending is None or pending.is_closed:
            return
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            task = loop.create_task(pending.aclose())
            _CLOSING.add(task)
            task.add_done_callback(_CLOSING.discard)
            return
        # connections of a finished loop may refuse to close on this one: the client is
        # marked closed all the same, and its sockets go with it
        with contextlib.suppress(Exception):
            asyncio.run(pending.aclose())

    async def aclose(self) -> None:
        """Close both httpx clients (when built); later requests raise ``ClientClosedError``."""
        self.client._closed = True
        if self.client._client is not None:
            self.client._client.close()
        if self.client._async_client is not None:
            await self.client._async_client.aclose()

    def __enter__(self) -> Self:
        """Use as a context manager: both httpx clients are closed at the end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close both httpx clients."""
        self.close()

    async def __aenter__(self) -> Self:
        """Use as an async context manager: both httpx clients are closed at the end."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close both httpx clients."""
        await self.aclose()
