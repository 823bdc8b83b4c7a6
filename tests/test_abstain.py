"""Where typing abstains: another's will is no commitment, a question asserts nothing, an
attack between people is words, and what "should" be is a demand only of a doer, for an act,
unconditionally; on hand-built parses."""

from __future__ import annotations

import pytest
from factories import classes_by_lemma


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Israel expected Palestinians to give up terrorism": the expecter's wish
        (
            "Israel/PROPN/nsubj/1 expected/VERB/ROOT/1/expect Palestinians/PROPN/nsubj/4 "
            "to/PART/aux/4/to/TO give/VERB/ccomp/1/give up/ADP/prt/4/up/RP "
            "terrorism/NOUN/dobj/4/terrorism",
            None,
        ),
        # "the government prepared a team to be able to defend its case": the team's task
        (
            "Ministers/NOUN/nsubj/1/minister prepared/VERB/ROOT/1/prepare a/DET/det/3 "
            "team/NOUN/dobj/1/team to/PART/aux/5/to/TO be/AUX/xcomp/1/be able/ADJ/acomp/5 "
            "to/PART/aux/8/to/TO defend/VERB/xcomp/6/defend it/PRON/dobj/8",
            None,
        ),
        # "the government needed to get out of oil": what it must do, not a concession
        (
            "Officials/NOUN/nsubj/1/official needed/VERB/ROOT/1/need to/PART/aux/3/to/TO "
            "get/VERB/xcomp/1/get out/ADP/prep/3/out of/ADP/prep/4 oil/NOUN/pobj/5",
            None,
        ),
        # the subject's own intention stays an agreement
        (
            "Inbev/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3/to/TO "
            "buy/VERB/xcomp/1/buy shares/NOUN/dobj/3/share",
            "Agree",
        ),
        (
            "Syria/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge to/PART/aux/3/to/TO "
            "withdraw/VERB/xcomp/1/withdraw troops/NOUN/dobj/3/troop",
            "Agree",
        ),
    ],
)
def test_another_s_will_commits_the_subject_to_nothing(spec, expected):
    found = classes_by_lemma(spec)
    verb = next(lemma for lemma in found if lemma not in {"expect", "prepare", "need"})
    assert found[verb] == expected


