"""What the parse says of an extraction for admission (kg/extract/evidence.py): an instrument
that acts for whoever issued it, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.evidence import (
    antecedent,
    asked,
    charge,
    expanded,
    issued,
    owned,
    participle,
    phrase,
    prepositional,
    unsaid,
)
from kg.extract.records import Arg

INSTRUMENTS = [
    # documents and instruments of policy (document_nouns, policy_nouns)
    ("the/DET/det/1 budget/NOUN/nsubj/2 calls/VERB/ROOT/2/call/VBZ", True),
    ("the/DET/det/1 report/NOUN/nsubj/2 demands/VERB/ROOT/2/demand/VBZ", True),
    ("control/NOUN/compound/1 orders/NOUN/nsubj/2/order include/VERB/ROOT/2/include/VBP", True),
    # a headline's capital makes the noun proper: still the budget
    ("Iran/PROPN/compound/1 Budget/PROPN/nsubj/2/budget seeks/VERB/ROOT/2/seek/VBZ", True),
    # what an economy does is no instrument's, nor a body's people
    ("the/DET/det/1 economy/NOUN/nsubj/2 grew/VERB/ROOT/2/grow/VBD", False),
    ("the/DET/det/1 officials/NOUN/nsubj/2/official said/VERB/ROOT/2/say/VBD", False),
]


@pytest.mark.parametrize(("spec", "expected"), INSTRUMENTS)
def test_an_instrument_is_a_document_or_an_instrument_of_policy(spec, expected):
    doc = parse(spec)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert issued(subject) is expected


@pytest.mark.parametrize(("pos", "expected"), [("VERB", False), ("NOUN", True)])
def test_a_verb_is_no_instrument_though_it_spells_one(pos, expected):
    # "they plan ...": the verb "plan"; the noun "plan" of "the plan" is one
    doc = parse(f"they/PRON/nsubj/1 plan/{pos}/ROOT/1/plan")
    assert issued(doc[1]) is expected


PARTICIPLES = [
    # a bare -ing participle says what a thing is for, and is often misread
    ("measures/NOUN/ROOT/0/measure boosting/VERB/acl/0/boost/VBG jobs/NOUN/dobj/1/job", True),
    # with its auxiliary it is a clause's verb ("the plans are seeking ...")
    (
        "the/DET/det/1 plans/NOUN/nsubj/3/plan are/AUX/aux/3/be/VBP "
        "seeking/VERB/ROOT/3/seek/VBG cuts/NOUN/dobj/3/cut",
        False,
    ),
    # a past participle or a finite verb is none ("a budget designed to expand spending")
    ("a/DET/det/1 budget/NOUN/ROOT/1 designed/VERB/acl/1/design/VBN", False),
    ("the/DET/det/1 budget/NOUN/nsubj/2 calls/VERB/ROOT/2/call/VBZ", False),
]


@pytest.mark.parametrize(("spec", "expected"), PARTICIPLES)
def test_a_bare_ing_participle_is_no_clause_verb(spec, expected):
    verb = next(t for t in parse(spec) if t.pos_ == "VERB")
    assert participle(verb) is expected


PREPOSITIONAL = [
    # an aim, a means or a topic, its subject supplied: "it focused on cutting debt"
    (
        "it/PRON/nsubj/1 focused/VERB/ROOT/1/focus/VBD on/ADP/prep/1 "
        "cutting/VERB/pcomp/2/cut/VBG debt/NOUN/dobj/3",
        3,
        True,
    ),
    (
        "the/DET/det/1 government/NOUN/nsubj/2 spoke/VERB/ROOT/2/speak/VBD about/ADP/prep/2 "
        "privatising/VERB/pcomp/3/privatise/VBG banks/NOUN/dobj/4/bank",
        4,
        True,
    ),
    # a charge's "of V-ing" is the speaker's claim (allegation_verbs)
    (
        "He/PRON/nsubj/1 accused/VERB/ROOT/1/accuse/VBD the/DET/det/3 government/NOUN/dobj/1 "
        "of/ADP/prep/1 being/AUX/pcomp/4/be/VBG pathetic/ADJ/acomp/5",
        5,
        False,
    ),
    # an act said done: "after signing a deal", "quoted as saying"
    (
        "it/PRON/nsubj/1 grew/VERB/ROOT/1/grow/VBD after/ADP/prep/1 "
        "signing/VERB/pcomp/2/sign/VBG deals/NOUN/dobj/3/deal",
        3,
        False,
    ),
    # a deed rewarded or blamed as done (deed_verbs): "reward Tripoli for giving up weapons"
    (
        "they/PRON/nsubj/1 rewarded/VERB/ROOT/1/reward/VBD Tripoli/PROPN/dobj/1 for/ADP/prep/1 "
        "giving/VERB/pcomp/3/give/VBG weapons/NOUN/dobj/4/weapon",
        4,
        False,
    ),
    # a subject of its own makes it a clause ("talk of them cutting debt" aside, "on it cutting")
    (
        "they/PRON/nsubj/1 insisted/VERB/ROOT/1/insist/VBD on/ADP/prep/1 it/PRON/nsubj/4 "
        "cutting/VERB/pcomp/2/cut/VBG debt/NOUN/dobj/4",
        4,
        False,
    ),
    # an -ing form that is no preposition's object is none ("would resume paying a dividend")
    (
        "it/PRON/nsubj/1 resumed/VERB/ROOT/1/resume/VBD paying/VERB/xcomp/1/pay/VBG "
        "dividends/NOUN/dobj/2/dividend",
        2,
        False,
    ),
]


@pytest.mark.parametrize(("spec", "index", "expected"), PREPOSITIONAL)
def test_an_ing_form_object_of_a_preposition_has_its_subject_supplied(spec, index, expected):
    assert prepositional(parse(spec)[index]) is expected


ANTECEDENTS = [
    # the last mention of the topic's phrase before the pronoun: its head
    ("The/DET/det/1 chancellor/NOUN/nsubj/2 left/VERB/ROOT/2/leave/VBD ./PUNCT/punct/2 "
     "He/PRON/nsubj/5/he insisted/VERB/ROOT/5/insist/VBD", "chancellor", 5, 1),
    ("Prosecutors/NOUN/nsubj/4/prosecutor in/ADP/prep/0 the/DET/det/3 south/NOUN/pobj/1 "
     "met/VERB/ROOT/4/meet/VBD ,/PUNCT/punct/4 they/PRON/nsubj/7 said/VERB/ROOT/7/say/VBD",
     "Prosecutors in the south", 6, 0),
    # case does not matter; a mention after the pronoun is none
    ("the/DET/det/1 Government/PROPN/nsubj/2 acted/VERB/ROOT/2/act/VBD ./PUNCT/punct/2 "
     "It/PRON/nsubj/5/it won/VERB/ROOT/5/win/VBD", "government", 4, 1),
    ("It/PRON/nsubj/1/it said/VERB/ROOT/1/say/VBD the/DET/det/3 government/NOUN/dobj/1",
     "government", 0, None),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "label", "pronoun", "expected"), ANTECEDENTS)
def test_the_antecedent_is_the_head_of_the_last_mention_before_the_pronoun(
    spec, label, pronoun, expected
):
    assert antecedent(parse(spec), pronoun, label) == expected


OWNERS = [
    # a person, an organisation or a party owns the phrase's head: whose it is, it acts
    (
        "Santander/PROPN/poss/2 's/PART/case/0 board/NOUN/nsubj/3 rejects/VERB/ROOT/3/reject",
        {"0": "ORG"},
        True,
    ),
    (
        "the/DET/det/1 Tories/PROPN/poss/3/tory '/PART/case/1 plans/NOUN/nsubj/4/plan "
        "add/VERB/ROOT/4",
        {"1": "NORP"},
        True,
    ),
    # a body that acts, named by its noun ("the Kenyan Government's education policies")
    (
        "the/DET/det/2 Kenyan/PROPN/compound/2 Government/PROPN/poss/5/government 's/PART/case/2 "
        "education/NOUN/compound/5 policies/NOUN/nsubj/6/policy included/VERB/ROOT/6/include",
        {},
        True,
    ),
    # after a number or a quantity, its "of" phrase's owner ("One of President Bush's pledges")
    (
        "One/NUM/nsubj/5/one of/ADP/prep/0 Bush/PROPN/poss/4 's/PART/case/2 "
        "pledges/NOUN/pobj/1/pledge was/AUX/ROOT/5/be",
        {"2": "PERSON"},
        True,
    ),
    # a place's is most often a figure of its economy ("China's economy grew")
    (
        "China/PROPN/poss/2 's/PART/case/0 economy/NOUN/nsubj/3 grew/VERB/ROOT/3/grow",
        {"0": "GPE"},
        False,
    ),
    # a figure is statistics, whoever owns it ("Novartis' shares rose")
    (
        "Novartis/PROPN/poss/2 '/PART/case/0 shares/NOUN/nsubj/3/share rose/VERB/ROOT/3/rise",
        {"0": "ORG"},
        False,
    ),
    # a pronoun leaves the owner open ("its record"); an owner deep in the phrase is none
    ("its/PRON/poss/1 record/NOUN/nsubj/2 is/AUX/ROOT/2/be", {}, False),
    (
        "the/DET/det/1 success/NOUN/nsubj/6 of/ADP/prep/1 products/NOUN/pobj/2/product "
        "Sony/PROPN/poss/5 Playstation/PROPN/appos/3 boosted/VERB/ROOT/6/boost",
        {"4": "ORG"},
        False,
    ),
]


@pytest.mark.parametrize(("spec", "ents", "expected"), OWNERS)
def test_an_owner_that_acts_makes_the_phrase_its(spec, ents, expected):
    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    side = _side(doc, subject)
    assert owned(doc, side, phrase(doc, side)) is expected


def test_a_relation_led_by_a_bare_participle_is_a_participles():
    # "people seeking to acquire valuable state property": the trigger is "acquire"
    from kg.extract.evidence import _led_by_participle
    from kg.extract.records import Extraction

    doc = parse("people/NOUN/ROOT/0 seeking/VERB/acl/0/seek/VBG to/PART/aux/3 "
                "acquire/VERB/xcomp/1/acquire/VB property/NOUN/dobj/3")  # fmt: skip
    rel = (doc[1].idx, doc[3].idx + len(doc[3]))
    who = Arg("people", 0, 6, 0)
    ext = Extraction(subject=who, relation="seeking to acquire", relation_span=rel, object=None,
                     lemma="acquire", trigger=3)  # fmt: skip
    assert _led_by_participle(ext, doc)
    assert not participle(doc[3])


INDICATORS = [
    # an indicator of an economy that names no one's: a statistic ("the outlook remains uncertain")
    ("the/DET/det/2 housing/NOUN/compound/2 outlook/NOUN/nsubj/3 remains/VERB/ROOT/3/remain",
     {}, True),
    ("recent/ADJ/amod/1 gains/NOUN/nsubj/2/gain have/AUX/ROOT/2/have", {}, True),
    # one that names whose ("Germany's economy"), or a pronoun's ("its economy"), is not
    ("Germany/PROPN/poss/2 's/PART/case/0 economy/NOUN/nsubj/3 grew/VERB/ROOT/3/grow",
     {"0": "GPE"}, False),
    ("its/PRON/poss/1 economy/NOUN/nsubj/2 grew/VERB/ROOT/2/grow", {}, False),
    # nor a rate, as often a judged record ("health rates were lamentable"), nor a body
    ("health/NOUN/compound/1 rates/NOUN/nsubj/2/rate were/AUX/ROOT/2/be", {}, False),
    ("the/DET/det/1 bank/NOUN/nsubj/2 cut/VERB/ROOT/2/cut", {}, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "expected"), INDICATORS)
def test_an_indicator_of_an_economy_names_no_ones(spec, ents, expected):
    from kg.extract.evidence import indicator

    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert indicator(phrase(doc, _side(doc, subject))) is expected


def _side(doc, token):
    """The Arg of ``token``'s phrase (its subtree)."""
    start = min(t.idx for t in token.subtree)
    end = max(t.idx + len(t) for t in token.subtree)
    return Arg(doc.text[start:end], start, end, token.i)


