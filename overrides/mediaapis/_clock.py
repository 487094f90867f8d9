"""Time for the whole package: the one async sleep (asyncio imported when first awaited)."""

from __future__ import annotations


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep`` (asyncio imported when first awaited)."""
    import asyncio

    await asyncio.sleep(seconds)