def test_a_question_asserts_nothing():
    # "why target the rebels?" asks; "they target rebels" tells of force (targeting fighters
    # is PLOVER's Assault; "target the airlines", "target voters" would be none either way)
    asked = classes_by_lemma(
        "why/SCONJ/advmod/2 we/PRON/nsubj/2 target/VERB/ROOT/2/target/VB the/DET/det/4 "
        "rebels/NOUN/dobj/2/rebel/NNS"
    )
    assert asked == {"target": None}
    told = classes_by_lemma(
        "they/PRON/nsubj/1 target/VERB/ROOT/1/target/VBP rebels/NOUN/dobj/1/rebel/NNS"
    )
    assert told == {"target": "Assault"}


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Cherie attacking Bush": between people, in words
        (
            "Cherie/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Bush/PROPN/dobj/1",
            {"0": "PERSON", "2": "PERSON"},
            "Accuse",
        ),
        # "I am being attacked": a person, no one armed named
        ("I/PRON/nsubjpass/2 was/AUX/auxpass/2/be attacked/VERB/ROOT/2/attack/VBN", {}, "Accuse"),
        # a state, armed men, a place, or violence's means: force
        (
            "Israel/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Gaza/PROPN/dobj/1",
            {"0": "GPE", "2": "GPE"},
            "Assault",
        ),
        (
            "Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack Smith/PROPN/dobj/1",
            {"2": "PERSON"},
            "Assault",
        ),
        ("He/PRON/nsubj/1 attacked/VERB/ROOT/1/attack Basra/PROPN/dobj/1", {"2": "GPE"}, "Assault"),
        # "the US terror attacks": the country, not the pronoun "us"
        (
            "US/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Smith/PROPN/dobj/1",
            {"0": "GPE", "2": "PERSON"},
            "Assault",
        ),
        (
            "He/PRON/nsubj/1 attacked/VERB/ROOT/1/attack Smith/PROPN/dobj/1 with/ADP/prep/1 "
            "bombs/NOUN/pobj/3/bomb",
            {"2": "PERSON"},
            "Assault",
        ),
        # "the trilogy has been attacked by critics": people of words
        (
            "trilogy/NOUN/nsubjpass/2/trilogy has/AUX/auxpass/2/be attacked/VERB/ROOT/2/attack/VBN "
            "by/ADP/agent/2 critics/NOUN/pobj/3/critic/NNS",
            {},
            "Accuse",
        ),
        (
            "Tories/PROPN/nsubj/1/tory attack/VERB/ROOT/1/attack moves/NOUN/dobj/1/move",
            {},
            "Accuse",
        ),
        # critics who bomb, or armed men as the doer, use force
        (
            "Critics/NOUN/nsubj/1/critic attacked/VERB/ROOT/1/attack Smith/PROPN/dobj/1 "
            "with/ADP/prep/1 bombs/NOUN/pobj/3/bomb",
            {"2": "PERSON"},
            "Assault",
        ),
        (
            "MP/PROPN/nsubjpass/2/mp was/AUX/auxpass/2/be attacked/VERB/ROOT/2/attack/VBN "
            "by/ADP/agent/2 gunmen/NOUN/pobj/3/gunman/NNS",
            {},
            "Assault",
        ),
        (
            "Critics/NOUN/nsubj/1/critic attacked/VERB/ROOT/1/attack Basra/PROPN/dobj/1",
            {"2": "GPE"},
            "Assault",
        ),
        # "Rebel leaders attacked a police station": leaders of armed men use force
        (
            "Rebel/NOUN/compound/1/rebel leaders/NOUN/nsubj/2/leader/NNS "
            "attacked/VERB/ROOT/2/attack station/NOUN/dobj/2/station",
            {},
            "Assault",
        ),
        # "Opposition leaders attacked the budget": words
        (
            "Opposition/NOUN/compound/1/opposition leaders/NOUN/nsubj/2/leader/NNS "
            "attacked/VERB/ROOT/2/attack budget/NOUN/dobj/2/budget",
            {},
            "Accuse",
        ),
        # "leaders attacked the town of Spin Boldak": a place is attacked by force
        (
            "leaders/NOUN/nsubj/1/leader/NNS attacked/VERB/ROOT/1/attack town/NOUN/dobj/1/town "
            "of/ADP/prep/2 Boldak/PROPN/pobj/3",
            {"4": "GPE"},
            "Assault",
        ),
    ],
)
def test_an_attack_between_people_is_words(spec, ents, expected):
    assert classes_by_lemma(spec, ents)["attack"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "said China should drop barriers": a demand
        (
            "China/PROPN/nsubj/4 should/AUX/aux/4/should/MD drop/VERB/ccomp/1/drop/VB "
            "barriers/NOUN/dobj/4/barrier",
            "Request",
        ),
        # "said the rest of the world should listen": a part of the world is a doer
        (
            "rest/NOUN/nsubj/7/rest of/ADP/prep/2 the/DET/det/5 world/NOUN/pobj/3 "
            "should/AUX/aux/7/should/MD listen/VERB/ccomp/1/listen/VB",
            "Request",
        ),
        # "said any plan should not hinder airlines": an abstraction asked nothing
        (
            "plan/NOUN/nsubj/5/plan should/AUX/aux/5/should/MD not/PART/neg/5 "
            "hinder/VERB/ccomp/1/hinder/VB airlines/NOUN/dobj/5/airline",
            "Say",
        ),
        # "said ministers should expect it to be re-written": a thought, no act
        (
            "ministers/NOUN/nsubj/4/minister should/AUX/aux/4/should/MD "
            "expect/VERB/ccomp/1/expect/VB it/PRON/dobj/4",
            "Say",
        ),
        # "said they would not need to attend": nothing must be done
        (
            "they/PRON/nsubj/5 would/AUX/aux/5/would/MD not/PART/neg/5 "
            "need/VERB/ccomp/1/need/VB to/PART/aux/7/to/TO attend/VERB/xcomp/5/attend",
            "Say",
        ),
        # "said the recovery should continue": an outcome expected of a thing, no demand
        (
            "recovery/NOUN/nsubj/4/recovery should/AUX/aux/4/should/MD "
            "continue/VERB/ccomp/1/continue/VB",
            "Say",
        ),
        # "said it should mean bills": what "it" will bring about
        (
            "it/PRON/nsubj/4 should/AUX/aux/4/should/MD mean/VERB/ccomp/1/mean/VB "
            "bills/NOUN/dobj/4/bill/NNS",
            "Say",
        ),
        # "said prices must remain low": a state of a thing with no object, expected
        (
            "prices/NOUN/nsubj/4/price/NNS must/AUX/aux/4/must/MD remain/VERB/ccomp/1/remain/VB "
            "low/ADJ/acomp/4/low",
            "Say",
        ),
        # "said it must halve the deficit": a change done to an object, asked of "it"
        (
            "it/PRON/nsubj/4 must/AUX/aux/4/must/MD halve/VERB/ccomp/1/halve/VB "
            "the/DET/det/6 deficit/NOUN/dobj/4/deficit",
            "Request",
        ),
        # "said the government must continue talks": an act asked of a party
        (
            "government/NOUN/nsubj/4/government must/AUX/aux/4/must/MD "
            "continue/VERB/ccomp/1/continue/VB talks/NOUN/dobj/4/talk/NNS",
            "Request",
        ),
        # "said deficits should be allowed to rise": a permission asked for
        (
            "deficits/NOUN/nsubjpass/5/deficit/NNS should/AUX/aux/5/should/MD "
            "be/AUX/auxpass/5/be/VB allowed/VERB/ccomp/1/allow/VBN to/PART/aux/7/to/TO "
            "rise/VERB/xcomp/5/rise/VB",
            "Request",
        ),
        # "said it must continue to cooperate": an act asked of "it"
        (
            "it/PRON/nsubj/4 must/AUX/aux/4/must/MD continue/VERB/ccomp/1/continue/VB "
            "to/PART/aux/6/to/TO cooperate/VERB/xcomp/4/cooperate/VB",
            "Request",
        ),
        # "said if we follow that logic we should nationalise all businesses": an argument
        (
            "if/SCONJ/mark/4 we/PRON/nsubj/4 follow/VERB/advcl/8/follow logic/NOUN/dobj/4 "
            "we/PRON/nsubj/8 should/AUX/aux/8/should/MD "
            "nationalise/VERB/ccomp/1/nationalise/VB businesses/NOUN/dobj/8/business",
            "Say",
        ),
    ],
)
def test_what_should_be_is_a_demand_only_of_a_doer_for_an_act(content, expected):
    found = classes_by_lemma(f"He/PRON/nsubj/1 said/VERB/ROOT/1/say {content}")
    assert found["say"] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("taxes/NOUN/nsubj/1/tax/NNS", None),  # a figure (WordNet: a possession) does nothing
        ("findings/NOUN/nsubj/1/finding/NNS", None),  # an abstraction does nothing
        ("plans/NOUN/nsubj/1/plan/NNS", None),
        ("Iran/PROPN/nsubj/1", "Sanction"),
        ("orders/NOUN/nsubj/1/order/NNS", "Sanction"),  # an instrument acts for its wielder
        ("sanctions/NOUN/nsubj/1/sanction/NNS", "Sanction"),
    ],
)
def test_an_abstraction_is_no_actor(subject, expected):
    found = classes_by_lemma(
        f"{subject} undermined/VERB/ROOT/1/undermine Yukos/PROPN/dobj/1", {"2": "ORG"}
    )
    assert found["undermine"] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "was asked by journalists about his view": a question
        (
            "He/PRON/nsubjpass/2 was/AUX/auxpass/2/be asked/VERB/ROOT/2/ask/VBN by/ADP/agent/2 "
            "journalists/NOUN/pobj/3/journalist/NNS",
            "Say",
        ),
        # "asked for aid", "asked Iran to release sailors": a request
        ("He/PRON/nsubj/1 asked/VERB/ROOT/1/ask for/ADP/prep/1 aid/NOUN/pobj/2/aid", "Request"),
        (
            "He/PRON/nsubj/1 asked/VERB/ROOT/1/ask Iran/PROPN/dobj/1 to/PART/aux/4/to/TO "
            "release/VERB/xcomp/1/release sailors/NOUN/dobj/4/sailor/NNS",
            "Request",
        ),
    ],
)
def test_asking_with_nothing_asked_for_is_a_question(spec, expected):
    assert classes_by_lemma(spec)["ask"] == expected


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # "voters to hold him to account": an accusation, not a detention (the lexicon's idiom)
        (
            "Voters/NOUN/nsubj/1/voter held/VERB/ROOT/1/hold him/PRON/dobj/1 to/ADP/prep/1 "
            "account/NOUN/pobj/3/account",
            "hold",
            "Accuse",
        ),
        ("Police/NOUN/nsubj/1/police held/VERB/ROOT/1/hold him/PRON/dobj/1", "hold", "Coerce"),
        # "rang Lucy": a call; "caught fish": no one coerced; "caught the suspects": coerced
        ("He/PRON/nsubj/1 rang/VERB/ROOT/1/ring Lucy/PROPN/dobj/1", "ring", None),
        (
            "Anglers/NOUN/nsubj/1/angler caught/VERB/ROOT/1/catch fish/NOUN/dobj/1/fish",
            "catch",
            None,
        ),
        (
            "Police/NOUN/nsubj/1/police caught/VERB/ROOT/1/catch suspects/NOUN/dobj/1/suspect/NNS",
            "catch",
            "Coerce",
        ),
    ],
)
def test_polysemous_verbs_need_their_context(spec, lemma, expected):
    assert classes_by_lemma(spec)[lemma] == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "the UK continued to invest in infrastructure": given to no party
        (
            "UK/PROPN/nsubj/1 invested/VERB/ROOT/1/invest in/ADP/prep/1 roads/NOUN/pobj/2/road",
            {"0": "GPE"},
            None,
        ),
        # "people buy a share of a property"
        ("People/NOUN/nsubj/1/people buy/VERB/ROOT/1/buy shares/NOUN/dobj/1/share/NNS", {}, None),
        # "Inbev bought Ambev", "bought Alfa-Eco's stake": a party, or a party's
        (
            "Inbev/PROPN/nsubj/1 bought/VERB/ROOT/1/buy Ambev/PROPN/dobj/1",
            {"0": "ORG", "2": "ORG"},
            "Cooperate",
        ),
        (
            "Inbev/PROPN/nsubj/1 bought/VERB/ROOT/1/buy Alfa/PROPN/poss/4 's/PART/case/2 "
            "stake/NOUN/dobj/1/stake",
            {"0": "ORG", "2": "ORG"},
            "Cooperate",
        ),
        # "Britain and France invested in roads": with each other
        (
            "Britain/PROPN/nsubj/3 and/CCONJ/cc/0 France/PROPN/conj/0 invested/VERB/ROOT/3/invest "
            "in/ADP/prep/3 roads/NOUN/pobj/4/road",
            {"0": "GPE", "2": "GPE"},
            "Cooperate",
        ),
    ],
)
def test_material_cooperation_is_given_to_a_party(spec, ents, expected):
    found = classes_by_lemma(spec, ents)
    assert found[next(iter(found))] == expected


