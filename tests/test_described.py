"""A description in apposition to a name, or after "X is", is the named actor (kg.extract.
described), on hand-built parses through article_statements."""

from __future__ import annotations

import pytest
from factories import actor_statement, parse

from kg.extract.described import DESCRIBED, person_noun, unused_topics
from kg.extract.statements import Knowledge, article_statements
from kg.extract.words import vocabulary
from kg.model import Actor, Article

#: "Stanley Fischer, economist at Citigroup, resigned ."
FISCHER = (
    "Stanley/PROPN/compound/1 Fischer/PROPN/nsubj/7 ,/PUNCT/punct/1 {noun} at/ADP/prep/3 "
    "Citigroup/PROPN/pobj/4 ,/PUNCT/punct/1 resigned/VERB/ROOT/7/resign ./PUNCT/punct/7"
)
FISCHER_ENTS = {"0-1": "PERSON", "5": "ORG"}


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge()


def _run(knowledge, spec: str, ents: dict[str, str]):
    doc = parse(spec, ents=ents)
    article = Article(id="t", text=doc.text, source="t")
    return article_statements(doc, article, knowledge)


def _is(statements):
    return [st for st in statements if st.relation_lemma == "be"]


def test_a_description_in_apposition_is_the_named_person(knowledge):
    _, statements, actors = _run(knowledge, FISCHER.format(noun="economist/NOUN/appos/1"),
                                 FISCHER_ENTS)  # fmt: skip
    (st,) = _is(statements)
    assert (st.subject_label, st.object, st.object_label) == (
        "Stanley Fischer",
        "economist at Citigroup",
        "Stanley Fischer",
    )
    assert st.object_id == st.subject_id and st.object_type == "Person"
    assert st.object_resolution == DESCRIBED
    assert not [a for a in actors.values() if a.label == "economist at Citigroup"]


def test_a_described_statement_keeps_its_admission(knowledge):
    """Admission reads the statement as before, the description a topic: what an actor is."""
    _, statements, _ = _run(knowledge, FISCHER.format(noun="economist/NOUN/appos/1"),
                            FISCHER_ENTS)  # fmt: skip
    (st,) = _is(statements)
    assert st.admitted


def test_a_hyphenated_description_is_the_named_person(knowledge):
    _, statements, _ = _run(knowledge, FISCHER.format(noun="co-chairman/NOUN/appos/1"),
                            FISCHER_ENTS)  # fmt: skip
    (st,) = _is(statements)
    assert st.object_label == "Stanley Fischer"


def test_a_predicate_after_be_is_the_subject(knowledge):
    # "Russia is a creditor ."
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/1 is/AUX/ROOT/1/be a/DET/det/3 creditor/NOUN/attr/1 ./PUNCT/punct/1",
        {"0": "GPE"},
    )
    (st,) = _is(statements)
    assert (st.object, st.object_label, st.object_country) == ("a creditor", "Russia", "RUS")


@pytest.mark.parametrize(
    "noun",
    [
        "economists/NOUN/appos/1//NNS",  # a plural: not one person
        "CBI/PROPN/appos/1",  # a name, not a description
    ],
)
def test_no_plural_or_name_is_read_as_the_subject(knowledge, noun):
    _, statements, _ = _run(knowledge, FISCHER.format(noun=noun), FISCHER_ENTS)
    assert all(st.object_resolution != DESCRIBED for st in statements)


@pytest.mark.parametrize(
    ("noun", "ents"),
    [
        ("statement/NOUN/appos/1", {}),  # an abstraction: "Ambuja Cement, a Holcim statement"
        ("-/NOUN/appos/1", {}),  # no word: a piece of a split "vice-chairman"
    ],
)
def test_no_abstraction_or_piece_is_read_as_the_subject(knowledge, noun, ents):
    _, statements, _ = _run(knowledge, FISCHER.format(noun=noun), FISCHER_ENTS | ents)
    (st,) = _is(statements)
    assert st.object_resolution != DESCRIBED


