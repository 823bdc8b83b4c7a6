"""Resolution of argument phrases to canonical actors (hand-built parses): the order of the
rules, speakers, mentions inside an argument, and the one piece of state, the role memory."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Gazetteer, Resolver
from kg.extract.nominal import appositions
from kg.extract.phrases import phrase
from kg.model import Actor


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def test_title_gives_role_and_short_name_resolves_within_article(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 President/PROPN/compound/3 Ivan/PROPN/compound/3 "
        "Petrov/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
        "Petrov/PROPN/nsubj/7 left/VERB/ROOT/7/leave",
        ents={"0": "NORP", "2-3": "PERSON", "6": "PERSON"},
    )
    res = Resolver(doc, gaz)
    full, short = res.resolve(phrase(doc[3])), res.resolve(phrase(doc[6]))
    assert full.is_actor and full.via == "name"
    full, short = full.actor, short.actor
    assert full.id == short.id == "person/ivan-petrov"
    assert full.label == "Ivan Petrov" and full.role == "president" and full.country == "RUS"


@pytest.mark.parametrize(
    "title",
    # abbreviated and military titles, as wire text writes them ("Gen Musharraf")
    ["Gen", "Lt", "Col", "Brig", "Adm", "Colonel", "Commander", "Sheikh", "Ayatollah"],
)
def test_a_military_or_abbreviated_title_and_surname_is_the_person_named_before(gaz, title):
    doc = parse(
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        f"{title}/PROPN/compound/5 Petrov/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
        ents={"0-1": "PERSON", "4-5": "PERSON"},
    )
    res = Resolver(doc, gaz)
    first, titled = res.resolve(phrase(doc[1])), res.resolve(phrase(doc[5]))
    assert titled.is_actor and titled.actor.id == first.actor.id == "person/ivan-petrov"
    assert titled.actor.label == "Ivan Petrov"


def test_collective_mentions_stand_for_the_country(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2/mass", ents={"0": "NORP"}
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[1]))
    assert found.is_actor and found.via == "collective"
    assert found.actor.id == "country/RUS" and found.actor.sector == "military"


def test_pronouns_take_the_nearest_compatible_antecedent(gaz):
    doc = parse(
        "Xi/PROPN/nsubj/1 met/VERB/ROOT/1/meet Russia/PROPN/dobj/1 ./PUNCT/punct/1 "
        "He/PRON/nsubj/5 left/VERB/ROOT/5/leave ./PUNCT/punct/5 "
        "It/PRON/nsubj/8 objected/VERB/ROOT/8/object",
        ents={"0": "PERSON", "2": "GPE"},
    )
    res = Resolver(doc, gaz)
    he, it = res.resolve(phrase(doc[4])), res.resolve(phrase(doc[7]))
    assert he.actor.id == "person/xi-jinping" and it.actor.id == "country/RUS"
    assert he.via == "pronoun" and he.confidence < 1


def test_unresolvable_pronoun_is_dropped_and_topics_stay_topics(gaz):
    doc = parse("He/PRON/nsubj/1 praised/VERB/ROOT/1/praise the/DET/det/3 relationship/NOUN/dobj/1")
    res = Resolver(doc, gaz)
    assert res.resolve(phrase(doc[0])) is None
    found = res.resolve(phrase(doc[3]))
    assert not found.is_actor and found.actor.type == "Topic"
    assert found.actor.label == "relationship"


@pytest.mark.parametrize(
    ("spec", "ents", "key", "kind", "country"),
    [
        (
            "Afghan/ADJ/amod/1 guerrillas/NOUN/nsubj/2/guerrilla fled/VERB/ROOT/2/flee",
            {"0": "NORP"},
            "group/afghan-guerrillas",
            "Group",
            "AFG",
        ),
        (
            "rebels/NOUN/nsubj/3/rebel in/ADP/prep/0 Chad/PROPN/pobj/1 fled/VERB/ROOT/3/flee",
            {"2": "GPE"},
            "group/rebels-in-chad",
            "Group",
            "TCD",
        ),
        (
            "Thousands/NOUN/nsubj/4/thousand of/ADP/prep/0 Iraqi/ADJ/amod/3 Kurds/PROPN/pobj/1 "
            "marched/VERB/ROOT/4/march",
            {"2": "NORP"},
            None,
            None,
            "IRQ",
        ),
        (
            "Ghanaian/ADJ/amod/1 authorities/NOUN/nsubj/2/authority acted/VERB/ROOT/2/act",
            {},
            "country/GHA",
            "Country",
            "GHA",
        ),
        (
            "U.N./PROPN/compound/1 envoys/NOUN/nsubj/2/envoy left/VERB/ROOT/2/leave",
            {"0": "ORG"},
            "org/UN",
            "Organization",
            None,
        ),
    ],
)
def test_groups_collectives_and_quantities(gaz, spec, ents, key, kind, country):
    doc = parse(spec, ents=ents)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    found = Resolver(doc, gaz).resolve(phrase(subj))
    assert found.actor.country == country
    if key:
        assert (found.actor.id, found.actor.type) == (key, kind)


def test_the_two_leaders_are_the_pair_just_named(gaz):
    doc = parse(
        "Biden/PROPN/nsubj/1 called/VERB/ROOT/1/call Macron/PROPN/dobj/1 ./PUNCT/punct/1 "
        "The/DET/det/6 two/NUM/nummod/6 leaders/NOUN/nsubj/7/leader "
        "agreed/VERB/ROOT/7/agree",
        ents={"0": "PERSON", "2": "PERSON"},
    )
    found = Resolver(doc, gaz).resolve_all(phrase(doc[6]))
    assert [f.actor.id for f in found] == ["person/joe-biden", "person/emmanuel-macron"]
    assert all(f.via == "pair" for f in found)


@pytest.mark.parametrize(
    ("word", "speaker", "expected"),
    [
        ("I", "Person", ("person/x", "speaker", 0.9)),
        ("he", "Person", ("person/x", "speaker", 0.8)),
        # the antecedent instead: the previous sentence's subject
        ("he", "Country", ("person/xi-jinping", "pronoun", 0.7)),
        ("we", None, None),
    ],
)
def test_pronouns_can_stand_for_the_speaker(gaz, word, speaker, expected):
    doc = parse(
        f"Xi/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 {word}/PRON/nsubj/4 "
        "left/VERB/ROOT/4/leave",
        ents={"0": "PERSON"},
    )
    who = Actor(id=f"{speaker.lower()}/x", label="x", type=speaker) if speaker else None
    found = Resolver(doc, gaz).resolve(phrase(doc[3]), speaker=who)
    assert ((found.actor.id, found.via, found.confidence) if found else None) == expected


def test_mentions_are_the_actors_named_inside_an_argument_but_not_its_head(gaz):
    doc = parse(
        "Putin/PROPN/nsubj/1 held/VERB/ROOT/1/hold talks/NOUN/dobj/1/talk with/ADP/prep/2 "
        "Romania/PROPN/pobj/3 and/CCONJ/cc/4 Chad/PROPN/conj/4",
        ents={"0": "PERSON", "4": "GPE", "6": "GPE"},
    )
    res = Resolver(doc, gaz)
    arg = phrase(doc[2])
    assert arg.text == "talks with Romania and Chad"
    assert [a.id for a in res.mentions(arg)] == ["country/ROU", "country/TCD"]
    assert res.mentions(phrase(doc[0])) == []


PETROVS = (
    "Minister/PROPN/compound/2 Ivan/PROPN/compound/2 Petrov/PROPN/nsubj/3 "
    "spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 President/PROPN/compound/7 "
    "Ivan/PROPN/compound/7 Petrov/PROPN/nsubj/8 left/VERB/ROOT/8/leave ./PUNCT/punct/8 "
    "Petrov/PROPN/nsubj/11 agreed/VERB/ROOT/11/agree"
)


def test_only_remember_writes_the_role_memory_and_resolving_a_titled_name_does(gaz):
    doc = parse(PETROVS, ents={"1-2": "PERSON", "6-7": "PERSON", "10": "PERSON"})
    res = Resolver(doc, gaz)
    minister, _, bare = res.names.ents
    assert res.roles == {"Ivan Petrov": ("president", None, None)}  # the last title read
    assert res.entity(minister).role == "minister"
    assert res.roles == {"Ivan Petrov": ("president", None, None)}  # entity() wrote nothing
    assert res.entity(bare).role == "president"
    res.remember(minister)
    assert res.entity(bare).role == "minister"
    # resolution remembers the names it meets: the bare name takes the title resolved last
    assert res.resolve(phrase(doc[7])).actor.role == "president"
    assert res.resolve(phrase(doc[10])).actor.role == "president"


def test_kept_resolutions_follow_the_role_memory(gaz):
    doc = parse(PETROVS, ents={"1-2": "PERSON", "6-7": "PERSON", "10": "PERSON"})
    res = Resolver(doc, gaz)
    minister = res.names.ents[0]
    first = res.resolve_all(phrase(doc[10]))
    assert res.resolve_all(phrase(doc[10])) == first  # kept: the same answer
    assert first[0].actor.role == "president"
    version = res.version
    res.remember(minister)
    assert res.version == version + 1  # roles changed: what was kept no longer applies
    assert res.resolve(phrase(doc[10])).actor.role == "minister"
    res.remember(minister)
    assert res.version == version + 1  # the same role again changes nothing
    assert res.resolve(phrase(doc[7])).actor.role == "president"  # remembers "president"
    assert res.resolve(phrase(doc[10])).actor.role == "president"
    inside = res.mentions(phrase(doc[8]))  # "President Ivan Petrov left"
    assert res.mentions(phrase(doc[8])) == inside
    assert [a.id for a in inside] == ["person/ivan-petrov"]
    fresh = Resolver(doc, gaz)  # and a fresh resolver agrees
    fresh.remember(minister)
    assert fresh.resolve(phrase(doc[10])).actor.role == "minister"


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # nationals: a Group of the country's people, not the state
        ("Kenyans/PROPN/nsubj/1/kenyan/NNPS rallied/VERB/ROOT/1/rally", {"0": "NORP"},
         ("group/kenyans-ken", "Kenyans", "KEN", "nationals")),
        # in the country a place phrase names
        ("Ethnic/ADJ/amod/1 Albanians/PROPN/nsubj/5/albanian/NNPS in/ADP/prep/1 south/ADJ/amod/4 "
         "Serbia/PROPN/pobj/2 protested/VERB/ROOT/5/protest", {"1": "NORP", "4": "GPE"},
         ("group/albanians-srb", "Albanians", "SRB", "nationals")),
        # an ethnic group of the gazetteer, in a country
        ("Kurds/PROPN/nsubj/3/kurd/NNPS in/ADP/prep/0 Turkey/PROPN/pobj/1 protested/VERB/ROOT/3",
         {"0": "NORP", "2": "GPE"}, ("group/kurds-tur", "Kurds", "TUR", "ethnic")),
        # ... and alone, the gazetteer's group as it is
        ("Uighurs/PROPN/nsubj/1/uighur/NNPS protested/VERB/ROOT/1", {"0": "NORP"},
         ("group/UYGHURS", "Uyghurs", "CHN", "ethnic")),
        # a singular name of a country stays the state
        ("Serbia/PROPN/nsubj/1 protested/VERB/ROOT/1", {"0": "GPE"},
         ("country/SRB", "Serbia", "SRB", "state")),
    ],
)  # fmt: skip
def test_nationals_and_ethnic_groups_are_groups_in_a_country(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    found = Resolver(doc, gaz).resolve(phrase(subj)).actor
    assert (found.id, found.label, found.country, found.subtype) == expected
    assert found.type == ("Country" if expected[0].startswith("country/") else "Group")


def test_thousands_of_kenyans_are_kenyans(gaz):
    doc = parse(
        "Thousands/NOUN/nsubj/3/thousand of/ADP/prep/0 Kenyans/PROPN/pobj/1/kenyan/NNPS "
        "marched/VERB/ROOT/3/march",
        ents={"2": "NORP"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[0])).actor
    assert (found.id, found.type) == ("group/kenyans-ken", "Group")


@pytest.mark.parametrize(
    ("quantity", "actor"),
    [
        ("%/NOUN/dobj/1/%", False),  # "owns 44% of Acme": a stake in the firm
        ("third/NOUN/dobj/1/third", False),  # "bought a third of Acme"
        ("thousands/NOUN/dobj/1/thousand", True),  # "thousands of Acme": a count, the firm's
    ],
)
def test_a_share_of_a_firm_is_a_stake_not_the_firm(gaz, quantity, actor):
    # "Globex owns 44 % of Acme Corp ."
    doc = parse(
        f"Globex/PROPN/nsubj/1 owns/VERB/ROOT/1/own 44/NUM/nummod/3 {quantity} "
        "of/ADP/prep/3 Acme/PROPN/compound/6 Corp/PROPN/pobj/4 ./PUNCT/punct/1",
        ents={"0": "ORG", "5-6": "ORG"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[3]))
    assert found.is_actor is actor
    assert (found.actor.label == "Acme Corp") is actor


def test_a_share_of_a_firm_s_people_stays_theirs(gaz):
    # "A third of Nissan workers struck ." ("a third of US Airways' baggage handling staff")
    doc = parse(
        "A/DET/det/1 third/NOUN/nsubj/5/third of/ADP/prep/1 Nissan/PROPN/compound/4 "
        "workers/NOUN/pobj/2/worker/NNS struck/VERB/ROOT/5/strike ./PUNCT/punct/5",
        ents={"3": "ORG"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[1]))
    assert (found.via, found.actor.label) == ("group", "Nissan")  # its workers, as main reads


def test_millions_of_us_is_neither_the_speaker_nor_their_body(gaz):
    """ "cards used by millions of us", said by a spokeswoman: people at large, a topic."""
    doc = parse(
        "Jane/PROPN/compound/1 Smith/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "millions/NOUN/nsubj/7/million of/ADP/prep/4 us/PRON/pobj/5/we pay/VERB/ROOT/7",
        ents={"0-1": "PERSON"},
    )
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[1])).actor
    found = res.resolve(phrase(doc[4]), speaker=speaker)
    assert not found.is_actor and found.confidence == 0.4


def resolve_at(gaz, spec: str, ents: dict[str, str], i: int):
    doc = parse(spec, ents=ents)
    return Resolver(doc, gaz).resolve(phrase(doc[i]))


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # in a subordinate clause: the main clause's subject, not the nearest name
        ("Acme/PROPN/nsubj/1 sued/VERB/ROOT/1/sue Globex/PROPN/dobj/1 ,/PUNCT/punct/2 "
         "which/PRON/dobj/6 it/PRON/nsubj/6 accused/VERB/relcl/2/accuse",
         {"0": "ORG", "2": "ORG"}, 5, ("org/acme", "pronoun")),
        # a main clause's subject: the previous sentence's subject, through its pronoun
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
         "Boris/PROPN/compound/5 Orlov/PROPN/dobj/6 he/PRON/nsubj/7 met/VERB/ROOT/7/meet "
         "./PUNCT/punct/7 He/PRON/nsubj/10 left/VERB/ROOT/10/leave",
         {"0-1": "PERSON", "4-5": "PERSON"}, 9, ("person/ivan-petrov", "pronoun")),
        # an object pronoun: the nearest name that fits (not Anna, a woman's name)
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
         "Boris/PROPN/compound/5 Orlov/PROPN/nsubj/6 left/VERB/ROOT/6/leave ./PUNCT/punct/6 "
         "Anna/PROPN/nsubj/9 met/VERB/ROOT/9/meet him/PRON/dobj/9",
         {"0-1": "PERSON", "4-5": "PERSON", "8": "PERSON"}, 10, ("person/boris-orlov", "pronoun")),
        # a name that only modifies a noun is no antecedent ("Russian" oil company)
        ("Russian/ADJ/amod/2 oil/NOUN/compound/2 firms/NOUN/nsubj/3/firm/NNS fell/VERB/ROOT/3/fall "
         "after/SCONJ/mark/6 it/PRON/nsubj/6 ruled/VERB/advcl/3/rule",
         {"0": "NORP"}, 5, None),
    ],
)  # fmt: skip
def test_a_singular_pronoun_leans_on_the_subject_before_the_nearest_name(
    gaz, spec, ents, i, expected
):
    found = resolve_at(gaz, spec, ents, i)
    assert ((found.actor.id, found.via) if found else None) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        ("a/DET/det/2 UKIP/PROPN/compound/2 spokesman/NOUN/nsubj/3 said/VERB/ROOT/3/say",
         {"1": "ORG"}, 2, ("org/GB-UKIP", "spokesperson")),
        ("A/DET/det/1 spokesman/NOUN/nsubj/6 for/ADP/prep/1 the/DET/det/5 "
         "Acme/PROPN/compound/5 Association/PROPN/pobj/2 said/VERB/ROOT/6/say",
         {"4-5": "ORG"}, 1, ("org/acme-association", "spokesperson")),
        ("a/DET/det/1 spokesman/NOUN/nsubj/2 said/VERB/ROOT/2/say", {}, 1,
         ("topic/spokesman", "topic")),
        # people sent on an organisation's business: "An IMF mission made ...", "The latest
        # delegation from the IMF met ..."
        ("An/DET/det/2 IMF/PROPN/compound/2 mission/NOUN/nsubj/3 made/VERB/ROOT/3/make",
         {"1": "ORG"}, 2, ("org/IMF", "spokesperson")),
        ("The/DET/det/2 latest/ADJ/amod/2 delegation/NOUN/nsubj/6 from/ADP/prep/2 "
         "the/DET/det/5 IMF/PROPN/pobj/3 met/VERB/ROOT/6/meet",
         {"5": "ORG"}, 2, ("org/IMF", "spokesperson")),
    ],
)  # fmt: skip
def test_a_spokesperson_is_whom_they_speak_for(gaz, spec, ents, i, expected):
    found = resolve_at(gaz, spec, ents, i)
    assert (found.actor.id, found.via) == expected


def test_he_after_a_spokesperson_is_whom_the_spokesperson_speaks_for(gaz):
    found = resolve_at(
        gaz,
        "a/DET/det/2 Acme/PROPN/compound/2 spokesman/NOUN/nsubj/3 said/VERB/ROOT/3/say "
        "./PUNCT/punct/3 He/PRON/nsubj/6 added/VERB/ROOT/6/add",
        {"1": "ORG"},
        5,
    )
    assert (found.actor.id, found.via) == ("org/acme", "pronoun")


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "the company" is the organisation an earlier subject named, not the nearest
        ("Acme/PROPN/nsubj/1 sued/VERB/ROOT/1/sue Globex/PROPN/dobj/1 ./PUNCT/punct/1 "
         "The/DET/det/5 company/NOUN/nsubj/6 won/VERB/ROOT/6/win",
         {"0": "ORG", "2": "ORG"}, "org/acme"),
        # "the label": a record company, as "the company" is
        ("Acme/PROPN/nsubj/1 sued/VERB/ROOT/1/sue Globex/PROPN/dobj/1 ./PUNCT/punct/1 "
         "The/DET/det/5 label/NOUN/nsubj/6 won/VERB/ROOT/6/win",
         {"0": "ORG", "2": "ORG"}, "org/acme"),
        # a person subject is no company: the organisation subject before it
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Ivan/PROPN/nsubj/4 "
         "spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 The/DET/det/7 firm/NOUN/nsubj/8 "
         "won/VERB/ROOT/8/win",
         {"0": "ORG", "3": "PERSON"}, "org/acme"),
        # no organisation subject before it: the nearest one named
        ("Ivan/PROPN/nsubj/1 praised/VERB/ROOT/1/praise Acme/PROPN/dobj/1 ./PUNCT/punct/1 "
         "The/DET/det/5 party/NOUN/nsubj/6 won/VERB/ROOT/6/win",
         {"0": "PERSON", "2": "ORG"}, "org/acme"),
        # no organisation named at all: not guessed
        ("Ivan/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 The/DET/det/4 "
         "party/NOUN/nsubj/5 won/VERB/ROOT/5/win",
         {"0": "PERSON"}, "topic/party"),
        # "Acme grew . The offer rose , Reuters reported . The company won": a medium the
        # story cites is no party to it, whichever subject it is
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 The/DET/det/4 "
         "offer/NOUN/nsubj/5 rose/VERB/ccomp/8/rise ,/PUNCT/punct/8 Reuters/PROPN/nsubj/8 "
         "reported/VERB/ROOT/8/report ./PUNCT/punct/8 The/DET/det/11 "
         "company/NOUN/nsubj/12 won/VERB/ROOT/12/win",
         {"0": "ORG", "7": "ORG"}, "org/acme"),
        # "Acme grew . Acme 's new Zubfares were trialled . The airline won": a name whose
        # verb is plural is no firm "the airline" is
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Acme/PROPN/poss/6 "
         "'s/PART/case/3 new/ADJ/amod/6 Zubfares/PROPN/nsubjpass/8 "
         "were/AUX/auxpass/8/be/VBD trialled/VERB/ROOT/8/trial ./PUNCT/punct/8 "
         "The/DET/det/11 airline/NOUN/nsubj/12 won/VERB/ROOT/12/win",
         {"0": "ORG", "3": "ORG", "6": "ORG"}, "org/acme"),
        # "Globex grew . Acme lack courage . The company won": a plural name no body owns
        # ("the Lib Dems lack") is still a body
        ("Globex/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Acme/PROPN/nsubj/4 "
         "lack/VERB/ROOT/4/lack/VBP courage/NOUN/dobj/4 ./PUNCT/punct/4 The/DET/det/8 "
         "company/NOUN/nsubj/9 won/VERB/ROOT/9/win",
         {"0": "ORG", "3": "ORG"}, "org/acme"),
        # "Globex grew . Acme officials were unavailable . The company won": a plural noun
        # of the body's names it
        ("Globex/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 "
         "Acme/PROPN/compound/4 officials/NOUN/nsubj/5/official/NNS were/AUX/ROOT/5/be/VBD "
         "unavailable/ADJ/acomp/5 ./PUNCT/punct/5 The/DET/det/9 company/NOUN/nsubj/10 "
         "won/VERB/ROOT/10/win",
         {"0": "ORG", "3": "ORG"}, "org/acme"),
    ],
)  # fmt: skip
def test_the_company_points_back_to_an_organisation_a_subject_named(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    subj = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert Resolver(doc, gaz).resolve(phrase(subj)).actor.id == expected


def _story(*sentences: str) -> tuple[str, dict[str, str]]:
    """A parse spec of sentences written "word/POS/dep/head-in-sentence[/lemma]" (heads counted
    from each sentence's start), each ending in a full stop, and its entities: every word
    tagged PROPN is an ORG, but "Ivan", a PERSON."""
    words, ents, at = [], {}, 0
    for sentence in sentences:
        parts = sentence.split()
        for k, part in enumerate(parts):
            text, pos, dep, head, *rest = part.split("/")
            words.append("/".join([text, pos, dep, str(at + int(head)), *rest]))
            if pos == "PROPN":
                ents[str(at + k)] = "PERSON" if text == "Ivan" else "ORG"
        root = next(k for k, part in enumerate(parts) if part.split("/")[2] == "ROOT")
        words.append(f"./PUNCT/punct/{at + root}")
        at += len(parts) + 1
    return " ".join(words), ents


IVAN_SPOKE = "Ivan/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak"
PRAISED_LABOUR = "Ivan/PROPN/nsubj/1 praised/VERB/ROOT/1/praise Labour/PROPN/dobj/1"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the party the story named most, past the one named last
        (["UKIP/PROPN/nsubj/1 won/VERB/ROOT/1/win", "UKIP/PROPN/nsubj/1 grew/VERB/ROOT/1/grow",
          IVAN_SPOKE, IVAN_SPOKE, PRAISED_LABOUR,
          "The/DET/det/1 party/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/GB-UKIP"),
        # named once each: no party leads, the nearest
        (["UKIP/PROPN/nsubj/1 won/VERB/ROOT/1/win", IVAN_SPOKE, IVAN_SPOKE, IVAN_SPOKE,
          "Ivan/PROPN/nsubj/1 praised/VERB/ROOT/1/praise Labour/PROPN/dobj/1",
          "The/DET/det/1 party/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/GB-LABOUR"),
        # one party named once: no lead, the nearest body (not "the party" of the one
        # party whose name has the word, an earlier rule's)
        (["LibDems/PROPN/nsubj/1 won/VERB/ROOT/1/win", IVAN_SPOKE, IVAN_SPOKE, IVAN_SPOKE,
          "Ivan/PROPN/nsubj/1 praised/VERB/ROOT/1/praise Acme/PROPN/dobj/1",
          "The/DET/det/1 party/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/acme"),
        # the text called the party named last a party: that one
        (["UKIP/PROPN/nsubj/1 won/VERB/ROOT/1/win", "UKIP/PROPN/nsubj/1 grew/VERB/ROOT/1/grow",
          IVAN_SPOKE, IVAN_SPOKE,
          "Ivan/PROPN/nsubj/1 praised/VERB/ROOT/1/praise the/DET/det/3 party/NOUN/compound/4 "
          "Labour/PROPN/dobj/1",
          "The/DET/det/1 party/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/GB-LABOUR"),
        # "the company" is no party: the story's parties do not count, the nearest
        (["UKIP/PROPN/nsubj/1 won/VERB/ROOT/1/win", "UKIP/PROPN/nsubj/1 grew/VERB/ROOT/1/grow",
          IVAN_SPOKE, IVAN_SPOKE, PRAISED_LABOUR,
          "The/DET/det/1 company/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/GB-LABOUR"),
        # a noun of no story_body_nouns kind ("the committee"): the nearest
        (["UKIP/PROPN/nsubj/1 won/VERB/ROOT/1/win", "UKIP/PROPN/nsubj/1 grew/VERB/ROOT/1/grow",
          IVAN_SPOKE, IVAN_SPOKE, PRAISED_LABOUR,
          "The/DET/det/1 committee/NOUN/nsubj/2 won/VERB/ROOT/2/win"], "org/GB-LABOUR"),
    ],
)  # fmt: skip
def test_the_party_with_no_subject_to_point_back_to_is_the_storys_party(gaz, sentences, expected):
    """ "UKIP won. UKIP grew. ... Ivan praised Labour. The party won": with no organisation
    subject in the three sentences before, "the party" is the party named most (at least
    twice, more than any other), not the one named last; not when the text called the last
    one by the noun, nor for a noun of another kind."""
    doc = parse(*_story(*sentences)[:1], ents=_story(*sentences)[1])
    subj = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert Resolver(doc, gaz).resolve(phrase(subj)).actor.id == expected


def test_an_ipo_is_no_organisation(gaz):
    """ "The IPO was sold": an initial public offering, which the parser tags ORG
    (``name_junk``), is no body."""
    doc = parse(
        "The/DET/det/1 IPO/PROPN/nsubjpass/3 was/AUX/auxpass/3 sold/VERB/ROOT/3/sell",
        ents={"1": "ORG"},
    )
    assert not Resolver(doc, gaz).resolve(phrase(doc[1])).is_actor


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_name_titled_as_a_company_is_an_organisation(gaz, label):
    doc = parse(
        "Russian/ADJ/amod/2 oil/NOUN/compound/2 company/NOUN/compound/3 Zubko/PROPN/nsubj/4 "
        "sued/VERB/ROOT/4/sue ./PUNCT/punct/4 Zubko/PROPN/nsubj/7 won/VERB/ROOT/7/win",
        ents={"0": "NORP", "3": "PERSON", "6": label},
    )
    res = Resolver(doc, gaz)
    for i in (3, 6):  # the titled mention, and a bare one after it (spaCy: a person or not)
        actor = res.resolve(phrase(doc[i])).actor
        assert (actor.id, actor.type, actor.country, actor.role) == (
            "org/zubko",
            "Organization",
            "RUS",
            "oil company",
        )


def test_a_long_chain_of_the_party_looks_back_a_few_steps_only(gaz):
    spec = "Acme/PROPN/nsubj/1 won/VERB/ROOT/1/win ./PUNCT/punct/1"
    for n in range(300):  # "The party won." 300 times: no recursion through them all
        i = 3 + 4 * n
        spec += f" The/DET/det/{i + 1} party/NOUN/nsubj/{i + 2} won/VERB/ROOT/{i + 2}/win"
        spec += f" ./PUNCT/punct/{i + 2}"
    doc = parse(spec, ents={"0": "ORG"})
    res = Resolver(doc, gaz)
    first, last = doc[4], doc[len(doc) - 3]
    assert res.resolve(phrase(first)).actor.id == "org/acme"
    found = res.resolve(phrase(last))
    assert found.actor.id == "org/acme"  # through at most a few "the party" back
    assert res.nesting == 0


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "they" after a plural noun that is no actor, with no actor named since: that topic
        ("Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 Civil/ADJ/amod/4 "
         "servants/NOUN/nsubj/5/servant/NNS worry/VERB/ROOT/5 whether/SCONJ/mark/8 "
         "they/PRON/nsubj/8 stay/VERB/ccomp/5",
         {"0": "ORG"}, ("topic/civil-servants", False)),
        # an actor named after the noun: the actor
        ("Civil/ADJ/amod/1 servants/NOUN/nsubj/2/servant/NNS worry/VERB/ROOT/2 ./PUNCT/punct/2 "
         "Acme/PROPN/nsubj/5 said/VERB/ROOT/5/say they/PRON/nsubj/7 stay/VERB/ccomp/5",
         {"4": "ORG"}, ("org/acme", True)),
        # a noun of a country's that is no actor ("British casinos"): that topic, not the
        # actor named before it
        ("Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 British/ADJ/amod/4 "
         "casinos/NOUN/nsubj/5/casino/NNS compete/VERB/ROOT/5 if/SCONJ/mark/8 "
         "they/PRON/nsubj/8 win/VERB/advcl/5",
         {"0": "ORG", "3": "NORP"}, ("topic/british-casinos", False)),
        # in a subordinate clause: the plural subject of the clause above, not the nearest
        ("UK/PROPN/compound/1 casinos/NOUN/nsubjpass/4/casino/NNS will/AUX/aux/4 "
         "be/AUX/auxpass/4 banned/VERB/ROOT/4/ban from/ADP/prep/4 using/VERB/pcomp/5/use "
         "American/ADJ/amod/8 tricks/NOUN/dobj/6/trick/NNS to/PART/aux/10 "
         "ensure/VERB/xcomp/6 they/PRON/nsubj/12 are/AUX/ccomp/10/be "
         "responsible/ADJ/acomp/12",
         {"0": "GPE", "7": "NORP"}, ("topic/uk-casinos", False)),
        # "diplomats and media": the first of the list, here an actor (Russia)
        ("Russian/ADJ/amod/1 diplomats/NOUN/nsubj/4/diplomat/NNS and/CCONJ/cc/1 "
         "media/NOUN/conj/1/media/NNS spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
         "they/PRON/nsubj/7 left/VERB/ROOT/7/leave",
         {"0": "NORP"}, ("country/RUS", True)),
        # a main clause's subject carries the sentence before's subject on, not its object:
        # "Iranian authorities arrested journalists. They accused ..."
        ("Iranian/ADJ/amod/1 authorities/NOUN/nsubj/2/authority/NNS arrested/VERB/ROOT/2/arrest "
         "journalists/NOUN/dobj/2/journalist/NNS ./PUNCT/punct/2 "
         "They/PRON/nsubj/6 accused/VERB/ROOT/6/accuse Sigarchi/PROPN/dobj/6",
         {"0": "NORP", "7": "PERSON"}, ("country/IRN", True)),
        # a patient is not: "Councils keep shares so properties cannot be sold. Instead,
        # they are sold at cost" are the properties, the nearest
        ("Councils/NOUN/nsubj/1/council/NNS keep/VERB/ROOT/1 shares/NOUN/dobj/1/share/NNS "
         "so/SCONJ/mark/7 properties/NOUN/nsubjpass/7/property/NNS cannot/AUX/aux/7 "
         "be/AUX/auxpass/7 sold/VERB/advcl/1/sell ./PUNCT/punct/1 "
         "they/PRON/nsubjpass/11 are/AUX/auxpass/11 sold/VERB/ROOT/11/sell",
         {}, ("topic/properties", False)),
    ],
)  # fmt: skip
def test_they_after_a_plural_noun_is_what_the_noun_is(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    they = next(t for t in doc if t.lower_ == "they")
    found = Resolver(doc, gaz).resolve(phrase(they))
    assert (found.actor.id, found.is_actor) == expected


TITLED = (
    "Chancellor/PROPN/compound/2 Jan/PROPN/compound/2 Novak/PROPN/nsubj/3 "
    "spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 "
    "the/DET/det/6 chancellor/NOUN/nsubj/7//NN left/VERB/ROOT/7/leave ./PUNCT/punct/7 "
    "the/DET/det/10 president/NOUN/nsubj/11//NN left/VERB/ROOT/11/leave ./PUNCT/punct/11 "
    "Ivan/PROPN/compound/14 Petrov/PROPN/nsubj/20 ,/PUNCT/punct/14 the/DET/det/17 "
    "leader/NOUN/appos/14//NN of/ADP/prep/17 Acme/PROPN/pobj/18 said/VERB/ROOT/20/say "
    "./PUNCT/punct/20 "
    "the/DET/det/23 leader/NOUN/nsubj/24//NN left/VERB/ROOT/24/leave"
)


def test_a_definite_title_is_the_person_the_article_gave_it(gaz):
    doc = parse(TITLED, ents={"1-2": "PERSON", "13-14": "PERSON", "19": "ORG"})
    res = Resolver(doc, gaz)
    chancellor = res.resolve(phrase(doc[6]))
    assert chancellor.is_actor and chancellor.via == "description"
    assert chancellor.actor.label == "Jan Novak"
    assert not res.resolve(phrase(doc[10])).is_actor  # nobody was titled president
    # the noun in apposition with the name is not that name in the statement the apposition
    # makes ("Ivan Petrov is the leader of Acme") ...
    (said,) = (e for e in appositions(doc) if e.subject.root == 14)
    assert said.object.root == 17 and not res.resolve(said.object).is_actor
    # ... but a later "the leader" is the person it titled
    assert res.resolve(phrase(doc[23])).actor.label == "Ivan Petrov"


def test_a_states_firms_are_a_topic_of_its_country_and_sector_not_the_state(gaz):
    from kg import actorcodes
    from kg.extract.codes import code_of

    doc = parse(
        "two/NUM/nummod/2 Russian/ADJ/amod/2 firms/NOUN/nsubj/3/firm/NNS "
        "sued/VERB/ROOT/3/sue ./PUNCT/punct/3 "
        "Russian/ADJ/amod/6 troops/NOUN/nsubj/7/troop/NNS left/VERB/ROOT/7/leave ./PUNCT/punct/7 "
        "British/ADJ/amod/10 casinos/NOUN/nsubj/11/casino/NNS compete/VERB/ROOT/11",
        ents={"1": "NORP", "5": "NORP", "9": "NORP"},
    )
    codes = actorcodes.load()
    res = Resolver(doc, gaz, codes=codes)
    firms, troops, casinos = (res.resolve(phrase(doc[i])) for i in (2, 6, 10))
    assert not firms.is_actor and (firms.actor.country, firms.actor.sector) == ("RUS", "business")
    assert code_of(firms.actor, None, codes) == "RUSBUS"  # coded, though no single actor
    assert troops.is_actor and troops.actor.id == "country/RUS"  # the state's own sector
    assert code_of(casinos.actor, None, codes) == "GBRBUS"
    assert code_of(Actor("topic/talks", "talks", "Topic", "GBR"), None, codes) is None


def test_a_noun_of_organisations_after_a_name_is_that_organisation(gaz):
    from kg import actorcodes

    doc = parse(
        "The/DET/det/5 radical/ADJ/amod/5 Palestinian/ADJ/compound/4 Islamic/PROPN/compound/4 "
        "Jihad/PROPN/compound/5 movement/NOUN/nsubj/6 rejected/VERB/ROOT/6/reject "
        "talks/NOUN/dobj/6/talk",
        ents={"2-4": "ORG"},
    )
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[5]))
    assert found.is_actor and found.via == "name"
    # the Phoenix group, with the country its name starts with (the row has none)
    assert (found.actor.label, found.actor.country) == ("Palestinian Islamic Jihad", "PSE")
    assert not Resolver(doc, gaz).resolve(phrase(doc[7])).is_actor


def test_it_leans_on_the_thing_its_governing_clause_is_about(gaz):
    doc = parse(
        "Novak/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 law/NOUN/nsubj/4//NN "
        "worked/VERB/ccomp/1/work for/ADP/prep/4 Acme/PROPN/pobj/5 as/SCONJ/mark/9 "
        "it/PRON/nsubj/9 did/VERB/advcl/4/do",
        ents={"0": "PERSON", "6": "ORG"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[8]))
    assert not found.is_actor and found.actor.label == "law"  # not Acme, named nearer


def test_they_as_a_main_subject_is_what_they_before_it_was(gaz):
    doc = parse(
        "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 British/ADJ/amod/4 "
        "casinos/NOUN/nsubj/5/casino/NNS compete/VERB/ROOT/5 ./PUNCT/punct/5 "
        "They/PRON/nsubj/8/they act/VERB/ROOT/8 ./PUNCT/punct/8 "
        "They/PRON/nsubjpass/11/they run/VERB/ROOT/11",
        ents={"0": "ORG", "3": "NORP"},
    )
    res = Resolver(doc, gaz)
    first, second = res.resolve(phrase(doc[7])), res.resolve(phrase(doc[10]))
    assert first.actor.id == second.actor.id == "topic/british-casinos"  # not Acme
    assert not second.is_actor


def test_we_of_a_person_titled_by_an_organisation_is_the_organisation(gaz):
    doc = parse(
        "UKIP/PROPN/compound/2 chairman/NOUN/compound/3 Jan/PROPN/compound/3 "
        "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
        "we/PRON/nsubj/7 won/VERB/ROOT/7/win ./PUNCT/punct/7 I/PRON/nsubj/10 won/VERB/ROOT/10/win",
        ents={"0": "ORG", "2-3": "PERSON"},
    )
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[3])).actor
    assert res.resolve(phrase(doc[6]), speaker=speaker).actor.id == "org/GB-UKIP"
    assert res.resolve(phrase(doc[9]), speaker=speaker).actor.id == speaker.id  # "I": the person


def test_a_name_the_parser_tags_once_is_the_same_organisation_where_it_does_not(gaz):
    doc = parse(
        "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 "
        "Acme/PROPN/nsubj/4 left/VERB/ROOT/4/leave ./PUNCT/punct/4 "
        "acme/NOUN/nsubj/7 left/VERB/ROOT/7/leave",
        ents={"0": "ORG"},
    )
    res = Resolver(doc, gaz)
    again = res.resolve(phrase(doc[3]))
    assert again.is_actor and again.actor.id == "org/acme"
    assert not res.resolve(phrase(doc[6])).is_actor  # a common noun is no name


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # Kahn said he left: indirect speech, "he" is the speaker
        ("Kahn/PROPN/nsubj/1 said/VERB/ROOT/1/say he/PRON/nsubj/3 left/VERB/ccomp/1/leave",
         ("person/kahn", "speaker")),
        # Kahn said: " Makarov left ; he left ": quoted, "he" is not the one quoted
        ('Kahn/PROPN/nsubj/1 said/VERB/ROOT/1/say "/PUNCT/punct/4 Makarov/PROPN/nsubj/4 '
         'left/VERB/ccomp/1/leave ;/PUNCT/punct/4 he/PRON/nsubj/7 left/VERB/conj/4/leave '
         '"/PUNCT/punct/4', ("person/makarov", "pronoun")),
    ],
)  # fmt: skip
def test_a_quoted_third_person_pronoun_is_not_the_quotes_speaker(gaz, spec, expected):
    doc = parse(spec, ents={"0": "PERSON", "3": "PERSON"} if "Makarov" in spec else {"0": "PERSON"})
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[0])).actor
    he = next(t for t in doc if t.lower_ == "he")
    found = res.resolve(phrase(he), speaker=speaker)
    assert (found.actor.id, found.via) == expected


#: "Tony Blair spoke . we met {other} ." : Blair's "we", with or without someone else named
BLAIR_WE = (
    "Tony/PROPN/compound/1 Blair/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "we/PRON/nsubj/5 met/VERB/ROOT/5/meet {other}/PROPN/dobj/5 ./PUNCT/punct/5"
)


@pytest.mark.parametrize(
    ("other", "ents", "when", "expected"),
    [
        # in government that day (GBRGOV): his "we" is the state he governs
        ("voters", {"0-1": "PERSON"}, dt.date(2005, 3, 1), "country/GBR"),
        ("voters", {"0-1": "PERSON"}, dt.date(2010, 3, 1), "person/tony-blair"),  # out of it
        # someone of another state named with "we": maybe the two of them, not the UK
        ("Chirac", {"0-1": "PERSON", "6": "PERSON"}, dt.date(2005, 3, 1), "person/tony-blair"),
    ],
)
def test_we_of_a_member_of_a_government_is_its_state(gaz, other, ents, when, expected):
    doc = parse(BLAIR_WE.format(other=other), ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    speaker = res.resolve(phrase(doc[1])).actor
    found = res.resolve(phrase(doc[4]), speaker=speaker)
    assert (found.actor.id, found.via) == (expected, "speaker")
    assert res.resolve(phrase(doc[4]), speaker=None) is None  # no speaker, no "we"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # the lord chancellor, in government by kg's office table (the dictionaries lack him)
        (dt.date(2005, 3, 1), "country/GBR"),
        (dt.date(2002, 3, 1), "person/lord-falconer"),  # before he held the office
    ],
)
def test_we_of_an_office_holder_the_dictionaries_lack_is_the_state(gaz, when, expected):
    spec = BLAIR_WE.format(other="Britain").replace("Tony/", "Lord/").replace("Blair/", "Falconer/")
    doc = parse(spec, ents={"0-1": "PERSON", "6": "GPE"})  # a British story: he is British
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    speaker = res.resolve(phrase(doc[1])).actor
    assert res.resolve(phrase(doc[4]), speaker=speaker).actor.id == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Acme spoke . the plight grew . it spread": the thing the main subject before was
        ("the/DET/det/4 plight/NOUN/nsubj/5 grew/VERB/ROOT/5/grow ./PUNCT/punct/5 "
         "it/PRON/nsubj/8 spread/VERB/ROOT/8/spread", ("topic/plight", False)),
        # a noun of organisations describes one: the organisation named before
        ("the/DET/det/4 group/NOUN/nsubj/5 grew/VERB/ROOT/5/grow ./PUNCT/punct/5 "
         "it/PRON/nsubj/8 spread/VERB/ROOT/8/spread", ("org/acme", True)),
        # a subject naming an actor ("membership of Acme"): unsure, the nearest name as before
        ("membership/NOUN/nsubj/6 of/ADP/prep/3 Acme/PROPN/pobj/4 grew/VERB/ROOT/6/grow "
         "./PUNCT/punct/6 it/PRON/nsubj/9 spread/VERB/ROOT/9/spread", ("org/acme", True)),
        # a person "it" cannot be ("Mr Zubov's trial"): the thing, not the organisation
        ("Zubov/PROPN/poss/5 's/PART/case/3 trial/NOUN/nsubj/6 began/VERB/ROOT/6/begin "
         "./PUNCT/punct/6 it/PRON/nsubj/9 spread/VERB/ROOT/9/spread",
         ("topic/zubov-s-trial", False)),
    ],
)  # fmt: skip
def test_it_as_a_main_subject_leans_on_the_thing_the_subject_before_was(gaz, spec, expected):
    ents = {"0": "ORG", "5": "ORG"} if "Acme/PROPN/pobj" in spec else {"0": "ORG"}
    if "Zubov" in spec:
        ents["3"] = "PERSON"
    doc = parse("Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 " + spec, ents=ents)
    it = next(t for t in doc if t.lower_ == "it")
    found = Resolver(doc, gaz).resolve(phrase(it))
    assert (found.actor.id.startswith(expected[0]), found.is_actor) == (True, expected[1])


def test_she_after_she_is_not_what_he_was(gaz):
    doc = parse(
        "Tessa/PROPN/compound/1 Jowell/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "John/PROPN/compound/5 Smith/PROPN/nsubj/6 left/VERB/ROOT/6/leave ./PUNCT/punct/6 "
        "He/PRON/nsubj/9 sat/VERB/ROOT/9/sit ./PUNCT/punct/9 She/PRON/nsubj/12 "
        "stood/VERB/ROOT/12/stand",
        ents={"0-1": "PERSON", "4-5": "PERSON"},
    )
    res = Resolver(doc, gaz)
    assert res.resolve(phrase(doc[8])).actor.id == "person/john-smith"
    assert res.resolve(phrase(doc[11])).actor.id == "person/tessa-jowell"  # not John's "He"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Acme grew . Straw said : it failed ." unquoted: the organisation named before
        ("Straw/PROPN/nsubj/4 said/VERB/ROOT/4/say :/PUNCT/punct/4 it/PRON/nsubj/7 "
         "failed/VERB/ccomp/4/fail ./PUNCT/punct/4", "org/acme"),
        # quoted: the speaker's words, not the narrative's Acme: no antecedent, no guess
        ('Straw/PROPN/nsubj/4 said/VERB/ROOT/4/say :/PUNCT/punct/4 "/PUNCT/punct/8 '
         'it/PRON/nsubj/8 failed/VERB/ccomp/4/fail ./PUNCT/punct/4 "/PUNCT/punct/4', None),
    ],
)  # fmt: skip
def test_a_quoted_pronoun_takes_no_name_from_outside_the_quotation(gaz, spec, expected):
    doc = parse(
        "Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 " + spec,
        ents={"0": "ORG", "3": "PERSON"},
    )
    it = next(t for t in doc if t.lower_ == "it")
    found = Resolver(doc, gaz).resolve(phrase(it))
    assert (found.actor.id if found else None) == expected


@pytest.mark.parametrize(
    ("pronoun", "dep", "head", "expected"),
    [
        # "John Smith spoke . If Tom Jones won't allow him to run ...": him is not Tom Jones
        ("him", "nsubj", 11, "person/john-smith"),
        ("him", "dobj", 8, "person/john-smith"),  # "won't allow him"
        ("he", "nsubj", 11, "person/tom-jones"),  # a subject pronoun: the nearest as before
    ],
)
def test_an_object_pronoun_is_not_the_subject_of_its_clause(gaz, pronoun, dep, head, expected):
    doc = parse(
        "John/PROPN/compound/1 Smith/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "If/SCONJ/mark/8 Tom/PROPN/compound/6 Jones/PROPN/nsubj/8 wo/AUX/aux/8/will "
        f"allow/VERB/ROOT/8 {pronoun}/PRON/{dep}/{head}/he to/PART/aux/11 run/VERB/ccomp/8",
        ents={"0-1": "PERSON", "5-6": "PERSON"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[9]))
    assert found.actor.id == expected


@pytest.mark.parametrize(
    ("noun", "expected"), [("firm", "org/zub-gold"), ("town", "person/ivan-zubov")]
)
def test_we_of_an_officer_of_a_company_an_apposition_names_is_the_company(gaz, noun, expected):
    """ "Ivan Zubov, deputy chairman of Zub Gold - a mining firm, said: we regret ...": the
    company; an apposition naming no company leaves the speaker as before."""
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/10 ,/PUNCT/punct/1 deputy/NOUN/compound/4 "
        "chairman/NOUN/appos/1 of/ADP/prep/4 Zub/PROPN/compound/7 Gold/PROPN/pobj/5 "
        f",/PUNCT/punct/7 {noun}/NOUN/appos/7/{noun} said/VERB/ROOT/10/say ./PUNCT/punct/10 "
        "we/PRON/nsubj/13 regret/VERB/ROOT/13/regret",
        ents={"0-1": "PERSON", "6-7": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    speaker = res.resolve(phrase(doc[1])).actor
    assert res.resolve(phrase(doc[12]), speaker=speaker).actor.id == expected


def test_a_description_in_apposition_with_a_name_is_the_named_actor(gaz):
    # "Oleg Gordievsky, a senior officer who defected, spoke": who defected is Gordievsky
    doc = parse(
        "Oleg/PROPN/compound/1 Gordievsky/PROPN/nsubj/10 ,/PUNCT/punct/1 a/DET/det/5 "
        "senior/ADJ/amod/5 officer/NOUN/appos/1 who/PRON/nsubj/7 defected/VERB/relcl/5/defect "
        ",/PUNCT/punct/1 and/CCONJ/cc/1 spoke/VERB/ROOT/10/speak",
        ents={"0-1": "PERSON"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[5]))
    assert (found.actor.id, found.via) == ("person/oleg-gordievsky", "apposition")


@pytest.mark.parametrize(
    ("place", "label", "code"),
    [
        # "Britain votes . Parliament met .": the Parliament of the United Kingdom
        ("Britain", "Parliament of the United Kingdom", "GBRLEG"),
        # "Ukraine votes . Parliament met .": Ukraine's, no gazetteer row
        ("Ukraine", "Parliament", "UKRLEG"),
    ],
)
def test_a_bare_name_placed_in_a_country_is_the_body_it_means_there(gaz, place, label, code):
    from kg.extract.codes import code_of

    doc = parse(
        f"{place}/PROPN/nsubj/1 votes/VERB/ROOT/1/vote ./PUNCT/punct/1 "
        "Parliament/PROPN/nsubj/4 met/VERB/ROOT/4/meet ./PUNCT/punct/4",
        ents={"0": "GPE", "3": "ORG"},
    )
    codes = actorcodes.load()
    found = Resolver(doc, gaz, codes=codes).resolve(phrase(doc[3])).actor
    assert found.label == label
    assert code_of(found, None, codes) == code


@pytest.mark.parametrize(
    ("body", "ents", "code"),
    [
        # "Jon Baume , of the union , said": the union's (LAB)
        ("the/DET/det/5 union/NOUN/pobj/3", {}, "GBRLAB"),
        # "..., from the Zubrovian Federation of Small Businesses": a Phoenix role noun, BUS
        ("the/DET/det/5 Businesses/PROPN/pobj/3", {"5": "ORG"}, "GBRBUS"),
        # "Baron Jon Baume of Bedwellty": a place the parser took for a body says no sector
        ("the/DET/det/5 Bedwellty/PROPN/pobj/3", {"5": "ORG"}, "GBR"),
        # a noun of no body
        ("the/DET/det/5 valleys/NOUN/pobj/3/valley", {}, "GBR"),
    ],
)
def test_a_phrase_after_a_name_gives_the_body_the_person_belongs_to(gaz, body, ents, code):
    from dataclasses import replace

    from kg.extract.codes import code_of

    doc = parse(
        f"Jon/PROPN/compound/1 Baume/PROPN/nsubj/7 ,/PUNCT/punct/1 of/ADP/prep/1 {body} "
        ",/PUNCT/punct/1 said/VERB/ROOT/7/say",
        ents={"0-1": "PERSON", **ents},
    )
    codes = actorcodes.load()
    found = Resolver(doc, gaz, codes=codes).resolve(phrase(doc[1])).actor
    assert code_of(replace(found, country="GBR"), None, codes) == code


#: "Jack Straw said Britain , Cuba , Iraq and America met . the government acted ." : a
#: story about no one state (two of five names British), one of whose ministers speaks
NO_MAIN_STATE = (
    "Jack/PROPN/compound/1 Straw/PROPN/nsubj/2 said/VERB/ROOT/2/say Britain/PROPN/nsubj/11 "
    ",/PUNCT/punct/3 Cuba/PROPN/conj/3 ,/PUNCT/punct/5 Iraq/PROPN/conj/5 and/CCONJ/cc/7 "
    "America/PROPN/conj/7 have/AUX/aux/11 met/VERB/ccomp/2/meet ./PUNCT/punct/2 "
    "{det}/DET/det/14 government/NOUN/nsubj/15 acted/VERB/ROOT/15/act ./PUNCT/punct/15"
)


@pytest.mark.parametrize(
    ("det", "when", "expected"),
    [
        # Straw is in the British government that day: "the government" is the UK's
        ("the", dt.date(2005, 3, 1), ("country/GBR", True)),
        ("this", dt.date(2005, 3, 1), ("country/GBR", True)),  # the one in office
        ("a", dt.date(2005, 3, 1), ("topic/government", False)),  # some government
        # years after he left it the article names no member of a government: no guess
        ("the", dt.date(2012, 3, 1), ("topic/government", False)),
    ],
)
def test_the_government_of_a_story_about_no_one_state_is_that_of_its_ministers(
    gaz, det, when, expected
):
    ents = {"0-1": "PERSON", "3": "GPE", "5": "GPE", "7": "GPE", "9": "GPE"}
    doc = parse(NO_MAIN_STATE.format(det=det), ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    assert res.names.country is None
    found = res.resolve(phrase(doc[14]))
    assert (found.actor.id, found.is_actor) == expected


def test_the_government_is_no_state_whose_minister_is_a_misread_name(gaz):
    # the same story naming no Briton ("Straw said Cuba , Iraq , Chile and America met"):
    # a minister of a state the story never names is no reason to read its government in
    spec = NO_MAIN_STATE.format(det="the").replace("Britain/", "Chile/")
    ents = {"0-1": "PERSON", "3": "GPE", "5": "GPE", "7": "GPE", "9": "GPE"}
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    assert not res.resolve(phrase(doc[14])).is_actor


@pytest.mark.parametrize(
    ("noun", "mods", "expected"),
    [
        # "Prince Harry spoke . The prince apologised": the person whose name the title
        # word starts (the dictionaries' name keeps it: no role to take from it)
        ("prince", "", ("person/prince-harry", True)),
        ("bishop", "", ("topic/bishop", False)),  # no one was named with that title
        # a word singling one out: some other prince ("the crown prince")
        ("prince", "crown/NOUN/compound/6 ", ("topic/crown-prince", False)),
    ],
)
def test_the_title_word_a_persons_name_starts_with_is_that_person(gaz, noun, mods, expected):
    head = 6 if mods else 5
    spec = (
        "Prince/PROPN/compound/1 Harry/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        f"The/DET/det/{head} {mods}{noun}/NOUN/nsubj/{head + 1} "
        f"apologised/VERB/ROOT/{head + 1}/apologise"
    )
    doc = parse(spec, ents={"0-1": "PERSON"})
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = res.resolve(phrase(doc[head]))
    assert (found.actor.id, found.is_actor) == expected


def test_we_of_a_person_an_apposition_after_the_name_titles_is_the_organisation(gaz):
    """ "Ivan Zubov, Zubco director general, said: we regret ...": the organisation the noun in
    apposition after the name is of, which the gazetteer does not know (less sure: 0.7); "I"
    stays the person."""
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/7 ,/PUNCT/punct/1 Zubco/PROPN/compound/5 "
        "director/NOUN/compound/5 general/NOUN/appos/1 ,/PUNCT/punct/1 said/VERB/ROOT/7/say "
        "./PUNCT/punct/7 we/PRON/nsubj/10 regret/VERB/ROOT/10/regret ./PUNCT/punct/10 "
        "I/PRON/nsubj/13 won/VERB/ROOT/13/win",
        ents={"0-1": "PERSON", "3": "ORG"},
    )
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[1])).actor
    found = res.resolve(phrase(doc[9]), speaker=speaker)
    assert (found.actor.id, found.confidence) == ("org/zubco", 0.7)
    assert res.resolve(phrase(doc[12]), speaker=speaker).actor.id == speaker.id


def test_we_of_a_legislator_is_not_the_seat_an_apposition_names(gaz):
    """ "Jan Novak, MP for Zubton Vale, said: we ...": a seat the parser tags ORG is no body
    the legislator's "we" is."""
    doc = parse(
        "Jan/PROPN/compound/1 Novak/PROPN/nsubj/8 ,/PUNCT/punct/1 MP/NOUN/appos/1/MP "
        "for/ADP/prep/3 Zubton/PROPN/compound/6 Vale/PROPN/pobj/4 ,/PUNCT/punct/1 "
        "said/VERB/ROOT/8/say ./PUNCT/punct/8 we/PRON/nsubj/11 regret/VERB/ROOT/11/regret",
        ents={"0-1": "PERSON", "5-6": "ORG"},
    )
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[1])).actor
    assert res.resolve(phrase(doc[10]), speaker=speaker).actor.id == speaker.id