MEASURED = [
    # a verb of measure with an amount as object (measure_verbs): a statistic
    ("MG/PROPN/compound/1 Rover/PROPN/nsubj/2 employs/VERB/ROOT/2/employ more/ADJ/amod/5 "
     "than/ADP/quantmod/3 6,000/NUM/nummod/6 people/NOUN/dobj/2/people", {"5": "CARDINAL"},
     "employ", True),
    ("the/DET/det/1 car/NOUN/nsubj/2 costs/VERB/ROOT/2/cost £/SYM/nmod/4 17,730/NUM/dobj/2",
     {"3-4": "MONEY"}, "cost", True),
    ("AEFA/PROPN/nsubj/2 could/AUX/aux/2 have/VERB/ROOT/2/have a/DET/det/5 market/NOUN/compound/5 "
     "value/NOUN/dobj/2 of/ADP/prep/5 $/SYM/nmod/8 10bn/NUM/pobj/6", {"7-8": "MONEY"}, "have",
     True),
    # a figure's change (change_verbs, a figure as subject)
    ("the/DET/det/2 company/NOUN/poss/2 shares/NOUN/nsubj/3/share tumbled/VERB/ROOT/3/tumble",
     {}, "tumble", True),
    # an amount of something else, a count in words or in a name, an actor's change: none
    ("Boeing/PROPN/nsubj/1 has/VERB/ROOT/1/have a/DET/det/3 target/NOUN/dobj/1 of/ADP/prep/3 "
     "getting/VERB/pcomp/4/get 200/NUM/nummod/7 commitments/NOUN/dobj/5/commitment",
     {"6": "CARDINAL"}, "have", False),
    ("the/DET/det/1 plant/NOUN/nsubj/2 produced/VERB/ROOT/2/produce the/DET/det/5 "
     "Rover/PROPN/compound/5 75/NUM/dobj/2", {"4-5": "PRODUCT"}, "produce", False),
    ("Brown/PROPN/nsubj/1 doubled/VERB/ROOT/1/double the/DET/det/3 level/NOUN/dobj/1", {},
     "double", False),
    ("the/DET/det/1 government/NOUN/nsubj/2 has/VERB/ROOT/2/have two/NUM/nummod/4 "
     "options/NOUN/dobj/2/option", {"3": "CARDINAL"}, "have", False),
    # a firm's name for its shares: a price or a percentage as what it changed by or to
    ("Biogen/PROPN/nsubj/1 shed/VERB/ROOT/1/shed 43/NUM/nummod/3 %/NOUN/dobj/1", {"2-3": "PERCENT"},
     "shed", True),
    ("Elan/PROPN/nsubj/1 closed/VERB/ROOT/1/close $/SYM/nmod/3//$ 8/NUM/dobj/1", {"2-3": "MONEY"},
     "close", True),
    ("Phytopharm/PROPN/compound/1 shares/NOUN/nsubj/2/share closed/VERB/ROOT/2/close "
     "151.5/NUM/nummod/4 pence/NOUN/dobj/2", {"3-4": "MONEY"}, "close", True),
    # not a count of things, a thing priced, a share of a thing, a firm's noun, a closing firm
    ("BA/PROPN/nsubj/1 shed/VERB/ROOT/1/shed 500/NUM/nummod/3 jobs/NOUN/dobj/1/job",
     {"2": "CARDINAL"}, "shed", False),
    ("Boeing/PROPN/nsubj/1 lost/VERB/ROOT/1/lose a/DET/det/5 $/SYM/nmod/4//$ 23bn/NUM/compound/5 "
     "contract/NOUN/dobj/1", {"3-4": "MONEY"}, "lose", False),
    ("BT/PROPN/nsubj/1 lost/VERB/ROOT/1/lose 10/NUM/nummod/3 %/NOUN/dobj/1 of/ADP/prep/3 "
     "share/NOUN/pobj/4", {"2-3": "PERCENT"}, "lose", False),
    ("the/DET/det/1 firm/NOUN/nsubj/2 shed/VERB/ROOT/2/shed 43/NUM/nummod/4 %/NOUN/dobj/2",
     {"3-4": "PERCENT"}, "shed", False),
    ("a/DET/det/2 large/ADJ/amod/2 number/NOUN/nsubj/3 closed/VERB/ROOT/3/close", {}, "close",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "lemma", "expected"), MEASURED)
