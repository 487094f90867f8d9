"""What every API client shares around its generated client: closing, context managers.

``RawUGC`` and ``BaseICP`` hold a generated client (``.client``) whose httpx clients, sync and
async, are built on first use; this closes whichever were built.
"""

from __future__ import annotations

from typing import Any, Self


class ClientLifecycle:
    """``close`` / ``aclose`` and the (async) context manager protocol over ``self.client``."""

    client: Any  # the generated client (``_client`` / ``_async_client``: httpx, once built)

    def close(self) -> None:
        """Close the sync httpx client (when one was built)."""
        if self.client._client is not None:
            self.client._client.close()

    async def aclose(self) -> None:
        """Close both httpx clients (when built)."""
        self.close()
        if self.client._async_client is not None:
            await self.client._async_client.aclose()

    def __enter__(self) -> Self:
        """Use as a context manager: the sync httpx client is closed at the end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the sync httpx client."""
        self.close()

    async def __aenter__(self) -> Self:
        """Use as an async context manager: both httpx clients are closed at the end."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close both httpx clients."""
        await self.aclose()