def test_we_of_a_person_titled_by_a_bare_noun_of_bodies_is_the_person(gaz):
    """ "Party leader Jan Novak said: we ...": a sentence's capitalised "Party" the parser
    tags ORG names no body the speaker's "we" could be."""
    doc = parse(
        "Party/PROPN/compound/1 leader/NOUN/compound/3 Jan/PROPN/compound/3 "
        "Novak/PROPN/nsubj/4 said/VERB/ROOT/4/say ./PUNCT/punct/4 "
        "we/PRON/nsubj/7 regret/VERB/ROOT/7/regret",
        ents={"0": "ORG", "2-3": "PERSON"},
    )
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[3])).actor
    assert res.resolve(phrase(doc[6]), speaker=speaker).actor.id == speaker.id


#: "British {a} {b} Jan Novak said . we regret": a person the dictionaries lack, titled
TITLED_WE = (
    "British/ADJ/amod/4 {a}/NOUN/compound/4 {b}/NOUN/compound/4 Jan/PROPN/compound/4 "
    "Novak/PROPN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5 we/PRON/nsubj/8 "
    "regret/VERB/ROOT/8/regret"
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("government", "spokesman", "country/GBR"),  # an office of the state's government
        ("foreign", "minister", "country/GBR"),
        ("chief", "executive", "person/jan-novak"),  # Phoenix's GOV, but a firm's officer too
        ("director", "general", "person/jan-novak"),
        ("former", "minister", "person/jan-novak"),  # no office now
        ("shadow", "minister", "person/jan-novak"),  # the opposition's
        ("health", "minister", "country/GBR"),  # a ministry's sector (GOVHLH): the government
        ("defence", "minister", "country/GBR"),  # GOVMIL
        ("Welsh", "minister", "person/jan-novak"),  # a devolved executive's, no state's
    ],
)
def test_we_of_a_person_a_title_puts_in_government_is_the_state(gaz, a, b, expected):
    """ "Ahmed Shaheed, the chief government spokesman": the dictionaries lack the office on
    the day (or the person), the text's title says it; his "we" is the Maldives."""
    doc = parse(TITLED_WE.format(a=a, b=b), ents={"0": "NORP", "3-4": "PERSON"})
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    speaker = res.resolve(phrase(doc[4])).actor
    assert speaker.id == "person/jan-novak"
    assert res.resolve(phrase(doc[7]), speaker=speaker).actor.id == expected