def test_a_measured_quantity_is_an_amount_after_a_verb_of_measure_or_a_figure_that_changes(
    spec, ents, lemma, expected
):
    from kg.extract.evidence import measured
    from kg.extract.records import Extraction

    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    obj = next((t for t in doc if t.dep_ == "dobj"), None)
    ext = Extraction(subject=_side(doc, subject), relation=verb.text,
                     relation_span=(verb.idx, verb.idx + len(verb)),
                     object=_side(doc, obj) if obj is not None else None, lemma=lemma,
                     trigger=verb.i)  # fmt: skip
    assert measured(ext, phrase(doc, ext.subject), phrase(doc, ext.object)) is expected


VAGUE_GROUPS = [
    # people who comment and act for no party, or a group a vague determiner names
    ("Analysts/NOUN/nsubj/1/analyst/NNS say/VERB/ROOT/1/say", {}, True),
    ("other/ADJ/amod/1 countries/NOUN/nsubj/2/country/NNS believe/VERB/ROOT/2/believe", {}, True),
    ("others/NOUN/nsubj/1/other/NNS feel/VERB/ROOT/1/feel", {}, True),
    # not when the phrase says whose they are: a people, a party, a body's possessor
    ("British/ADJ/amod/1 analysts/NOUN/nsubj/2/analyst/NNS say/VERB/ROOT/2/say", {"0": "NORP"},
     False),
    ("City/PROPN/compound/1 analysts/NOUN/nsubj/2/analyst/NNS say/VERB/ROOT/2/say", {}, False),
    # critics' criticism is a stance
    ("critics/NOUN/nsubj/1/critic/NNS say/VERB/ROOT/1/say", {}, False),
    ("the/DET/det/1 bank/NOUN/poss/3 's/PART/case/1 economists/NOUN/nsubj/4/economist/NNS "
     "said/VERB/ROOT/4/say", {}, False),
    # nor a plural no vague word leads ("the countries agreed")
    ("the/DET/det/1 countries/NOUN/nsubj/2/country/NNS agreed/VERB/ROOT/2/agree", {}, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "expected"), VAGUE_GROUPS)
