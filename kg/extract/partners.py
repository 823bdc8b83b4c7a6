"""Talks are held between actors (PLOVER's Consult): a politician who meets voters, talks to
people or visits shoppers campaigns, and consults no one (issue 19). The public
(``public_nouns``: "people", "voters", "members of the public") is no partner.

A call (``call_verbs``) is a Consult only of someone called: "have called for the ban to be
lifted" (a "for" clause the parser hangs under the verb) is a Request, "has called Camp Delta
the gulag of our times" names, "have called" with no one called is nothing.

Attending (``attendance_verbs``) is a Consult only of a meeting: "attended the G7 meeting", not
"firms attending the air show" (a fair, where no parties meet to consult). Hosting
(``hosting_verbs``) is a Consult only of a meeting or a party: "hosted the talks", "hosted Mr
Putin", "hosted the delegation", not "sites that host a link" (a computer's) nor "will host the
programme" (a presenter's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events import Lexicon, noun_sense
from kg.extract.records import Extraction
from kg.extract.targets import is_party, of_object, pobj, through_span
from kg.extract.words import vocabulary

#: Prepositions of the one talked or met with ("talked to people", "met with voters").
PARTNER_PREPOSITIONS = frozenset({"with", "to"})
#: A body whose members are named by "of": "members of the public".
MEMBER = "member"
#: The mark of a clause of what is called for ("called for the ban to be lifted").
FOR = "for"
#: Dependency labels of a clause under a verb, and of a complement that names its object.
CLAUSES = frozenset({"advcl", "ccomp", "xcomp"})
NAMING = frozenset({"oprd", "attr"})


def meets_the_public(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a meeting or talk is with the public only: each partner named (the direct
    object, the object of "with" or "to", or a passive's subject) is a noun of
    ``public_nouns`` ("wanted to meet as many ordinary members of the public", "intending to
    talk to as many people as possible") or one's own advisers (:func:`_adviser`: "is
    consulting his lawyers"); not with no partner named, nor with a party."""
    partners = [pobj(c) for c in trigger.children if c.lower_ in PARTNER_PREPOSITIONS]
    partners.append(next((c for c in trigger.children if c.dep_ == "dobj"), None))
    if ext.passive:
        partners.append(doc[ext.subject.root])
    found = [p for p in partners if p is not None]
    return bool(found) and all(_public(p) or _adviser(p) for p in found)


def the_public_gathers(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a meeting with no partner named is the public's among itself: its subject is a
    noun of ``public_nouns`` ("several hundred people had gathered on foot to see the hunt",
    "fans assembled outside the stadium", "crowds gathered"), no parties meeting; "leaders
    gathered in Rome", "residents met officials" are meetings."""
    if ext.passive:
        return False
    if any(c.dep_ == "dobj" or c.lower_ in PARTNER_PREPOSITIONS for c in trigger.children):
        return False
    return _public(doc[ext.subject.root])


def _public(noun: Token) -> bool:
    """Whether a noun names the public: a ``public_nouns`` word, through a count or "members
    of" ("members of the public")."""
    noun = through_span(noun)
    inner = of_object(noun)
    if inner is not None and noun.lemma_.lower() == MEMBER:
        noun = inner
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in vocabulary().public_nouns


def _adviser(noun: Token) -> bool:
    """Whether a noun names advisers consulted for their trade (``adviser_nouns``: "his
    lawyers", "leading experts"), not a body's own ("IAEA experts", "the agency's experts",
    "experts from the UN": a name or an owner before it, or a "from" or "of" after it)."""
    noun = through_span(noun)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in vocabulary().adviser_nouns:
        return False
    named = any(
        (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_))
        or (c.dep_ == "poss" and c.pos_ != "PRON")  # "the agency's experts", not "his lawyers"
        for c in noun.children
    )
    of_a_body = any(c.dep_ == "prep" and c.lower_ in {"from", "of"} for c in noun.children)
    return not (named or of_a_body)


def calls_for(trigger: Token) -> bool:
    """Whether a call is a call for something: a clause under it opened by "for" ("have
    called for the ban to be lifted", "called for ministers to resign")."""
    clauses = (c for c in trigger.children if c.dep_ in CLAUSES)
    return any(m.dep_ == "mark" and m.lower_ == FOR for c in clauses for m in c.children)


def calls_no_one(trigger: Token) -> bool:
    """Whether a call calls no one: no direct object ("Germany have called"), or a
    complement that names the object ("called Camp Delta the gulag of our times")."""
    deps = {c.dep_ for c in trigger.children}
    return "dobj" not in deps or bool(deps & NAMING)


def attends_no_meeting(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether what is attended (the direct object, or a passive's subject) is no meeting: a
    common noun that the lexicon gives no Consult ("meeting", "talks", "summit") and that is
    not one of ``gathering_nouns`` ("the funeral"); a name ("the G7") may be one, and with
    nothing attended named ("will not attend") the clause says no more."""
    found = doc[ext.subject.root] if ext.passive else None
    if found is None:
        found = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if found is None:
        return False
    noun = through_span(found)
    if noun.pos_ != "NOUN":
        return False
    return _no_meeting(noun, lexicon)


def hosts_no_meeting(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether what is hosted (the direct object) is no meeting and no party: a common noun
    that the lexicon gives no Consult ("hosted the talks"), that is not one of
    ``gathering_nouns`` ("hosted a reception") and names no people or body ("hosted the
    delegation"): "host a link", "bot nets to host websites", "will host the programme",
    "are hosting a gadget show". A name ("hosted Mr Putin", "hosted the G7") may be a party
    or a meeting; with no direct object ("was hosted by", "conference hosted by Gordon Brown",
    whose noun the parser may hang elsewhere) the clause says no more."""
    found = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if found is None:
        return False
    noun = through_span(found)
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False  # a name, or the last word of a name's span ("the CES trade show")
    return _no_meeting(noun, lexicon) and not is_party(noun, owned=False)


def _no_meeting(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a common noun names no meeting: the lexicon gives it no Consult ("meeting",
    "talks", "summit") and it is not one of ``gathering_nouns`` ("the funeral")."""
    sense = noun_sense(noun, lexicon)
    if sense is not None and sense.event_type == "Consult":
        return False
    return noun.lemma_.lower() not in vocabulary().gathering_nouns