def test_an_attack_for_something_done_is_words():
    spec = (
        "EPP/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack EC/PROPN/dobj/1 for/ADP/prep/1 "
        "backing/VERB/pcomp/3/back down/ADP/prt/4/down/RP"
    )
    assert classes_by_lemma(spec, {"0": "ORG", "2": "ORG"})["attack"] == "Accuse"
    plain = "Hamas/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Israel/PROPN/dobj/1"
    assert classes_by_lemma(plain, {"0": "ORG", "2": "GPE"})["attack"] == "Assault"


@pytest.mark.parametrize(
    ("obj", "ents", "expected"),
    [
        ("services/NOUN/dobj/1/service/NNS", {}, None),  # "MCI offers internet services": a sale
        ("talks/NOUN/dobj/1/talk/NNS", {}, "Agree"),  # an event the lexicon knows
        ("aid/NOUN/dobj/1/aid", {}, "Agree"),
        ("$/SYM/nmod/3 220m/NUM/dobj/1/220m/CD", {"2-3": "MONEY"}, "Agree"),  # a sum
    ],
)
def test_an_offer_of_goods_is_a_sale(obj, ents, expected):
    spec = f"MCI/PROPN/nsubj/1 offers/VERB/ROOT/1/offer/VBZ {obj}"
    assert classes_by_lemma(spec, {"0": "ORG", **ents})["offer"] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "says the powers are needed to counter threats": a need of a thing, no demand
        (
            "powers/NOUN/nsubjpass/4/power/NNS are/AUX/auxpass/4/be needed/VERB/ccomp/1/need/VBN "
            "to/PART/aux/6/to/TO counter/VERB/xcomp/4/counter threats/NOUN/dobj/6/threat/NNS",
            "Say",
        ),
        # "says they need to rethink the bill": a demand
        (
            "they/PRON/nsubj/3 need/VERB/ccomp/1/need/VBP to/PART/aux/5/to/TO "
            "rethink/VERB/xcomp/3/rethink bill/NOUN/dobj/5/bill",
            "Request",
        ),
        # "nobody should doubt that ...": a thought
        (
            "nobody/PRON/nsubj/4 should/AUX/aux/4/should/MD "
            "doubt/VERB/ccomp/1/doubt/VB it/PRON/dobj/4",
            "Say",
        ),
    ],
)
def test_a_need_of_a_thing_or_a_thought_demands_nothing(content, expected):
    assert (
        classes_by_lemma(f"He/PRON/nsubj/1 says/VERB/ROOT/1/say/VBZ {content}")["say"] == expected
    )


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "figures were released by the ministry": no party released
        (
            "figures/NOUN/nsubjpass/2/figure/NNS were/AUX/auxpass/2/be "
            "released/VERB/ROOT/2/release/VBN by/ADP/agent/2 ministry/NOUN/pobj/3/ministry",
            None,
        ),
        (
            "prisoners/NOUN/nsubjpass/2/prisoner/NNS were/AUX/auxpass/2/be "
            "released/VERB/ROOT/2/release/VBN by/ADP/agent/2 rebels/NOUN/pobj/3/rebel/NNS",
            "Retreat",
        ),
    ],
)
def test_a_passive_release_needs_a_party_released(spec, expected):
    assert classes_by_lemma(spec)["release"] == expected