#: "British firm Zubco fell . Zubco lost . {filler}{title} Jan Novak said . we regret": a
#: story about one firm, one of whose officers speaks with a title that names no body
OFFICER_WE = (
    "British/ADJ/amod/1 firm/NOUN/compound/2 Zubco/PROPN/nsubj/3 fell/VERB/ROOT/3/fall "
    "./PUNCT/punct/3 Zubco/PROPN/nsubj/6 lost/VERB/ROOT/6/lose ./PUNCT/punct/6 {filler}"
    "{a}/NOUN/compound/{n} {b}/NOUN/compound/{n} Jan/PROPN/compound/{n} Novak/PROPN/nsubj/{s} "
    "said/VERB/ROOT/{s}/say ./PUNCT/punct/{s} we/PRON/nsubj/{r} regret/VERB/ROOT/{r}/regret"
)


#: "Prices rose . Rates rose . ...": ``n`` sentences that name no one, from token 8
def filler(n: int) -> str:
    words = ("Prices/NOUN/nsubj/{v}/price", "Rates/NOUN/nsubj/{v}/rate")
    return "".join(
        f"{words[k % 2].format(v=9 + 3 * k)} rose/VERB/ROOT/{9 + 3 * k}/rise "
        f"./PUNCT/punct/{9 + 3 * k} "
        for k in range(n)
    )