def test_a_vague_group_says_not_whose_it_is(spec, ents, expected):
    from kg.extract.evidence import vague

    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert vague(phrase(doc, _side(doc, subject))) is expected


COMMENTATORS = [
    # one who comments on markets, named so as head or title
    ("CBI/PROPN/compound/2 chief/ADJ/amod/2 economist/NOUN/compound/4 Ian/PROPN/compound/4 "
     "McCafferty/PROPN/nsubj/5 said/VERB/ROOT/5/say", {"0": "ORG"}, True),
    ("the/DET/det/1 analyst/NOUN/nsubj/2 said/VERB/ROOT/2/say", {}, True),
    # not a word of a body's name, nor another person
    ("Economist/NOUN/compound/2 Intelligence/PROPN/compound/2 Unit/PROPN/nsubj/3 "
     "said/VERB/ROOT/3/say", {"0": "ORG", "1": "ORG", "2": "ORG"}, False),
    ("the/DET/det/1 minister/NOUN/nsubj/2 said/VERB/ROOT/2/say", {}, False),
    # nor a past role in an apposition, nor a dealer in arms
    ("Vince/PROPN/compound/1 Cable/PROPN/nsubj/8 ,/PUNCT/punct/1 a/DET/det/6 former/ADJ/amod/6 "
     "chief/ADJ/amod/6 economist/NOUN/appos/1 ,/PUNCT/punct/1 said/VERB/ROOT/8/say",
     {"0-1": "PERSON"}, False),
    ("Arms/NOUN/compound/1 dealer/NOUN/compound/3 Viktor/PROPN/compound/3 Bout/PROPN/nsubj/4 "
     "said/VERB/ROOT/4/say", {"2-3": "PERSON"}, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "expected"), COMMENTATORS)
