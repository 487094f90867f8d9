"""``python -m mediaapis.mcp rawugc|icp|all [--http PORT] [guards]`` (also ``mediaapis mcp``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence

CHOICES = {"rawugc": ("rawugc",), "icp": ("icp",), "all": ("rawugc", "icp")}


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text}: must be 0 or more")
    return value


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="mediaapis mcp",
        description="Serve every operation of the chosen specs as MCP tools (stdio by default).",
    )
    p.add_argument("apis", choices=sorted(CHOICES), help="which specs to serve")
    p.add_argument(
        "--http", type=int, metavar="PORT", help="serve streamable HTTP on 127.0.0.1:PORT/mcp"
    )
    p.add_argument(
        "--max-credits",
        type=_non_negative,
        default=0,
        metavar="N",
        help="credits the server may spend in all (default 0: credit-spending tools refused)",
    )
    p.add_argument(
        "--unpriced-cost",
        type=_non_negative,
        metavar="N",
        help="credits to reserve for a call the spec does not price (cost: null)",
    )
    p.add_argument(
        "--allow-publish", action="store_true", help="allow tools that publish to social media"
    )
    p.add_argument("--allow-delete", action="store_true", help="allow DELETE operations")
    p.add_argument(
        "--rawugc-base-url", help="RawUGC base URL (default $RAWUGC_BASE_URL, else the spec's)"
    )
    p.add_argument(
        "--icp-base-url", help="ICP base URL (default $VOLC_ICP_BASE_URL, else the spec's)"
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and serve until the client (or Ctrl-C) ends it."""
    args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        from .server import Settings, serve_http, serve_stdio
    except ImportError as exc:
        print(
            f"error: the MCP server needs the mcp extra: pip install 'mediaapis[mcp]' ({exc})",
            file=sys.stderr,
        )
        return 2
    from .calls import Scrubber
    from .guards import Policy

    environ = dict(os.environ)
    handler = logging.StreamHandler(sys.stderr)  # stdout is the protocol's on stdio
    handler.addFilter(Scrubber(environ))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)
    settings = Settings(
        apis=CHOICES[args.apis],
        policy=Policy(args.max_credits, args.unpriced_cost, args.allow_publish, args.allow_delete),
        base_urls={
            "rawugc": args.rawugc_base_url or environ.get("RAWUGC_BASE_URL") or None,
            "icp": args.icp_base_url or environ.get("VOLC_ICP_BASE_URL") or None,
        },
        environ=environ,
    )
    try:
        if args.http is not None:
            asyncio.run(serve_http(settings, args.http))
        else:
            asyncio.run(serve_stdio(settings))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
