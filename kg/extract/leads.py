"""A news lead's description named in the next sentence: "A former Home Office minister has
called for ... . Barbara Roche said ...", "An Iranian weblogger has been jailed ... . Arash
Sigarchi ...", "US oil giant Exxon ...". A story's first sentences often introduce its actor by
a description and name them in the sentence after; the description is that named actor when
it is the subject of one of the story's first sentences, its noun is a person's role (a title,
a Phoenix role noun) or a company's (``company_nouns``), and the next sentence's subject is a
name of that kind. An object of a lead's verb ("Israel has asked a US banker to ... . Stanley
Fischer ... has agreed") is so too, when the name is new there (not one the story named before
that sentence) and, for a person, its noun names one person (:func:`_named_role`). Not "the
president": a definite office is :mod:`kg.extract.offices`'s.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.actorcodes import ActorCodes
from kg.extract.names import Names
from kg.extract.offices import Positions, is_definite, is_office_noun
from kg.extract.parse import parse_of
from kg.extract.pronouns import SUBJECTS
from kg.extract.words import vocabulary
from kg.model import Actor

#: How many sentences from the story's start a lead description may be in (the headline,
#: the lead, the sentence after it).
LEAD_SENTENCES = 3
#: Dependents of a description's noun that are part of the role it gives ("top civil servant").
ROLE_DEPS = frozenset({"amod", "compound"})
#: Parts of speech of a lead's verb, whose prepositional object may be its description.
VERBS = frozenset({"VERB", "AUX"})
#: The sector of kg's sector nouns that are private people when no company's noun
#: (``company_nouns``) says they are a firm ("banker", "tycoon").
PRIVATE = "business"


def named_after(tok: Token, names: Names, positions: Positions) -> Actor | None:
    """The actor the subject of the sentence after ``tok``'s names, when ``tok`` is a lead's
    description of a person or company that is a subject (see the module), or an object that
    actor is first named by (:func:`_lead_role`), of the country the description gives, if
    it gives one ("US oil giant"); else None."""
    p = parse_of(tok.doc)
    if p.tag[tok.i] not in {"NN", "NNP"} or not _in_lead(p.sent_start, tok.i):
        return None  # the cheap checks first: this asks for every mention of every article
    role = _lead_role(tok)
    if role is None:
        return None
    kind = _kind(tok, names.codes)
    if kind is None or (role == "object" and kind == "Person" and not _named_role(tok)):
        return None
    if is_definite(tok) and is_office_noun(tok):
        return None  # "the president": its holder is the offices' rules' to find
    owner = names.owner(tok)
    country = owner.country if owner is not None else None
    following = next((j for j in range(tok.i + 1, len(p.sent_start)) if p.sent_start[j] == j), None)
    if following is None:
        return None
    for i, actor in positions:
        if p.sent_start[i] == following and p.dep[i] in SUBJECTS and actor.type == kind:
            if role == "object" and any(a.id == actor.id for j, a in positions if j < following):
                return None  # "X has criticised a union leader. Mr X said": X, not the leader
            return _described(actor, tok) if country in (None, actor.country) else None
        if p.sent_start[i] > following:
            break
    return None


#: Dependencies of a lead's object description ("has asked a US banker", "is to pay $1m to
#: the ex-finance chief").
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _lead_role(tok: Token) -> str | None:
    """ "subject" or "object" for a description a lead may name in the next sentence: a
    subject, or an object (a conjunct of one: "a US banker and former IMF director") whose
    actor must be one the story names there for the first time ("Israel has asked a US banker
    ... . Stanley Fischer ... has agreed"); else None."""
    if tok.dep_ in SUBJECTS:
        return "subject"
    head = tok.head if tok.dep_ == "conj" else tok
    if head.dep_ not in OBJECT_DEPS or not any(c.dep_ == "det" for c in head.children):
        return None  # "Tories would cut number of MPs": a headline's bare noun
    if head.dep_ == "pobj" and head.head.head.pos_ not in VERBS:
        return None  # "a number of ministers": of a noun, not of the lead's verb
    return "object"


def _named_role(tok: Token) -> bool:
    """Whether a lead's object names a person by what one person is (an office, a business
    person: "banker", ``person_nouns``, ``described_person_nouns``), not only by a Phoenix
    role noun, which bodies have too ("named by a leading business magazine")."""
    words = vocabulary()
    lemma = words.title_synonyms.get(tok.lemma_.lower(), tok.lemma_.lower())
    return (
        is_office_noun(tok)
        or words.sector_nouns.get(lemma) == PRIVATE
        or lemma in words.person_nouns
        or lemma in words.described_person_nouns
    )


def _described(actor: Actor, tok: Token) -> Actor:
    """The named actor with the role the description gives, when it has none of its own ("The
    top civil servant at the centre of ...": a civil servant, GBRGOV; the sector is the
    description's, for this mention and, by :mod:`kg.extract.settled`, the article's); not
    a past one's ("A former Home Office minister": ``past_title_words``)."""
    if actor.role or actor.sector:
        return actor
    words = [c.lower_ for c in tok.lefts if c.dep_ in ROLE_DEPS and not c.ent_type_]
    if any(w in vocabulary().past_title_words for w in words):
        return actor  # "a former minister": no office now, whatever the sector was
    return replace(actor, role=" ".join([*words, tok.lower_]))


def _in_lead(sent_start: tuple[int, ...], i: int) -> bool:
    """Whether token ``i`` is in one of the story's first :data:`LEAD_SENTENCES` sentences."""
    start = sent_start[i]
    for _ in range(LEAD_SENTENCES - 1):
        if start == 0:
            return True
        start = sent_start[start - 1]
    return start == 0


def _kind(tok: Token, codes: ActorCodes | None) -> str | None:
    """The kind of actor a description's noun names: a person's role ("minister", "civil
    servant", a business person: "banker"), a company ("firm", "giant"), else None."""
    words = vocabulary()
    lemma = words.title_synonyms.get(tok.lemma_.lower(), tok.lemma_.lower())  # "weblogger"
    if lemma in words.company_nouns:
        return "Organization"
    if lemma in words.organisation_nouns or lemma in words.group_nouns:
        return None  # "the government", "the army": no one person
    before = tok.doc[tok.i - 1].lower_ + " " if tok.i else ""
    agent = codes.agent(before + lemma) or codes.agent(lemma) if codes is not None else None
    private = words.sector_nouns.get(lemma) == PRIVATE  # "banker", "tycoon"
    if is_office_noun(tok) or private or (agent is not None and not agent.before):
        return "Person"
    return None