@pytest.mark.parametrize(
    ("a", "b", "firm", "far", "expected"),
    [
        # "Chief executive Jan Novak": the firm the story is about (less sure: 0.6)
        ("chief", "executive", True, 0, ("org/zubco", 0.6)),
        # the same story with no firm named (a place's name): the person, as before
        ("chief", "executive", False, 0, ("person/jan-novak", 0.9)),
        # a title of no firm's officer: the person, as before
        ("union", "leader", True, 0, ("person/jan-novak", 0.9)),
        # the firm last named five sentences before the "we" (the officer's quote goes on):
        # the firm
        ("chief", "executive", True, 3, ("org/zubco", 0.6)),
        # the firm last named six sentences before the "we": no guess, the person
        ("chief", "executive", True, 4, ("person/jan-novak", 0.9)),
    ],
)
def test_we_of_a_company_officer_whose_title_names_no_body_is_the_storys_firm(
    gaz, a, b, firm, far, expected
):
    at = 8 + 3 * far  # the title's first word, after ``far`` sentences that name no one
    spec = OFFICER_WE.format(filler=filler(far), a=a, b=b, n=at + 3, s=at + 4, r=at + 7)
    body = "ORG" if firm else "GPE"
    ents = {"0": "NORP", "2": body, "5": body, f"{at + 2}-{at + 3}": "PERSON"}
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    speaker = res.resolve(phrase(doc[at + 3])).actor
    found = res.resolve(phrase(doc[at + 6]), speaker=speaker)
    assert (found.actor.id, found.confidence) == expected


