"""Mentions that do not name their actor (hand-built parses): pronouns, pairs, descriptions,
collectives, groups and quantities."""

from __future__ import annotations

import pytest
from factories import parse

from kg import actorcodes
from kg.extract import descriptions as d
from kg.extract.actors import Resolver
from kg.extract.names import Names
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer
from kg.model import Actor


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def actor(kind: str, name: str = "x") -> Actor:
    return Actor(id=f"{kind.lower()}/{name}", label=name, type=kind)


@pytest.mark.parametrize(
    ("pronoun", "kinds"),
    [
        ("he", {"Person"}),
        ("its", {"Country", "Organization"}),
        ("they", {"Group", "Organization", "Country"}),
        ("we", None),
        ("this", None),
    ],
)
def test_pronoun_kinds(pronoun, kinds):
    found = d.pronoun_kinds(pronoun)
    assert (set(found) if found is not None else None) == kinds


@pytest.mark.parametrize(
    ("pronoun", "kind", "agrees"),
    [
        ("he", "Person", True),
        ("he", "Country", False),
        ("it", "Organization", True),
        ("it", "Person", False),
        ("they", "Person", False),  # "the very people who deliver them": not the speaker
        ("them", "Country", True),  # "Russia said they would ...": a state or body
        ("they", "Group", True),
        ("this", "Person", False),
    ],
)
def test_a_pronoun_agrees_with_a_speaker(pronoun, kind, agrees):
    assert d.agrees(pronoun, actor(kind)) is agrees


def test_the_antecedent_is_the_last_compatible_actor_before_the_pronoun():
    doc = parse("a/DET/det/1 b/NOUN/ROOT/1 c/NOUN/dep/1 He/PRON/nsubj/1 d/NOUN/dep/1")
    xi, russia, later = actor("Person", "xi"), actor("Country", "rus"), actor("Person", "li")
    positions = [(0, xi), (1, russia), (4, later)]
    assert d.antecedent(doc[3], positions) == xi
    assert d.antecedent(doc[0], positions) is None


@pytest.mark.parametrize(("since", "expected"), [(-1, "person/xi"), (0, None)])
def test_the_nearest_actor_is_named_after_the_token_since(since, expected):
    """A person named after the token ``since`` (passing over a country): none when the
    only one is at or before it."""
    doc = parse("a/DET/det/1 b/NOUN/ROOT/1 c/NOUN/dep/1 He/PRON/nsubj/1")
    positions = [(0, actor("Person", "xi")), (1, actor("Country", "rus"))]
    found = d.nearest(doc[3], positions, frozenset({"Person"}), since=since)
    assert (found.id if found else None) == expected


def test_a_name_inside_a_quotation_is_no_antecedent_outside_it():
    # Blair said " Straw left . He fell . " He said  (the factories' spaces: marks toggle)
    doc = parse(
        'Blair/PROPN/nsubj/1 said/VERB/ROOT/1 "/PUNCT/punct/4 Straw/PROPN/nsubj/4 '
        "left/VERB/ccomp/1 ./PUNCT/punct/4 He/PRON/nsubj/7 fell/VERB/ROOT/7 ./PUNCT/punct/7 "
        '"/PUNCT/punct/7 He/PRON/nsubj/11 said/VERB/ROOT/11'
    )
    blair, straw = actor("Person", "blair"), actor("Person", "straw")
    positions = [(0, blair), (3, straw)]
    assert d.antecedent(doc[10], positions) == blair  # outside: not the quoted name
    assert d.antecedent(doc[6], positions) == straw  # inside the same quote: the nearest


def test_the_two_leaders_are_the_pair_just_named(gaz):
    doc = parse(
        "Biden/PROPN/nsubj/1 called/VERB/ROOT/1/call Macron/PROPN/dobj/1 ./PUNCT/punct/1 "
        "The/DET/det/6 two/NUM/nummod/6 leaders/NOUN/nsubj/7/leader "
        "agreed/VERB/ROOT/7/agree",
        ents={"0": "PERSON", "2": "PERSON"},
    )
    positions = Resolver(doc, gaz).positions
    assert [a.id for a in d.pair(doc[6], positions)] == [
        "person/joe-biden",
        "person/emmanuel-macron",
    ]
    assert d.pair(doc[2], positions) == []  # not a pair mention


def test_both_countries_after_a_list_of_more_is_no_pair(gaz):
    # "China, Japan and India met . Both countries agreed": which two? none, not the last two
    doc = parse(
        "China/PROPN/nsubj/5 ,/PUNCT/punct/0 Japan/PROPN/conj/0 and/CCONJ/cc/2 "
        "India/PROPN/conj/2 met/VERB/ROOT/5/meet ./PUNCT/punct/5 "
        "Both/DET/predet/8 countries/NOUN/nsubj/9/country agreed/VERB/ROOT/9/agree",
        ents={"0": "GPE", "2": "GPE", "4": "GPE"},
    )
    assert d.pair(doc[8], Resolver(doc, gaz).positions) == []


@pytest.mark.parametrize(
    ("spec", "pair"),
    [
        # "the two" alone: the pair
        ("The/DET/det/5 two/NUM/nsubj/6 agreed/VERB/ROOT/6/agree", True),
        # "two" with no determiner is some two of many: "Clarke said two were held"
        ("two/NUM/nsubjpass/6 were/AUX/auxpass/6 held/VERB/ROOT/6/hold", False),
        # nor "two of the licences"
        ("two/NUM/nsubj/7 of/ADP/prep/4 them/PRON/pobj/5 left/VERB/ROOT/7/leave", False),
    ],
)
def test_two_alone_is_a_pair_only_with_a_determiner(gaz, spec, pair):
    doc = parse(
        "Biden/PROPN/nsubj/1 called/VERB/ROOT/1/call Macron/PROPN/dobj/1 ./PUNCT/punct/1 " + spec,
        ents={"0": "PERSON", "2": "PERSON"},
    )
    two = next(t for t in doc if t.lower_ == "two")
    found = d.pair(two, Resolver(doc, gaz).positions)
    assert (len(found) == 2) is pair


def test_both_countries_are_the_two_countries_of_the_nearest_sentence(gaz):
    doc = parse(
        "China/PROPN/nsubj/1 warned/VERB/ROOT/1/warn Japan/PROPN/dobj/1 ./PUNCT/punct/1 "
        "Russia/PROPN/nsubj/5 met/VERB/ROOT/5/meet India/PROPN/dobj/5 ./PUNCT/punct/5 "
        "Both/DET/predet/9 countries/NOUN/nsubj/10/country agreed/VERB/ROOT/10/agree",
        ents={"0": "GPE", "2": "GPE", "4": "GPE", "6": "GPE"},
    )
    positions = Resolver(doc, gaz).positions
    assert [a.id for a in d.pair(doc[9], positions)] == ["country/RUS", "country/IND"]


