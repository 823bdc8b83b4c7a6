"""Who a document speaks for: "the council's ruling said ...", "a statement issued on behalf
of Robert Zoellick said ...", "a report by the Electoral Commission found ...".

A document that is a clause's subject (``document_nouns``: a report, a statement, a ruling)
says what its issuer says, as a spokesman speaks for a body, and news names the issuer in the
same phrase: its possessor, or an agent phrase ("by", "from", "on behalf of"). Event coders
take that issuer as the source; kg resolves the subject to it (a name before the noun, "a UN
report", is the resolver's already). A document whose phrase names no issuer stays a topic:
no guess from the text around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.pronouns import SUBJECTS
from kg.extract.words import vocabulary

#: Prepositions whose object issued the document they follow ("a report by", "a statement
#: from"), and the noun of "on behalf of".
BY = frozenset({"by", "from"})
BEHALF = "behalf"
#: Entity types of places, where a document comes from rather than who issued it.
PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types of times, which issue nothing ("a report from last year").
TIMES = frozenset({"DATE", "TIME"})


def issuer(tok: Token) -> Token | None:
    """The head of the phrase that names who issued the document ``tok`` is, when it is the
    subject of a verb of saying (``reporting_verbs``, ``speech_acts``,
    ``verbal_attack_verbs``: "the report said", "a statement urged"; not "the inquiry sparked
    debate", "the statement comes a day after"), or None (no document, no speech, or no
    issuer named in its phrase)."""
    words = vocabulary()
    if tok.dep_ not in SUBJECTS or tok.lemma_.lower() not in words.document_nouns:
        return None
    verb = tok.head.lemma_.lower()
    if not (verb in words.reporting_verbs or verb in words.speech_acts
            or verb in words.verbal_attack_verbs):  # fmt: skip
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    heads = {tok.i, *(c.i for c in tok.children if c.dep_ == "acl")}  # "issued by", "released"
    for t in tok.subtree:
        if t.dep_ == "pobj" and _names_issuer(t, heads):
            return t
    return None


def _names_issuer(obj: Token, heads: set[int]) -> bool:
    """Whether a preposition's object issued the document: "by X", "from X" (a body or
    person: "reports from Russia" come from a place, "a report from last year" from a time),
    "on behalf of X"; the preposition hangs on the document or its participle (``heads``:
    "a report on attacks by the Taliban" was not issued by the Taliban)."""
    prep = obj.head
    word = prep.lower_
    if word in BY:
        return prep.head.i in heads and obj.ent_type_ not in PLACES | TIMES
    behalf = prep.head
    return word == "of" and behalf.lower_ == BEHALF and behalf.head.head.i in heads
