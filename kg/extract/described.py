"""A description in apposition to a name, or its predicate after "be", "become" or "serve as",
is the named actor.

"Stanley Fischer, vice chairman of banking giant Citigroup" and "Russia is now a net creditor":
the description says what the subject is, and names no one else. The statement stays ("X | is |
<description>": what an actor is, admitted as before), its object is the subject's actor, so
the description is one node with its name, not a topic of its own. So with a verb of
being or becoming ("Mr Ghosn will remain chief executive", "is to become chairman of Renault")
or of holding a role "as" ("Mr Shiga will serve as Mr Ghosn's deputy"): the noun is what the
subject is or comes to be. Applied after admission
and confidence (:func:`kg.extract.statements.article_statements`): both read the statement as
it was, with the description a topic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.descriptions import personal
from kg.extract.pronouns import SUBJECTS
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
#: Dependencies of a noun that is a verb's predicate ("remain chief executive": the parser
#: makes it an attribute, an object predicate or a direct object).
PREDICATE_DEPS = frozenset({"attr", "oprd", "dobj"})
#: How the object of a described statement is resolved (``object_resolution``).
DESCRIBED = "described"


def describes_subject(ext: Extraction, doc: Doc, words: Words) -> bool:
    """Whether ``ext`` is an apposition or a copula with "be", or an active verb of becoming or
    of a role (:func:`becomes`), not negated, whose object is a
    singular common noun of someone or a title in capitals (:func:`_capital_role`), not an
    abstraction or a figure by WordNet's lists, nor a token with no letter ("the vice" and
    "-" of a split "vice-chairman"; "a co-chairman" is one), with no content clause under
    it and no word that sets it apart from the subject (``apart_words``: "Vodafone ...
    Britain's other big mobile phone operator")."""
    if ext.negated or ext.object is None:
        return False
    if not ((ext.pattern in PATTERNS and ext.lemma == "be") or becomes(ext, doc, words)):
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


def becomes(ext: Extraction, doc: Doc, words: Words) -> bool:
    """Whether an active extraction's object is its verb's predicate noun, the verb one of
    being or becoming (``becoming_verbs``: "will remain chief executive", "is to become
    chairman"), or the noun of its "as" phrase, the verb one of holding a role or of becoming
    (``as_role_verbs``: "will serve as Mr Ghosn's deputy", "is acting as an adviser"), or a
    noun joined to either ("chairman and chief executive"); not "continue talks", "works with
    the firm". The subject must be the verb's own (a subject's dependency): one an
    infinitive borrows from an object is often a misreading ("China overtook the US to become
    Japan's biggest trading partner")."""
    if ext.pattern != "svo" or ext.passive or ext.object is None:
        return False
    if doc[ext.subject.root].dep_ not in SUBJECTS:
        return False  # "China overtook the US to become Japan's biggest partner": not the US
    verb, head = doc[ext.trigger], doc[ext.object.root]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "chief executive" of "become chairman and chief executive"
    lemma = verb.lemma_.lower()
    if head.head.i == verb.i and head.dep_ in PREDICATE_DEPS:
        return lemma in words.becoming_verbs
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "as"
        and prep.head.i == verb.i
        and (lemma in words.as_role_verbs or lemma in words.becoming_verbs)
    )


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


def a_role_of(st: Statement) -> bool:
    """Whether a statement's subject is a person and its object an organisation, which kg read
    from the object's owner or "of" phrase ("Helmut Panke, BMW's group chief executive": BMW;
    "Mr Mates is a member of the committee": the committee); the caller has found the object's
    noun a person's, so it is the subject's role, the person."""
    return st.subject_type == "Person" and st.object_type == "Organization"


def person_noun(tok: Token, words: Words) -> bool:
    """Whether a description's noun is one person's: an office or spokesperson
    (:func:`kg.extract.descriptions.personal`), a firm's officer ("group chief executive":
    ``firm_officer_nouns``) or a noun of people (``party_nouns``: "a member")."""
    lemma = tok.lemma_.lower()
    return personal(tok) or lemma in words.firm_officer_nouns or lemma in words.party_nouns


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