def test_a_noun_with_a_content_clause_is_not_the_subject(knowledge):
    # "Russia is the case that prices rose ."
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/1 is/AUX/ROOT/1/be the/DET/det/3 case/NOUN/attr/1 that/SCONJ/mark/6 "
        "prices/NOUN/nsubj/6/price/NNS rose/VERB/acl/3/rise ./PUNCT/punct/1",
        {"0": "GPE"},
    )
    (st,) = _is(statements)
    assert st.object_resolution != DESCRIBED


def test_a_description_set_apart_is_someone_else(knowledge):
    # "Vodafone , Britain 's other operator , fell ."
    _, statements, _ = _run(
        knowledge,
        "Vodafone/PROPN/nsubj/7 ,/PUNCT/punct/0 Britain/PROPN/poss/5 's/PART/case/2 "
        "other/ADJ/amod/5 operator/NOUN/appos/0 ,/PUNCT/punct/0 fell/VERB/ROOT/7/fall "
        "./PUNCT/punct/7",
        {"0": "ORG", "2": "GPE"},
    )
    (st,) = _is(statements)
    assert st.object_type == "Topic" and st.object_resolution != DESCRIBED


def test_a_negated_predicate_is_not_the_subject(knowledge):
    # "Russia is not a creditor ."
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/1 is/AUX/ROOT/1/be not/PART/neg/1 a/DET/det/4 "
        "creditor/NOUN/attr/1 ./PUNCT/punct/1",
        {"0": "GPE"},
    )
    assert all(st.object_resolution != DESCRIBED for st in statements)


def test_only_topics_left_unnamed_are_dropped():
    kept, gone, other = (Actor(f"topic/{k}", k, "Topic") for k in ("kept", "gone", "other"))
    actors = {a.id: a for a in (kept, gone, other)}

    named = actor_statement(kept)
    assert unused_topics(actors, [named], left={kept.iri, gone.iri}) == ["topic/gone"]


def test_a_noun_with_a_relative_clause_is_the_subject(knowledge):
    # "Russia is a creditor that lends ."
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/1 is/AUX/ROOT/1/be a/DET/det/3 creditor/NOUN/attr/1 "
        "that/PRON/nsubj/5 lends/VERB/relcl/3/lend ./PUNCT/punct/1",
        {"0": "GPE"},
    )
    (st,) = _is(statements)
    assert st.object_resolution == DESCRIBED


@pytest.mark.parametrize(
    ("before", "described"), [("a/DET/det/5", True), ("Arizona/PROPN/compound/5", False)]
)
def test_a_title_in_capitals_after_a_determiner_is_the_named_person(knowledge, before, described):
    # "John McCain , a Republican Senator , said ."
    _, statements, _ = _run(
        knowledge,
        f"John/PROPN/compound/1 McCain/PROPN/nsubj/7 ,/PUNCT/punct/1 {before} "
        "Republican/PROPN/compound/5 Senator/PROPN/appos/1 ,/PUNCT/punct/1 "
        "said/VERB/ROOT/7/say ./PUNCT/punct/7",
        {"0-1": "PERSON", "4": "NORP"},
    )
    (st,) = _is(statements)
    assert (st.object_resolution == DESCRIBED) is described


def _of(statements, text: str):
    return [st for st in statements if st.object == text]


@pytest.mark.parametrize(
    ("verb", "described"),
    [
        ("remain/VERB/ROOT/2/remain", True),  # a verb of being (``becoming_verbs``)
        ("become/VERB/ROOT/2/become", True),
        ("continue/VERB/ROOT/2/continue", False),  # "continue a programme": a role only with "as"
        ("lend/VERB/ROOT/2/lend", False),  # no verb of being
    ],
)
def test_a_predicate_after_a_verb_of_becoming_is_the_subject(knowledge, verb, described):
    # "Russia will remain a creditor ."
    _, statements, _ = _run(
        knowledge,
        f"Russia/PROPN/nsubj/2 will/AUX/aux/2 {verb} a/DET/det/4 "
        f"creditor/NOUN/{'attr' if described else 'dobj'}/2 ./PUNCT/punct/2",
        {"0": "GPE"},
    )
    (st,) = _of(statements, "a creditor")
    assert (st.object_resolution == DESCRIBED) is described
    assert (st.object_label == "Russia") is described