def test_a_commentator_is_named_so(spec, ents, expected):
    from kg.extract.evidence import commentator

    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert commentator(phrase(doc, _side(doc, subject))) is expected


REMARKS = [
    # a clause whose subjects are indicators of an economy that name no one's: a remark on markets
    ("WPP/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/4 long-term/ADJ/amod/4 "
     "outlook/NOUN/nsubj/5 looks/VERB/ccomp/1/look favourable/ADJ/acomp/5", {"0": "ORG"}, True),
    # lending is an indicator ("the BBA said lending was weaker")
    ("the/DET/det/1 BBA/PROPN/nsubj/2 said/VERB/ROOT/2/say lending/NOUN/nsubj/4 "
     "was/AUX/ccomp/2/be weaker/ADJ/acomp/4/weak", {"1": "ORG"}, True),
    # not what the firm does ("it will outperform the market"), nor a named economy
    ("WPP/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4 will/AUX/aux/4 "
     "outperform/VERB/ccomp/1 the/DET/det/6 market/NOUN/dobj/4", {"0": "ORG"}, False),
    ("WPP/PROPN/nsubj/1 said/VERB/ROOT/1/say Russia/PROPN/poss/4 's/PART/case/2 "
     "economy/NOUN/nsubj/5 grew/VERB/ccomp/1/grow", {"0": "ORG", "2": "GPE"}, False),
    # nor one that says what the speaker does too ("the market is competitive and we expect ...")
    ("Vodafone/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 market/NOUN/nsubj/4 "
     "is/AUX/ccomp/1/be competitive/ADJ/acomp/4 and/CCONJ/cc/4 we/PRON/nsubj/8 "
     "expect/VERB/conj/4", {"0": "ORG"}, False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "expected"), REMARKS)
def test_a_remark_is_on_indicators_alone(spec, ents, expected):
    from kg.extract.evidence import remark

    doc = parse(spec, ents=ents)
    said = next(t for t in doc if t.dep_ == "ccomp")
    assert remark(phrase(doc, _side(doc, said))) is expected


FIGURES = [
    # a clause: a figure that names no one's changes ("sales", the list's word as written), or
    # a measure's amount after it: a market's figures
    ("NAAMSA/PROPN/nsubj/1 said/VERB/ROOT/1/say New/ADJ/amod/4 vehicle/NOUN/compound/4 "
     "sales/NOUN/nsubj/5/sale jumped/VERB/ccomp/1/jump 22/NUM/nummod/7 %/NOUN/npadvmod/5",
     {"0": "ORG", "6-7": "PERCENT"}, "ccomp", True),
    ("The/DET/det/1 CML/PROPN/nsubj/2 said/VERB/ROOT/2/say lending/NOUN/nsubj/4 "
     "stood/VERB/ccomp/2/stand at/ADP/prep/4 £/SYM/nmod/7 17.9bn/NUM/pobj/5", {"1": "ORG",
     "6-7": "MONEY"}, "ccomp", True),
    # not a measure with no amount after it, nor a change done to a thing no figure
    ("The/DET/det/1 CML/PROPN/nsubj/2 said/VERB/ROOT/2/say lending/NOUN/nsubj/4 "
     "stood/VERB/ccomp/2/stand at/ADP/prep/4 high/ADJ/amod/7 levels/NOUN/pobj/5/level",
     {"1": "ORG"}, "ccomp", False),
    ("NAAMSA/PROPN/nsubj/1 said/VERB/ROOT/1/say lending/NOUN/nsubj/3 "
     "doubled/VERB/ccomp/1/double the/DET/det/5 queues/NOUN/dobj/3/queue",
     {"0": "ORG"}, "ccomp", False),
    # not a figure a word of which says whose: a firm's own result, a people's, a pronoun's
    ("Unilever/PROPN/nsubj/1 said/VERB/ROOT/1/say European/ADJ/amod/3 sales/NOUN/nsubj/4/sale "
     "fell/VERB/ccomp/1/fall 2.8/NUM/nummod/6 %/NOUN/npadvmod/4", {"0": "ORG", "2": "NORP",
     "5-6": "PERCENT"}, "ccomp", False),
    ("Yangtze/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3 profits/NOUN/nsubj/4/profit "
     "doubled/VERB/ccomp/1/double", {"0": "ORG"}, "ccomp", False),
    # nor a noun phrase (whose "profits" is left to the reader, often the firm's own)
    ("Wipro/PROPN/nsubj/2 has/AUX/aux/2 reported/VERB/ROOT/2/report a/DET/det/6 60/NUM/nummod/5 "
     "%/NOUN/compound/6 rise/NOUN/dobj/2 in/ADP/prep/6 profit/NOUN/pobj/7", {"0": "ORG",
     "4-5": "PERCENT"}, "dobj", False),
    # nor what an actor does, nor a deal with its sum
    ("Brown/PROPN/nsubj/1 said/VERB/ROOT/1/say he/PRON/nsubj/3 doubled/VERB/ccomp/1/double "
     "the/DET/det/5 level/NOUN/dobj/3", {"0": "PERSON"}, "ccomp", False),
    ("Aggregate/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4 had/AUX/aux/4 "
     "agreed/VERB/ccomp/1/agree a/DET/det/8 £/SYM/nmod/7 1.8bn/NUM/nummod/8 "
     "takeover/NOUN/dobj/4", {"0": "ORG", "6-7": "MONEY"}, "ccomp", False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "ents", "dep", "expected"), FIGURES)
