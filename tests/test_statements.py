"""Statements' event fields and roles, on hand-built parses: who is agent and recipient, when
a class needs an actor, and PLOVER's mode, contexts and quad class."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.statements import Knowledge, article_statements
from kg.model import Article


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge()


def _statements(knowledge, spec: str, ents: dict[str, str]):
    doc = parse(spec, ents=ents)
    article = Article(id="t", text=doc.text, source="t")
    return article_statements(doc, article, knowledge)[1]


def test_a_passive_with_no_agent_named_has_the_subject_as_recipient(knowledge):
    (st,) = _statements(
        knowledge,
        "Russia/PROPN/nsubjpass/2 was/AUX/auxpass/2/be excluded/VERB/ROOT/2/exclude/VBN",
        {"0": "GPE"},
    )
    assert st.agent_id is None and st.recipient_label == "Russia"


def test_a_passive_thing_subject_gives_the_actor_it_names_as_recipient(knowledge):
    # "a camp for Congolese refugees was attacked by Burundian militiamen"
    (st,) = _statements(
        knowledge,
        "camp/NOUN/nsubjpass/5 for/ADP/prep/0 Congolese/ADJ/amod/3 refugees/NOUN/pobj/1/refugee "
        "was/AUX/auxpass/5/be attacked/VERB/ROOT/5/attack/VBN by/ADP/agent/5 "
        "Burundians/PROPN/pobj/6",
        {"2": "NORP", "7": "NORP"},
    )
    assert st.event_type == "Assault" and st.subject_type == "Topic"
    assert (st.agent_country, st.recipient_country) == ("BDI", "COD")


@pytest.mark.parametrize(
    ("grievance", "ents", "expected"),
    [
        # the grievance names Israel: the complaint to the UN is aimed at Israel
        ("Israeli/ADJ/amod/6 raids/NOUN/pobj/4/raid", {"5": "NORP"}, "ISR"),
        # it names no one (or the complainer): the audience stays the target
        ("the/DET/det/6 raids/NOUN/pobj/4/raid", {}, "GBR"),
    ],
)
def test_a_complaint_to_an_audience_targets_whom_its_grievance_names(
    knowledge, grievance, ents, expected
):
    (st,) = _statements(
        knowledge,
        "Lebanon/PROPN/nsubj/1 complained/VERB/ROOT/1/complain to/ADP/prep/1 "
        f"Britain/PROPN/pobj/2 over/ADP/prep/1 {grievance}",
        {"0": "GPE", "3": "GPE", **ents},
    )
    assert (st.event_type, st.object_country, st.recipient_country) == (
        "Accuse",
        "GBR",
        expected,
    )


def test_an_act_on_a_deed_targets_the_doer_a_participle_names(knowledge):
    # "Russia condemned the strikes carried out by Israel": the reduced relative is passive
    st, *_ = _statements(
        knowledge,
        "Russia/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn the/DET/det/3 "
        "strikes/NOUN/dobj/1/strike carried/VERB/acl/3/carry/VBN out/ADP/prt/4 "
        "by/ADP/agent/4 Israel/PROPN/pobj/6",
        {"0": "GPE", "7": "GPE"},
    )
    assert st.relation == "condemned"
    assert (st.event_type, st.object_type, st.recipient_country) == ("Accuse", "Topic", "ISR")


def test_an_object_under_a_non_target_preposition_is_no_recipient(knowledge):
    (st,) = _statements(
        knowledge,
        "Russia/PROPN/nsubj/1 grew/VERB/ROOT/1/grow under/ADP/prep/1 Putin/PROPN/pobj/2",
        {"0": "GPE", "3": "PERSON"},
    )
    assert st.object_label == "Vladimir Putin" and st.recipient_id is None


def test_a_boycott_for_an_actors_deeds_targets_that_actor(knowledge):
    (st,) = _statements(
        knowledge,
        "Britain/PROPN/nsubj/3 is/AUX/aux/3/be not/PART/neg/3 sending/VERB/ROOT/3/send/VBG "
        "representatives/NOUN/dobj/3/representative for/ADP/prep/3 China/PROPN/poss/8 "
        "’s/PART/case/6 abuses/NOUN/pobj/5/abuse",
        {"0": "GPE", "6": "GPE"},
    )
    assert (st.event_type, st.object_type) == ("Sanction", "Topic")
    assert (st.agent_country, st.recipient_country) == ("GBR", "CHN")


def test_a_promised_act_keeps_the_targets_of_the_act(knowledge):
    # "will withdraw" is Agree, but "from" names the withdrawal's target, as for Retreat
    (st,) = _statements(
        knowledge,
        "Syria/PROPN/nsubj/2 will/AUX/aux/2/will/MD withdraw/VERB/ROOT/2/withdraw/VB "
        "troops/NOUN/dobj/2/troop from/ADP/prep/2 Lebanon/PROPN/pobj/4",
        {"0": "GPE", "5": "GPE"},
    )
    assert (st.event_type, st.recipient_country) == ("Agree", "LBN")


@pytest.mark.parametrize(
    ("adjective", "expected"),
    [
        ("willing/ADJ/acomp/3/willing", [("Syria", "Agree")]),  # an intent: "it" is Syria
        ("clear/ADJ/acomp/3/clear", []),  # "it is clear to withdraw": "it" is no one
    ],
)
def test_it_with_an_intent_adjective_is_the_speaker(knowledge, adjective, expected):
    sts = _statements(
        knowledge,
        "Syria/PROPN/nsubj/1 says/VERB/ROOT/1/say it/PRON/nsubj/3 is/AUX/ccomp/1/be "
        f"{adjective} to/PART/aux/6 withdraw/VERB/xcomp/4/withdraw/VB "
        "troops/NOUN/dobj/6/troop",
        {"0": "GPE"},
    )
    assert [(s.subject_label, s.event_type) for s in sts if s.relation != "says"] == expected


@pytest.mark.parametrize(
    ("subject", "ents", "expected"),
    [
        ("Russia/PROPN/nsubj/1", {"0": "GPE"}, "Support"),
        ("protocol/NOUN/nsubj/1", {}, None),  # a thing praises nobody
        ("movement/NOUN/nsubj/1", {}, "Support"),  # a body may act without a name
        ("regime/NOUN/nsubj/1", {}, "Support"),  # a sector of a state is a party
        ("commander/NOUN/nsubj/1", {}, "Support"),  # so is a person
    ],
)
def test_a_cooperation_needs_an_actor_as_agent(knowledge, subject, ents, expected):
    sts = _statements(
        knowledge,
        f"{subject} praised/VERB/ROOT/1/praise China/PROPN/dobj/1",
        {**ents, "2": "GPE"},
    )
    assert [s.event_type for s in sts] == [expected]


@pytest.mark.parametrize(
    ("subject", "verb", "expected"),
    [
        # "customers praised China", "passengers backed China": the public cooperates with no
        # one in PLOVER's sense (issue 19)
        ("customers/NOUN/nsubj/1/customer/NNS", "praised/VERB/ROOT/1/praise", None),
        ("passengers/NOUN/nsubj/1/passenger/NNS", "backed/VERB/ROOT/1/back", None),
        ("taxpayers/NOUN/nsubj/1/taxpayers/NNS", "praised/VERB/ROOT/1/praise", None),
        # conflict by the public stays: "villagers criticised China"
        ("villagers/NOUN/nsubj/1/villager/NNS", "criticised/VERB/ROOT/1/criticise", "Accuse"),
        # a party's cooperation stays: "the ministry backed China"
        ("ministry/NOUN/nsubj/1", "backed/VERB/ROOT/1/back", "Support"),
        # a meeting with a party stays: "villagers met China" (its envoys)
        ("villagers/NOUN/nsubj/1/villager/NNS", "met/VERB/ROOT/1/meet", "Consult"),
    ],
)
def test_the_public_is_no_party_to_cooperation(knowledge, subject, verb, expected):
    sts = _statements(knowledge, f"{subject} {verb} China/PROPN/dobj/1", {"2": "GPE"})
    assert [s.event_type for s in sts] == [expected]


def test_a_thing_a_party_owns_is_no_agent(knowledge):
    # "Foster's proposal offered a fit": the proposal is a thing, Foster's or not
    sts = _statements(
        knowledge,
        "Foster/PROPN/poss/2 's/PART/case/0 proposal/NOUN/nsubj/3 praised/VERB/ROOT/3/praise "
        "China/PROPN/dobj/3",
        {"0": "ORG", "4": "GPE"},
    )
    assert [s.event_type for s in sts if s.relation == "praised"] == [None]


def test_typed_statements_carry_mode_context_and_quad_class(knowledge):
    (st,) = _statements(
        knowledge,
        "Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack Russian/ADJ/amod/3 "
        "troops/NOUN/dobj/1/troop",
        {"2": "NORP"},
    )
    assert (st.event_type, st.event_mode, st.quad_class) == (
        "Assault",
        "firearms",
        "material-conflict",
    )
    assert st.event_context == ["military"]


def test_criticism_drawn_keeps_its_class_with_the_subject_as_target(knowledge):
    # "Labour has attracted media criticism": no agent named, Labour the target
    sts = _statements(
        knowledge,
        "Labour/PROPN/nsubj/2 has/AUX/aux/2/have attracted/VERB/ROOT/2/attract "
        "media/NOUN/compound/4 criticism/NOUN/dobj/2",
        {"0": "ORG"},
    )
    assert [(s.event_type, s.agent_id, s.recipient_label) for s in sts] == [
        ("Accuse", None, "Labour Party")
    ]


def test_criticism_drawn_from_an_actor_has_it_as_agent(knowledge):
    # "Labour drew criticism from France": France criticises Labour
    sts = _statements(
        knowledge,
        "Labour/PROPN/nsubj/1 drew/VERB/ROOT/1/draw criticism/NOUN/dobj/1 "
        "from/ADP/prep/1 France/PROPN/pobj/3",
        {"0": "ORG", "4": "GPE"},
    )
    assert [(s.event_type, s.agent_label, s.recipient_label) for s in sts] == [
        ("Accuse", "France", "Labour Party")
    ]


@pytest.mark.parametrize(
    ("subject", "verb", "ents", "expected"),
    [
        # "Habib was accused of fraud": the accused is the target, no accuser named
        ("Habib/PROPN/nsubjpass/2", "accused/VERB/ROOT/2/accuse/VBN", {"0": "PERSON"}, "Accuse"),
        # a thing praised or signed by no one named is no event
        ("protocol/NOUN/nsubjpass/2", "praised/VERB/ROOT/2/praise/VBN", {}, None),
        # "Sharon was released from prison": a prisoner let go, no one named
        (
            "Sharon/PROPN/nsubjpass/2",
            "released/VERB/ROOT/2/release/VBN from/ADP/prep/2 prison/NOUN/pobj/3",
            {"0": "PERSON"},
            "Retreat",
        ),
        # "Iran was urged to suspend enrichment": asked of the subject, no asker named
        (
            "Iran/PROPN/nsubjpass/2",
            "urged/VERB/ROOT/2/urge/VBN to/PART/aux/4 suspend/VERB/xcomp/2/suspend/VB "
            "enrichment/NOUN/dobj/4",
            {"0": "GPE"},
            "Request",
        ),
        # "Sharon was released from hospital": a patient let go is no retreat
        (
            "Sharon/PROPN/nsubjpass/2",
            "released/VERB/ROOT/2/release/VBN from/ADP/prep/2 hospital/NOUN/pobj/3",
            {"0": "PERSON"},
            None,
        ),
    ],
)
def test_a_passive_act_on_an_actor_needs_no_agent(knowledge, subject, verb, ents, expected):
    sts = _statements(knowledge, f"{subject} was/AUX/auxpass/2/be {verb}", ents)
    assert [(s.event_type, s.agent_id) for s in sts] == [(expected, None)]


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Iran's bid has been refused": the refusal's target is the bid's owner, no one named
        (
            "Iran/PROPN/poss/2 's/PART/case/0 bid/NOUN/nsubjpass/5 has/AUX/aux/5/have "
            "been/AUX/auxpass/5/be refused/VERB/ROOT/5/refuse/VBN",
            {"0": "GPE"},
            ("Reject", "Iran"),
        ),
        # "The minister was criticised": a noun of people who act is the target
        (
            "The/DET/det/1 minister/NOUN/nsubjpass/3 was/AUX/auxpass/3/be "
            "criticised/VERB/ROOT/3/criticise/VBN",
            {},
            ("Accuse", "minister"),
        ),
        # "The ambassador was expelled"
        (
            "The/DET/det/1 ambassador/NOUN/nsubjpass/3 was/AUX/auxpass/3/be "
            "expelled/VERB/ROOT/3/expel/VBN",
            {},
            ("Sanction", "ambassador"),
        ),
        # "Gordon D'Arcy has been rejected": a person is no refused thing
        (
            "Gordon/PROPN/compound/1 Arcy/PROPN/nsubjpass/4 has/AUX/aux/4/have "
            "been/AUX/auxpass/4/be rejected/VERB/ROOT/4/reject/VBN",
            {"0-1": "PERSON"},
            (None, "Gordon Arcy"),
        ),
        # "Greek sprinters were suspended": people of a country: the country is the target
        (
            "Greek/ADJ/amod/1 sprinters/NOUN/nsubjpass/3/sprinter were/AUX/auxpass/3/be "
            "suspended/VERB/ROOT/3/suspend/VBN",
            {"0": "NORP"},
            ("Sanction", "Greece"),
        ),
        # "Cueto's effort was rejected": a person's thing is refused no one
        (
            "Cueto/PROPN/poss/2 's/PART/case/0 effort/NOUN/nsubjpass/4 was/AUX/auxpass/4/be "
            "rejected/VERB/ROOT/4/reject/VBN",
            {"0": "PERSON"},
            (None, "Cueto"),
        ),
        # "Sony's album was released": only a refusal reaches the owner of a thing
        (
            "Sony/PROPN/poss/2 's/PART/case/0 album/NOUN/nsubjpass/4 was/AUX/auxpass/4/be "
            "released/VERB/ROOT/4/release/VBN",
            {"0": "ORG"},
            (None, "SONY"),
        ),
        # "The contract was rejected": no party acted on
        (
            "The/DET/det/1 contract/NOUN/nsubjpass/3 was/AUX/auxpass/3/be "
            "rejected/VERB/ROOT/3/reject/VBN",
            {},
            (None, "contract"),
        ),
    ],
)
def test_an_agentless_passive_acts_on_its_recipient_or_people(knowledge, spec, ents, expected):
    sts = _statements(knowledge, spec, ents)
    assert [(s.event_type, s.recipient_label) for s in sts] == [expected]
    assert all(s.agent_id is None for s in sts)


def test_a_passive_act_asked_about_names_no_target(knowledge):
    # "Was Habib accused of fraud?": a question says no one was
    sts = _statements(
        knowledge,
        "Was/AUX/auxpass/2/be Habib/PROPN/nsubj/2 accused/VERB/ROOT/2/accuse/VBN",
        {"1": "PERSON"},
    )
    assert [(s.event_type, s.agent_id) for s in sts] == [(None, None)]


@pytest.mark.parametrize(
    ("verb", "obj", "ents", "expected"),
    [
        # "Britain will bomb a building": harm to come aimed at no actor is no threat
        ("bomb", "building/NOUN/dobj/2/building", {"0": "GPE"}, None),
        # "Britain will bomb France": a threat against a party
        ("bomb", "France/PROPN/dobj/2", {"0": "GPE", "3": "GPE"}, "Threaten"),
        # "Britain will impose curfews": a restriction to come, on the state's own people
        ("impose", "curfews/NOUN/dobj/2/curfew/NNS", {"0": "GPE"}, "Threaten"),
    ],
)
def test_a_threat_read_from_harm_to_come_needs_a_recipient(knowledge, verb, obj, ents, expected):
    spec = f"Britain/PROPN/nsubj/2 will/AUX/aux/2/will/MD {verb}/VERB/ROOT/2/{verb} {obj}"
    sts = _statements(knowledge, spec, ents)
    assert [s.event_type for s in sts] == [expected]


def test_a_threat_in_words_needs_no_recipient(knowledge):
    # "Britain threatened action": the verb's own class, no party named
    sts = _statements(
        knowledge,
        "Britain/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten action/NOUN/dobj/1/action",
        {"0": "GPE"},
    )
    assert [s.event_type for s in sts] == ["Threaten"]


def test_harm_promised_is_a_threat_with_no_target(knowledge):
    # "The rebels vowed to bomb the building": a vow of harm threatens, aimed or not
    sts = _statements(
        knowledge,
        "Rebels/NOUN/nsubj/1/rebel vowed/VERB/ROOT/1/vow to/PART/aux/3/to/TO "
        "bomb/VERB/xcomp/1/bomb building/NOUN/dobj/3/building",
        {},
    )
    assert [s.event_type for s in sts] == ["Threaten"]


@pytest.mark.parametrize(
    ("pattern", "event_type", "places"),
    [
        ("svo", "Assault", None),  # "fired at targets in Jericho": all
        ("svo", "Cooperate", None),  # "was awarded contracts in Egypt": all
        ("svo", "Reject", frozenset({"from"})),  # "rejected an offer from Foster's"
        ("svo", "Consult", frozenset({"from"})),  # not "attended a ceremony in Hambantota"
        ("svo", None, frozenset({"from"})),  # not "is recalling vehicles in the US"
        ("svo", "Say", frozenset()),  # not "said costs in North America rose"
        ("copula", None, frozenset()),  # not "is an analyst at UBS"
    ],
)
def test_which_place_prepositions_inside_an_argument_name_its_target(pattern, event_type, places):
    from types import SimpleNamespace

    from kg.extract.classify import Typed
    from kg.extract.statements import _at_a_place

    assert _at_a_place(SimpleNamespace(pattern=pattern), Typed(event_type)) == places


def test_a_clause_a_speakers_i_thinks_is_the_speakers(knowledge):
    # 'Mr Brown said: "I think the government broke the law."': Brown's, as "I think" is
    sts = _statements(
        knowledge,
        "Mr/PROPN/compound/1 Brown/PROPN/nsubj/2 said/VERB/ROOT/2/say :/PUNCT/punct/2 "
        "“/PUNCT/punct/6 I/PRON/nsubj/6 think/VERB/ccomp/2/think the/DET/det/8 "
        "government/NOUN/nsubj/9 broke/VERB/ccomp/6/break/VBD the/DET/det/11 "
        "law/NOUN/dobj/9 ./PUNCT/punct/2 ”/PUNCT/punct/2",
        {"0-1": "PERSON"},
    )
    speakers = {s.relation: s.attributed_to for s in sts}
    assert speakers["think"] is not None
    assert speakers["broke"] == speakers["think"]
