"""The plain snapshot of a Doc's parse (kg.extract.parse) against spaCy's own Tokens."""

from __future__ import annotations

import gc

import pytest
from factories import parse

from kg.extract import parse as snapshot
from kg.extract.parse import (
    dependent,
    parse_of,
    particle,
    positions,
    read_parse,
    sentence_end,
    sentence_root,
    sentences_back,
)

SPEC = (
    "“/PUNCT/punct/3 Foreign/PROPN/compound/2 Minister/PROPN/compound/3 Straw/PROPN/nsubj/4 "
    "met/VERB/ROOT/4/meet the/DET/det/6 Chinese/ADJ/amod/7 envoy/NOUN/dobj/4 ,/PUNCT/punct/4 "
    "Wang/PROPN/appos/7 Yi/PROPN/flat/9 ’s/PART/case/9 aides/NOUN/conj/7/aide ./PUNCT/punct/4 "
    "He/PRON/nsubj/15 left/VERB/ROOT/15/leave ./PUNCT/punct/15"
)
ENTS = {"1-3": "PERSON", "6": "NORP", "9-10": "PERSON"}


@pytest.mark.parametrize("i", range(17))
def test_the_snapshot_says_what_the_tokens_say(i):
    doc = parse(SPEC, ents=ENTS)
    tok, p = doc[i], read_parse(doc)
    assert p.head[i] == tok.head.i
    assert p.children[i] == tuple(c.i for c in tok.children)
    assert p.sent_start[i] == tok.sent.start
    assert (p.idx[i], p.end[i]) == (tok.idx, tok.idx + len(tok.text))
    assert (p.dep[i], p.pos[i], p.tag[i], p.lower[i], p.ent_type[i], p.lemma[i]) == (
        tok.dep_,
        tok.pos_,
        tok.tag_,
        tok.lower_,
        tok.ent_type_,
        tok.lemma_,
    )


def test_roots_head_themselves_and_children_are_in_order():
    p = read_parse(parse(SPEC, ents=ENTS))
    assert p.head[4] == 4 and p.head[15] == 15  # the roots of the two sentences
    assert p.sent_start[3] == 0 and p.sent_start[16] == 14
    assert p.children[4] == (3, 7, 8, 13)
    assert p.children[7] == (6, 9, 12) and p.children[6] == (5,)


def test_an_empty_doc_has_an_empty_snapshot():
    p = read_parse(parse("x/X/ROOT/0")[0:0].as_doc())
    assert p.head == p.children == p.dep == ()


def test_the_snapshot_is_read_once_per_doc_and_goes_with_it():
    doc, other = parse(SPEC), parse(SPEC)
    first = parse_of(doc)
    assert parse_of(other) is not first  # another Doc: its own
    assert parse_of(doc) is first  # from the memo, not read again
    assert parse_of(doc) is first  # the last Doc asked for
    ref = snapshot._last[0]
    del doc, other
    gc.collect()
    assert ref is not None and ref() is None  # the snapshot holds no Doc


@pytest.mark.parametrize("start", [0, 14])
def test_sentence_root_is_spacys(start):
    doc = parse(SPEC)
    assert sentence_root(doc, start) == doc[start].sent.root


def test_positions_are_the_docs_token_indices():
    doc = parse(SPEC)
    assert positions(doc) == range(17)
    assert positions(doc[14:17]) == range(14, 17)


@pytest.mark.parametrize(
    ("i", "dep", "expected"),
    [
        (4, "nsubj", 3),  # met <- Straw
        (4, "dobj", 7),  # met -> envoy
        (4, "punct", 8),  # the first of several: ",", not "."
        (7, "appos", 9),  # envoy <- Wang
        (15, "dobj", None),  # left: none
    ],
)
def test_dependent_is_the_first_child_with_the_label(i, dep, expected):
    doc = parse(SPEC, ents=ENTS)
    found = dependent(parse_of(doc), i, dep)
    assert found == next((c.i for c in doc[i].children if c.dep_ == dep), None) == expected


def test_particle_is_the_parsers_in_lower_case():
    doc = parse("They/PRON/nsubj/1 Called/VERB/ROOT/1/call OFF/ADP/prt/1 talks/NOUN/dobj/1")
    p = parse_of(doc)
    assert particle(p, 1) == "off"
    assert particle(p, 3) is None


@pytest.mark.parametrize(
    ("i", "n", "start", "end"),
    [(3, 0, 0, 14), (3, 1, 0, 14), (15, 0, 14, 17), (15, 1, 0, 17), (16, 5, 0, 17)],
)
def test_sentences_back_and_a_sentence_s_end(i, n, start, end):
    doc = parse(SPEC, ents=ENTS)
    assert (sentences_back(doc, i, n), sentence_end(doc, i)) == (start, end)
