"""Names the parser tags in one sentence and not in the next (kg.extract.echoes), names that
only modify a noun, company names the parser took for places, acronyms of names the article
spelled out (kg.extract.orgnames) and names of a state's bodies, on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.codes import code_of
from kg.extract.descriptions import spokesperson
from kg.extract.echoes import with_acronym_names, with_echoes, with_name_ends
from kg.extract.names import Names
from kg.extract.orgnames import initials, named_kind
from kg.extract.phrases import phrase
from kg.extract.titles import title_words
from kg.gazetteer import Gazetteer, norm
from kg.model import Actor

#: "Zubcorp sued banks . The firm collapsed . Zubcorp left": only the last Zubcorp is tagged.
SUED = (
    "Zubcorp/PROPN/nsubj/1 sued/VERB/ROOT/1/sue banks/NOUN/dobj/1/bank ./PUNCT/punct/1 "
    "The/DET/det/5 firm/NOUN/nsubj/6/firm/NN collapsed/VERB/ROOT/6/collapse ./PUNCT/punct/6 "
    "Zubcorp/PROPN/nsubj/9 left/VERB/ROOT/9/leave"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("spec", "ents", "echoed"),
    [
        # the untagged name is the organisation the parser tags after it
        ("Zubcorp/PROPN/nsubj/1 left/VERB/ROOT/1 Zubcorp/PROPN/dobj/1", {"2": "ORG"}, [(0, 1)]),
        # a place's name too, with the place's label
        ("Zubia/PROPN/nsubj/1 left/VERB/ROOT/1 Zubia/PROPN/dobj/1", {"2": "GPE"}, [(0, 1)]),
        # a longer name that starts with it is another name
        (
            "Zubcorp/PROPN/compound/1 Finance/PROPN/nsubj/2 left/VERB/ROOT/2 Zubcorp/PROPN/dobj/2",
            {"3": "ORG"},
            [],
        ),
        # a common word spelled like the name is no echo; nor a person's name
        ("zubcorp/NOUN/nsubj/1 left/VERB/ROOT/1 Zubcorp/PROPN/dobj/1", {"2": "ORG"}, []),
        ("Zubov/PROPN/nsubj/1 left/VERB/ROOT/1 Zubov/PROPN/dobj/1", {"2": "PERSON"}, []),
    ],
)
def test_an_untagged_name_the_article_tags_elsewhere_is_an_entity(spec, ents, echoed):
    doc = parse(spec, ents=ents)
    tagged = tuple(doc.ents)
    found = with_echoes(doc, tagged)
    added = [(e.start, e.end) for e in found if e not in tagged]
    assert added == echoed
    assert all(e.label_ == tagged[0].label_ for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)


def test_the_firm_leans_on_an_untagged_name_and_makes_it_a_firm(gaz):
    doc = parse(SUED, ents={"8": "ORG"})
    res = Resolver(doc, gaz, codes=actorcodes.load())
    first, firm = res.resolve(phrase(doc[0])), res.resolve(phrase(doc[5]))
    assert first.actor.id == firm.actor.id == "org/zubcorp"
    assert first.via == "name" and firm.via == "description"
    assert first.actor.role == "firm"  # "the firm" said what it is: its code is BUS


def test_a_name_that_modifies_a_noun_has_no_title():
    doc = parse(
        "The/DET/det/3 unidentified/ADJ/amod/3 Zubcorp/PROPN/compound/3 source/NOUN/nsubj/4 "
        "said/VERB/ROOT/4/say",
        ents={"2": "ORG"},
    )
    assert title_words(doc.ents[0]) == []
    titled = parse(
        "steel/NOUN/compound/1 giant/NOUN/compound/2 Zubcorp/PROPN/nsubj/3 left/VERB/ROOT/3"
    )
    assert [t.text for t in title_words(titled[2:3])] == ["steel", "giant"]


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [
        ("giant", "Zubcorp", "Organization"),  # no place, called a company: a company
        ("carrier", "Zubcorp", "Organization"),  # a company's noun, though Phoenix's is MIL
        ("monopoly", "Zubcorp", "Organization"),  # "state gas monopoly Gazprom"
        ("city", "Zubcorp", "Location"),  # no company's noun: the unknown place it was
        ("giant", "Kirkuk", "Location"),  # a known place stays a place
    ],
)
def test_a_company_the_parser_took_for_a_place_is_a_company(gaz, title, name, kind):
    doc = parse(
        f"energy/NOUN/compound/1 {title}/NOUN/compound/2 {name}/PROPN/nsubj/3 "
        "left/VERB/ROOT/3/leave",
        ents={"2": "GPE"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    actor = res.resolve(phrase(doc[2])).actor
    assert actor.type == kind
    if kind == "Organization":
        assert code_of(replace(actor, country="RUS"), None, actorcodes.load()) == "RUSBUS"


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Sentencing Guidelines Council", "SGC"),
        ("Project and Contract Office", "PCO"),  # function words left out
        ("Department for Work and Pensions", "DWP"),
        ("Zubcorp", "Z"),  # one word: no acronym of two letters
    ],
)
def test_initials(name, letters):
    assert initials(name) == letters


def test_an_acronym_is_the_organisation_the_article_spelled_out(gaz):
    doc = parse(
        "the/DET/det/3 Zub/PROPN/compound/3 Guidelines/PROPN/compound/3 Council/PROPN/nsubj/4 "
        "met/VERB/ROOT/4/meet ./PUNCT/punct/4 ZGC/PROPN/nsubj/7 left/VERB/ROOT/7/leave "
        "./PUNCT/punct/7 ZQC/PROPN/nsubj/10 left/VERB/ROOT/10/leave",
        ents={"0-3": "ORG", "6": "ORG", "9": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    full, short = res.resolve(phrase(doc[3])).actor, res.resolve(phrase(doc[6])).actor
    other = res.resolve(phrase(doc[9])).actor
    assert full.id == short.id == "org/zub-guidelines-council"
    assert other.id == "org/zqc"  # letters no name of the article makes: its own name


def test_an_acronym_the_article_spells_out_wins_over_the_gazetteers_reading(gaz):
    # "EC" is an alias of the European Union in the gazetteer; this article spells it out
    doc = parse(
        "the/DET/det/2 European/PROPN/compound/2 Commission/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
        "./PUNCT/punct/3 EC/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
        ents={"0-2": "ORG", "5": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    full, short = res.resolve(phrase(doc[2])).actor, res.resolve(phrase(doc[5])).actor
    assert full.id == short.id == "org/european-commission"
    alone = parse("EC/PROPN/nsubj/1 left/VERB/ROOT/1/leave", ents={"0": "ORG"})
    assert Resolver(alone, gaz).resolve(phrase(alone[0])).actor.id == "org/EU"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Child Support Agency", "GBRGOV"),  # not the media's "news agency"
        ("Home Office", "GBRGOV"),
        ("Zub Department", "GBRGOV"),
        ("Zub Forum", "GBR"),  # nothing says what it is
        ("Zub Holdings", "GBRBUS"),  # a company's legal form: no state's body
    ],
)
def test_a_name_ending_in_a_state_s_kind_of_body_is_the_government_s(name, code):
    actor = Actor(id="org/x", label=name, type="Organization", country="GBR")
    assert code_of(actor, None, actorcodes.load()) == code


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Zubcorp officials": the organisation they speak for
        ("Zubcorp/NOUN/compound/1 officials/NOUN/nsubj/2/official/NNS left/VERB/ROOT/2/leave",
         {"0": "ORG"}, "org/zubcorp"),
        ("a/DET/det/2 Zubcorp/PROPN/compound/2 source/NOUN/nsubj/3/source/NN said/VERB/ROOT/3/say",
         {"1": "ORG"}, "org/zubcorp"),
        # a state's officials are its government, not the state as a speaker
        ("Russian/ADJ/amod/1 officials/NOUN/nsubj/2/official/NNS left/VERB/ROOT/2/leave",
         {"0": "NORP"}, None),
        # a spokesman speaks for a state too
        ("a/DET/det/2 Russian/ADJ/amod/2 spokesman/NOUN/nsubj/3/spokesman/NN said/VERB/ROOT/3/say",
         {"1": "NORP"}, "country/RUS"),
    ],
)  # fmt: skip
def test_people_who_speak_for_an_organisation(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    head = next(t for t in doc if t.dep_ == "nsubj")
    found = spokesperson(head, Names(doc, gaz))
    assert (found.id if found else None) == expected


def test_an_echo_may_be_tagged_a_noun_and_a_title_ends_in_a_noun(gaz):
    doc = parse(
        "State/NOUN/npadvmod/2 -/PUNCT/punct/2 owned/VERB/amod/3/own Zubcorp/PROPN/nsubj/4 "
        "left/VERB/ROOT/4/leave ./PUNCT/punct/4 Zubcorp/NOUN/compound/7/zubcorp "
        "officials/NOUN/nsubj/8/official/NNS left/VERB/ROOT/8/leave",
        ents={"3": "ORG"},
    )
    names = Names(doc, gaz)
    assert [(e.start, e.label_) for e in names.ents] == [(3, "ORG"), (6, "ORG")]
    assert names.description(names.ents[0]).role is None  # "owned" is no title


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Zub Agency", "org/zub-agency"),  # "the agency": the one agency named, not the office
        ("Zub Party", None),  # no agency named: not the nearest organisation by its head
    ],
)
def test_the_agency_is_the_organisation_whose_name_the_noun_heads(gaz, second, expected):
    first, last = second.split()
    doc = parse(
        f"{first}/PROPN/compound/1 {last}/PROPN/nsubj/2 met/VERB/ROOT/2/meet "
        "the/DET/det/5 Home/PROPN/compound/5 Office/PROPN/dobj/2 ./PUNCT/punct/2 "
        "the/DET/det/8 agency/NOUN/nsubj/9/agency/NN failed/VERB/ROOT/9/fail",
        ents={"0-1": "ORG", "4-5": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert named_kind(doc[8], res.positions) == (
        next(a for _, a in res.positions if a.id == expected) if expected else None
    )
    if expected:  # its name says what it is: "the agency" gives it no role (MED)
        assert res.resolve(phrase(doc[8])).actor.role is None


def test_a_company_the_parser_took_for_a_building_and_left_untagged_after_its_title(gaz):
    """ "Miner Zub Gold said ... . ... of Zub Gold - a mining firm": the FAC is a company,
    and the untagged name after its title noun ("Miner") its echo."""
    doc = parse(
        "Miner/PROPN/compound/2 Zub/PROPN/compound/2 Gold/PROPN/nsubj/3 said/VERB/ROOT/3/say "
        "./PUNCT/punct/3 chairman/NOUN/nsubj/11 of/ADP/prep/5 Zub/PROPN/compound/8 "
        "Gold/PROPN/pobj/6 ,/PUNCT/punct/8 firm/NOUN/appos/8/firm left/VERB/ROOT/11/leave",
        ents={"7-8": "FAC"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    first, later = res.resolve(phrase(doc[2])).actor, res.resolve(phrase(doc[8])).actor
    assert first.id == later.id == "org/zub-gold"
    assert first.type == "Organization" and first.role in {"miner", "firm"}  # both a company's


@pytest.mark.parametrize(
    ("seat", "country"),
    [("based", "USA"), ("owned", "FRA")],  # "US-owned" says no seat: the story's country
)
def test_an_organisation_based_in_a_country_is_its(gaz, seat, country):
    doc = parse(
        f"the/DET/det/4 US/PROPN/npadvmod/3 -/PUNCT/punct/3 {seat}/VERB/amod/4/{seat[:-2]}e "
        "Zubtex/PROPN/nsubj/5 left/VERB/ROOT/5/leave France/PROPN/dobj/5 and/CCONJ/cc/6 "
        "France/PROPN/conj/6",
        ents={"1": "GPE", "4": "ORG", "6": "GPE", "8": "GPE"},
    )
    assert Names(doc, gaz).entity(Names(doc, gaz).ents[1], {}).country == country


@pytest.mark.parametrize(("noun", "code"), [("firm", "ZUBBUS"), ("city", "ZUB")])
def test_an_officer_of_a_body_called_a_company_is_business(gaz, noun, code):
    """ "Ivan Zubov, deputy chairman of Zub Gold - a mining firm": the body is a company."""
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/10 ,/PUNCT/punct/1 deputy/NOUN/compound/4 "
        "chairman/NOUN/appos/1 of/ADP/prep/4 Zub/PROPN/compound/7 Gold/PROPN/pobj/5 "
        f",/PUNCT/punct/7 {noun}/NOUN/appos/7/{noun} said/VERB/ROOT/10/say",
        ents={"0-1": "PERSON", "6-7": "ORG"},
    )
    person = Names(doc, gaz).entity(Names(doc, gaz).ents[0], {})
    assert code_of(replace(person, country="ZUB"), None, actorcodes.load()) == code


@pytest.mark.parametrize(
    ("spec", "ents", "added"),
    [
        # bracketed after the name whose initials it is
        (
            "Zub/PROPN/compound/3 Regions/PROPN/compound/3 Airline/PROPN/compound/3 "
            "Association/PROPN/nsubj/8 (/PUNCT/punct/5 ZRAA/PROPN/appos/3 )/PUNCT/punct/5 "
            "said/VERB/ROOT/7 ./PUNCT/punct/7",
            {"0-3": "ORG"},
            [(5, 6)],
        ),
        # letters of another name: none
        (
            "Zub/PROPN/compound/3 Regions/PROPN/compound/3 Airline/PROPN/compound/3 "
            "Association/PROPN/nsubj/8 (/PUNCT/punct/5 ZQX/PROPN/appos/3 )/PUNCT/punct/5 "
            "said/VERB/ROOT/7 ./PUNCT/punct/7",
            {"0-3": "ORG"},
            [],
        ),
        # right after a noun of firms or bodies ("steel giant LNM", "regulator AMF")
        (
            "steel/NOUN/compound/1 giant/NOUN/compound/2/giant ZNM/PROPN/nsubj/3 left/VERB/ROOT/3",
            None,
            [(2, 3)],
        ),
        ("regulator/NOUN/compound/1/regulator ZMF/PROPN/nsubj/2 acted/VERB/ROOT/2", None, [(1, 2)]),
        # an acronym after another noun, or in a longer name, is left alone
        ("the/DET/det/1 ZMF/PROPN/nsubj/2 acted/VERB/ROOT/2", None, []),
        (
            "giant/NOUN/compound/1/giant ZNM/PROPN/compound/2 Steel/PROPN/nsubj/3 left/VERB/ROOT/3",
            None,
            [],
        ),
        # a word in lower case or too long is no acronym
        ("giant/NOUN/compound/1/giant Znm/PROPN/nsubj/2 left/VERB/ROOT/2", None, []),
    ],
)
def test_an_untagged_acronym_the_text_says_is_a_body_is_an_organisation(spec, ents, added):
    doc = parse(spec, ents=ents)
    tagged = tuple(doc.ents)
    found = with_acronym_names(doc, tagged)
    assert [(e.start, e.end) for e in found if e not in tagged] == added
    assert all(e.label_ == "ORG" for e in found if e not in tagged)


def test_an_acronym_made_a_name_is_echoed_and_read_as_its_full_name(gaz):
    doc = parse(
        "Zub/PROPN/compound/3 Regions/PROPN/compound/3 Airline/PROPN/compound/3 "
        "Association/PROPN/nsubj/8 (/PUNCT/punct/5 ZRAA/PROPN/appos/3 )/PUNCT/punct/5 "
        "said/VERB/ROOT/7 ./PUNCT/punct/7 ZRAA/PROPN/nsubj/10 left/VERB/ROOT/10",
        ents={"0-3": "ORG"},
    )
    names = Names(doc, gaz)
    assert [(e.text, e.label_) for e in names.ents] == [
        ("Zub Regions Airline Association", "ORG"),
        ("ZRAA", "ORG"),
        ("ZRAA", "ORG"),
    ]


KNOWN_BODIES = {"Bank of Zub": "org/bank-of-zub", "Zubbank": "org/zubbank"}


def _known(name: str) -> str | None:
    """The body a name names, read as the gazetteer reads it ("the Bank of Zub": norm strips
    "the")."""
    return KNOWN_BODIES.get(norm(name))


@pytest.mark.parametrize(
    ("spec", "ents", "widened"),
    [
        # cut at "for": the phrase's capitalised words, places and all, are the name's
        (
            "the/DET/det/2 Zub/PROPN/compound/2 Commission/PROPN/nsubj/10 for/ADP/prep/2 "
            "Latin/PROPN/compound/5 America/PROPN/pobj/3 and/CCONJ/cc/5 the/DET/det/8 "
            "Caribbean/PROPN/conj/5 said/VERB/ROOT/9 ./PUNCT/punct/9",
            {"0-2": "ORG", "4-5": "LOC", "8-8": "LOC"},
            [("the Zub Commission for Latin America and the Caribbean", "ORG")],
        ),
        # cut after "of the"
        (
            "the/DET/det/1 Office/PROPN/nsubj/7 of/ADP/prep/1 the/DET/det/6 "
            "Deputy/PROPN/compound/6 Prime/PROPN/compound/6 Minister/PROPN/pobj/2 "
            "said/VERB/ROOT/7",
            {"0-3": "ORG"},
            [("the Office of the Deputy Prime Minister", "ORG")],
        ),
        # "and" going on from a "for" inside the name
        (
            "the/DET/det/1 Department/PROPN/nsubj/6 for/ADP/prep/1 Education/PROPN/pobj/2 "
            "and/CCONJ/cc/3 Skills/PROPN/conj/3 said/VERB/ROOT/6",
            {"0-3": "ORG", "5-5": "ORG"},
            [("the Department for Education and Skills", "ORG")],
        ),
        # no head noun of bodies: a firm "of" its country
        (
            "Zub/PROPN/compound/1 Motors/PROPN/nsubj/5 of/ADP/prep/1 the/DET/det/4 "
            "Zubland/PROPN/pobj/2 said/VERB/ROOT/5",
            {"0-1": "ORG", "4-4": "GPE"},
            [("Zub Motors", "ORG"), ("Zubland", "GPE")],
        ),
        # a date, a person's name, a word in lower case: no name's words
        (
            "the/DET/det/2 Commerce/PROPN/compound/2 Department/PROPN/nsubj/5 for/ADP/prep/2 "
            "November/PROPN/pobj/3 said/VERB/ROOT/5",
            {"0-2": "ORG", "4-4": "DATE"},
            [("the Commerce Department", "ORG"), ("November", "DATE")],
        ),
        (
            "the/DET/det/2 Zub/PROPN/compound/2 Commission/PROPN/nsubj/6 for/ADP/prep/2 "
            "Ivan/PROPN/compound/5 Zubov/PROPN/pobj/3 said/VERB/ROOT/6",
            {"0-2": "ORG", "4-5": "PERSON"},
            [("the Zub Commission", "ORG"), ("Ivan Zubov", "PERSON")],
        ),
        (
            "the/DET/det/2 Zub/PROPN/compound/2 Commission/PROPN/nsubj/5 for/ADP/prep/2 "
            "trade/NOUN/pobj/3 said/VERB/ROOT/5",
            {"0-2": "ORG"},
            [("the Zub Commission", "ORG")],
        ),
        # a name known alone, a known body after "and": two bodies
        (
            "the/DET/det/1 Bank/PROPN/nsubj/6 of/ADP/prep/1 Zub/PROPN/pobj/2 and/CCONJ/cc/1 "
            "Zubbank/PROPN/conj/1 said/VERB/ROOT/6",
            {"0-3": "ORG", "5-5": "ORG"},
            [("the Bank of Zub", "ORG"), ("Zubbank", "ORG")],
        ),
        # another body's or a place's name after "and"; one "and" at most
        (
            "the/DET/det/2 New/PROPN/compound/2 University/PROPN/nsubj/9 of/ADP/prep/2 "
            "Zub/PROPN/pobj/3 and/CCONJ/cc/4 the/DET/det/8 Zub/PROPN/compound/8 "
            "Polytechnic/PROPN/conj/4 merged/VERB/ROOT/9",
            {"0-2": "ORG", "6-8": "ORG"},
            [("the New University of Zub", "ORG"), ("the Zub Polytechnic", "ORG")],
        ),
        (
            "the/DET/det/1 University/PROPN/nsubj/9 of/ADP/prep/1 the/DET/det/4 "
            "Highlands/PROPN/pobj/2 and/CCONJ/cc/4 Islands/PROPN/conj/4 and/CCONJ/cc/4 "
            "Zubton/PROPN/conj/4 said/VERB/ROOT/9",
            {"0-1": "ORG", "8-8": "GPE"},
            [("the University of the Highlands and Islands", "ORG"), ("Zubton", "GPE")],
        ),
        # "and" and the start of another name the parser left untagged
        (
            "the/DET/det/2 New/PROPN/compound/2 University/PROPN/nsubj/9 of/ADP/prep/2 "
            "Zub/PROPN/pobj/3 and/CCONJ/cc/4 the/DET/det/8 Zub/PROPN/compound/8 "
            "Polytechnic/PROPN/conj/4 merged/VERB/ROOT/9",
            {"0-4": "ORG"},
            [("the New University of Zub", "ORG")],
        ),
        # another body's name after "and"
        (
            "the/DET/det/1 Council/PROPN/nsubj/8 for/ADP/prep/1 Zub/PROPN/pobj/2 "
            "and/CCONJ/cc/3 the/DET/det/7 Zub/PROPN/compound/7 Commission/PROPN/conj/3 "
            "said/VERB/ROOT/8",
            {"0-3": "ORG", "5-7": "ORG"},
            [("the Council for Zub", "ORG"), ("the Zub Commission", "ORG")],
        ),
        # "and" after a name with no "of" or "for" phrase: two bodies, tagged or not
        (
            "the/DET/det/2 Zub/PROPN/compound/2 Commission/PROPN/nsubj/5 and/CCONJ/cc/2 "
            "Parliament/PROPN/conj/2 said/VERB/ROOT/5",
            {"0-2": "ORG"},
            [("the Zub Commission", "ORG")],
        ),
        (
            "the/DET/det/1 Council/PROPN/nsubj/5 and/CCONJ/cc/1 Zub/PROPN/compound/4 "
            "Ministers/PROPN/conj/1 said/VERB/ROOT/5",
            {"0-1": "ORG"},
            [("the Council", "ORG")],
        ),
        # "in" opens no phrase of a name: "and Grobia" is another place, not the name's end
        (
            "the/DET/det/1 Office/PROPN/nsubj/6 in/ADP/prep/1 Zubland/PROPN/pobj/2 "
            "and/CCONJ/cc/3 Grobia/PROPN/conj/3 said/VERB/ROOT/6",
            {"0-3": "ORG", "5-5": "GPE"},
            [("the Office in Zubland", "ORG"), ("Grobia", "GPE")],
        ),
    ],
)
def test_a_bodys_name_the_parser_cut_before_its_of_or_for_phrase_goes_on(spec, ents, widened):
    """ "the Economic Commission for Latin America and the Caribbean": one name, not "the
    Economic Commission" and two places."""
    doc = parse(spec, ents=ents)
    found = with_name_ends(tuple(doc.ents), _known)
    assert [(e.text, e.label_) for e in found] == widened
