"""RawUGC and AsyncRawUGC: the RawUGC API as resources (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from mediaapis.rawugc.client import RawUGC as _Base

if TYPE_CHECKING:
    from .characters import AsyncCharacters, Characters
    from .images import AsyncImages, Images
    from .messages import AsyncMessages, Messages
    from .music import AsyncMusic, Music
    from .personas import AsyncPersonas, Personas
    from .products import AsyncProducts, Products
    from .research import AsyncResearch, Research
    from .social import AsyncSocial, Social
    from .styles import AsyncStyles, Styles
    from .uploads import AsyncUploads, Uploads
    from .videos import AsyncVideos, Videos
    from .viral_library import AsyncViralLibrary, ViralLibrary

__all__ = ["AsyncRawUGC", "RawUGC"]


class RawUGC(_Base):
    """The RawUGC API: each resource is an attribute, built on first use.

    Settings as in ``mediaapis.rawugc.client.RawUGC``; calls raise the typed errors of
    ``mediaapis`` and return the operation's model.
    """

    @cached_property
    def videos(self) -> Videos:
        """Videos operations."""
        from .videos import Videos

        return Videos(self)

    @cached_property
    def images(self) -> Images:
        """Images operations."""
        from .images import Images

        return Images(self)

    @cached_property
    def music(self) -> Music:
        """Music operations."""
        from .music import Music

        return Music(self)

    @cached_property
    def uploads(self) -> Uploads:
        """Uploads operations."""
        from .uploads import Uploads

        return Uploads(self)

    @cached_property
    def characters(self) -> Characters:
        """Characters operations."""
        from .characters import Characters

        return Characters(self)

    @cached_property
    def personas(self) -> Personas:
        """Personas operations."""
        from .personas import Personas

        return Personas(self)

    @cached_property
    def messages(self) -> Messages:
        """Messages operations."""
        from .messages import Messages

        return Messages(self)

    @cached_property
    def products(self) -> Products:
        """Products operations."""
        from .products import Products

        return Products(self)

    @cached_property
    def styles(self) -> Styles:
        """Styles operations."""
        from .styles import Styles

        return Styles(self)

    @cached_property
    def social(self) -> Social:
        """Social operations."""
        from .social import Social

        return Social(self)

    @cached_property
    def viral_library(self) -> ViralLibrary:
        """ViralLibrary operations."""
        from .viral_library import ViralLibrary

        return ViralLibrary(self)

    @cached_property
    def research(self) -> Research:
        """Research operations."""
        from .research import Research

        return Research(self)


class AsyncRawUGC(_Base):
    """The RawUGC API for asyncio: the same resources, every method a coroutine."""

    @cached_property
    def videos(self) -> AsyncVideos:
        """Videos operations."""
        from .videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def images(self) -> AsyncImages:
        """Images operations."""
        from .images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def music(self) -> AsyncMusic:
        """Music operations."""
        from .music import AsyncMusic

        return AsyncMusic(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Uploads operations."""
        from .uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def characters(self) -> AsyncCharacters:
        """Characters operations."""
        from .characters import AsyncCharacters

        return AsyncCharacters(self)

    @cached_property
    def personas(self) -> AsyncPersonas:
        """Personas operations."""
        from .personas import AsyncPersonas

        return AsyncPersonas(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """Messages operations."""
        from .messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def products(self) -> AsyncProducts:
        """Products operations."""
        from .products import AsyncProducts

        return AsyncProducts(self)

    @cached_property
    def styles(self) -> AsyncStyles:
        """Styles operations."""
        from .styles import AsyncStyles

        return AsyncStyles(self)

    @cached_property
    def social(self) -> AsyncSocial:
        """Social operations."""
        from .social import AsyncSocial

        return AsyncSocial(self)

    @cached_property
    def viral_library(self) -> AsyncViralLibrary:
        """ViralLibrary operations."""
        from .viral_library import AsyncViralLibrary

        return AsyncViralLibrary(self)

    @cached_property
    def research(self) -> AsyncResearch:
        """Research operations."""
        from .research import AsyncResearch

        return AsyncResearch(self)
