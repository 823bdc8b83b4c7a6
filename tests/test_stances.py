"""A saying typed by what its content does: the speaker's own stance, an accusation of
misconduct, a warning of no act of conflict (issue 19: speech acts)."""

import pytest
from factories import classes_by_lemma

SAID = "Howard/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD "
PERSON = {"0": "PERSON"}


@pytest.mark.parametrize(
    ("content", "ents", "expected"),
    [
        # the speaker's own stance, reported: the saying is that stance
        ("he/PRON/nsubj/3 rejected/VERB/ccomp/1/reject/VBD the/DET/det/5 idea/NOUN/dobj/3", {},
         "Reject"),
        ("he/PRON/nsubj/3 backed/VERB/ccomp/1/back/VBD the/DET/det/5 plan/NOUN/dobj/3", {},
         "Support"),
        # a deed reported as done (signing, investigating: DEED_CODES) is no stance
        ("he/PRON/nsubj/4 had/AUX/aux/4 signed/VERB/ccomp/1/sign/VBN an/DET/det/6 "
         "agreement/NOUN/dobj/4", {}, "Say"),
        ("we/PRON/nsubj/3 continue/VERB/ccomp/1/continue/VBP to/PART/aux/5 "
         "investigate/VERB/xcomp/3/investigate/VB opportunities/NOUN/dobj/5/opportunity/NNS",
         {}, "Say"),
        # through a control word: "continued to oppose"
        ("he/PRON/nsubj/3 continued/VERB/ccomp/1/continue/VBD to/PART/aux/5 "
         "oppose/VERB/xcomp/3/oppose/VB the/DET/det/7 plans/NOUN/dobj/5/plan/NNS", {}, "Reject"),
        # not negated, not another's, not one's own, not a concession before the point
        ("we/PRON/nsubj/3 defended/VERB/ccomp/1/defend/VBD our/PRON/poss/5 "
         "sovereignty/NOUN/dobj/3", {}, "Say"),
        ("we/PRON/nsubj/3 defended/VERB/ccomp/1/defend/VBD the/DET/det/5 "
         "plans/NOUN/dobj/3/plan/NNS", {}, "Support"),
        ("he/PRON/nsubj/4 did/AUX/aux/4 not/PART/neg/4 back/VERB/ccomp/1/back/VB "
         "the/DET/det/6 plan/NOUN/dobj/4", {}, "Say"),
        ("Brown/PROPN/nsubj/3 rejected/VERB/ccomp/1/reject/VBD the/DET/det/5 idea/NOUN/dobj/3",
         {"2": "PERSON"}, "Say"),
        # what another should do is a demand (speech.demands), and "the US" is no "us"
        ("the/DET/det/3 US/PROPN/nsubj/5 should/AUX/aux/5 back/VERB/ccomp/1/back/VB "
         "the/DET/det/7 plan/NOUN/dobj/5", {"3": "GPE"}, "Request"),
        ("the/DET/det/3 US/PROPN/nsubj/4 backed/VERB/ccomp/1/back/VBD the/DET/det/6 "
         "plan/NOUN/dobj/4", {"3": "GPE"}, "Say"),
        ("we/PRON/nsubj/3 backed/VERB/ccomp/1/back/VBD the/DET/det/5 plan/NOUN/dobj/3 "
         "but/CCONJ/cc/3 questioned/VERB/conj/3/question/VBD the/DET/det/9 cost/NOUN/dobj/7",
         {}, "Say"),
    ],
)  # fmt: skip
def test_a_speakers_own_stance_types_the_saying(content, ents, expected):
    assert classes_by_lemma(SAID + content, PERSON | ents)["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # another's misconduct, asserted: an accusation
        ("the/DET/det/3 minister/NOUN/nsubj/4 broke/VERB/ccomp/1/break/VBD a/DET/det/6 "
         "convention/NOUN/dobj/4", "Accuse"),
        ("the/DET/det/3 auction/NOUN/nsubj/4 violated/VERB/ccomp/1/violate/VBD "
         "the/DET/det/6 law/NOUN/dobj/4", "Accuse"),
        # "said this contravenes basic human rights", "infringed the rules"
        ("this/PRON/nsubj/3 contravenes/VERB/ccomp/1/contravene/VBZ basic/ADJ/amod/5 "
         "rights/NOUN/dobj/3/right/NNS", "Accuse"),
        ("the/DET/det/3 firm/NOUN/nsubj/4 infringed/VERB/ccomp/1/infringe/VBD the/DET/det/6 "
         "rules/NOUN/dobj/4/rule/NNS", "Accuse"),
        # conjoined to the content clause: "has forgotten ... and has broken the pledges"
        ("Blair/PROPN/nsubj/3 forgot/VERB/ccomp/1/forget/VBD taxpayers/NOUN/dobj/3/taxpayer/NNS "
         "and/CCONJ/cc/3 broke/VERB/conj/3/break/VBD the/DET/det/8 "
         "pledges/NOUN/dobj/6/pledge/NNS", "Accuse"),
        # what the verb needs: a rule broken, an infinitive failed
        ("the/DET/det/3 minister/NOUN/nsubj/4 broke/VERB/ccomp/1/break/VBD the/DET/det/6 "
         "record/NOUN/dobj/4", "Say"),
        # failing a duty is misconduct; failing to reach agreement is none
        ("the/DET/det/3 authorities/NOUN/nsubj/5/authority/NNS were/AUX/aux/5 "
         "failing/VERB/ccomp/1/fail/VBG to/PART/aux/7 uphold/VERB/xcomp/5/uphold/VB "
         "rights/NOUN/dobj/7/right/NNS", "Accuse"),
        # harm done to an abstraction accuses; by figures, or to houses, it reports
        ("the/DET/det/3 feud/NOUN/nsubj/5 is/AUX/aux/5 damaging/VERB/ccomp/1/damage/VBG "
         "faith/NOUN/dobj/5", "Accuse"),
        ("rising/VERB/amod/3/rise/VBG prices/NOUN/nsubj/5/price/NNS had/AUX/aux/5 "
         "damaged/VERB/ccomp/1/damage/VBN faith/NOUN/dobj/5", "Say"),
        ("the/DET/det/3 storm/NOUN/nsubj/4 damaged/VERB/ccomp/1/damage/VBD "
         "homes/NOUN/dobj/4/home/NNS", "Say"),
        ("the/DET/det/3 sides/NOUN/nsubj/5/side/NNS had/AUX/aux/5 failed/VERB/ccomp/1/fail/VBN "
         "to/PART/aux/7 agree/VERB/xcomp/5/agree/VB", "Say"),
        # the speaker's own failure is an admission ("she" may be Howard's own); a guess or a
        # denial accuses no one
        ("she/PRON/nsubj/3 broke/VERB/ccomp/1/break/VBD a/DET/det/5 convention/NOUN/dobj/3",
         "Say"),
        ("we/PRON/nsubj/3 ignored/VERB/ccomp/1/ignore/VBD the/DET/det/5 rules/NOUN/dobj/3/rule/NNS",
         "Say"),
        ("the/DET/det/3 cuts/NOUN/nsubj/5/cut/NNS could/AUX/aux/5 "
         "undermine/VERB/ccomp/1/undermine/VB the/DET/det/7 recovery/NOUN/dobj/5", "Say"),
        ("the/DET/det/3 minister/NOUN/nsubj/6 did/AUX/aux/6 not/PART/neg/6 "
         "break/VERB/ccomp/1/break/VB a/DET/det/8 convention/NOUN/dobj/6", "Say"),
    ],
)  # fmt: skip
def test_saying_another_did_wrong_accuses(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # what critics say is criticism; a thing called theft is accused
        ("the/DET/det/3 record/NOUN/nsubj/4 is/AUX/ccomp/1/be/VBZ patchy/ADJ/acomp/4", "Say"),
        ("the/DET/det/3 auction/NOUN/nsubj/4 was/AUX/ccomp/1/be/VBD theft/NOUN/attr/4",
         "Accuse"),
        # "said the pledges were 'worthless'", "said his forecasts are wishful thinking"
        ("the/DET/det/3 pledges/NOUN/nsubj/4/pledge/NNS were/AUX/ccomp/1/be/VBD "
         "worthless/ADJ/acomp/4", "Accuse"),
        # a judgement denied clears: "nothing sinister about the deaths", "it was no mistake"
        ("there/PRON/expl/3 was/AUX/ccomp/1/be/VBD nothing/PRON/attr/3 "
         "sinister/ADJ/amod/4", "Say"),
        ("it/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD no/DET/det/5 mistake/NOUN/attr/3", "Say"),
        ("it/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD a/DET/det/5 mistake/NOUN/attr/3", "Accuse"),
        ("his/PRON/poss/3 forecasts/NOUN/nsubj/4/forecast/NNS are/AUX/ccomp/1/be/VBP "
         "wishful/ADJ/amod/6 thinking/NOUN/attr/4", "Accuse"),
        ("the/DET/det/3 pledges/NOUN/nsubj/4/pledge/NNS were/AUX/ccomp/1/be/VBD "
         "costly/ADJ/acomp/4", "Say"),
        # a judgement inside a thought reported
        ("she/PRON/nsubj/3 thought/VERB/ccomp/1/think/VBD the/DET/det/5 "
         "comments/NOUN/nsubj/6/comment/NNS were/AUX/ccomp/3/be/VBD "
         "inappropriate/ADJ/acomp/6", "Accuse"),
        ("she/PRON/nsubj/5 did/AUX/aux/5 not/PART/neg/5 think/VERB/ccomp/1/think/VB "
         "the/DET/det/7 comments/NOUN/nsubj/8/comment/NNS were/AUX/ccomp/5/be/VBD "
         "inappropriate/ADJ/acomp/8", "Say"),
        # what may be is no judgement yet
        ("the/DET/det/3 war/NOUN/nsubj/5 could/AUX/aux/5 be/AUX/ccomp/1/be/VB "
         "illegal/ADJ/acomp/5", "Say"),
        ("the/DET/det/3 war/NOUN/nsubj/4 was/AUX/ccomp/1/be/VBD illegal/ADJ/acomp/4", "Accuse"),
        # "said the comment was 'ill-advised'": a prefix of blame before a hyphen
        ("the/DET/det/3 comment/NOUN/nsubj/4 was/AUX/ccomp/1/be/VBD ill/ADV/advmod/7 "
         "-/PUNCT/punct/7 advised/VERB/acomp/4/advise/VBN", "Accuse"),
        # "said he was ill", "said the ill effects were small": no hyphen, no blame
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD ill/ADJ/acomp/3", "Say"),
        ("the/DET/det/4 ill/ADJ/amod/4 effects/NOUN/nsubj/5/effect/NNS were/AUX/ccomp/1/be/VBD "
         "small/ADJ/acomp/5", "Say"),
    ],
)  # fmt: skip
def test_a_judgement_reported_criticises(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(("speaker", "expected"), [("critics", "Accuse"), ("analysts", "Say")])
def test_what_critics_claim_is_criticism(speaker, expected):
    spec = (
        f"{speaker}/NOUN/nsubj/1/{speaker[:-1]}/NNS claim/VERB/ROOT/1/claim/VBP "
        "the/DET/det/3 record/NOUN/nsubj/4 is/AUX/ccomp/1/be/VBZ patchy/ADJ/acomp/4"
    )
    assert classes_by_lemma(spec)["claim"] == expected


WARNED = "Iran/PROPN/nsubj/1 warned/VERB/ROOT/1/warn/VBD "


@pytest.mark.parametrize(
    ("rest", "lemma", "expected"),
    [
        # a warning of a state or a fall threatens nothing; of strikes it does
        ("of/ADP/prep/1 a/DET/det/4 fall/NOUN/pobj/2 in/ADP/prep/4 "
         "profits/NOUN/pobj/5/profit/NNS", "warn", "Say"),
        ("of/ADP/prep/1 strikes/NOUN/pobj/2/strike/NNS", "warn", "Threaten"),
        # of the warned one's answer, or on a condition: a threat
        ("Syria/PROPN/dobj/1 of/ADP/prep/1 serious/ADJ/amod/5 "
         "consequences/NOUN/pobj/3/consequence/NNS", "warn", "Threaten"),
        ("of/ADP/prep/1 a/DET/det/4 fall/NOUN/pobj/2 if/SCONJ/mark/7 it/PRON/nsubj/7 "
         "falters/VERB/advcl/1/falter/VBZ", "warn", "Threaten"),
        # against: what the one warned should not do; a conflict act is still threatened
        ("the/DET/det/3 parties/NOUN/dobj/1/party/NNS against/ADP/prep/3 "
         "pandering/VERB/pcomp/4/pander/VBG", "warn", "Say"),
        ("the/DET/det/3 US/PROPN/dobj/1 against/ADP/prep/3 a/DET/det/7 "
         "military/ADJ/amod/7 strike/NOUN/pobj/4", "warn", "Threaten"),
        # "cautioned" is a warning
        ("more/ADJ/amod/3 work/NOUN/nsubjpass/5 was/AUX/auxpass/5 "
         "needed/VERB/ccomp/1/need/VBN", "caution", "Say"),
    ],
)  # fmt: skip
def test_a_warning_of_no_conflict_is_no_threat(rest, lemma, expected):
    spec = WARNED.replace("warned/VERB/ROOT/1/warn", f"{lemma}ed/VERB/ROOT/1/{lemma}") + rest
    assert classes_by_lemma(spec, {"0": "GPE"})[lemma] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # an idiom that rules a thing out: a refusal
        ("removing/VERB/csubj/3/remove/VBG is/AUX/ccomp/1/be/VBZ out/ADP/prep/3 "
         "of/ADP/prep/4 the/DET/det/7 question/NOUN/pobj/5", "Reject"),
        ("the/DET/det/3 rebate/NOUN/nsubj/4 is/AUX/ccomp/1/be/VBZ not/PART/neg/4 "
         "up/ADP/prep/4 for/ADP/prep/6 renegotiation/NOUN/pobj/7", "Reject"),
        # "not out of the question" rules nothing out; "up for renegotiation" is open
        ("removing/VERB/csubj/3/remove/VBG is/AUX/ccomp/1/be/VBZ not/PART/neg/3 "
         "out/ADP/prep/3 of/ADP/prep/5 the/DET/det/8 question/NOUN/pobj/6", "Say"),
        ("the/DET/det/3 rebate/NOUN/nsubj/4 is/AUX/ccomp/1/be/VBZ up/ADP/prep/4 "
         "for/ADP/prep/5 renegotiation/NOUN/pobj/6", "Say"),
    ],
)  # fmt: skip
def test_ruling_a_thing_out_is_a_refusal(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(
    ("content", "ents", "expected"),
    [
        # a party or a party's deed judged well: praise
        ("Brown/PROPN/nsubj/4 had/AUX/aux/4 been/AUX/ccomp/1/be/VBN brilliant/ADJ/acomp/4",
         {"2": "PERSON"}, "Support"),
        ("their/PRON/poss/3 decision/NOUN/nsubj/4 was/AUX/ccomp/1/be/VBD a/DET/det/7 "
         "sensible/ADJ/amod/7 thing/NOUN/attr/4", {}, "Support"),
        # figures, or the speaker's own, praise no one; nor does a negated judgement
        ("the/DET/det/3 results/NOUN/nsubj/4/result/NNS were/AUX/ccomp/1/be/VBD "
         "excellent/ADJ/acomp/4", {}, "Say"),
        ("our/PRON/poss/3 plan/NOUN/nsubj/4 is/AUX/ccomp/1/be/VBZ sensible/ADJ/acomp/4", {},
         "Say"),
        ("he/PRON/nsubj/4 had/AUX/aux/4 been/AUX/ccomp/1/be/VBN brilliant/ADJ/acomp/4", {},
         "Say"),
        ("Brown/PROPN/nsubj/5 had/AUX/aux/5 not/PART/neg/5 been/AUX/ccomp/1/be/VBN "
         "brilliant/ADJ/acomp/5", {"2": "PERSON"}, "Say"),
    ],
)  # fmt: skip
def test_a_party_judged_well_is_praised(content, ents, expected):
    assert classes_by_lemma(SAID + content, PERSON | ents)["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a second conjunct of the content judged badly
        ("the/DET/det/3 plan/NOUN/nsubj/4 failed/VERB/ccomp/1/fail/VBD and/CCONJ/cc/4 "
         "limits/NOUN/nsubj/7/limit/NNS were/AUX/conj/4/be/VBD a/DET/det/9 "
         "shambles/NOUN/attr/7/shambles", "Accuse"),
        ("the/DET/det/3 plan/NOUN/nsubj/4 failed/VERB/ccomp/1/fail/VBD and/CCONJ/cc/4 "
         "limits/NOUN/nsubj/7/limit/NNS were/AUX/conj/4/be/VBD a/DET/det/9 "
         "success/NOUN/attr/7/success", "Say"),
        # a judgement on a condition is a warning, not a criticism
        ("the/DET/det/3 plan/NOUN/nsubj/4 failed/VERB/ccomp/1/fail/VBD and/CCONJ/cc/4 "
         "it/PRON/nsubj/7 was/AUX/conj/4/be/VBD irresponsible/ADJ/acomp/7 if/SCONJ/mark/11 "
         "we/PRON/nsubj/11 wait/VERB/advcl/7/wait/VBP", "Say"),
        ("it/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD irresponsible/ADJ/acomp/3 if/SCONJ/mark/7 "
         "we/PRON/nsubj/7 wait/VERB/advcl/3/wait/VBP", "Say"),
    ],
)  # fmt: skip
def test_each_conjunct_of_a_content_may_criticise(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        # "told the programme that the plans were inadequate": the content hung on the one told
        ("that/SCONJ/mark/7", "Accuse"),
        ("which/PRON/nsubj/7", "Say"),
    ],
)
def test_a_content_clause_hung_on_the_one_told_may_criticise(mark, expected):
    spec = (
        "May/PROPN/nsubj/1 told/VERB/ROOT/1/tell/VBD the/DET/det/3 programme/NOUN/dobj/1 "
        f"{mark} the/DET/det/6 plans/NOUN/nsubj/7/plan/NNS were/AUX/acl/3/be/VBD "
        "inadequate/ADJ/acomp/7"
    )
    assert classes_by_lemma(spec, PERSON)["tell"] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # what a thing should do, its subject the noun a relative clause is of, asks no one
        ("", "Say"),
        ("councils/NOUN/nsubj/4/council ", "Request"),
    ],
)
def test_an_obligation_with_no_subject_of_its_own_asks_no_one(subject, expected):
    head = 4 if subject else 3
    spec = (
        f"Ministers/NOUN/nsubj/1/minister say/VERB/ROOT/1/say/VBP {subject}"
        f"should/AUX/aux/{head} keep/VERB/ccomp/1/keep/VB rises/NOUN/dobj/{head}/rise/NNS "
        f"low/ADJ/oprd/{head}"
    )
    assert classes_by_lemma(spec, {})["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the speaker's own outrage at a thing named: "appalled that ...", "angry at ..."
        ("he/PRON/nsubjpass/4 was/AUX/auxpass/4 appalled/VERB/ccomp/1/appal/VBN "
         "that/SCONJ/mark/8 the/DET/det/7 authorities/NOUN/nsubj/8/authority/NNS "
         "detained/VERB/ccomp/4/detain/VBD them/PRON/dobj/8", "Accuse"),
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD angry/ADJ/acomp/3 at/ADP/prep/4 "
         "the/DET/det/7 decision/NOUN/pobj/5", "Accuse"),
        ("he/PRON/nsubjpass/4 was/AUX/auxpass/4 disgusted/VERB/ccomp/1/disgust/VBN "
         "by/ADP/agent/4 the/DET/det/7 remarks/NOUN/pobj/5/remark/NNS", "Accuse"),
        # a conjunct's feeling, felt by the first conjunct's subject: "shocked at ... and
        # appalled that ..."
        ("she/PRON/nsubjpass/4 was/AUX/auxpass/4 shocked/VERB/ccomp/1/shock/VBN "
         "and/CCONJ/cc/4 appalled/VERB/conj/4/appal/VBN that/SCONJ/mark/10 "
         "the/DET/det/9 authorities/NOUN/nsubj/10/authority/NNS "
         "detained/VERB/ccomp/6/detain/VBD them/PRON/dobj/10", "Accuse"),
        # at nothing named, another's feeling, or denied: no criticism
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD angry/ADJ/acomp/3", "Say"),
        ("voters/NOUN/nsubj/3/voter/NNS were/AUX/ccomp/1/be/VBD angry/ADJ/acomp/3 "
         "at/ADP/prep/4 the/DET/det/7 decision/NOUN/pobj/5", "Say"),
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD not/PART/neg/3 angry/ADJ/acomp/3 "
         "at/ADP/prep/5 the/DET/det/8 decision/NOUN/pobj/6", "Say"),
        # a phrase of no outrage_prepositions names no thing the feeling is at
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be/VBD angry/ADJ/acomp/3 in/ADP/prep/4 "
         "the/DET/det/7 morning/NOUN/pobj/5", "Say"),
    ],
)  # fmt: skip
def test_the_speakers_outrage_at_a_thing_criticises_it(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # another's thing said to fall short: "did not go far enough", "fall short"
        ("the/DET/det/3 reforms/NOUN/nsubj/6/reform/NNS did/AUX/aux/6 not/PART/neg/6 "
         "go/VERB/ccomp/1/go/VB far/ADV/advmod/6 enough/ADV/advmod/7", "Accuse"),
        ("the/DET/det/3 plans/NOUN/nsubj/4/plan/NNS fall/VERB/ccomp/1/fall/VBP "
         "short/ADV/advmod/4", "Accuse"),
        # going far enough, a figure short of a forecast, the speaker's own: none
        ("the/DET/det/3 reforms/NOUN/nsubj/4/reform/NNS go/VERB/ccomp/1/go/VBP "
         "far/ADV/advmod/4 enough/ADV/advmod/5", "Say"),
        ("sales/NOUN/nsubj/3/sale/NNS fell/VERB/ccomp/1/fall/VBD short/ADV/advmod/3", "Say"),
        ("the/DET/det/3 computer/NOUN/nsubj/4 fell/VERB/ccomp/1/fall/VBD short/ADV/advmod/4",
         "Say"),
        ("we/PRON/nsubj/5 have/AUX/aux/5 not/PART/neg/5 gone/VERB/ccomp/1/go/VBN "
         "far/ADV/advmod/5 enough/ADV/advmod/6", "Say"),
        # a guess that it may fall short: none
        ("the/DET/det/3 plans/NOUN/nsubj/5/plan/NNS might/AUX/aux/5 fall/VERB/ccomp/1/fall/VB "
         "short/ADV/advmod/5", "Say"),
    ],
)  # fmt: skip
def test_another_thing_said_to_fall_short_is_criticised(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a wrong done as the purpose of an act, or a crime of misconduct_verbs
        ("the/DET/det/3 banker/NOUN/nsubj/4 used/VERB/ccomp/1/use/VBD "
         "tools/NOUN/dobj/4/tool/NNS to/PART/aux/7/to/TO defraud/VERB/advcl/4/defraud/VB "
         "the/DET/det/9 public/NOUN/dobj/7", "Accuse"),
        ("the/DET/det/3 banker/NOUN/nsubj/5 would/AUX/aux/5 extort/VERB/ccomp/1/extort/VB "
         "money/NOUN/dobj/5", "Accuse"),
        # the act denied: no wrong said
        ("the/DET/det/3 banker/NOUN/nsubj/6 did/AUX/aux/6 not/PART/neg/6 "
         "use/VERB/ccomp/1/use/VB tools/NOUN/dobj/6/tool/NNS to/PART/aux/9/to/TO "
         "defraud/VERB/advcl/6/defraud/VB the/DET/det/11 public/NOUN/dobj/9", "Say"),
        # a wrong verb below the clause's that is no infinitive ("avoided bribing"): none
        ("the/DET/det/3 banker/NOUN/nsubj/4 avoided/VERB/ccomp/1/avoid/VBD "
         "bribing/VERB/xcomp/4/bribe/VBG officials/NOUN/dobj/5/official/NNS", "Say"),
    ],
)  # fmt: skip
def test_a_wrong_as_the_purpose_of_a_deed_accuses(content, expected):
    assert classes_by_lemma(SAID + content, PERSON)["say"] == expected
