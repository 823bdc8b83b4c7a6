"""The query workers behind ``kg serve``: processes that each open the store read-only, check
a query (:func:`kg.sparql.policy.prepare`), run it and render its answer, capped
(:func:`kg.sparql.results.render`).

Work runs in processes because pyoxigraph cannot be interrupted (measured: a four-way cross
product ran on through SIGALRM for 60 s): a worker that overruns its time is killed, which
really stops the work, and replaced; one that dies (a crash in the engine) is replaced too.
Each worker talks to ``kg serve`` over a pipe, never a port, and, where Linux allows it,
lives in a network namespace of its own with no interface up: whatever a query asks, it can
reach no host, loopback included.

A worker serves fresh data: before each query it looks at the store's files and reopens the
store when they changed and no writer (``kg build --store``) holds the store's lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import multiprocessing
import os
import queue
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import KgError, QueryError, ServeError, UpdateRefused
from kg.rdf.mapping import PREFIXES
from kg.sparql import deadline
from kg.sparql.policy import LIMITS, Limits, prepare
from kg.store.db import Store

STARTUP = 60.0  # seconds a new worker may take to import, open the store and say so
_CLONE_NEWUSER, _CLONE_NEWNET = 0x10000000, 0x40000000


@dataclass(frozen=True)
class Settings:
    """What each worker needs."""

    location: str
    limits: Limits = LIMITS
    max_results: int = 10_000
    max_bytes: int = 64 * 1024 * 1024  # of an answer
    max_memory: int = 4 * 1024**3  # address space of a worker (it uses 1.2 GB at rest)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, content type, body, and whether results were cut."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", f"{message}\n".encode())


# ---------------------------------------------------------------- in the worker process


def main(conn: Connection, settings: Settings) -> None:
    """A worker process: isolate it, then answer queries from ``conn`` until it closes."""
    parent = os.getppid()
    isolated = isolate_network()  # first: a user namespace needs a process of one thread
    limit_memory(settings.max_memory)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    worker = threading.Thread(target=_serve, args=(conn, settings, isolated))
    with _big_stack():
        worker.start()
    worker.join()


def _serve(conn: Connection, settings: Settings, isolated: bool) -> None:
    try:
        view = StoreView(settings.location)
        prepare("ASK {}")  # imports and builds the parser now, not in the first query
    except Exception as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", isolated))
    while True:
        try:
            text, accept = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(view, text, accept, settings))


def answer(view: StoreView, text: str, accept: str | None, settings: Settings) -> Reply:
    """One query's reply: its answer, or why it was refused or failed."""
    from kg.sparql.results import render

    try:
        checked = prepare(text, settings.limits)
        result = view.store().oxigraph.query(
            checked, use_default_graph_as_union=True, prefixes=dict(PREFIXES)
        )
        rendered = render(
            result, accept, max_results=settings.max_results, max_bytes=settings.max_bytes
        )
    except UpdateRefused as err:
        return Reply.text(403, str(err))
    except (QueryError, SyntaxError, ValueError) as err:
        return Reply.text(400, str(err))
    except OSError as err:
        return Reply.text(500, f"the store could not answer: {err}")
    return Reply(200, rendered.content_type, rendered.body, rendered.truncated)


class StoreView:
    """A store opened read-only, reopened when its files changed and no writer is at work."""

    def __init__(self, location: Path | str) -> None:
        self.path = Path(location)
        self._store = Store(self.path, read_only=True)
        self._mark = files_mark(self.path)

    def store(self) -> Store:
        mark = files_mark(self.path)
        if mark != self._mark and not writer_active(self.path):
            with contextlib.suppress(KgError):  # unreadable now: keep the old view
                self._store = Store(self.path, read_only=True)
                self._mark = mark
        return self._store


def files_mark(path: Path) -> tuple:
    """What changes in a RocksDB folder when data is written: the table files' names (they
    are never changed once written), and the size and time of the logs, ``CURRENT`` and the
    manifests. (Not ``LOG``, which readers write too.)"""
    tables, others = [], []
    with contextlib.suppress(OSError), os.scandir(path) as entries:
        for entry in entries:
            if entry.name.endswith(".sst"):
                tables.append(entry.name)
            elif entry.name.endswith(".log") or entry.name.startswith(("CURRENT", "MANIFEST-")):
                with contextlib.suppress(OSError):
                    st = entry.stat()
                    others.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(tables)), tuple(sorted(others))


