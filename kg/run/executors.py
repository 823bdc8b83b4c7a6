"""Where batches run: in this process, a local process pool (``--jobs``) or a Dask cluster.

Every place takes the same task (:func:`kg.run.work.run_batch`) and gives results back in input
order, with a bounded number of batches in flight, so memory stays flat and the output is the
same byte for byte whichever place did the work.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from kg.errors import KgError, UsageError

T = TypeVar("T")
R = TypeVar("R")
Submit = Callable[..., Any]  # submit(fn, item) -> a future with .result()
#: How much lower the CPU priority (``nice``) of the store's threads is than the parse's.
BACKGROUND_NICE = 10
#: How often a worker process checks that the process that started it is still alive.
WATCH_SECONDS = 0.5
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class Place(NamedTuple):
    """Where work runs: how to submit a task, and how many tasks run at once there."""

    submit: Submit
    workers: int


def cores() -> int:
    """CPU cores this process may use (the default for ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def background(nice: int = BACKGROUND_NICE) -> None:
    """Lower the CPU priority of the calling thread (and so of the threads it starts, such as
    Oxigraph's bulk loader) and of RocksDB's background threads, so that when the store and
    the parse want the same core, the parse gets it and the store takes what is left. Linux
    only (elsewhere priorities are not per thread); a failure is ignored: this is a hint."""
    if not sys.platform.startswith("linux"):
        return
    tids = [threading.get_native_id()]
    with contextlib.suppress(OSError):
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                if (task / "comm").read_text().startswith("rocksdb:"):
                    tids.append(int(task.name))
    for tid in tids:
        with contextlib.suppress(OSError):
            if os.getpriority(os.PRIO_PROCESS, tid) < nice:
                os.setpriority(os.PRIO_PROCESS, tid, nice)


def ordered(
    submit: Submit, fn: Callable[[T], R], items: Iterable[T], *, window: int
) -> Iterator[R]:
    """``fn`` over ``items`` through ``submit``, results in input order, at most ``window`` in
    flight (reading ahead no further than that, however long the input)."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def die_with_parent(parent: int, *, every: float = WATCH_SECONDS, pdeathsig: bool = True) -> None:
    """Make this worker process end when ``parent`` (the process that started it) does, even
    when that is killed with SIGKILL and cannot shut its pool down. A worker waits for tasks on
    a pipe that its sibling workers hold open too, so it would never notice on its own and
    would keep its spaCy pipeline (hundreds of MB) forever; with the workers gone, the last
    holders of multiprocessing's resource tracker pipe are gone, and the tracker ends too.

    On Linux the kernel sends SIGKILL the moment the parent dies (``PR_SET_PDEATHSIG``, set
    through ctypes: the only standard-library way to call ``prctl``); everywhere, a daemon
    thread checks every ``every`` seconds whether the parent is still this process's parent
    (``os.getppid()`` changes when it dies), the fallback where ``prctl`` is missing (and
    the only way with ``pdeathsig=False``). The kernel's signal follows the parent's thread
    that started the worker; the pool is used and shut down on that thread."""
    if pdeathsig and sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(1)
    threading.Thread(
        target=_watch, args=(parent, every), name="kg-watch-parent", daemon=True
    ).start()


def _watch(parent: int, every: float) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


@contextlib.contextmanager
def process_pool(jobs: int) -> Iterator[Place]:
    """A pool of ``jobs`` fresh processes (spawned: nothing is inherited from this one but the
    environment, where numpy's BLAS is asked for one thread while the pool lives:
    :mod:`kg.blas`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from kg.blas import one_thread_in_children

    with one_thread_in_children():  # workers start as tasks are submitted: in this block
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
        try:
            yield Place(pool.submit, jobs)
        except BrokenProcessPool:
            raise KgError(
                "a worker process died",
                "in a Python script, call kg under `if __name__ == '__main__':`; if memory ran "
                "out, use fewer --jobs",
            ) from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def dask(scheduler: str, *, jobs: int) -> Iterator[Place]:
    """A Dask distributed client: ``scheduler`` is an address (``tcp://host:8786``) or
    ``local`` for a :class:`distributed.LocalCluster` of ``jobs`` single-threaded workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--scheduler needs Dask distributed", "pip install 'kg[dask]' (or distributed)"
        ) from None
    with contextlib.ExitStack() as stack:
        if scheduler == "local":
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    # no dashboard, and the scheduler's HTTP server (it has one anyway) on a free
                    # loopback port, not 8787: two clusters at once would clash (a warning)
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
            )
            address: Any = cluster
        else:
            address = scheduler
        try:
            client = stack.enter_context(Client(address, timeout="10s"))
        except OSError as exc:
            raise UsageError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                "start one with `dask scheduler`, or use --scheduler local",
            ) from None

        def submit(fn, item):
            return client.submit(fn, item, pure=False)

        yield Place(submit, max(1, sum(client.nthreads().values())))
