"""``python -m mediaapis_mocks`` (``make mock``): serve both mocks on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import threading

from .icp import TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from .rawugc import TEST_KEY, RawUGCMock
from .server import LoopbackServer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rawugc-port", type=int, default=0, help="default: a free port")
    parser.add_argument("--icp-port", type=int, default=0, help="default: a free port")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=10,
        help="RawUGC requests per key per minute (the vendor's limit is 10)",
    )
    parser.add_argument(
        "--job-seconds",
        type=float,
        default=None,
        help="make every RawUGC job take this long (default: the mock's durations)",
    )
    args = parser.parse_args()
    durations = None
    if args.job_seconds is not None:
        durations = dict.fromkeys(("video", "image", "music"), args.job_seconds)
    rawugc = RawUGCMock(
        rate_limit=args.rate_limit,
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
