"""``ICPClient``: the generated ``Client`` whose httpx clients carry the signer and the stack.

A module of its own so that ``import mediaapis`` does not load attrs and the generated client:
they load with the first ``ICP(...)`` / ``icp_client(...)``.
"""

from __future__ import annotations

from attrs import define, field

from volc_icp_client import Client

from .._stack import Stack, StackedClient


@define
class ICPClient(StackedClient, Client):
    """A generated ``Client`` whose httpx clients carry the signer and the transport stack.

    ``with_headers``/``with_timeout`` copies keep the stack.
    """

    _stack: Stack | None = field(default=None, kw_only=True, alias="stack", repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