def test_a_date_or_a_sum_is_no_recipient():
    # "French households bought fewer cars in January"
    spec = (
        "households/NOUN/nsubj/1/household/NNS bought/VERB/ROOT/1/buy cars/NOUN/dobj/1/car/NNS "
        "in/ADP/prep/1 January/PROPN/pobj/3"
    )
    assert classes_by_lemma(spec, {"4": "DATE"})["buy"] is None
    to_kenya = spec.replace("in/ADP", "to/ADP")
    assert (
        classes_by_lemma(to_kenya.replace("January", "Kenya"), {"4": "GPE"})["buy"] == "Cooperate"
    )


@pytest.mark.parametrize(
    ("doer", "expected"),
    [
        ("factors/NOUN/pobj/3/factor/NNS", None),  # "trade was hurt by one-off factors"
        ("rebels/NOUN/pobj/3/rebel/NNS", "Assault"),  # armed men
        ("bombs/NOUN/pobj/3/bomb/NNS", "Assault"),  # violence's means
    ],
)
def test_hurt_and_damage_are_figurative_unless_violence_does_them(doer, expected):
    spec = (
        "Villages/NOUN/nsubjpass/2/village were/AUX/auxpass/2/be "
        f"hurt/VERB/ROOT/2/hurt/VBN by/ADP/agent/2 {doer}"
    )
    assert classes_by_lemma(spec)["hurt"] == expected


