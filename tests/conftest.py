"""Shared fixtures: hand-built parses (no model) and the real pipeline (marked ``model``)."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles" / "000_8813760514876ec4.txt"
TAGS = {
    "VERB": "VBD",
    "AUX": "VBZ",
    "NOUN": "NN",
    "PROPN": "NNP",
    "PRON": "PRP",
    "ADJ": "JJ",
    "ADP": "IN",
    "DET": "DT",
    "PART": "RP",
    "CCONJ": "CC",
    "PUNCT": ".",
    "NUM": "CD",
    "ADV": "RB",
    "SCONJ": "IN",
}


@cache
def english_vocab() -> Vocab:
    """A vocab with English lexical attributes (``lower_``, ``is_punct``), no model."""
    return spacy.blank("en").vocab


def parse(spec: str, *, ents: dict[str, str] | None = None, vocab: Vocab | None = None) -> Doc:
    """A Doc from ``word/POS/dep/head[/lemma][/TAG]`` items (head: absolute token index).

    ``ents`` maps a token index range "i-j" (inclusive) or "i" to an entity label.
    """
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, p, dep, head = parts[0].replace("_", " "), parts[1], parts[2], int(parts[3])
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(head)
        lemmas.append(parts[4] if len(parts) > 4 and parts[4] else word.lower())
        tags.append(parts[5] if len(parts) > 5 else TAGS.get(p, "XX"))
    iob = ["O"] * len(words)
    for where, label in (ents or {}).items():
        lo, _, hi = where.partition("-")
        start, end = int(lo), int(hi or lo)
        iob[start] = f"B-{label}"
        for i in range(start + 1, end + 1):
            iob[i] = f"I-{label}"
    spaces = [
        not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "’s"})
        for i in range(len(words))
    ]
    return Doc(
        vocab or english_vocab(),
        words=words,
        spaces=spaces,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        tags=tags,
        ents=iob,
    )


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def knowledge():
    from kg.extract.statements import Knowledge

    return Knowledge()


@pytest.fixture(scope="session")
def sample_result(nlp, knowledge):
    from kg.extract.statements import process
    from kg.ingest import read

    article = next(read([SAMPLE]))
    return process(nlp(article.text), article, knowledge)


@pytest.fixture()
def articles_dir(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copy(SAMPLE, d / SAMPLE.name)
    return d


def require_tool(name: str) -> str:
    """The path of an external tool; skipped locally when missing, a failure in CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed (apt-get install it, or run .ci/run)")
    return path