@pytest.mark.parametrize(
    ("spec", "ents", "key", "sector"),
    [
        (
            "Russian/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2",
            {"0": "NORP"},
            "country/RUS",
            "military",
        ),
        (
            "U.N./PROPN/compound/1 envoys/NOUN/nsubj/2/envoy left/VERB/ROOT/2",
            {"0": "ORG"},
            "org/UN",
            "government",
        ),
        (
            "Russian/ADJ/amod/1 rebels/NOUN/nsubj/2/rebel fled/VERB/ROOT/2",
            {"0": "NORP"},
            None,
            None,
        ),
        (  # a party's leaders speak for it ...
            "UKIP/PROPN/compound/1 leaders/NOUN/nsubj/2/leader/NNS left/VERB/ROOT/2",
            {"0": "ORG"},
            "org/GB-UKIP",
            "government",
        ),
        (  # ... its (deputy) leader is one person of it, not the party
            "UKIP/PROPN/compound/1 leader/NOUN/nsubj/2/leader/NN left/VERB/ROOT/2",
            {"0": "ORG"},
            None,
            None,
        ),
        (  # ... and so is one member of it ("a UKIP peer"), a legislator
            "UKIP/PROPN/compound/1 peer/NOUN/nsubj/2/peer/NN left/VERB/ROOT/2",
            {"0": "ORG"},
            None,
            None,
        ),
    ],
)
def test_collectives(gaz, spec, ents, key, sector):
    doc = parse(spec, ents=ents)
    found = d.collective(doc[1], Names(doc, gaz))
    assert ((found.id, found.sector) if found else (None, None)) == (key, sector)


@pytest.mark.parametrize(
    ("spec", "ents", "key", "kind"),
    [
        (
            "Afghan/ADJ/amod/1 guerrillas/NOUN/nsubj/2/guerrilla fled/VERB/ROOT/2",
            {"0": "NORP"},
            "group/afghan-guerrillas",
            "Group",
        ),
        (
            "Azerbaijani/ADJ/amod/1 republic/NOUN/nsubj/2/republic voted/VERB/ROOT/2",
            {"0": "NORP"},
            "location/azerbaijani-republic",
            "Location",
        ),
        (
            "NATO/PROPN/compound/1 members/NOUN/nsubj/2/member met/VERB/ROOT/2",
            {"0": "ORG"},
            None,
            None,
        ),
        (
            "NATO/PROPN/compound/1 militants/NOUN/nsubj/2/militant met/VERB/ROOT/2",
            {"0": "ORG"},
            "org/NATO",
            "Organization",
        ),
    ],
)
def test_groups_and_places(gaz, spec, ents, key, kind):
    doc = parse(spec, ents=ents)
    found = d.group(doc[1], doc[0:2].text, Names(doc, gaz))
    assert ((found.id, found.type) if found else (None, None)) == (key, kind)


@pytest.mark.parametrize(
    ("word", "tag", "country", "expected"),
    [
        ("ministers", "NNS", "GBR", ("GBR", "minister")),  # the country's government
        ("MPs", "NNP", "GBR", ("GBR", "mp")),  # a plural the tagger took for a name
        # a plural of a title's synonym (title_synonyms: msp): members of parliament, LEG
        ("MSPs", "NNP", "GBR", ("GBR", "member of parliament")),
        ("MSPs", "NNS", "GBR", ("GBR", "member of parliament")),
        ("analysts", "NNS", "GBR", None),  # no body of the state, nor people of the place
        ("economists", "NNS", "GBR", (None, "economist")),  # people of no place: EDU alone
        ("traders", "NNS", "GBR", ("GBR", "trader")),  # people where the story is: GBRBUS
        ("protesters", "NNS", "GBR", ("GBR", "protester")),  # GBROPP
        ("people", "NNS", "GBR", ("GBR", "people")),  # GBRPPL
        ("traders", "NNS", None, (None, "trader")),  # a story of no one country: BUS alone
        ("minister", "NN", "GBR", None),  # one person: an office, not a group
        # plurals of a state's bodies the agents lack: the story's country's (GBRGOV)
        ("departments", "NNS", "GBR", ("GBR", "government")),
        ("councils", "NNS", "GBR", ("GBR", "government")),
        ("department", "NN", "GBR", None),  # one body: whose, the text must say
        ("ministers", "NNS", None, (None, "minister")),  # GOV alone
        ("governments", "NNS", "GBR", None),  # "of rich countries": placed elsewhere
    ],
)
def test_state_and_local_people_unplaced_are_the_main_country_s(gaz, word, tag, country, expected):
    lemma = {"departments": "department", "councils": "council"}.get(word, word.lower())
    spec = f"{word}/NOUN/nsubj/1/{lemma}/{tag} spoke/VERB/ROOT/1/speak"
    if word == "governments":
        spec = "governments/NOUN/nsubj/3/government/NNS of/ADP/prep/0 nations/NOUN/pobj/1 "
        spec += "spoke/VERB/ROOT/3"
    end = len(spec.split())
    if country:  # "... . Britain voted": the article's one country
        spec += f" ./PUNCT/punct/1 Britain/PROPN/nsubj/{end + 2} voted/VERB/ROOT/{end + 2}/vote"
    doc = parse(spec, ents={str(end + 1): "GPE"} if country else {})
    names = Names(doc, gaz, codes=actorcodes.load())
    found = d.group(doc[0], word, names)
    assert ((found.country, found.sector) if found else None) == expected
    assert found is None or found.type == "Topic"  # people in general, not the state


@pytest.mark.parametrize(
    ("det", "noun", "country", "expected"),
    [
        ("a", "court", "GBR", ("GBR", "court")),  # the courts of the story's country: GBRJUD
        ("the", "court", "GBR", ("GBR", "court")),
        ("the", "court", None, None),  # an article about no one country
        ("no", "court", "GBR", ("GBR", "court")),  # codes12: no court of the country's
        ("a", "minister", "GBR", ("GBR", "minister")),  # codes12: one unnamed minister, GBRGOV
        ("the", "public", "GBR", ("GBR", "civilian")),  # the people of the story's country
        ("a", "public", "GBR", None),  # "the" only
        ("the", "public", None, None),
        ("the", "industry", "GBR", ("GBR", "industry")),  # the story's country's firms: BUS
    ],
)
def test_a_state_body_unplaced_is_the_main_country_s(gaz, det, noun, country, expected):
    spec = f"{det}/DET/det/1 {noun}/NOUN/nsubj/2/{noun}/NN ruled/VERB/ROOT/2/rule"
    if country:  # "... . Britain voted": the article's one country
        spec += " ./PUNCT/punct/2 Britain/PROPN/nsubj/5 voted/VERB/ROOT/5/vote"
    doc = parse(spec, ents={"4": "GPE"} if country else {})
    found = d.group(doc[1], f"{det} {noun}", Names(doc, gaz, codes=actorcodes.load()))
    assert ((found.country, found.sector) if found else None) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "head", "name"),
    [
        # "the Zubfax group said": the name just before the noun
        ("the/DET/det/2 Zubfax/PROPN/compound/2 group/NOUN/nsubj/3 said/VERB/ROOT/3/say",
         {"1": "ORG"}, 2, "Zubfax"),
        # "the Zubfax news agency said": through a common noun between
        ("the/DET/det/3 Zubfax/PROPN/compound/3 news/NOUN/compound/3 agency/NOUN/nsubj/4 "
         "said/VERB/ROOT/4/say", {"1": "ORG"}, 3, "Zubfax"),
        # "the news agency said": no name
        ("the/DET/det/2 news/NOUN/compound/2 agency/NOUN/nsubj/3 said/VERB/ROOT/3/say", {}, 2,
         None),
        # "the Zubfax news report said": not an organisation's noun
        ("the/DET/det/3 Zubfax/PROPN/compound/3 news/NOUN/compound/3 report/NOUN/nsubj/4 "
         "said/VERB/ROOT/4/say", {"1": "ORG"}, 3, None),
    ],
)  # fmt: skip
def test_an_organisation_noun_is_the_name_compounded_on_it(gaz, spec, ents, head, name):
    doc = parse(spec, ents=ents)
    found = d.named_body(doc[head], Names(doc, gaz))
    assert (found.text if found is not None else None) == name


