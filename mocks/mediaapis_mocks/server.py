"""Serve a mock: on a real loopback socket (uvicorn in a background thread), or in-process."""

from __future__ import annotations

import asyncio
import threading
import time
from types import TracebackType

import httpx
import uvicorn
from starlette.types import ASGIApp


class LoopbackServer:
    """Run an ASGI app on ``127.0.0.1`` (a free port unless given) until ``stop``.

    Usable as a context manager; ``base_url`` is known once started.
    """

    def __init__(self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = uvicorn.Server(
            uvicorn.Config(
                app, host=host, port=port, log_level="warning", lifespan="off", access_log=False
            )
        )
        self._thread = threading.Thread(target=self._server.run, name="mock-server", daemon=True)
        self.host = host
        self.port = port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> LoopbackServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"mock server did not start on {self.host}")
            time.sleep(0.01)
        sockets = self._server.servers[0].sockets
        self.port = sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class InProcessTransport(httpx.BaseTransport):
    """A sync ``httpx`` transport that calls an ASGI app in the calling thread, no socket.

    ``httpx.ASGITransport`` serves async clients only; this runs it on a private event loop
    per request, so exceptions of the app (e.g. a strict mock's ``ResponseConformanceError``)
    reach the caller. Not usable from inside a running event loop.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def send() -> httpx.Response:
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
            response = await self._asgi.handle_async_request(forwarded)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(send())
