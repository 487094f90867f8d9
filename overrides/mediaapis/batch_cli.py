"""``mediaapis rawugc batch FILE --out RESULTS``: a batch file run with ``RawUGC.batch``.

FILE is JSONL, one request a line in the OpenAI Batch API shape
(``{"custom_id": "...", "operation": "generateImage", "body": {...}}``), or CSV (``.csv``)
with one column per body field, a ``custom_id`` column (else ``<file>:<line>``) and
``--operation``. Each result is appended to RESULTS (JSONL) as it is known; a re-run of the
same command skips the lines RESULTS shows finished and resumes the rest from the ledger
(``--ledger``, ``RAWUGC_LEDGER`` or the user's state folder): nothing is paid twice.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from ._errors import MediaAPIError
from ._exits import EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from ._spec import resolve, spec
from .rawugc.batch import (
    BatchProgress,
    BatchRequest,
    BatchResult,
    dry_run,
    job_operation,
)

PACKAGE = "rawugc_client"


class BatchUsageError(Exception):
    """A bad argument or file (the message names it)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediaapis rawugc batch",
        description="Run a batch file of generate requests at the key's limit, resumably.",
    )
    parser.add_argument("file", help="JSONL (custom_id, operation, body) or CSV (.csv)")
    parser.add_argument("--out", help="results file (JSONL), appended as results come")
    parser.add_argument("--operation", help="the operation of every CSV row (generateImage...)")
    parser.add_argument("--max-credits", type=int, help="refuse lines past this budget")
    parser.add_argument("--unpriced-cost", type=int, help="credits to reserve for an unpriced line")
    parser.add_argument("--dry-run", action="store_true", help="list the lines, send nothing")
    parser.add_argument("--base-url")
    parser.add_argument("--ledger", help="where keys are kept (sqlite:///PATH, redis://...)")
    parser.add_argument(
        "--pacing",
        help="where the key's request budget is counted, shared by every process using it "
        "(redis://...; default: the ledger's Redis when it is one, else this process)",
    )
    parser.add_argument("--min-interval", type=float, help="shortest wait between sweeps")
    parser.add_argument("--max-interval", type=float, help="longest wait between sweeps")
    parser.add_argument("--sweep-every", type=float, help="seconds between sweeps while sending")
    parser.add_argument("--timeout", type=float, help="seconds to wait on a job")
    return parser


# -- reading the file --------------------------------------------------------------------------


def read_jsonl(path: Path) -> tuple[list[BatchRequest], list[BatchResult]]:
    """The requests of a JSONL file, and an ``invalid`` result for each unreadable line."""
    from .rawugc.batch import BatchError

    requests, bad = [], []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except ValueError as exc:
            data, problem = None, f"line {number}: not JSON ({exc})"
        else:
            problem = "" if isinstance(data, dict) else f"line {number}: not a JSON object"
        if data is None or problem:
            bad.append(
                BatchResult(
                    f"line-{number}", "invalid", error=BatchError("invalid", problem), line=number
                )
            )
            continue
        body = data.get("body")
        requests.append(
            BatchRequest(
                str(data.get("custom_id") or ""),
                str(data.get("operation") or data.get("url") or ""),
                body if isinstance(body, dict) else {},
                number,
            )
        )
    return requests, bad


def _cell(schema: Mapping[str, Any], text: str) -> Any:
    """A CSV cell as the body field's type (numbers, booleans, lists split on commas or
    JSON, objects as JSON)."""
    schema = resolve(PACKAGE, schema)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        schema = {**resolve(PACKAGE, schema["allOf"][0]), **schema}
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    try:
        if "integer" in kinds:
            return int(text)
        if "number" in kinds:
            return float(text)
        if "boolean" in kinds and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if ("array" in kinds or "object" in kinds) and text.lstrip()[:1] in "[{":
            return json.loads(text)
        if "array" in kinds:
            return [part.strip() for part in text.split(",") if part.strip()]
    except ValueError:
        return text  # left as written: the spec check names the field
    return text


