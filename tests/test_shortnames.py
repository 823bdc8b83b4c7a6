"""A firm's name without its legal form, and a one-word name the parser read as a person's,
are the organisation the article names (kg.extract.orgnames.short_forms, short_name); so is
the first or last word of a firm's name (part_forms) and an acronym the BBC writes as a word
("Pipa": acronym_letters)."""

from __future__ import annotations

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.names import Names
from kg.extract.orgnames import acronym_letters, bracketed_words, head_forms, short_forms
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer

#: "Zubtrack {suffix} left . {short} sued ."
STORY = (
    "Zubtrack/PROPN/compound/1 {suffix}/PROPN/nsubj/2 left/VERB/ROOT/2/leave ./PUNCT/punct/2 "
    "{short}/PROPN/nsubj/5 sued/VERB/ROOT/5/sue ./PUNCT/punct/5"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("suffix", "label", "expected"),
    [
        ("International", "ORG", "org/zubtrack-international"),  # a legal form or group word
        ("Group", "PERSON", "org/zubtrack-group"),  # the parser's person: the firm all the same
        ("USA", "ORG", "org/zubtrack"),  # a subsidiary ("Yukos USA") is another firm
        ("USA", "PERSON", "person/zubtrack"),  # and no organisation of that name: a person
    ],
)
def test_a_short_name_is_the_firm_named_in_full(gaz, suffix, label, expected):
    doc = parse(STORY.format(suffix=suffix, short="Zubtrack"), ents={"0-1": "ORG", "4": label})
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[4])).actor.id == expected


def test_a_one_word_person_the_article_tags_an_organisation_elsewhere_is_it(gaz):
    doc = parse(
        "Zubtrack/PROPN/nsubj/1 left/VERB/ROOT/1/leave ./PUNCT/punct/1 "
        "Zubtrack/PROPN/nsubj/4 sued/VERB/ROOT/4/sue ./PUNCT/punct/4",
        ents={"0": "ORG", "3": "PERSON"},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[3])).actor.id == "org/zubtrack"


def test_short_forms_index_only_organisations_with_a_legal_form():
    doc = parse(STORY.format(suffix="Holdings", short="Zubtrack"), ents={"0-1": "ORG"})
    assert list(short_forms({"Zubtrack Holdings": doc.ents[0]})) == ["Zubtrack"]
    assert short_forms({"Zubtrack Motors": doc.ents[0]}) == {}


#: "The Zubland {head} met . {other} The {head} said ." (a body's head noun alone, after its
#: full name; ``other`` may name a second body: "The Xoland Commission met .")
HEADED = (
    "The/DET/det/2 Zubland/PROPN/compound/2 {head}/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
    "./PUNCT/punct/3 {other}The/DET/det/{d} {head}/PROPN/nsubj/{s} said/VERB/ROOT/{s}/say "
    "./PUNCT/punct/{s}"
)
OTHER = (
    "The/DET/det/7 Xoland/PROPN/compound/7 Commission/PROPN/nsubj/8 met/VERB/ROOT/8/meet "
    "./PUNCT/punct/8 "
)


@pytest.mark.parametrize(
    ("head", "two", "expected"),
    [
        ("Commission", False, "org/zubland-commission"),  # the one commission named
        ("Commission", True, "org/commission"),  # two commissions named: neither
        ("Tribune", False, "org/tribune"),  # no noun of a kind of body: a name of its own
        ("Bank", False, "org/bank"),  # "the World Bank ... the Bank": the country's own bank
        ("Army", False, "org/army"),  # "the IRA ... the Army": the country's army
    ],
)
def test_a_body_named_by_its_head_noun_is_the_one_named_in_full(gaz, head, two, expected):
    i = 11 if two else 6  # the head noun alone
    text = HEADED.format(head=head, other=OTHER if two else "", d=i, s=i + 1)
    ents = {"1-2": "ORG", str(i): "ORG"} | ({"6-7": "ORG"} if two else {})
    doc = parse(text, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[i])).actor.id == expected


