"""Verbs of violence typed by habit: news uses them for markets, voters and stakes, and only a
party's own violence, or a party held, makes them an assault or a coercion (issue 19 item 1)."""

import pytest
from factories import classes_by_lemma


@pytest.mark.parametrize(
    ("spec", "ents", "lemma", "expected"),
    [
        # "shot up", "dominate", "orchestrate": rises, leads and schemes, never an event
        ("Fiat/PROPN/poss/1 shares/NOUN/nsubj/2/share/NNS shot/VERB/ROOT/2/shoot/VBD "
         "up/ADP/prt/2 after/ADP/prep/2 the/DET/det/6 deal/NOUN/pobj/4", {"0": "ORG"}, "shoot",
         None),
        ("Sony/PROPN/nsubj/1 dominates/VERB/ROOT/1/dominate/VBZ the/DET/det/3 "
         "market/NOUN/dobj/1", {"0": "ORG"}, "dominate", None),
        ("executives/NOUN/nsubj/1/executive/NNS orchestrated/VERB/ROOT/1/orchestrate/VBD "
         "a/DET/det/3 fraud/NOUN/dobj/1", {}, "orchestrate", None),
        # "target": an assault only when armed men or violence do it
        ("the/DET/det/1 firm/NOUN/nsubj/2 targeted/VERB/ROOT/2/target/VBD "
         "teenagers/NOUN/dobj/2/teenager/NNS", {}, "target", None),
        ("rebels/NOUN/nsubj/1/rebel/NNS targeted/VERB/ROOT/1/target/VBD the/DET/det/3 "
         "convoy/NOUN/dobj/1", {}, "target", "Assault"),
        # ... or a party does it to armed men (a count of them too), or to them with no doer
        # named; not to voters, and not when the doer is no party ("cuts hit the army")
        ("they/PRON/nsubj/1 target/VERB/ROOT/1/target/VBP rebels/NOUN/dobj/1/rebel/NNS", {},
         "target", "Assault"),
        ("they/PRON/nsubj/1 target/VERB/ROOT/1/target/VBP voters/NOUN/dobj/1/voter/NNS", {},
         "target", None),
        ("they/PRON/nsubj/1 hit/VERB/ROOT/1/hit/VBD hundreds/NOUN/dobj/1/hundred/NNS "
         "of/ADP/prep/2 militants/NOUN/pobj/3/militant/NNS", {}, "hit", "Assault"),
        ("insurgents/NOUN/nsubjpass/2/insurgent/NNS were/AUX/auxpass/2/be/VBD "
         "targeted/VERB/ROOT/2/target/VBN", {}, "target", "Assault"),
        ("voters/NOUN/nsubjpass/2/voter/NNS were/AUX/auxpass/2/be/VBD "
         "targeted/VERB/ROOT/2/target/VBN", {}, "target", None),
        ("cuts/NOUN/nsubj/1/cut/NNS hit/VERB/ROOT/1/hit/VBD the/DET/det/3 "
         "army/NOUN/dobj/1", {}, "hit", None),
        # "holds a stake of 28.1%" holds no one; "held 12 of the men" does
        ("Glazer/PROPN/nsubj/1 holds/VERB/ROOT/1/hold/VBZ a/DET/det/3 stake/NOUN/dobj/1 "
         "of/ADP/prep/3 28.1/NUM/nummod/6 %/NOUN/pobj/4", {"0": "PERSON", "5": "PERCENT",
         "6": "PERCENT"}, "hold", None),
        ("police/NOUN/nsubj/1 held/VERB/ROOT/1/hold/VBD 12/NUM/dobj/1 of/ADP/prep/2 "
         "the/DET/det/5 men/NOUN/pobj/3/man/NNS", {}, "hold", "Coerce"),
        # "holding 2% of Deutsche Boerse", "holds about 5%": a share held, no one
        ("TCI/PROPN/nsubj/1 holds/VERB/ROOT/1/hold/VBZ 2/NUM/nummod/3 %/NOUN/dobj/1 "
         "of/ADP/prep/3 Boerse/PROPN/pobj/4", {"0": "ORG", "2": "PERCENT", "3": "PERCENT",
         "5": "ORG"}, "hold", None),
        ("TCI/PROPN/nsubj/1 holds/VERB/ROOT/1/hold/VBZ about/ADV/advmod/3 5/NUM/nummod/4 "
         "%/NOUN/dobj/1", {"0": "ORG", "2": "PERCENT", "3": "PERCENT", "4": "PERCENT"}, "hold",
         None),
        # "people search the web" search no one; police searching the men do
        ("people/NOUN/nsubj/1/person/NNS search/VERB/ROOT/1/search/VBP the/DET/det/3 "
         "web/NOUN/dobj/1", {}, "search", None),
        ("police/NOUN/nsubj/1 searched/VERB/ROOT/1/search/VBD the/DET/det/3 "
         "men/NOUN/dobj/1/man/NNS", {}, "search", "Coerce"),
        # "Police searched his home in London": a raid on whoever lives there
        ("police/NOUN/nsubj/1 searched/VERB/ROOT/1/search/VBD his/PRON/poss/3 "
         "home/NOUN/dobj/1 in/ADP/prep/3 London/PROPN/pobj/4", {"5": "GPE"}, "search", "Coerce"),
        ("people/NOUN/nsubj/1/person/NNS searched/VERB/ROOT/1/search/VBD his/PRON/poss/3 "
         "home/NOUN/dobj/1", {}, "search", None),
        ("police/NOUN/nsubj/1 searched/VERB/ROOT/1/search/VBD the/DET/det/3 "
         "offices/NOUN/dobj/1/office/NNS of/ADP/prep/3 Yukos/PROPN/pobj/4", {"5": "ORG"},
         "search", "Coerce"),
        # "most PCs are infested with spyware": no seizure
        ("PCs/NOUN/nsubjpass/2/pc/NNS are/AUX/auxpass/2/be/VBP infested/VERB/ROOT/2/infest/VBN "
         "with/ADP/prep/2 spyware/NOUN/pobj/3", {}, "infest", None),
    ],
)  # fmt: skip
def test_violence_verbs_need_violence_or_a_party_held(spec, ents, lemma, expected):
    assert classes_by_lemma(spec, ents)[lemma] == expected


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        # a disaster or an accident kills no one by assault
        ("following/VERB/prep/3 a/DET/det/7 massive/ADJ/amod/7 earthquake/NOUN/pobj/4", None),
        ("in/ADP/prep/3 a/DET/det/7 car/NOUN/compound/7 crash/NOUN/pobj/4", None),
        # an attack does
        ("in/ADP/prep/3 the/DET/det/6 attack/NOUN/pobj/4", "Assault"),
    ],
)
def test_deaths_in_a_disaster_are_no_assault(cause, expected):
    spec = (
        "five/NUM/nummod/1 people/NOUN/nsubjpass/3/person/NNS were/AUX/auxpass/3/be/VBD "
        "killed/VERB/ROOT/3/kill/VBN " + cause
    )
    assert classes_by_lemma(spec)["kill"] == expected