@pytest.mark.parametrize(
    ("adj", "mods", "expected"),
    [
        # "BMW fell . The German carmaker lost": the German firm named before (less sure)
        ("German", "", ("org/bmw", True, 0.5)),
        # no French firm named: French carmakers, a group of the state's firms, as before
        ("French", "", ("topic/french-carmaker", False, 0.9)),
        # "the biggest German carmaker": some firm, maybe not the one named
        ("German", "biggest/ADJ/amod/6/big/JJS ", ("topic/biggest-german-carmaker", False, 0.9)),
        # "the other German carmaker": a word that sets it apart (``singling_words``)
        ("German", "other/ADJ/amod/6 ", ("topic/other-german-carmaker", False, 0.9)),
    ],
)
def test_the_nationality_firm_is_the_firm_of_that_state_named_before(gaz, adj, mods, expected):
    head = 6 if mods else 5
    spec = (
        "BMW/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ./PUNCT/punct/1 "
        f"The/DET/det/{head} {mods}{adj}/ADJ/amod/{head} carmaker/NOUN/nsubj/{head + 1}/carmaker "
        f"lost/VERB/ROOT/{head + 1}/lose"
    )
    doc = parse(spec, ents={"0": "ORG", str(head - 1): "NORP"})
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = res.resolve(phrase(doc[head]))
    assert (found.actor.id, found.is_actor, found.confidence) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "i"),
    [
        # "BMW , the German carmaker , fell": the apposition says what BMW is (an "X is X"
        # statement of BMW would be dropped): no reading back to BMW
        ("BMW/PROPN/nsubj/6 ,/PUNCT/punct/0 the/DET/det/4 German/ADJ/amod/4 "
         "carmaker/NOUN/appos/0/carmaker ,/PUNCT/punct/0 fell/VERB/ROOT/6/fall",
         {"0": "ORG", "3": "NORP"}, 4),
        # "BMW fell . The German carmaker lost" with "German" no nationality's name (as a
        # place's is not: "The Florida company", of a story naming French LVMH)
        ("BMW/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ./PUNCT/punct/1 The/DET/det/5 "
         "German/ADJ/amod/5 carmaker/NOUN/nsubj/6/carmaker lost/VERB/ROOT/6/lose",
         {"0": "ORG"}, 5),
    ],
)  # fmt: skip
def test_the_nationality_firm_reads_back_only_as_a_mention_of_its_own(gaz, spec, ents, i):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    apposed = [e.object for e in appositions(doc) if e.object.root == i]
    found = res.resolve(apposed[0] if apposed else phrase(doc[i]))
    assert (found.actor.id, found.via) != ("org/bmw", "description")


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # "Britain votes . the Commission met .": no fuller form named, the European one
        ("Britain", "European Commission"),
        # "Ukraine votes . the Commission met .": no row for Ukraine's story, its own name
        ("Ukraine", "Commission"),
    ],
)
def test_the_commission_of_a_british_story_is_the_european_one(gaz, place, expected):
    doc = parse(
        f"{place}/PROPN/nsubj/1 votes/VERB/ROOT/1/vote ./PUNCT/punct/1 the/DET/det/4 "
        "Commission/PROPN/nsubj/5 met/VERB/ROOT/5/meet ./PUNCT/punct/5",
        ents={"0": "GPE", "4": "ORG"},
    )
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[4])).actor
    assert found.label == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a people the gazetteer does not know, named by a Phoenix role noun: in the country
        # a place phrase names, with the noun's sector
        ("Muslims/PROPN/nsubj/3/muslim/NNPS in/ADP/prep/0 Britain/PROPN/pobj/1 "
         "protested/VERB/ROOT/3/protest", {"0": "NORP", "2": "GPE"},
         ("group/muslims-gbr", "Muslims", "GBR", "GBRMUS")),
        # ... in the country a nationality inside the name says
        ("British/ADJ/amod/1 Muslims/PROPN/nsubj/2/muslim/NNPS protested/VERB/ROOT/2/protest",
         {"0-1": "NORP"}, ("group/muslims-gbr", "Muslims", "GBR", "GBRMUS")),
        # ... else in the story's
        ("Hindus/PROPN/nsubj/1/hindu/NNPS protested/VERB/ROOT/1/protest", {"0": "NORP"},
         ("group/hindus-gbr", "Hindus", "GBR", "GBRHIN")),
        # a party's people are no faith: as before
        ("Tories/PROPN/nsubj/1/tory/NNPS protested/VERB/ROOT/1/protest", {"0": "NORP"},
         ("org/GB-CONSERVATIVES", None, None, None)),
    ],
)  # fmt: skip
def test_a_faith_s_people_are_a_group_of_their_country_and_sector(gaz, spec, ents, expected):
    from kg.extract.codes import code_of

    end = len(spec.split())  # "... . Britain voted": the story's one country
    spec += f" ./PUNCT/punct/{end - 1} Britain/PROPN/nsubj/{end + 2} voted/VERB/ROOT/{end + 2}"
    doc = parse(spec, ents={**ents, str(end + 1): "GPE"})
    subj = next(t for t in doc if t.dep_ == "nsubj")
    codes = actorcodes.load()
    found = Resolver(doc, gaz, codes=codes).resolve(phrase(subj)).actor
    if expected[1] is None:
        assert found.id == expected[0] and found.type == "Organization"
        return
    code = code_of(found, None, codes)
    assert (found.id, found.label, found.country, code) == expected
    assert found.type == "Group"


