"""Complements a statement leaves out (kg/extract/complements.py), on hand-built parses: the
statement is given by token ranges, the way Open IE reads it."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.complements import leaves_out
from kg.extract.records import Arg, Extraction


def arg(doc, lo: int, hi: int) -> Arg:
    """The phrase of tokens ``lo``..``hi`` (inclusive), its head the last token."""
    span = doc[lo : hi + 1]
    return Arg(span.text, span.start_char, span.end_char, hi)


def extraction(doc, subject, relation, obj, *, trigger: int, lemma: str, extras=()) -> Extraction:
    rel = doc[relation[0] : relation[1] + 1]
    return Extraction(
        subject=arg(doc, *subject),
        relation=rel.text,
        relation_span=(rel.start_char, rel.end_char),
        object=arg(doc, *obj) if obj else None,
        lemma=lemma,
        trigger=trigger,
        extras=tuple(arg(doc, *e) for e in extras),
    )


CASES = [
    # (spec, subject, relation, object, trigger, lemma, leaves out)
    # a speech act's infinitive: what was asked is lost ("the WTO | to investigate" holds it)
    ("The/DET/det/1 US/PROPN/nsubj/2 asked/VERB/ROOT/2/ask the/DET/det/4 WTO/PROPN/dobj/2 "
     "to/PART/aux/6//TO investigate/VERB/xcomp/2 tariffs/NOUN/dobj/6 ./PUNCT/punct/2",
     (0, 1), (2, 2), (3, 4), 2, "ask", True),
    # a content clause of the predicate: what was assured is lost
    ("Venezuela/PROPN/nsubj/1 assured/VERB/ROOT/1/assure companies/NOUN/dobj/1 "
     "that/SCONJ/mark/5 it/PRON/nsubj/5 respects/VERB/ccomp/1 contracts/NOUN/dobj/5 "
     "./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 2), 1, "assure", True),
    ("He/PRON/nsubj/1 told/VERB/ROOT/1/tell MPs/NOUN/dobj/1 the/DET/det/4 UK/PROPN/nsubj/5 "
     "lost/VERB/ccomp/1 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 2), 1, "tell", True),
    # ... but not when the statement holds it (the clause is its object)
    ("He/PRON/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 UK/PROPN/nsubj/4 "
     "lost/VERB/ccomp/1 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 4), 1, "say", False),
    # ... nor when something else stands between (a misparse, a participle's object)
    ("Clarke/PROPN/nsubj/1 rejected/VERB/ROOT/1/reject that/DET/det/3 idea/NOUN/dobj/1 "
     "saying/VERB/acl/3/say evidence/NOUN/dobj/4 is/AUX/ccomp/1/be small/ADJ/acomp/6 "
     "./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 3), 1, "reject", False),
    # a purpose infinitive of another verb only adds: the statement stands
    ("The/DET/det/1 US/PROPN/nsubj/2 lifted/VERB/ROOT/2/lift a/DET/det/4 ban/NOUN/dobj/2 "
     "to/PART/aux/6//TO reward/VERB/xcomp/2 Libya/PROPN/dobj/6 ./PUNCT/punct/2",
     (0, 1), (2, 2), (3, 4), 2, "lift", False),
    # ... and so does a request's, when its object is the thing asked for
    ("MPs/NOUN/nsubj/1 called/VERB/ROOT/1/call for/ADP/prep/1 changes/NOUN/pobj/2 "
     "to/PART/aux/5//TO combat/VERB/xcomp/1 fraud/NOUN/dobj/5 ./PUNCT/punct/1",
     (0, 0), (1, 2), (3, 3), 1, "call", False),
    # a predicate with no object stops before its infinitive
    ("Russia/PROPN/nsubj/3 has/AUX/aux/3 been/AUX/aux/3 waiting/VERB/ROOT/3/wait "
     "to/PART/aux/5//TO join/VERB/xcomp/3 it/PRON/dobj/5 ./PUNCT/punct/3",
     (0, 0), (1, 3), None, 3, "wait", True),
    # an infinitive that completes the object of a light verb or copula
    ("Roma/PROPN/nsubj/1 had/VERB/ROOT/1/have good/ADJ/amod/3 reason/NOUN/dobj/1 "
     "to/PART/aux/5//TO leave/VERB/acl/3 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 3), 1, "have", True),
    # ... not one of another verb's object (a purpose: "signed a deal to import gas")
    ("India/PROPN/nsubj/1 signed/VERB/ROOT/1/sign a/DET/det/3 deal/NOUN/dobj/1 "
     "to/PART/aux/5//TO import/VERB/acl/3 gas/NOUN/dobj/5 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 3), 1, "sign", False),
    # a content clause of the object's head: "may be so political | that ..."
    ("It/PRON/nsubj/1 is/AUX/ROOT/1/be so/ADV/advmod/3 political/ADJ/acomp/1 "
     "that/SCONJ/mark/6 judges/NOUN/nsubj/6 refuse/VERB/ccomp/3 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 3), 1, "be", True),
    # a colon and quote marks may stand between: 'told the MPs: "..."'
    ("He/PRON/nsubj/1 told/VERB/ROOT/1/tell MPs/NOUN/dobj/1 :/PUNCT/punct/1 "
     '"/PUNCT/punct/6 it/PRON/nsubj/6 worries/VERB/ccomp/1 me/PRON/dobj/6 ./PUNCT/punct/1',
     (0, 0), (1, 1), (2, 2), 1, "tell", True),
    # ... not a comma: ", Uganda's paper reports" begins a clause of its own
    ("Parliamentarians/NOUN/nsubj/1 side/VERB/ROOT/1 with/ADP/prep/1 it/PRON/pobj/2 "
     ",/PUNCT/punct/1 papers/NOUN/nsubj/6 report/VERB/ccomp/1 ./PUNCT/punct/1",
     (0, 0), (1, 2), (3, 3), 1, "side", False),
    # inside a clause the statement holds: "said | it was time" before "to talk"
    ("Brown/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/3 was/AUX/ccomp/1/be "
     "time/NOUN/attr/3 to/PART/aux/6//TO talk/VERB/relcl/4 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 4), 1, "say", True),
    ("Brown/PROPN/nsubj/1 said/VERB/ROOT/1/say Russia/PROPN/nsubj/3 waited/VERB/ccomp/1/wait "
     "to/PART/aux/5//TO join/VERB/xcomp/3 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 3), 1, "say", True),
    # ... but not before a purpose clause there: "said | the US lifted a ban" | "to reward"
    ("He/PRON/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 US/PROPN/nsubj/4 "
     "lifted/VERB/ccomp/1/lift a/DET/det/6 ban/NOUN/dobj/4 to/PART/aux/8//TO "
     "reward/VERB/advcl/4 it/PRON/dobj/8 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 6), 1, "say", False),
    # a clause completes only a word the statement holds: "tainted" completes "believes" of
    # a relative clause left out, not "examine" ("it would examine contracts worth $3bn")
    ("It/PRON/nsubj/2 would/AUX/aux/2 examine/VERB/ROOT/2/examine contracts/NOUN/dobj/2 "
     "worth/ADJ/amod/3 $/SYM/nmod/6 3bn/NUM/npadvmod/4 which/PRON/nsubj/11 it/PRON/nsubj/9 "
     "believes/VERB/relcl/6/believe may/AUX/aux/11 tainted/VERB/ccomp/9/taint ./PUNCT/punct/2",
     (0, 0), (1, 2), (3, 6), 2, "examine", False),
    # ... "to disclose" completes "failed" of the clause on the noun "charges", left out
    ("Disney/PROPN/nsubj/1 settled/VERB/ROOT/1/settle charges/NOUN/dobj/1 that/PRON/dobj/7 "
     "it/PRON/nsubj/5 failed/VERB/acl/2/fail to/PART/aux/7//TO disclose/VERB/xcomp/5 "
     "./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 2), 1, "settle", False),
    # a speech act's infinitive with a phrase between, read as a purpose: still what was asked
    ("Clarke/PROPN/nsubj/1 ordered/VERB/ROOT/1/order suspects/NOUN/dobj/1 who/PRON/nsubj/4 "
     "fled/VERB/relcl/2/flee ,/PUNCT/punct/1 to/PART/aux/7//TO face/VERB/advcl/1 "
     "arrest/NOUN/dobj/7 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 2), 1, "order", True),
    # ... not another verb's purpose so placed
    ("The/DET/det/1 US/PROPN/nsubj/2 lifted/VERB/ROOT/2/lift a/DET/det/4 ban/NOUN/dobj/2 "
     "that/PRON/nsubj/6 hurt/VERB/relcl/4 ,/PUNCT/punct/2 to/PART/aux/9//TO "
     "reward/VERB/advcl/2 Libya/PROPN/dobj/9 ./PUNCT/punct/2",
     (0, 1), (2, 2), (3, 4), 2, "lift", False),
    # ... nor a speech act's purpose right after its object, nothing between
    ("Putin/PROPN/nsubj/1 urged/VERB/ROOT/1/urge calm/NOUN/dobj/1 ,/PUNCT/punct/1 "
     "to/PART/aux/5//TO avoid/VERB/advcl/1 bloodshed/NOUN/dobj/5 ./PUNCT/punct/1",
     (0, 0), (1, 1), (2, 2), 1, "urge", False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "subject", "relation", "obj", "trigger", "lemma", "cut"), CASES)
def test_leaves_out(spec, subject, relation, obj, trigger, lemma, cut):
    doc = parse(spec)
    ext = extraction(doc, subject, relation, obj, trigger=trigger, lemma=lemma)
    assert leaves_out(ext, doc) is cut


def test_an_extra_argument_holds_the_complement():
    doc = parse(CASES[0][0])
    ext = extraction(doc, (0, 1), (2, 2), (3, 4), trigger=2, lemma="ask", extras=[(5, 7)])
    assert leaves_out(ext, doc) is False
