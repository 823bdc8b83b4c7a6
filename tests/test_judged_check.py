"""benchmarks/judged.py: the check half of the tune split is reported apart and never listed
for errors (hand-built statements and judgments; the articles are never read)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import judged  # noqa: E402

ARTICLES = [("a/open.txt", "tune"), ("a/kept.txt", "tune"), ("a/held.txt", "held-out")]


def test_the_check_split_is_the_check_articles_and_tune_still_holds_them():
    check = {"a/kept.txt"}
    assert judged.in_split("check", ARTICLES, check) == {"a/kept.txt"}
    assert judged.in_split("tune", ARTICLES, check) == {"a/open.txt", "a/kept.txt"}
    assert judged.in_split("all", ARTICLES, check) == {a for a, _ in ARTICLES}


def test_the_packaged_check_articles_are_tune_articles():
    tune = {r["article"] for r in judged.rows(judged.DATA / "articles.tsv") if r["split"] == "tune"}
    check = judged.check_articles()
    assert check and check <= tune  # 3 of the third admission round, 5 of the last batch


def _row(article: str, keep: str) -> dict[str, str]:
    return {"article": article, "faithful": "y", "actors_right": "y", "class_right": "na",
            "keep": keep, "note": f"note of {article}", "kind": "trivial"}  # fmt: skip


def _statement(doc: str) -> dict:
    return {"doc": doc, "sentence": "s", "subject": doc, "relation": "r", "object": None,
            "sentence_id": 0, "admitted": True, "confidence": 0.5}  # fmt: skip


def test_errors_and_tags_never_show_the_hidden_articles(capsys):
    statements = [_statement("open"), _statement("kept")]
    rows = {judged.statement_key(st): _row(st["doc"], "n") for st in statements}
    judged.report("tune", statements, rows, [], errors=True, hidden=frozenset({"kept"}))
    out = capsys.readouterr().out
    assert "precision (faithful and keep, of judged admitted): 0/2" in out  # figures: both
    assert "note of open" in out and "note of kept" not in out  # errors: the open one only
    assert "trivial 1" in out  # the judge's tags: the open one only


def test_facts_listed_one_by_one_never_show_the_hidden_articles(capsys):
    fact = {"agent": "Nobody", "relation": "say", "target": ""}
    facts = [{**fact, "article": f"a/{d}.txt", "fact": f"fact of {d}"} for d in ("open", "kept")]
    judged.recall(facts, [_statement("open")], verbose=True, hidden=frozenset({"kept"}))
    out = capsys.readouterr().out
    assert "key-fact recall: 0/2" in out  # counted: both
    assert "fact of open" in out and "fact of kept" not in out  # shown: the open one only


@pytest.mark.parametrize(
    ("article", "docs", "expected"),
    [
        ("politics/a.txt", None, True),
        ("politics/a.txt", ["politics/a"], True),
        ("politics/a.txt", ["politics/a.txt", "business/b"], True),
        ("politics/a.txt", ["business/a"], False),
    ],
)
def test_docs_leave_in_only_the_articles_named(article, docs, expected):
    assert judged.chosen(article, judged.wanted(docs)) is expected