def read_csv(path: Path, operation: str | None) -> list[BatchRequest]:
    """The requests of a CSV file: one column per body field, ``custom_id`` optional."""
    if not operation:
        raise BatchUsageError("--operation: a CSV batch names its operation (e.g. generateImage)")
    facts = job_operation(operation)
    if facts is None:
        raise BatchUsageError(f"--operation: {operation!r} starts no job")
    _, _, entry = spec(PACKAGE).by_id[facts.operation_id]
    content = resolve(PACKAGE, entry.get("requestBody", {})).get("content", {})
    schema = resolve(PACKAGE, content.get("application/json", {}).get("schema", {}))
    fields = schema.get("properties", {})
    requests = []
    with path.open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):  # line 1: the header
            custom_id = (row.pop("custom_id", None) or "").strip() or f"{path.stem}:{number}"
            body = {
                name: _cell(fields.get(name, {}), value)
                for name, value in row.items()
                if name is not None and value not in (None, "")
            }
            requests.append(BatchRequest(custom_id, facts.operation_id, body, number))
    return requests


def read_results(path: Path) -> list[BatchResult]:
    """The results an earlier run wrote (unreadable lines ignored: a kill mid-write)."""
    if not path.exists():
        return []
    found = []
    for text in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(BatchResult.from_json(json.loads(text)))
        except (ValueError, KeyError, TypeError):
            continue
    return found


# -- showing progress --------------------------------------------------------------------------


