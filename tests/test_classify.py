"""An extraction's class in its clause: lexicon, control word, light verb, the object's kind,
"came under fire", a purpose; on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.classify import classify
from kg.extract.clauses import clauses
from kg.extract.events import Lexicon


def _typed(spec: str) -> list[str | None]:
    doc = parse(spec)
    lex = Lexicon.load()
    return [classify(ext, doc, lex).event_type for ext in clauses(doc)]


def test_light_verb_takes_the_type_of_its_noun():
    assert _typed(
        "Diplomats/NOUN/nsubj/1/diplomat held/VERB/ROOT/1/hold talks/NOUN/dobj/1/talk"
    ) == ["Consult"]
    assert _typed(
        "Students/NOUN/nsubj/1/student staged/VERB/ROOT/1/stage a/DET/det/4 "
        "hunger/NOUN/compound/4 strike/NOUN/dobj/1/strike"
    ) == ["Protest"]


@pytest.mark.parametrize(
    ("verb", "noun", "expected"),
    [
        ("planning/VERB/ROOT/1/plan", "invasion/NOUN/dobj/1/invasion", "Threaten"),
        ("prepared/VERB/ROOT/1/prepare", "offensive/NOUN/dobj/1/offensive", "Threaten"),
        ("planning/VERB/ROOT/1/plan", "visit/NOUN/dobj/1/visit", "Agree"),
        ("planned/VERB/ROOT/1/plan", "strategy/NOUN/dobj/1/strategy", None),
    ],
)
def test_a_planned_event_is_intended_not_done(verb, noun, expected):
    # an intent verb is light: its noun's event, in the future ("planning an invasion")
    assert _typed(f"Russia/PROPN/nsubj/1 {verb} {noun}") == [expected]


def test_control_verb_gives_the_type():
    assert _typed(
        "Iran/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 "
        "meet/VERB/xcomp/1/meet envoys/NOUN/dobj/3/envoy"
    ) == ["Reject"]
    assert _typed(
        "Syria/PROPN/nsubj/1 is/AUX/ROOT/1/be willing/ADJ/acomp/1 to/PART/aux/4 "
        "withdraw/VERB/xcomp/2/withdraw troops/NOUN/dobj/4/troop"
    ) == ["Agree"]


@pytest.mark.parametrize(
    ("target", "lemma", "expected"),
    [
        ("plans", "plan", "Accuse"),  # a policy: figurative, an accusation
        ("policy", "policy", "Accuse"),
        ("villages", "village", "Assault"),  # a physical target
        ("troops", "troop", "Assault"),
    ],
)
def test_an_attack_on_a_policy_is_an_accusation(target, lemma, expected):
    spec = (
        "Blair/PROPN/nsubj/1 launched/VERB/ROOT/1/launch an/DET/det/3 attack/NOUN/dobj/1 "
        f"on/ADP/prep/3 {target}/NOUN/pobj/4/{lemma}"
    )
    assert _typed(spec) == [expected]


def test_attacking_a_claim_directly_is_an_accusation():
    assert _typed(
        "Labour/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack the/DET/det/3 claim/NOUN/dobj/1"
    ) == ["Accuse"]


def test_coming_under_fire_is_an_assault_the_subject_undergoes():
    doc = parse(
        "The/DET/det/1 convoy/NOUN/nsubj/2 came/VERB/ROOT/2/come under/ADP/prep/2 fire/NOUN/pobj/3"
    )
    (ext,) = clauses(doc)
    typed = classify(ext, doc, Lexicon.load())
    assert (typed.event_type, typed.undergone) == ("Assault", True)


@pytest.mark.parametrize(
    ("purpose", "expected"),
    [("talks/NOUN/pobj/4/talk", "Consult"), ("holidays/NOUN/pobj/4/holiday", None)],
)
def test_a_motion_verb_takes_the_class_of_its_purpose(purpose, expected):
    spec = (
        "Blair/PROPN/nsubj/1 arrived/VERB/ROOT/1/arrive in/ADP/prep/1 Kabul/PROPN/pobj/2 "
        f"for/ADP/prep/1 {purpose}"
    )
    assert set(_typed(spec)) == {expected}


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("came", "come"), ("left", "leave"), ("faced", "face"), ("joined", "join")],
)
def test_motion_verbs_are_no_event(verb, lemma):
    assert _typed(
        f"Putin/PROPN/nsubj/1 {verb}/VERB/ROOT/1/{lemma} the/DET/det/3 talks/NOUN/dobj/1/talk"
    ) == [None]


def test_a_copula_has_no_class():
    assert _typed("Putin/PROPN/nsubj/1 is/AUX/ROOT/1/be president/NOUN/attr/1") == [None]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "said China must drop barriers": what is to be done
        ("must/AUX/aux/4/must/MD drop/VERB/ccomp/1/drop/VB barriers/NOUN/dobj/4", "Request"),
        ("should/AUX/aux/4/should/MD drop/VERB/ccomp/1/drop/VB barriers/NOUN/dobj/4", "Request"),
        # "said there must have been 20 instances", "should have dropped": a guess about the
        # past or a reproach; nothing is left to be done
        (
            "must/AUX/aux/5/must/MD have/AUX/aux/5/have/VB dropped/VERB/ccomp/1/drop/VBN "
            "barriers/NOUN/dobj/5",
            "Say",
        ),
        (
            "should/AUX/aux/5/should/MD have/AUX/aux/5/have/VB dropped/VERB/ccomp/1/drop/VBN "
            "barriers/NOUN/dobj/5",
            "Say",
        ),
    ],
)
def test_a_perfect_modal_demands_nothing(content, expected):
    spec = f"Livingstone/PROPN/nsubj/1 said/VERB/ROOT/1/say China/PROPN/nsubj/4 {content}"
    if "have" in content:
        spec = spec.replace("nsubj/4", "nsubj/5")
    assert _typed(spec)[0] == expected


def test_declaring_what_another_must_do_is_a_request():
    assert (
        _typed(
            "Washington/PROPN/nsubj/1 declared/VERB/ROOT/1/declare China/PROPN/nsubj/4 "
            "must/AUX/aux/4/must/MD drop/VERB/ccomp/1/drop/VB barriers/NOUN/dobj/4/barrier"
        )[0]
        == "Request"
    )
    assert (
        _typed(
            "Washington/PROPN/nsubj/1 declared/VERB/ROOT/1/declare China/PROPN/nsubj/3 "
            "dropped/VERB/ccomp/1/drop barriers/NOUN/dobj/3/barrier"
        )[0]
        == "Say"
    )


@pytest.mark.parametrize(
    ("verb", "obj", "expected"),
    [
        ("opened/VERB/ROOT/1/open", "fire/NOUN/dobj/1/fire", "Assault"),
        ("sent/VERB/ROOT/1/send", "arms/NOUN/dobj/1/arm", "Aid"),
        ("sent/VERB/ROOT/1/send", "troops/NOUN/dobj/1/troop", "Mobilize"),
        ("sent/VERB/ROOT/1/send", "envoys/NOUN/dobj/1/envoy", "Consult"),  # the verb's own
        ("reinforced/VERB/ROOT/1/reinforce", "troops/NOUN/dobj/1/troop", "Mobilize"),
        ("reinforced/VERB/ROOT/1/reinforce", "unity/NOUN/dobj/1/unity", None),
        ("blocked/VERB/ROOT/1/block", "roads/NOUN/dobj/1/road", "Protest"),
        ("struck/VERB/ROOT/1/strike", "deal/NOUN/dobj/1/deal", "Agree"),  # no assault
        ("struck/VERB/ROOT/1/strike", "targets/NOUN/dobj/1/target", "Assault"),
    ],
)
def test_verb_and_object_patterns(verb, obj, expected):
    assert _typed(f"They/PRON/nsubj/1 {verb} {obj}") == [expected]


def test_a_compound_names_the_event_its_head_does_not():
    assert _typed(
        "Qatar/PROPN/nsubj/1 launched/VERB/ROOT/1/launch a/DET/det/4 mediation/NOUN/compound/4 "
        "effort/NOUN/dobj/1"
    ) == ["Consult"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("attack/VERB/ccomp/1/attack/VB", "Threaten"),  # "warned it would attack"
        ("be/AUX/ccomp/1/be/VB", "Say"),  # "warned it would be illegal": no threat
    ],
)
def test_a_warning_threatens_only_an_act_of_conflict(content, expected):
    spec = (
        f"Russia/PROPN/nsubj/1 warned/VERB/ROOT/1/warn it/PRON/nsubj/4 would/AUX/aux/4/would/MD "
        f"{content}"
    )
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("doer", "expected"),
    [
        # "warned that the rebels would attack": another's act foreseen, an alarm
        ("the/DET/det/4 rebels/NOUN/nsubj/6/rebel", "Say"),
        # "warned its troops would attack": the warner's own side, a threat
        ("its/PRON/poss/4 troops/NOUN/nsubj/6/troop", "Threaten"),
        # "warned his troops would attack": no pronoun of Russia's, another's act
        ("his/PRON/poss/4 troops/NOUN/nsubj/6/troop", "Say"),
        # "warned Russia would attack": the warner's head word, a threat
        ("the/DET/det/4 Russia/PROPN/nsubj/6", "Threaten"),
    ],
)
def test_a_warning_of_anothers_act_threatens_nothing(doer, expected):
    spec = (
        f"Russia/PROPN/nsubj/1 warned/VERB/ROOT/1/warn that/SCONJ/mark/6 {doer} "
        "would/AUX/aux/6/would/MD attack/VERB/ccomp/1/attack/VB"
    )
    assert _typed(spec)[0] == expected


def test_a_speech_act_controlling_an_infinitive_gives_its_class():
    # "It called to revive its programme": the call is a request, whatever is revived
    assert _typed(
        "It/PRON/nsubj/1 called/VERB/ROOT/1/call to/PART/aux/3 revive/VERB/xcomp/1/revive "
        "programmes/NOUN/dobj/3/programme"
    ) == ["Request"]
    # with its own object the content is a statement of its own, and it is requested
    assert _typed(
        "Tutu/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Iran/PROPN/dobj/1 to/PART/aux/4 "
        "release/VERB/xcomp/1/release sailors/NOUN/dobj/4/sailor"
    ) == ["Request", "Retreat"]


@pytest.mark.parametrize(
    ("orderer", "ordered", "ents", "expected"),
    [
        # a state ordering another state only demands: it has no authority over it
        ("Washington/PROPN/nsubj/1", "Iraq/PROPN/dobj/1", {"0": "GPE", "2": "GPE"}, "Request"),
        # a leader ordering his forces coerces
        ("Putin/PROPN/nsubj/1", "troops/NOUN/dobj/1/troop", {"0": "PERSON"}, "Coerce"),
        # a court's order binds anyone, a state too
        ("court/NOUN/nsubj/1", "Serbia/PROPN/dobj/1", {"2": "GPE"}, "Coerce"),
        # a company is under the ordering state's authority
        ("Beijing/PROPN/nsubj/1", "Apple/PROPN/dobj/1", {"0": "GPE", "2": "ORG"}, "Coerce"),
    ],
)
def test_an_order_coerces_only_with_authority(orderer, ordered, ents, expected):
    doc = parse(
        f"{orderer} ordered/VERB/ROOT/1/order {ordered} to/PART/aux/4 "
        "withdraw/VERB/xcomp/1/withdraw",
        ents=ents,
    )
    lex = Lexicon.load()
    first = next(iter(clauses(doc)))
    assert first.relation == "ordered" and classify(first, doc, lex).event_type == expected


def test_what_an_order_commands_is_requested_not_asserted():
    doc = parse(
        "Putin/PROPN/nsubj/1 ordered/VERB/ROOT/1/order troops/NOUN/dobj/1/troop "
        "to/PART/aux/4 withdraw/VERB/xcomp/1/withdraw",
        ents={"0": "PERSON"},
    )
    withdraw = next(e for e in clauses(doc) if e.lemma == "withdraw")
    assert withdraw.modality == "requested"


@pytest.mark.parametrize(
    ("verb", "obj", "expected"),
    [
        # a meeting and a release need a party as object (party_object_verbs)
        ("met/VERB/ROOT/1/meet", "envoys/NOUN/dobj/1/envoy", "Consult"),
        ("met/VERB/ROOT/1/meet", "reception/NOUN/dobj/1/reception", None),
        ("released/VERB/ROOT/1/release", "hostages/NOUN/dobj/1/hostage", "Retreat"),
        ("released/VERB/ROOT/1/release", "12/NUM/dobj/1/12", "Retreat"),
        ("released/VERB/ROOT/1/release", "figures/NOUN/dobj/1/figure", None),
        ("helped/VERB/ROOT/1/help", "refugees/NOUN/dobj/1/refugee", "Aid"),
        ("helped/VERB/ROOT/1/help", "fight/NOUN/dobj/1/fight", None),  # "help the fight"
        ("funded/VERB/ROOT/1/fund", "plan/NOUN/dobj/1/plan", None),
        ("withdrew/VERB/ROOT/1/withdraw", "troops/NOUN/dobj/1/troop", "Retreat"),
        ("withdrew/VERB/ROOT/1/withdraw", "remarks/NOUN/dobj/1/remark", "Concede"),  # backs down
        # a ban is on a party or on what passes between parties (ban_verbs, traded_nouns)
        ("banned/VERB/ROOT/1/ban", "imports/NOUN/dobj/1/import", "Sanction"),
        ("banned/VERB/ROOT/1/ban", "diplomats/NOUN/dobj/1/diplomat", "Sanction"),
        ("prohibited/VERB/ROOT/1/prohibit", "torture/NOUN/dobj/1/torture", None),
        ("banned/VERB/ROOT/1/ban", "rallies/NOUN/dobj/1/rally/NNS", "Sanction"),  # plural
        ("outlawed/VERB/ROOT/1/outlaw", "party/NOUN/dobj/1/party", "Coerce"),
        # a protest has no direct object (intransitive_event_verbs)
        ("demonstrated/VERB/ROOT/1/demonstrate", "strength/NOUN/dobj/1/strength", None),
        ("compromised/VERB/ROOT/1/compromise", "rights/NOUN/dobj/1/right", None),  # damaged
        # "leaders gathered in Rome" meet; "gathered evidence", "gathered pace" is none
        ("gathered/VERB/ROOT/1/gather", "evidence/NOUN/dobj/1/evidence", None),
    ],
)
def test_a_class_needs_an_object_of_its_kind(verb, obj, expected):
    assert _typed(f"They/PRON/nsubj/1 {verb} {obj}") == [expected]


def test_a_protest_without_an_object_keeps_its_class():
    assert _typed("Students/NOUN/nsubj/1/student demonstrated/VERB/ROOT/1/demonstrate") == [
        "Protest"
    ]
    assert _typed("Leaders/NOUN/nsubj/1/leader gathered/VERB/ROOT/1/gather") == ["Consult"]


def test_recognising_a_fact_is_no_recognition():
    # "we recognise there is a limit": a belief (belief_verbs), not a recognition of anyone
    assert (
        _typed(
            "We/PRON/nsubj/1 recognise/VERB/ROOT/1/recognise there/PRON/expl/3 is/VERB/ccomp/1/be "
            "limit/NOUN/attr/3"
        )[0]
        is None
    )
    assert _typed("Russia/PROPN/nsubj/1 recognised/VERB/ROOT/1/recognise Kosovo/PROPN/dobj/1") == [
        "Support"
    ]
    # the clause misparsed onto the control verb: still no object, still no recognition
    assert _typed(
        "We/PRON/nsubj/1 got/VERB/ROOT/1/get to/PART/aux/3 recognise/VERB/xcomp/1/recognise "
        "there/PRON/expl/5 is/VERB/ccomp/1/be limit/NOUN/attr/5"
    ) == [None]
    # an object owned by a name is that party's ("recognised Kosovo's independence")
    assert _typed(
        "Russia/PROPN/nsubj/1 recognised/VERB/ROOT/1/recognise Kosovo/PROPN/poss/4 "
        "’s/PART/case/2 independence/NOUN/dobj/1"
    ) == ["Support"]
    assert _typed(
        "He/PRON/nsubj/1 recognised/VERB/ROOT/1/recognise the/DET/det/3 need/NOUN/dobj/1"
    ) == [None]
    # a passive's subject is what is recognised
    assert _typed(
        "Kosovo/PROPN/nsubjpass/2 was/AUX/auxpass/2/be recognised/VERB/ROOT/2/recognise/VBN"
    ) == ["Support"]


def test_releasing_a_clause_is_no_release():
    # "released figures showing (that) the economy expanded": the figures are a clause's subject
    assert (
        _typed(
            "Bank/PROPN/nsubj/1 released/VERB/ROOT/1/release figures/NOUN/nsubj/3/figure "
            "expanded/VERB/ccomp/1/expand"
        )[0]
        is None
    )


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # verb + particle + object: calling off one's own strike concedes
        (
            "Unions/NOUN/nsubj/1/union called/VERB/ROOT/1/call off/ADP/prt/1 "
            "strike/NOUN/dobj/1/strike",
            "Concede",
        ),
        # verb + the relation's preposition + its object
        (
            "Troops/NOUN/nsubj/1/troop remained/VERB/ROOT/1/remain on/ADP/prep/1 "
            "alert/NOUN/pobj/2/alert",
            "Mobilize",
        ),
        (
            "Settlers/NOUN/nsubj/1/settler set/VERB/ROOT/1/set fire/NOUN/dobj/1/fire "
            "to/ADP/prep/1 offices/NOUN/pobj/4/office",
            "Coerce",
        ),
        ("IAEA/PROPN/nsubj/1 sent/VERB/ROOT/1/send inspectors/NOUN/dobj/1/inspector", "Accuse"),
        # the compound names what is halted when the head does not
        (
            "EC/PROPN/nsubj/1 halted/VERB/ROOT/1/halt mediation/NOUN/compound/3 "
            "efforts/NOUN/dobj/1/effort",
            "Sanction",
        ),
        # risking prison threatens no one
        ("They/PRON/nsubj/1 risked/VERB/ROOT/1/risk prison/NOUN/dobj/1/prison", None),
        (
            "Doctors/NOUN/nsubj/1/doctor delivered/VERB/ROOT/1/deliver goods/NOUN/dobj/1/good/NNS",
            "Aid",
        ),
    ],
)
def test_patterns_with_a_particle_or_a_preposition(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        ("thousands/NOUN/dobj/1/thousand", "Mobilize"),  # "sent thousands of troops"
        ("worth/NOUN/dobj/1/worth", "Mobilize"),
    ],
)
def test_a_pattern_looks_through_a_quantity_to_its_noun(quantity, expected):
    assert _typed(
        f"Russia/PROPN/nsubj/1 sent/VERB/ROOT/1/send {quantity} of/ADP/prep/2 "
        "troops/NOUN/pobj/3/troop"
    ) == [expected]


def test_a_light_verb_looks_through_a_span_of_its_event():
    # "launched 10 days of war games": the games, not the days, are the event
    assert _typed(
        "Navies/NOUN/nsubj/1/navy launched/VERB/ROOT/1/launch 10/NUM/nummod/3 "
        "days/NOUN/dobj/1/day of/ADP/prep/3 war/NOUN/compound/6 games/NOUN/pobj/4/game"
    ) == ["Cooperate"]


def test_refusing_to_speak_refuses_nothing():
    assert _typed(
        "He/PRON/nsubj/1 declined/VERB/ROOT/1/decline to/PART/aux/3 say/VERB/xcomp/1/say"
    ) == [None]
    assert _typed(
        "Iran/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 "
        "meet/VERB/xcomp/1/meet envoys/NOUN/dobj/3/envoy"
    ) == ["Reject"]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # "refused to deny claims", "declined to rule out a rise": a refusal of a refusal
        ("deny/VERB/xcomp/1/deny claims/NOUN/dobj/3/claim", None),
        ("reject/VERB/xcomp/1/reject the/DET/det/5 plan/NOUN/dobj/3/plan", None),
        # "refused to meet envoys": a refusal
        ("meet/VERB/xcomp/1/meet envoys/NOUN/dobj/3/envoy", "Reject"),
    ],
)
def test_refusing_to_refuse_rejects_nothing(inner, expected):
    spec = f"Brown/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 {inner}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("challenged/VERB/ROOT/1/challenge", "Request"),  # a dare to act: a demand
        ("pressured/VERB/ROOT/1/pressure", "Request"),
        ("ordered/VERB/ROOT/1/order", "Coerce"),  # an order keeps its own rule
    ],
)
def test_pressing_someone_to_act_is_a_request(verb, expected):
    assert (
        _typed(
            f"Labour/PROPN/nsubj/1 {verb} Tories/PROPN/dobj/1 to/PART/aux/4 "
            "publish/VERB/xcomp/1/publish"
        )[0]
        == expected
    )


@pytest.mark.parametrize(
    ("dep", "expected"),
    [
        ("ccomp", "Request"),  # "the party challenged Mr Kilroy-Silk to stand down"
        ("xcomp", "Request"),
    ],
)
def test_the_one_pressed_may_be_parsed_as_the_infinitive_s_subject(dep, expected):
    assert (
        _typed(
            "Labour/PROPN/nsubj/1 challenged/VERB/ROOT/1/challenge Kilroy/PROPN/nsubj/4 "
            f"to/PART/aux/4/to/TO stand/VERB/{dep}/1/stand down/ADP/prt/4"
        )[0]
        == expected
    )


def test_a_reported_clause_is_pressed_on_no_one():
    # "challenged that the ruling was unlawful": no infinitive, a challenge in words
    assert (
        _typed(
            "Labour/PROPN/nsubj/1 challenged/VERB/ROOT/1/challenge that/SCONJ/mark/4 "
            "ruling/NOUN/nsubj/4/ruling was/AUX/ccomp/1/be unlawful/ADJ/acomp/4"
        )[0]
        != "Request"
    )


def test_a_challenge_without_an_infinitive_keeps_its_class():
    assert _typed(
        "Labour/PROPN/nsubj/1 challenged/VERB/ROOT/1/challenge ruling/NOUN/dobj/1/ruling"
    ) == ["Accuse"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("rebels/NOUN/nsubj/1/rebel", "Assault"),  # people
        ("militiamen/NOUN/nsubj/1/militiaman/NNS", "Assault"),  # plural: maybe people
        ("it/PRON/nsubj/1", "Assault"),  # a pronoun may stand for anyone
        ("attack/NOUN/nsubj/1/attack", "Assault"),  # violence ("the attack killed five")
        ("bomb/NOUN/nsubj/1/bomb", "Assault"),  # its means (an Assault mode's cue word)
        ("clash/NOUN/nsubj/1/clash", "Assault"),  # a violent event noun
        ("military/NOUN/nsubj/1/military", "Assault"),  # a sector of a state
        ("regime/NOUN/nsubj/1/regime", "Assault"),
        ("junta/NOUN/nsubj/1/junta", "Assault"),
        ("judge/NOUN/nsubj/1/judge", "Assault"),  # a court (the verb decides the class)
        ("earthquake/NOUN/nsubj/1/earthquake", None),  # no one did it (a singular thing)
        ("landslides/NOUN/nsubj/1/landslide/NNS", None),  # plural, still a disaster
        ("action/NOUN/nsubj/1/action", None),  # "strike action hitting Jobcentres"
    ],
)
def test_an_assault_needs_a_doer_that_can_do_it(subject, expected):
    assert _typed(f"{subject} killed/VERB/ROOT/1/kill people/NOUN/dobj/1/people") == [expected]


@pytest.mark.parametrize(
    ("modifier", "head", "expected"),
    [
        # "Tsunami survivors attacked ...", "Storm troopers killed ...": people of a kind
        ("Tsunami", "survivors/NOUN/nsubj/2/survivor/NNS", "Assault"),
        ("Storm", "troopers/NOUN/nsubj/2/trooper/NNS", "Assault"),
        # "tsunami waves killed ...": the disaster's force
        ("tsunami", "waves/NOUN/nsubj/2/wave/NNS", None),
        # "Hurricane Katrina killed ...": a disaster named
        ("Hurricane", "Katrina/PROPN/nsubj/2", None),
    ],
)
def test_a_disaster_naming_the_doer_s_kind_is_no_doer(modifier, head, expected):
    spec = f"{modifier}/NOUN/compound/1/{modifier.lower()} {head} killed/VERB/ROOT/2/kill"
    assert _typed(f"{spec} people/NOUN/dobj/2/people") == [expected]


def test_a_passive_assault_by_a_thing_is_figurative():
    assert _typed(
        "Games/NOUN/nsubjpass/3/game have/AUX/aux/3/have been/AUX/auxpass/3/be "
        "hit/VERB/ROOT/3/hit/VBN by/ADP/agent/3 controversy/NOUN/pobj/4/controversy"
    ) == [None]
    assert _typed(
        "Convoys/NOUN/nsubjpass/2/convoy were/AUX/auxpass/2/be hit/VERB/ROOT/2/hit/VBN "
        "by/ADP/agent/2 rebels/NOUN/pobj/3/rebel"
    ) == ["Assault"]


def test_fighting_an_abstraction_is_no_assault():
    assert _typed("Labour/PROPN/nsubj/1 fought/VERB/ROOT/1/fight racism/NOUN/dobj/1/racism") == [
        None
    ]
    assert _typed(
        "Rebels/NOUN/nsubj/1/rebel fought/VERB/ROOT/1/fight troops/NOUN/dobj/1/troop"
    ) == ["Assault"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "asked whether he was comfortable": a question
        ("whether/SCONJ/mark/4 he/PRON/nsubj/4 was/AUX/ccomp/1/be comfortable/ADJ/acomp/4", "Say"),
        # "asked Iran to release sailors": a request
        ("Iran/PROPN/dobj/1 to/PART/aux/4 release/VERB/xcomp/1/release", "Request"),
    ],
)
def test_asking_a_question_is_no_request(content, expected):
    assert _typed(f"He/PRON/nsubj/1 asked/VERB/ROOT/1/ask {content}")[0] == expected


def test_shunning_calls_is_a_rejection_and_a_discussion_a_consultation():
    assert _typed("They/PRON/nsubj/1 shunned/VERB/ROOT/1/shun calls/NOUN/dobj/1/call") == ["Reject"]
    assert _typed("They/PRON/nsubj/1 held/VERB/ROOT/1/hold a/DET/det/3 discussion/NOUN/dobj/1") == [
        "Consult"
    ]


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # in words: a clause, or an audience
        (
            "that/SCONJ/mark/4 visit/NOUN/nsubj/4 violated/VERB/ccomp/1/violate law/NOUN/dobj/4",
            "Accuse",
        ),
        ("to/ADP/prep/1 Tokyo/PROPN/pobj/2", "Accuse"),
        # in the street
        ("in/ADP/prep/1 Beijing/PROPN/pobj/2", "Protest"),
    ],
)
def test_a_protest_in_words_is_an_accusation(rest, expected):
    assert _typed(f"China/PROPN/nsubj/1 protested/VERB/ROOT/1/protest {rest}")[0] == expected


def test_insisting_on_what_another_is_to_do_is_a_request():
    assert (
        _typed(
            "Washington/PROPN/nsubj/1 insisted/VERB/ROOT/1/insist Beijing/PROPN/nsubj/3 "
            "stop/VERB/ccomp/1/stop/VB drills/NOUN/dobj/3/drill"
        )[0]
        == "Request"
    )


def test_the_condition_of_an_if_clause_is_no_event():
    # "if Iran attacks Israel, the US will respond": Iran attacks no one, nor threatens to
    assert (
        _typed(
            "if/SCONJ/mark/2 Iran/PROPN/nsubj/2 attacks/VERB/advcl/5/attack/VBZ "
            "Israel/PROPN/dobj/2 US/PROPN/nsubj/5 responds/VERB/ROOT/5/respond/VBZ"
        )[0]
        is None
    )
    assert _typed("Iran/PROPN/nsubj/1 attacks/VERB/ROOT/1/attack/VBZ Israel/PROPN/dobj/1") == [
        "Assault"
    ]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        # "may halt mediation if cooperation is not forthcoming": a threat (CAMEO 13x)
        ("if/SCONJ/mark/7", "Threaten"),
        ("unless/SCONJ/mark/7", "Threaten"),
        # "whether" opens a question; with no condition "may halt" is a hypothetical halt
        ("whether/SCONJ/mark/7", "Sanction"),
        ("and/CCONJ/cc/1", "Sanction"),
    ],
)
def test_a_conditional_act_of_conflict_is_a_threat(condition, expected):
    spec = (
        "EC/PROPN/nsubj/2 may/AUX/aux/2/may/MD halt/VERB/ROOT/2/halt/VB "
        "mediation/NOUN/compound/4 efforts/NOUN/dobj/2/effort/NNS "
        f"{condition} cooperation/NOUN/nsubj/7 fails/VERB/advcl/2/fail/VBZ"
    )
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # CAMEO's verb + object patterns (ontology/verb_patterns.tsv, from PETRARCH2)
        ("Iran/PROPN/nsubj/1 resumed/VERB/ROOT/1/resume talks/NOUN/dobj/1/talk", "Consult"),
        (
            "Washington/PROPN/nsubj/1 lifted/VERB/ROOT/1/lift the/DET/det/3 "
            "sanctions/NOUN/dobj/1/sanction",
            "Retreat",
        ),
        # a noun of a synonym set: "&weapon" holds rifles
        ("Serbia/PROPN/nsubj/1 exported/VERB/ROOT/1/export rifles/NOUN/dobj/1/rifle", "Aid"),
        # a phrasal verb's pattern: "call off" + "talks"
        (
            "Iran/PROPN/nsubj/1 called/VERB/ROOT/1/call off/ADP/prt/1 the/DET/det/4 "
            "talks/NOUN/dobj/1/talk",
            "Sanction",
        ),
        # a pattern with no code: returning to barracks is no event
        (
            "The/DET/det/1 troops/NOUN/nsubj/2/troop returned/VERB/ROOT/2/return to/ADP/prep/2 "
            "barracks/NOUN/pobj/3/barrack",
            None,
        ),
        # the verb's own patterns only, not its synonym block's ("go to a meeting" is a visit)
        ("Putin/PROPN/nsubj/1 left/VERB/ROOT/1/leave the/DET/det/3 meeting/NOUN/dobj/1", None),
    ],
)
def test_cameo_verb_object_patterns(spec, expected):
    assert _typed(spec) == [expected]


def test_a_compound_alone_matches_no_cameo_pattern():
    # "return fire" is an Assault (CAMEO 190), but fire engines returned are no fire: only the
    # lexicon's own rows look at a compound alone ("halted mediation efforts")
    assert _typed(
        "Crews/NOUN/nsubj/1/crew returned/VERB/ROOT/1/return the/DET/det/4 fire/NOUN/compound/4 "
        "engines/NOUN/dobj/1/engine"
    ) == [None]
    assert _typed(
        "Troops/NOUN/nsubj/1/troop returned/VERB/ROOT/1/return fire/NOUN/dobj/1/fire"
    ) == ["Assault"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a material act needs an actor or a physical thing as target: an abstraction (WordNet's
        # commonest senses, ontology/abstract_nouns.tsv) makes it figurative
        (
            "The/DET/det/1 government/NOUN/nsubj/2 blocked/VERB/ROOT/2/block the/DET/det/4 "
            "sale/NOUN/dobj/2/sale",
            None,
        ),
        (
            "The/DET/det/1 government/NOUN/nsubj/2 blocked/VERB/ROOT/2/block the/DET/det/4 "
            "convoy/NOUN/dobj/2/convoy",
            "Coerce",
        ),
        (
            "Bombs/NOUN/nsubj/1/bomb shattered/VERB/ROOT/1/shatter the/DET/det/3 peace/NOUN/dobj/1",
            None,
        ),
        (
            "Bombs/NOUN/nsubj/1/bomb shattered/VERB/ROOT/1/shatter the/DET/det/3 "
            "building/NOUN/dobj/1",
            "Assault",
        ),
        # owned by a named party, the act is aimed at that party
        (
            "Moscow/PROPN/nsubj/1 blocked/VERB/ROOT/1/block Yukos/PROPN/poss/4 ’s/PART/case/2 "
            "sale/NOUN/dobj/1/sale",
            "Coerce",
        ),
        # a passive's subject is its target
        (
            "The/DET/det/1 sale/NOUN/nsubjpass/3 was/AUX/auxpass/3 blocked/VERB/ROOT/3/block "
            "by/ADP/agent/3 Moscow/PROPN/pobj/4",
            None,
        ),
        # the object that is the event itself is no target ("imposed a curfew")
        ("Police/NOUN/nsubj/1 imposed/VERB/ROOT/1/impose a/DET/det/3 curfew/NOUN/dobj/1", "Coerce"),
        # "without trial": no target (non_target_prepositions)
        (
            "Police/NOUN/nsubj/1 detained/VERB/ROOT/1/detain without/ADP/prep/1 trial/NOUN/pobj/2",
            "Coerce",
        ),
    ],
)
def test_a_material_act_needs_a_physical_target(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a failure word negates what was to be done (failure_words): no agreement reached
        (
            "Israel/PROPN/nsubj/1 failed/VERB/ROOT/1/fail to/PART/aux/3 reach/VERB/xcomp/1/reach "
            "agreement/NOUN/dobj/3/agreement",
            "Reject",
        ),
        ("Hitler/PROPN/nsubj/1 failed/VERB/ROOT/1/fail", None),  # alone, no refusal
        # calling a thing is no consultation (party_object_verbs); a phrasal verb is its own
        ("Oaten/PROPN/nsubj/1 called/VERB/ROOT/1/call the/DET/det/3 change/NOUN/dobj/1", None),
        ("Putin/PROPN/nsubj/1 called/VERB/ROOT/1/call Bush/PROPN/dobj/1", "Consult"),
        (
            "Unions/NOUN/nsubj/1/union called/VERB/ROOT/1/call off/ADP/prt/1 the/DET/det/4 "
            "strike/NOUN/dobj/1",
            "Concede",
        ),
        # material cooperation needs a thing or a party too; an abstraction's "of" names it
        (
            "Banks/NOUN/nsubj/1/bank financed/VERB/ROOT/1/finance the/DET/det/3 "
            "growth/NOUN/dobj/1/growth",
            None,
        ),
        (
            "Banks/NOUN/nsubj/1/bank financed/VERB/ROOT/1/finance the/DET/det/3 "
            "army/NOUN/dobj/1/army",
            "Aid",  # financing is material aid (PLOVER's AID: money)
        ),
        (
            "Doctors/NOUN/nsubj/1/doctor delivered/VERB/ROOT/1/deliver $/SYM/nmod/3 "
            "worth/NOUN/dobj/1/worth of/ADP/prep/3 medicine/NOUN/pobj/4",
            "Aid",
        ),
    ],
)
def test_failures_calls_and_what_cooperation_is_done_to(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("verb", "obj", "expected"),
    [
        # CAMEO 08: ending a restriction takes the restriction's class, not the verb's
        ("cancelled/VERB/ROOT/1/cancel", "restrictions/NOUN/dobj/1/restriction", "Concede"),
        ("eased/VERB/ROOT/1/ease", "measures/NOUN/dobj/1/measure", "Concede"),
        ("lifted/VERB/ROOT/1/lift", "ban/NOUN/dobj/1/ban", "Concede"),
        ("lifted/VERB/ROOT/1/lift", "sanctions/NOUN/dobj/1/sanction", "Retreat"),
        ("scrapped/VERB/ROOT/1/scrap", "curfew/NOUN/dobj/1/curfew", "Retreat"),
        ("ended/VERB/ROOT/1/end", "siege/NOUN/dobj/1/siege", "Retreat"),
        ("cancelled/VERB/ROOT/1/cancel", "contract/NOUN/dobj/1/contract", None),  # no restriction
        ("imposed/VERB/ROOT/1/impose", "restrictions/NOUN/dobj/1/restriction", "Coerce"),
    ],
)
def test_lifting_a_restriction_takes_the_restriction_class(verb, obj, expected):
    assert _typed(f"Serbia/PROPN/nsubj/1 {verb} {obj}") == [expected]


def test_lifting_looks_through_of_and_a_passive():
    assert _typed(
        "Serbia/PROPN/nsubj/1 lifted/VERB/ROOT/1/lift the/DET/det/3 state/NOUN/dobj/1/state "
        "of/ADP/prep/3 emergency/NOUN/pobj/4/emergency"
    ) == ["Retreat"]
    doc = parse(
        "The/DET/det/1 sanctions/NOUN/nsubjpass/3/sanction were/AUX/auxpass/3/be "
        "lifted/VERB/ROOT/3/lift by/ADP/agent/3 Washington/PROPN/pobj/4"
    )
    lex = Lexicon.load()
    found = [classify(ext, doc, lex) for ext in clauses(doc)]
    assert [t.event_type for t in found] == ["Retreat"]
    assert found[0].sense.cameo == "085" and found[0].sense.context == "economic"


def test_refusing_to_lift_a_restriction_is_a_rejection():
    assert _typed(
        "Washington/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 lift/VERB/xcomp/1/lift "
        "sanctions/NOUN/dobj/3/sanction"
    ) == ["Reject"]


@pytest.mark.parametrize(
    ("verb", "noun", "expected"),
    [
        # the noun of a speech act takes its verb's class
        ("issued/VERB/ROOT/1/issue", "denial/NOUN/dobj/1/denial", "Reject"),
        ("made/VERB/ROOT/1/make", "offer/NOUN/dobj/1/offer", "Agree"),
        ("lodged/VERB/ROOT/1/lodge", "objection/NOUN/dobj/1/objection", "Reject"),
        ("issued/VERB/ROOT/1/issue", "rebuke/NOUN/dobj/1/rebuke", "Accuse"),
        ("made/VERB/ROOT/1/make", "plea/NOUN/dobj/1/plea", "Request"),
        ("issued/VERB/ROOT/1/issue", "reminder/NOUN/dobj/1/reminder", "Say"),
    ],
)
def test_a_light_verb_takes_the_class_of_a_speech_noun(verb, noun, expected):
    assert _typed(f"Iran/PROPN/nsubj/1 {verb} {noun}") == [expected]


@pytest.mark.parametrize(
    ("aux", "expected"),
    [("must/AUX/aux/9/must", "Request"), ("will/AUX/aux/9/will", "Say")],
)
def test_a_speech_noun_whose_content_says_what_must_be_done_is_a_request(aux, expected):
    doc = parse(
        "Chirac/PROPN/nsubj/1 issued/VERB/ROOT/1/issue a/DET/det/3 reminder/NOUN/dobj/1/reminder "
        "to/ADP/dative/1 Iraq/PROPN/pobj/4 that/SCONJ/mark/9 it/PRON/nsubj/9 "
        f"{aux} cooperate/VERB/acl/3/cooperate"
    )
    lex = Lexicon.load()
    issued = next(ext for ext in clauses(doc) if ext.trigger == 1)
    assert classify(issued, doc, lex).event_type == expected


@pytest.mark.parametrize(
    ("control", "expected"),
    [
        ("promised/VERB/ROOT/1/promise", "Agree"),  # the election itself has no class
        ("refused/VERB/ROOT/1/refuse", "Reject"),
    ],
)
def test_a_control_word_reads_a_light_verb_with_its_noun(control, expected):
    # the light verb's noun is read before the control word: "promised to hold elections"
    assert _typed(
        f"Iran/PROPN/nsubj/1 {control} to/PART/aux/3 hold/VERB/xcomp/1/hold "
        "elections/NOUN/dobj/3/election"
    ) == [expected]
    assert _typed(
        f"Iran/PROPN/nsubj/1 {control} to/PART/aux/3 hold/VERB/xcomp/1/hold talks/NOUN/dobj/3/talk"
    ) == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # CAMEO2PLOVER's code where PETRARCH2's block gives another
        ("Norway/PROPN/nsubj/1 mediated/VERB/ROOT/1/mediate", "Consult"),
        (
            "rebels/NOUN/nsubj/1/rebel surrendered/VERB/ROOT/1/surrender to/ADP/prep/1 "
            "troops/NOUN/pobj/2/troop",
            "Retreat",
        ),
        (
            "Blair/PROPN/nsubj/1 surrendered/VERB/ROOT/1/surrender a/DET/det/3 veto/NOUN/dobj/1",
            "Concede",
        ),
        ("Blair/PROPN/nsubj/1 telephoned/VERB/ROOT/1/telephone Bush/PROPN/dobj/1", "Consult"),
        (
            "Cuba/PROPN/nsubj/1 turned/VERB/ROOT/1/turn down/ADP/prt/1 the/DET/det/4 "
            "offer/NOUN/dobj/1",
            "Reject",
        ),
        (
            "Workers/NOUN/nsubj/1/worker went/VERB/ROOT/1/go on/ADP/prep/1 strike/NOUN/pobj/2",
            "Protest",
        ),
        (
            "Israel/PROPN/nsubj/1 recalled/VERB/ROOT/1/recall its/PRON/poss/3 "
            "ambassador/NOUN/dobj/1",
            "Sanction",
        ),
        (
            "Iraq/PROPN/nsubj/1 allowed/VERB/ROOT/1/allow UN/PROPN/compound/3 "
            "inspectors/NOUN/dobj/1/inspector",
            "Retreat",
        ),
        ("Iraq/PROPN/nsubj/1 allowed/VERB/ROOT/1/allow visits/NOUN/dobj/1/visit", None),
    ],
)
def test_verbs_coded_as_cameo2plover_codes_them(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("verb", "noun", "expected"),
    [
        ("provided/VERB/ROOT/2/provide", "loan", "Aid"),  # a light verb of giving
        ("delivered/VERB/ROOT/2/deliver", "loan", "Aid"),
        ("staged/VERB/ROOT/2/stag", "rally", "Protest"),  # spaCy's lemma of "staged"
    ],
)
def test_a_light_verb_takes_its_noun_class(verb, noun, expected):
    spec = f"The/DET/det/1 Bank/PROPN/nsubj/2 {verb} a/DET/det/4 {noun}/NOUN/dobj/2"
    assert _typed(spec) == [expected]


@pytest.mark.parametrize("doer", ["bomber", "kidnapper", "attacker"])
def test_a_violent_doer_named_by_a_common_noun_can_assault(doer):
    assert _typed(f"A/DET/det/1 {doer}/NOUN/nsubj/2 killed/VERB/ROOT/2/kill five/NUM/dobj/2") == [
        "Assault"
    ]


@pytest.mark.parametrize(
    ("obj", "ents", "expected"),
    [
        ("party/NOUN/dobj/1/party", {}, "Coerce"),  # a restriction on a party (CAMEO 172)
        ("candidates/NOUN/dobj/1/candidate", {}, "Coerce"),
        ("Iraq/PROPN/dobj/1", {"2": "GPE"}, "Sanction"),  # a state: relations cut
        ("diplomats/NOUN/dobj/1/diplomat", {}, "Sanction"),  # its envoys too (166)
        ("imports/NOUN/dobj/1/import", {}, "Sanction"),  # goods
    ],
)
def test_a_ban_on_a_party_is_coercion_on_a_state_or_goods_a_sanction(obj, ents, expected):
    doc = parse(f"Museveni/PROPN/nsubj/1 banned/VERB/ROOT/1/ban {obj}", ents=ents)
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("subject", "ents", "expected"),
    [
        # the passive's subject is the one banned: "Bank of America has been banned from suing"
        ("Bank/PROPN/nsubjpass/2", {"0": "ORG"}, "Coerce"),
        ("party/NOUN/nsubjpass/2/party", {}, "Coerce"),
        ("Iraq/PROPN/nsubjpass/2", {"0": "GPE"}, "Sanction"),  # a state: relations cut
    ],
)
def test_a_party_banned_in_the_passive_is_coerced(subject, ents, expected):
    spec = (
        f"{subject} was/AUX/auxpass/2/be banned/VERB/ROOT/2/ban/VBN from/ADP/prep/2 "
        "the/DET/det/5 case/NOUN/pobj/3"
    )
    doc = parse(spec, ents=ents)
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("Albanians/PROPN/dobj/1/Albanians", "Coerce"),  # people (CAMEO 174)
        ("diplomats/NOUN/dobj/1/diplomat", "Sanction"),  # envoys (166)
        ("ambassador/NOUN/dobj/1/ambassador", "Sanction"),
    ],
)
def test_expelling_people_coerces_expelling_envoys_cuts_relations(obj, expected):
    assert _typed(f"Troops/NOUN/nsubj/1/troop expelled/VERB/ROOT/1/expel {obj}") == [expected]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("shelled/VERB/ROOT/2/shell", "Assault"),  # a means of violence is never figurative
        ("bombed/VERB/ROOT/2/bomb", "Assault"),
        ("attacked/VERB/ROOT/2/attack", "Accuse"),  # "attacked his position": words
    ],
)
def test_only_a_verb_that_may_be_figurative_attacks_a_position_in_words(verb, expected):
    assert _typed(
        f"Government/NOUN/compound/1 forces/NOUN/nsubj/2/force {verb} rebel/NOUN/compound/4 "
        "positions/NOUN/dobj/2/position"
    ) == [expected]


def test_a_light_verb_looks_through_a_sum_of_money():
    doc = parse(
        "Washington/PROPN/nsubj/1 gave/VERB/ROOT/1/give $/SYM/quantmod/4 10/NUM/compound/4 "
        "million/NUM/dobj/1/million in/ADP/prep/4 aid/NOUN/pobj/5/aid",
        ents={"2-4": "MONEY"},
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == ["Aid"]


def test_a_phrasal_verb_is_no_light_verb():
    # "gave in to the demands" yields (Concede); "give" + "demands" would be a Request
    assert _typed(
        "Iran/PROPN/nsubj/1 gave/VERB/ROOT/1/give in/ADP/prt/1 to/ADP/prep/1 the/DET/det/5 "
        "demands/NOUN/pobj/3/demand"
    ) == ["Concede"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # PLOVER's RETREAT: "withdraw, release, ..., resign"; the parser's adverb as particle
        ("Blair/PROPN/nsubj/1 resigned/VERB/ROOT/1/resign", "Retreat"),
        ("Blair/PROPN/nsubj/1 stepped/VERB/ROOT/1/step down/ADV/advmod/1", "Retreat"),
        (
            "Rebels/NOUN/nsubj/1/rebel freed/VERB/ROOT/1/free hostages/NOUN/dobj/1/hostage",
            "Retreat",
        ),
        ("Blair/PROPN/nsubj/1 stepped/VERB/ROOT/1/step back/ADV/advmod/1", None),
    ],
)
def test_resigning_and_freeing_are_retreats(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Arabs/PROPN/nsubj/1 broke/VERB/ROOT/1/break diplomatic/ADJ/amod/3 "
            "ties/NOUN/dobj/1/tie",
            "Sanction",  # reduce relations (161)
        ),
        ("Arabs/PROPN/nsubj/1 broke/VERB/ROOT/1/break the/DET/det/3 record/NOUN/dobj/1", None),
        (
            "Iran/PROPN/nsubj/1 broke/VERB/ROOT/1/break off/ADP/prt/1 talks/NOUN/dobj/1/talk",
            "Sanction",  # halt negotiations (164)
        ),
        (
            "Greece/PROPN/nsubj/1 closed/VERB/ROOT/1/close its/PRON/poss/3 embassy/NOUN/dobj/1",
            "Sanction",
        ),
        ("India/PROPN/nsubj/1 moved/VERB/ROOT/1/move troops/NOUN/dobj/1/troop", "Mobilize"),
        (
            "Israel/PROPN/nsubj/1 handed/VERB/ROOT/1/hand over/ADP/prt/1 the/DET/det/4 "
            "town/NOUN/dobj/1",
            "Retreat",
        ),
        (
            "Cairo/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/ADP/prep/1 the/DET/det/4 "
            "demands/NOUN/pobj/2/demand",
            "Concede",  # accede to demands (083)
        ),
    ],
)
def test_verb_and_object_rows_of_reduced_relations_and_yielding(spec, expected):
    assert _typed(spec) == [expected]


def test_a_motion_verb_on_a_visit_is_consult():
    assert _typed(
        "Rafsanjani/PROPN/nsubj/1 arrived/VERB/ROOT/1/arrive on/ADP/prep/1 a/DET/det/4 "
        "visit/NOUN/pobj/2"
    ) == ["Consult"]


def test_a_preposition_without_an_object_is_a_particle():
    # "pulled out of the town": "out" has no object, "pull out" is the lexicon's phrasal verb
    assert _typed(
        "Troops/NOUN/nsubj/1/troop pulled/VERB/ROOT/1/pull out/ADP/prep/1 of/ADP/prep/2 "
        "the/DET/det/5 town/NOUN/pobj/3"
    ) == ["Retreat"]


def test_a_passive_light_verb_takes_the_class_of_its_subject():
    doc = parse(
        "An/DET/det/1 investigation/NOUN/nsubjpass/3 was/AUX/auxpass/3/be "
        "opened/VERB/ROOT/3/open by/ADP/agent/3 prosecutors/NOUN/pobj/4/prosecutor"
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == ["Accuse"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Police/NOUN/nsubj/1 shut/VERB/ROOT/1/shut down/ADP/prt/1 two/NUM/nummod/4 "
            "newspapers/NOUN/dobj/1/newspaper",
            "Coerce",  # restrictions on expression (1721)
        ),
        (
            "Labour/PROPN/nsubj/1 withdrew/VERB/ROOT/1/withdraw from/ADP/prep/1 the/DET/det/4 "
            "coalition/NOUN/pobj/2",
            "Sanction",  # reduce relations (160), not a military withdrawal
        ),
        (
            "Troops/NOUN/nsubj/1/troop withdrew/VERB/ROOT/1/withdraw from/ADP/prep/1 "
            "the/DET/det/4 town/NOUN/pobj/2",
            "Retreat",
        ),
    ],
)
def test_closing_papers_and_leaving_coalitions(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("supplies/NOUN/dobj/1/supply/NNS", "Sanction"),  # what passes between parties
        ("supply/NOUN/dobj/1/supply/NN", None),  # the singular is an amount
    ],
)
def test_plural_traded_nouns_count_things(obj, expected):
    doc = parse(f"Russia/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend {obj}", ents={"0": "GPE"})
    lex = Lexicon.load()
    # a state's supplies cut off its partners; a firm's own trade halted is none
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Army/NOUN/nsubj/1 imposed/VERB/ROOT/1/impose martial/ADJ/amod/3 law/NOUN/dobj/1",
            "Coerce",  # the adjective names the event; "law" is then no verbal target
        ),
        (
            "Junta/PROPN/nsubj/1 placed/VERB/ROOT/1/place the/DET/det/3 leader/NOUN/dobj/1 "
            "under/ADP/prep/1 house/NOUN/compound/6 arrest/NOUN/pobj/4",
            "Coerce",  # a verb + preposition + noun idiom beside the object
        ),
        (
            "Iran/PROPN/nsubj/1 put/VERB/ROOT/1/put its/PRON/poss/3 forces/NOUN/dobj/1/force "
            "on/ADP/prep/1 full/ADJ/amod/6 alert/NOUN/pobj/4",
            "Mobilize",
        ),
        (
            "King/PROPN/nsubj/1 received/VERB/ROOT/1/receive the/DET/det/3 envoy/NOUN/dobj/1",
            "Consult",
        ),
        (
            "King/PROPN/nsubj/1 received/VERB/ROOT/1/receive a/DET/det/3 letter/NOUN/dobj/1",
            None,  # receiving is hosting a party only
        ),
        (
            "Cypriots/PROPN/nsubj/1 voted/VERB/ROOT/1/vote against/ADP/prep/1 the/DET/det/4 "
            "plan/NOUN/pobj/2",
            "Reject",
        ),
        (
            "Turkey/PROPN/nsubj/1 closed/VERB/ROOT/1/close its/PRON/poss/3 airspace/NOUN/dobj/1",
            "Coerce",  # restrict movement (191)
        ),
        (
            "Cairo/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 hold/VERB/xcomp/1/hold "
            "a/DET/det/5 referendum/NOUN/dobj/3",
            "Agree",  # the referendum has no class of its own
        ),
    ],
)
def test_idioms_adjectives_and_hosts(spec, expected):
    assert _typed(spec) == [expected]


def test_a_sum_of_money_in_any_currency_is_looked_through():
    doc = parse(
        "Brussels/PROPN/nsubj/1 allocated/VERB/ROOT/1/allocate 20/NUM/nummod/4 "
        "million/NUM/compound/4 euros/NOUN/dobj/1/euro in/ADP/prep/4 aid/NOUN/pobj/5",
        ents={"2-4": "MONEY"},
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == ["Aid"]


def test_a_warning_of_a_light_verb_with_a_conflict_noun_threatens():
    doc = parse(
        "Turkey/PROPN/nsubj/1 warned/VERB/ROOT/1/warn Syria/PROPN/dobj/1 that/SCONJ/mark/6 "
        "it/PRON/nsubj/6 would/AUX/aux/6 take/VERB/ccomp/1/take military/ADJ/amod/8 "
        "action/NOUN/dobj/6"
    )
    lex = Lexicon.load()
    warned = next(ext for ext in clauses(doc) if ext.trigger == 1)
    assert classify(warned, doc, lex).event_type == "Threaten"


@pytest.mark.parametrize(
    ("group", "members", "expected"),
    [
        ("mission", "observers/NOUN/pobj/4/observer", "Retreat"),  # receive inspectors (0862)
        ("delegation", "ministers/NOUN/pobj/4/minister", "Consult"),  # host a visit (043)
    ],
)
def test_receiving_a_group_is_receiving_its_members(group, members, expected):
    assert _typed(
        f"Tanaev/PROPN/nsubj/1 received/VERB/ROOT/1/receive a/DET/det/3 {group}/NOUN/dobj/1 "
        f"of/ADP/prep/3 {members}"
    ) == [expected]


def test_a_control_word_needs_no_object_of_the_controlled_verbs_kind():
    # "recognised the results" is no recognition (a party object), but refusing to is a refusal
    assert _typed(
        "Junta/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 "
        "recognise/VERB/xcomp/1/recognise the/DET/det/5 results/NOUN/dobj/3/result"
    ) == ["Reject"]
    assert _typed(
        "Junta/PROPN/nsubj/1 recognised/VERB/ROOT/1/recognise the/DET/det/3 "
        "results/NOUN/dobj/1/result"
    ) == [None]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Iran/PROPN/nsubj/1 cut/VERB/ROOT/1/cut off/ADP/prt/1 exports/NOUN/dobj/1/export "
            "to/ADP/prep/3 Holland/PROPN/pobj/4",
            "Sanction",
        ),
        (
            "Iran/PROPN/nsubj/1 halted/VERB/ROOT/1/halt flights/NOUN/dobj/1/flight "
            "to/ADP/prep/1 Israel/PROPN/pobj/3",
            "Sanction",
        ),
        (
            "Merck/PROPN/nsubj/1 stopped/VERB/ROOT/1/stop sales/NOUN/dobj/1/sale "
            "of/ADP/prep/2 Vioxx/PROPN/pobj/3",
            None,  # no other party is cut off
        ),
        (
            "Iran/PROPN/nsubj/1 stopped/VERB/ROOT/1/stop the/DET/det/3 car/NOUN/dobj/1 "
            "to/ADP/prep/1 Israel/PROPN/pobj/4",
            None,  # nothing traded
        ),
        # a firm's own trade halted sanctions no one, though the verb alone is a Sanction
        (
            "Wal/PROPN/nsubj/2 has/AUX/aux/2 suspended/VERB/ROOT/2/suspend gun/NOUN/compound/4 "
            "sales/NOUN/dobj/2/sale in/ADP/prep/4 California/PROPN/pobj/5",
            None,
        ),
        (
            "Iran/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend Japan/PROPN/poss/4 's/PART/case/2 "
            "exports/NOUN/dobj/1/export",
            "Sanction",  # a party's trade is cut
        ),
    ],
)
def test_stopping_what_passes_between_parties_is_a_sanction(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "Police/NOUN/nsubj/1 rounded/VERB/ROOT/1/round up/ADP/prt/1 "
            "militants/NOUN/dobj/1/militant",
            "Coerce",
        ),
        (
            "Police/NOUN/nsubj/1 carried/VERB/ROOT/1/carry out/ADP/prt/1 a/DET/det/5 "
            "joint/ADJ/amod/5 operation/NOUN/dobj/1",
            "Cooperate",  # a light phrasal verb and an adjective's event
        ),
        (
            "Demonstrators/NOUN/nsubj/1/demonstrator burned/VERB/ROOT/1/burn "
            "flags/NOUN/dobj/1/flag",
            "Protest",
        ),
        (
            "Workers/NOUN/nsubj/1/worker walked/VERB/ROOT/1/walk off/ADP/prt/1 the/DET/det/4 "
            "job/NOUN/dobj/1",
            "Protest",
        ),
        (
            "WFP/PROPN/nsubj/1 delivered/VERB/ROOT/1/deliver 500/NUM/nummod/3 "
            "tonnes/NOUN/dobj/1/tonne of/ADP/prep/3 food/NOUN/pobj/4 to/ADP/prep/1 "
            "Somalia/PROPN/pobj/6",
            "Aid",  # a counted measure is looked through to what is delivered
        ),
    ],
)
def test_arrests_joint_operations_and_street_protests(spec, expected):
    assert _typed(spec)[0] == expected


def test_a_rifle_shot_may_be_words_a_bombing_never():
    assert _typed(
        "Labour/PROPN/nsubj/1 fired/VERB/ROOT/1/fire at/ADP/prep/1 Tory/PROPN/compound/4 "
        "plans/NOUN/pobj/2/plan"
    ) != ["Assault"]


@pytest.mark.parametrize(
    ("subject", "rest", "expected"),
    [
        ("workers/NOUN/nsubj/1/worker/NNS", "", "Protest"),  # "workers struck": a strike
        ("union/NOUN/nsubj/1/union", "", "Protest"),
        ("jets/NOUN/nsubj/1/jet/NNS", "", "Assault"),  # "jets struck": an air strike
        # with an object the strike is on someone: "workers struck the guard"
        ("workers/NOUN/nsubj/1/worker/NNS", "guard/NOUN/dobj/1/guard", "Assault"),
    ],
)
def test_working_people_striking_strike(subject, rest, expected):
    assert _typed(f"{subject} struck/VERB/ROOT/1/strike {rest}".strip())[0] == expected


def test_a_count_of_working_people_strikes():
    spec = (
        "Millions/NOUN/nsubj/3/million/NNS of/ADP/prep/0 workers/NOUN/pobj/1/worker/NNS "
        "struck/VERB/ROOT/3/strike"
    )
    assert _typed(spec)[0] == "Protest"


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        # "could help force prices lower", "had forced the changes": no one coerced
        ("prices/NOUN/dobj/1/price/NNS", None),
        ("changes/NOUN/dobj/1/change/NNS", None),
        ("government/NOUN/dobj/1/government", "Coerce"),
        ("him/PRON/dobj/1/he", "Coerce"),
    ],
)
def test_forcing_needs_a_party(obj, expected):
    assert _typed(f"Stockpiles/NOUN/nsubj/1/stockpile/NNS forced/VERB/ROOT/1/force {obj}")[0] == (
        expected
    )


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        # "forced the sale of Yugansk", "of Yukos' asset": the owner is coerced
        ("of/ADP/prep/3 Yugansk/PROPN/pobj/4", "Coerce"),
        ("of/ADP/prep/3 Yukos/PROPN/poss/7 '/PART/case/5 asset/NOUN/pobj/4", "Coerce"),
        # "forced the development of a system": no one
        ("of/ADP/prep/3 systems/NOUN/pobj/4/system/NNS", None),
    ],
)
def test_forcing_a_party_s_thing_coerces_its_owner(owner, expected):
    spec = f"Russia/PROPN/nsubj/1 forced/VERB/ROOT/1/force the/DET/det/3 sale/NOUN/dobj/1 {owner}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("prep", "expected"),
    [
        # "pushed through three rate rises": a measure carried, no one pressed
        ("through", None),
        ("for", "Request"),  # "pushed for reform": a demand
    ],
)
def test_pushing_a_measure_through_is_no_request(prep, expected):
    spec = f"Fed/PROPN/nsubj/1 pushed/VERB/ROOT/1/push {prep}/ADP/prep/1 rises/NOUN/pobj/2/rise/NNS"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "protesters stormed the chamber": a violent protest, no armed attack
        ("protesters/NOUN/nsubj/1/protester/NNS", "Protest"),
        ("demonstrators/NOUN/nsubj/1/demonstrator/NNS", "Protest"),
        ("troops/NOUN/nsubj/1/troop/NNS", "Assault"),
    ],
)
def test_protesters_attacking_protest(subject, expected):
    spec = f"{subject} stormed/VERB/ROOT/1/storm the/DET/det/3 building/NOUN/dobj/1/building"
    assert _typed(spec)[0] == expected


def test_a_count_of_protesters_protests_and_police_attacking_them_assault():
    spec = (
        "Eight/NUM/nummod/1 protesters/NOUN/nsubj/2/protester/NNS "
        "attacked/VERB/ROOT/2/attack police/NOUN/dobj/2/police/NNS"
    )
    assert _typed(spec)[0] == "Protest"
    spec = (
        "Police/NOUN/nsubj/1/police/NNS attacked/VERB/ROOT/1/attack "
        "protesters/NOUN/dobj/1/protester/NNS"
    )
    assert _typed(spec)[0] == "Assault"


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # "said they need to rethink the bill": what must be done, a demand
        ("need/VERB/ccomp/1/need/VBP", "Request"),
        # "said they want to rethink the bill": their intention, no demand
        ("want/VERB/ccomp/1/want/VBP", "Say"),
    ],
)
def test_saying_what_others_need_to_do_is_a_request(verb, expected):
    spec = (
        f"Oaten/PROPN/nsubj/1 said/VERB/ROOT/1/say they/PRON/nsubj/3 {verb} to/PART/aux/5/to/TO "
        "rethink/VERB/xcomp/3/rethink/VB bill/NOUN/dobj/5/bill"
    )
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "warned that using back taxes was a mistake": a criticism
        ("was/AUX/ccomp/1/be/VBD mistake/NOUN/attr/3/mistake", "Accuse"),
        # "said the sale had been badly handled": blame in the manner
        ("was/AUX/auxpass/4/be/VBD handled/VERB/ccomp/1/handle/VBN badly/ADV/advmod/4", "Accuse"),
        ("was/AUX/ccomp/1/be/VBD success/NOUN/attr/3/success", "Say"),  # praise, no blame
        # "said the sale was not a mistake": blames no one
        ("was/AUX/ccomp/1/be/VBD not/PART/neg/3 mistake/NOUN/attr/3/mistake", "Say"),
    ],
)
def test_saying_a_thing_was_badly_done_is_an_accusation(content, expected):
    spec = f"Gref/PROPN/nsubj/1 said/VERB/ROOT/1/say sale/NOUN/nsubj/3/sale {content}"
    if "handled" in content:
        spec = spec.replace("sale/NOUN/nsubj/3", "sale/NOUN/nsubjpass/4")
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "ministers would detain suspects": a hypothetical act keeps its class, no threat
        (
            "ministers/NOUN/nsubj/2/minister/NNS would/AUX/aux/2/would/MD "
            "detain/VERB/ROOT/2/detain/VB suspects/NOUN/dobj/2/suspect/NNS",
            "Coerce",
        ),
        # "suspects would be detained by ministers": the passive's agent does it
        (
            "suspects/NOUN/nsubjpass/3/suspect/NNS would/AUX/aux/3/would/MD be/AUX/auxpass/3/be/VB "
            "detained/VERB/ROOT/3/detain/VBN by/ADP/agent/3 ministers/NOUN/pobj/4/minister/NNS",
            "Coerce",
        ),
        # "suspects would be detained": no one is named to do it, no event
        (
            "suspects/NOUN/nsubjpass/3/suspect/NNS would/AUX/aux/3/would/MD be/AUX/auxpass/3/be/VB "
            "detained/VERB/ROOT/3/detain/VBN",
            None,
        ),
    ],
)
def test_a_hypothetical_act_needs_a_doer(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("police/NOUN/nsubj/1/police held/VERB/ROOT/1/hold men/NOUN/dobj/1/man/NNS", "Coerce"),
        # "Letwin holding a blackboard": nobody detained
        ("Letwin/PROPN/nsubj/1 held/VERB/ROOT/1/hold blackboard/NOUN/dobj/1/blackboard", None),
        ("men/NOUN/nsubjpass/2/man/NNS were/AUX/auxpass/2/be held/VERB/ROOT/2/hold/VBN", "Coerce"),
        # "a civil ceremony to be held at Windsor Castle"
        (
            "ceremony/NOUN/nsubjpass/2/ceremony was/AUX/auxpass/2/be held/VERB/ROOT/2/hold/VBN",
            None,
        ),
        # a light verb's event is the noun's: "Iran held talks"
        ("Iran/PROPN/nsubj/1 held/VERB/ROOT/1/hold talks/NOUN/dobj/1/talk/NNS", "Consult"),
    ],
)
def test_holding_detains_only_a_party(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "the men agreed he was brilliant": a view shared, no agreement to act
        ("he/PRON/nsubj/3 was/AUX/ccomp/1/be brilliant/ADJ/acomp/3", None),
        # "agreed to the changes": an event, giving way (the lexicon's "agree to change")
        ("to/ADP/prep/1 changes/NOUN/pobj/2/change/NNS", "Concede"),
        ("to/ADP/prep/1 talks/NOUN/pobj/2/talk/NNS", "Agree"),  # "agreed to talks"
    ],
)
def test_agreeing_that_something_is_so_is_no_agreement(rest, expected):
    assert _typed(f"men/NOUN/nsubj/1/man/NNS agreed/VERB/ROOT/1/agree {rest}")[0] == expected


@pytest.mark.parametrize(
    ("doer", "expected"),
    [
        ("airlines/NOUN/nsubj/1/airline/NNS", None),  # "low-cost airlines hit Eurotunnel"
        ("Russia/PROPN/nsubj/1/Russia", None),  # "Russia hit Yukos": a party, harm at large
        ("jets/NOUN/nsubj/1/jet/NNS", "Assault"),  # violence's means: an air strike
        ("bomb/NOUN/nsubj/1/bomb", "Assault"),
        ("rebels/NOUN/nsubj/1/rebel/NNS", "Assault"),  # armed men
    ],
)
def test_hitting_is_an_assault_only_by_violence_or_its_means(doer, expected):
    assert _typed(f"{doer} hit/VERB/ROOT/1/hit/VBD convoy/NOUN/dobj/1/convoy")[0] == expected


def test_hitting_with_the_means_of_violence_is_an_assault():
    # "Hamas hit Israeli towns with rockets": the means are the verb's
    spec = (
        "Hamas/PROPN/nsubj/1 hit/VERB/ROOT/1/hit/VBD towns/NOUN/dobj/1/town/NNS "
        "with/ADP/prep/1 rockets/NOUN/pobj/3/rocket/NNS"
    )
    assert _typed(spec)[0] == "Assault"


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("", None),  # "the banks assisted": aid to no one (PLOVER: AID needs a recipient)
        ("farmers/NOUN/dobj/1/farmer/NNS", "Aid"),  # "the banks assisted farmers"
    ],
)
def test_aid_needs_a_recipient(rest, expected):
    spec = f"banks/NOUN/nsubj/1/bank/NNS assisted/VERB/ROOT/1/assist {rest}".strip()
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Kabul/PROPN/dobj/1", "Coerce"),  # "the Taleban took over Kabul": seized
        ("as/ADP/prep/1 chief/NOUN/pobj/3/chief", None),  # "took over as chief executive"
        ("reins/NOUN/dobj/1/rein/NNS", None),  # "took over the reins"
    ],
)
def test_taking_over_seizes_only_a_party(rest, expected):
    spec = f"Taleban/PROPN/nsubj/1 took/VERB/ROOT/1/take over/ADP/prt/1/over {rest}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Mr Howard will attack the Lib Dems": an attack in words to come, an accusation
        (
            "Howard/PROPN/nsubj/2 will/AUX/aux/2 attack/VERB/ROOT/2/attack Democrats/PROPN/dobj/2",
            {"0": "PERSON", "3": "NORP"},
            "Accuse",
        ),
        # an armed attack to come stays a threat
        (
            "Israel/PROPN/nsubj/2 will/AUX/aux/2 attack/VERB/ROOT/2/attack Gaza/PROPN/dobj/2",
            {"0": "GPE", "3": "GPE"},
            "Threaten",
        ),
    ],
)
def test_an_attack_in_words_to_come_is_an_accusation(spec, ents, expected):
    doc = parse(spec, ents=ents)
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # rules or standards imposed are regulation, a curfew imposed coerces
        ("The/DET/det/1 SEC/PROPN/nsubj/2 imposed/VERB/ROOT/2/impose rules/NOUN/dobj/2/rule", None),
        (
            "The/DET/det/1 army/NOUN/nsubj/2 imposed/VERB/ROOT/2/impose a/DET/det/4 "
            "curfew/NOUN/dobj/2/curfew",
            "Coerce",
        ),
        # pressing a case is pursuing it in court, pressing a state a request
        (
            "Menatep/PROPN/nsubj/1 pressed/VERB/ROOT/1/press its/PRON/poss/3 case/NOUN/dobj/1/case",
            "Accuse",
        ),
        # seizing on reports to attack a rival is an accusation
        (
            "Howard/PROPN/nsubj/1 seized/VERB/ROOT/1/seize on/ADP/prep/1 "
            "reports/NOUN/pobj/2/report",
            "Accuse",
        ),
        # trading in shares and ensuring a thing are no events
        (
            "Foreigners/NOUN/nsubj/1/foreigner traded/VERB/ROOT/1/trade in/ADP/prep/1 "
            "shares/NOUN/pobj/2/share",
            None,
        ),
        ("It/PRON/nsubj/1 ensures/VERB/ROOT/1/ensure stability/NOUN/dobj/1/stability", None),
    ],
)
def test_a_verb_s_object_changes_its_class(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # PETRARCH2's provide (060), engage (190) and authorise (080) are no events alone
        (
            "Firms/NOUN/nsubj/1/firm provided/VERB/ROOT/1/provide details/NOUN/dobj/1/detail",
            None,
        ),
        (
            "Politicians/NOUN/nsubj/1/politician engaged/VERB/ROOT/1/engage in/ADP/prep/1 "
            "tricks/NOUN/pobj/2/trick",
            None,
        ),
        (
            "Congress/PROPN/nsubj/1 authorised/VERB/ROOT/1/authorise a/DET/det/3 "
            "rise/NOUN/dobj/1/rise",
            None,
        ),
        # phrasal verbs: talking up the dollar praises it, callers who hang up execute no one,
        # tearing up procedures rejects them
        (
            "Officials/NOUN/nsubj/1/official talked/VERB/ROOT/1/talk up/ADP/prt/1 "
            "the/DET/det/4 dollar/NOUN/dobj/1",
            None,
        ),
        ("Callers/NOUN/nsubj/1/caller hang/VERB/ROOT/1/hang up/ADP/prt/1", None),
        (
            "Managers/NOUN/nsubj/1/manager tore/VERB/ROOT/1/tear up/ADP/prt/1 "
            "the/DET/det/4 procedures/NOUN/dobj/1/procedure",
            "Reject",
        ),
        # tearing up a railway line rejects nothing (tear's own habit, PETRARCH2's 180)
        (
            "Rebels/NOUN/nsubj/1/rebel tore/VERB/ROOT/1/tear up/ADP/prt/1 "
            "the/DET/det/5 railway/NOUN/compound/5 line/NOUN/dobj/1",
            "Assault",
        ),
        # engaging armed men is fighting them; engaging consultants no event
        (
            "Troops/NOUN/nsubj/1/troop engaged/VERB/ROOT/1/engage the/DET/det/3 "
            "rebels/NOUN/dobj/1/rebel/NNS",
            "Assault",
        ),
        (
            "Firms/NOUN/nsubj/1/firm engaged/VERB/ROOT/1/engage consultants/NOUN/dobj/1/consultant",
            None,
        ),
        # what is provided still names the event: a loan, funding
        (
            "Britain/PROPN/nsubj/1 provided/VERB/ROOT/1/provide a/DET/det/3 loan/NOUN/dobj/1 "
            "to/ADP/prep/1 Kenya/PROPN/pobj/4",
            "Aid",
        ),
        (
            "Britain/PROPN/nsubj/1 provided/VERB/ROOT/1/provide funding/NOUN/dobj/1 "
            "to/ADP/prep/1 Kenya/PROPN/pobj/3",
            "Aid",
        ),
    ],
)
def test_verbs_typed_by_habit_take_their_class_from_the_clause(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # the subject meets the conflict its object names: it is the target
        ("attracted/VERB/ROOT/1/attract criticism/NOUN/dobj/1", ("Accuse", True)),
        ("faces/VERB/ROOT/1/face accusations/NOUN/dobj/1/accusation", ("Accuse", True)),
        ("faced/VERB/ROOT/1/face sanctions/NOUN/dobj/1/sanction", ("Sanction", True)),
        ("met/VERB/ROOT/1/meet with/ADP/prep/1 criticism/NOUN/pobj/2", ("Accuse", True)),
        # nothing it meets is a conflict: no class, nothing undergone
        ("faces/VERB/ROOT/1/face problems/NOUN/dobj/1/problem", (None, False)),
        ("encountered/VERB/ROOT/1/encounter problems/NOUN/dobj/1/problem", (None, False)),
        # sanctions faced now are still to come: "Iran faces sanctions"
        ("faces/VERB/ROOT/1/face/VBZ sanctions/NOUN/dobj/1/sanction", (None, False)),
        # complaints about another: "Ofcom received complaints about the programme"
        (
            "received/VERB/ROOT/1/receive complaints/NOUN/dobj/1/complaint about/ADP/prep/2 "
            "programme/NOUN/pobj/3",
            (None, False),
        ),
    ],
)
def test_criticism_drawn_or_faced_is_an_accusation_of_the_subject(rest, expected):
    doc = parse(f"Labour/PROPN/nsubj/1 {rest}", ents={"0": "ORG"})
    (ext,) = clauses(doc)
    typed = classify(ext, doc, Lexicon.load())
    assert (typed.event_type, typed.undergone) == expected


@pytest.mark.parametrize(
    ("aux", "expected"),
    [
        # "Iran will face sanctions": the modal makes it a prospect (a future Sanction)
        ("will/AUX/aux/2/will/MD", ("Threaten", True)),
        # "Iran is likely to face sanctions": no modal, nothing met
        ("to/PART/aux/2/to/TO", (None, False)),
    ],
)
def test_a_measure_faced_in_the_bare_form_needs_a_modal(aux, expected):
    doc = parse(
        f"Iran/PROPN/nsubj/2 {aux} face/VERB/ROOT/2/face/VB sanctions/NOUN/dobj/2/sanction",
        ents={"0": "GPE"},
    )
    (ext,) = clauses(doc)
    typed = classify(ext, doc, Lexicon.load())
    assert (typed.event_type, typed.undergone) == expected


def test_criticism_drawn_in_a_question_is_none():
    # "Did Labour draw criticism?": nothing said to have happened
    doc = parse(
        "Did/AUX/aux/2/do Labour/PROPN/nsubj/2 draw/VERB/ROOT/2/draw/VB criticism/NOUN/dobj/2",
        ents={"1": "ORG"},
    )
    (ext,) = clauses(doc)
    typed = classify(ext, doc, Lexicon.load())
    assert (typed.event_type, typed.undergone) == (None, False)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("China/PROPN/nsubj/4", "Request"),  # another must act: a request
        ("we/PRON/nsubj/4", "Say"),  # "we should seek a solution": the speaker's side
        ("I/PRON/nsubj/4", "Say"),
    ],
)
def test_what_the_speaker_must_do_is_asked_of_no_one(subject, expected):
    spec = (
        f"He/PRON/nsubj/1 said/VERB/ROOT/1/say {subject} should/AUX/aux/4/should/MD "
        "seek/VERB/ccomp/1/seek/VB a/DET/det/6 solution/NOUN/dobj/4"
    )
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("obj", "ents", "expected"),
    [
        # "agreed with the NAO's assessment": a view endorsed
        ("the/DET/det/4 assessment/NOUN/pobj/2", {}, "Support"),
        # "agreed with Germany": an agreement with a party
        ("Germany/PROPN/pobj/2", {"3": "GPE"}, "Agree"),
        # "agreed with its creditors on a debt swap": a counterparty, no view
        ("its/PRON/poss/4 creditors/NOUN/pobj/2/creditor/NNS", {}, "Agree"),
        ("management/NOUN/pobj/2", {}, "Agree"),
    ],
)
def test_agreeing_with_a_view_endorses_it(obj, ents, expected):
    doc = parse(
        f"France/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree with/ADP/prep/1 {obj}",
        ents={"0": "GPE", **ents},
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("said/VERB/ROOT/1/say", "Request"),  # another must act: a request
        ("acknowledged/VERB/ROOT/1/acknowledge", "Say"),  # admitted: plain speech
        ("admitted/VERB/ROOT/1/admit", "Say"),
        # "conceded that Syria should withdraw", "confessed that": said, no concession
        ("conceded/VERB/ROOT/1/concede", "Say"),
        ("confessed/VERB/ROOT/1/confess", "Say"),
    ],
)
def test_what_is_admitted_is_plain_speech(verb, expected):
    spec = (
        f"He/PRON/nsubj/1 {verb} China/PROPN/nsubj/4 must/AUX/aux/4/must/MD "
        "drop/VERB/ccomp/1/drop/VB barriers/NOUN/dobj/4/barrier"
    )
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "giant waves killed ...", parsed as a reduced passive: a disaster is killed by no one
        ("tsunami/NOUN/compound/1 waves/NOUN/nsubjpass/3/wave/NNS", None),
        ("the/DET/det/1 soldiers/NOUN/nsubjpass/3/soldier/NNS", "Assault"),
    ],
)
def test_a_disaster_read_as_a_passive_s_subject_suffers_no_assault(subject, expected):
    assert _typed(f"{subject} were/AUX/auxpass/3/be killed/VERB/ROOT/3/kill/VBN") == [expected]


@pytest.mark.parametrize(
    ("obj", "ents", "expected"),
    [
        # one's own advisers consulted for their trade: no talks between parties
        ("his/PRON/poss/3/his/PRP$ lawyers/NOUN/dobj/1/lawyer/NNS", {}, None),
        ("leading/ADJ/amod/3/leading experts/NOUN/dobj/1/expert/NNS", {}, None),
        # a body's experts are the body's
        ("IAEA/NOUN/compound/3/iaea experts/NOUN/dobj/1/expert/NNS", {"2": "ORG"}, "Consult"),
        ("ministers/NOUN/dobj/1/minister/NNS", {}, "Consult"),
    ],
)
def test_consulting_ones_advisers_is_no_consultation(obj, ents, expected):
    doc = parse(
        f"Smith/PROPN/nsubj/1 consulted/VERB/ROOT/1/consult {obj}", ents={"0": "PERSON", **ents}
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [expected]


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        # attending is a Consult only of a meeting (attendance_verbs): a Consult noun, one of
        # gathering_nouns, a name, or nothing named; a fair or a show is none
        ("the/DET/det/3 show/NOUN/dobj/1", None),
        ("the/DET/det/3 exhibition/NOUN/dobj/1", None),
        ("the/DET/det/3 meeting/NOUN/dobj/1", "Consult"),
        ("the/DET/det/3 funeral/NOUN/dobj/1", "Consult"),
        ("Davos/PROPN/dobj/1", "Consult"),
        ("./PUNCT/punct/1", "Consult"),
    ],
)
def test_attending_is_a_consult_only_of_a_meeting(obj, expected):
    assert _typed(f"Ministers/NOUN/nsubj/1/minister attended/VERB/ROOT/1/attend {obj}") == [
        expected
    ]


@pytest.mark.parametrize(
    ("control", "expected"),
    [
        # an option weighed (deliberation_words) is neither an act nor a promise
        ("is/AUX/aux/2 considering/VERB/ROOT/2/consider/VBG", None),
        ("is/AUX/aux/2 planning/VERB/ROOT/2/plan/VBG", "Agree"),
    ],
)
def test_an_option_weighed_is_no_event(control, expected):
    doc = parse(
        f"India/PROPN/nsubj/2 {control} to/PART/aux/4 buy/VERB/xcomp/2/buy "
        "aircraft/NOUN/dobj/4 from/ADP/prep/4 Boeing/PROPN/pobj/6",
        ents={"0": "GPE", "7": "ORG"},
    )
    lex = Lexicon.load()
    buy = next(e for e in clauses(doc) if e.lemma == "buy")
    assert classify(buy, doc, lex).event_type == expected


@pytest.mark.parametrize(
    ("rest", "ents", "expected"),
    [
        # cooperation intended with no party to cooperate with is no promise to anyone
        ("more/ADV/advmod/4", {}, None),
        ("in/ADP/prep/4 India/PROPN/pobj/5", {"6": "GPE"}, "Agree"),
    ],
)
def test_an_intended_cooperation_needs_a_party(rest, ents, expected):
    doc = parse(
        "The/DET/det/1 firms/NOUN/nsubj/2/firm expect/VERB/ROOT/2/expect to/PART/aux/4 "
        f"invest/VERB/xcomp/2/invest {rest}",
        ents=ents,
    )
    lex = Lexicon.load()
    invest = next(e for e in clauses(doc) if e.lemma == "invest")
    assert classify(invest, doc, lex).event_type == expected


def test_looking_into_a_prospect_accuses_no_one():
    # investigating (CAMEO 09) is Accuse, but not of a prospect (prospect_nouns)
    doc = parse(
        "It/PRON/nsubj/2 will/AUX/aux/2 investigate/VERB/ROOT/2/investigate further/ADJ/amod/4 "
        "opportunities/NOUN/dobj/2/opportunity in/ADP/prep/4 China/PROPN/pobj/5",
        ents={"6": "GPE"},  # a place is where, no party's
    )
    lex = Lexicon.load()
    assert [classify(ext, doc, lex).event_type for ext in clauses(doc)] == [None]
    assert _typed(
        "It/PRON/nsubj/2 will/AUX/aux/2 investigate/VERB/ROOT/2/investigate the/DET/det/4 "
        "allegations/NOUN/dobj/2/allegation"
    )[0] in {"Accuse", "Threaten", "Agree"}


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # spurring is no support (a lexicon row of no class)
        ("spurred/VERB/ROOT/1/spur/VBD", None),
        ("jailed/VERB/ROOT/1/jail/VBD", "Coerce"),
    ],
)
def test_verbs_of_no_class(verb, expected):
    assert (
        _typed(f"Ministers/NOUN/nsubj/1/minister {verb} workers/NOUN/dobj/1/worker")[0] == expected
    )


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # "rejected the call, saying ...": the saying is the rejection's words
        ("rejected/VERB/ROOT/1/reject/VBD", "Reject"),
        ("defended/VERB/ROOT/1/defend/VBD", "Support"),
        ("read/VERB/ROOT/1/read/VBD", "Say"),
    ],
)
def test_a_saying_gives_the_reason_of_a_stance(verb, expected):
    doc = parse(
        f"Brown/PROPN/nsubj/1 {verb} the/DET/det/3 plan/NOUN/dobj/1/plan ,/PUNCT/punct/1 "
        "saying/VERB/advcl/1/say/VBG it/PRON/nsubj/7 was/AUX/ccomp/5/be/VBD "
        "costly/ADJ/acomp/7",
        ents={"0": "PERSON"},
    )
    lex = Lexicon.load()
    saying = next(e for e in clauses(doc) if e.lemma == "say")
    assert classify(saying, doc, lex).event_type == expected


def test_a_saying_under_a_negated_stance_stays_speech():
    doc = parse(
        "Brown/PROPN/nsubj/3 did/AUX/aux/3 not/PART/neg/3 reject/VERB/ROOT/3/reject "
        "the/DET/det/5 plan/NOUN/dobj/3/plan ,/PUNCT/punct/3 saying/VERB/advcl/3/say/VBG "
        "it/PRON/nsubj/9 was/AUX/ccomp/7/be/VBD costly/ADJ/acomp/9",
        ents={"0": "PERSON"},
    )
    lex = Lexicon.load()
    saying = next(e for e in clauses(doc) if e.lemma == "say")
    assert classify(saying, doc, lex).event_type == "Say"


@pytest.mark.parametrize(
    ("speaker", "subject", "expected"),
    [
        # "the firm said it needed to expand its capacity": the speaker's own need
        ("firm/NOUN/nsubj/2/firm", "it/PRON/nsubj/4/it/PRP", "Say"),
        # "ministers say they must act", "Mr Blair said he must act": their own side's
        ("ministers/NOUN/nsubj/2/minister/NNS", "they/PRON/nsubj/4/they/PRP", "Say"),
        ("Blair/PROPN/nsubj/2", "he/PRON/nsubj/4/he/PRP", "Say"),
        # "the firm said the government needed to act": asked of another
        ("firm/NOUN/nsubj/2/firm", "government/NOUN/nsubj/4/government", "Request"),
        # "Mr Blair said they must act": a person's "they" are others
        ("Blair/PROPN/nsubj/2", "they/PRON/nsubj/4/they/PRP", "Request"),
    ],
)
def test_a_speakers_own_obligation_reported_is_no_request(speaker, subject, expected):
    spec = f"The/DET/det/1 {speaker} said/VERB/ROOT/2/say/VBD {subject} "
    spec += "needed/VERB/ccomp/2/need/VBD to/PART/aux/6/to/TO act/VERB/xcomp/4/act/VB"
    spec = spec.replace("The/DET/det/1 Blair", "Mr/PROPN/compound/1 Blair")
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("audience", "expected"),
    [
        # "was talking to 100 teenagers", "spoke to pupils": an audience of the public
        ("teenagers/NOUN/pobj/3/teenager/NNS", None),
        ("pupils/NOUN/pobj/3/pupil/NNS", None),
        ("students/NOUN/pobj/3/student/NNS", None),
        # "was talking to ministers": partners in talks
        ("ministers/NOUN/pobj/3/minister/NNS", "Consult"),
    ],
)
def test_talking_to_an_audience_of_the_public_is_no_consultation(audience, expected):
    spec = "McConnell/PROPN/nsubj/2 was/AUX/aux/2/be talking/VERB/ROOT/2/talk/VBG "
    spec += f"to/ADP/prep/2 {audience}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("verb", "noun", "expected"),
    [
        # "repeated his call for a pause", "renewed his call": a call again is a request
        ("repeated/VERB/ROOT/1/repeat/VBD", "call/NOUN/dobj/1/call", "Request"),
        ("renewed/VERB/ROOT/1/renew/VBD", "call/NOUN/dobj/1/call", "Request"),
        # "repeated its demand" reads "reiterate demand" (CAMEO 100), "renewed its support"
        # "reiterate support" (051), "reaffirmed its threat" "reiterate threat" (130)
        ("repeated/VERB/ROOT/1/repeat/VBD", "demand/NOUN/dobj/1/demand", "Request"),
        ("renewed/VERB/ROOT/1/renew/VBD", "support/NOUN/dobj/1/support", "Support"),
        ("reaffirmed/VERB/ROOT/1/reaffirm/VBD", "threat/NOUN/dobj/1/threat", "Threaten"),
        # "renewed its contract": nothing said again
        ("renewed/VERB/ROOT/1/renew/VBD", "contract/NOUN/dobj/1/contract", None),
    ],
)
def test_a_verb_of_saying_again_reads_the_patterns_of_each(verb, noun, expected):
    spec = f"Kennedy/PROPN/nsubj/1 {verb} his/PRON/poss/3 {noun}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # PETRARCH2's blocks class verbs whose everyday sense is no event between parties
        # (lexicon rows '-'): "celebrating their 18th birthday", "was retiring", "would
        # enable the argument", "embarked on his own campaign", "benefit from", "revive its
        # fortunes"
        (
            "people/NOUN/nsubj/1/people celebrated/VERB/ROOT/1/celebrate/VBD "
            "birthdays/NOUN/dobj/1/birthday/NNS",
            None,
        ),
        ("The/DET/det/1 chief/NOUN/nsubj/2/chief retired/VERB/ROOT/2/retire/VBD", None),
        (
            "Brown/PROPN/nsubj/1 embarked/VERB/ROOT/1/embark/VBD on/ADP/prep/1 "
            "a/DET/det/4 campaign/NOUN/pobj/2/campaign",
            None,
        ),
        (
            "Mercedes/PROPN/nsubj/1 revived/VERB/ROOT/1/revive/VBD its/PRON/poss/3 "
            "fortunes/NOUN/dobj/1/fortune/NNS",
            None,
        ),
        (
            "Firms/NOUN/nsubj/1/firm benefited/VERB/ROOT/1/benefit/VBD from/ADP/prep/1 "
            "exports/NOUN/pobj/2/export/NNS",
            None,
        ),
        # a verb that needs a party as its object (party_object_verbs): "favours a February
        # poll", "to push the dollar", "prevent the break-up"; "favours Labour" keeps its class
        (
            "Blair/PROPN/nsubj/1 favours/VERB/ROOT/1/favour/VBZ a/DET/det/3 poll/NOUN/dobj/1/poll",
            None,
        ),
        ("Blair/PROPN/nsubj/1 favours/VERB/ROOT/1/favour/VBZ Labour/PROPN/dobj/1", "Support"),
        (
            "Traders/NOUN/nsubj/1/trader pushed/VERB/ROOT/1/push/VBD the/DET/det/3 "
            "dollar/NOUN/dobj/1/dollar",
            None,
        ),
        (
            "Remedies/NOUN/nsubj/1/remedy prevented/VERB/ROOT/1/prevent/VBD the/DET/det/3 "
            "sale/NOUN/dobj/1/sale",
            None,
        ),
        # a verb that needs a party acted on (party_patient_verbs): "the government
        # approaches inclusive citizenship" none, "approached the Liberals" a contact
        (
            "Government/NOUN/nsubj/1/government approached/VERB/ROOT/1/approach/VBD "
            "citizenship/NOUN/dobj/1/citizenship",
            None,
        ),
        (
            "Heath/PROPN/nsubj/1 approached/VERB/ROOT/1/approach/VBD the/DET/det/3 "
            "Liberals/PROPN/dobj/1",
            "Consult",
        ),
        # searching, finding, laments, dwelling, beating at a game: "researched the effects",
        # "investors wept", "resides in London", "bested its rivals", "beef up security"
        (
            "Scientists/NOUN/nsubj/1/scientist researched/VERB/ROOT/1/research/VBD the/DET/det/3 "
            "effects/NOUN/dobj/1/effect/NNS",
            None,
        ),
        ("Investors/NOUN/nsubj/1/investor wept/VERB/ROOT/1/weep/VBD", None),
        (
            "The/DET/det/1 chairman/NOUN/nsubj/2/chairman resides/VERB/ROOT/2/reside/VBZ "
            "in/ADP/prep/2 London/PROPN/pobj/3",
            None,
        ),
        (
            "The/DET/det/1 team/NOUN/nsubj/2/team bested/VERB/ROOT/2/best/VBD its/PRON/poss/4 "
            "rivals/NOUN/dobj/2/rival/NNS",
            None,
        ),
        (
            "Ministers/NOUN/nsubj/1/minister beefed/VERB/ROOT/1/beef/VBD up/ADP/prt/1 "
            "security/NOUN/dobj/1/security",
            None,
        ),
        (
            "Stocks/NOUN/nsubj/1/stock pushed/VERB/ROOT/1/push/VBD up/ADP/prt/1 "
            "prices/NOUN/dobj/1/price/NNS",
            None,
        ),
        # "analysts suspect that the bank will raise rates": a guess, no allegation
        (
            "Analysts/NOUN/nsubj/1/analyst suspect/VERB/ROOT/1/suspect/VBP the/DET/det/3 "
            "bank/NOUN/nsubj/5/bank will/AUX/aux/5/will raise/VERB/ccomp/1/raise "
            "rates/NOUN/dobj/5/rate/NNS",
            None,
        ),
        # "rivals grabbed market share": no one seized (party_patient_verbs)
        (
            "Rivals/NOUN/nsubj/1/rival grabbed/VERB/ROOT/1/grab/VBD market/NOUN/compound/3 "
            "share/NOUN/dobj/1/share",
            None,
        ),
    ],
)
def test_a_petrarch_verb_of_no_event_between_parties_has_no_class(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a yes-no question asserts nothing: "Should the UK approve the treaty?", "Did the
        # minister criticise the plan?"
        (
            "Should/AUX/aux/3/should/MD the/DET/det/2 UK/PROPN/nsubj/3 approve/VERB/ROOT/3/approve "
            "the/DET/det/5 treaty/NOUN/dobj/3/treaty ?/PUNCT/punct/3/?/.",
            None,
        ),
        (
            "Did/AUX/aux/3/do/VBD the/DET/det/2 minister/NOUN/nsubj/3/minister "
            "criticise/VERB/ROOT/3/criticise/VB the/DET/det/5 plan/NOUN/dobj/3/plan "
            "?/PUNCT/punct/3/?/.",
            None,
        ),
        # the same words asserted keep their class; an inversion with no question mark is none
        (
            "The/DET/det/1 minister/NOUN/nsubj/2/minister criticised/VERB/ROOT/2/criticise/VBD "
            "the/DET/det/4 plan/NOUN/dobj/2/plan ./PUNCT/punct/2/./.",
            "Accuse",
        ),
        (
            "Rarely/ADV/advmod/4/rarely has/AUX/aux/4/have/VBZ the/DET/det/3 "
            "minister/NOUN/nsubj/4/minister criticised/VERB/ROOT/4/criticise/VBN the/DET/det/6 "
            "plan/NOUN/dobj/4/plan ./PUNCT/punct/4/./.",
            "Accuse",
        ),
        # a closing quote between the clause and its question mark: "Did he criticise the
        # 'plan'?"
        (
            "Did/AUX/aux/3/do/VBD the/DET/det/2 minister/NOUN/nsubj/3/minister "
            "criticise/VERB/ROOT/3/criticise/VB the/DET/det/6 '/PUNCT/punct/6/'/`` "
            "plan/NOUN/dobj/3/plan '/PUNCT/punct/6/'/'' ?/PUNCT/punct/3/?/.",
            None,
        ),
    ],
)
def test_a_yes_no_question_asserts_no_event(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "several hundred people had gathered", "fans gathered": the public, no parties meet
        ("people/NOUN/nsubj/1/people/NNS", None),
        ("fans/NOUN/nsubj/1/fan/NNS", None),
        # "leaders gathered in Rome": a meeting
        ("leaders/NOUN/nsubj/1/leader/NNS", "Consult"),
    ],
)
def test_the_public_gathering_is_no_meeting(subject, expected):
    spec = f"{subject} gathered/VERB/ROOT/1/gather/VBD in/ADP/prep/1 Rome/PROPN/pobj/2"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    "partner",
    [
        # the public meeting a party named is a meeting: "residents met officials", "residents
        # met with officials"
        "officials/NOUN/dobj/1/official/NNS",
        "with/ADP/prep/1 officials/NOUN/pobj/2/official/NNS",
    ],
)
def test_the_public_meeting_a_named_partner_is_a_meeting(partner):
    assert _typed(f"Residents/NOUN/nsubj/1/resident/NNS met/VERB/ROOT/1/meet/VBD {partner}") == [
        "Consult"
    ]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a show of force moves armed men or their means, or a state moves them: "the firm
        # deployed new software", "groups deployed 100 monitors", "guards patrolled the centre"
        (
            "The/DET/det/1 firm/NOUN/nsubj/2/firm deployed/VERB/ROOT/2/deploy/VBD "
            "new/ADJ/amod/4 software/NOUN/dobj/2/software",
            None,
        ),
        (
            "Groups/NOUN/nsubj/1/group deployed/VERB/ROOT/1/deploy/VBD 100/NUM/nummod/3 "
            "monitors/NOUN/dobj/1/monitor/NNS",
            None,
        ),
        (
            "Guards/NOUN/nsubj/1/guard patrolled/VERB/ROOT/1/patrol/VBD the/DET/det/3 "
            "centre/NOUN/dobj/1/centre",
            None,
        ),
        # "deployed 3,000 troops", "police patrolled the streets"
        (
            "Groups/NOUN/nsubj/1/group deployed/VERB/ROOT/1/deploy/VBD 100/NUM/nummod/3 "
            "troops/NOUN/dobj/1/troop/NNS",
            "Mobilize",
        ),
        (
            "Police/NOUN/nsubj/1/police patrolled/VERB/ROOT/1/patrol/VBD the/DET/det/3 "
            "streets/NOUN/dobj/1/street/NNS",
            "Mobilize",
        ),
        # what a passive moves is its subject ("troops were deployed"); arms are armed men's
        # means ("groups deployed missiles")
        (
            "Troops/NOUN/nsubjpass/2/troop/NNS were/AUX/auxpass/2/be/VBD "
            "deployed/VERB/ROOT/2/deploy/VBN",
            "Mobilize",
        ),
        (
            "Groups/NOUN/nsubj/1/group deployed/VERB/ROOT/1/deploy/VBD "
            "missiles/NOUN/dobj/1/missile/NNS",
            "Mobilize",
        ),
        # a move to come is asked the same: "the firm will deploy software" moves no forces
        (
            "The/DET/det/1 firm/NOUN/nsubj/3/firm will/AUX/aux/3/will/MD "
            "deploy/VERB/ROOT/3/deploy/VB software/NOUN/dobj/3/software",
            None,
        ),
    ],
)
def test_a_show_of_force_moves_armed_men(spec, expected):
    assert _typed(spec)[0] == expected


def test_a_state_moves_forces_unnamed():
    # "Russia mobilised": a state's show of force, though it names no forces
    doc = parse("Russia/PROPN/nsubj/1 mobilised/VERB/ROOT/1/mobilise/VBD", ents={"0": "GPE"})
    assert [classify(ext, doc, Lexicon.load()).event_type for ext in clauses(doc)] == ["Mobilize"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a doer that is no party nor physical (intangible_nouns): "viruses have struck the US"
        (
            "Viruses/NOUN/nsubj/1/virus/NNS struck/VERB/ROOT/1/strike/VBD "
            "the/DET/det/3 US/PROPN/dobj/1",
            None,
        ),
        (
            "Rebels/NOUN/nsubj/1/rebel/NNS struck/VERB/ROOT/1/strike/VBD "
            "the/DET/det/3 US/PROPN/dobj/1",
            "Assault",
        ),
        # its means: "people being bombarded with pop-up ads"
        (
            "People/NOUN/nsubjpass/2/people were/AUX/auxpass/2/be "
            "bombarded/VERB/ROOT/2/bombard/VBN with/ADP/prep/2 ads/NOUN/pobj/3/ad/NNS",
            None,
        ),
        (
            "People/NOUN/nsubjpass/2/people were/AUX/auxpass/2/be "
            "bombarded/VERB/ROOT/2/bombard/VBN with/ADP/prep/2 shells/NOUN/pobj/3/shell/NNS",
            "Assault",
        ),
        # a target that is none: "Cadillac to steal market share"; "steal cars" is one
        (
            "Cadillac/PROPN/nsubj/1 stole/VERB/ROOT/1/steal/VBD market/NOUN/compound/3/market "
            "share/NOUN/dobj/1/share",
            None,
        ),
        (
            "Thieves/NOUN/nsubj/1/thief/NNS stole/VERB/ROOT/1/steal/VBD cars/NOUN/dobj/1/car/NNS",
            "Coerce",
        ),
        # the subject of "come under": the screensaver undergoes no assault, the convoy does
        (
            "The/DET/det/1 screensaver/NOUN/nsubj/2/screensaver came/VERB/ROOT/2/come "
            "under/ADP/prep/2 fire/NOUN/pobj/3/fire",
            None,
        ),
        (
            "The/DET/det/1 convoy/NOUN/nsubj/2/convoy came/VERB/ROOT/2/come "
            "under/ADP/prep/2 fire/NOUN/pobj/3/fire",
            "Assault",
        ),
    ],
)
def test_force_done_by_or_to_an_intangible_thing_is_figurative(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a speech verb's passive subject with no "by" agent is what was said, or whom it was
        # said of: no speaker, no Say ("the takeover was announced", "Parmalat was declared")
        (
            "The/DET/det/1 takeover/NOUN/nsubjpass/3/takeover was/AUX/auxpass/3/be "
            "announced/VERB/ROOT/3/announce/VBN",
            None,
        ),
        (
            "Parmalat/PROPN/nsubjpass/2 was/AUX/auxpass/2/be declared/VERB/ROOT/2/declare/VBN "
            "insolvent/ADJ/oprd/2/insolvent/JJ",
            None,
        ),
        (
            "Nike/PROPN/nsubjpass/3 has/AUX/aux/3/have been/AUX/auxpass/3/be "
            "mentioned/VERB/ROOT/3/mention/VBN as/ADP/prep/3 a/DET/det/6 suitor/NOUN/pobj/4/suitor",
            None,
        ),
        # the subject of an addressee_verbs is the one told: a saying to it, by someone unnamed
        (
            "Researchers/NOUN/nsubjpass/2/researcher were/AUX/auxpass/2/be "
            "told/VERB/ROOT/2/tell/VBN "
            "of/ADP/prep/2 taunts/NOUN/pobj/3/taunt",
            "Say",
        ),
        # the active saying is Say
        (
            "The/DET/det/1 firm/NOUN/nsubj/2/firm announced/VERB/ROOT/2/announce/VBD "
            "the/DET/det/4 takeover/NOUN/dobj/2/takeover",
            "Say",
        ),
        # "was quoted as saying": the subject of a quoted_verbs is the speaker
        (
            "Dixon/PROPN/nsubjpass/2 was/AUX/auxpass/2/be quoted/VERB/ROOT/2/quote/VBN "
            "as/ADP/prep/2 saying/VERB/pcomp/3/say/VBG",
            "Say",
        ),
    ],
)
def test_a_passive_speech_verb_with_no_agent_names_no_speaker(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # hosting (hosting_verbs) is a Consult only of a meeting or a party as direct object
        ("Sites/NOUN/nsubj/1/site host/VERB/ROOT/1/host a/DET/det/3 link/NOUN/dobj/1/link", None),
        (
            "Hill/PROPN/nsubj/1 hosted/VERB/ROOT/1/host/VBD a/DET/det/4 comedy/NOUN/compound/4 "
            "show/NOUN/dobj/1/show",
            None,
        ),
        (
            "China/PROPN/nsubj/1 hosted/VERB/ROOT/1/host/VBD the/DET/det/3 "
            "talks/NOUN/dobj/1/talk/NNS",
            "Consult",
        ),
        (
            "China/PROPN/nsubj/1 hosted/VERB/ROOT/1/host/VBD the/DET/det/3 "
            "delegation/NOUN/dobj/1/delegation",
            "Consult",
        ),
        (
            "China/PROPN/nsubj/1 hosted/VERB/ROOT/1/host/VBD a/DET/det/3 "
            "reception/NOUN/dobj/1/reception",
            "Consult",
        ),
        ("China/PROPN/nsubj/1 hosted/VERB/ROOT/1/host/VBD Putin/PROPN/dobj/1", "Consult"),
    ],
)
def test_hosting_is_a_consult_only_of_a_meeting_or_a_party(spec, expected):
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a verb's event sense needs a party or an agreement; its sense on a thing is none
        # (the lexicon's verb + object rows with no class: "sign motion", "shoot hoop")
        ("MPs/NOUN/nsubj/1/mp signed/VERB/ROOT/1/sign a/DET/det/3 motion/NOUN/dobj/1/motion", None),
        (
            "Russia/PROPN/nsubj/1 signed/VERB/ROOT/1/sign the/DET/det/3 treaty/NOUN/dobj/1/treaty",
            "Support",
        ),
        (
            "Blair/PROPN/nsubj/1 shot/VERB/ROOT/1/shoot basketball/NOUN/compound/3 "
            "hoops/NOUN/dobj/1/hoop",
            None,
        ),
        (
            "Soldiers/NOUN/nsubj/1/soldier shot/VERB/ROOT/1/shoot protesters/NOUN/dobj/1/protester",
            "Assault",
        ),
        # a central bank easing rates concedes nothing; a government easing restrictions does
        ("Fed/PROPN/nsubj/1 eased/VERB/ROOT/1/ease rates/NOUN/dobj/1/rate", None),
        (
            "Government/NOUN/nsubj/1/government eased/VERB/ROOT/1/ease "
            "restrictions/NOUN/dobj/1/restriction",
            "Concede",
        ),
        # an honour awarded (the passive's direct object) is no cooperation
        (
            "Ferguson/PROPN/nsubjpass/2 was/AUX/auxpass/2/be awarded/VERB/ROOT/2/award/VBN "
            "the/DET/det/4 title/NOUN/dobj/2/title",
            None,
        ),
        # planes ordered are bought, no one is ordered
        (
            "Airline/NOUN/nsubj/1/airline ordered/VERB/ROOT/1/order 30/NUM/nummod/3 "
            "planes/NOUN/dobj/1/plane",
            None,
        ),
    ],
)
def test_a_verb_on_a_thing_its_object_row_names_is_no_event(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # CAMEO's "pay + a sum" (061) with no party paid: "it must pay 1.47m yuan"
        ("Lifan/PROPN/nsubj/1 paid/VERB/ROOT/1/pay yuan/NOUN/dobj/1/yuan", None),
        (
            "Lifan/PROPN/nsubj/1 paid/VERB/ROOT/1/pay yuan/NOUN/dobj/1/yuan "
            "to/ADP/prep/1 Honda/PROPN/pobj/3",
            "Cooperate",
        ),
    ],
)
def test_a_patterns_cooperation_given_to_no_party_is_none(spec, expected):
    assert _typed(spec) == [expected]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # "declined to elaborate on the policy": a comment withheld (CAMEO 011), no
        # rejection of anyone
        ("elaborate/VERB/xcomp/1/elaborate on/ADP/prep/3 policy/NOUN/pobj/4/policy", None),
        # "refused to answer questions": a refusal, as the typed gold reads it
        ("answer/VERB/xcomp/1/answer questions/NOUN/dobj/3/question", "Reject"),
        ("discuss/VERB/xcomp/1/discuss the/DET/det/5 matter/NOUN/dobj/3/matter", None),
        # kept from a party: "refused to discuss the plan with the EU" is a refusal
        (
            "discuss/VERB/xcomp/1/discuss the/DET/det/5 plan/NOUN/dobj/3/plan "
            "with/ADP/prep/5 Iran/PROPN/pobj/6",
            "Reject",
        ),
        # "refused to publish the advice": a refusal
        ("publish/VERB/xcomp/1/publish the/DET/det/5 advice/NOUN/dobj/3/advice", "Reject"),
    ],
)
def test_declining_to_comment_rejects_nothing(inner, expected):
    spec = f"Blair/PROPN/nsubj/1 declined/VERB/ROOT/1/decline to/PART/aux/3 {inner}"
    assert _typed(spec)[0] == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # "declined to comment, saying it was costly": no refusal for the saying to restate
        ("comment/VERB/xcomp/1/comment", "Say"),
        # "refused to publish it, saying it was costly": the refusal's words
        ("publish/VERB/xcomp/1/publish it/PRON/dobj/3", "Reject"),
    ],
)
def test_a_saying_after_a_comment_declined_restates_no_refusal(inner, expected):
    n = len(inner.split())
    doc = parse(
        f"Brown/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 {inner} ,/PUNCT/punct/1 "
        f"saying/VERB/advcl/1/say/VBG it/PRON/nsubj/{n + 7} was/AUX/ccomp/{n + 5}/be/VBD "
        f"costly/ADJ/acomp/{n + 7}",
        ents={"0": "PERSON"},
    )
    lex = Lexicon.load()
    saying = next(e for e in clauses(doc) if e.lemma == "say")
    assert classify(saying, doc, lex).event_type == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Iran agreed not to attack Israel": an agreement made, of an act not to be done
        (
            "Iran/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree not/PART/neg/4 to/PART/aux/4 "
            "attack/VERB/xcomp/1/attack Israel/PROPN/dobj/4",
            "Agree",
        ),
        # "Iran did not agree to attack Israel": no agreement
        (
            "Iran/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 agree/VERB/ROOT/3/agree "
            "to/PART/aux/5 attack/VERB/xcomp/3/attack Israel/PROPN/dobj/5",
            None,
        ),
        # "Iran agreed not to meet the EU" is an agreement; "did not agree to meet" a refusal
        (
            "Iran/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree not/PART/neg/4 to/PART/aux/4 "
            "meet/VERB/xcomp/1/meet the/DET/det/6 EU/PROPN/dobj/4",
            "Agree",
        ),
        (
            "Iran/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 agree/VERB/ROOT/3/agree "
            "to/PART/aux/5 meet/VERB/xcomp/3/meet the/DET/det/7 EU/PROPN/dobj/5",
            "Reject",
        ),
        # "the union threatened not to renew the contract with the firm": a threat made
        (
            "Unions/NOUN/nsubj/1/union threatened/VERB/ROOT/1/threaten not/PART/neg/4 "
            "to/PART/aux/4 renew/VERB/xcomp/1/renew talks/NOUN/dobj/4/talk "
            "with/ADP/prep/4 Iran/PROPN/pobj/6",
            "Threaten",
        ),
    ],
)
def test_a_commitment_not_to_act_is_a_commitment(spec, expected):
    assert _typed(spec)[0] == expected
