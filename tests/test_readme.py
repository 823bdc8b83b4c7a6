"""The README against the code and the sample's outputs: what a newcomer reads first.

The statement contract's keys and values are checked in ``tests/test_model.py``; here, the
commands the README shows and the sample's figures it quotes (``output/`` is what a build of
the sample writes: ``tests/test_packaging.py``).
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from kg.cli import args

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = [
    json.loads(line)
    for line in (ROOT / "output" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
]


def _options() -> dict[str, set[str]]:
    """Each subcommand's option strings."""
    sub = next(a for a in args.parser()._actions if a.choices and "build" in a.choices)
    return {
        name: {o for action in p._actions for o in action.option_strings}
        for name, p in sub.choices.items()
    }


def _written_commands() -> list[tuple[str, str]]:
    """(subcommand, its text) for every ``kg SUB ...`` the README writes: a line of a shell
    block with its continuation lines (the comment of build's and extract's shared options
    counts for both), and every ``kg SUB ...`` in backquotes in the prose."""
    found: list[tuple[str, str]] = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        current = None
        for line in block.splitlines():
            if m := re.match(r"kg ([a-z]+)\b(.*)", line):
                current = m[1]
                found.append((current, m[2].split("#")[0]))
            elif line.lstrip().startswith("# build and extract:") or (
                current in ("build", "extract") and line.lstrip().startswith("#   ")
            ):
                found += [("build", line), ("extract", line)]
            elif current and line.startswith(" ") and line.lstrip().startswith("["):
                found.append((current, line.split("#")[0]))
            else:
                current = None
    found += [(m[1], m[2]) for m in re.finditer(r"`kg ([a-z]+)\b([^`]*)`", README)]
    return found


def test_every_option_the_readme_gives_a_command_is_the_commands():
    options = _options()
    wrong = [
        (sub, option)
        for sub, text in _written_commands()
        if sub in options
        for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", text)
        if option not in options[sub]
    ]
    assert not wrong


def test_the_readme_names_every_subcommand():
    assert {sub for sub, _ in _written_commands()} >= set(_options())


def test_the_samples_row_of_what_goes_into_the_graph_is_the_samples():
    row = re.search(r"^\| the sample article \| (\d+) \| (\d+) \| ([^|]*) \|$", README, re.M)
    reasons = collections.Counter(code for st in SAMPLE for code in st["dropped_because"])
    assert (int(row[1]), int(row[2])) == (len(SAMPLE), sum(st["admitted"] for st in SAMPLE))
    written = {code: int(n) for code, n in re.findall(r"([a-z-]+) (\d+)", row[3])}
    assert written == dict(reasons)


def test_the_summary_the_readme_quotes_counts_the_samples_statements():
    quoted = re.findall(
        r"kg: 1 articles, \d+ sentences, (\d+) statements \((\d+) in the graph\)", README
    )
    counts = (str(len(SAMPLE)), str(sum(st["admitted"] for st in SAMPLE)))
    assert quoted and all(q == counts for q in quoted)