def test_what_is_said_reports_a_figure_that_is_so_much_or_moves(spec, ents, dep, expected):
    from kg.extract.evidence import figures

    doc = parse(spec, ents=ents)
    said = next(t for t in doc if t.dep_ == dep)
    assert figures(phrase(doc, _side(doc, said))) is expected


CHARGES = [
    # a wrong done, with what its verb needs: a norm broken, any breach
    (
        "the/DET/det/1 messages/NOUN/nsubj/2/message broke/VERB/ROOT/2/break/VBD "
        "three/NUM/nummod/4 laws/NOUN/dobj/2/law",
        True,
    ),
    (
        "the/DET/det/1 detention/NOUN/nsubj/2 breached/VERB/ROOT/2/breach/VBD "
        "human/ADJ/amod/4 rights/NOUN/dobj/2/right",
        True,
    ),
    # no norm broken, a wrong only guessed, or a participle describing its noun
    ("he/PRON/nsubj/1 broke/VERB/ROOT/1/break/VBD the/DET/det/3 record/NOUN/dobj/1", False),
    (
        "the/DET/det/1 plan/NOUN/nsubj/3 could/AUX/aux/3 breach/VERB/ROOT/3/breach/VB "
        "the/DET/det/5 rules/NOUN/dobj/3/rule",
        False,
    ),
    (
        "the/DET/det/1 economy/NOUN/ROOT/1 breaching/VERB/acl/1/breach/VBG "
        "the/DET/det/4 rules/NOUN/dobj/2/rule",
        False,
    ),
    # a relative clause describes its noun; a modal says what may be, not what was done
    (
        "a/DET/det/1 minority/NOUN/ROOT/1 who/PRON/nsubj/3 break/VERB/relcl/1/break/VBP "
        "the/DET/det/5 law/NOUN/dobj/3",
        False,
    ),
    (
        "countries/NOUN/nsubj/2/country can/AUX/aux/2/can/MD ignore/VERB/ROOT/2/ignore/VB "
        "their/PRON/poss/4 duties/NOUN/dobj/2/duty",
        False,
    ),
    (
        "countries/NOUN/nsubj/2/country have/AUX/aux/2/have/VBP ignored/VERB/ROOT/2/ignore/VBN "
        "their/PRON/poss/4 duties/NOUN/dobj/2/duty",
        True,
    ),
]


@pytest.mark.parametrize(("spec", "expected"), CHARGES)
def test_a_charge_is_a_wrong_said_done(spec, expected):
    verb = next(t for t in parse(spec) if t.pos_ == "VERB")
    assert charge(verb) is expected


def test_a_figure_a_name_owns_that_changes_to_a_sum_with_its_magnitude_is_measured():
    # "France Telecom's debt soar to 72bn euros": spaCy reads "72bn" as an ordinal adjective,
    # and the debt is the firm's; both still make a figure's change to an amount
    from kg.extract.evidence import amount, measured
    from kg.extract.records import Extraction

    doc = parse("France/PROPN/compound/1 Telecom/PROPN/poss/3 's/PART/case/1 "
                "debt/NOUN/nsubj/4/debt soar/VERB/ROOT/4/soar to/ADP/prep/4 72bn/ADJ/amod/7 "
                "euros/NOUN/pobj/5/euro",
                ents={"0-2": "ORG", "6": "ORDINAL"})  # fmt: skip
    obj = doc[6:8]
    assert amount(obj)
    ext = Extraction(subject=_side(doc, doc[3]), relation="soar to", relation_span=(0, 0),
                     object=Arg(obj.text, obj.start_char, obj.end_char, 7), lemma="soar",
                     trigger=4)  # fmt: skip
    assert measured(ext, phrase(doc, ext.subject), obj)


def _bounds(doc, start, end, make):
    """The token bounds of the span ``make`` gives, None for none, or the error it raises."""
    try:
        span = make(doc, start, end)
    except IndexError as exc:  # spaCy's span of a space alone, ending before it starts
        return str(exc)
    return None if span is None else (span.start, span.end)


def _spacy(doc, start, end):
    return doc.char_span(start, end, alignment_mode="expand")


def test_expanded_is_spacys_char_span_expanded():
    # every pair of offsets, inside and around the text, those that fall in a space or a line
    # break among them: the bisect on the snapshot gives what spaCy's char_span does
    doc = parse(
        "Shell/PROPN/nsubj/2 \\n\\n/SPACE/dep/0 said/VERB/ROOT/2/say its/PRON/poss/4 "
        "profits/NOUN/nsubj/5/profit rose/VERB/ccomp/2/rise ./PUNCT/punct/2"
    )
    size = len(doc.text)
    for start in range(-1, size + 2):
        for end in range(-1, size + 2):
            want = _bounds(doc, start, end, _spacy)
            assert _bounds(doc, start, end, expanded) == want, (start, end)


