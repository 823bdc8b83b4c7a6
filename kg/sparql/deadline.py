"""Run query work on a thread with a big stack, within a time limit.

Oxigraph's parser and evaluator, and rdflib's parser, recurse on a query's structure. On a
main thread (8 MiB of stack) Oxigraph crashed the whole process (a segmentation fault) at
2,500 nested braces, 700 nested function calls, or 10,000 terms joined by ``+`` or ``||``
(a 20 KB query). With a query's size capped (:class:`kg.sparql.policy.Limits`, 64 KiB) a
256 MiB stack leaves room several times over; a stack is address space, and only the pages a
query touches are used.

pyoxigraph cannot be interrupted: a query runs to its end, in Rust, whatever the caller does
(measured: a four-way cross product ignored SIGALRM for 60 s). So :func:`call` stops only the
*waiting*: past the limit it raises :class:`~kg.errors.QueryTimeout` and the thread runs on in
the background until the query ends. ``kg query`` exits right after, which ends it;
``kg serve`` runs queries in worker processes that it kills instead
(:mod:`kg.sparql.worker`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from kg.errors import QueryTimeout

STACK = 256 * 1024 * 1024
_starting = threading.Lock()  # threading.stack_size is process-wide: set it, start, restore

T = TypeVar("T")


def call(fn: Callable[[], T], *, timeout: float | None = None) -> T:
    """``fn()`` on a big-stack thread; its value or its exception. With ``timeout`` (seconds,
    ``None`` or 0 for none), raise :class:`QueryTimeout` when it is not done by then."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    with _starting:
        before = threading.stack_size(STACK)
        try:
            thread = threading.Thread(target=target, name="kg-query", daemon=True)
            thread.start()
        finally:
            threading.stack_size(before)
    thread.join(timeout or None)
    if thread.is_alive():
        raise QueryTimeout(
            f"the query ran longer than {timeout:g} s and was given up",
            "narrow it (LIMIT, fewer unbound patterns, GRAPH ?g { ... }) or raise --timeout",
        )
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