@pytest.mark.parametrize("label", ["ORG", "PERSON"])  # the parser takes a firm for a person too
def test_a_firm_keeps_the_nationality_its_name_was_given(gaz, label):
    # "German firm Zellwerk rose. Zellwerk, a cement maker, fell. Britain voted. Britain won": a
    # later description naming no country keeps the firm's, not the story's
    doc = parse(
        "German/ADJ/amod/2 firm/NOUN/compound/2 Zellwerk/PROPN/nsubj/3 rose/VERB/ROOT/3/rise "
        "./PUNCT/punct/3 Zellwerk/PROPN/nsubj/10 ,/PUNCT/punct/5 a/DET/det/9 "
        "cement/NOUN/compound/9 maker/NOUN/appos/5 fell/VERB/ROOT/10/fall ./PUNCT/punct/10 "
        "Britain/PROPN/nsubj/13 voted/VERB/ROOT/13/vote ./PUNCT/punct/13 "
        "Britain/PROPN/nsubj/16 won/VERB/ROOT/16/win",
        ents={"0": "NORP", "2": label, "5": label, "12": "GPE", "15": "GPE"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    first = res.resolve(phrase(doc[2])).actor
    later = res.resolve(phrase(doc[5])).actor
    assert (first.type, first.country) == ("Organization", "DEU")
    assert (later.id, later.type, later.country) == (first.id, "Organization", "DEU")


@pytest.mark.parametrize(
    ("name", "ents", "code"),
    [
        # "William Corr of the Campaign for Zubrovian Kids said": the campaign's (NGO)
        ("Campaign/PROPN/pobj/2 for/ADP/prep/4 Zubrovian/PROPN/compound/7 Kids/PROPN/pobj/5",
         "4-7", "NGOGBR"),
        # "... of the Charity Commission": no campaign group's head
        ("Charity/PROPN/compound/5 Commission/PROPN/pobj/2", "4-5", None),
    ],
)  # fmt: skip
def test_a_person_of_a_body_named_as_a_campaign_takes_its_ngo_code(gaz, name, ents, code):
    from dataclasses import replace

    from kg.extract.codes import code_of

    said = 4 + len(name.split())
    doc = parse(
        f"William/PROPN/compound/1 Corr/PROPN/nsubj/{said} of/ADP/prep/1 the/DET/det/4 {name} "
        f"said/VERB/ROOT/{said}/say",
        ents={"0-1": "PERSON", ents: "ORG"},
    )
    codes = actorcodes.load()
    found = Resolver(doc, gaz, codes=codes).resolve(phrase(doc[1])).actor
    got = code_of(replace(found, country="GBR"), None, codes)
    assert got == code if code else not (got or "").startswith("NGO")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("backbench", "MP", "country/GBR"),  # a member of the legislature (GBRLEG): the state
        ("senior", "MP", "country/GBR"),
        ("shadow", "minister", "person/jan-novak"),  # the opposition's (GBROPP): not the state
        ("union", "leader", "person/jan-novak"),  # no legislator
        ("former", "MP", "person/jan-novak"),  # no seat now
    ],
)
def test_we_of_a_legislator_in_no_government_is_the_state(gaz, a, b, expected):
    """ "Ms Roche, Labour MP for Hornsey and Wood Green, believes legal migration is
    something we should welcome": a backbencher's "we" is the country, not its government
    (no sector), when no body of theirs is named."""
    doc = parse(TITLED_WE.format(a=a, b=b), ents={"0": "NORP", "3-4": "PERSON"})
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    speaker = res.resolve(phrase(doc[4])).actor
    assert speaker.id == "person/jan-novak"
    found = res.resolve(phrase(doc[7]), speaker=speaker).actor
    assert (found.id, found.sector) == (expected, None)


