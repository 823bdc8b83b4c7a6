"""Clause extraction on hand-built parses (no statistical model involved): the three
steps together, from a parse to subject – relation – object with spans and confidence."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.clauses import Reading, clauses, extractions, score
from kg.extract.phrases import phrase


def triples(exts):
    return [(e.subject.text, e.relation, e.object.text if e.object else None) for e in exts]


def test_active_clause_with_exact_spans():
    doc = parse(
        "Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss/VBZ the/DET/det/3 "
        "allegations/NOUN/dobj/1/allegation ./PUNCT/punct/1"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("Russia", "dismisses", "the allegations")]
    assert doc.text[ext.subject.start : ext.subject.end] == "Russia"
    assert doc.text[ext.object.start : ext.object.end] == "the allegations"
    assert doc.text[slice(*ext.relation_span)] == "dismisses"
    assert ext.lemma == "dismiss" and not ext.negated and ext.modality == "asserted"


def test_passive_keeps_preposition_in_relation():
    doc = parse(
        "Russia/PROPN/nsubjpass/2 was/AUX/auxpass/2/be banned/VERB/ROOT/2/ban/VBN "
        "from/ADP/prep/2 international/ADJ/amod/5 competition/NOUN/pobj/3 ./PUNCT/punct/2"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("Russia", "was banned from", "international competition")]
    assert ext.passive and ext.pattern == "passive"


def test_passive_agent_is_kept():
    doc = parse(
        "Putin/PROPN/nsubjpass/2 was/AUX/auxpass/2/be invited/VERB/ROOT/2/invite/VBN "
        "by/ADP/agent/2 Xi/PROPN/pobj/3"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("Putin", "was invited by", "Xi")]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Putin/PROPN/nsubj/1 met/VERB/ROOT/1/meet with/ADP/prep/1 Xi/PROPN/pobj/2",
            ("Putin", "met with", "Xi"),
        ),
        (
            "Troops/NOUN/nsubjpass/2 are/AUX/auxpass/2/be stationed/VERB/ROOT/2/station/VBN "
            "near/ADP/prep/2 Ukraine/PROPN/pobj/3",
            ("Troops", "are stationed near", "Ukraine"),
        ),
        (
            "Talks/NOUN/nsubj/1 broke/VERB/ROOT/1/break down/ADP/prt/1 over/ADP/prep/1 "
            "Taiwan/PROPN/pobj/3",
            ("Talks", "broke down over", "Taiwan"),
        ),
    ],
)
def test_prepositional_objects_and_particles(spec, expected):
    assert triples(clauses(parse(spec))) == [expected]


def test_preposition_before_the_verb_is_not_the_object():
    doc = parse(
        "After/ADP/prep/4 the/DET/det/2 call/NOUN/pobj/0 Ushakov/PROPN/nsubj/4 "
        "said/VERB/ROOT/4/say it/PRON/nsubj/6 lasted/VERB/ccomp/4/last"
    )
    said = [e for e in clauses(doc) if e.lemma == "say"]
    assert said and all("After" not in e.relation for e in said)


def test_conjoined_subjects_are_distributed_and_negation_kept():
    doc = parse(
        "The/DET/det/2 United/PROPN/compound/2 States/PROPN/nsubj/9 ,/PUNCT/punct/2 "
        "Britain/PROPN/conj/2 and/CCONJ/cc/4 Canada/PROPN/conj/4 are/AUX/aux/9/be "
        "not/PART/neg/9 sending/VERB/ROOT/9/send/VBG representatives/NOUN/dobj/9"
    )
    exts = list(clauses(doc))
    assert [e.subject.text for e in exts] == ["The United States", "Britain", "Canada"]
    assert {e.relation for e in exts} == {"are not sending"}
    assert all(e.negated for e in exts)
    assert list(clauses(doc, negation=False)) == []


def test_conjoined_verbs_share_the_subject():
    doc = parse(
        "Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss the/DET/det/3 "
        "allegations/NOUN/dobj/1 and/CCONJ/cc/1 accuses/VERB/conj/1/accuse "
        "the/DET/det/7 West/PROPN/dobj/5"
    )
    assert triples(clauses(doc)) == [
        ("Russia", "dismisses", "the allegations"),
        ("Russia", "accuses", "the West"),
    ]


def test_conjoined_objects_are_distributed():
    doc = parse(
        "Leaders/NOUN/nsubj/1 discussed/VERB/ROOT/1/discuss Ukraine/PROPN/dobj/1 "
        "and/CCONJ/cc/2 Taiwan/PROPN/conj/2"
    )
    assert [e.object.text for e in clauses(doc)] == ["Ukraine", "Taiwan"]


def test_subject_control_extends_the_relation():
    doc = parse(
        "China/PROPN/nsubj/2 has/AUX/aux/2/have sought/VERB/ROOT/2/seek/VBN "
        "to/PART/aux/4 project/VERB/xcomp/2/project a/DET/det/7 unified/ADJ/amod/7 "
        "front/NOUN/dobj/4"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("China", "has sought to project", "a unified front")]
    assert ext.lemma == "project"


def test_object_control_gives_the_object_as_subject():
    doc = parse(
        "Xi/PROPN/nsubj/1 invited/VERB/ROOT/1/invite Putin/PROPN/dobj/1 to/PART/aux/4 "
        "attend/VERB/xcomp/1/attend/VB"
    )
    assert triples(clauses(doc)) == [("Xi", "invited", "Putin"), ("Putin", "to attend", None)]


def test_accuse_of_gerund_gets_the_accused_as_subject():
    doc = parse(
        "They/PRON/nsubj/1 accused/VERB/ROOT/1/accuse Russia/PROPN/dobj/1 "
        "of/ADP/prep/1 planning/VERB/pcomp/3/plan/VBG an/DET/det/6 invasion/NOUN/dobj/4"
    )
    found = triples(clauses(doc))
    assert ("Russia", "planning", "an invasion") in found
    assert ("They", "accused", "Russia") in found


def test_a_report_is_a_statement_with_its_clause_as_object():
    doc = parse(
        "Xi/PROPN/nsubj/1 said/VERB/ROOT/1/say relations/NOUN/nsubj/4/relation "
        "have/AUX/aux/4/have withstood/VERB/ccomp/1/withstand/VBN tests/NOUN/dobj/4/test"
    )
    report = next(e for e in clauses(doc) if e.lemma == "say")
    assert report.subject.text == "Xi" and report.object.text == "relations have withstood tests"
    assert report.pattern == "clause"


def test_relative_pronoun_object_is_replaced_by_its_noun():
    doc = parse(
        "China/PROPN/nsubj/1 eyes/VERB/ROOT/1/eye Taiwan/PROPN/dobj/1 ,/PUNCT/punct/2 "
        "which/PRON/dobj/6/which/WDT it/PRON/nsubj/6 claims/VERB/relcl/2/claim/VBZ"
    )
    assert ("it", "claims", "Taiwan") in triples(clauses(doc))


def test_relative_pronoun_subject_is_replaced_by_its_noun():
    doc = parse(
        "the/DET/det/1 party/NOUN/nsubj/7 ,/PUNCT/punct/1 which/PRON/nsubj/5/which/WDT "
        "has/AUX/aux/5/have grown/VERB/relcl/1/grow/VBN ,/PUNCT/punct/1 "
        "rules/VERB/ROOT/7/rule China/PROPN/dobj/7"
    )
    subjects = {e.subject.text for e in clauses(doc)}
    assert "which" not in subjects and "the party" in subjects


def test_participial_modifier_has_the_noun_as_subject():
    doc = parse(
        "They/PRON/nsubj/1 escalated/VERB/ROOT/1/escalate a/DET/det/3 blitz/NOUN/dobj/1 "
        "criticizing/VERB/acl/3/criticize/VBG democracy/NOUN/dobj/4"
    )
    found = triples(clauses(doc))
    assert ("a blitz", "criticizing", "democracy") in found
    assert ("They", "escalated", "a blitz") in found  # the sub-clause is not glued on


def test_confidence_ranks_explicit_above_inherited_subjects():
    doc = parse(
        "Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss the/DET/det/3 "
        "allegations/NOUN/dobj/1 and/CCONJ/cc/1 accuses/VERB/conj/1/accuse "
        "the/DET/det/7 West/PROPN/dobj/5"
    )
    first, second = clauses(doc)
    assert 0 < second.confidence < first.confidence <= 1


def test_extractions_do_not_repeat():
    doc = parse(
        "Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss the/DET/det/3 allegations/NOUN/dobj/1"
    )
    assert len(list(extractions(doc))) == 1


def test_copula_with_attribute_and_adjective():
    doc = parse(
        "China/PROPN/nsubj/1 is/AUX/ROOT/1/be an/DET/det/4 authoritarian/ADJ/amod/4 "
        "state/NOUN/attr/1"
    )
    assert triples(clauses(doc)) == [("China", "is", "an authoritarian state")]
    doc = parse(
        "The/DET/det/1 talks/NOUN/nsubj/2/talk were/AUX/ROOT/2/be very/ADV/advmod/4 "
        "positive/ADJ/acomp/2"
    )
    (ext,) = clauses(doc)
    assert (ext.relation, ext.object.text, ext.pattern) == ("were", "very positive", "copula")


def test_a_predicative_and_a_receiver_are_extra_arguments():
    doc = parse(
        "Putin/PROPN/nsubj/1 called/VERB/ROOT/1/call Xi/PROPN/dobj/1 a/DET/det/5 "
        "dear/ADJ/amod/5 friend/NOUN/oprd/1"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("Putin", "called", "Xi")]
    assert [x.text for x in ext.extras] == ["a dear friend"]
    doc = parse(
        "Japan/PROPN/nsubj/1 gave/VERB/ROOT/1/give Tanzania/PROPN/dative/1 a/DET/det/4 "
        "grant/NOUN/dobj/1"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("Japan", "gave", "a grant")]
    assert [x.text for x in ext.extras] == ["Tanzania"]


def test_a_date_is_an_extra_argument_not_the_object():
    doc = parse(
        "Leaders/NOUN/nsubj/1 met/VERB/ROOT/1/meet in/ADP/prep/1 March/PROPN/pobj/2",
        ents={"3": "DATE"},
    )
    (ext,) = clauses(doc)
    assert (ext.relation, ext.object, ext.pattern) == ("met", None, "intransitive")
    assert [x.text for x in ext.extras] == ["in March"]


@pytest.mark.parametrize(
    ("pattern", "how", "pronoun", "via_prep", "expected"),
    [
        ("svo", "explicit", False, False, 0.9),
        ("svo", "explicit", True, False, 0.75),
        ("svo", "conj", False, True, 0.75),
        ("passive", "inherited", False, False, 0.7),
        ("clause", "modifier", True, True, 0.15),
        ("intransitive", "unknown", False, False, 0.35),
    ],
)
def test_score(pattern, how, pronoun, via_prep, expected):
    doc = parse("He/PRON/nsubj/1 left/VERB/ROOT/1/leave Kyiv/PROPN/dobj/1")
    subj = doc[0] if pronoun else doc[2]
    reading = Reading(phrase(doc[2]), via_prep=via_prep, pattern=pattern)
    assert score(pattern, how, subj, reading, n_tokens=10) == expected
    assert score(pattern, how, subj, reading, n_tokens=41) == round(max(0.05, expected - 0.1), 3)


def test_extractions_add_appositions_and_nominal_events():
    doc = parse(
        "Xi/PROPN/nsubj/5 ,/PUNCT/punct/0 China/PROPN/poss/4 's/PART/case/2 "
        "president/NOUN/appos/0 praised/VERB/ROOT/5/praise Beijing/PROPN/poss/8 "
        "'s/PART/case/6 crackdown/NOUN/dobj/5 on/ADP/prep/8 Kong/PROPN/pobj/9"
    )
    assert {e.pattern for e in extractions(doc)} == {"svo", "appos", "nominal"}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (  # a clause right after the verb is its object; a preposition after it is an extra
            "he/PRON/nsubj/1 wanted/VERB/ROOT/1/want it/PRON/nsubj/4 to/PART/aux/4/to/TO "
            "end/VERB/ccomp/1/end/VB despite/ADP/prep/1 objections/NOUN/pobj/5",
            ("he", "wanted", "it to end", ["despite objections"]),
        ),
        (  # a preposition before the clause still joins the relation ("met with")
            "he/PRON/nsubj/1 met/VERB/ROOT/1/meet with/ADP/prep/1 Xi/PROPN/pobj/2 "
            "and/CCONJ/cc/6 they/PRON/nsubj/6 talked/VERB/ccomp/1/talk",
            ("he", "met with", "Xi", []),
        ),
    ],
)
def test_a_clause_after_the_verb_comes_before_a_later_preposition(spec, expected):
    ext = next(e for e in clauses(parse(spec)) if e.subject.text == "he")
    assert (*triples([ext])[0], [x.text for x in ext.extras]) == expected


CALLED_ON = (
    "Liberty/PROPN/nsubj/2 has/AUX/aux/2/have called/VERB/ROOT/2/call/VBN on/ADP/prep/2 "
    "the/DET/det/5 government/NOUN/pobj/3 to/PART/aux/7/to/TO act/VERB/xcomp/2/act/VB "
    "and/CCONJ/cc/7 charge/VERB/conj/7/charge/VB the/DET/det/11 men/NOUN/dobj/9/man"
)
IN_PRINCIPLE = (
    "Armstrong/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree in/ADP/prep/1 principle/NOUN/pobj/2 "
    "to/PART/aux/5/to/TO sell/VERB/xcomp/1/sell/VB operations/NOUN/dobj/5/operation"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the one called on is to act, and is asked to: the relation does not run through
        (CALLED_ON, [("Liberty", "has called on", "the government", "asserted"),
                     ("the government", "charge", "the men", "requested")]),
        # any other preposition leaves the infinitive in the relation
        (IN_PRINCIPLE, [("Armstrong", "agreed to sell", "operations", "future")]),
    ],
)  # fmt: skip
def test_called_on_someone_to_act(spec, expected):
    found = [(*t, e.modality) for e, t in ((e, triples([e])[0]) for e in clauses(parse(spec)))]
    assert [f for f in found if not f[1].startswith("to ")] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # what is preferred is Turkey's admitting, not Turkey
        ("many/ADJ/nsubj/2 would/AUX/aux/2/would/MD prefer/VERB/ROOT/2/prefer/VB "
         "Turkey/PROPN/dobj/2 to/PART/aux/5/to/TO admit/VERB/xcomp/2/admit/VB "
         "guilt/NOUN/dobj/5",
         ("many", "would prefer", "Turkey to admit guilt", 5)),
        # one urged is urged: the object heads it, with what it is urged to do
        ("EU/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Iran/PROPN/dobj/1 to/PART/aux/4/to/TO "
         "stop/VERB/xcomp/1/stop/VB enrichment/NOUN/dobj/4",
         ("EU", "urged", "Iran to stop enrichment", 2)),
        # so is one told (addressee_verbs)
        ("Abdullah/PROPN/nsubj/1 told/VERB/ROOT/1/tell departments/NOUN/dobj/1 "
         "to/PART/aux/4/to/TO hire/VERB/xcomp/1/hire/VB women/NOUN/dobj/4",
         ("Abdullah", "told", "departments to hire women", 2)),
        # one invited is no speech act's addressee: the object stays alone
        ("Xi/PROPN/nsubj/1 invited/VERB/ROOT/1/invite Putin/PROPN/dobj/1 to/PART/aux/4/to/TO "
         "attend/VERB/xcomp/1/attend/VB talks/NOUN/dobj/4",
         ("Xi", "invited", "Putin", 2)),
    ],
)  # fmt: skip
def test_what_is_wanted_is_the_object_with_its_infinitive(spec, expected):
    ext = next(e for e in clauses(parse(spec)) if not e.relation.startswith("to "))
    assert (*triples([ext])[0], ext.object.root) == expected


def test_an_adjective_said_of_the_object_stays_with_it():
    # "might make integration into the EU difficult": not "might make | integration"
    doc = parse(
        "growth/NOUN/nsubj/2 might/AUX/aux/2/might/MD make/VERB/ROOT/2/make/VB "
        "integration/NOUN/dobj/2 into/ADP/prep/2 EU/PROPN/pobj/4 difficult/ADJ/ccomp/2"
    )
    (ext,) = clauses(doc)
    assert triples([ext]) == [("growth", "might make", "integration into EU difficult")]
    assert ext.object.root == 3 and ext.extras == ()  # "into EU" is said in the object


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a bare noun with "of" makes one preposition, which joins the relation
        ("MPs/PROPN/nsubj/1 voted/VERB/ROOT/1/vote in/ADP/prep/1 favour/NOUN/pobj/2 "
         "of/ADP/prep/3 the/DET/det/6 bill/NOUN/pobj/4",
         ("MPs", "voted in favour of", "the bill")),
        # not a noun that is not one of them, nor one with a determiner
        ("MPs/PROPN/nsubj/1 voted/VERB/ROOT/1/vote in/ADP/prep/1 the/DET/det/4 "
         "favour/NOUN/pobj/2 of/ADP/prep/4 Xi/PROPN/pobj/5",
         ("MPs", "voted in", "the favour of Xi")),
        ("MPs/PROPN/nsubj/1 voted/VERB/ROOT/1/vote in/ADP/prep/1 support/NOUN/pobj/2 "
         "of/ADP/prep/3 Xi/PROPN/pobj/4",
         ("MPs", "voted in", "support of Xi")),
    ],
)  # fmt: skip
def test_a_noun_and_of_make_one_preposition(spec, expected):
    assert triples(clauses(parse(spec))) == [expected]


DENIED = (
    "He/PRON/nsubj/1 denied/VERB/ROOT/1/deny the/DET/det/3 concessions/NOUN/dobj/1 "
    "were/AUX/ccomp/1/be a/DET/det/6 ploy/NOUN/attr/4"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the parser took the clause's subject for the object: the clause is what was denied
        (DENIED, [("He", "denied", "the concessions were a ploy"),
                  ("the concessions", "were", "a ploy")]),
        # "that" opens the clause: the one warned is the object, as written
        ("He/PRON/nsubj/1 warned/VERB/ROOT/1/warn the/DET/det/3 BBC/PROPN/dobj/1 "
         "that/SCONJ/mark/6 it/PRON/nsubj/6 faced/VERB/ccomp/1/face trouble/NOUN/dobj/6",
         [("He", "warned", "the BBC"), ("it", "faced", "trouble")]),
        # no verb of saying: the object stays ("branded Mr Howard ... for claiming")
        ("He/PRON/nsubj/1 hit/VERB/ROOT/1/hit the/DET/det/3 ball/NOUN/dobj/1 "
         "went/VERB/ccomp/1/go far/ADV/advmod/4",
         [("He", "hit", "the ball")]),
    ],
)  # fmt: skip
def test_a_reported_clause_whose_subject_was_read_as_the_object(spec, expected):
    assert triples(clauses(parse(spec))) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the possessor of a noun of intention does what its infinitive says
        ("Iran/PROPN/poss/2 's/PART/case/0 bid/NOUN/nsubjpass/7 to/PART/aux/4 "
         "join/VERB/acl/2/join the/DET/det/6 WTO/PROPN/dobj/4 failed/VERB/ROOT/7/fail",
         [("Iran", "bid to join", "the WTO")]),
        # not a date that owns it, nor a noun of no intention
        ("November/PROPN/poss/2 's/PART/case/0 decision/NOUN/nsubj/7 to/PART/aux/4 "
         "join/VERB/acl/2/join the/DET/det/6 WTO/PROPN/dobj/4 failed/VERB/ROOT/7/fail",
         []),
        ("our/PRON/poss/1 law/NOUN/nsubj/6 to/PART/aux/3 address/VERB/acl/1/address "
         "the/DET/det/5 threat/NOUN/dobj/3 failed/VERB/ROOT/6/fail",
         []),
    ],
)  # fmt: skip
def test_a_possessor_does_what_its_intention_says(spec, expected):
    doc = parse(spec, ents={"0": "DATE"} if spec.startswith("November") else None)
    found = [t for t in triples(clauses(doc)) if t[1] != "failed"]
    assert found == expected


@pytest.mark.parametrize(
    ("noun", "control"),
    [("refusal", "refuse"), ("failure", "fail"), ("decision", "decide"), ("threat", "threaten")],
)
def test_a_noun_of_intention_is_its_statements_control_word(noun, control):
    """France's refusal to back the resolution is a refusal, as "refused to back" is: the
    noun is the control word of its verb, not a statement that France backed it."""
    doc = parse(
        f"France/PROPN/poss/2 's/PART/case/0 {noun}/NOUN/nsubj/7 to/PART/aux/4 "
        "back/VERB/acl/2/back the/DET/det/6 resolution/NOUN/dobj/4 angered/VERB/ROOT/7/anger"
    )
    (found,) = [e for e in clauses(doc) if e.subject.text == "France"]
    assert found.matrix == control


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the relation runs through a chain of infinitives to the last, which has the object
        ("China/PROPN/nsubj/1 wants/VERB/ROOT/1/want to/PART/aux/3 try/VERB/xcomp/1/try/VB "
         "to/PART/aux/5 join/VERB/xcomp/3/join/VB the/DET/det/7 WTO/PROPN/dobj/5",
         [("China", "wants to try to join", "the WTO")]),
        # not through "be": "has to be careful not to move" stays as it was
        ("Fed/PROPN/nsubj/1 has/VERB/ROOT/1/have to/PART/aux/3 be/AUX/xcomp/1/be/VB "
         "careful/ADJ/acomp/3 to/PART/aux/6 move/VERB/xcomp/4/move/VB",
         [("Fed", "has to be", "careful to move")]),
    ],
)  # fmt: skip
def test_a_chain_of_infinitives_runs_to_the_last(spec, expected):
    assert triples(clauses(parse(spec))) == expected


@pytest.mark.model
def test_an_amount_keeps_its_unit_and_does_nothing(nlp):
    # the parser hangs "m" of "$28.5m" apart, as a second object, and made the amount the
    # one who admitted
    doc = nlp("A US company has agreed to pay $28.5m after admitting bribery in Benin.")
    assert triples(clauses(doc)) == [
        ("A US company", "has agreed to pay", "$28.5m"),
        ("A US company", "admitting", "bribery in Benin"),
    ]
    # "5bn" of "£5bn" is one token, an amount too
    doc = nlp("The company paid £5bn after admitting fraud.")
    assert ("The company", "admitting", "fraud") in triples(clauses(doc))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a range after "between" is one object, not "| £50,000"
        ("passengers/NOUN/nsubj/1 claimed/VERB/ROOT/1/claim between/ADP/prep/1 "
         "150/NUM/nummod/4 euros/NOUN/pobj/2 and/CCONJ/cc/4 300/NUM/nummod/7 "
         "euros/NOUN/conj/4",
         [("passengers", "claimed between", "150 euros and 300 euros")]),
        # so is a "between" the parser hung inside the object's phrase
        ("Cook/PROPN/nsubjpass/2 was/AUX/auxpass/2 paid/VERB/ROOT/2/pay/VBN "
         "between/ADP/quantmod/4 45,001/NUM/dobj/2 and/CCONJ/cc/4 50,000/NUM/conj/4",
         [("Cook", "was paid", "between 45,001 and 50,000")]),
        # the range inside the first conjunct leaves the coordination spread
        ("users/NOUN/nsubj/1 conduct/VERB/ROOT/1 between/ADP/prep/1 five/NUM/nummod/6 "
         "and/CCONJ/cc/3 10/NUM/conj/3 searches/NOUN/pobj/2 and/CCONJ/cc/6 "
         "tools/NOUN/conj/6",
         [("users", "conduct between", "five and 10 searches"),
          ("users", "conduct between", "tools")]),
        # the parties after "between" are spread: each is an actor the graph links
        ("talks/NOUN/nsubj/1 mediate/VERB/ROOT/1 between/ADP/prep/1 Israel/PROPN/pobj/2 "
         "and/CCONJ/cc/3 Egypt/PROPN/conj/3",
         [("talks", "mediate between", "Israel"), ("talks", "mediate between", "Egypt")]),
        # other coordinations are spread
        ("EU/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss Ukraine/PROPN/dobj/1 "
         "and/CCONJ/cc/2 Taiwan/PROPN/conj/2",
         [("EU", "discussed", "Ukraine"), ("EU", "discussed", "Taiwan")]),
    ],
)  # fmt: skip
def test_a_range_of_amounts_is_one_object(spec, expected):
    assert triples(clauses(parse(spec))) == expected