PARTIES = [
    # a noun of people or of a body heads it, bystanders included
    ("191/NUM/nummod/1 people/NOUN/nsubjpass/3/people were/AUX/auxpass/3/be "
     "killed/VERB/ROOT/3/kill", True),
    ("the/DET/det/1 residents/NOUN/nsubj/2/resident fled/VERB/ROOT/2/flee", True),
    # after a number or a quantity, its "of" phrase's head ("Most of the terror suspects")
    ("Most/ADJ/nsubjpass/5/most of/ADP/prep/0 the/DET/det/4 terror/NOUN/compound/4 "
     "suspects/NOUN/pobj/1/suspect are/AUX/auxpass/5/be detained/VERB/ROOT/5/detain", True),
    ("Most/ADJ/nsubjpass/5/most of/ADP/prep/0 the/DET/det/4 new/ADJ/amod/4 "
     "jobs/NOUN/pobj/1/job were/AUX/auxpass/5/be created/VERB/ROOT/5/create", False),
    # a thing, or a quantity alone, is none
    ("the/DET/det/1 shares/NOUN/nsubj/2/share fell/VERB/ROOT/2/fall", False),
    ("many/ADJ/nsubj/2/many are/AUX/aux/2/be pushing/VERB/ROOT/2/push", False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "expected"), PARTIES)
def test_a_side_of_people_names_parties(spec, expected):
    from kg.extract.evidence import parties

    doc = parse(spec)
    subject = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    assert parties(phrase(doc, _side(doc, subject))) is expected


UNSAID = [
    # the content of a negated verb of meaning (unsaying_verbs): "did not mean that the firms
    # were admitting guilt"
    (
        "it/PRON/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 mean/VERB/ROOT/3/mean that/SCONJ/mark/7 "
        "firms/NOUN/nsubj/7/firm were/AUX/aux/7/be admitting/VERB/ccomp/3/admit/VBG "
        "guilt/NOUN/dobj/7",
        7,
        True,
    ),
    # the frame itself stays: it is negated, and says so
    (
        "it/PRON/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 mean/VERB/ROOT/3/mean that/SCONJ/mark/7 "
        "firms/NOUN/nsubj/7/firm were/AUX/aux/7/be admitting/VERB/ccomp/3/admit/VBG "
        "guilt/NOUN/dobj/7",
        3,
        False,
    ),
    # with no negation the clause is what it means
    (
        "it/PRON/nsubj/2 did/AUX/aux/2/do mean/VERB/ROOT/2/mean that/SCONJ/mark/6 "
        "firms/NOUN/nsubj/6/firm were/AUX/aux/6/be admitting/VERB/ccomp/2/admit/VBG "
        "guilt/NOUN/dobj/6",
        6,
        False,
    ),
    # "never", and a later conjunct of the clause: "I never thought they would agree and sign"
    (
        "I/PRON/nsubj/2/I never/ADV/neg/2 thought/VERB/ROOT/2/think/VBD they/PRON/nsubj/5 "
        "would/AUX/aux/5 agree/VERB/ccomp/2/agree and/CCONJ/cc/5 sign/VERB/conj/5/sign",
        7,
        True,
    ),
    # a verb whose clause stays true under a negation is no such frame: "did not know that"
    (
        "he/PRON/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 know/VERB/ROOT/3/know that/SCONJ/mark/6 "
        "firms/NOUN/nsubj/6/firm paid/VERB/ccomp/3/pay/VBD",
        6,
        False,
    ),
    # a clause before its head is a parse's slip, no content of it: "officials have said so,
    # it does not mean much" read with "said" under "mean"
    (
        "officials/NOUN/nsubj/2/official have/AUX/aux/2 said/VERB/ccomp/6/say/VBN it/PRON/nsubj/6 "
        "does/AUX/aux/6/do not/PART/neg/6 mean/VERB/ROOT/6/mean much/ADJ/dobj/6",
        2,
        False,
    ),
]


@pytest.mark.parametrize(("spec", "index", "expected"), UNSAID)
def test_a_clause_a_negated_verb_of_meaning_or_thinking_holds_is_unsaid(spec, index, expected):
    assert unsaid(parse(spec)[index]) is expected