def test_head_forms_index_a_body_noun_as_written():
    doc = parse(HEADED.format(head="Council", other="", d=6, s=7), ents={"1-2": "ORG"})
    assert head_forms({"Zubland Council": doc.ents[0]}) == {"Council": doc.ents[0]}
    assert head_forms({"Court of Zubland": doc.ents[0]}) == {"Court": doc.ents[0]}
    assert head_forms({"Zubland Tribune": doc.ents[0]}) == {}
    assert head_forms({"Zubland Bank": doc.ents[0]}) == {}  # "the Bank" alone: not this
    assert head_forms({"Bank of Zubland": doc.ents[0]}) == {"Bank": doc.ents[0]}


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Barrick Gold said": the dictionaries' Barrick Gold Corporation (MNCCAN)
        ("Barrick/PROPN/compound/1 Gold/PROPN/nsubj/2 said/VERB/ROOT/2/say", {"0-1": "ORG"},
         ("Barrick Gold Corporation", "CAN")),
        # "miner Barrick Gold said", tagged a person: a company by its title
        ("miner/NOUN/compound/2 Barrick/PROPN/compound/2 Gold/PROPN/nsubj/3 said/VERB/ROOT/3/say",
         {"1-2": "PERSON"}, ("Barrick Gold Corporation", "CAN")),
        # a person with no company's title: not looked up by a company's shorter name
        ("Barrick/PROPN/compound/1 Gold/PROPN/nsubj/2 said/VERB/ROOT/2/say", {"0-1": "PERSON"},
         ("Barrick Gold", None)),
        # "The Express said": a name after "the", no company's short form (Express Inc)
        ("The/DET/det/1 Express/PROPN/nsubj/2 said/VERB/ROOT/2/say", {"1": "ORG"},
         ("Express", None)),
        # "Chase said": a word of the dictionary, no company's short form (Chase Corporation)
        ("Chase/PROPN/nsubj/1 said/VERB/ROOT/1/say", {"0": "ORG"}, ("Chase", None)),
    ],
)  # fmt: skip
def test_a_company_named_without_its_legal_form_is_the_dictionaries_one(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    head = next(t for t in doc if t.dep_ == "nsubj")
    actor = resolver.resolve(phrase(head)).actor
    assert (actor.label, actor.country) == expected


#: "{first} left . {second} left . {short} sued ." (firms' names, then one word alone)
PARTS = (
    "{first} left/VERB/ROOT/{a}/leave ./PUNCT/punct/{a} "
    "{second} left/VERB/ROOT/{b}/leave ./PUNCT/punct/{b} "
    "{short}/PROPN/nsubj/{c} sued/VERB/ROOT/{c}/sue ./PUNCT/punct/{c}"
)
GROBCO = "Grobco/PROPN/compound/1 Zubtrel/PROPN/nsubj/2"
GROBCO_2 = "Grobco/PROPN/compound/5 Zubtrel/PROPN/nsubj/6"


@pytest.mark.parametrize(
    ("first", "second", "short", "expected"),
    [
        # "Royal Dutch Shell ... Shell": the last word of the one name that has it
        (GROBCO, "Telco/PROPN/nsubj/5", "Zubtrel", "org/grobco-zubtrel"),
        (GROBCO, "Telco/PROPN/nsubj/5", "Grobco", "org/grobco-zubtrel"),  # or its first
        # two firms share the word ("Deutsche Bank", "Deutsche Telekom"): neither
        (GROBCO, "Grobco/PROPN/compound/6 Telekomz/PROPN/nsubj/6", "Grobco", "org/grobco"),
        # the word written alone before the long name: a firm of its own ("Yukos" ... "Yukos USA")
        ("Grobco/PROPN/nsubj/1", GROBCO_2, "Grobco", "org/grobco"),
        # codes17: an acronym and what the firm makes or runs ("WMC Resources" ... "WMC")
        ("ZXQ/PROPN/compound/1 Resources/PROPN/nsubj/2", "Telco/PROPN/nsubj/5", "ZXQ",
         "org/zxq-resources"),
        # an acronym and another word ("BNP Paribas"): an acronym of its own
        ("ZXQ/PROPN/compound/1 Zubtrel/PROPN/nsubj/2", "Telco/PROPN/nsubj/5", "ZXQ", "org/zxq"),
        # sector2: an English adjective and what the firm makes or runs ("United Breweries"
        # ... "United"): the firm; the adjective with another word stays apart
        ("United/PROPN/compound/1 Breweries/PROPN/nsubj/2", "Telco/PROPN/nsubj/5", "United",
         "org/united-breweries"),
        ("United/PROPN/compound/1 Zubtrel/PROPN/nsubj/2", "Telco/PROPN/nsubj/5", "United",
         "org/united"),
        # a word of a product's name, no proper noun ("Apple iPod"): not the firm
        ("Grobco/PROPN/compound/1 zPod/NOUN/nsubj/2", "Telco/PROPN/nsubj/5", "Grobco",
         "org/grobco"),
    ],
)  # fmt: skip
def test_a_word_of_a_firms_name_alone_is_that_firm(gaz, first, second, short, expected):
    n1 = len(first.split())
    n2 = len(second.split())
    a, b = n1, n1 + 2 + n2
    c = b + 2
    spec = PARTS.format(first=first, second=second, short=short, a=a, b=b, c=c)
    ents = {f"0-{n1 - 1}": "ORG", f"{n1 + 2}-{b - 1}": "ORG", str(c): "ORG"}
    doc = parse(spec, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[c])).actor.id == expected