@pytest.mark.parametrize(
    ("aux", "verb", "expected"),
    [
        # "Britain had not consulted France": an omission, no refusal
        ("had/AUX/aux/3/have/VBD", "consulted/VERB/ROOT/3/consult/VBN", None),
        ("has/AUX/aux/3/have/VBZ", "met/VERB/ROOT/3/meet/VBN", None),  # "has not met"
        ("did/AUX/aux/3/do/VBD", "help/VERB/ROOT/3/help/VB", None),  # "did not help"
        # a stand in the present or future, or a stance, is a rejection
        ("does/AUX/aux/3/do/VBZ", "consult/VERB/ROOT/3/consult/VB", "Reject"),
        ("will/AUX/aux/3/will/MD", "meet/VERB/ROOT/3/meet/VB", "Reject"),
        ("did/AUX/aux/3/do/VBD", "support/VERB/ROOT/3/support/VB", "Reject"),
        ("had/AUX/aux/3/have/VBD", "accepted/VERB/ROOT/3/accept/VBN", "Reject"),
    ],
)
def test_an_act_that_did_not_happen_is_no_refusal(aux, verb, expected):
    spec = f"Britain/PROPN/nsubj/3 {aux} not/PART/neg/3 {verb} France/PROPN/dobj/3"
    found = classes_by_lemma(spec, {"0": "GPE", "4": "GPE"})
    assert list(found.values()) == [expected]


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # "Qwest has bid for MCI": a commercial offer, no demand
        ("Qwest/PROPN/nsubj/1 bid/VERB/ROOT/1/bid for/ADP/prep/1 MCI/PROPN/pobj/2", "bid", None),
        # amassing a fortune is no meeting; amassing troops is a mobilisation
        ("Jaynes/PROPN/nsubj/1 amassed/VERB/ROOT/1/amass fortune/NOUN/dobj/1", "amass", None),
        (
            "Russia/PROPN/nsubj/1 amassed/VERB/ROOT/1/amass troops/NOUN/dobj/1/troop/NNS",
            "amass",
            "Mobilize",
        ),
        # persuading officials, promoting reform: no diplomatic support of a party
        (
            "Companies/NOUN/nsubj/1/company persuade/VERB/ROOT/1/persuade "
            "officials/NOUN/dobj/1/official/NNS",
            "persuade",
            None,
        ),
        ("Trust/PROPN/nsubj/1 promotes/VERB/ROOT/1/promote reform/NOUN/dobj/1", "promote", None),
        ("Britain/PROPN/nsubj/1 backed/VERB/ROOT/1/back France/PROPN/dobj/1", "back", "Support"),
        # what is organised gives the class
        ("It/PRON/nsubj/1 organised/VERB/ROOT/1/organise march/NOUN/dobj/1", "organise", "Protest"),
        (
            "It/PRON/nsubj/1 organised/VERB/ROOT/1/organise talks/NOUN/dobj/1/talk",
            "organise",
            "Consult",
        ),
        ("It/PRON/nsubj/1 organised/VERB/ROOT/1/organise database/NOUN/dobj/1", "organise", None),
    ],
)
def test_commerce_influence_and_organising_are_no_support(spec, lemma, expected):
    assert classes_by_lemma(spec)[lemma] == expected


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # "Mr Clarke agreed to key changes": he gave way
        (
            "Clarke/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/ADP/prep/1 key/ADJ/amod/4 "
            "changes/NOUN/pobj/2/change/NNS",
            "agree",
            "Concede",
        ),
        (
            "Turkey/PROPN/nsubj/1 accepted/VERB/ROOT/1/accept demands/NOUN/dobj/1/demand/NNS",
            "accept",
            "Concede",
        ),
        # agreeing terms or to talks is an agreement
        (
            "Turkey/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/ADP/prep/1 "
            "talks/NOUN/pobj/2/talk/NNS",
            "agree",
            "Agree",
        ),
        # "they had breached the protestors' human rights": a restriction on rights
        (
            "Police/NOUN/nsubj/1/police breached/VERB/ROOT/1/breach human/ADJ/amod/3 "
            "rights/NOUN/dobj/1/right/NNS",
            "breach",
            "Coerce",
        ),
        # breaching a law, even a rights law, defies it
        (
            "Police/NOUN/nsubj/1/police breached/VERB/ROOT/1/breach rights/NOUN/compound/3/right "
            "law/NOUN/dobj/1/law",
            "breach",
            "Reject",
        ),
        # "the regime abused human rights"; "Labour had abused the public's trust" is no
        # assault, "police abused the prisoners" is
        (
            "Regime/NOUN/nsubj/1/regime abused/VERB/ROOT/1/abuse human/ADJ/amod/3 "
            "rights/NOUN/dobj/1/right/NNS",
            "abuse",
            "Coerce",
        ),
        ("Labour/PROPN/nsubj/1 abused/VERB/ROOT/1/abuse trust/NOUN/dobj/1", "abuse", None),
        (
            "Police/NOUN/nsubj/1/police abused/VERB/ROOT/1/abuse "
            "prisoners/NOUN/dobj/1/prisoner/NNS",
            "abuse",
            "Assault",
        ),
    ],
)
def test_giving_way_is_a_concession_and_breaching_rights_a_coercion(spec, lemma, expected):
    assert classes_by_lemma(spec)[lemma] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "numbers released by the ministry": a count of nothing is information
        (
            "Trade/NOUN/nsubj/1/trade rose/VERB/ROOT/1/rise according/VERB/prep/1/accord "
            "to/ADP/prep/2 numbers/NOUN/pobj/3/number/NNS released/VERB/acl/4/release/VBN "
            "by/ADP/agent/5 ministry/NOUN/pobj/6/ministry",
            None,
        ),
        # "the game, released in November", read with the main clause's subject
        (
            "He/PRON/nsubj/1 released/VERB/ROOT/1/release/VBD in/ADP/prep/1 November/PROPN/pobj/2",
            None,
        ),
        # captives released, in a reduced relative too
        (
            "Rebels/NOUN/nsubj/1/rebel released/VERB/ROOT/1/release/VBD "
            "hundreds/NOUN/dobj/1/hundred/NNS",
            "Retreat",
        ),
        (
            "Talks/NOUN/nsubj/1/talk freed/VERB/ROOT/1/free/VBD hostages/NOUN/dobj/1/hostage/NNS "
            "held/VERB/acl/2/hold/VBN by/ADP/agent/3 rebels/NOUN/pobj/4/rebel/NNS",
            "Retreat",
        ),
    ],
)
def test_a_release_frees_captives(spec, expected):
    found = classes_by_lemma(spec)
    assert found.get("release", found.get("free")) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # "the Tories appealed to the same voting instincts": they attract
        ("to/ADP/prep/1 instincts/NOUN/pobj/2/instinct/NNS", None),
        ("to/ADP/prep/1 gamers/NOUN/pobj/2/gamer/NNS", None),
        # asked for something: "appealed for calm", "for them to be freed", "to fans to calm
        # down"; or against a ruling (a court appeal, no request: Accuse)
        ("for/ADP/prep/1 calm/NOUN/pobj/2", "Request"),
        (
            "for/SCONJ/mark/6 prisoners/NOUN/nsubjpass/6/prisoner/NNS to/PART/aux/6/to/TO "
            "be/AUX/auxpass/6/be freed/VERB/advcl/1/free/VBN",
            "Request",
        ),
        (
            "to/ADP/prep/1 fans/NOUN/pobj/2/fan/NNS to/PART/aux/5/to/TO "
            "calm/VERB/xcomp/1/calm down/ADP/prt/5/down/RP",
            "Request",
        ),
    ],
)
def test_an_appeal_for_nothing_asks_nothing(tail, expected):
    found = classes_by_lemma(f"Tories/PROPN/nsubj/1/tory appealed/VERB/ROOT/1/appeal {tail}")
    assert found.get("appeal", found.get("calm")) == expected  # "appealed to fans to calm down"