def test_a_quantity_points_to_its_of_phrase():
    doc = parse(
        "Thousands/NOUN/nsubj/4/thousand of/ADP/prep/0 Iraqi/ADJ/amod/3 Kurds/PROPN/pobj/1 "
        "marched/VERB/ROOT/4/march"
    )
    assert d.quantified(doc[0]) == doc[3]
    assert d.quantified(doc[3]) is None


# -- expletive "it" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "it is clear that we won"
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be clear/ADJ/acomp/1 that/SCONJ/mark/5 we/PRON/nsubj/5 "
         "won/VERB/ccomp/1/win", True),
        # "it emerged that he lied"
        ("it/PRON/nsubj/1 emerged/VERB/ROOT/1/emerge that/SCONJ/mark/4 he/PRON/nsubj/4 "
         "lied/VERB/ccomp/1/lie", True),
        # "it has been suggested that casinos close"
        ("it/PRON/nsubjpass/3 has/AUX/aux/3/have been/AUX/auxpass/3/be "
         "suggested/VERB/ROOT/3/suggest that/SCONJ/mark/6 casinos/NOUN/nsubj/6/casino "
         "close/VERB/ccomp/3", True),
        # "it was UKIP who lied"
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be UKIP/PROPN/attr/1 who/PRON/nsubj/4 "
         "lied/VERB/relcl/2/lie", True),
        ("it/PRON/expl/1 rained/VERB/ROOT/1/rain", True),
        # "it said that it would act": an actor's "it"
        ("it/PRON/nsubj/1 said/VERB/ROOT/1/say that/SCONJ/mark/5 it/PRON/nsubj/5 "
         "would/AUX/aux/5 act/VERB/ccomp/1", False),
        # "it was expected to win": the company
        ("it/PRON/nsubjpass/2 was/AUX/auxpass/2/be expected/VERB/ROOT/2/expect "
         "to/PART/aux/4 win/VERB/xcomp/2", False),
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be big/ADJ/acomp/1", False),
        ("he/PRON/nsubj/1 is/AUX/ROOT/1/be clear/ADJ/acomp/1", False),
        # "it takes six years to finish": a stretch of time taken (duration_words)
        ("it/PRON/nsubj/1 takes/VERB/ROOT/1/take six/NUM/nummod/3 years/NOUN/dobj/1/year "
         "to/PART/aux/5 finish/VERB/xcomp/1", True),
        # "it took so long"
        ("it/PRON/nsubj/1 took/VERB/ROOT/1/take so/ADV/advmod/3 long/ADV/advmod/1", True),
        # "it took control": the actor's "it"
        ("it/PRON/nsubj/1 took/VERB/ROOT/1/take control/NOUN/dobj/1", False),
        # "it is difficult for firms to hire": a "for ... to ..." infinitive is the subject
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be difficult/ADJ/acomp/1 for/SCONJ/mark/6 "
         "firms/NOUN/nsubj/6/firm/NNS to/PART/aux/6 hire/VERB/advcl/1", True),
        # "it is essential for the authorities involved to act": the infinitive on a participle
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be essential/ADJ/acomp/1 for/SCONJ/mark/6 "
         "the/DET/det/5 authorities/NOUN/nsubj/6/authority/NNS involved/VERB/advcl/1/involve "
         "to/PART/aux/8 act/VERB/xcomp/6", True),
        # "it is big because firms hire": no "for ... to ..."
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be big/ADJ/acomp/1 because/SCONJ/mark/5 "
         "firms/NOUN/nsubj/5/firm/NNS hire/VERB/advcl/1", False),
        # "it is ready for the talks to begin", "anxious for talks to resume": an intent
        # word's subject is the actor's "it"
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be ready/ADJ/acomp/1 for/SCONJ/mark/7 the/DET/det/5 "
         "talks/NOUN/nsubj/7/talk/NNS to/PART/aux/7 begin/VERB/advcl/1", False),
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be anxious/ADJ/acomp/1 for/SCONJ/mark/6 "
         "talks/NOUN/nsubj/6/talk/NNS to/PART/aux/6 resume/VERB/advcl/1", False),
        # "it emerged that euros did not exist", the clause hung on a later word
        ("it/PRON/nsubj/1 emerged/VERB/ROOT/1/emerge that/SCONJ/mark/6 "
         "euros/NOUN/nsubj/6/euro/NNS did/AUX/aux/6/do not/PART/neg/6 "
         "exist/VERB/ccomp/7/exist was/AUX/ROOT/7/be", True),
        # "it emerged his target was missed", the clause hung elsewhere
        ("it/PRON/nsubj/1 emerged/VERB/ROOT/1/emerge his/PRON/poss/3 target/NOUN/nsubjpass/5 "
         "was/AUX/auxpass/5/be missed/VERB/ROOT/5/miss", True),
        # "it may not seem that exciting": "that" no conjunction, the word the verb's own
        ("it/PRON/nsubj/3 may/AUX/aux/3/may not/PART/neg/3 seem/VERB/ROOT/3/seem "
         "that/SCONJ/advmod/5 exciting/ADJ/acomp/3", False),
        # "it emerged from talks": the actor's "it"
        ("it/PRON/nsubj/1 emerged/VERB/ROOT/1/emerge from/ADP/prep/1 talks/NOUN/pobj/2/talk/NNS",
         False),
        # "it emerged , stronger": a stop after the verb
        ("it/PRON/nsubj/1 emerged/VERB/ROOT/1/emerge ,/PUNCT/punct/1 stronger/ADJ/advmod/1",
         False),
        # "it grew for firms to hire": no adjective, the actor's "it"
        ("it/PRON/nsubj/1 grew/VERB/ROOT/1/grow for/SCONJ/mark/5 firms/NOUN/nsubj/5/firm/NNS "
         "to/PART/aux/5 hire/VERB/advcl/1", False),
    ],
)  # fmt: skip
def test_an_empty_it_is_no_actor(spec, expected):
    assert d.expletive(parse(spec)[0]) is expected


def test_the_government_alone_is_the_article_main_country(gaz):
    doc = parse(
        "Britain/PROPN/nsubj/1 voted/VERB/ROOT/1/vote ./PUNCT/punct/1 the/DET/det/4 "
        "government/NOUN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
        "Acme/PROPN/nsubj/8 left/VERB/ROOT/8/leave",
        ents={"0": "GPE", "7": "ORG"},
    )
    names = Names(doc, gaz)
    found = d.collective(doc[4], names)
    assert (found.id, found.sector) == ("country/GBR", "government")
    assert names.entity(names.ents[1], {}).country == "GBR"  # an unknown organisation too
    alone = Names(parse("the/DET/det/1 government/NOUN/nsubj/2 spoke/VERB/ROOT/2"), gaz)
    assert d.collective(alone.doc[1], alone) is None  # no country in the article