def writer_active(path: Path) -> bool:
    """Whether another process holds the store's lock (a writer: reading a store while it is
    written is undefined in Oxigraph). Linux only (``F_GETLK`` asks without taking the lock,
    so a build that starts now is never blocked); elsewhere ``False``."""
    if sys.platform != "linux":
        return False
    try:
        fd = os.open(path / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        probe = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        kind = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, probe))[0]
        return kind != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def isolate_network() -> bool:
    """Move this process into a new network namespace, where no interface is up: nothing it
    runs can reach any host, loopback included. Needs Linux and root, or unprivileged user
    namespaces (then before any thread starts). ``False`` where it cannot."""
    if sys.platform != "linux":
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return any(
        libc.unshare(flags) == 0 for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET)
    )


def limit_memory(size: int) -> None:
    """Cap this process's address space at ``size`` bytes (0: no cap). A query can build
    ever longer strings (a value CONCAT-ed with itself 30 times is 16 GB): with the cap the
    allocation fails and this worker ends (Oxigraph aborts), not the machine's memory."""
    if not size or sys.platform == "win32":
        return
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    size = size if hard == resource.RLIM_INFINITY else min(size, hard)
    resource.setrlimit(resource.RLIMIT_AS, (size, hard))


def _watch(parent: int) -> None:
    """End this process, whatever query it runs, once ``kg serve`` is gone (even killed by
    SIGKILL, when it could not stop its workers). Not PR_SET_PDEATHSIG: that fires when the
    *thread* that started the worker ends, and kg serve starts replacements from threads."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


@contextlib.contextmanager
def _big_stack() -> Iterator[None]:
    before = threading.stack_size(deadline.STACK)
    try:
        yield
    finally:
        threading.stack_size(before)


# ---------------------------------------------------------------- in kg serve


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


class Pool:
    """``size`` worker processes; :meth:`ask` hands a query to an idle one and waits at most
    ``timeout`` seconds for a worker and as long again for its reply."""

    def __init__(
        self, settings: Settings, *, size: int, timeout: float, log: Callable[[str], None]
    ) -> None:
        self.settings, self.size, self.timeout, self.log = settings, size, timeout, log
        self.isolated = True
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._context = multiprocessing.get_context("spawn")

    def __enter__(self) -> Pool:
        starters = [threading.Thread(target=self._add) for _ in range(self.size)]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        if self._idle.qsize() < self.size:
            self.close()
            raise ServeError("the query workers did not start", "see the messages above")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ask(self, text: str, accept: str | None) -> Reply:
        """The reply to one query: 503 when no worker is free in time, 504 when the query
        overruns (its worker is killed), 500 when the worker died (it is replaced)."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply.text(503, "all query workers are busy; try again")
        healthy = False
        try:
            worker.conn.send((text, accept))
            if not worker.conn.poll(self.timeout):
                return Reply.text(
                    504, f"the query ran longer than {self.timeout:g} s and was stopped"
                )
            reply = worker.conn.recv()
            healthy = True
            return reply
        except (EOFError, OSError):
            return Reply.text(500, "the query stopped the engine; it is being restarted")
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                self._replace(worker)

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid]

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            _stop(worker)

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        _stop(worker)
        threading.Thread(target=self._add, kwargs={"retry": True}, daemon=True).start()

    def _add(self, *, retry: bool = False) -> None:
        """Start a worker and put it in the idle queue; retry every 5 s if asked to."""
        while not self._closed.is_set():
            try:
                worker = self._start()
            except ServeError as err:
                self.log(f"kg serve: {err}")
                if retry and not self._closed.wait(5):
                    continue
                return
            with self._lock:
                if self._closed.is_set():
                    _stop(worker)
                    return
                self._all.add(worker)
            self._idle.put(worker)
            return

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=main, args=(theirs, self.settings), name="kg-query-worker", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        try:
            if not ours.poll(STARTUP):
                raise ServeError(f"a query worker did not start within {STARTUP:g} s")
            status, detail = ours.recv()
        except (EOFError, OSError):
            _stop(worker)
            raise ServeError("a query worker stopped while starting") from None
        except ServeError:
            _stop(worker)
            raise
        if status != "ready":
            _stop(worker)
            raise ServeError(f"a query worker cannot open the store: {detail}")
        self.isolated = self.isolated and bool(detail)
        return worker


def _stop(worker: _Worker) -> None:
    with contextlib.suppress(OSError, ValueError):
        worker.process.kill()
    worker.process.join(5)
    with contextlib.suppress(OSError):
        worker.conn.close()
