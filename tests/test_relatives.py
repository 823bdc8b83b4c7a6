"""Reduced relatives (kg/extract/relatives.py), on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.records import Arg, Extraction
from kg.extract.relatives import reduced_relative


def extraction(doc, trigger: int) -> Extraction:
    """An extraction whose predicate is token ``trigger`` (the rest does not matter here)."""
    word = doc[trigger]
    arg = Arg(doc[0].text, 0, len(doc[0].text), 0)
    span = (word.idx, word.idx + len(word.text))
    return Extraction(subject=arg, relation=word.text, relation_span=span, object=None,
                      lemma=word.lemma_, trigger=trigger)  # fmt: skip


CASES = [
    # a participle describing a noun, the sentence's verb elsewhere: background
    ("India/PROPN/nsubj/1 bought/VERB/ROOT/1/buy assets/NOUN/dobj/1 owned/VERB/acl/2/own/VBN "
     "by/ADP/agent/3 Yukos/PROPN/pobj/4 ./PUNCT/punct/1", 3, True),
    ("Tariffs/NOUN/nsubj/1 hurt/VERB/ROOT/1 utilities/NOUN/dobj/1 operating/VERB/acl/2/operate/VBG "
     "in/ADP/prep/3 Argentina/PROPN/pobj/4 ./PUNCT/punct/1", 3, True),
    # ... "being" is no auxiliary of a clause of its own: "suspects being held without trial"
    ("Lawyers/NOUN/nsubj/1 met/VERB/ROOT/1/meet suspects/NOUN/dobj/1 being/AUX/auxpass/4/be "
     "held/VERB/acl/2/hold/VBN ./PUNCT/punct/1", 4, True),
    # not a finite clause: an auxiliary of tense or mood makes it one
    ("He/PRON/nsubj/1 saw/VERB/ROOT/1/see firms/NOUN/dobj/1 were/AUX/aux/4/be/VBD "
     "leaving/VERB/acl/2/leave/VBG ./PUNCT/punct/1", 4, False),
    # not the main verb the parser read as a participle: no verb heads the sentence
    ("A/DET/det/1 report/NOUN/ROOT/1 by/ADP/prep/1 MPs/PROPN/pobj/2 called/VERB/acl/3/call/VBN "
     "for/ADP/prep/4 changes/NOUN/pobj/5 ./PUNCT/punct/1", 4, False),
    # not a verb of the main clause, nor a relative clause with its own subject
    ("India/PROPN/nsubj/1 bought/VERB/ROOT/1/buy/VBD assets/NOUN/dobj/1 ./PUNCT/punct/1", 1,
     False),
    ("India/PROPN/nsubj/1 bought/VERB/ROOT/1/buy assets/NOUN/dobj/1 Yukos/PROPN/nsubj/4 "
     "owned/VERB/relcl/2/own/VBD ./PUNCT/punct/1", 4, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "trigger", "expected"), CASES)
def test_reduced_relative(spec, trigger, expected):
    doc = parse(spec)
    assert reduced_relative(extraction(doc, trigger), doc) is expected