def test_the_minister_alone_is_no_government(gaz):
    doc = parse(
        "Britain/PROPN/nsubj/1 voted/VERB/ROOT/1/vote ./PUNCT/punct/1 the/DET/det/4 "
        "minister/NOUN/nsubj/5 spoke/VERB/ROOT/5/speak",
        ents={"0": "GPE"},
    )
    assert d.collective(doc[4], Names(doc, gaz)) is None


@pytest.mark.parametrize(
    ("pronoun", "label", "agrees"),
    [
        ("he", "John Smith", True),
        ("he", "Tessa Jowell", False),  # a woman's first name
        ("she", "Tessa Jowell", True),
        ("her", "John Smith", False),
        ("she", "Kuznetsova", True),  # no first name: no gender known, may be
        ("his", "Menzies Campbell", True),  # a first name the table lacks: may be
    ],
)
def test_he_and_she_agree_with_the_gender_of_a_first_name(pronoun, label, agrees):
    person = Actor(id="person/x", label=label, type="Person")
    assert d.agrees(pronoun, person) is agrees


def test_the_antecedent_of_she_is_the_last_person_who_may_be_a_woman():
    doc = parse("a/DET/det/1 b/NOUN/ROOT/1 c/NOUN/dep/1 she/PRON/nsubj/1 he/PRON/dep/1")
    tessa = Actor(id="person/tj", label="Tessa Jowell", type="Person")
    john = Actor(id="person/js", label="John Smith", type="Person")
    positions = [(0, tessa), (2, john)]
    assert d.antecedent(doc[3], positions) == tessa  # not John, named nearer
    assert d.antecedent(doc[4], positions) == john


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        (("China", "Britain", "China"), "country/CHN"),  # named most before it
        (("China", "Britain"), None),  # a tie: no one state
        ((), None),  # none named
    ],
)
def test_the_country_is_the_state_named_most_before_it(gaz, states, expected):
    """ "China ... Britain ... China ... . The country voted": China, the state."""
    spec, ents = [], {}
    for name in states:  # "<name> spoke ."
        n = len(spec)
        ents[str(n)] = "GPE"
        spec += [f"{name}/PROPN/nsubj/{n + 1}", f"spoke/VERB/ROOT/{n + 1}/speak",
                 f"./PUNCT/punct/{n + 1}"]  # fmt: skip
    n = len(spec)
    spec += [f"the/DET/det/{n + 1}", f"country/NOUN/nsubj/{n + 2}/country/NN",
             f"voted/VERB/ROOT/{n + 2}/vote"]  # fmt: skip
    doc = parse(" ".join(spec), ents=ents)
    found = d.collective(doc[n + 1], Names(doc, gaz))
    got = (found.id, found.type, found.sector) if found is not None else None
    assert got == ((expected, "Country", None) if expected else None)


def test_the_country_with_an_owner_or_a_place_is_no_state_named_before(gaz):
    """ "China spoke . the country of origin voted": placed by its phrase, not China."""
    spec = (
        "China/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 the/DET/det/4 "
        "country/NOUN/nsubj/7/country/NN of/ADP/prep/4 origin/NOUN/pobj/5 voted/VERB/ROOT/7"
    )
    doc = parse(spec, ents={"0": "GPE"})
    assert d.collective(doc[4], Names(doc, gaz)) is None


@pytest.mark.parametrize(
    ("spec", "of"),
    [
        # "5% of Georgian businesses", "half of the voters": a share is a quantity too
        ("5/NUM/nummod/1 %/NOUN/nsubj/5/% of/ADP/prep/1 Georgian/ADJ/amod/4 "
         "businesses/NOUN/pobj/2/business met/VERB/ROOT/5/meet", 4),
        ("half/NOUN/nsubj/4/half of/ADP/prep/0 the/DET/det/3 voters/NOUN/pobj/1/voter "
         "met/VERB/ROOT/4/meet", 3),
        # codes17: "Lots of ministers", "a lot of people"
        ("Lots/NOUN/nsubj/3/lot of/ADP/prep/0 ministers/NOUN/pobj/1/minister "
         "met/VERB/ROOT/3/meet", 2),
        ("a/DET/det/1 lot/NOUN/nsubj/4/lot of/ADP/prep/1 people/NOUN/pobj/2/people "
         "met/VERB/ROOT/4/meet", 3),
        # "the price of oil": no quantity
        ("the/DET/det/1 price/NOUN/nsubj/4/price of/ADP/prep/1 oil/NOUN/pobj/2 "
         "rose/VERB/ROOT/4/rise", None),
    ],
)  # fmt: skip
def test_a_share_is_a_quantity_whose_of_phrase_is_the_actor(spec, of):
    doc = parse(spec)
    root = next(t for t in doc if t.dep_ == "nsubj")
    found = d.quantified(root)
    assert (found.i if found is not None else None) == of


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        ("Britons", "NNPS", ("Britons", "Group", "GBR", "nationals")),  # no entity tag
        ("Britons", "NNP", None),  # not a plural: no people
        ("Zubrovians", "NNPS", None),  # a people the gazetteer does not know
    ],
)
def test_a_plural_people_the_parser_did_not_tag_is_a_group_of_its_country(gaz, word, tag, expected):
    """ "about 440 Britons were dead", the parser tagging no NORP: British nationals."""
    doc = parse(f"440/NUM/nummod/1 {word}/PROPN/nsubj/2/{word.lower()}/{tag} died/VERB/ROOT/2/die")
    found = d.group(doc[1], word, Names(doc, gaz))
    got = (found.label, found.type, found.country, found.subtype) if found is not None else None
    assert got == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "it was a recognition": an abstraction WordNet knows
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be a/DET/det/3 recognition/NOUN/attr/1", {}, True),
        # "It is one of a series of proposals": down the "of" phrases
        ("It/PRON/nsubj/1 is/AUX/ROOT/1/be one/NUM/attr/1 of/ADP/prep/2 a/DET/det/5 "
         "series/NOUN/pobj/3 of/ADP/prep/5 proposals/NOUN/pobj/6/proposal", {}, True),
        # "it is 1.26%": an amount
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be 1.26/NUM/nummod/3 %/NOUN/attr/1", {"2-3": "PERCENT"},
         True),
        # "it was the biggest Christmas": a time
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be the/DET/det/4 biggest/ADJ/amod/4 "
         "Christmas/PROPN/attr/1", {"4": "DATE"}, True),
        # "it was a company", "it is Russia": what a body or a state is
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be a/DET/det/3 company/NOUN/attr/1", {}, False),
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be Russia/PROPN/attr/1", {"2": "GPE"}, False),
        # "it is one of the members of NATO": a name down the "of" phrases
        ("it/PRON/nsubj/1 is/AUX/ROOT/1/be one/NUM/attr/1 of/ADP/prep/2 "
         "NATO/PROPN/pobj/3", {"4": "ORG"}, False),
        # "it said": no copula
        ("it/PRON/nsubj/1 said/VERB/ROOT/1/say a/DET/det/3 recognition/NOUN/dobj/1", {}, False),
    ],
)  # fmt: skip
def test_it_said_to_be_an_abstraction_or_an_amount_is_a_thing(spec, ents, expected):
    doc = parse(spec, ents=ents)
    assert d.said_a_thing(doc[0]) is expected


