"""The ledger of paid calls: one record per idempotency key, so a repeat never charges twice.

A record goes ``sending`` (written before the request leaves, with its owner and the time it
was sent) -> ``accepted`` (the answer and the job id) -> ``done`` (the job was waited on). A
call that finds its key ``accepted`` or ``done`` gets the recorded answer back without a
request; the same key with another operation or body is refused; a key left ``sending`` by an
owner that is gone (a process killed between sending and recording: dead on this host, or past
its lease) or ``unknown`` (an answer lost and not found) is looked up through the spec's
``x-rawugc-reconcile`` before anything is sent again. The decision is made by one pure function,
:func:`decide`; each store only makes the read-decide-write atomic:

- :class:`MemoryLedger` (a lock): one process, the default when no ledger is set.
- :class:`SQLiteLedger` (``"sqlite:///jobs.db"``; stdlib ``sqlite3``, WAL, ``BEGIN IMMEDIATE``):
  several processes of one host; survives restarts.
- :class:`RedisLedger` (``"redis://host:6379/0"``, the ``[redis]`` extra; ``WATCH``/``MULTI``):
  several hosts.

As aws-powertools' idempotency utility does, an in-progress record expires (``lease``) so a
crashed holder does not block its key for ever, and a hash of the request refuses a key reused
for another payload.

A record also keeps the account that sent it (``account``: a hash of the API key and server,
never the key) and, once its job was waited on to its end, the finished job (``final``), so
processes sharing a ledger learn a job's end from one that watched it. Named leases
(:meth:`Ledger.take_lease`, :meth:`Ledger.drop_lease`) elect one process for a task (the batch
runs' one status sweeper per key): held while renewed, taken over once its holder is dead (on
this host) or past its ``ttl``.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

State = Literal["sending", "unknown", "accepted", "done"]
Verdict = Literal["send", "reconcile", "recorded", "busy", "reused"]
DEFAULT_LEASE = 600.0  # seconds a sending record is held by a live owner on another host
_PROCESS = uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Record:
    """One idempotency key's record.

    ``fingerprint``: hash of the operation and request; ``owner``: ``host:pid:token`` of the
    process sending it (empty when none); ``claimed_at``: wall time of the claim (for the
    lease); ``sent_at``: the client's clock when the request was first sent (the start of the
    lookup window); ``result``: the answer's JSON once accepted; ``job_id``: the job it started;
    ``account``: a hash naming the API key and server that sent it (never the key);
    ``final``: the finished job's JSON once it was waited on to its end (state ``done``).
    """

    key: str
    operation: str
    fingerprint: str
    state: State
    owner: str = ""
    claimed_at: float = 0.0
    sent_at: float = 0.0
    result: str | None = None
    job_id: str | None = None
    account: str = ""
    final: str | None = None

    def to_json(self) -> str:
        """The record as JSON (what the stores keep)."""
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> Record:
        """A record from :meth:`to_json`."""
        return cls(**json.loads(text))


def owner_id() -> str:
    """This process: ``host:pid:token``."""
    return f"{socket.gethostname()}:{os.getpid()}:{_PROCESS}"


def owner_alive(owner: str, claimed_at: float, now: float, lease: float) -> bool:
    """Whether the owner of a sending record may still be sending: a process of this host that
    still runs, or one of another host within its lease."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, token = rest.partition(":")
    if host == socket.gethostname() and pid_text.isdigit():
        if int(pid_text) == os.getpid():
            return token == _PROCESS  # this process (a thread of it), unless pid reused
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return now - claimed_at < lease
    return now - claimed_at < lease


@dataclass(frozen=True)
class Lease:
    """A named lease: who holds it (``holder``: ``host:pid:token`` as :func:`owner_id`;
    ``run``: which use of it in that process), since when (wall time, renewed by each
    :meth:`Ledger.take_lease`) and for how long without renewal (``ttl`` seconds)."""

    name: str
    holder: str
    run: str
    taken_at: float
    ttl: float

    def to_json(self) -> str:
        """The lease as JSON (what the stores keep)."""
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> Lease:
        """A lease from :meth:`to_json`."""
        return cls(**json.loads(text))


def lease_free(existing: Lease | None, holder: str, run: str, now: float) -> bool:
    """Whether ``(holder, run)`` may take (or renew) a lease held as ``existing``: no one holds
    it, it holds it already, or its holder is gone (a process of this host that no longer
    runs, another run of this process or a process of another host past the ``ttl``)."""
    if existing is None or (existing.holder, existing.run) == (holder, run):
        return True
    if existing.holder == holder:  # another run of this process: only its ttl counts
        return now - existing.taken_at >= existing.ttl
    return not owner_alive(existing.holder, existing.taken_at, now, existing.ttl)