def test_an_acronym_written_as_a_word_is_read_when_the_article_brackets_it():
    written = bracketed_words("the Program on International Policy Attitudes (Pipa) said")
    assert written == {"Pipa"}
    assert acronym_letters("Pipa", written) == "PIPA"
    assert acronym_letters("SGC", frozenset()) == "SGC"
    assert acronym_letters("Pipa", frozenset()) is None  # never bracketed: a name of its own
    assert acronym_letters("Shell", written) is None


def test_an_acronym_the_article_brackets_as_a_word_is_the_body_named_in_full(gaz):
    doc = parse(
        "The/DET/det/3 Zub/PROPN/compound/3 Policy/PROPN/compound/3 Attitudes/PROPN/nsubj/7 "
        "(/PUNCT/punct/5 Zpa/PROPN/appos/3 )/PUNCT/punct/5 met/VERB/ROOT/7/meet ./PUNCT/punct/7 "
        "Zpa/PROPN/nsubj/10 said/VERB/ROOT/10/say ./PUNCT/punct/10",
        ents={"1-3": "ORG", "5": "ORG", "9": "ORG"},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[9])).actor.id == "org/zub-policy-attitudes"


#: "Grobco Zubtrel rises" as the headline, then a body
HEADLINE = (
    "Grobco/PROPN/compound/1 Zubtrel/PROPN/nsubj/2 rises/VERB/ROOT/2/rise \\n\\n/SPACE/dep/2 "
)


@pytest.mark.parametrize(
    ("body", "ents", "short", "expected"),
    [
        # the body writes the headline's name too ("Buyers snap up Jet Airways' shares ...
        # shares in Jet Airways ... Jet"): its word alone is the firm
        ("Grobco/PROPN/compound/5 Zubtrel/PROPN/nsubj/6 left/VERB/ROOT/6/leave "
         "./PUNCT/punct/6 Grobco/PROPN/nsubj/9 sued/VERB/ROOT/9/sue ./PUNCT/punct/9",
         {"0-1": "ORG", "4-5": "ORG", "8": "ORG"}, 8, "org/grobco-zubtrel"),
        # the headline alone writes it (its capitals may make a name of common words): not
        ("Telco/PROPN/nsubj/5 left/VERB/ROOT/5/leave ./PUNCT/punct/5 "
         "Grobco/PROPN/nsubj/8 sued/VERB/ROOT/8/sue ./PUNCT/punct/8",
         {"0-1": "ORG", "4": "ORG", "7": "ORG"}, 7, "org/grobco"),
    ],
)  # fmt: skip
def test_a_word_of_a_firms_name_the_headline_and_body_write_is_that_firm(
    gaz, body, ents, short, expected
):
    doc = parse(HEADLINE + body, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[short])).actor.id == expected


#: "Grobco shares slump" as the headline, then "Shares in Grobco Zubtrel fell . {short} said ."
SHORT_HEADLINE = (
    "Grobco/PROPN/compound/1 shares/NOUN/nsubj/2/share slump/VERB/ROOT/2 \\n\\n/SPACE/dep/2 "
    "Shares/NOUN/nsubj/8/share in/ADP/prep/4 Grobco/PROPN/compound/7 Zubtrel/PROPN/pobj/5 "
    "fell/VERB/ROOT/8/fall ./PUNCT/punct/8 {short}/PROPN/nsubj/11 said/VERB/ROOT/11/say "
    "./PUNCT/punct/11"
)


@pytest.mark.parametrize(
    ("at", "label", "expected"),
    [
        # the headline's short name, before the body spells it out ("Cairn shares slump",
        # then "Shares in Cairn Energy"): the firm
        (0, "ORG", "org/grobco-zubtrel"),
        # the word again in the body, which the parser read as a person's or a place's
        (10, "PERSON", "org/grobco-zubtrel"),
        (10, "GPE", "org/grobco-zubtrel"),
    ],
)
def test_a_word_of_a_firms_name_in_the_headline_is_the_firm_the_body_names(
    gaz, at, label, expected
):
    doc = parse(SHORT_HEADLINE.format(short="Grobco"), ents={"0": "ORG", "6-7": "ORG", "10": label})
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[at])).actor.id == expected


