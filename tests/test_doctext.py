"""Span texts cut from the Doc's text once (kg.extract.doctext) against spaCy's own."""

from __future__ import annotations

import gc

import pytest
from factories import parse

from kg import nlp
from kg.extract import doctext
from kg.extract.doctext import doc_memo, doc_text, entity_text, span_text, tokens_text
from kg.extract.fullnames import _name_of, name_of
from kg.extract.phrases import CLAUSE_DROP_DEPS, TOP_DROP_DEPS, _phrase, phrase

SPEC = (
    "“/PUNCT/punct/3 Foreign/PROPN/compound/2 Minister/PROPN/compound/3 Straw/PROPN/nsubj/4 "
    "met/VERB/ROOT/4 the/DET/det/6 Chinese/ADJ/amod/7 envoy/NOUN/dobj/4 ,/PUNCT/punct/4 "
    "Wang/PROPN/appos/7 Yi/PROPN/flat/9 ’s/PART/case/9 aides/NOUN/conj/7 ./PUNCT/punct/4"
)
ENTS = {"1-3": "PERSON", "6": "NORP", "9-10": "PERSON"}


def test_every_token_range_reads_as_spacys_span():
    doc = parse(SPEC, ents=ENTS)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert tokens_text(doc, start, end) == (span.text, span.start_char, span.end_char)
            assert span_text(span) == span.text


def test_doc_text_is_the_docs():
    doc = parse(SPEC, ents=ENTS)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # read once


@pytest.mark.parametrize("i", range(14))
def test_entity_text_is_that_of_the_entity_holding_the_token(i):
    doc = parse(SPEC, ents=ENTS)
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    assert entity_text(doc[i]) == (ent.text if ent is not None else None)


def test_entity_text_of_adjacent_entities_stops_at_the_next_one():
    doc = parse("Putin/PROPN/nsubj/2 Medvedev/PROPN/appos/0 met/VERB/ROOT/2", ents={"0": "PERSON"})
    doc.ents = [doc.char_span(0, 5, "PERSON"), doc.char_span(6, 14, "PERSON")]
    assert [entity_text(t) for t in doc] == ["Putin", "Medvedev", None]


def test_the_cache_goes_with_its_doc():
    doc = parse(SPEC)
    doc_text(doc)
    before = len(nlp._TEXTS)
    del doc
    gc.collect()
    assert len(nlp._TEXTS) == before - 1


@pytest.mark.parametrize("drop", [TOP_DROP_DEPS, CLAUSE_DROP_DEPS])
def test_kept_phrases_are_those_made_anew(drop):
    doc = parse(SPEC, ents=ENTS)
    for tok in doc:
        assert phrase(tok, drop=drop) == _phrase(tok, drop)
        assert phrase(tok, drop=drop) is phrase(tok, drop=drop)  # from the Doc's memo


def test_kept_names_are_those_read_anew():
    doc = parse(SPEC, ents=ENTS)
    assert [name_of(e) for e in doc.ents] == [_name_of(e) for e in doc.ents]
    assert [name_of(e) for e in doc.ents] == ["Straw", "Chinese", "Wang Yi"]


def test_the_memo_goes_with_its_doc():
    doc = parse(SPEC)
    doc_memo(doc)["x"] = 1
    assert doc_memo(doc) == {"x": 1} and doc_memo(parse(SPEC)) == {}
    before = len(doctext._MEMOS)
    del doc
    gc.collect()
    assert len(doctext._MEMOS) == before - 1
