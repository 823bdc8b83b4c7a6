"""What a coordinated verb shares with the first verb of its coordination (issue 19/20: a
statement is faithful to its sentence), on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.clauses import clauses

NEEDS = (
    "The/DET/det/1 company/NOUN/nsubj/2 needs/VERB/ROOT/2/need/VBZ to/PART/aux/4/to/TO "
    "enter/VERB/xcomp/2/enter/VB the/DET/det/6 market/NOUN/dobj/4 and/CCONJ/cc/4 "
    "change/VERB/conj/4/change/VB its/PRON/poss/10 prices/NOUN/dobj/8/price"
)
SHOULD = (
    "The/DET/det/1 firm/NOUN/nsubj/3 should/AUX/aux/3/should/MD cut/VERB/ROOT/3/cut/VB "
    "costs/NOUN/dobj/3/cost and/CCONJ/cc/3 sell/VERB/conj/3/sell/VB assets/NOUN/dobj/6/asset"
)
THREATENED = (
    "They/PRON/nsubj/1 threatened/VERB/ROOT/1/threaten to/PART/aux/3/to/TO "
    "strike/VERB/xcomp/1/strike/VB and/CCONJ/cc/3 close/VERB/conj/3/close/VB "
    "the/DET/det/7 plant/NOUN/dobj/5"
)
DENIED = (
    "He/PRON/nsubj/1 denied/VERB/ROOT/1/deny taking/VERB/xcomp/1/take/VBG "
    "bribes/NOUN/dobj/2/bribe and/CCONJ/cc/2 accepting/VERB/conj/2/accept/VBG "
    "gifts/NOUN/dobj/5/gift"
)
ABLE = (
    "The/DET/det/1 government/NOUN/nsubj/2 is/AUX/ROOT/2/be/VBZ able/ADJ/acomp/2 "
    "to/PART/aux/5/to/TO detain/VERB/xcomp/3/detain/VB suspects/NOUN/dobj/5/suspect "
    "and/CCONJ/cc/5 deport/VERB/conj/5/deport/VB them/PRON/dobj/8"
)
WHETHER = (
    "The/DET/det/1 EU/PROPN/nsubj/3 will/AUX/aux/3/will/MD decide/VERB/ROOT/3/decide "
    "whether/SCONJ/mark/6 to/PART/aux/6/to/TO block/VERB/xcomp/3/block/VB or/CCONJ/cc/6 "
    "delay/VERB/conj/6/delay/VB the/DET/det/10 merger/NOUN/dobj/8"
)
NOT_OR = (
    "Labour/PROPN/nsubj/3 will/AUX/aux/3/will/MD not/PART/neg/3/not/RB raise/VERB/ROOT/3/raise/VB "
    "taxes/NOUN/dobj/3/tax or/CCONJ/cc/3 cut/VERB/conj/3/cut/VB spending/NOUN/dobj/6"
)
NOT_BUT = NOT_OR.replace("or/CCONJ/cc/3", "but/CCONJ/cc/3")
PERFECT = (
    "Russia/PROPN/nsubj/3 has/AUX/aux/3/have/VBZ not/PART/neg/3/not/RB met/VERB/ROOT/3/meet/VBN "
    "the/DET/det/5 deadline/NOUN/dobj/3 or/CCONJ/cc/3 paid/VERB/conj/3/pay/VBD "
    "the/DET/det/9 debt/NOUN/dobj/7"
)
PASSIVE = (
    "He/PRON/nsubjpass/2 was/AUX/auxpass/2/be/VBD arrested/VERB/ROOT/2/arrest/VBN "
    "and/CCONJ/cc/2 charged/VERB/conj/2/charge/VBN with/ADP/prep/4 murder/NOUN/pobj/5"
)
REPORTED = (
    "The/DET/det/1 union/NOUN/nsubj/2 said/VERB/ROOT/2/say it/PRON/nsubj/5 "
    "would/AUX/aux/5/would/MD strike/VERB/ccomp/2/strike/VB and/CCONJ/cc/5 "
    "picket/VERB/conj/5/picket/VB the/DET/det/9 offices/NOUN/dobj/7/office"
)
CONDITION = (
    "If/SCONJ/mark/2 Iran/PROPN/nsubj/2 enriches/VERB/advcl/9/enrich/VBZ uranium/NOUN/dobj/2 "
    "and/CCONJ/cc/2 builds/VERB/conj/2/build/VBZ a/DET/det/7 bomb/NOUN/dobj/5 ,/PUNCT/punct/9 "
    "war/NOUN/nsubj/9 follows/VERB/ROOT/9/follow/VBZ"
)
# the second verb is a clause of its own: its own subject, or another form than the shared
# auxiliary governs, or an auxiliary of its own
OWN_SUBJECT = (
    "He/PRON/nsubj/1 wants/VERB/ROOT/1/want/VBZ to/PART/aux/3/to/TO go/VERB/xcomp/1/go/VB "
    ",/PUNCT/punct/1 and/CCONJ/cc/1 she/PRON/nsubj/7 left/VERB/conj/1/leave/VBD"
)
OTHER_FORM = (
    "He/PRON/nsubj/3 did/AUX/aux/3/do/VBD not/PART/neg/3/not/RB attend/VERB/ROOT/3/attend/VB "
    "and/CCONJ/cc/3 left/VERB/conj/3/leave/VBD early/ADV/advmod/5"
)
PASSIVE_THEN_PAST = (
    "Rules/NOUN/nsubjpass/2/rule/NNS are/AUX/auxpass/2/be/VBP applied/VERB/ROOT/2/apply/VBN "
    "but/CCONJ/cc/2 failed/VERB/conj/2/fail/VBD"
)
OWN_AUXILIARY = (
    "Talks/NOUN/nsubjpass/3/talk/NNS have/AUX/aux/3/have/VBP been/AUX/auxpass/3/be/VBN "
    "suspended/VERB/ROOT/3/suspend/VBN and/CCONJ/cc/3 may/AUX/aux/6/may/MD "
    "resume/VERB/conj/3/resume/VB"
)


def reading(spec: str, lemma: str) -> tuple:
    ext = next(e for e in clauses(parse(spec)) if e.lemma == lemma)
    obj = ext.object.text if ext.object is not None else None
    return ext.relation, obj, ext.modality, ext.negated, ext.passive


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # an absorbed infinitive's frame: the second verb is "needs to change", not "change"
        (NEEDS, "change", ("needs to change", "its prices", "asserted", False, False)),
        (DENIED, "accept", ("denied accepting", "gifts", "asserted", False, False)),
        (ABLE, "deport", ("is able to deport", "them", "asserted", False, False)),
        (WHETHER, "delay",
         ("will decide whether to delay", "the merger", "hypothetical", False, False)),
        # the first verb's auxiliaries, its negation (not after "but") and its passive
        (SHOULD, "sell", ("should sell", "assets", "hypothetical", False, False)),
        (NOT_OR, "cut", ("will not cut", "spending", "future", True, False)),
        (NOT_BUT, "cut", ("will cut", "spending", "future", False, False)),
        (PERFECT, "pay", ("has not paid", "the debt", "asserted", True, False)),
        (PASSIVE, "charge", ("was charged with", "murder", "asserted", False, True)),
        # the reporting frame and the condition reach the second verb
        (REPORTED, "picket", ("would picket", "the offices", "future", False, False)),
        (CONDITION, "build", ("builds", "a bomb", "hypothetical", False, False)),
        # a clause of its own shares nothing
        (OWN_SUBJECT, "leave", ("left", None, "asserted", False, False)),
        (OTHER_FORM, "leave", ("left", None, "asserted", False, False)),
        (PASSIVE_THEN_PAST, "fail", ("failed", None, "asserted", False, False)),
        (OWN_AUXILIARY, "resume", ("may resume", None, "hypothetical", False, False)),
    ],
)  # fmt: skip
def test_a_conjunct_shares_its_first_verbs_frame(spec, lemma, expected):
    assert reading(spec, lemma) == expected


@pytest.mark.parametrize(("spec", "first", "second"), [(THREATENED, "strike", "close"),
                                                       (NEEDS, "enter", "change")])  # fmt: skip
def test_both_verbs_read_alike(spec, first, second):
    """The second verb has the first's control word and modality: a threat to close the
    plant is a threat, as the threat to strike is (never the closing asserted as done)."""
    exts = {e.lemma: e for e in clauses(parse(spec))}
    a, b = exts[first], exts[second]
    assert (b.matrix, b.modality, b.attributed_to) == (a.matrix, a.modality, a.attributed_to)
    assert b.relation.split()[:-1] == a.relation.split()[:-1]