@pytest.mark.parametrize(
    ("doer", "expected"),
    [
        # "the two political leaders clashed": leaders are people of words; troops are not
        ("leaders/NOUN/nsubj/2/leader", "Accuse"),
        ("troops/NOUN/nsubj/2/troop", "Assault"),
    ],
)
def test_leaders_who_clash_clash_in_words(doer, expected):
    spec = f"The/DET/det/1 {doer} clashed/VERB/ROOT/2/clash"
    assert classes_by_lemma(spec)["clash"] == expected


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        # "Markets do not trade such firms": material cooperation not done, no refusal
        ("trade/VERB/ROOT/3/trade/VB", "trade", None),
        ("protect/VERB/ROOT/3/protect/VB", "protect", None),
        # a stand or a meeting refused stays a rejection
        ("support/VERB/ROOT/3/support/VB", "support", "Reject"),
        ("meet/VERB/ROOT/3/meet/VB", "meet", "Reject"),
    ],
)
def test_a_deed_not_done_is_no_refusal(verb, lemma, expected):
    spec = f"Britain/PROPN/nsubj/3 does/AUX/aux/3/do/VBZ not/PART/neg/3 {verb} France/PROPN/dobj/3"
    assert classes_by_lemma(spec, {"0": "GPE", "4": "GPE"})[lemma] == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # "Russia will not supply nuclear fuel to Iran": a deed to come refused to a party
        (
            "will/AUX/aux/3/will/MD not/PART/neg/3 supply/VERB/ROOT/3/supply "
            "fuel/NOUN/dobj/3/fuel to/ADP/prep/3/to Iran/PROPN/pobj/5",
            "Reject",
        ),
        # no party given to (the object is what is dealt with), or no deed to come: no refusal
        ("will/AUX/aux/3/will/MD not/PART/neg/3 supply/VERB/ROOT/3/supply Iran/PROPN/dobj/3", None),
        (
            "will/AUX/aux/3/will/MD not/PART/neg/3 supply/VERB/ROOT/3/supply fuel/NOUN/dobj/3/fuel",
            None,
        ),
        (
            "does/AUX/aux/3/do/VBZ not/PART/neg/3 supply/VERB/ROOT/3/supply "
            "fuel/NOUN/dobj/3/fuel to/ADP/prep/3/to Iran/PROPN/pobj/5",
            None,
        ),
    ],
)
def test_a_deed_to_come_withheld_from_a_party_is_a_refusal(tail, expected):
    spec = f"Russia/PROPN/nsubj/3 {tail}"
    ents = {str(i): "GPE" for i, word in enumerate(spec.split()) if word.startswith("Iran/")}
    assert classes_by_lemma(spec, {"0": "GPE", **ents})["supply"] == expected