def _clock_text(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m{rest:02d}s" if minutes else f"{rest}s"


class Display:
    """Progress on ``stream``: one line redrawn in place on a terminal (counts per status,
    credits, ETA from the key's limit), a plain line per result otherwise."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        self.terminal = bool(isatty and isatty())
        self.last: BatchProgress | None = None

    def progress(self, progress: BatchProgress) -> None:
        self.last = progress
        if self.terminal:
            self.stream.write("\r" + self._status(progress) + "\x1b[K")
            self.stream.flush()

    def _status(self, progress: BatchProgress) -> str:
        counts = " ".join(f"{name} {n}" for name, n in progress.counts.items() if n)
        eta = f"  ETA {_clock_text(progress.eta)}" if progress.eta is not None else ""
        return f"[{counts}] {progress.credits} credits{eta}"

    def result(self, result: BatchResult) -> None:
        if self.terminal:
            return
        what = result.url or (result.error.message if result.error else "")
        credits = f" {result.credits_used} credits" if result.credits_used is not None else ""
        where = f"line {result.line} " if result.line else ""
        self.stream.write(
            f"{where}{result.custom_id}: {result.status}{credits} {what}\n".rstrip() + "\n"
        )
        self.stream.flush()

    def close(self, summary: str) -> None:
        if self.terminal:
            self.stream.write("\n")
        self.stream.write(summary + "\n")
        self.stream.flush()


# -- running -----------------------------------------------------------------------------------


def main(
    argv: Sequence[str],
    default_ledger: Callable[[], str],
    report: Callable[[MediaAPIError], int],
) -> int:
    """Run ``mediaapis rawugc batch``; the exit code (0: every line finished, 1: some did not,
    2: usage, 130: interrupted, resumable)."""
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0)
    path = Path(args.file)
    try:
        if not path.is_file():
            raise BatchUsageError(f"FILE: no such file {path}")
        if path.suffix.lower() == ".csv":
            unreadable: list[BatchResult] = []
            requests = read_csv(path, args.operation)
        else:
            requests, unreadable = read_jsonl(path)
            if args.operation:
                requests = [
                    r if r.operation else BatchRequest(r.custom_id, args.operation, r.body, r.line)
                    for r in requests
                ]
        if not args.dry_run and not args.out:
            raise BatchUsageError("--out RESULTS is needed (or --dry-run)")
    except BatchUsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out) if args.out else None
    done = read_results(out) if out is not None else []
    if args.dry_run:
        return _dry_run(requests, unreadable, args.unpriced_cost, done)
    return _run(args, requests, unreadable, done, out, default_ledger, report)


def _dry_run(
    requests: list[BatchRequest],
    unreadable: list[BatchResult],
    unpriced_cost: int | None,
    done: list[BatchResult],
) -> int:
    finished = [r.custom_id for r in done if r.finished]
    planned, invalid, total = dry_run(requests, unpriced_cost=unpriced_cost, done=finished)
    for line in planned:
        cost = "?" if line.cost is None else str(line.cost)
        print(
            f"line {line.request.line:>4}  {line.request.custom_id:<24} "
            f"{line.request.operation:<14} {cost:>4} credits  "
            f"sent at +{_clock_text(line.starts_after)}"
        )
    for result in [*unreadable, *invalid]:
        print(f"invalid: {result.error.message if result.error else result.custom_id}")
    costs = [line.cost for line in planned]
    known = sum(c for c in costs if c is not None)
    unknown = sum(1 for c in costs if c is None)
    more = f" + {unknown} unpriced line(s)" if unknown else ""
    print(
        f"{len(planned)} line(s) to send, {len(finished)} already finished, "
        f"{len(unreadable) + len(invalid)} invalid; {known} credits{more}; "
        f"about {_clock_text(total)} at the key's limit"
    )
    return EXIT_OK if not (unreadable or invalid) else EXIT_INCOMPLETE


def _run(
    args: argparse.Namespace,
    requests: list[BatchRequest],
    unreadable: list[BatchResult],
    done: list[BatchResult],
    out: Path | None,
    default_ledger: Callable[[], str],
    report: Callable[[MediaAPIError], int],
) -> int:
    from . import RawUGC
    from ._pacing import RateLimit
    from ._transport import check_base_url

    assert out is not None
    base_url = args.base_url
    try:
        if base_url is not None:
            base_url = check_base_url(base_url, "--base-url")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    ledger = args.ledger or default_ledger()
    pacing = args.pacing or (ledger if ledger.startswith(("redis://", "rediss://")) else None)
    try:
        rate_limit = None if pacing is None else RateLimit(storage=pacing)
    except ValueError as exc:
        print(f"error: --pacing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    display = Display(sys.stderr)
    seen: dict[str, BatchResult] = {r.custom_id: r for r in done if r.finished}
    total = len(requests) + len(unreadable)
    started = time.monotonic()
    try:
        with (
            RawUGC(base_url=base_url, ledger=ledger, rate_limit=rate_limit) as client,
            out.open("a", encoding="utf-8") as results,
        ):

            def write(result: BatchResult) -> None:
                results.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                results.flush()  # in the kernel: a kill right after loses nothing
                seen[result.custom_id] = result
                display.result(result)

            for result in unreadable:
                write(result)
            for result in client.batch(
                requests,
                done=done,
                max_credits=args.max_credits,
                unpriced_cost=args.unpriced_cost,
                min_interval=args.min_interval,
                max_interval=args.max_interval,
                timeout=args.timeout,
                sweep_every=args.sweep_every,
                on_progress=display.progress,
            ):
                write(result)
    except KeyboardInterrupt:
        finished = sum(1 for r in seen.values() if r.finished)
        display.close(
            f"interrupted: {finished} of {total} line(s) finished (in {out}); accepted jobs keep "
            "running. Re-run the same command to resume: finished lines are not sent again, "
            "accepted ones are waited on, nothing is paid twice."
        )
        return EXIT_INTERRUPTED
    except MediaAPIError as exc:  # printed and exited as every command does (its class's code)
        return report(exc)
    except ValueError as exc:  # a setting refused when the client was built
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    counts: dict[str, int] = {}
    for result in seen.values():
        counts[result.status] = counts.get(result.status, 0) + 1
    credits = sum(r.credits_used or 0 for r in seen.values())
    shown = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    elapsed = _clock_text(time.monotonic() - started)
    display.close(f"done: {shown} of {total} line(s); {credits} credits; {elapsed}; see {out}")
    finished = sum(1 for r in seen.values() if r.finished)
    return EXIT_OK if finished == total else EXIT_INCOMPLETE
