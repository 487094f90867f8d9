"""Serve both mocks on 127.0.0.1 until Ctrl-C (``python -m mediaapis_mocks``, ``make mock``)."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Sequence

PROG = "python -m mediaapis_mocks"


def parser() -> argparse.ArgumentParser:
    """The command line (help text is plain: argparse shows it as written)."""
    found = argparse.ArgumentParser(
        prog=PROG,
        description="Serve the RawUGC and Volcengine ICP mocks on 127.0.0.1 until Ctrl-C.",
    )
    found.add_argument("--rawugc-port", type=int, default=0, help="default: a free port")
    found.add_argument("--icp-port", type=int, default=0, help="default: a free port")
    found.add_argument(
        "--rate-limit",
        type=_positive_int,
        default=10,
        help="RawUGC requests per key per minute (default: 10, the vendor's limit)",
    )
    found.add_argument(
        "--job-seconds",
        type=float,
        default=None,
        help="make every RawUGC job take this long (default: the mock's durations)",
    )
    found.add_argument(
        "--credits",
        type=_non_negative_int,
        default=1000,
        help="starting credit balance of each RawUGC organisation (default: 1000; the broke "
        "key's stays at 0); a call that costs more than is left gets 402",
    )
    return found


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    from ._keys import TEST_ACCESS_KEY, TEST_KEY, TEST_SECRET_KEY
    from .icp import ICPMock
    from .rawugc import RawUGCMock
    from .server import LoopbackServer

    durations = None
    if args.job_seconds is not None:
        durations = dict.fromkeys(("video", "image", "music"), args.job_seconds)
    rawugc = RawUGCMock(
        rate_limit=args.rate_limit,
        credits=args.credits,
        durations=durations,
        queue_seconds=min(5.0, (args.job_seconds or 10.0) / 5),
    )
    servers = [
        LoopbackServer(rawugc, port=args.rawugc_port).start(),
        LoopbackServer(ICPMock(), port=args.icp_port).start(),
    ]
    print(f"RawUGC mock: {servers[0].base_url}   (RAWUGC_API_KEY={TEST_KEY})")
    print(
        f"ICP mock:    {servers[1].base_url}   "
        f"(VOLC_ACCESSKEY={TEST_ACCESS_KEY} VOLC_SECRETKEY={TEST_SECRET_KEY})"
    )
    print("Ctrl-C to stop.", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    for server in servers:
        server.stop()


if __name__ == "__main__":
    main()