@pytest.mark.parametrize(
    ("control", "content", "expected"),
    [
        # a purchase or a sale offered, to no party: no agreement with anyone
        (
            "offering/VERB/ROOT/1/offer",
            "buy/VERB/xcomp/1/buy properties/NOUN/dobj/3/property",
            None,
        ),
        ("offered/VERB/ROOT/1/offer", "supply/VERB/xcomp/1/supply bills/NOUN/dobj/3/bill", None),
        # a party named as the object's owner or the recipient: a promise to it
        (
            "offered/VERB/ROOT/1/offer",
            "buy/VERB/xcomp/1/buy Yukos/PROPN/dobj/3",
            "Agree",
        ),
        # an agreement's own control word commits to a partner
        (
            "agreed/VERB/ROOT/1/agree",
            "buy/VERB/xcomp/1/buy properties/NOUN/dobj/3/property",
            "Agree",
        ),
    ],
)
def test_a_promise_of_cooperation_with_no_party_is_no_agreement(control, content, expected):
    # "BAA is offering to buy noise-hit properties", "touts offered to supply their own bills"
    spec = f"BAA/PROPN/nsubj/1 {control} to/PART/aux/3 {content}"
    assert list(classes_by_lemma(spec, {"0": "ORG"}).values()) == [expected]