def _grouped_in_a_british_story(gaz, words: str, *, whole: bool = False):
    """The (country, sector) :func:`descriptions.group` gives the phrase ``words`` (``word/POS/
    dep/lemma/tag`` items, the head last with dep ``-``) as the subject of "... spoke. Britain
    voted": a story of one country. ``whole``: the phrase's text is all its words, not the
    head's alone."""
    items = words.split()
    head = len(items) - 1
    parts = [w.split("/") for w in items]
    spec = " ".join(
        f"{p[0]}/{p[1]}/{p[2]}/{head}"
        if p[2] != "-"
        else f"{p[0]}/{p[1]}/nsubj/{head + 1}/{p[3]}/{p[4]}"
        for p in parts
    )
    spec += f" spoke/VERB/ROOT/{head + 1}/speak ./PUNCT/punct/{head + 1}"
    spec += f" Britain/PROPN/nsubj/{head + 4} voted/VERB/ROOT/{head + 4}/vote"
    doc = parse(spec, ents={str(head + 3): "GPE"})
    text = " ".join(p[0] for p in parts) if whole else items[-1]
    found = d.group(doc[head], text, Names(doc, gaz, codes=actorcodes.load()))
    return (found.country, found.sector) if found else None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("officials/NOUN/-/official/NNS", ("GBR", "government")),  # kg's sector noun
        ("senior/ADJ/amod/ officials/NOUN/-/official/NNS", ("GBR", "government")),
        ("civil/ADJ/amod/ servants/NOUN/-/servant/NNS", ("GBR", "civil servant")),  # Phoenix's
        # a company's: no state's; codes17: a firm's people where the story is, as "tobacco
        # firms" are (business)
        ("company/NOUN/compound/ officials/NOUN/-/official/NNS", ("GBR", "company")),
        ("servants/NOUN/-/servant/NNS", None),  # no role noun without "civil"
        # a private sector of people where the story is, with or without a compound
        ("firms/NOUN/-/firm/NNS", ("GBR", "business")),
        ("tobacco/NOUN/compound/ firms/NOUN/-/firm/NNS", ("GBR", "business")),
        ("newspapers/NOUN/-/newspaper/NNS", (None, "newspaper")),  # media: no local sector, MED
        ("foreign/ADJ/amod/ firms/NOUN/-/firm/NNS", None),  # placed abroad: no country
        ("Western/ADJ/amod/ firms/NOUN/-/firm/NNS", None),
        ("politicians/NOUN/-/politician/NNS", ("GBR", "politician")),  # PTY: a local sector
        # bodies of the state sector compounded on them ("government departments")
        ("government/NOUN/compound/ departments/NOUN/-/department/NNS", ("GBR", "government")),
        ("court/NOUN/compound/ departments/NOUN/-/department/NNS", ("GBR", "court")),
        ("government/NOUN/compound/ figures/NOUN/-/figure/NNS", None),  # statistics
        # people in general the Phoenix agents lack: the story's country's public, GBRCVL
        ("Parents/NOUN/-/parent/NNS", ("GBR", "civilian")),
        ("couples/NOUN/-/couple/NNS", ("GBR", "civilian")),
        ("Consumers/NOUN/-/consumer/NNS", ("GBR", "civilian")),
        ("foreign/ADJ/amod/ shoppers/NOUN/-/shopper/NNS", None),  # placed abroad
        # codes11: families, households, a party's supporters, patients, borrowers
        ("most/ADJ/amod/ families/NOUN/-/family/NNS", ("GBR", "civilian")),
        ("households/NOUN/-/household/NNS", ("GBR", "civilian")),
        ("supporters/NOUN/-/supporter/NNS", ("GBR", "civilian")),
        ("patients/NOUN/-/patient/NNS", ("GBR", "civilian")),
        ("borrowers/NOUN/-/borrower/NNS", ("GBR", "civilian")),
        # codes13: a country's public service whose sector (EDU) is no local one
        ("teachers/NOUN/-/teacher/NNS", ("GBR", "teacher")),
        ("head/NOUN/compound/ teachers/NOUN/-/teacher/NNS", ("GBR", "teacher")),
        ("pupils/NOUN/-/pupil/NNS", ("GBR", "pupil")),
        ("schools/NOUN/-/school/NNS", ("GBR", "school")),
        ("foreign/ADJ/amod/ students/NOUN/-/student/NNS", (None, "student")),  # abroad
        ("economists/NOUN/-/economist/NNS", (None, "economist")),  # EDU, anyone's
    ],
)
def test_unplaced_state_people_by_their_modifier_or_sector_noun(gaz, words, expected):
    """ "About 500 officials are accused ...", "civil servants who arrived late" in an
    article about one country: that state's (Phoenix has "civil servant", not "official")."""
    assert _grouped_in_a_british_story(gaz, words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # codes17: people or bodies of a body's word compounded on them, in a story of one
        # country: the sector of the body (a Phoenix agent's, or kg's lists')
        ("council/NOUN/compound/ leaders/NOUN/-/leader/NNS", ("GBR", "government")),
        ("business/NOUN/compound/ groups/NOUN/-/group/NNS", ("GBR", "business")),
        ("cabinet/NOUN/compound/ allies/NOUN/-/ally/NNS", ("GBR", "cabinet")),
        ("opposition/NOUN/compound/ members/NOUN/-/member/NNS", ("GBR", "opposition leader")),
        ("union/NOUN/compound/ leaders/NOUN/-/leader/NNS", ("GBR", "trade union")),
        ("pressure/NOUN/compound/ groups/NOUN/-/group/NNS", None),  # no body's word
        ("student/NOUN/compound/ leaders/NOUN/-/leader/NNS", None),  # EDU: no local sector
        ("council/NOUN/compound/ figures/NOUN/-/figure/NNS", None),  # statistics
    ],
)
def test_people_of_a_body_word_compounded_on_them_are_of_the_story_s_country(gaz, words, expected):
    """ "council leaders", "Business groups", "Opposition members" in an article about one
    country: that country's local government, business, opposition (GBRGOV, GBRBUS,
    GBROPP)."""
    assert _grouped_in_a_british_story(gaz, words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # codes12: one unnamed person or body of a role noun, in a story of one country
        ("A/DET/det/ pensioner/NOUN/-/pensioner/NN", ("GBR", "civilian")),
        ("No/DET/det/ other/ADJ/amod/ minister/NOUN/-/minister/NN", ("GBR", "minister")),
        ("One/NUM/nummod/ trader/NOUN/-/trader/NN", ("GBR", "trader")),
        ("each/DET/det/ official/NOUN/-/official/NN", ("GBR", "government")),
        ("a/DET/det/ company/NOUN/-/company/NN", ("GBR", "company")),
        ("The/DET/det/ minister/NOUN/-/minister/NN", None),  # may be one the story names
        ("a/DET/det/ spokesman/NOUN/-/spokesman/NN", None),  # MED: no local sector
        ("a/DET/det/ teacher/NOUN/-/teacher/NN", ("GBR", "teacher")),  # codes13: EDU
        ("a/DET/det/ newspaper/NOUN/-/newspaper/NN", None),
        ("an/DET/det/ industry/NOUN/-/industry/NN", None),  # collective: "the industry" only
        ("pensioner/NOUN/-/pensioner/NN", None),  # no determiner
        # codes17: a state's body of state_plural_nouns, one unnamed, as its plural is
        ("each/DET/det/ department/NOUN/-/department/NN", ("GBR", "government")),
        ("a/DET/det/ council/NOUN/-/council/NN", ("GBR", "government")),
        ("the/DET/det/ department/NOUN/-/department/NN", None),  # may be one the story names
    ],
)
def test_one_unnamed_of_a_role_noun_is_of_the_story_s_country(gaz, words, expected):
    """ "A pensioner told the BBC", "No other minister attended", "one trader said" in an
    article about the UK: the UK's public, government, business (GBRCVL, GBRGOV, GBRBUS),
    as their plurals are; not "the minister"."""
    assert _grouped_in_a_british_story(gaz, words, whole=True) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Rwanda", "RWA"),  # a people of no one state, in a story about one: that country
        (None, None),  # no main country: as the gazetteer has it
    ],
)
def test_a_people_of_no_state_is_in_the_story_s_country(gaz, story, expected):
    spec = "Tutsis/PROPN/nsubj/1/tutsi/NNPS died/VERB/ROOT/1/die"
    ents = {"0": "NORP"}
    if story:
        spec += f" ./PUNCT/punct/1 {story}/PROPN/nsubj/4 voted/VERB/ROOT/4/vote"
        ents["3"] = "GPE"
    doc = parse(spec, ents=ents)
    names = Names(doc, gaz)
    found = d.people(doc[0], names.entity(names.ents[0], {}), names)
    assert (found.country if found else None) == expected
    assert found is None or (found.type, found.subtype) == ("Group", "ethnic")