@pytest.mark.parametrize(
    ("firm", "state", "expected"),
    [
        # "Vodafone fell . The UK operator lost": a country's name before a firm's noun, as a
        # nationality's adjective: the firm of that country named before
        ("Vodafone", "UK", ("org/vodafone", True)),
        ("Boeing", "US", ("org/boeing", True)),
        # "The Florida company": a place in a state, where firms of anywhere may be
        ("Boeing", "Florida", ("topic/florida-operator", False)),
    ],
)
def test_the_country_firm_is_the_firm_of_that_country_named_before(gaz, firm, state, expected):
    doc = parse(
        f"{firm}/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ./PUNCT/punct/1 The/DET/det/5 "
        f"{state}/PROPN/compound/5 operator/NOUN/nsubj/6/operator/NN lost/VERB/ROOT/6/lose",
        ents={"0": "ORG", "4": "GPE"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = res.resolve(phrase(doc[5]))
    assert (found.actor.id, found.is_actor) == expected


def test_the_memo_key_of_an_argument_holds_each_of_its_fields():
    """The resolver's memo keys an argument by its fields (:func:`kg.extract.actors._fields`):
    one per field of the Arg, so two arguments share a key exactly when they are equal."""
    from dataclasses import fields

    from kg.extract.actors import _fields
    from kg.extract.records import Arg

    arg = Arg("the minister", 4, 16, 1, appos=3)
    assert _fields(arg) == tuple(getattr(arg, f.name) for f in fields(Arg))
    for other in (Arg("the minister", 4, 16, 1), Arg("the minister", 4, 16, 2, appos=3)):
        assert (_fields(other) == _fields(arg)) is (other == arg) is False
    assert _fields(Arg("the minister", 4, 16, 1, appos=3)) == _fields(arg)


def test_an_articles_resolutions_are_the_same_after_another_article(gaz):
    """What a resolver gives is its article's alone: resolving another article first (its
    own memo, the process-wide unions and snapshots) changes nothing."""
    first = parse(
        "Russian/ADJ/amod/1 President/PROPN/compound/3 Ivan/PROPN/compound/3 "
        "Petrov/PROPN/nsubj/4 met/VERB/ROOT/4/meet officials/NOUN/dobj/4/official",
        ents={"0": "NORP", "2-3": "PERSON"},
    )
    second = parse(
        "Petrov/PROPN/nsubj/1 met/VERB/ROOT/1/meet the/DET/det/3 minister/NOUN/dobj/1 "
        "./PUNCT/punct/1 Critics/NOUN/nsubj/6/critic said/VERB/ROOT/6/say",
        ents={"0": "PERSON"},
    )

    def resolved(doc):
        resolver = Resolver(doc, gaz)
        heads = [tok for tok in doc if tok.dep_ in {"nsubj", "dobj"}]
        return [[(r.actor, r.via) for r in resolver.resolve_all(phrase(t))] for t in heads]

    alone = resolved(second)
    assert resolved(first) != alone
    assert resolved(second) == alone
