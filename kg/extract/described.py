"""A description in apposition to a name, or its predicate after "be", is the named actor.

"Stanley Fischer, vice chairman of banking giant Citigroup" and "Russia is now a net creditor":
the description says what the subject is, and names no one else. The statement stays ("X | is |
<description>": what an actor is, admitted as before), its object is the subject's actor, so
the description is one node with its name, not a topic of its own. Applied after admission
and confidence (:func:`kg.extract.statements.article_statements`): both read the statement as
it was, with the description a topic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.records import Extraction
from kg.extract.wordnet import abstract_nouns, figure_nouns
from kg.extract.words import Words
from kg.model import ACTOR_TYPES, Actor, Statement

#: The patterns of an "X is Y" the description rule reads.
PATTERNS = frozenset({"appos", "copula"})
#: The tag of a singular common noun: a description of one ("economist at ING Barings"), not
#: a name ("ERAA"), a plural ("The other two major ratings agencies") or a number ("one of").
SINGULAR_NOUN = "NN"
#: Dependents of a clause under the description's noun: a content clause ("the case that
#: ...", marked by "that" or "whether") says what a thing is, not who someone is; a relative
#: clause ("a lawyer representing ...", "the company which went bust") is still a role's.
CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl"})
#: How the object of a described statement is resolved (``object_resolution``).
DESCRIBED = "described"


def describes_subject(ext: Extraction, doc: Doc, words: Words) -> bool:
    """Whether ``ext`` is an apposition or a copula with "be", not negated, whose object is a
    singular common noun of someone or a title in capitals (:func:`_capital_role`), not an
    abstraction or a figure by WordNet's lists, nor a token with no letter ("the vice" and
    "-" of a split "vice-chairman"; "a co-chairman" is one), with no content clause under
    it and no word that sets it apart from the subject (``apart_words``: "Vodafone ...
    Britain's other big mobile phone operator")."""
    if ext.pattern not in PATTERNS or ext.lemma != "be" or ext.negated or ext.object is None:
        return False
    head = doc[ext.object.root]
    if not (head.tag_ == SINGULAR_NOUN or _capital_role(head, words)):
        return False
    if not any(ch.isalpha() for ch in head.text):
        return False
    lemma = head.lemma_.lower()
    if lemma in abstract_nouns() or lemma in figure_nouns():
        return False  # "a Holcim statement", "the latest hefty donation", "the vice"
    if any(c.dep_ in CLAUSE_DEPS and _marked(c) for c in head.children):
        return False  # "the case that markets have been tougher", "no wonder that ..."
    return not any(t.lower_ in words.apart_words for t in head.lefts)


def as_subject(st: Statement) -> Statement:
    """``st`` with its object the subject's actor (IRI, label, type, country, code, role),
    resolved as :data:`DESCRIBED`; the object's text, span and admission stay."""
    return replace(
        st,
        object_id=st.subject_id,
        object_label=st.subject_label,
        object_type=st.subject_type,
        object_country=st.subject_country,
        object_code=st.subject_code,
        object_role=st.subject_role,
        object_resolution=DESCRIBED,
    )


def described(st: Statement) -> bool:
    """Whether a statement's object may be read as its subject: a topic, the subject an
    actor ("Stanley Fischer | is | vice chairman of Citigroup": yes; "the sale | is | the
    swindle of the century", whose subject is no actor: no)."""
    return st.object_type == "Topic" and st.subject_type in ACTOR_TYPES


def unused_topics(
    actors: dict[str, Actor], statements: Iterable[Statement], *, left: set[str]
) -> list[str]:
    """Keys of the topics of ``left`` (IRIs of descriptions now their subjects') that no
    statement names any longer."""
    used: set[str | None] = set()
    for st in statements:
        used.update((st.subject_id, st.object_id, st.agent_id, st.recipient_id,
                     st.attributed_to, *st.object_mentions))  # fmt: skip
    return [k for k, a in actors.items() if a.iri in left and a.iri not in used]


def _marked(clause: Token) -> bool:
    """Whether a clause has a subordinating mark ("that", "whether"): a content clause."""
    return any(c.dep_ == "mark" for c in clause.children)


def _capital_role(head: Token, words: Words) -> bool:
    """Whether a head the parser took for a name is a title or a member's noun written in
    capitals after a determiner ("a Republican Senator", "the MP for Grantham")."""
    role = head.lower_ in words.titles or head.lower_ in words.member_nouns
    return head.tag_ == "NNP" and role and any(c.dep_ == "det" for c in head.children)
