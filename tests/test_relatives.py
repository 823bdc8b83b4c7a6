"""Reduced relatives (kg/extract/relatives.py), on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import parse

from kg.extract.records import Arg, Extraction
from kg.extract.relatives import (
    cuts_class,
    defines_class,
    describes_noun,
    reduced_relative,
    supplied_participle,
)


def extraction(doc, trigger: int, subject: int = 0) -> Extraction:
    """An extraction whose predicate is token ``trigger`` and whose subject is the token
    ``subject`` (the rest does not matter here)."""
    word, who = doc[trigger], doc[subject]
    arg = Arg(who.text, who.idx, who.idx + len(who.text), subject)
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


CLASSES = [
    # a bare plural run straight into a present relative clause: a class, not an event
    ("Countries/NOUN/nsubj/4//NNS which/PRON/nsubj/2 exceed/VERB/relcl/0/exceed/VBP "
     "it/PRON/dobj/2 are/AUX/ROOT/4/be/VBP liable/ADJ/acomp/4 ./PUNCT/punct/4", 2, True),
    ("These/PRON/nsubj/1 include/VERB/ROOT/1/include/VBP governments/NOUN/dobj/1//NNS "
     "which/PRON/nsubj/5 are/AUX/aux/5/be/VBP adopting/VERB/relcl/2/adopt/VBG "
     "reforms/NOUN/dobj/5//NNS ./PUNCT/punct/1", 5, True),
    # ... or a generic determiner ("any country which observes the rule of law")
    ("It/PRON/nsubj/1 is/AUX/ROOT/1/be/VBZ anathema/NOUN/attr/1/anathema/NN in/ADP/prep/2 "
     "any/DET/det/5 country/NOUN/pobj/3//NN which/PRON/nsubj/7 observes/VERB/relcl/5/observe/VBZ "
     "law/NOUN/dobj/7 ./PUNCT/punct/1", 7, True),
    # not those that did: the past or the perfect
    ("MPs/NOUN/nsubj/3//NNS who/PRON/nsubj/2 voted/VERB/relcl/0/vote/VBD said/VERB/ROOT/3/say/VBD "
     "./PUNCT/punct/3", 2, False),
    ("Countries/NOUN/nsubj/5//NNS which/PRON/nsubj/3 have/AUX/aux/3/have/VBP "
     "breached/VERB/relcl/0/breach/VBN it/PRON/dobj/3 face/VERB/ROOT/5/face/VBP "
     "./PUNCT/punct/5", 3, False),
    # not a specific phrase: a determiner, a name before the noun
    ("The/DET/det/1 countries/NOUN/nsubj/5//NNS which/PRON/nsubj/3 exceed/VERB/relcl/1/exceed/VBP "
     "it/PRON/dobj/3 are/AUX/ROOT/5/be/VBP liable/ADJ/acomp/5 ./PUNCT/punct/5", 3, False),
    ("Labour/PROPN/compound/1 MPs/NOUN/nsubj/5//NNS who/PRON/nsubj/3 "
     "oppose/VERB/relcl/1/oppose/VBP it/PRON/dobj/3 spoke/VERB/ROOT/5/speak/VBD ./PUNCT/punct/5",
     3, False),
    # not an aside after a comma, nor a clause after another modifier of the noun
    ("He/PRON/nsubj/1 cited/VERB/ROOT/1/cite/VBD stocks/NOUN/dobj/1//NNS ,/PUNCT/punct/2 "
     "which/PRON/nsubj/5 are/AUX/relcl/2/be/VBP high/ADJ/acomp/5 ./PUNCT/punct/1", 5, False),
    ("He/PRON/nsubj/1 opposed/VERB/ROOT/1/oppose/VBD subsidies/NOUN/dobj/1//NNS on/ADP/prep/2 "
     "farms/NOUN/pobj/3//NNS that/PRON/nsubj/6 hurt/VERB/relcl/2/hurt/VBP India/PROPN/dobj/6 "
     "./PUNCT/punct/1", 6, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "trigger", "expected"), CLASSES)
def test_defines_class(spec, trigger, expected):
    doc = parse(spec)
    ext = extraction(doc, trigger, doc[trigger].head.i)  # the noun does what the clause says
    assert defines_class(ext, doc) is expected
    assert describes_noun(ext, doc) is expected  # none of these is a reduced relative


def test_a_relative_clause_with_a_subject_of_its_own_defines_no_class():
    doc = parse(
        "Savings/NOUN/nsubj/1//NNS go/VERB/ROOT/1/go/VBP to/ADP/prep/1 regions/NOUN/pobj/2//NNS "
        "where/ADV/advmod/7 we/PRON/nsubj/7 are/AUX/aux/7/be/VBP closing/VERB/relcl/3/close/VBG "
        "posts/NOUN/dobj/7//NNS ./PUNCT/punct/1"
    )
    assert defines_class(extraction(doc, 7, 5), doc) is False  # "we | are closing | posts"
    assert defines_class(extraction(doc, 7, 3), doc) is False  # no relative pronoun its subject


CUT = [
    # a subject whose defining relative clause the statement leaves out
    ("Countries/NOUN/nsubj/4//NNS which/PRON/nsubj/2 exceed/VERB/relcl/0/exceed/VBP "
     "it/PRON/dobj/2 are/AUX/ROOT/4/be/VBP liable/ADJ/acomp/4 ./PUNCT/punct/4",
     (0, 0), 4, (5, 5), True),
    # ... not a specific one ("The countries which ...")
    ("The/DET/det/1 countries/NOUN/nsubj/5//NNS which/PRON/nsubj/3 exceed/VERB/relcl/1/exceed/VBP "
     "it/PRON/dobj/3 are/AUX/ROOT/5/be/VBP liable/ADJ/acomp/5 ./PUNCT/punct/5",
     (0, 1), 5, (6, 6), False),
    # ... nor the clause the statement is made of ("measures | it disagrees with")
    ("It/PRON/nsubj/1 ignores/VERB/ROOT/1/ignore/VBZ measures/NOUN/dobj/1//NNS "
     "which/PRON/nsubj/4 hurt/VERB/relcl/2/hurt/VBP it/PRON/dobj/4 ./PUNCT/punct/1",
     (3, 3), 4, (2, 2), False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "subject", "trigger", "obj", "expected"), CUT)
def test_cuts_class(spec, subject, trigger, obj, expected):
    doc = parse(spec)
    ext = extraction(doc, trigger, subject[0])
    span = doc[obj[0] : obj[1] + 1]
    ext = replace(ext, object=Arg(span.text, span.start_char, span.end_char, obj[1]))
    assert cuts_class(ext, doc) is expected


SUPPLIED = [
    # a past participle with no subject nor auxiliary of its own: a condition, not a fact
    (
        "But/CCONJ/cc/6 if/SCONJ/mark/2 convicted/VERB/advcl/6/convict/VBN ,/PUNCT/punct/6 "
        "Mr/PROPN/compound/5 Botin/PROPN/nsubj/6 could/AUX/aux/7 face/VERB/ROOT/7 "
        "prison/NOUN/dobj/7 ./PUNCT/punct/7",
        2,
        True,
    ),
    # with its auxiliary it is a clause's verb ("he was convicted")
    (
        "he/PRON/nsubjpass/2 was/AUX/auxpass/2/be convicted/VERB/ROOT/2/convict/VBN "
        "./PUNCT/punct/2",
        2,
        False,
    ),
    # a conjunct shares the auxiliary of the verb before it ("was arrested and charged")
    (
        "he/PRON/nsubjpass/2 was/AUX/auxpass/2/be arrested/VERB/ROOT/2/arrest/VBN "
        "and/CCONJ/cc/2 charged/VERB/conj/2/charge/VBN ./PUNCT/punct/2",
        4,
        False,
    ),
    # no verb heads the sentence: the participle is its main verb, misparsed
    (
        "A/DET/det/1 report/NOUN/ROOT/1 by/ADP/prep/1 MPs/PROPN/pobj/2 called/VERB/acl/3/call/VBN "
        "for/ADP/prep/4 changes/NOUN/pobj/5 ./PUNCT/punct/1",
        4,
        False,
    ),
    # a finite past tense is none
    ("India/PROPN/nsubj/1 bought/VERB/ROOT/1/buy/VBD assets/NOUN/dobj/1 ./PUNCT/punct/1", 1, False),
]


@pytest.mark.parametrize(("spec", "trigger", "expected"), SUPPLIED)
def test_a_past_participle_with_no_subject_of_its_own_was_supplied_one(spec, trigger, expected):
    assert supplied_participle(extraction(parse(spec), trigger), parse(spec)) is expected
