"""kg.blas: spaCy's models multiply with numpy's BLAS, on one thread per worker process."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from thinc.api import Linear, NumpyOps, get_current_ops

from kg.blas import THREADS_VARIABLE, numpy_blas, one_thread_from_start, one_thread_in_children

#: What OpenBLAS reads for its threads when it loads, first found first (a user may set
#: OMP_NUM_THREADS for other libraries); the fresh processes below start without them.
_OPENBLAS_READS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _shell(**env: str) -> dict[str, str]:
    """This process's environment as a user's shell without a BLAS setting, then ``env``."""
    return {k: v for k, v in os.environ.items() if k not in _OPENBLAS_READS} | env


def _uses_blis(model) -> set[bool]:
    """Whether each layer of a thinc model multiplies with BLIS; but for a parser's output
    layer ("upper"), which spaCy remakes on its CPU ops when it sizes the layer to the labels,
    and multiplies with BLIS directly."""
    upper = model.get_ref("upper") if model.has_ref("upper") else None
    return {getattr(layer.ops, "use_blis", None) for layer in model.walk() if layer is not upper}


def test_models_made_inside_use_numpy_blas_and_the_ops_come_back():
    before = get_current_ops()
    with numpy_blas():
        inside = Linear(4, 3)
    outside = Linear(4, 3)
    assert _uses_blis(inside) == {False}
    assert get_current_ops() is before
    assert _uses_blis(outside) == {getattr(before, "use_blis", None)}


def test_the_ops_come_back_after_an_error():
    before = get_current_ops()
    with pytest.raises(RuntimeError), numpy_blas():
        raise RuntimeError("inside")
    assert get_current_ops() is before


def test_numpy_blas_multiplies_as_blis_does():
    x = numpy.random.default_rng(0).random((64, 96), dtype="float32")
    w = numpy.random.default_rng(1).random((96, 32), dtype="float32")
    with numpy_blas():
        ours = get_current_ops().gemm(x, w)
    blis = NumpyOps(use_blis=True).gemm(x, w)
    assert numpy.allclose(ours, blis, rtol=1e-5)


def _threads_after(code: str) -> int:
    """The threads of numpy's BLAS in a fresh process that first allows two, then runs
    ``code``."""
    script = (
        "import numpy\nfrom threadpoolctl import threadpool_info, threadpool_limits\n"
        "threadpool_limits(2, user_api='blas')\n"
        f"{code}\n"
        "print(min(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env=_shell())  # fmt: skip
    return int(run.stdout.split()[-1])


def test_one_thread_limits_numpy_blas():
    assert _threads_after("pass") == 2  # the check below could fail
    assert _threads_after("from kg.blas import one_thread; one_thread()") == 1


def _threads_at_start(code: str, env: dict[str, str]) -> int:
    """The threads numpy's BLAS starts with in a fresh process (a user's shell with ``env``)
    that runs ``code`` and then imports numpy (no limit set afterwards)."""
    script = (
        f"{code}\n"
        "import numpy\nfrom threadpoolctl import threadpool_info\n"
        "print(min(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env=_shell(**env))  # fmt: skip
    return int(run.stdout.split()[-1])


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="numpy's BLAS starts one thread anyway")
@pytest.mark.parametrize(
    ("env", "threads"),
    [
        ({}, 1),
        ({"OMP_NUM_THREADS": "2"}, 1),  # set for other libraries; OpenBLAS would read it
        ({"OPENBLAS_NUM_THREADS": "2"}, 2),  # the user's own choice is kept
    ],
)
def test_the_kg_command_starts_numpy_blas_on_one_thread(env, threads):
    assert _threads_at_start("pass", env) >= 2  # the check below could fail
    assert _threads_at_start("from kg.cli.main import main; main([])", env) == threads


@pytest.mark.parametrize(
    ("before", "after"), [({}, "1"), ({THREADS_VARIABLE: "4"}, "4"), ({"PATH": "/bin"}, "1")]
)
def test_one_thread_from_start_keeps_a_users_value(before, after):
    environ = dict(before)
    one_thread_from_start(environ)
    assert environ[THREADS_VARIABLE] == after
    assert {k: v for k, v in environ.items() if k != THREADS_VARIABLE} == {
        k: v for k, v in before.items() if k != THREADS_VARIABLE
    }


@pytest.mark.parametrize("users", [None, "3"])
def test_worker_processes_start_with_one_blas_thread(monkeypatch, users):
    from kg.run.executors import process_pool

    monkeypatch.delenv(THREADS_VARIABLE, raising=False)
    if users is not None:
        monkeypatch.setenv(THREADS_VARIABLE, users)
    with process_pool(1) as place:
        assert place.submit(os.getenv, THREADS_VARIABLE).result(timeout=60) == (users or "1")
    assert os.environ.get(THREADS_VARIABLE) == users  # the caller's environment as it was


@pytest.mark.parametrize("before", [{}, {THREADS_VARIABLE: "4"}])
def test_one_thread_in_children_puts_the_environment_back(before):
    environ = dict(before)
    with pytest.raises(RuntimeError), one_thread_in_children(environ):
        assert environ[THREADS_VARIABLE] == before.get(THREADS_VARIABLE, "1")
        raise RuntimeError("inside")
    assert environ == before


@pytest.mark.model
def test_a_worker_loads_its_pipeline_on_one_blas_thread():
    assert _threads_after("from kg.run.work import pipeline; pipeline()") == 1


@pytest.mark.model
def test_kg_pipeline_models_use_numpy_blas(nlp):
    for name, proc in nlp.pipeline:
        if hasattr(proc, "model") and hasattr(proc.model, "walk"):
            assert _uses_blis(proc.model) == {False}, name


@pytest.mark.model
def test_same_annotations_as_spacy_on_blis():
    import spacy

    from kg.nlp import UNUSED, resolve_model

    stock = spacy.load(resolve_model(None), exclude=list(UNUSED))
    with numpy_blas():
        ours = spacy.load(resolve_model(None), exclude=list(UNUSED))
    for name in ("tok2vec", "parser", "ner"):
        assert _uses_blis(stock.get_pipe(name).model) == {True}
        assert _uses_blis(ours.get_pipe(name).model) == {False}
    texts = [
        "Russian President Vladimir Putin praised the relationship with China on Tuesday.",
        "The US said it would boycott the Olympics, and Britain's foreign secretary, Jack "
        "Straw, told MPs that talks with Iran had stalled.",
        "Shares in Yukos fell 8% after the Moscow court ruled against the oil firm.",
    ]
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        for attr in (POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE):
            assert numpy.array_equal(theirs.to_array(attr), mine.to_array(attr)), theirs.text
