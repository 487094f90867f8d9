"""``RawUGCClient``: the generated ``AuthenticatedClient`` whose httpx clients carry the stack.

A module of its own so that ``import mediaapis`` does not load attrs and the generated client:
they load with the first ``RawUGC(...)``.
"""

from __future__ import annotations

from attrs import define, field

from rawugc_client import AuthenticatedClient

from .._stack import Stack, StackedClient


@define
class RawUGCClient(StackedClient, AuthenticatedClient):
    """An ``AuthenticatedClient`` whose httpx clients are built with the RawUGC stack.

    ``with_headers``/``with_timeout`` copies keep the stack (and the process's rate limiter).
    """

    _stack: Stack | None = field(default=None, kw_only=True, alias="stack", repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
