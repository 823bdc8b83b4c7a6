"""What a pronoun stands for by salience, number and animacy (kg.extract.anaphora, through
the Resolver), on hand-built parses: the subject a narrative picks up after quoted words,
a person a subject describes but does not name, a thing "it" stands for rather than a body
named before it."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.actors import Gazetteer, Resolver
from kg.extract.phrases import phrase

#: '"We left," Ivan Petrov told Boris Orlov . "Nothing changed ." He resigned': the parser made
#: the quoted "left" the first sentence's root; the second is quoted words alone.
FRAMED = (
    '"/PUNCT/punct/2 We/PRON/nsubj/2 left/VERB/ROOT/2/leave ,/PUNCT/punct/2 "/PUNCT/punct/2 '
    "Ivan/PROPN/compound/6 Petrov/PROPN/nsubj/7 told/VERB/ccomp/2/tell Boris/PROPN/compound/9 "
    'Orlov/PROPN/dobj/7 ./PUNCT/punct/2 "/PUNCT/punct/13 Nothing/PRON/nsubj/13 '
    'changed/VERB/ROOT/13/change ./PUNCT/punct/13 "/PUNCT/punct/13 '
    "He/PRON/nsubj/17 resigned/VERB/ROOT/17/resign"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def resolved(gaz, spec: str, ents: dict[str, str], i: int, *, speaker_at: int | None = None):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[speaker_at])).actor if speaker_at is not None else None
    found = res.resolve(phrase(doc[i]), speaker=speaker)
    return (found.actor.id, found.is_actor) if found else None


def test_he_after_quoted_words_is_the_speaker_that_framed_them_not_the_nearest_name(gaz):
    found = resolved(gaz, FRAMED, {"5-6": "PERSON", "8-9": "PERSON"}, 16)
    assert found == ("person/ivan-petrov", True)


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Ivan Petrov met the chancellor . The chancellor toured Africa . He insisted":
        # the chancellor, unnamed, not the last man named
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 met/VERB/ROOT/2/meet the/DET/det/4 "
         "chancellor/NOUN/dobj/2 ./PUNCT/punct/2 The/DET/det/7 chancellor/NOUN/nsubj/8 "
         "toured/VERB/ROOT/8/tour Africa/PROPN/dobj/8 ./PUNCT/punct/8 He/PRON/nsubj/12 "
         "insisted/VERB/ROOT/12/insist",
         {"0-1": "PERSON", "9": "LOC"}, 11, ("topic/chancellor", False)),
        # "Ivan Petrov spoke . Director of sport Boris Orlov praised fans . He left": the
        # subject names him (a misparse puts the name under "of"), so the name stands
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
         "Director/NOUN/nsubj/9/director of/ADP/prep/4 sport/NOUN/compound/7 "
         "Boris/PROPN/compound/8 Orlov/PROPN/pobj/5 praised/VERB/ROOT/9/praise "
         "fans/NOUN/dobj/9/fan/NNS ./PUNCT/punct/9 He/PRON/nsubj/13 left/VERB/ROOT/13/leave",
         {"0-1": "PERSON", "7-8": "PERSON"}, 12, ("person/boris-orlov", True)),
    ],
)  # fmt: skip
def test_he_after_a_subject_describing_a_person_is_that_person(gaz, spec, ents, i, expected):
    assert resolved(gaz, spec, ents, i) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Acme kept a right . Ivan Petrov called the change good and argued it helped":
        # the change, not Acme
        ("Acme/PROPN/nsubj/1 kept/VERB/ROOT/1/keep a/DET/det/3 right/NOUN/dobj/1 "
         "./PUNCT/punct/1 Ivan/PROPN/compound/6 Petrov/PROPN/nsubj/7 called/VERB/ROOT/7/call "
         "the/DET/det/9 change/NOUN/dobj/7 good/ADJ/oprd/7 and/CCONJ/cc/7 "
         "argued/VERB/conj/7/argue it/PRON/nsubj/14 helped/VERB/ccomp/12/help",
         {"0": "ORG", "5-6": "PERSON"}, 13, ("topic/change", False)),
        # "Ivan Petrov sold the unit to Acme after it grew": Acme is named in the sentence
        # that makes the unit an object, so it stays the nearer
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 sold/VERB/ROOT/2/sell the/DET/det/4 "
         "unit/NOUN/dobj/2 to/ADP/dative/2 Acme/PROPN/pobj/5 after/SCONJ/mark/9 "
         "it/PRON/nsubj/9 grew/VERB/advcl/2/grow",
         {"0-1": "PERSON", "6": "ORG"}, 8, ("org/acme", True)),
        # "Acme grew . The sale failed . Since it opened , Globex thrived": "it" may point
        # ahead to Globex, so no thing is guessed (the name before, as without the rule)
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 The/DET/det/4 "
         "sale/NOUN/nsubj/5 failed/VERB/ROOT/5/fail ./PUNCT/punct/5 Since/SCONJ/mark/9 "
         "it/PRON/nsubj/9 opened/VERB/advcl/12/open ,/PUNCT/punct/12 Globex/PROPN/nsubj/12 "
         "thrived/VERB/ROOT/12/thrive",
         {"0": "ORG", "11": "ORG"}, 8, ("org/acme", True)),
        # "Acme kept a right . Critics said it failed": no thing since Acme
        ("Acme/PROPN/nsubj/1 kept/VERB/ROOT/1/keep a/DET/det/3 right/NOUN/dobj/1 "
         "./PUNCT/punct/1 Critics/NOUN/nsubj/6/critic/NNS said/VERB/ROOT/6/say "
         "it/PRON/nsubj/8 failed/VERB/ccomp/6/fail",
         {"0": "ORG"}, 7, ("org/acme", True)),
    ],
)  # fmt: skip
def test_it_is_a_thing_talked_of_since_the_body_named_before_it(gaz, spec, ents, i, expected):
    assert resolved(gaz, spec, ents, i) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Acme grew . Ivan Petrov did it": the act's object, no body named back
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Ivan/PROPN/compound/4 "
         "Petrov/PROPN/nsubj/5 did/VERB/ROOT/5/do it/PRON/dobj/5",
         {"0": "ORG", "3-4": "PERSON"}, 6, ("topic/it", False)),
        # "Acme grew . Petrov talked of the targets included in it": a preposition's object
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Petrov/PROPN/nsubj/4 "
         "talked/VERB/ROOT/4/talk of/ADP/prep/4 the/DET/det/7 targets/NOUN/pobj/5/target/NNS "
         "included/VERB/acl/7/include/VBN in/ADP/prep/8 it/PRON/pobj/9",
         {"0": "ORG", "3": "PERSON"}, 10, ("topic/it", False)),
        # "Petrov quit Acme and accused it": the body named in its sentence stays
        ("Petrov/PROPN/nsubj/1 quit/VERB/ROOT/1/quit Acme/PROPN/dobj/1 and/CCONJ/cc/1 "
         "accused/VERB/conj/1/accuse it/PRON/dobj/4",
         {"0": "PERSON", "2": "ORG"}, 5, ("org/acme", True)),
        # "Acme grew . Voters went to the firm and stayed with it": a noun of bodies, an
        # object in its sentence, may be what it is: the name before, as without the rule
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Voters/NOUN/nsubj/4/voter/NNS "
         "went/VERB/ROOT/4/go to/ADP/prep/4 the/DET/det/7 firm/NOUN/pobj/5 and/CCONJ/cc/4 "
         "stayed/VERB/conj/4/stay with/ADP/prep/9 it/PRON/pobj/10",
         {"0": "ORG"}, 11, ("org/acme", True)),
        # "Acme grew . The firm wants to limit it": a noun of bodies as a subject is whose
        # act it is, not what "it" is: no actor, as with no noun
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 The/DET/det/4 "
         "firm/NOUN/nsubj/5 wants/VERB/ROOT/5/want to/PART/aux/7 limit/VERB/xcomp/5/limit "
         "it/PRON/dobj/7",
         {"0": "ORG"}, 8, ("topic/it", False)),
        # "Acme grew . Critics said it failed": a subject, not an object: the name before
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Critics/NOUN/nsubj/4/critic/NNS "
         "said/VERB/ROOT/4/say it/PRON/nsubj/6 failed/VERB/ccomp/4/fail",
         {"0": "ORG"}, 5, ("org/acme", True)),
    ],
)  # fmt: skip
def test_an_objects_it_is_no_body_named_only_before_its_sentence(gaz, spec, ents, i, expected):
    assert resolved(gaz, spec, ents, i) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Petrov arrived in India . Petrov said it was inspired": a country last named as a
        # place is no party "it" goes back to: no actor
        ("Petrov/PROPN/nsubj/1 arrived/VERB/ROOT/1/arrive in/ADP/prep/1 India/PROPN/pobj/2 "
         "./PUNCT/punct/1 Petrov/PROPN/nsubj/6 said/VERB/ROOT/6/say it/PRON/nsubjpass/9 "
         "was/AUX/auxpass/9/be inspired/VERB/ccomp/6/inspire/VBN",
         {"0": "PERSON", "3": "GPE", "5": "PERSON"}, 7, ("topic/it", False)),
        # "On a visit to India , Petrov said it was inspired": a path preposition after a
        # noun of going is a place too
        ("On/ADP/prep/7 a/DET/det/2 visit/NOUN/pobj/0 to/ADP/prep/2 India/PROPN/pobj/3 "
         ",/PUNCT/punct/7 Petrov/PROPN/nsubj/7 said/VERB/ROOT/7/say it/PRON/nsubjpass/10 "
         "was/AUX/auxpass/10/be inspired/VERB/ccomp/7/inspire/VBN",
         {"4": "GPE", "6": "PERSON"}, 8, ("topic/it", False)),
        # "Petrov praised India . Petrov said it was inspired": named as a party, it stays
        ("Petrov/PROPN/nsubj/1 praised/VERB/ROOT/1/praise India/PROPN/dobj/1 ./PUNCT/punct/1 "
         "Petrov/PROPN/nsubj/5 said/VERB/ROOT/5/say it/PRON/nsubjpass/8 was/AUX/auxpass/8/be "
         "inspired/VERB/ccomp/5/inspire/VBN",
         {"0": "PERSON", "2": "GPE", "4": "PERSON"}, 6, ("country/IND", True)),
        # "Petrov toured India to see the country and the problems it faced": a noun of
        # countries takes the place up as what the text goes on about, so it stays
        ("Petrov/PROPN/nsubj/1 toured/VERB/ROOT/1/tour India/PROPN/dobj/1 to/PART/aux/4 "
         "see/VERB/advcl/1/see the/DET/det/6 country/NOUN/dobj/4 and/CCONJ/cc/6 "
         "the/DET/det/9 problems/NOUN/conj/6/problem/NNS it/PRON/nsubj/11 "
         "faced/VERB/relcl/9/face",
         {"0": "PERSON", "2": "GPE"}, 10, ("country/IND", True)),
    ],
)  # fmt: skip
def test_it_is_no_country_last_named_as_a_place(gaz, spec, ents, i, expected):
    assert resolved(gaz, spec, ents, i) == expected


def test_it_under_a_thing_in_reported_speech_is_the_thing_not_the_speaker(gaz):
    """ "The Acme Council said the play would close as it promoted vice": the play."""
    spec = (
        "The/DET/det/2 Acme/PROPN/compound/2 Council/PROPN/nsubj/3 said/VERB/ROOT/3/say "
        "the/DET/det/5 play/NOUN/nsubj/7 would/AUX/aux/7 close/VERB/ccomp/3/close "
        "as/SCONJ/mark/10 it/PRON/nsubj/10 promoted/VERB/advcl/7/promote vice/NOUN/dobj/10"
    )
    found = resolved(gaz, spec, {"1-2": "ORG"}, 9, speaker_at=2)
    assert found == ("topic/play", False)
    # "The Acme Council said it would close": the speaker, as before
    spec = (
        "The/DET/det/2 Acme/PROPN/compound/2 Council/PROPN/nsubj/3 said/VERB/ROOT/3/say "
        "it/PRON/nsubj/6 would/AUX/aux/6 close/VERB/ccomp/3/close"
    )
    assert resolved(gaz, spec, {"1-2": "ORG"}, 4, speaker_at=2) == ("org/acme-council", True)


def test_they_leans_on_a_plural_subject_only_past_an_argument_named_after_it(gaz):
    """ "Russia cheated . Russian athletes compete without a Russian flag if they prove ...":
    the name after the athletes only modifies a noun, so the subject's weight does not decide
    (the country, as the sample's gold has it); one that is an argument is outranked (see
    tests/test_according.py)."""
    spec = (
        "Russia/PROPN/nsubj/1 cheated/VERB/ROOT/1/cheat ./PUNCT/punct/1 Russian/ADJ/amod/4 "
        "athletes/NOUN/nsubj/5/athlete/NNS compete/VERB/ROOT/5 without/ADP/prep/5 "
        "a/DET/det/9 Russian/ADJ/amod/9 flag/NOUN/pobj/6 if/SCONJ/mark/12 "
        "they/PRON/nsubj/12 prove/VERB/advcl/5"
    )
    found = resolved(gaz, spec, {"0": "GPE", "3": "NORP", "8": "NORP"}, 11)
    assert found == ("country/RUS", True)


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "The Rosneft deal came after Acme sued Globex . It appealed": the subject of the
        # clause before, not the object named nearer (the deal names an organisation, so "it"
        # is not taken for it)
        ("The/DET/det/2 Rosneft/PROPN/compound/2 deal/NOUN/nsubj/3 came/VERB/ROOT/3/come "
         "after/SCONJ/mark/6 Acme/PROPN/nsubj/6 sued/VERB/advcl/3/sue Globex/PROPN/dobj/6 "
         "./PUNCT/punct/3 It/PRON/nsubj/10 appealed/VERB/ROOT/10/appeal",
         {"1": "ORG", "5": "ORG", "7": "ORG"}, 9, ("org/acme", True)),
        # "... . Globex's output fell and it cut jobs": a subject before the pronoun in its own
        # sentence leaves the nearest name, as before
        ("The/DET/det/2 Rosneft/PROPN/compound/2 deal/NOUN/nsubj/3 came/VERB/ROOT/3/come "
         "after/SCONJ/mark/6 Acme/PROPN/nsubj/6 sued/VERB/advcl/3/sue Globex/PROPN/dobj/6 "
         "./PUNCT/punct/3 Globex/PROPN/poss/11 's/PART/case/9 output/NOUN/nsubj/12 "
         "fell/VERB/ROOT/12/fall and/CCONJ/cc/12 it/PRON/nsubj/15 cut/VERB/conj/12/cut",
         {"1": "ORG", "5": "ORG", "7": "ORG", "9": "ORG"}, 14, ("org/globex", True)),
        # "The talks began after Lord Smith met Anna Lee . She left": not the lord
        ("The/DET/det/1 talks/NOUN/nsubj/2/talk/NNS began/VERB/ROOT/2/begin "
         "after/SCONJ/mark/6 Lord/PROPN/compound/5 Smith/PROPN/nsubj/6 met/VERB/advcl/2/meet "
         "Anna/PROPN/compound/8 Lee/PROPN/dobj/6 ./PUNCT/punct/2 She/PRON/nsubj/11 "
         "left/VERB/ROOT/11/leave",
         {"5": "PERSON", "7-8": "PERSON"}, 10, ("person/anna-lee", True)),
        # "The charge was denied by Ivan Petrov , who named Oleg Zubov . He warned": the doer of
        # a passive sentence whose subject is a thing, not the man named nearer
        ("The/DET/det/1 charge/NOUN/nsubjpass/3 was/AUX/auxpass/3 denied/VERB/ROOT/3/deny "
         "by/ADP/agent/3 Ivan/PROPN/compound/6 Petrov/PROPN/pobj/4 ,/PUNCT/punct/6 "
         "who/PRON/nsubj/9 named/VERB/relcl/6/name Oleg/PROPN/compound/11 Zubov/PROPN/dobj/9 "
         "./PUNCT/punct/3 He/PRON/nsubj/14 warned/VERB/ROOT/14/warn",
         {"5-6": "PERSON", "10-11": "PERSON"}, 13, ("person/ivan-petrov", True)),
        # "The report was written by Ivan Petrov and was welcomed by Oleg Zubov . He said": the
        # last of conjoined passives' agents
        ("The/DET/det/1 report/NOUN/nsubjpass/3 was/AUX/auxpass/3 written/VERB/ROOT/3/write "
         "by/ADP/agent/3 Ivan/PROPN/compound/6 Petrov/PROPN/pobj/4 and/CCONJ/cc/3 "
         "was/AUX/auxpass/9 welcomed/VERB/conj/3/welcome by/ADP/agent/9 Oleg/PROPN/compound/12 "
         "Zubov/PROPN/pobj/10 ./PUNCT/punct/3 He/PRON/nsubj/15 said/VERB/ROOT/15/say",
         {"5-6": "PERSON", "11-12": "PERSON"}, 14, ("person/oleg-zubov", True)),
        # "The attack was condemned by Ivan Petrov , while Oleg Zubov said it . He added": a
        # person subject after the agent is nearer
        ("The/DET/det/1 attack/NOUN/nsubjpass/3 was/AUX/auxpass/3 condemned/VERB/ROOT/3/condemn "
         "by/ADP/agent/3 Ivan/PROPN/compound/6 Petrov/PROPN/pobj/4 ,/PUNCT/punct/3 "
         "while/SCONJ/mark/11 Oleg/PROPN/compound/10 Zubov/PROPN/nsubj/11 said/VERB/advcl/3/say "
         "./PUNCT/punct/3 He/PRON/nsubj/14 added/VERB/ROOT/14/add",
         {"5-6": "PERSON", "9-10": "PERSON"}, 13, ("person/oleg-zubov", True)),
    ],
)  # fmt: skip
def test_a_main_subject_pronoun_leans_on_the_subject_of_a_clause_before(
    gaz, spec, ents, i, expected
):
    assert resolved(gaz, spec, ents, i) == expected


def test_he_after_a_noun_with_a_person_in_apposition_is_that_person(gaz):
    """ "The Acme correspondent, Ivan Petrov, said Boris Orlov left . But he said": Petrov."""
    spec = (
        "The/DET/det/2 Acme/PROPN/compound/2 correspondent/NOUN/nsubj/7 ,/PUNCT/punct/2 "
        "Ivan/PROPN/compound/5 Petrov/PROPN/appos/2 ,/PUNCT/punct/2 said/VERB/ROOT/7/say "
        "Boris/PROPN/compound/9 Orlov/PROPN/nsubj/10 left/VERB/ccomp/7/leave ./PUNCT/punct/7 "
        "But/CCONJ/cc/14 he/PRON/nsubj/14 said/VERB/ROOT/14/say"
    )
    found = resolved(gaz, spec, {"1": "ORG", "4-5": "PERSON", "8-9": "PERSON"}, 13)
    assert found == ("person/ivan-petrov", True)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("Lord", "person/anna-lee"),  # "She" is not the man titled Lord
        ("Lady", "person/lady-smith"),
    ],
)
def test_she_is_not_a_man_an_honorific_titles(gaz, order, expected):
    """ "Anna Lee spoke . Lord Smith arrived . She left": the honorific of the mention
    says what its surname alone does not."""
    spec = (
        "Anna/PROPN/compound/1 Lee/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        f"{order}/PROPN/compound/5 Smith/PROPN/nsubj/6 arrived/VERB/ROOT/6/arrive "
        "./PUNCT/punct/6 She/PRON/nsubj/9 left/VERB/ROOT/9/leave"
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "4-5": "PERSON"}, 8)
    assert found[0] == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "A spokesman said Ivan Petrov left and that he was willing": a man named between
        # the unnamed spokesman and "he" in a subordinate clause is the nearer
        ("A/DET/det/1 spokesman/NOUN/nsubj/2 said/VERB/ROOT/2/say Ivan/PROPN/compound/4 "
         "Petrov/PROPN/nsubj/5 left/VERB/ccomp/2/leave and/CCONJ/cc/5 that/SCONJ/mark/9 "
         "he/PRON/nsubj/9 was/AUX/conj/5/be willing/ADJ/acomp/9",
         {"3-4": "PERSON"}, ("person/ivan-petrov", True)),
        # "Ivan Petrov spoke . The chancellor said that he was willing": no one named between,
        # so the chancellor, unnamed, not the man named in the sentence before
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
         "The/DET/det/5 chancellor/NOUN/nsubj/6 said/VERB/ROOT/6/say that/SCONJ/mark/9 "
         "he/PRON/nsubj/9 was/AUX/ccomp/6/be willing/ADJ/acomp/9",
         {"0-1": "PERSON"}, ("topic/chancellor", False)),
        # a person by a noun that is no office (person_nouns) is one too: "Ivan Petrov spoke .
        # Our correspondent said that he was willing": the correspondent
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
         "Our/PRON/poss/5 correspondent/NOUN/nsubj/6 said/VERB/ROOT/6/say that/SCONJ/mark/9 "
         "he/PRON/nsubj/9 was/AUX/ccomp/6/be willing/ADJ/acomp/9",
         {"0-1": "PERSON"}, ("topic/our-correspondent", False)),
    ],
)  # fmt: skip
def test_he_under_an_unnamed_person_takes_a_man_named_between(gaz, spec, ents, expected):
    assert resolved(gaz, spec, ents, 8) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "Acme grew . This is the highest figure . It compares with ...": what "this" is,
        # a thing, not Acme
        ("This/PRON/nsubj/4", ("topic/it", False)),
        ("That/PRON/nsubj/4", ("topic/it", False)),
        # "Acme grew . Acme is the biggest firm . It compares with ...": Acme
        ("Acme/PROPN/nsubj/4", ("org/acme", True)),
    ],
)
def test_it_after_this_is_what_this_is(gaz, subject, expected):
    spec = (
        "Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 "
        f"{subject} is/AUX/ROOT/4/be the/DET/det/7 highest/ADJ/amod/7 figure/NOUN/attr/4 "
        "./PUNCT/punct/4 It/PRON/nsubj/10 compares/VERB/ROOT/10/compare"
    )
    ents = {"0": "ORG", "3": "ORG"} if subject.startswith("Acme") else {"0": "ORG"}
    assert resolved(gaz, spec, ents, 9) == expected


def test_it_after_this_is_no_figure_is_the_body_named(gaz):
    # "Acme grew . That was the view of Acme . It said ...": Acme, the view is no figure
    spec = (
        "Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 That/PRON/nsubj/4 "
        "was/AUX/ROOT/4/be the/DET/det/6 view/NOUN/attr/4 ./PUNCT/punct/4 "
        "It/PRON/nsubj/9 said/VERB/ROOT/9/say"
    )
    assert resolved(gaz, spec, {"0": "ORG"}, 8) == ("org/acme", True)


def test_it_in_a_clause_under_that_is_not_what_that_is(gaz):
    # "Acme grew . That is why it sold": the seller named before
    spec = (
        "Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 That/PRON/nsubj/4 "
        "is/AUX/ROOT/4/be why/SCONJ/advmod/7 it/PRON/nsubj/7 sold/VERB/ccomp/4/sell"
    )
    assert resolved(gaz, spec, {"0": "ORG"}, 6) == ("org/acme", True)


#: "Acme chairman Ivan Petrov wrote to Globex saying that it plans to bid"
CHAIRMAN = (
    "Acme/PROPN/compound/1 chairman/NOUN/compound/3 Ivan/PROPN/compound/3 "
    "Petrov/PROPN/nsubj/4 wrote/VERB/ROOT/4/write to/ADP/prep/4 Globex/PROPN/pobj/5 "
    "saying/VERB/advcl/4/say that/SCONJ/mark/10 it/PRON/nsubj/10 plans/VERB/ccomp/7/plan "
    "to/PART/aux/12 bid/VERB/xcomp/10"
)
#: "Acme chairman Ivan Petrov called the change good and argued it helps"
CHANGE = (
    "Acme/PROPN/compound/1 chairman/NOUN/compound/3 Ivan/PROPN/compound/3 "
    "Petrov/PROPN/nsubj/4 called/VERB/ROOT/4/call the/DET/det/6 change/NOUN/dobj/4//NN "
    "good/ADJ/oprd/4 and/CCONJ/cc/4 argued/VERB/conj/4/argue it/PRON/nsubj/11 "
    "helps/VERB/ccomp/9/help"
)


def test_it_under_a_person_subject_is_the_body_the_subject_names(gaz):
    found = resolved(gaz, CHAIRMAN, {"0": "ORG", "2-3": "PERSON", "6": "ORG"}, 9)
    assert found == ("org/acme", True)  # not Globex, the nearest
    # a thing talked of between: the thing's, not the body's
    found = resolved(gaz, CHANGE, {"0": "ORG", "2-3": "PERSON"}, 10)
    assert found is None or found[0] != "org/acme"


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Acme defended the plan . A spokesman said": Acme's
        ("Acme/PROPN/nsubj/1 defended/VERB/ROOT/1/defend the/DET/det/3 plan/NOUN/dobj/1 "
         "./PUNCT/punct/1 A/DET/det/6 spokesman/NOUN/nsubj/7//NN said/VERB/ROOT/7/say",
         {"0": "ORG"}, ("org/acme", True)),
        # a person before it is no guess: "Ivan Petrov left . A spokesman said"
        ("Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 left/VERB/ROOT/2/leave ./PUNCT/punct/2 "
         "A/DET/det/5 spokesman/NOUN/nsubj/6//NN said/VERB/ROOT/6/say",
         {"0-1": "PERSON"}, ("topic/spokesman", False)),
        # a spokesman with a body of his own is not: "Acme left . A police spokesman said"
        ("Acme/PROPN/nsubj/1 left/VERB/ROOT/1/leave ./PUNCT/punct/1 A/DET/det/5 "
         "police/NOUN/compound/5 spokesman/NOUN/nsubj/6//NN said/VERB/ROOT/6/say",
         {"0": "ORG"}, ("topic/police-spokesman", False)),
    ],
)  # fmt: skip
def test_a_spokesman_with_no_body_speaks_for_the_body_the_text_made_its_subject(
    gaz, spec, ents, expected
):
    doc = parse(spec, ents=ents)
    spokesman = next(t for t in doc if t.lower_ == "spokesman")
    found = Resolver(doc, gaz).resolve(phrase(spokesman))
    assert (found.actor.id, found.is_actor) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Many Roma left Hungary . She said they were treated badly": not the state named
        ("Many/ADJ/amod/1 Roma/PROPN/nsubj/2 left/VERB/ROOT/2/leave Hungary/PROPN/dobj/2 "
         "./PUNCT/punct/2 She/PRON/nsubj/6 said/VERB/ROOT/6/say they/PRON/nsubjpass/9 "
         "were/AUX/auxpass/9 treated/VERB/ccomp/6/treat badly/ADV/advmod/9",
         {"3": "GPE"}, ("topic/they", False)),
        # a plural noun of the state's says it: "Hungarian officials met . They said"
        ("Hungarian/ADJ/amod/1 officials/NOUN/nsubj/2/official/NNS met/VERB/ROOT/2/meet "
         "./PUNCT/punct/2 They/PRON/nsubj/5 said/VERB/ROOT/5/say",
         {"0": "NORP"}, ("country/HUN", True)),
    ],
)  # fmt: skip
def test_they_is_no_state_the_text_named_by_its_name(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    they = next(t for t in doc if t.lower_ == "they")
    found = Resolver(doc, gaz).resolve(phrase(they))
    assert (found.actor.id, found.is_actor) == expected


def test_it_leans_on_a_body_s_name_tagged_a_plural_noun(gaz):
    """ "Zubclays cautioned on Globex . It added": the tagger took the name for a plural
    noun ("Barclays"), but it names one body, the subject "it" leans on, not Globex."""
    doc = parse(
        "Zubclays/NOUN/nsubj/1/zubclays/NNS cautioned/VERB/ROOT/1/caution on/ADP/prep/1 "
        "Globex/PROPN/pobj/2 ./PUNCT/punct/1 It/PRON/nsubj/6 added/VERB/ROOT/6/add",
        ents={"0": "ORG", "3": "ORG"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[5]))
    assert (found.actor.id, found.is_actor) == ("org/zubclays", True)


#: "Acme spoke . The {noun} fell , but {that} it rose": "it" the subject of a conjunct clause
CONJUNCT_IT = (
    "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 The/DET/det/4 "
    "{noun}/NOUN/nsubj/5 fell/VERB/ROOT/5/fall ,/PUNCT/punct/5 but/CCONJ/cc/5 "
    "{that}/SCONJ/mark/10 it/PRON/nsubj/10 rose/VERB/conj/5/rise"
)


@pytest.mark.parametrize(
    ("noun", "that", "expected"),
    [
        # "Sri Lanka's stock market has fallen ..., but it is still 40% higher": the market
        ("market", "then", ("topic/market", False)),
        # a noun of bodies may be the body: the antecedent rules decide, as before
        ("firm", "then", ("org/acme", True)),
        # "X said it was studying ..., but that it remained an idea": a second thing said
        ("market", "that", ("org/acme", True)),
    ],
)
def test_it_of_a_clause_coordinated_with_a_things_clause_is_the_thing(gaz, noun, that, expected):
    spec = CONJUNCT_IT.format(noun=noun, that=that)
    if that != "that":  # no subordinator: "but then it rose", "then" an adverb
        spec = spec.replace("then/SCONJ/mark/10", "then/ADV/advmod/10")
    assert resolved(gaz, spec, {"0": "ORG"}, 9) == expected


#: "Acme spoke . that was ...", the relative clause's noun the complement after it
ACME_THAT_WAS = (
    "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 that/PRON/nsubj/4 was/AUX/ROOT/4/be"
)


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "that was a 'nuclear option' which was rarely used as it was not seen as ...": the
        # option the restrictive relative clause's adverbial "it" is about
        ("an/DET/det/6 option/NOUN/attr/4 which/PRON/nsubjpass/9/which/WDT was/AUX/auxpass/9 "
         "used/VERB/relcl/6/use as/SCONJ/mark/13 it/PRON/nsubjpass/13 was/AUX/auxpass/13 "
         "seen/VERB/advcl/9/see", 11, ("topic/option", False)),
        # "a programme which has seen it dispose of businesses": the group, not the programme
        ("a/DET/det/6 programme/NOUN/attr/4 which/PRON/nsubj/9/which/WDT has/AUX/aux/9 "
         "seen/VERB/relcl/6/see it/PRON/nsubj/11 dispose/VERB/ccomp/9/dispose", 10,
         ("org/acme", True)),
        # "..., which was rarely used as it ...": a comment on the clause, not the noun
        ("an/DET/det/6 option/NOUN/attr/4 ,/PUNCT/punct/6 which/PRON/nsubjpass/10/which/WDT "
         "was/AUX/auxpass/10 used/VERB/relcl/6/use as/SCONJ/mark/14 it/PRON/nsubjpass/14 "
         "was/AUX/auxpass/14 seen/VERB/advcl/10/see", 12, ("org/acme", True)),
    ],
)  # fmt: skip
def test_it_in_an_adverbial_clause_of_a_relative_clause_is_its_noun(gaz, spec, i, expected):
    # "Acme spoke . that was {an option which ...}"
    full = f"{ACME_THAT_WAS} {spec}"
    assert resolved(gaz, full, {"0": "ORG"}, i) == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # "Sri Lanka's stock market has fallen ..., but it is still 40% higher": the market
        ("is/AUX/conj/3/be higher/ADJ/acomp/6", ("topic/globex-s-market-a2b210f3", False)),
        # "Globex's market fell but it cut jobs": the owner may do it, as before
        ("cut/VERB/conj/3/cut jobs/NOUN/dobj/6", ("org/globex", True)),
    ],
)
def test_it_of_a_state_coordinated_with_an_owned_things_clause_is_the_thing(gaz, verb, expected):
    spec = (
        "Globex/PROPN/poss/2 's/PART/case/0 market/NOUN/nsubj/3 fell/VERB/ROOT/3/fall "
        f"but/CCONJ/cc/3 it/PRON/nsubj/6 {verb}"
    )
    assert resolved(gaz, spec, {"0": "ORG"}, 5) == expected


def test_he_leans_on_no_organisation_whose_name_ends_in_a_title_word(gaz):
    """ "Jan Novak spoke . The Common Policy had failed , he said": "Policy" is a word of
    titles ("Policy Director"), but the name is an organisation's, which "he" is not: the
    person named before (was the Common Policy)."""
    spec = (
        "Jan/PROPN/compound/1 Novak/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "The/DET/det/6 Common/PROPN/compound/6 Policy/PROPN/nsubj/8 had/AUX/aux/8/have "
        "failed/VERB/ROOT/8/fail ,/PUNCT/punct/11/,/, he/PRON/nsubj/11 "
        "said/VERB/parataxis/8/say"
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "5-6": "ORG"}, 10)
    assert found == ("person/jan-novak", True)


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "The Tories highlighted plans . They spoke": the body the subject names, not the
        # plural noun of its object
        ("The/DET/det/1 Tories/PROPN/nsubj/2/tories/NNPS highlighted/VERB/ROOT/2/highlight "
         "plans/NOUN/dobj/2/plan/NNS ./PUNCT/punct/2 They/PRON/nsubj/6 spoke/VERB/ROOT/6/speak",
         5, ("org/GB-CONSERVATIVES", True)),
        # "The Tories told voters that they would cut taxes": in a subordinate clause, the
        # plural noun between is the nearer
        ("The/DET/det/1 Tories/PROPN/nsubj/2/tories/NNPS told/VERB/ROOT/2/tell "
         "voters/NOUN/dobj/2/voter/NNS that/SCONJ/mark/7 they/PRON/nsubj/7 would/AUX/aux/7 "
         "cut/VERB/ccomp/2/cut taxes/NOUN/dobj/7/tax/NNS",
         5, ("topic/voters", False)),
    ],
)  # fmt: skip
def test_they_leans_on_a_subject_that_names_a_body(gaz, spec, i, expected):
    assert resolved(gaz, spec, {"1": "NORP"}, i) == expected


@pytest.mark.parametrize(
    ("middle", "ents", "expected"),
    [
        # "Ivan Petrov spoke . The law stands after a court ruled on Boris Orlov . He left":
        # the subject of a main clause before a bare mention in a subordinate one
        ("The/DET/det/5 law/NOUN/nsubj/6 stands/VERB/ROOT/6/stand after/SCONJ/mark/10 "
         "a/DET/det/9 court/NOUN/nsubj/10 ruled/VERB/advcl/6/rule on/ADP/prep/10 "
         "Boris/PROPN/compound/13 Orlov/PROPN/pobj/11",
         {"0-1": "PERSON", "12-13": "PERSON"}, "person/ivan-petrov"),
        # "... . A court ruled on Boris Orlov . He left": a mention in a main clause stays
        ("A/DET/det/5 court/NOUN/nsubj/6 ruled/VERB/ROOT/6/rule on/ADP/prep/6 "
         "Boris/PROPN/compound/9 Orlov/PROPN/pobj/7",
         {"0-1": "PERSON", "8-9": "PERSON"}, "person/boris-orlov"),
    ],
)  # fmt: skip
def test_he_takes_a_main_subject_before_a_bare_mention_in_a_subordinate_clause(
    gaz, middle, ents, expected
):
    spec = "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    n = 4 + len(middle.split())  # the middle sentence's root is token 6
    spec += f"{middle} ./PUNCT/punct/6 He/PRON/nsubj/{n + 2} left/VERB/ROOT/{n + 2}/leave"
    found = resolved(gaz, spec, ents, n + 1)
    assert found == (expected, True)


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Acme will monitor Globex and Initech to ensure they comply": the two the object
        # joins, the nearer plural, not the speaker
        ("Acme/PROPN/nsubj/2 will/AUX/aux/2 monitor/VERB/ROOT/2/monitor Globex/PROPN/dobj/2 "
         "and/CCONJ/cc/3 Initech/PROPN/conj/3 to/PART/aux/7 ensure/VERB/advcl/2/ensure "
         "they/PRON/nsubj/9 comply/VERB/ccomp/7/comply",
         {"0": "ORG", "3": "ORG", "5": "ORG"}, ["org/globex", "org/initech"]),
        # "... Globex and Initech so staff say they comply": a plural noun between stops the
        # rule (the speaker rule stands, as before)
        ("Acme/PROPN/nsubj/2 will/AUX/aux/2 monitor/VERB/ROOT/2/monitor Globex/PROPN/dobj/2 "
         "and/CCONJ/cc/3 Initech/PROPN/conj/3 so/SCONJ/mark/8 staff/NOUN/nsubj/8/staff/NNS "
         "say/VERB/advcl/2/say they/PRON/nsubj/10 comply/VERB/ccomp/8/comply",
         {"0": "ORG", "3": "ORG", "5": "ORG"}, ["org/acme"]),
        # "Drugs help Globex and Initech because they work": the plural subject above, as
        # before
        ("Drugs/NOUN/nsubj/1/drug/NNS help/VERB/ROOT/1/help Globex/PROPN/dobj/1 "
         "and/CCONJ/cc/2 Initech/PROPN/conj/2 because/SCONJ/mark/7 they/PRON/nsubj/7 "
         "work/VERB/advcl/1/work",
         {"2": "ORG", "4": "ORG"}, ["topic/drugs"]),
        # "Acme spoke in Globex and Initech so they agreed": a preposition's objects are no
        # participants (places, examples): the speaker, as before
        ("Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak in/ADP/prep/1 Globex/PROPN/pobj/2 "
         "and/CCONJ/cc/3 Initech/PROPN/conj/3 so/SCONJ/mark/8 they/PRON/nsubj/8 "
         "agreed/VERB/advcl/1/agree",
         {"0": "ORG", "3": "ORG", "5": "ORG"}, ["org/acme"]),
    ],
)  # fmt: skip
def test_they_after_an_object_joining_actors_is_all_of_them(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[0])).actor
    they = next(t for t in doc if t.lower_ == "they")
    found = res.resolve_all(phrase(they), speaker=speaker)
    assert sorted(r.actor.id for r in found) == expected


def test_they_after_a_subject_of_its_own_sentence_does_not_lean_on_the_sentence_before(gaz):
    """ "The Tories spoke . Directors will deny it and state they settle": a main clause's
    "they" (a misparse's conjunct) after a subject of its own sentence is not the body the
    sentence before made its subject."""
    doc = parse(
        "The/DET/det/1 Tories/PROPN/nsubj/2/tories/NNPS spoke/VERB/ROOT/2/speak "
        "./PUNCT/punct/2 Directors/NOUN/nsubj/6/director/NNS will/AUX/aux/6 "
        "deny/VERB/ROOT/6/deny it/PRON/dobj/6 and/CCONJ/cc/6 state/VERB/conj/6/state "
        "they/PRON/nsubj/11 settle/VERB/conj/9/settle",
        ents={"1": "NORP"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[10]))
    assert found is None or found.actor.id != "org/GB-CONSERVATIVES"


def test_him_is_not_the_main_subject_before_a_bare_mention(gaz):
    """ "Ivan Petrov spoke . The law stands after a court ruled on Boris Orlov . Critics
    praised him": the subject-before-a-bare-mention rule is for a subject "he", not an
    object (the nearest man stays)."""
    doc = parse(
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "The/DET/det/5 law/NOUN/nsubj/6 stands/VERB/ROOT/6/stand after/SCONJ/mark/10 "
        "a/DET/det/9 court/NOUN/nsubj/10 ruled/VERB/advcl/6/rule on/ADP/prep/10 "
        "Boris/PROPN/compound/13 Orlov/PROPN/pobj/11 ./PUNCT/punct/6 "
        "Critics/NOUN/nsubj/16/critic/NNS praised/VERB/ROOT/16/praise him/PRON/dobj/16",
        ents={"0-1": "PERSON", "12-13": "PERSON"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[17]))
    assert found is not None and found.actor.id == "person/boris-orlov"


#: "Ivan Petrov said it . Changes protect victim Boris Orlov . " Nothing changed , " he
#: said": the last man who spoke, not the man named last, whom the text only talks of.
SPOKE_BEFORE = (
    "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
    "./PUNCT/punct/2 Changes/NOUN/nsubj/6/change/NNS protect/VERB/ROOT/6 "
    "victim/NOUN/compound/9 Boris/PROPN/compound/9 Orlov/PROPN/dobj/6 ./PUNCT/punct/6 "
    '"/PUNCT/punct/13 Nothing/PRON/nsubj/13 changed/VERB/ROOT/13/change ,/PUNCT/punct/13 '
    '"/PUNCT/punct/13 he/PRON/nsubj/17 {verb}/VERB/ccomp/13/{lemma}'
)


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        ("said", "say", "person/ivan-petrov"),  # he speaks: the one who spoke before
        ("replied", "reply", "person/ivan-petrov"),
        ("resigned", "resign", "person/boris-orlov"),  # no speaker: the nearest name, as before
    ],
)
def test_a_speaking_he_goes_on_from_the_last_speaker_not_the_nearest_name(
    gaz, verb, lemma, expected
):
    spec = SPOKE_BEFORE.format(verb=verb, lemma=lemma)
    found = resolved(gaz, spec, {"0-1": "PERSON", "8-9": "PERSON"}, 16)
    assert found == (expected, True)


def test_a_speakers_we_is_the_body_the_table_of_offices_gives_them_that_day():
    import datetime as dt

    from kg import actorcodes

    # "Dr Liam Fox said : " we would look at it "": co-chairman of the Conservative Party in
    # 2005 by offices.tsv, a title the text does not give him
    spec = (
        "Dr/PROPN/compound/2 Liam/PROPN/compound/2 Fox/PROPN/nsubj/3 said/VERB/ROOT/3/say "
        ':/PUNCT/punct/3 "/PUNCT/punct/7 we/PRON/nsubj/7 would/AUX/aux/7 look/VERB/ccomp/3 '
        'at/ADP/prep/7 it/PRON/pobj/8 "/PUNCT/punct/3'
    )
    doc = parse(spec, ents={"1-2": "PERSON"})
    res = Resolver(doc, Gazetteer.load(), codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    speaker = res.resolve(phrase(doc[2])).actor
    found = res.resolve(phrase(doc[6]), speaker=speaker)
    assert (speaker.id, found.actor.id) == ("person/liam-fox", "org/GB-CONSERVATIVES")


#: 'Ivan Petrov said it . " Nothing changed . It was wild , " {verb} the Zub MP': the sentence
#: before the MP's names no one (quoted words alone); the voice goes on from the last speaker.
DESCRIBED_SPEAKER = (
    "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
    './PUNCT/punct/2 "/PUNCT/punct/7 Nothing/PRON/nsubj/7 changed/VERB/ROOT/7/change '
    "./PUNCT/punct/7 It/PRON/nsubj/10 was/AUX/ROOT/10/be wild/ADJ/acomp/10 ,/PUNCT/punct/10 "
    '"/PUNCT/punct/10 {verb}/VERB/ccomp/10/{lemma} the/DET/det/17 Zub/PROPN/compound/17 '
    "MP/{pos}/nsubj/14/mp/{tag}"
)


@pytest.mark.parametrize(
    ("verb", "lemma", "pos", "tag", "expected"),
    [
        ("said", "say", "NOUN", "NN", ("person/ivan-petrov", True)),
        ("said", "say", "PROPN", "NNP", ("person/ivan-petrov", True)),  # tagged a name's
        ("left", "leave", "NOUN", "NN", ("topic/zub-mp", False)),  # no speaker: as before
    ],
)
def test_a_speaking_description_of_one_person_is_the_last_speaker(
    gaz, verb, lemma, pos, tag, expected
):
    spec = DESCRIBED_SPEAKER.format(verb=verb, lemma=lemma, pos=pos, tag=tag)
    assert resolved(gaz, spec, {"0-1": "PERSON"}, 17) == expected


@pytest.mark.parametrize(
    ("for_", "verb"),
    [
        ("For/ADP/prep/10/for", "matter/VERB/ROOT/10"),
        ("For/ADP/ROOT/5/for", "matter/VERB/conj/5"),  # the parser made "For" the root
    ],
)
def test_a_speaking_he_after_a_viewpoint_for_is_whose_view_it_gave(gaz, for_, verb):
    # 'Ivan Petrov said it . For Boris Orlov , changes matter . " Nothing changed , " he
    # said': "For Boris Orlov" gives Orlov's view; the quotation after it is his
    spec = (
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
        f"./PUNCT/punct/2 {for_} Boris/PROPN/compound/7 Orlov/PROPN/pobj/5 "
        f",/PUNCT/punct/10 changes/NOUN/nsubj/10/change/NNS {verb} "
        './PUNCT/punct/10 "/PUNCT/punct/14 Nothing/PRON/nsubj/14 changed/VERB/ROOT/14/change '
        ',/PUNCT/punct/14 "/PUNCT/punct/14 he/PRON/nsubj/18 said/VERB/ccomp/14/say'
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "6-7": "PERSON"}, 17)
    assert found == ("person/boris-orlov", True)


def test_a_speaking_he_under_a_clause_whose_subject_names_a_person_is_that_person(gaz):
    # "Ivan Petrov said it . Zubco said Boris Orlov erred when he said it": Orlov, the subject
    # of the clause above the pronoun's, not the man who spoke before
    spec = (
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
        "./PUNCT/punct/2 Zubco/PROPN/nsubj/6 said/VERB/ROOT/6/say Boris/PROPN/compound/8 "
        "Orlov/PROPN/nsubj/9 erred/VERB/ccomp/6/err when/SCONJ/advmod/12 he/PRON/nsubj/12 "
        "said/VERB/advcl/9/say it/PRON/dobj/12"
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "5": "ORG", "7-8": "PERSON"}, 11)
    assert found == ("person/boris-orlov", True)


def test_a_speaking_he_after_a_for_past_its_verb_goes_on_from_the_last_speaker(gaz):
    # 'Ivan Petrov said it . Changes matter for Boris Orlov . " Nothing changed , " he said':
    # a "for" after its verb gives no one's view; the last speaker goes on
    spec = (
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
        "./PUNCT/punct/2 Changes/NOUN/nsubj/6/change/NNS matter/VERB/ROOT/6 for/ADP/prep/6/for "
        "Boris/PROPN/compound/9 Orlov/PROPN/pobj/7 ./PUNCT/punct/6 "
        '"/PUNCT/punct/13 Nothing/PRON/nsubj/13 changed/VERB/ROOT/13/change ,/PUNCT/punct/13 '
        '"/PUNCT/punct/13 he/PRON/nsubj/17 said/VERB/ccomp/13/say'
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "8-9": "PERSON"}, 16)
    assert found == ("person/ivan-petrov", True)


def test_a_speaking_he_passes_over_a_closing_mark_the_parser_made_a_sentence(gaz):
    # "Ivan Petrov said it . Changes protect Boris Orlov . ” | “ Nothing changed , ” he said":
    # the closing mark left alone is no sentence, so Petrov's is one of the two before
    spec = (
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
        "./PUNCT/punct/2 Changes/NOUN/nsubj/6/change/NNS protect/VERB/ROOT/6/protect "
        "Boris/PROPN/compound/8 Orlov/PROPN/dobj/6 ./PUNCT/punct/6 "
        "”/PUNCT/punct/10 “/PUNCT/punct/13 Nothing/PRON/nsubj/13 changed/VERB/ROOT/13/change "
        ",/PUNCT/punct/13 ”/PUNCT/punct/13 he/PRON/nsubj/17 said/VERB/ccomp/13/say"
    )
    found = resolved(gaz, spec, {"0-1": "PERSON", "7-8": "PERSON"}, 16)
    assert found == ("person/ivan-petrov", True)


@pytest.mark.parametrize(
    ("noun", "ents", "expected"),
    [
        # '... said the MP of Zub': a phrase sets the noun apart, no one's going on
        ("the/DET/det/16 MP/NOUN/nsubj/14/mp/NN of/ADP/prep/16 Zub/PROPN/pobj/17",
         {"0-1": "PERSON", "18": "GPE"}, ("topic/mp-of-zub", False)),
        # '... said the Zub MP' the parser made a name of: the name's, not the last speaker
        # (names are resolved before descriptions: the description rule is not reached)
        ("the/DET/det/17 Zub/PROPN/compound/17 MP/PROPN/nsubj/14/mp/NNP",
         {"0-1": "PERSON", "16-17": "ORG"}, ("org/zub-mp", True)),
    ],
)  # fmt: skip
def test_a_speaking_description_set_apart_or_named_is_not_the_last_speaker(
    gaz, noun, ents, expected
):
    spec = DESCRIBED_SPEAKER.split(" the/DET/det/17")[0].format(verb="said", lemma="say")
    i = 16 if "/16 " in noun.split()[0] + " " else 17
    assert resolved(gaz, f"{spec} {noun}", ents, i) == expected


def speakers_we(name: str, day: str):
    """What "we" resolves to in '{name} said: "we would look at it"' read on ``day``."""
    import datetime as dt

    from kg import actorcodes

    first, last = name.split()
    spec = (
        f"{first}/PROPN/compound/1 {last}/PROPN/nsubj/2 said/VERB/ROOT/2/say :/PUNCT/punct/2 "
        '"/PUNCT/punct/6 we/PRON/nsubj/6 would/AUX/aux/6 look/VERB/ccomp/2 at/ADP/prep/6 '
        'it/PRON/pobj/7 "/PUNCT/punct/2'
    )
    doc = parse(spec, ents={"0-1": "PERSON"})
    when = dt.date.fromisoformat(day)
    res = Resolver(doc, Gazetteer.load(), codes=actorcodes.load(), when=when)
    speaker = res.resolve(phrase(doc[1])).actor
    return res.resolve(phrase(doc[5]), speaker=speaker).actor


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Bernie Ebbers", "org/worldcom"),  # "former chief executive": a past office
        ("Damian Hockney", "org/london-assembly"),  # "assembly member": a seat, no voice
    ],
)
def test_a_speakers_we_is_no_body_of_a_past_office_or_a_seat(name, body):
    assert speakers_we(name, "2005-03-01").id != body


def test_they_after_an_object_joining_actors_passes_over_a_nearer_plural_object(gaz):
    # "Acme will monitor Globex and Initech , telling rivals they comply": the plural object
    # between is the nearer
    spec = (
        "Acme/PROPN/nsubj/2 will/AUX/aux/2 monitor/VERB/ROOT/2/monitor Globex/PROPN/dobj/2 "
        "and/CCONJ/cc/3 Initech/PROPN/conj/3 ,/PUNCT/punct/2 telling/VERB/advcl/2/tell "
        "rivals/NOUN/dobj/7/rival/NNS they/PRON/nsubj/10 comply/VERB/ccomp/7/comply"
    )
    doc = parse(spec, ents={"0": "ORG", "3": "ORG", "5": "ORG"})
    found = Resolver(doc, gaz).resolve_all(phrase(doc[9]))
    assert [r.actor.id for r in found] == ["topic/rivals"]


@pytest.mark.parametrize(
    ("ent", "expected"),
    [
        ("GPE", ("topic/they", False)),  # a state by its name: its people or officials
        ("ORG", ("country/PHL", True)),  # the same name as a body's: the body rule
    ],
)
def test_they_leans_on_no_plural_subject_that_names_a_state(gaz, ent, expected):
    # "The Philippines spoke . They also left"
    spec = (
        "The/DET/det/1 Philippines/PROPN/nsubj/2/philippines/NNPS spoke/VERB/ROOT/2/speak "
        "./PUNCT/punct/2 They/PRON/nsubj/5 also/ADV/advmod/5 left/VERB/ROOT/5/leave"
    )
    assert resolved(gaz, spec, {"1": ent}, 4) == expected


def test_he_takes_no_main_subject_an_honorific_gives_the_other_gender(gaz):
    # "Mrs Zub Petrov spoke . The law stands after a court ruled on Boris Orlov . He left":
    # "Mrs" makes the main subject a woman; the nearest person stays
    spec = (
        "Mrs/PROPN/compound/2 Zub/PROPN/compound/2 Petrov/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak "
        "./PUNCT/punct/3 The/DET/det/6 law/NOUN/nsubj/7 stands/VERB/ROOT/7/stand "
        "after/SCONJ/mark/11 a/DET/det/10 court/NOUN/nsubj/11 ruled/VERB/advcl/7/rule "
        "on/ADP/prep/11 Boris/PROPN/compound/14 Orlov/PROPN/pobj/12 ./PUNCT/punct/7 "
        "He/PRON/nsubj/17 left/VERB/ROOT/17/leave"
    )
    found = resolved(gaz, spec, {"1-2": "PERSON", "13-14": "PERSON"}, 16)
    assert found == ("person/boris-orlov", True)


WANTS = "wants/VERB/acl/6/want control/NOUN/dobj/8"


@pytest.mark.parametrize(
    ("owner", "ents", "verb", "expected"),
    [
        # "The Sunday Telegraph said the LSE's plan was further evidence it wants to retain
        # control": the owner, a body, not the plan
        ("Acme/PROPN/poss/4", {"0": "ORG", "2": "ORG"}, WANTS, ("org/acme", True)),
        # a state's thing stays the thing ("Japan's economy ... as it ...")
        ("Ruritania/PROPN/poss/4", {"0": "ORG", "2": "GPE"}, WANTS, ("topic/", False)),
        # a state a copula gives is the thing's too ("Microsoft's Windows operating system is
        # heavily exploited because it is so widespread"): the thing, as before
        ("Acme/PROPN/poss/4", {"0": "ORG", "2": "ORG"},
         "is/AUX/acl/6/be widespread/ADJ/acomp/8", ("topic/", False)),
    ],
)  # fmt: skip
def test_it_under_a_thing_a_body_owns_is_the_owner(gaz, owner, ents, verb, expected):
    # "Globex said {owner}'s plan was evidence it {verb}"
    spec = (
        f"Globex/PROPN/nsubj/1 said/VERB/ROOT/1/say {owner} 's/PART/case/2 "
        f"plan/NOUN/nsubj/5//NN was/AUX/ccomp/1/be evidence/NOUN/attr/5 it/PRON/nsubj/8 {verb}"
    )
    found = resolved(gaz, spec, ents, 7)
    assert found is not None and found[1] == expected[1]
    assert found[0].startswith(expected[0])


@pytest.mark.parametrize(
    ("name", "day", "party"),
    [
        # a shadow minister of 2003-05: "we will give you every support" is the party
        ("David Davis", "2005-03-01", True),
        ("Tim Collins", "2005-03-01", True),
        ("Tim Collins", "2005-06-01", False),  # no seat, no office after the election
        ("Oliver Letwin", "2003-06-01", False),  # before Michael Howard's front bench
    ],
)
def test_a_shadow_ministers_we_is_the_party_the_office_table_gives(name, day, party):
    assert (speakers_we(name, day).label == "Conservative Party") is party


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Ivan Petrov said it . Prices rose . Prices fell . Boris Orlov has failed , he
        # claimed": Orlov is what "he" says, so not "he"; the voice goes on from the man who
        # spoke three sentences before
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Prices/NOUN/nsubj/6/price/NNS rose/VERB/ROOT/6/rise "
            "./PUNCT/punct/6 Prices/NOUN/nsubj/9/price/NNS fell/VERB/ROOT/9/fall "
            "./PUNCT/punct/9 Boris/PROPN/compound/12 Orlov/PROPN/nsubj/14 has/AUX/aux/14 "
            "failed/VERB/ccomp/17/fail ,/PUNCT/punct/17 he/PRON/nsubj/17 "
            "claimed/VERB/ROOT/17/claim",
            {"0-1": "PERSON", "11-12": "PERSON"},
            16,
            "person/ivan-petrov",
        ),
        # "Ivan Petrov said it . Boris Orlov , he said , erred": the frame hung on the clause
        # said ("said" its parataxis), whose subject is no clause above the pronoun's
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Boris/PROPN/compound/6 Orlov/PROPN/nsubj/11 ,/PUNCT/punct/11 "
            "he/PRON/nsubj/9 said/VERB/parataxis/11/say ,/PUNCT/punct/11 erred/VERB/ROOT/11/err",
            {"0-1": "PERSON", "5-6": "PERSON"},
            8,
            "person/ivan-petrov",
        ),
        # "Ivan Petrov left . Boris Orlov has failed , he claimed": no one spoke before; the
        # nearest other man named
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 left/VERB/ROOT/2/leave ./PUNCT/punct/2 "
            "Boris/PROPN/compound/5 Orlov/PROPN/nsubj/7 has/AUX/aux/7 failed/VERB/ccomp/10/fail "
            ",/PUNCT/punct/10 he/PRON/nsubj/10 claimed/VERB/ROOT/10/claim",
            {"0-1": "PERSON", "4-5": "PERSON"},
            9,
            "person/ivan-petrov",
        ),
        # "Ivan Petrov said it . Boris Orlov left . Prices rose . Prices fell , he claimed":
        # Orlov is not in what "he" says: the nearest name, no reaching back past two sentences
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Boris/PROPN/compound/6 Orlov/PROPN/nsubj/7 left/VERB/ROOT/7/leave "
            "./PUNCT/punct/7 Prices/NOUN/nsubj/10/price/NNS rose/VERB/ROOT/10/rise "
            "./PUNCT/punct/10 Prices/NOUN/nsubj/13/price/NNS fell/VERB/ccomp/16/fall "
            ",/PUNCT/punct/16 he/PRON/nsubj/16 claimed/VERB/ROOT/16/claim",
            {"0-1": "PERSON", "5-6": "PERSON"},
            15,
            "person/boris-orlov",
        ),
        # "Ivan Petrov said it . Prices rose . Prices fell . Boris Orlov has failed - he
        # claimed": no comma sets a frame off, so no words said before it: Orlov, as before
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Prices/NOUN/nsubj/6/price/NNS rose/VERB/ROOT/6/rise "
            "./PUNCT/punct/6 Prices/NOUN/nsubj/9/price/NNS fell/VERB/ROOT/9/fall "
            "./PUNCT/punct/9 Boris/PROPN/compound/12 Orlov/PROPN/nsubj/14 has/AUX/aux/14 "
            "failed/VERB/ccomp/17/fail -/PUNCT/punct/17 he/PRON/nsubj/17 "
            "claimed/VERB/ROOT/17/claim",
            {"0-1": "PERSON", "11-12": "PERSON"},
            16,
            "person/boris-orlov",
        ),
        # "Ivan Petrov said it . Prices rose . Prices fell . Boris Orlov said it , he claimed":
        # a speaker in the words before the frame (a sentence the parser ran on) is a voice,
        # not what is talked of: Orlov, as before
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Prices/NOUN/nsubj/6/price/NNS rose/VERB/ROOT/6/rise "
            "./PUNCT/punct/6 Prices/NOUN/nsubj/9/price/NNS fell/VERB/ROOT/9/fall "
            "./PUNCT/punct/9 Boris/PROPN/compound/12 Orlov/PROPN/nsubj/13 said/VERB/ccomp/17/say "
            "it/PRON/dobj/13 ,/PUNCT/punct/17 he/PRON/nsubj/17 claimed/VERB/ROOT/17/claim",
            {"0-1": "PERSON", "11-12": "PERSON"},
            16,
            "person/boris-orlov",
        ),
        # "... . Prices fell . said Boris Orlov erred , he claimed": the parser ran a frame
        # ("said Boris Orlov") into the words said; a name just after a speech verb is a voice
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 said/VERB/ROOT/2/say it/PRON/dobj/2 "
            "./PUNCT/punct/2 Prices/NOUN/nsubj/6/price/NNS rose/VERB/ROOT/6/rise "
            "./PUNCT/punct/6 Prices/NOUN/nsubj/9/price/NNS fell/VERB/ROOT/9/fall "
            "./PUNCT/punct/9 said/VERB/ccomp/17/say Boris/PROPN/compound/13 "
            "Orlov/PROPN/nsubj/14 erred/VERB/ccomp/17/err ,/PUNCT/punct/17 he/PRON/nsubj/17 "
            "claimed/VERB/ROOT/17/claim",
            {"0-1": "PERSON", "12-13": "PERSON"},
            16,
            "person/boris-orlov",
        ),
        # "Ivan Petrov left . Boris Orlov said he erred": "erred" hangs on "said", but "he"
        # is the speaker's own clause's subject, no frame: Orlov, as before
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 left/VERB/ROOT/2/leave ./PUNCT/punct/2 "
            "Boris/PROPN/compound/5 Orlov/PROPN/nsubj/6 said/VERB/ROOT/6/say "
            "he/PRON/nsubj/8 erred/VERB/ccomp/6/err",
            {"0-1": "PERSON", "4-5": "PERSON"},
            7,
            "person/boris-orlov",
        ),
        # "Ivan Petrov left . Acme has failed , it said": a body's "it" in news style is the
        # body named in what it says
        (
            "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 left/VERB/ROOT/2/leave ./PUNCT/punct/2 "
            "Acme/PROPN/nsubj/6 has/AUX/aux/6 failed/VERB/ccomp/9/fail ,/PUNCT/punct/9 "
            "it/PRON/nsubj/9 said/VERB/ROOT/9/say",
            {"0-1": "PERSON", "4": "ORG"},
            8,
            "org/acme",
        ),
    ],
)
def test_a_speaking_he_is_not_a_person_named_in_what_he_says(gaz, spec, ents, i, expected):
    assert resolved(gaz, spec, ents, i) == (expected, True)


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        # "Acme spoke . It would be a campaign": the campaign, no actor
        ("campaign", ("topic/campaign", False)),
        # "It would be a member": a person or a group in some sense, so maybe Acme
        ("member", ("org/acme", True)),
        ("supplier", ("org/acme", True)),
        ("partner", ("org/acme", True)),
        ("rival", ("org/acme", True)),
        ("leader", ("org/acme", True)),
        ("nation", ("org/acme", True)),
        # a person only in a rare sense (WordNet's fourth of "success"): the thing
        ("success", ("topic/success", False)),
        ("failure", ("topic/failure", False)),
    ],
)
def test_it_a_copula_says_is_a_noun_of_no_body_is_that_thing(gaz, noun, expected):
    spec = (
        "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 It/PRON/nsubj/5 "
        f"would/AUX/aux/5 be/AUX/ROOT/5/be a/DET/det/7 {noun}/NOUN/attr/5"
    )
    assert resolved(gaz, spec, {"0": "ORG"}, 3) == expected


#: "Ivan Petrov erred once he saw it , said Boris Orlov": "he" hangs on Petrov's clause.
NEARER = (
    "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 erred/VERB/ccomp/8/err once/SCONJ/mark/5 "
    "he/PRON/nsubj/5 saw/VERB/advcl/2/see it/PRON/dobj/5 ,/PUNCT/punct/8 "
    "said/VERB/ROOT/8/say Boris/PROPN/compound/10 Orlov/PROPN/nsubj/8"
)


@pytest.mark.parametrize(
    ("ents", "expected"),
    [
        ({"0-1": "PERSON", "9-10": "PERSON"}, "person/ivan-petrov"),  # the clause's man
        ({"9-10": "PERSON"}, "person/boris-orlov"),  # no person named there: the speaker
    ],
)
def test_he_in_what_a_speaker_says_is_the_man_of_the_clause_it_hangs_on(gaz, ents, expected):
    found = resolved(gaz, NEARER, ents, 4, speaker_at=10)
    assert found == (expected, True)