LeaseChange = Callable[[Lease | None], tuple[Literal["store", "delete", "keep"], Lease | None]]


def fingerprint(operation: str, method: str, url: str, body: bytes) -> str:
    """What a key is bound to: the operation, its path and its body (JSON canonicalised)."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    digest = hashlib.sha256()
    for part in (operation.encode(), method.encode(), url.encode(), canonical):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def decide(
    existing: Record | None, wanted: Record, now: float, lease: float
) -> tuple[Verdict, Record | None]:
    """What a call with ``wanted`` (state ``sending``, this owner) does given the stored record,
    and the record to store (None: leave it as it is).

    ``send``: no record; send. ``reconcile``: a send was cut off (owner gone, or the answer was
    lost): the call now owns the key and must look the result up first. ``recorded``: answered
    before. ``busy``: a live owner is sending it. ``reused``: another request has this key.
    """
    if existing is None:
        return "send", wanted
    if existing.fingerprint != wanted.fingerprint:
        return "reused", None
    if existing.state in ("accepted", "done"):
        return "recorded", None
    if existing.state == "sending" and owner_alive(existing.owner, existing.claimed_at, now, lease):
        return "busy", None
    # cut off (owner gone) or unknown: take it over, keeping when it was first sent
    return "reconcile", replace(wanted, sent_at=existing.sent_at or wanted.sent_at)


class Ledger:
    """A store of :class:`Record`; subclasses make :meth:`_update` atomic."""

    lease: float = DEFAULT_LEASE

    def claim(self, wanted: Record) -> tuple[Verdict, Record]:
        """Decide and store atomically; the verdict and the record as it now stands."""
        now = time.time()
        verdict: list[Verdict] = []

        def change(existing: Record | None) -> Record | None:
            found, new = decide(existing, wanted, now, self.lease)
            verdict.append(found)
            return new

        stored = self._update(wanted.key, change)
        assert stored is not None
        return verdict[-1], stored

    def accept(self, key: str, result: str, job_id: str | None) -> None:
        """The call was answered (or its result found): keep the answer."""
        self._update(
            key,
            lambda r: (
                replace(r, state="accepted", owner="", result=result, job_id=job_id) if r else None
            ),
        )

    def unknown(self, key: str) -> None:
        """The answer was lost and not found: the next call with the key looks again."""
        self._update(key, lambda r: replace(r, state="unknown", owner="") if r else None)

    def release(self, key: str) -> None:
        """The request was not run (refused, never sent): forget the key."""
        self._update(key, lambda r: None, delete=True)

    def finished(self, job_id: str) -> None:
        """The job was waited on to its end: mark its record done."""
        for record in self.records():
            if record.job_id == job_id and record.state == "accepted":
                self._update(record.key, lambda r: replace(r, state="done") if r else None)

    def finish(self, key: str, final: str) -> Record | None:
        """The key's job was waited on to its end: mark its record done and keep the finished
        job's JSON (``final``) for every process sharing the ledger. A record that is not
        ``accepted`` or ``done`` is left as it is; the record as it now stands."""

        def change(record: Record | None) -> Record | None:
            if record is None or record.state not in ("accepted", "done"):
                return None
            return replace(record, state="done", final=final)

        return self._update(key, change)

    def take_lease(self, name: str, ttl: float, *, run: str = "") -> bool:
        """Take the lease ``name`` for this process (``run`` tells uses of it within one
        process apart), or renew it; False while another live holder has it. A lease not
        renewed within ``ttl`` seconds, or whose holder on this host is dead, is taken over."""
        from ._checks import check_number

        check_number("ttl", ttl, positive=True, unit=" seconds")
        holder, now = owner_id(), time.time()

        def change(existing: Lease | None) -> tuple[Literal["store", "delete", "keep"], Lease]:
            if lease_free(existing, holder, run, now):
                return "store", Lease(name, holder, run, now, float(ttl))
            assert existing is not None
            return "keep", existing

        held = self._lease_update(name, change)
        return held is not None and (held.holder, held.run) == (holder, run)

    def drop_lease(self, name: str, *, run: str = "") -> None:
        """Give the lease ``name`` up, if this process (and ``run``) holds it."""
        holder = owner_id()

        def change(
            existing: Lease | None,
        ) -> tuple[Literal["store", "delete", "keep"], Lease | None]:
            if existing is not None and (existing.holder, existing.run) == (holder, run):
                return "delete", None
            return "keep", existing

        self._lease_update(name, change)

    def lease_held(self, name: str) -> Lease | None:
        """Who holds the lease ``name`` (None: no one)."""
        return self._lease_update(name, lambda existing: ("keep", existing))

    def get(self, key: str) -> Record | None:
        """The record of a key."""
        raise NotImplementedError

    def records(self) -> list[Record]:
        """Every record."""
        raise NotImplementedError

    def pending(self, account: str | None = None) -> list[Record]:
        """Accepted records of jobs not yet waited on to their end (of one ``account`` only,
        when given)."""
        return [
            r
            for r in self.records()
            if r.state == "accepted" and r.job_id and (account is None or r.account == account)
        ]

    def close(self) -> None:
        """Free the store's resources."""

    def _update(self, key: str, change: Any, *, delete: bool = False) -> Record | None:
        """Atomically replace the key's record with ``change(record)`` (None: leave it, unless
        ``delete``); the record stored afterwards."""
        raise NotImplementedError

    def _lease_update(self, name: str, change: LeaseChange) -> Lease | None:
        """Atomically apply ``change`` to the lease ``name``: store the lease it returns,
        delete it, or keep it; the lease held afterwards."""
        raise NotImplementedError


