"""ICP and AsyncICP: the Volcengine ICP media-pull OpenAPI as resources (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from mediaapis.icp.client import BaseICP as _Base

if TYPE_CHECKING:
    from .media import AsyncMedia, Media
    from .users import AsyncUsers, Users

__all__ = ["AsyncICP", "ICP"]


class ICP(_Base):
    """The Volcengine ICP media-pull OpenAPI: each resource is an attribute, built on first use.

    Settings as in ``mediaapis.icp.client.BaseICP``; calls raise the typed errors of
    ``mediaapis`` and return the operation's model.
    """

    @cached_property
    def users(self) -> Users:
        """Users operations."""
        from .users import Users

        return Users(self)

    @cached_property
    def media(self) -> Media:
        """Media operations."""
        from .media import Media

        return Media(self)


class AsyncICP(_Base):
    """The Volcengine ICP media-pull OpenAPI for asyncio: the same resources, every method a coroutine."""

    @cached_property
    def users(self) -> AsyncUsers:
        """Users operations."""
        from .users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def media(self) -> AsyncMedia:
        """Media operations."""
        from .media import AsyncMedia

        return AsyncMedia(self)