PUBLIC = [
    # a bare plural of the public, or one a generic quantifier leads
    ("students/NOUN/nsubj/2/student/NNS should/AUX/aux/2 pay/VERB/ROOT/2/pay/VB", True),
    ("People/NOUN/nsubj/3/people/NNS would/AUX/aux/3 have/AUX/aux/3 pay/VERB/ROOT/3/pay/VB", True),
    ("most/ADJ/amod/1 people/NOUN/nsubj/2/people/NNS were/VERB/ROOT/2/be/VBD", True),
    ("voters/NOUN/nsubj/1/voter/NNS faced/VERB/ROOT/1/face/VBD", True),
    # "the public", which always takes "the" ("Brown said the public should pay more")
    ("the/DET/det/1 public/NOUN/nsubj/3/public/NN should/AUX/aux/3 pay/VERB/ROOT/3/pay/VB", True),
    # not which or whose they are: a determiner, a number, a people, a phrase after the head
    ("the/DET/det/1 students/NOUN/nsubj/2/student/NNS paid/VERB/ROOT/2/pay/VBD", False),
    ("its/PRON/poss/1 voters/NOUN/nsubj/2/voter/NNS faced/VERB/ROOT/2/face/VBD", False),
    ("its/PRON/poss/1 public/NOUN/nsubj/2/public/NN paid/VERB/ROOT/2/pay/VBD", False),
    ("1,000/NUM/nummod/1 people/NOUN/nsubj/2/people/NNS fled/VERB/ROOT/2/flee/VBD", False),
    ("British/ADJ/amod/1 people/NOUN/nsubj/2/people/NNS want/VERB/ROOT/2/want/VBP", False),
    ("people/NOUN/nsubjpass/5/people/NNS accused/VERB/acl/0/accuse/VBN of/ADP/prep/1 "
     "terrorism/NOUN/pobj/2 should/AUX/aux/5 be/AUX/auxpass/5 tried/VERB/ROOT/5/try/VBN", False),
    # nor people who act, nor a body: "councils", "critics"
    ("critics/NOUN/nsubj/1/critic/NNS fear/VERB/ROOT/1/fear/VBP", False),
    ("councils/NOUN/nsubj/1/council/NNS secure/VERB/ROOT/1/secure/VBP", False),
    # nor one of them: "a student"
    ("a/DET/det/1 student/NOUN/nsubj/2/student/NN paid/VERB/ROOT/2/pay/VBD", False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "expected"), PUBLIC)
def test_the_public_in_general_is_a_bare_plural_of_it(spec, expected):
    from kg.extract.evidence import public

    doc = parse(spec)
    subject = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    assert public(phrase(doc, _side(doc, subject))) is expected


def test_the_public_is_asked_of_the_head_past_the_side_kg_cut():
    """kg's side may be the head alone ("people" of "people accused of terrorism should be
    tried"): what the sentence says of the head past the side still says which people."""
    from kg.extract.evidence import public

    doc = parse("people/NOUN/nsubjpass/5/people/NNS accused/VERB/acl/0/accuse/VBN of/ADP/prep/1 "
                "terrorism/NOUN/pobj/2 should/AUX/aux/5 be/AUX/auxpass/5 "
                "tried/VERB/ROOT/5/try/VBN")  # fmt: skip
    assert not public(phrase(doc, Arg("people", 0, 6, 0)))
    bare = parse("people/NOUN/nsubjpass/3/people/NNS should/AUX/aux/3 be/AUX/auxpass/3 "
                 "tried/VERB/ROOT/3/try/VBN")  # fmt: skip
    assert public(phrase(bare, Arg("people", 0, 6, 0)))


ASKED = [
    # an auxiliary before the subject, the question mark on the verb: "can he persuade voters?"
    ("can/AUX/aux/2 he/PRON/nsubj/2 persuade/VERB/ROOT/2 voters/NOUN/dobj/2 ?/PUNCT/punct/2", 2,
     True),
    # a clause inside the question: "does that lead to the jibe that it is bidding?"
    ("does/AUX/aux/2/do that/PRON/nsubj/2 lead/VERB/ROOT/2 to/ADP/prep/2 the/DET/det/5 "
     "jibe/NOUN/pobj/3 that/SCONJ/mark/8 it/PRON/nsubj/8 bids/VERB/acl/5/bid ?/PUNCT/punct/2", 8,
     True),
    # a word of asking opens it: "How will he achieve the breakthrough?"
    ("How/SCONJ/advmod/3/how/WRB will/AUX/aux/3 he/PRON/nsubj/3 achieve/VERB/ROOT/3 "
     "the/DET/det/5 breakthrough/NOUN/dobj/3 ?/PUNCT/punct/3", 3, True),
    # a statement: no question mark
    ("he/PRON/nsubj/2 will/AUX/aux/2 achieve/VERB/ROOT/2 it/PRON/dobj/2 ./PUNCT/punct/2", 2, False),
    # a question mark on a verb whose subject comes first: a question reported, "people asked ...?"
    ("people/NOUN/nsubj/1 asked/VERB/ROOT/1/ask what/PRON/dobj/1/what/WP ?/PUNCT/punct/1", 1,
     False),
    # a verb outside the question: "Blair told them he is back - but does that sum it up?"
    ("Blair/PROPN/nsubj/1 told/VERB/ROOT/1/tell he/PRON/nsubj/3 is/AUX/ccomp/1/be but/CCONJ/cc/1 "
     "does/AUX/aux/7/do that/PRON/nsubj/7 sum/VERB/conj/1 it/PRON/dobj/7 ?/PUNCT/punct/7", 3,
     False),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "index", "expected"), ASKED)
def test_a_verb_in_a_direct_question_is_asked(spec, index, expected):
    assert asked(parse(spec)[index]) is expected
