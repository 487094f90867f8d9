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


def _charged(status: int | None) -> bool | None:
    """Whether a failed call may have spent credits: not after a 4xx, unknown otherwise."""
    return False if status is not None and 400 <= status < 500 else None


def envelope(error: Any) -> dict[str, Any]:
    """The Volcengine error envelope of an ICP error, under the envelope's field names."""
    return {
        "ResponseMetadata": {
            "RequestId": getattr(error, "request_id", None),
            "Action": getattr(error, "action", None),
            "Error": {
                "Code": getattr(error, "code", None),
                "CodeN": getattr(error, "code_n", None),
                "Message": getattr(error, "message", str(error)),
            },
        }
    }


def failure(error: Exception) -> ToolFailure:
    """A tool failure from any error of the client stacks (read by attribute: problem details
    for RawUGC status errors, the envelope for Volcengine errors, the class name otherwise)."""
    if isinstance(error, ToolFailure):
        return error
    from ..rawugc.errors import IdempotencyKeyError

    if isinstance(error, IdempotencyKeyError):  # refused before anything was sent
        refused = {"error": type(error).__name__, "message": str(error), "key": error.key}
        return ToolFailure(str(error), refused, charged=False)
    status = getattr(error, "status_code", None)
    if hasattr(error, "code_n"):
        return ToolFailure(str(error), envelope(error), charged=False)
    if hasattr(error, "title") and isinstance(status, int):
        return ToolFailure(str(error), problem(error), charged=_charged(status))
    details: dict[str, Any] = {"error": type(error).__name__, "message": str(error)}
    if isinstance(status, int):
        details["status"] = status
    return ToolFailure(str(error), details, charged=None)


def problem(error: Any) -> dict[str, Any]:
    """The RFC 7807 members of a RawUGC status error, under their spec names."""
    document: dict[str, Any] = {
        "type": getattr(error, "type", "about:blank"),
        "title": getattr(error, "title", None),
        "status": getattr(error, "status_code", None),
        "detail": getattr(error, "detail", None),
        "instance": getattr(error, "instance", None),
    }
    errors = getattr(error, "errors", None)
    if errors:
        document["errors"] = [
            {"field": getattr(e, "field", ""), "message": getattr(e, "message", "")} for e in errors
        ]
    return {key: value for key, value in document.items() if value is not None}


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
        from .._resource import apaid_send
        from ..rawugc.reconcile import REPLAYED_HEADER

        api = self.rawugc()
        client = api.client.get_async_httpx_client()
        try:
            response = await apaid_send(api, client, request, key)
        except Exception as exc:  # the stack's typed errors, whatever their class
            raise failure(exc) from None
        if response.status_code >= 400:  # the stack raises these; kept for a non-raising one
            status = response.status_code
            raise ToolFailure(f"HTTP {status}", _json(response), charged=_charged(status))
        document = _json(response) if response.content else {}
        if response.headers.get(REPLAYED_HEADER) == "ledger" and isinstance(document, dict):
            document[REPLAYED] = True  # the key's first answer: nothing spent now
        return document

    async def _send_icp(self, request: Mapping[str, Any]) -> Any:
        from ..icp.errors import error_from_body

        client = self.icp().client.get_async_httpx_client()
        try:
            response = await client.request(**request)
            error = error_from_body(response.status_code, response.content)
            if error is not None:
                raise error
        except Exception as exc:
            raise failure(exc) from None
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
