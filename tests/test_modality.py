"""Negation, modality and attribution of clauses, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.clauses import clauses
from kg.extract.modality import has_condition, negated, negated_below


def clause(spec: str, lemma: str):
    return next(e for e in clauses(parse(spec)) if e.lemma == lemma)


@pytest.mark.parametrize(
    ("aux", "modality"),
    [
        ("will/AUX/aux/2/will/MD", "future"),
        ("might/AUX/aux/2/might/MD", "hypothetical"),
        ("would/AUX/aux/2/would/MD", "hypothetical"),
        ("does/AUX/aux/2/do/VBZ", "asserted"),
        ("must/AUX/aux/2/must/MD", "hypothetical"),  # not reported: an obligation, no fact
    ],
)
def test_modality_from_auxiliaries(aux, modality):
    doc = parse(
        f"Putin/PROPN/nsubj/2 {aux} attend/VERB/ROOT/2/attend/VB the/DET/det/4 Games/PROPN/dobj/2"
    )
    (ext,) = clauses(doc)
    assert ext.modality == modality


@pytest.mark.parametrize(
    ("auxes", "modality"),
    [
        ("should/AUX/aux/4/should/MD", "requested"),  # "said Putin should attend"
        # "said Putin should have attended": a reproach about the past, nothing requested
        ("should/AUX/aux/5/should/MD have/AUX/aux/5/have/VB", "hypothetical"),
    ],
)
def test_a_perfect_modal_requests_nothing(auxes, modality):
    head = 5 if "have" in auxes else 4
    ext = clause(
        f"Blair/PROPN/nsubj/1 said/VERB/ROOT/1/say Putin/PROPN/nsubj/{head} {auxes} "
        f"attend/VERB/ccomp/1/attend/VB",
        "attend",
    )
    assert ext.modality == modality


def test_would_in_reported_speech_is_future():
    ext = clause(
        "Putin/PROPN/nsubj/1 said/VERB/ROOT/1/say he/PRON/nsubj/4 would/AUX/aux/4/would/MD "
        "attend/VERB/ccomp/1/attend/VB",
        "attend",
    )
    assert ext.modality == "future" and ext.attributed_to.text == "Putin"


def test_conditional_clause_is_hypothetical():
    ext = clause(
        "They/PRON/nsubj/1 warned/VERB/ROOT/1/warn if/SCONJ/mark/4 Putin/PROPN/nsubj/4 "
        "launches/VERB/advcl/1/launch/VBZ an/DET/det/6 attack/NOUN/dobj/4",
        "launch",
    )
    assert ext.modality == "hypothetical"


def test_an_open_question_keeps_its_word_and_is_hypothetical():
    """ "will decide whether to block" is undecided: not "will decide to block" (future)."""
    ext = clause(
        "The/DET/det/1 EU/PROPN/nsubj/3 will/AUX/aux/3 decide/VERB/ROOT/3/decide "
        "whether/SCONJ/mark/6 to/PART/aux/6 block/VERB/xcomp/3/block the/DET/det/8 "
        "merger/NOUN/dobj/6",
        "block",
    )
    assert (ext.relation, ext.object.text, ext.modality) == (
        "will decide whether to block",
        "the merger",
        "hypothetical",
    )


def test_an_intention_is_future():
    ext = clause(
        "Xi/PROPN/nsubj/1 plans/VERB/ROOT/1/plan to/PART/aux/3 visit/VERB/xcomp/1/visit "
        "Moscow/PROPN/dobj/3",
        "visit",
    )
    assert (ext.relation, ext.matrix, ext.modality) == ("plans to visit", "plan", "future")


def test_what_is_to_be_done_is_future():
    ext = clause(
        "Venezuela/PROPN/nsubj/1 is/AUX/ROOT/1/be to/PART/aux/3 review/VERB/xcomp/1/review/VB "
        "its/PRON/poss/5 deals/NOUN/dobj/3",
        "review",
    )
    found = (ext.subject.text, ext.relation, ext.object.text)
    assert found == ("Venezuela", "is to review", "its deals")
    assert (ext.matrix, ext.modality) == ("be", "future")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "The commission is likely to demand action": foreseen, not done
        (
            "The/DET/det/1 commission/NOUN/nsubj/2 is/AUX/ROOT/2/be/VBZ likely/ADJ/acomp/2 "
            "to/PART/aux/5 demand/VERB/xcomp/3/demand/VB action/NOUN/dobj/5",
            "future",
        ),
        # "Blair is tipped to ask the Queen"
        (
            "Blair/PROPN/nsubjpass/2 is/AUX/auxpass/2/be/VBZ tipped/VERB/ROOT/2/tip/VBN "
            "to/PART/aux/4 ask/VERB/xcomp/2/ask/VB the/DET/det/6 Queen/PROPN/dobj/4",
            "future",
        ),
        # "France is set to sign a deal"
        (
            "France/PROPN/nsubjpass/2 is/AUX/auxpass/2/be/VBZ set/VERB/ROOT/2/set/VBN "
            "to/PART/aux/4 sign/VERB/xcomp/2/sign/VB a/DET/det/6 deal/NOUN/dobj/4",
            "future",
        ),
        # "The firm is bound to fail": foreseen (the word, whatever its lemma)
        (
            "The/DET/det/1 firm/NOUN/nsubjpass/3 is/AUX/auxpass/3/be/VBZ "
            "bound/VERB/ROOT/3/bind/VBN to/PART/aux/5 fail/VERB/xcomp/3/fail/VB",
            "future",
        ),
        # "The rebels are unlikely to accept the offer": doubted
        (
            "The/DET/det/1 rebels/NOUN/nsubj/2 are/AUX/ROOT/2/be/VBP unlikely/ADJ/acomp/2 "
            "to/PART/aux/5 accept/VERB/xcomp/3/accept/VB the/DET/det/7 offer/NOUN/dobj/5",
            "hypothetical",
        ),
        # "UKIP is not likely to win seats": a forecast negated is a doubt
        (
            "UKIP/PROPN/nsubj/1 is/AUX/ROOT/1/be/VBZ not/PART/neg/1 likely/ADJ/acomp/1 "
            "to/PART/aux/5 win/VERB/xcomp/3/win/VB seats/NOUN/dobj/5/seat",
            "hypothetical",
        ),
        # "Pensioners are more likely to vote": a propensity compared, no forecast
        (
            "Pensioners/NOUN/nsubj/1/pensioner are/AUX/ROOT/1/be/VBP more/ADV/advmod/3/more/RBR "
            "likely/ADJ/acomp/1 to/PART/aux/5 vote/VERB/xcomp/3/vote/VB",
            "asserted",
        ),
        # "The team had set out to look at the record": a phrasal verb, done
        (
            "The/DET/det/1 team/NOUN/nsubj/3 had/AUX/aux/3/have/VBD set/VERB/ROOT/3/set/VBN "
            "out/ADP/prt/3 to/PART/aux/6 look/VERB/xcomp/3/look/VB at/ADP/prep/6 "
            "the/DET/det/9 record/NOUN/pobj/7",
            "asserted",
        ),
    ],
)
def test_a_forecast_is_not_a_fact(spec, expected):
    (ext,) = [e for e in clauses(parse(spec)) if e.matrix is not None]
    assert ext.modality == expected


def test_reported_speech_is_attributed():
    ext = clause(
        "Xi/PROPN/nsubj/1 said/VERB/ROOT/1/say relations/NOUN/nsubj/4/relation "
        "have/AUX/aux/4/have withstood/VERB/ccomp/1/withstand/VBN tests/NOUN/dobj/4/test",
        "withstand",
    )
    assert ext.modality == "reported" and ext.attributed_to.text == "Xi"


def test_what_someone_is_accused_of_is_a_claim():
    ext = clause(
        "They/PRON/nsubj/1 accused/VERB/ROOT/1/accuse Russia/PROPN/dobj/1 "
        "of/ADP/prep/1 planning/VERB/pcomp/3/plan/VBG an/DET/det/6 invasion/NOUN/dobj/4",
        "plan",
    )
    assert ext.modality == "reported" and ext.attributed_to.text == "They"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("They/PRON/nsubj/2 are/AUX/aux/2/be sending/VERB/ROOT/2/send/VBG", False),
        ("They/PRON/nsubj/3 are/AUX/aux/3/be not/PART/neg/3 sending/VERB/ROOT/3/send/VBG", True),
        ("They/PRON/nsubj/2 never/ADV/advmod/2 met/VERB/ROOT/2/meet", True),
        ("They/PRON/nsubj/2 never/ADV/npadvmod/2 met/VERB/ROOT/2/meet", True),
    ],
)
def test_negation(spec, expected):
    doc = parse(spec)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert negated([verb]) is expected


def test_no_longer_negates_its_verb():
    ext = clause(
        "Labour/PROPN/nsubj/4 can/AUX/aux/4/can/MD no/ADV/neg/3 longer/ADV/advmod/4 "
        "lay/VERB/ROOT/4/lay/VB exclusive/ADJ/amod/6 claim/NOUN/dobj/4",
        "lay",
    )
    assert ext.negated


@pytest.mark.parametrize(
    ("verb", "lemma", "content"),
    [
        ("demanded", "demand", "requested"),
        ("urged", "urge", "requested"),
        ("warned", "warn", "threatened"),
        ("threatened", "threaten", "threatened"),
        ("denied", "deny", "denied"),
        ("said", "say", "reported"),  # a plain report keeps its content reported
    ],
)
def test_the_content_of_a_speech_act_is_not_asserted(verb, lemma, content):
    ext = clause(
        f"Kyiv/PROPN/nsubj/1 {verb}/VERB/ROOT/1/{lemma} that/SCONJ/mark/4 "
        "Moscow/PROPN/nsubj/4 cancels/VERB/ccomp/1/cancel/VBZ the/DET/det/6 "
        "plans/NOUN/dobj/4/plan",
        "cancel",
    )
    # (VBZ: a subjunctive "that Moscow cancel" is what is to be done, even under "said")
    assert ext.modality == content and ext.attributed_to.text == "Kyiv"


def test_a_would_clause_under_a_warning_is_threatened_not_future():
    ext = clause(
        "Russia/PROPN/nsubj/1 warned/VERB/ROOT/1/warn it/PRON/nsubj/4 would/AUX/aux/4/would/MD "
        "attack/VERB/ccomp/1/attack/VB Ukraine/PROPN/dobj/4",
        "attack",
    )
    assert ext.modality == "threatened"


def test_what_reports_a_denial_dismisses_say_is_denied():
    # "Blair has dismissed reports he told Brown ...": "told" hangs on the content noun
    ext = clause(
        "Blair/PROPN/nsubj/2 has/AUX/aux/2/have dismissed/VERB/ROOT/2/dismiss/VBN "
        "reports/NOUN/dobj/2/report he/PRON/nsubj/5 told/VERB/relcl/3/tell Brown/PROPN/dobj/5",
        "tell",
    )
    assert ext.modality == "denied" and ext.attributed_to.text == "Blair"


def test_a_relative_clause_on_a_plain_noun_stays_asserted():
    # "rejected the plan Moscow drew up": the plan was drawn up; only its rejection is an act
    ext = clause(
        "Kyiv/PROPN/nsubj/1 rejected/VERB/ROOT/1/reject the/DET/det/3 plan/NOUN/dobj/1 "
        "Moscow/PROPN/nsubj/5 drafted/VERB/relcl/3/draft",
        "draft",
    )
    assert ext.modality == "asserted"


def test_an_intention_in_reported_speech_is_future():
    ext = clause(
        "Syria/PROPN/nsubj/1 says/VERB/ROOT/1/say/VBZ it/PRON/nsubj/3 is/AUX/ccomp/1/be "
        "willing/ADJ/acomp/3 to/PART/aux/6 withdraw/VERB/xcomp/4/withdraw/VB",
        "withdraw",
    )
    assert ext.modality == "future"


@pytest.mark.parametrize(("report", "expected"), [(True, "requested"), (False, "hypothetical")])
def test_what_must_be_done_is_not_a_fact(report, expected):
    spec = "China/PROPN/nsubj/2 must/AUX/aux/2/must/MD drop/VERB/ROOT/2/drop/VB"
    if report:
        spec = (
            "Washington/PROPN/nsubj/1 declared/VERB/ROOT/1/declare China/PROPN/nsubj/4 "
            "must/AUX/aux/4/must/MD drop/VERB/ccomp/1/drop/VB"
        )
    assert clause(spec, "drop").modality == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("VB", "requested"),  # "insisted that Beijing stop": a subjunctive, what is to be done
        ("VBZ", "reported"),  # "insisted that Beijing stops": a claim
    ],
)
def test_a_subjunctive_under_a_report_is_requested(tag, expected):
    spec = (
        "Washington/PROPN/nsubj/1 insisted/VERB/ROOT/1/insist Beijing/PROPN/nsubj/3 "
        f"stop/VERB/ccomp/1/stop/{tag} drills/NOUN/dobj/3/drill"
    )
    assert clause(spec, "stop").modality == expected


@pytest.mark.parametrize(
    ("spec", "lemma", "modality"),
    [
        (  # "provided" taken for a preposition: its clause is still a condition
            "Blair/PROPN/nsubj/1 backs/VERB/ROOT/1/back Turkey/PROPN/dobj/1 "
            "provided/VERB/prep/1/provide/VBN it/PRON/nsubj/5 sticks/VERB/ccomp/3/stick/VBZ "
            "with/ADP/prep/5 reform/NOUN/pobj/6",
            "stick",
            "hypothetical",
        ),
        (  # ... and the clause it is a condition of stays a fact
            "Blair/PROPN/nsubj/1 backs/VERB/ROOT/1/back Turkey/PROPN/dobj/1 "
            "provided/VERB/prep/1/provide/VBN it/PRON/nsubj/5 sticks/VERB/ccomp/3/stick/VBZ "
            "with/ADP/prep/5 reform/NOUN/pobj/6",
            "back",
            "asserted",
        ),
        (  # what a future permission allows is not done yet, nor what is coordinated with it
            "offer/NOUN/nsubj/2 will/AUX/aux/2/will/MD allow/VERB/ROOT/2/allow/VB "
            "China/PROPN/nsubj/5 to/PART/aux/5/to/TO operate/VERB/ccomp/2/operate/VB "
            "fields/NOUN/dobj/5 and/CCONJ/cc/5 invest/VERB/conj/5/invest/VB",
            "invest",
            "future",
        ),
        (  # a pledge to work towards lifting a ban lifts nothing yet
            "EU/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge to/PART/aux/3/to/TO "
            "work/VERB/xcomp/1/work/VB towards/ADP/prep/3 lifting/VERB/pcomp/4/lift/VBG "
            "the/DET/det/7 ban/NOUN/dobj/5 but/CCONJ/cc/1 said/VERB/conj/1/say "
            "it/PRON/nsubj/11 waited/VERB/ccomp/9/wait",
            "lift",
            "future",
        ),
        (  # ... while what was said after the pledge is a fact of its own
            "EU/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge to/PART/aux/3/to/TO "
            "work/VERB/xcomp/1/work/VB towards/ADP/prep/3 lifting/VERB/pcomp/4/lift/VBG "
            "the/DET/det/7 ban/NOUN/dobj/5 but/CCONJ/cc/1 said/VERB/conj/1/say "
            "it/PRON/nsubj/11 waited/VERB/ccomp/9/wait",
            "say",
            "asserted",
        ),
        (  # a fronted "after V-ing" is no complement of the intention after it
            "after/ADP/prep/5 talking/VERB/pcomp/0/talk/VBG with/ADP/prep/1 FA/PROPN/pobj/2 "
            "we/PRON/nsubj/5 decided/VERB/ROOT/5/decide it/PRON/nsubj/7 ended/VERB/ccomp/5/end",
            "talk",
            "asserted",
        ),
        # "if Labour wins, voters register": so only on the condition
        (
            "if/SCONJ/mark/2 Labour/PROPN/nsubj/2 wins/VERB/advcl/5/win/VBZ ,/PUNCT/punct/5 "
            "voters/NOUN/nsubj/5/voter register/VERB/ROOT/5/register/VBP",
            "register",
            "hypothetical",
        ),
        # "Blair resigned even if Labour wins": no condition (concessive_marks)
        (
            "Blair/PROPN/nsubj/1 resigned/VERB/ROOT/1/resign/VBD even/ADV/advmod/5 "
            "if/SCONJ/mark/5 Labour/PROPN/nsubj/5 wins/VERB/advcl/1/win/VBZ",
            "resign",
            "asserted",
        ),
        # "taxes rise if Labour wins, Howard claimed": the condition is the claim's content
        (
            "Howard/PROPN/nsubj/1 claimed/VERB/ROOT/1/claim/VBD if/SCONJ/mark/4 "
            "Labour/PROPN/nsubj/4 wins/VERB/advcl/1/win/VBZ",
            "claim",
            "asserted",
        ),
        # "asked him if he would quit": a question, no condition
        (
            "She/PRON/nsubj/1 asked/VERB/ROOT/1/ask/VBD him/PRON/dobj/1 if/SCONJ/mark/6 "
            "he/PRON/nsubj/6 would/AUX/aux/6/would/MD quit/VERB/advcl/1/quit/VB",
            "ask",
            "asserted",
        ),
        # "it was not clear if the models differed": a question, no condition
        (
            "It/PRON/nsubj/1 was/AUX/ROOT/1/be/VBD not/PART/neg/1 clear/ADJ/acomp/1 "
            "if/SCONJ/mark/7 the/DET/det/6 models/NOUN/nsubj/7/model "
            "differed/VERB/advcl/1/differ/VBD",
            "be",
            "asserted",
        ),
        # a modal decides first: "will strike if talks fail" is to come
        (
            "Unions/NOUN/nsubj/2/union will/AUX/aux/2/will/MD strike/VERB/ROOT/2/strike/VB "
            "if/SCONJ/mark/5 talks/NOUN/nsubj/5/talk fail/VERB/advcl/2/fail/VBP",
            "strike",
            "future",
        ),
    ],
)
def test_conditions_and_controlled_clauses(spec, lemma, modality):
    assert clause(spec, lemma).modality == modality


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # "... does not lie, nor does she kill civilians": the verb after "nor" is negated
        (
            "She/PRON/nsubj/3 does/AUX/aux/3/do not/PART/neg/3 lie/VERB/ROOT/3/lie/VB "
            ",/PUNCT/punct/3 nor/CCONJ/cc/3 does/AUX/aux/8/do she/PRON/nsubj/8 "
            "kill/VERB/conj/3/kill/VB civilians/NOUN/dobj/8/civilian/NNS",
            "kill",
            True,
        ),
        # "and" negates nothing
        (
            "She/PRON/nsubj/1 lied/VERB/ROOT/1/lie and/CCONJ/cc/1 "
            "killed/VERB/conj/1/kill civilians/NOUN/dobj/3/civilian/NNS",
            "kill",
            False,
        ),
        # "neither confirmed nor denied": both verbs
        (
            "It/PRON/nsubj/2 neither/CCONJ/preconj/2 confirmed/VERB/ROOT/2/confirm "
            "nor/CCONJ/cc/2 denied/VERB/conj/2/deny the/DET/det/6 report/NOUN/dobj/2",
            "deny",
            True,
        ),
        (
            "It/PRON/nsubj/2 neither/CCONJ/preconj/2 confirmed/VERB/ROOT/2/confirm "
            "nor/CCONJ/cc/2 denied/VERB/conj/2/deny the/DET/det/6 report/NOUN/dobj/2",
            "confirm",
            True,
        ),
        # "Neither Downing Street nor the Labour Party would comment": the subject's
        # "neither" (as spaCy hangs it, a det) negates the verb
        (
            "Neither/DET/det/2 Downing/PROPN/compound/2 Street/PROPN/nsubj/8 nor/CCONJ/cc/2 "
            "the/DET/det/6 Labour/PROPN/compound/6 Party/PROPN/conj/2 would/AUX/aux/8 "
            "comment/VERB/ROOT/8/comment on/ADP/prep/8 the/DET/det/11 reports/NOUN/pobj/9",
            "comment",
            True,
        ),
        # a subject with no negative coordinator negates nothing
        (
            "Both/DET/preconj/2 Downing/PROPN/compound/2 Street/PROPN/nsubj/8 and/CCONJ/cc/2 "
            "the/DET/det/6 Labour/PROPN/compound/6 Party/PROPN/conj/2 would/AUX/aux/8 "
            "comment/VERB/ROOT/8/comment on/ADP/prep/8 the/DET/det/11 reports/NOUN/pobj/9",
            "comment",
            False,
        ),
    ],
)
def test_a_negative_coordinator_negates_its_verb(spec, lemma, expected):
    doc = parse(spec)
    verb = next(t for t in doc if t.lemma_ == lemma)
    assert negated([verb]) is expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "promised not to raise taxes": the content is negated, not the promise
        (
            "Blair/PROPN/nsubj/1 promised/VERB/ROOT/1/promise not/PART/neg/4 to/PART/aux/4 "
            "raise/VERB/xcomp/1/raise taxes/NOUN/dobj/4/tax",
            True,
        ),
        # "did not promise to raise taxes": the promise is negated
        (
            "Blair/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 promise/VERB/ROOT/3/promise "
            "to/PART/aux/5 raise/VERB/xcomp/3/raise taxes/NOUN/dobj/5/tax",
            False,
        ),
        # "is willing not to strike": through the adjective
        (
            "Unions/NOUN/nsubj/1/union are/AUX/ROOT/1/be willing/ADJ/acomp/1 not/PART/neg/5 "
            "to/PART/aux/5 strike/VERB/xcomp/2/strike",
            True,
        ),
        # no control word: "Blair did not raise taxes"
        (
            "Blair/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 raise/VERB/ROOT/3/raise "
            "taxes/NOUN/dobj/3/tax",
            False,
        ),
    ],
)
def test_a_negation_below_its_control_word(spec, expected):
    doc = parse(spec)
    verb = next(t for t in doc if t.lemma_ in {"raise", "strike"})
    assert negated_below(verb) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("", True),  # "would not apologise if the prime minister asked"
        ("even/ADV/advmod/7 ", False),  # "even if": it holds whatever is asked
    ],
)
def test_even_if_is_no_condition(before, expected):
    n = len(before.split())
    doc = parse(
        "He/PRON/nsubj/3 would/AUX/aux/3/would/MD not/PART/neg/3 apologise/VERB/ROOT/3/apologise "
        f"{before}if/SCONJ/mark/{6 + n} Blair/PROPN/nsubj/{6 + n} asked/VERB/advcl/3/ask/VBD"
    )
    assert has_condition(doc[3]) is expected
