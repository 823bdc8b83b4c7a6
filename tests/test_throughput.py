"""benchmarks/throughput.py: the order of the runs on each chunk (no pipeline is loaded)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import throughput  # noqa: E402

RUNS = [(name, name.upper) for name in ("a", "a'", "b", "c")]


def _names(turn: int) -> list[str]:
    return [name for name, _ in throughput.turn_order(RUNS, turn)]


def test_each_run_goes_first_in_turn():
    assert [_names(turn)[0] in ("b", "c") for turn in range(4)] == [False, False, True, True]
    assert [_names(turn)[0] for turn in (0, 1)] == ["a", "a'"]


def test_extract_and_build_each_go_first_of_the_two_on_every_other_chunk():
    # they share kg's pipeline: the second on a chunk finds its words known
    firsts = []
    for turn in range(8):
        names = _names(turn)
        assert sorted(names) == sorted(n for n, _ in RUNS)
        firsts.append("b" if names.index("b") < names.index("c") else "c")
    assert firsts == ["b", "c"] * 4


def test_each_name_keeps_its_own_run():
    for turn in range(4):
        assert all(fn() == name.upper() for name, fn in throughput.turn_order(RUNS, turn))