@pytest.mark.parametrize(
    ("spec", "ents", "at", "label"),
    [
        # "Jon Zubov quit . The MEP spoke .": the person named in the sentence before
        ("Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 quit/VERB/ROOT/2 ./PUNCT/punct/2 "
         "The/DET/det/5 MEP/PROPN/nsubj/6/MEP/NNP spoke/VERB/ROOT/6/speak ./PUNCT/punct/6",
         {"0-1": "PERSON", "5": "ORG"}, 5, "Jon Zubov"),
        # "Jon Zubov quit . The MEPs spoke .": a plural is no one person
        ("Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 quit/VERB/ROOT/2 ./PUNCT/punct/2 "
         "The/DET/det/5 MEPs/PROPN/nsubj/6/MEP/NNPS spoke/VERB/ROOT/6/speak ./PUNCT/punct/6",
         {"0-1": "PERSON"}, 5, None),
        # "Jon Zubov said the peer spoke .": one of its own sentence is someone else
        ("Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 "
         "peer/NOUN/nsubj/5/peer/NN spoke/VERB/ccomp/2/speak ./PUNCT/punct/2",
         {"0-1": "PERSON"}, 4, None),
        # "Jon Zubov quit . The minister spoke .": no member noun (the offices' rules)
        ("Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 quit/VERB/ROOT/2 ./PUNCT/punct/2 "
         "The/DET/det/5 minister/NOUN/nsubj/6/minister/NN spoke/VERB/ROOT/6/speak "
         "./PUNCT/punct/6", {"0-1": "PERSON"}, 5, None),
    ],
)  # fmt: skip
def test_the_member_is_the_person_named_in_the_sentence_before(gaz, spec, ents, at, label):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load())
    found = d.member_before(doc[at], res.positions)
    assert (found.label if found is not None else None) == label


#: "Jon Zubov quit . He spoke . {the} {noun} {rest}"
DESCRIBED = (
    "Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 quit/VERB/ROOT/2 ./PUNCT/punct/2 "
    "He/PRON/nsubj/5/he spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
)