@pytest.mark.parametrize(
    ("verb", "described"),
    [
        ("served/VERB/ROOT/1/serve", True),  # a verb of a role (``as_role_verbs``)
        ("acted/VERB/ROOT/1/act", True),
        ("remained/VERB/ROOT/1/remain", True),  # "remain as": a verb of being too
        ("sold/VERB/ROOT/1/sell", False),  # "sold it as a creditor": no role of the subject
    ],
)
def test_a_role_after_as_is_the_subject(knowledge, verb, described):
    # "Russia served as a creditor ."
    _, statements, _ = _run(
        knowledge,
        f"Russia/PROPN/nsubj/1 {verb} as/ADP/prep/1 a/DET/det/4 creditor/NOUN/pobj/2 "
        "./PUNCT/punct/1",
        {"0": "GPE"},
    )
    found = _of(statements, "a creditor")
    assert any(st.object_resolution == DESCRIBED for st in found) is described


def test_a_noun_joined_to_the_predicate_is_the_subject(knowledge):
    # "Russia will become a creditor and lender ."
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/2 will/AUX/aux/2 become/VERB/ROOT/2/become a/DET/det/4 "
        "creditor/NOUN/attr/2 and/CCONJ/cc/4 lender/NOUN/conj/4 ./PUNCT/punct/2",
        {"0": "GPE"},
    )
    lender = [st for st in statements if st.object in ("lender", "a lender")]
    assert lender and all(st.object_label == "Russia" for st in lender)


def test_a_subject_borrowed_from_an_object_is_not_described(knowledge):
    # "Russia overtook Britain to become a creditor ." (kg reads Britain as the subject of "to
    # become", as it did "China overtook the US to become Japan's biggest trading partner")
    _, statements, _ = _run(
        knowledge,
        "Russia/PROPN/nsubj/1 overtook/VERB/ROOT/1/overtake Britain/PROPN/dobj/1 "
        "to/PART/aux/4 become/VERB/xcomp/1/become a/DET/det/6 creditor/NOUN/attr/4 "
        "./PUNCT/punct/1",
        {"0": "GPE", "2": "GPE"},
    )
    found = _of(statements, "a creditor")
    assert found and all(st.object_label != "United Kingdom" for st in found)


@pytest.mark.parametrize(
    "noun",
    [
        "executive/NOUN/appos/1",  # a firm's officer (``firm_officer_nouns``)
        "chairman/NOUN/appos/1",
        "spokesman/NOUN/appos/1",  # a spokesperson
    ],
)
def test_a_person_s_noun_read_as_its_owner_is_the_named_person(knowledge, noun):
    # "Stanley Fischer , Citigroup 's executive , resigned ." (kg reads the noun as Citigroup)
    _, statements, _ = _run(
        knowledge,
        "Stanley/PROPN/compound/1 Fischer/PROPN/nsubj/7 ,/PUNCT/punct/1 Citigroup/PROPN/poss/5 "
        f"'s/PART/case/3 {noun} ,/PUNCT/punct/1 resigned/VERB/ROOT/7/resign ./PUNCT/punct/7",
        {"0-1": "PERSON", "3": "ORG"},
    )
    (st,) = _is(statements)
    assert (st.object_label, st.object_type) == ("Stanley Fischer", "Person")


@pytest.mark.parametrize(
    ("noun", "person"),
    [("executive", True), ("chairman", True), ("member", True), ("spokesman", True),
     ("firm", False), ("unit", False), ("statement", False)],
)  # fmt: skip
def test_a_person_noun_is_one_person_s(noun, person):
    doc = parse(f"the/DET/det/1 {noun}/NOUN/ROOT/1")
    assert person_noun(doc[1], vocabulary()) is person