def test_a_firms_name_with_a_possessive_gives_its_words_as_short_names(gaz):
    # "Buyers snap up Grobco Zubtrel' shares . Grobco sued .": the possessive is no word of
    # the name, which is a firm's
    doc = parse(
        "Grobco/PROPN/compound/1 Zubtrel/PROPN/poss/3 '/PART/case/1/'/POS shares/NOUN/nsubj/4 "
        "rose/VERB/ROOT/4/rise ./PUNCT/punct/4 Grobco/PROPN/nsubj/7 sued/VERB/ROOT/7/sue "
        "./PUNCT/punct/7",
        ents={"0-2": "ORG", "6": "ORG"},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[6])).actor.id == "org/grobco-zubtrel"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # "Grobco Zubtrel Stores left . Grobco Zubtrel sued .": the name without its last word
        # ("Circuit City" of "Circuit City Stores"), whatever the parser tags it
        ("GPE", "org/grobco-zubtrel-stores"),
        ("ORG", "org/grobco-zubtrel-stores"),
    ],
)
def test_a_firms_name_without_its_last_word_is_that_firm(gaz, label, expected):
    doc = parse(
        "Grobco/PROPN/compound/2 Zubtrel/PROPN/compound/2 Stores/PROPN/nsubj/3 "
        "left/VERB/ROOT/3/leave ./PUNCT/punct/3 Grobco/PROPN/compound/6 Zubtrel/PROPN/nsubj/7 "
        "sued/VERB/ROOT/7/sue ./PUNCT/punct/7",
        ents={"0-2": "ORG", "5-6": label},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[6])).actor.id == expected


def test_a_lead_the_body_wrote_before_the_full_name_is_a_name_of_its_own(gaz):
    # "Grobco Zubtrel sued . Grobco Zubtrel Stores left . Grobco Zubtrel said .": the firm
    # named first, not a short form of the later one (as "Yukos" before "Yukos USA")
    doc = parse(
        "Grobco/PROPN/compound/1 Zubtrel/PROPN/nsubj/2 sued/VERB/ROOT/2/sue ./PUNCT/punct/2 "
        "Grobco/PROPN/compound/6 Zubtrel/PROPN/compound/6 Stores/PROPN/nsubj/7 "
        "left/VERB/ROOT/7/leave ./PUNCT/punct/7 Grobco/PROPN/compound/10 Zubtrel/PROPN/nsubj/11 "
        "said/VERB/ROOT/11/say ./PUNCT/punct/11",
        ents={"0-1": "ORG", "4-6": "ORG", "9-10": "ORG"},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    assert resolver.resolve(phrase(doc[10])).actor.id == "org/grobco-zubtrel"


def test_a_lead_needs_three_capitalised_words():
    from kg.extract.orgnames import _lead

    assert _lead("Circuit City Stores") == "Circuit City"
    assert _lead("Jet Airways") is None
    assert _lead("Royal Bank of Scotland") is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a body named after a world region or a body of states: no state's (supranational)
        ("European Regions Airline Association", None),
        ("European Court", None),
        ("Caribbean Airline Association", None),
        # a name of no such word: the story's country, as before
        ("Zubrovian Regions Airline Association", "GBR"),
        ("Regions Airline Association", "GBR"),
    ],
)
def test_a_body_named_after_a_world_region_is_of_no_one_state(gaz, words, expected):
    """ "The European Regions Airline Association met in London": its members are many
    states' airlines; the British story's country does not place it."""
    tokens = words.split()
    last = len(tokens)
    spec = " ".join(
        [f"The/DET/det/{last}"]
        + [f"{w}/PROPN/compound/{last}" for w in tokens[:-1]]
        + [f"{tokens[-1]}/PROPN/nsubj/{last + 1}", f"met/VERB/ROOT/{last + 1}/meet",
           f"in/ADP/prep/{last + 1}", f"London/PROPN/pobj/{last + 2}"]
    )  # fmt: skip
    names = Names(parse(spec, ents={f"1-{last}": "ORG", str(last + 3): "GPE"}), gaz)
    actor = names.entity(names.ents[0], {})
    assert (actor.label, actor.type, actor.country) == (words, "Organization", expected)
