"""Send a tool's request through the project's client stacks; errors as structured failures.

RawUGC calls go through ``RawUGC``'s async httpx client (key, ``RawUGC-Version``, pacing, safe
retries, typed errors); ICP calls through ``BaseICP``'s generated client, whose httpx client
signs every request. Clients are built on first use, so a server for ``all`` starts (and lists
its tools) with only one API's keys set; the missing ones are reported when a tool needs them.
Whatever goes back to the client passes through :class:`Scrubber` first.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ..icp.client import BaseICP
    from ..rawugc.client import RawUGC

REPLAYED = "x-mediaapis-replayed"  # set on an answer replayed for an idempotency key
SECRET_ENV = ("RAWUGC_API_KEY", "VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN")


class ToolFailure(Exception):
    """A call failed; ``details`` is the error as the API sent it (problem details, or the
    Volcengine envelope), ``charged`` whether credits may have been spent (None: unknown)."""

    def __init__(self, message: str, details: Mapping[str, Any], *, charged: bool | None) -> None:
        super().__init__(message)
        self.details = dict(details)
        self.charged = charged


class Scrubber(logging.Filter):
    """Replace the known secrets (the keys in the environment) in text, JSON values and log
    records, with the stack's own :func:`mediaapis._errors.scrub`."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        super().__init__()
        self.secrets = tuple(environ[name] for name in SECRET_ENV if environ.get(name))

    def text(self, text: str) -> str:
        """``text`` with every secret replaced."""
        from .._errors import scrub

        return scrub(text, self.secrets)

    def value(self, value: Any) -> Any:
        """A JSON value with every secret replaced in its strings (keys included)."""
        from .._errors import scrub_value

        return scrub_value(value, self.secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub a log record's message (and its traceback text) in place."""
        record.msg = self.text(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = self.text(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def failure(error: Exception, *, free: bool = False) -> ToolFailure:
    """A tool failure from any error of the client stacks: its details are the typed error's
    own :meth:`~mediaapis.MediaAPIError.as_dict` (problem details for RawUGC, the envelope for
    ICP: what the API's profile made of the answer), the class and message otherwise.
    ``charged`` is False for a refusal (4xx) or a call to an API that charges nothing
    (``free``), unknown otherwise."""
    if isinstance(error, ToolFailure):
        return error
    from .._errors import MediaAPIError
    from ..rawugc.errors import IdempotencyKeyError

    if not isinstance(error, MediaAPIError):
        return ToolFailure(
            str(error), {"error": type(error).__name__, "message": str(error)}, charged=None
        )
    status = error.status_code
    refused = isinstance(error, IdempotencyKeyError) or (status is not None and 400 <= status < 500)
    charged = False if free or refused else None
    return ToolFailure(str(error), error.as_dict(), charged=charged)


class Backends:
    """The API clients of one server, built on first use from the environment."""

    def __init__(self, base_urls: Mapping[str, str | None], environ: Mapping[str, str]) -> None:
        self._base_urls = dict(base_urls)
        self._environ = dict(environ)
        self._rawugc: RawUGC | None = None
        self._icp: BaseICP | None = None

    def rawugc(self) -> RawUGC:
        """The RawUGC client (``RAWUGC_API_KEY``; a tool failure when it is not set)."""
        if self._rawugc is None:
            from ..rawugc.client import RawUGC

            try:
                self._rawugc = RawUGC(base_url=self._base_urls.get("rawugc"), environ=self._environ)
            except Exception as exc:  # MissingAPIKeyError and whatever the stack adds
                raise ToolFailure(str(exc), {"error": type(exc).__name__}, charged=False) from None
        return self._rawugc

    def icp(self) -> BaseICP:
        """The ICP client (``VOLC_ACCESSKEY`` / ``VOLC_SECRETKEY``)."""
        if self._icp is None:
            from ..icp.client import BaseICP

            try:
                self._icp = BaseICP(base_url=self._base_urls.get("icp"), environ=self._environ)
            except Exception as exc:  # MissingCredentialsError
                raise ToolFailure(str(exc), {"error": type(exc).__name__}, charged=False) from None
        return self._icp

    async def send(
        self, api: str, request: Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Any:
        """The response JSON of a request, or raise :class:`ToolFailure`."""
        if api == "rawugc":
            return await self._send_rawugc(request, idempotency_key)
        return await self._send_icp(request)

    async def _send_rawugc(self, request: Mapping[str, Any], key: str | None = None) -> Any:
        """A paid call (spends or publishes) goes the SDK's way: sent once, a lost answer looked
        up (so what it really cost is booked), the key kept in the client's ledger."""
        from .._resource import apaid_send, returned_error
        from ..rawugc.reconcile import REPLAYED_HEADER

        api = self.rawugc()
        client = api.client.get_async_httpx_client()
        try:
            response = await apaid_send(api, client, request, key)
            error = returned_error(api, response)  # a stack that returns error answers
            if error is not None:
                raise error
        except Exception as exc:  # the stack's typed errors, whatever their class
            raise failure(exc) from None
        document = _json(response) if response.content else {}
        if response.headers.get(REPLAYED_HEADER) == "ledger" and isinstance(document, dict):
            document[REPLAYED] = True  # the key's first answer: nothing spent now
        return document

    async def _send_icp(self, request: Mapping[str, Any]) -> Any:
        """ICP charges nothing per call: a failure never spent credits."""
        from .._resource import returned_error

        icp = self.icp()
        try:
            response = await icp.client.get_async_httpx_client().request(**request)
            error = returned_error(icp, response)
            if error is not None:
                raise error
        except Exception as exc:
            raise failure(exc, free=True) from None
        return _json(response)

    async def aclose(self) -> None:
        """Close the clients that were built."""
        if self._rawugc is not None:
            await self._rawugc.aclose()
        if self._icp is not None:
            await self._icp.aclose()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return {"error": "unreadable body", "status": response.status_code}