@pytest.mark.parametrize(
    ("tail", "at", "label"),
    [
        # "... . The businessman spoke .": the person named in the two sentences before
        ("The/DET/det/8 businessman/NOUN/nsubj/9/businessman/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, "Jon Zubov"),
        # "The former teacher": a modifier of its own kind sets no one apart
        ("The/DET/det/9 former/ADJ/amod/9 teacher/NOUN/nsubj/10/teacher/NN "
         "spoke/VERB/ROOT/10/speak ./PUNCT/punct/10", 9, "Jon Zubov"),
        # "The businessmen": a plural is no one person
        ("The/DET/det/8 businessmen/NOUN/nsubj/9/businessman/NNS spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, None),
        # "The richest businessman", "the country's businessman": someone set apart
        ("The/DET/det/9 richest/ADJ/amod/9/rich/JJS businessman/NOUN/nsubj/10/businessman/NN "
         "spoke/VERB/ROOT/10/speak ./PUNCT/punct/10", 9, None),
        ("The/DET/det/8 businessman/NOUN/nsubj/11/businessman/NN who/PRON/nsubj/10 "
         "left/VERB/relcl/8/leave spoke/VERB/ROOT/11/speak ./PUNCT/punct/11", 8, None),
        # "The businessman, who left, spoke": a clause after a comma only describes him
        ("The/DET/det/8 businessman/NOUN/nsubj/13/businessman/NN ,/PUNCT/punct/8 "
         "who/PRON/nsubj/11 left/VERB/relcl/8/leave ,/PUNCT/punct/8 spoke/VERB/ROOT/13/speak "
         "./PUNCT/punct/13", 8, "Jon Zubov"),
        # "The minister": no noun of what a person is (the offices' rules)
        ("The/DET/det/8 minister/NOUN/nsubj/9/minister/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, None),
        # "The singer", "The actor", "The striker": what one person of the arts or of
        # sport is, as "the businessman" is of trade
        ("The/DET/det/8 singer/NOUN/nsubj/9/singer/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, "Jon Zubov"),
        ("The/DET/det/8 actor/NOUN/nsubj/9/actor/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, "Jon Zubov"),
        # "The actress": no Jon (review10: a noun of one gender, person_noun_genders)
        ("The/DET/det/8 actress/NOUN/nsubj/9/actress/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, None),
        ("The/DET/det/8 striker/NOUN/nsubj/9/striker/NN spoke/VERB/ROOT/9/speak "
         "./PUNCT/punct/9", 8, "Jon Zubov"),
        # "The 51-year-old designer": an age is a modifier of its own kind, no one set apart
        ("The/DET/det/13 51/NUM/nummod/10/51/CD -/PUNCT/punct/10 year/NOUN/npadvmod/12 "
         "-/PUNCT/punct/12 old/ADJ/amod/13/old/JJ designer/NOUN/nsubj/14/designer/NN "
         "spoke/VERB/ROOT/14/speak ./PUNCT/punct/14", 13, "Jon Zubov"),
        # "The other singer": someone singled out
        ("The/DET/det/9 other/ADJ/amod/9/other/JJ singer/NOUN/nsubj/10/singer/NN "
         "spoke/VERB/ROOT/10/speak ./PUNCT/punct/10", 9, None),
    ],
)  # fmt: skip
def test_the_businessman_is_the_person_named_in_the_two_sentences_before(gaz, tail, at, label):
    doc = parse(DESCRIBED + tail, ents={"0-1": "PERSON"})
    res = Resolver(doc, gaz, codes=actorcodes.load())
    found = d.person_before(doc[at], res.positions)
    assert (found.label if found is not None else None) == label
    if label is not None:  # and so the mention resolves
        assert res.resolve(phrase(doc[at])).actor.label == label


def test_the_host_is_the_person_named_with_that_title_before(gaz):
    # "Host Jon Zubov quit . Ann Grob said . The host spoke .": the one the noun titled, not
    # the person named last
    doc = parse(
        "Host/NOUN/compound/2/host Jon/PROPN/compound/2 Zubov/PROPN/nsubj/3 quit/VERB/ROOT/3 "
        "./PUNCT/punct/3 Ann/PROPN/compound/6 Grob/PROPN/nsubj/7 said/VERB/ROOT/7/say "
        "./PUNCT/punct/7 The/DET/det/10 host/NOUN/nsubj/11/host/NN spoke/VERB/ROOT/11/speak "
        "./PUNCT/punct/11",
        ents={"1-2": "PERSON", "5-6": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[10], res.positions).label == "Jon Zubov"


def test_the_host_is_the_person_an_apposition_named_so_before(gaz):
    # "A host, Jon Zubov, quit . Ann Grob said . The host spoke .": the name in apposition to
    # the noun, not the person named last
    doc = parse(
        "A/DET/det/1 host/NOUN/nsubj/6/host ,/PUNCT/punct/1 Jon/PROPN/compound/4 "
        "Zubov/PROPN/appos/1 ,/PUNCT/punct/1 quit/VERB/ROOT/6 ./PUNCT/punct/6 "
        "Ann/PROPN/compound/9 Grob/PROPN/nsubj/10 said/VERB/ROOT/10/say ./PUNCT/punct/10 "
        "The/DET/det/13 host/NOUN/nsubj/14/host/NN spoke/VERB/ROOT/14/speak ./PUNCT/punct/14",
        ents={"3-4": "PERSON", "8-9": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[13], res.positions).label == "Jon Zubov"


@pytest.mark.parametrize(
    ("the", "expected"),
    [
        # "First Minister Jon Zubov quit . Ann Grob said . The first minister spoke .": the
        # words of the title ("first" singles out no one else here)
        ("The/DET/det/12 first/ADJ/amod/12/first/JJ", "Jon Zubov"),
        # "The health minister": words the title does not hold, someone else
        ("The/DET/det/12 health/NOUN/compound/12/health/NN", None),
    ],
)
def test_the_first_minister_is_the_person_the_title_named_before(gaz, the, expected):
    doc = parse(
        "First/ADJ/amod/1/first/JJ Minister/PROPN/compound/3 Jon/PROPN/compound/3 "
        "Zubov/PROPN/nsubj/4 quit/VERB/ROOT/4 ./PUNCT/punct/4 Ann/PROPN/compound/7 "
        "Grob/PROPN/nsubj/8 said/VERB/ROOT/8/say ./PUNCT/punct/8 "
        f"{the} minister/NOUN/nsubj/13/minister/NN spoke/VERB/ROOT/13/speak ./PUNCT/punct/13",
        ents={"2-3": "PERSON", "6-7": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    found = d.person_before(doc[12], res.positions)
    assert (found.label if found is not None else None) == expected


def test_a_role_noun_the_parser_tagged_a_body_is_no_name(gaz):
    from kg.extract.phrases import phrase

    doc = parse(
        "Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 quit/VERB/ROOT/2 ./PUNCT/punct/2 "
        "The/DET/det/5 MEP/PROPN/nsubj/6/MEP/NNP spoke/VERB/ROOT/6/speak ./PUNCT/punct/6",
        ents={"0-1": "PERSON", "5": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert [e.text for e in res.names.ents] == ["Jon Zubov"]
    assert res.resolve(phrase(doc[5])).actor.label == "Jon Zubov"


#: "Downing Street said . Downing Street adviser Ann Zubova spoke . The country voted"
SEAT = (
    "Downing/PROPN/compound/1 Street/PROPN/nsubj/2 said/VERB/ROOT/2/say ./PUNCT/punct/2 "
    "Downing/PROPN/compound/5 Street/PROPN/compound/6 adviser/NOUN/compound/8 "
    "Ann/PROPN/compound/8 Zubova/PROPN/nsubj/9 spoke/VERB/ROOT/9/speak ./PUNCT/punct/9 "
    "The/DET/det/12 country/NOUN/nsubj/13 voted/VERB/ROOT/13/vote"
)
#: "Downing Street said . Former Downing Street chief Ann Zubova spoke . The country voted"
FORMER = (
    "Downing/PROPN/compound/1 Street/PROPN/nsubj/2 said/VERB/ROOT/2/say ./PUNCT/punct/2 "
    "Former/ADJ/amod/7 Downing/PROPN/compound/6 Street/PROPN/compound/7 chief/NOUN/compound/9 "
    "Ann/PROPN/compound/9 Zubova/PROPN/nsubj/10 spoke/VERB/ROOT/10/speak ./PUNCT/punct/10 "
    "The/DET/det/13 country/NOUN/nsubj/14 voted/VERB/ROOT/14/vote"
)


@pytest.mark.parametrize(
    ("spec", "ents", "person", "code"),
    [
        (SEAT, {"0-1": "FAC", "4-5": "FAC", "7-8": "PERSON"}, 8, "GBRGOV"),
        # a former one's office is no office now
        (FORMER, {"0-1": "FAC", "5-6": "FAC", "8-9": "PERSON"}, 9, "GBR"),
    ],
)
def test_number_10_is_the_uk_s_seat_of_government(gaz, spec, ents, person, code):
    from dataclasses import replace

    from kg.extract.codes import code_of
    from kg.extract.phrases import phrase

    doc = parse(spec, ents=ents)
    codes = actorcodes.load()
    res = Resolver(doc, gaz, codes=codes)
    assert res.resolve(phrase(doc[1])).actor.label == "Number 10 Downing Street"
    found = res.resolve(phrase(doc[person])).actor
    assert code_of(replace(found, country="GBR"), None, codes) == code
    assert d.named_most(doc[len(doc) - 2], res.names).id == "country/GBR"  # named as the UK


@pytest.mark.parametrize(
    ("noun", "lemma", "tag", "expected"),
    [
        ("consumers", "consumer", "NNS", ("RUS", "civilian")),  # people in general: RUSCVL
        ("athletes", "athlete", "NNS", ("RUS", "athlete")),  # the Phoenix agent first
        ("firms", "firm", "NNS", ("RUS", "business")),  # kg's sector noun
        ("consumer", "consumer", "NN", ("RUS", None)),  # a singular: no group of people
    ],
)
def test_a_country_s_people_in_general_are_its_civilians(gaz, noun, lemma, tag, expected):
    """ "S Korean consumers", "Russian parents": the country's public (CVL), which the
    Phoenix agents lack a noun for (``civilian_nouns``)."""
    spec = f"Russian/ADJ/amod/1 {noun}/NOUN/nsubj/2/{lemma}/{tag} spoke/VERB/ROOT/2/speak"
    doc = parse(spec, ents={"0": "NORP"})
    found = d.group(doc[1], f"Russian {noun}", Names(doc, gaz, codes=actorcodes.load()))
    assert ((found.country, found.sector) if found else None) == expected


def test_a_medium_the_story_cites_is_no_antecedent():
    """ "Acme grew . LNM told Reuters . It fell": not the medium told, but the body before."""
    doc = parse(
        "Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 LNM/PROPN/nsubj/4 "
        "told/VERB/ROOT/4/tell Reuters/PROPN/dobj/4 ./PUNCT/punct/4 It/PRON/nsubj/8 "
        "fell/VERB/ROOT/8/fall"
    )
    acme = actor("Organization", "acme")
    reuters = Actor("org/REUTERS", "Reuters", "Organization", "GBR", subtype="media")
    assert d.nearest(doc[7], [(0, acme), (5, reuters)], frozenset({"Organization"})) == acme


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Acme fell , according to Ivan Petrov . He left": the person cited, a sentence on
        ("Acme/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ,/PUNCT/punct/1 according/VERB/prep/1 "
         "to/ADP/prep/3 Ivan/PROPN/compound/6 Petrov/PROPN/pobj/4 ./PUNCT/punct/1 "
         "He/PRON/nsubj/9 left/VERB/ROOT/9/leave", "person/petrov"),
        # "Acme fell , according to Ivan Petrov , and he left": the source, not who acts
        ("Acme/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ,/PUNCT/punct/1 according/VERB/prep/1 "
         "to/ADP/prep/3 Ivan/PROPN/compound/6 Petrov/PROPN/pobj/4 ,/PUNCT/punct/1 "
         "and/CCONJ/cc/1 he/PRON/nsubj/10 left/VERB/conj/1/leave", None),
    ],
)  # fmt: skip
def test_a_person_cited_is_an_antecedent_after_the_sentence_citing_them(spec, expected):
    doc = parse(spec)
    he = next(t for t in doc if t.lower_ == "he")
    found = d.nearest(he, [(6, actor("Person", "petrov"))], frozenset({"Person"}))
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (  # "Russia spoke . The state wanted": the state named before
            "Russia/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 the/DET/det/4 "
            "state/NOUN/nsubj/5/state/NN wanted/VERB/ROOT/5/want",
            "country/RUS",
        ),
        (  # "the welfare state": a kind of state, none named before
            "Russia/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 the/DET/det/5 "
            "welfare/NOUN/compound/5 state/NOUN/nsubj/6/state/NN grew/VERB/ROOT/6/grow",
            None,
        ),
        (  # "the psychological state": a condition, no state
            "Russia/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 the/DET/det/5 "
            "psychological/ADJ/amod/5 state/NOUN/nsubj/6/state/NN grew/VERB/ROOT/6/grow",
            None,
        ),
    ],
)
def test_the_state_alone_is_the_state_named_most_before_it(gaz, spec, expected):
    doc = parse(spec, ents={"0": "GPE"})
    head = next(t for t in doc if t.lower_ == "state")
    found = d.collective(head, Names(doc, gaz))
    assert (found.id if found is not None else None) == expected


@pytest.mark.parametrize(
    ("noun", "label"),
    [
        # "Jon Zubov sang . Zubov met Ann Grob . The singer spoke .": the person the text told
        # of (a subject), not the one named last as an object
        ("singer", "Jon Zubov"),
        # "... . The businessman spoke .": the same for every noun of what one person is
        ("businessman", "Jon Zubov"),
    ],
)
def test_the_singer_is_the_person_named_last_as_a_subject(gaz, noun, label):
    doc = parse(
        "Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 sang/VERB/ROOT/2/sing ./PUNCT/punct/2 "
        "Zubov/PROPN/nsubj/5 met/VERB/ROOT/5/meet Ann/PROPN/compound/7 Grob/PROPN/dobj/5 "
        f"./PUNCT/punct/5 The/DET/det/10 {noun}/NOUN/nsubj/11/{noun}/NN "
        "spoke/VERB/ROOT/11/speak ./PUNCT/punct/11",
        ents={"0-1": "PERSON", "4": "PERSON", "6-7": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[10], res.positions).label == label


def test_the_singer_with_no_subject_before_is_the_person_named_last(gaz):
    # "Ann Grob was thanked . The singer spoke .": no person a subject: the one named last
    doc = parse(
        "They/PRON/nsubj/1/they thanked/VERB/ROOT/1/thank Ann/PROPN/compound/3 "
        "Grob/PROPN/dobj/1 ./PUNCT/punct/1 The/DET/det/6 singer/NOUN/nsubj/7/singer/NN "
        "spoke/VERB/ROOT/7/speak ./PUNCT/punct/7",
        ents={"2-3": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[6], res.positions).label == "Ann Grob"


def test_the_singer_is_no_subject_named_before_the_two_sentences(gaz):
    # "Jon Zubov sang . It rained . It snowed . The singer spoke .": the subject three
    # sentences back is out of reach (review10: `subject_person`'s ``since``)
    doc = parse(
        "Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 sang/VERB/ROOT/2/sing ./PUNCT/punct/2 "
        "It/PRON/nsubj/5/it rained/VERB/ROOT/5/rain ./PUNCT/punct/5 "
        "It/PRON/nsubj/8/it snowed/VERB/ROOT/8/snow ./PUNCT/punct/8 "
        "The/DET/det/11 singer/NOUN/nsubj/12/singer/NN spoke/VERB/ROOT/12/speak "
        "./PUNCT/punct/12",
        ents={"0-1": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[11], res.positions) is None


def test_the_singer_is_no_subject_inside_a_quotation(gaz):
    # 'Ann Grob said . " Zubov sang . " The singer spoke .': the quoted subject is what the
    # speaker talks of, so the narrative's subject before (review10: `subject_person`'s quote)
    doc = parse(
        "Ann/PROPN/compound/1 Grob/PROPN/nsubj/2 said/VERB/ROOT/2/say ./PUNCT/punct/2 "
        '"/PUNCT/punct/6 Zubov/PROPN/nsubj/6 sang/VERB/ROOT/6/sing ./PUNCT/punct/6 '
        '"/PUNCT/punct/6 The/DET/det/10 singer/NOUN/nsubj/11/singer/NN '
        "spoke/VERB/ROOT/11/speak ./PUNCT/punct/11",
        ents={"0-1": "PERSON", "5": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[10], res.positions).label == "Ann Grob"


@pytest.mark.parametrize(
    ("noun", "label"),
    [
        # "Jon Zubov praised Ann Grob . The actress spoke .": no man is "the actress", though
        # he was the subject (review10: desc3's subject first gave Jon Zubov)
        ("actress", "Ann Grob"),
        # a noun of no gender: the subject, as desc3 made it
        ("singer", "Jon Zubov"),
    ],
)
def test_the_actress_is_no_man(gaz, noun, label):
    doc = parse(
        "Jon/PROPN/compound/1 Zubov/PROPN/nsubj/2 praised/VERB/ROOT/2/praise "
        "Ann/PROPN/compound/4 Grob/PROPN/dobj/2 ./PUNCT/punct/2 The/DET/det/7 "
        f"{noun}/NOUN/nsubj/8/{noun}/NN spoke/VERB/ROOT/8/speak ./PUNCT/punct/8",
        ents={"0-1": "PERSON", "3-4": "PERSON"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert d.person_before(doc[7], res.positions).label == label