class MemoryLedger(Ledger):
    """Records in this process only (the default without ``ledger=``)."""

    def __init__(self) -> None:
        self._records: dict[str, Record] = {}
        self._leases: dict[str, Lease] = {}
        self._lock = threading.Lock()

    def _lease_update(self, name: str, change: LeaseChange) -> Lease | None:
        with self._lock:
            action, lease = change(self._leases.get(name))
            if action == "store" and lease is not None:
                self._leases[name] = lease
            elif action == "delete":
                self._leases.pop(name, None)
            return self._leases.get(name)

    def _update(self, key: str, change: Any, *, delete: bool = False) -> Record | None:
        with self._lock:
            new = change(self._records.get(key))
            if new is not None:
                self._records[key] = new
            elif delete:
                self._records.pop(key, None)
            return self._records.get(key)

    def get(self, key: str) -> Record | None:
        with self._lock:
            return self._records.get(key)

    def records(self) -> list[Record]:
        with self._lock:
            return list(self._records.values())

    def __repr__(self) -> str:
        return "MemoryLedger()"


class SQLiteLedger(Ledger):
    """Records in a SQLite file: WAL, and ``BEGIN IMMEDIATE`` around each read-decide-write,
    so processes of one host share it safely. A connection per thread."""

    def __init__(self, path: str, *, lease: float = DEFAULT_LEASE) -> None:
        self.path, self.lease = path, lease
        self._local = threading.local()
        db = self._connection()
        deadline = time.monotonic() + 30.0
        while True:  # processes opening a new file together: switching to WAL may be busy
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS mediaapis_ledger "
                    "(key TEXT PRIMARY KEY, record TEXT NOT NULL)"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS mediaapis_leases "
                    "(name TEXT PRIMARY KEY, lease TEXT NOT NULL)"
                )
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    def _transaction(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` inside ``BEGIN IMMEDIATE`` ... ``COMMIT``; any exception (a Ctrl-C
        too) rolls it back, so the connection is never left holding the write lock. A
        transaction SQLite already ended itself (a failed ``COMMIT``) is not rolled back
        twice: the first error is the one raised."""
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            result = work(db)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return result

    def _update(self, key: str, change: Any, *, delete: bool = False) -> Record | None:
        def work(db: sqlite3.Connection) -> Record | None:
            row = db.execute("SELECT record FROM mediaapis_ledger WHERE key = ?", (key,)).fetchone()
            old = Record.from_json(row[0]) if row else None
            new = change(old)
            if new is not None:
                db.execute(
                    "INSERT OR REPLACE INTO mediaapis_ledger (key, record) VALUES (?, ?)",
                    (key, new.to_json()),
                )
            elif delete:
                db.execute("DELETE FROM mediaapis_ledger WHERE key = ?", (key,))
            return new if new is not None else (None if delete else old)

        result: Record | None = self._transaction(work)
        return result

    def _lease_update(self, name: str, change: LeaseChange) -> Lease | None:
        def work(db: sqlite3.Connection) -> Lease | None:
            query = "SELECT lease FROM mediaapis_leases WHERE name = ?"
            row = db.execute(query, (name,)).fetchone()
            old = Lease.from_json(row[0]) if row else None
            action, lease = change(old)
            if action == "store" and lease is not None:
                db.execute(
                    "INSERT OR REPLACE INTO mediaapis_leases (name, lease) VALUES (?, ?)",
                    (name, lease.to_json()),
                )
                return lease
            if action == "delete":
                db.execute("DELETE FROM mediaapis_leases WHERE name = ?", (name,))
                return None
            return old

        result: Lease | None = self._transaction(work)
        return result

    def get(self, key: str) -> Record | None:
        row = (
            self._connection()
            .execute("SELECT record FROM mediaapis_ledger WHERE key = ?", (key,))
            .fetchone()
        )
        return Record.from_json(row[0]) if row else None

    def records(self) -> list[Record]:
        rows = self._connection().execute("SELECT record FROM mediaapis_ledger").fetchall()
        return [Record.from_json(row[0]) for row in rows]

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def __repr__(self) -> str:
        return f"SQLiteLedger({self.path!r})"


class RedisLedger(Ledger):
    """Records in Redis (one string per key, JSON), changed under ``WATCH``/``MULTI``: several
    hosts share it. Needs the ``redis`` client (the ``[redis]`` extra)."""

    PREFIX = "mediaapis:ledger:"
    LEASES = "mediaapis:lease:"

    def __init__(self, url: str, *, lease: float = DEFAULT_LEASE) -> None:
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - depends on the extra
            raise ImportError(
                "ledger='redis://...' needs the redis client: pip install 'mediaapis[redis]'"
            ) from exc
        self.lease = lease
        self._url = _without_password(url)
        self._redis: Any = redis.Redis.from_url(url)
        self._watch_error = redis.WatchError

    def _watched(self, name: str, write: Callable[[Any, bytes | None], Any]) -> Any:
        """``write(pipe, stored)`` under ``WATCH``/``MULTI`` on ``name``, retried until no other
        client changed ``name`` in between; what ``write`` returned."""
        pipe: Any
        with self._redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(name)
                    stored = pipe.get(name)
                    pipe.multi()
                    outcome = write(pipe, stored)
                    pipe.execute()
                except self._watch_error:
                    continue
                return outcome

    def _update(self, key: str, change: Any, *, delete: bool = False) -> Record | None:
        def write(pipe: Any, stored: bytes | None) -> Record | None:
            old = Record.from_json(stored) if stored else None
            new: Record | None = change(old)
            if new is not None:
                pipe.set(self.PREFIX + key, new.to_json())
            elif delete:
                pipe.delete(self.PREFIX + key)
            return new if new is not None else (None if delete else old)

        result: Record | None = self._watched(self.PREFIX + key, write)
        return result

    def _lease_update(self, name: str, change: LeaseChange) -> Lease | None:
        """Under ``WATCH``/``MULTI``; a stored lease also expires in Redis after its ``ttl``
        (a holder on another host that died frees it without anyone's check)."""

        def write(pipe: Any, stored: bytes | None) -> Lease | None:
            old = Lease.from_json(stored) if stored else None
            action, lease = change(old)
            if action == "store":
                if lease is not None:
                    ttl = max(1, int(lease.ttl * 1000))
                    pipe.set(self.LEASES + name, lease.to_json(), px=ttl)
                return lease
            if action == "delete":
                pipe.delete(self.LEASES + name)
                return None
            return old

        result: Lease | None = self._watched(self.LEASES + name, write)
        return result

    def get(self, key: str) -> Record | None:
        raw = self._redis.get(self.PREFIX + key)
        return Record.from_json(raw) if raw else None

    def records(self) -> list[Record]:
        found = []
        for name in self._redis.scan_iter(match=self.PREFIX + "*"):
            raw = self._redis.get(name)
            if raw:
                found.append(Record.from_json(raw))
        return found

    def close(self) -> None:
        self._redis.close()

    def __repr__(self) -> str:
        return f"RedisLedger({self._url!r})"


def _without_password(url: str) -> str:
    """A Redis URL for display: any password replaced."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def ledger_from(value: Ledger | str | None) -> Ledger:
    """The ledger a client is given: a :class:`Ledger`, a ``sqlite:///path`` or
    ``redis://...`` URL, or None (a :class:`MemoryLedger` for this process)."""
    if value is None:
        return MemoryLedger()
    if isinstance(value, Ledger):
        return value
    if not isinstance(value, str):
        raise TypeError(f"ledger must be a Ledger or a URL string, got {type(value).__name__}")
    if value.startswith("sqlite:///"):
        path = value.removeprefix("sqlite:///")
        if not path:
            raise ValueError("ledger='sqlite:///PATH' needs a file path, e.g. sqlite:///jobs.db")
        return SQLiteLedger(path)
    if value.startswith(("redis://", "rediss://", "unix://")):
        return RedisLedger(value)
    from urllib.parse import urlsplit

    scheme = urlsplit(value).scheme  # the rest may hold a password: not shown
    got = f"a {scheme!r} URL" if scheme else "no URL scheme"
    raise ValueError(f"ledger must be 'sqlite:///PATH' or 'redis://host:port/db', got {got}")


def result_json(data: Mapping[str, Any] | Any) -> str:
    """An answer's JSON, as a record keeps it."""
    return json.dumps(data, separators=(",", ":"))
