"""Which library multiplies the matrices of spaCy's models: numpy's BLAS, one thread a process.

spaCy's models (thinc's ``NumpyOps``) multiply with BLIS by default. BLIS chooses its kernels
by the CPU it finds and falls back to plain C ones on a CPU it does not know: blis 1.3 does not
know AMD's Zen 5 (family 0x1A), the CPU kg is measured on, where its generic kernel is
about three times slower than numpy's OpenBLAS on the products of spaCy's layers, and the whole
parse a third slower (``python benchmarks/blas.py``). Numpy's BLAS (OpenBLAS in numpy's wheels,
Accelerate on macOS) chooses its kernels at run time from what the CPU can do rather than from
a list of models. The parser's and the entity recogniser's per-step products still go through
BLIS: thinc calls it directly there.

The annotations stay spaCy's: the products differ only in the order of their sums (a
difference in the sixth digit), and on the whole BBC corpus ``benchmarks/blas.py`` finds the
same tags, parses and entities either way (its figures are in the README).

kg spreads its work over processes (``--jobs``), so each process keeps numpy's BLAS to one
thread (OpenBLAS's threads: where numpy is built on Accelerate, on macOS, neither the variable
below nor ``threadpoolctl`` reaches them, and Accelerate chooses for itself): more would
contend with the other workers for the same cores. Best from the start:
OpenBLAS reads ``OPENBLAS_NUM_THREADS`` when it loads, and with the pool of threads it starts
then, even when held to one thread afterwards (:func:`one_thread`), spaCy's parser and entity
recogniser ran slower in a process of their own (300 BBC articles, spaCy's pipeline on numpy's
BLAS: 12.3-12.7 s against 10.8-10.9 s wall; the whole-corpus runs of
``benchmarks/throughput.py``, whose process loads three pipelines, showed no such difference).
So the ``kg`` command, and kg while it runs worker processes, set the variable
(:func:`one_thread_from_start`, :func:`one_thread_in_children`); :func:`one_thread` holds
a process where numpy had already loaded (a notebook, a script that imported numpy first) to
one thread all the same.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, MutableMapping

#: The variable numpy's BLAS (OpenBLAS, as numpy's wheels ship it) reads for its threads.
THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


@contextlib.contextmanager
def numpy_blas() -> Iterator[None]:
    """spaCy's models made inside the block (``spacy.load``) multiply with numpy's BLAS, not
    BLIS (thinc's ``NumpyOps(use_blis=False)``); a model keeps the library it was made with."""
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        yield


def one_thread() -> None:
    """Numpy's BLAS on one thread in this process, from now on (kg's workers are processes)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def one_thread_from_start(environ: MutableMapping[str, str] = os.environ) -> None:
    """Ask numpy's BLAS for one thread in this process, if numpy has not loaded yet, and in
    the processes it starts from now on (they inherit ``environ``); a value the user set is
    kept."""
    environ.setdefault(THREADS_VARIABLE, "1")


@contextlib.contextmanager
def one_thread_in_children(environ: MutableMapping[str, str] = os.environ) -> Iterator[None]:
    """Processes started inside the block ask numpy's BLAS for one thread
    (:func:`one_thread_from_start`); afterwards the variable is as it was, so a program that
    runs kg's pool (a notebook, a script) keeps its own setting for what it starts later."""
    had = environ.get(THREADS_VARIABLE)
    one_thread_from_start(environ)
    try:
        yield
    finally:
        if had is None:
            environ.pop(THREADS_VARIABLE, None)
