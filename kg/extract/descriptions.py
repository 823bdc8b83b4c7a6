"""Mentions that do not name their actor: pronouns ("he"), pairs ("the two leaders"),
collectives ("Russian troops"), groups ("Afghan guerrillas") and quantities ("thousands of
Iraqi Kurds"); offices ("the Russian leader") are :mod:`kg.extract.offices`'s.

``positions`` is the article's list of (token index, actor) of every actor named, in order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.according import cited_sources, is_cited
from kg.extract.genders import fits
from kg.extract.media import cited_medium
from kg.extract.names import Description, Names
from kg.extract.offices import is_definite, is_office_noun
from kg.extract.parse import parse_of
from kg.extract.pronouns import (
    PLURALS,
    SUBJECTS,
    across_quote,
    copula,
    is_modifier,
    own_subject_id,
)
from kg.extract.titles import OWNER_DEPS
from kg.extract.unplaced import unplaced
from kg.extract.wordnet import abstract_nouns
from kg.extract.words import vocabulary
from kg.gazetteer import to_actor, topic
from kg.ids import slug
from kg.model import Actor

Positions = list[tuple[int, Actor]]
NOMINALS = frozenset({"NOUN", "PROPN"})
THING_KINDS = frozenset({"Country", "Organization"})
#: The kinds of actor a spokesperson may speak for (a topic is none), and "officials" for.
ACTING = frozenset({"Person", "Country", "Organization", "Group", "Location"})
BODY = frozenset({"Organization"})
#: The kinds of actor a pair can be, in the order a sentence naming two of each is read.
PAIR_KINDS = ("Person", "Country")
#: Entity types of names (no thing a copula says "it" is) and of amounts (always one).
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY"})
#: How many "of" phrases a thing may lie after ("one of a series of proposals").
MAX_OF = 3
#: Dependents that make a clause or predicate the real subject of an empty "it".
CLAUSES = frozenset({"ccomp", "csubj", "csubjpass"})


def pronoun_kinds(pronoun: str) -> frozenset[str] | None:
    """The kinds of actor a pronoun can stand for, or None for other words."""
    words = vocabulary()
    if pronoun in words.person_pronouns:
        return frozenset({"Person"})
    if pronoun in words.thing_pronouns:
        return THING_KINDS
    if pronoun in words.plural_pronouns:
        return frozenset({"Group", "Organization", "Country"})
    return None


def antecedent(tok: Token, positions: Positions) -> Actor | None:
    """The last actor of a kind (and, for "he" or "she", a gender) the pronoun ``tok`` can
    stand for, named before it; an object pronoun not the subject of its own clause ("If Mr
    Blair won't allow him to run ...": not Blair, as "himself" would be)."""
    kinds = pronoun_kinds(tok.lower_)
    gender = vocabulary().pronoun_genders.get(tok.lower_)
    if kinds is None:
        return None
    return nearest(tok, positions, kinds, gender=gender, besides=own_subject_id(tok, positions))


def nearest(
    tok: Token,
    positions: Positions,
    kinds: frozenset[str],
    *,
    gender: str | None = None,
    besides: str | None = None,
    since: int = -1,
) -> Actor | None:
    """The last actor of one of ``kinds`` named before ``tok`` and after the token ``since``
    (not a name that only modifies a noun: "Russian" in "Russian oil company Yukos"; not a
    name across a quotation mark, inside a quotation ``tok`` is outside of or outside one it
    is in: a quoted "it" is what the speaker talks of, not the narrative's last organisation;
    with a ``gender``, not a person whose first name is of the other; not the actor
    ``besides``; not a source "according to" cites in its sentence, which tells who claims,
    not who acts; not a medium the story cites, :func:`kg.extract.media.cited_medium`)."""
    cited = bool(cited_sources(tok.doc))  # most articles cite no source
    for n in range(bisect_left(positions, tok.i, key=_index) - 1, -1, -1):  # nearest first
        i, actor = positions[n]
        if i <= since:
            return None
        if actor.type not in kinds or actor.id == besides or not _of_gender(actor, gender):
            continue
        name = tok.doc[i]
        if is_modifier(name) or across_quote(tok, name) or (cited and _cited(tok, name, actor)):
            continue
        if cited_medium(name, actor):  # "..., Reuters reported. The company": not Reuters
            continue
        if gender is None or titled_gender(name) in (None, gender):
            return actor
    return None


def story_body(
    tok: Token, positions: Positions, kinds: frozenset[str], *, last: Actor | None
) -> Actor | None:
    """The body "the party" or "the company" (a noun of ``story_body_nouns``) stands for when
    the story's body of that kind is not the one named last: the organisation of ``kinds``
    and of the noun's subtype (a party, a company) named more often than any other of them
    before ``tok``, at least twice ("The UK Independence Party outspent both Labour and the
    Liberal Democrats ... . UKIP ... . Labour's campaign cost £1.7m, the Lib Dems' £1.19m ...
    . Critics have accused the party": UKIP, not the Liberal Democrats named last). None when
    no one body leads, or when a sentence naming the body named last calls something by
    ``tok``'s own noun ("One company that does have a plan is Anglo-American, the
    international mining company. ... the company", "Portable media player firm Creative
    ... . The firm": the one just brought in). ``last``: the body named last
    (:func:`nearest`), which the caller falls back to."""
    lemma = tok.lemma_.lower()
    subtype = vocabulary().story_body_nouns.get(lemma)
    if subtype is None:
        return None
    doc = tok.doc
    named = [  # names, not the descriptions read before ("the party's")
        (i, a)
        for i, a in positions[: bisect_left(positions, tok.i, key=_index)]
        if a.type in kinds and doc[i].lemma_.lower() not in vocabulary().named_organisation_nouns
    ]
    words = {doc[i].text for i, a in named if last is not None and a.id == last.id}
    said = {t.sent.start: t.sent for t in doc[: tok.sent.start] if t.text in words}
    if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for s in said.values() for t in s):
        return None  # the text called the body named last by this noun
    counts = Counter(a.id for _, a in named if a.subtype == subtype)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(a for _, a in reversed(named) if a.id == ranked[0][0])  # as last read


#: Tags of a modifier that sets a firm apart from the one named ("the biggest Russian
#: company"): some firm, maybe not the one named (its words: ``singling_words``, "the other
#: German company").
SINGLING_TAGS = frozenset({"JJS", "RBS", "CD"})


def national_firm(
    tok: Token, names: Names, positions: Positions, *, is_firm: Callable[[Actor], bool]
) -> Actor | None:
    """ "the Lebanese company", "the German carmaker", "the Russian oil giant", "the UK
    operator": a singular noun of firms (``company_nouns``) with "the", owned by a nationality's
    adjective or a country's name (:func:`_national`; not "the Florida company") and nothing
    else, points back to a firm (``is_firm``) of that state the
    article named before it, the nearest (:func:`nearest`), as "the company" does to any
    (:func:`organisation_mention`). None when it named none (a group of the state's firms, as
    before), in apposition with a name, which it describes ("Parmalat, the Italian dairy
    company": no statement of Parmalat being itself), or when a modifier sets the firm apart
    (:data:`SINGLING_TAGS`, ``singling_words``: "the biggest Russian company")."""
    words = vocabulary()
    if tok.tag_ != "NN" or tok.lemma_.lower() not in words.company_nouns or not is_definite(tok):
        return None
    if tok.dep_ == "appos":
        return None  # "Parmalat, the Italian dairy company": says what the name is
    mods = [c for c in tok.children if c.i < tok.i]
    singling = words.singling_words
    if any(c.dep_ == "poss" or c.tag_ in SINGLING_TAGS or c.lower_ in singling for c in mods):
        return None
    if not any(_national(c, names) for c in mods):
        return None  # "The Florida company": a place, where firms of anywhere may be
    owner = names.owner(tok)
    if owner is None or owner.type != "Country" or not owner.country:
        return None
    firms = [(i, a) for i, a in positions if a.country == owner.country and is_firm(a)]
    return nearest(tok, firms, BODY)


def _national(mod: Token, names: Names) -> bool:
    """Whether a modifier before a firm's noun is a state's word: a nationality's adjective
    ("the German company") or a country's own name as a compound ("the UK operator", "the US
    firm"; not a place in one, "the Florida company", though its owner is the state)."""
    if mod.dep_ == "amod" and mod.ent_type_ == "NORP":
        return True
    if mod.dep_ != "compound" or mod.ent_type_ != "GPE":
        return False
    ent = names.entity_at(mod)
    actor = names.entity(ent, {}) if ent is not None else None
    return actor is not None and actor.type == "Country"


def _cited(tok: Token, name: Token, actor: Actor) -> bool:
    """Whether ``name`` is a source "according to" cites that ``tok`` does not stand for:
    any in ``tok``'s own sentence ("According to Reuters, they plan": not Reuters), a body
    anywhere (where figures come from: "according to the Electoral Commission"). A person
    cited in a sentence before is who the story goes on about ("..., according to tourism
    minister Sontaya Kunplome. In the affected provinces, he expects")."""
    if not is_cited(name):
        return False
    starts = parse_of(tok.doc).sent_start
    return actor.type != "Person" or starts[name.i] == starts[tok.i]


def member_before(tok: Token, positions: Positions) -> Actor | None:
    """ "Robert Kilroy-Silk has quit UKIP. The MEP said ...": a definite singular noun of a
    member of a body (``member_nouns``: MP, MEP, peer, senator) is the person named last
    in the sentence before (as "he" would be; a pronoun's rules); not one of its own
    sentence, who is someone else ("Lord Scarman's nephew George Ritchie said the peer
    ..."); None if that sentence names no person."""
    if tok.lemma_.lower() not in vocabulary().member_nouns or not is_definite(tok):
        return None
    start = tok.sent.start
    if start == 0:
        return None
    since = tok.doc[start - 1].sent.start - 1
    return nearest(tok.doc[start], positions, frozenset({"Person"}), since=since)


#: Dependents that set a person apart from the one named last ("the country's richest man",
#: "the man from the ministry", "the man who"); a clause after a comma only describes him.
OTHER_PERSON_DEPS = frozenset({"poss", "prep", "nummod", "relcl", "acl"})


def person_before(tok: Token, positions: Positions) -> Actor | None:
    """ "Nicholas Betts-Green quit ... . The former teacher confirmed ...": a definite singular
    common noun of a person (an office's, :func:`is_office_noun`, or what one person is:
    ``described_person_nouns``, ``person_nouns``) is the last person named before its sentence
    whose title or apposition holds its words ("First Minister Jack McConnell", then "the
    first minister"; "Ex-chat show host Robert Kilroy-Silk", then "the ex-chat show host");
    else, for a noun of ``described_person_nouns`` (businessman, tycoon, teacher, singer,
    striker; not "the correspondent", who may be the medium's voice), the person named last
    as a subject in the two sentences before it (:func:`subject_person`), else the person
    named last there, outside quotations (as "he" would be); not one of its own sentence,
    who is someone else; not a noun an owner, a phrase, a number, a superlative or "other"
    sets apart, nor one a clause singles out without a comma ("the man who ..."); None if no
    one was so named."""
    words = vocabulary()
    lemma = tok.lemma_.lower()
    described = lemma in words.described_person_nouns
    person = described or lemma in words.person_nouns or is_office_noun(tok)
    if not person or tok.pos_ != "NOUN" or not is_definite(tok):
        return None
    start = tok.sent.start
    if start == 0 or set_apart(tok):
        return None
    titled = _titled_before(tok, positions)  # "the first minister": the title's "first"
    if titled is not None or not described or _singled(tok):
        return titled
    before = tok.doc[start - 1].sent.start
    since = tok.doc[before - 1].sent.start - 1 if before > 0 else -1
    gender = words.person_noun_genders.get(lemma)  # "the actress": no man
    return subject_person(tok, positions, since=since, gender=gender) or nearest(
        tok.doc[start], positions, frozenset({"Person"}), since=since, gender=gender
    )


def subject_person(
    tok: Token, positions: Positions, *, since: int, gender: str | None = None
) -> Actor | None:
    """The last person named as a subject (``nsubj``, ``nsubjpass``) between the token
    ``since`` and the sentence of ``tok``, outside quotations ``tok`` is not in, and not one
    whose first name is of the other ``gender`` than the noun's ("the actress"): the one the
    text was telling of ("Sir Elton John has performed ... . Sir Elton played hits to a
    crowd which included ... his wife Anne-Aymone. The veteran pop star played piano":
    Elton John, not the guest named last); None if no person was a subject there."""
    doc = tok.doc
    for n in range(bisect_left(positions, tok.sent.start, key=_index) - 1, -1, -1):
        i, actor = positions[n]
        if i <= since:
            return None
        name = doc[i]
        if actor.type != "Person" or not _of_gender(actor, gender):
            continue
        if name.dep_ in SUBJECTS and not across_quote(tok, name):
            return actor
    return None


def set_apart(tok: Token) -> bool:
    """Whether a dependent sets a person noun apart from the one named (an owner, a phrase, a
    number, a clause without a comma: :data:`OTHER_PERSON_DEPS`)."""
    return any(
        c.dep_ in OTHER_PERSON_DEPS and not (c.dep_ in {"relcl", "acl"} and _after_comma(c))
        for c in tok.children
    )


def _singled(tok: Token) -> bool:
    """Whether a superlative or a word such as "other" or "first" singles a noun out (some
    other person than the one named last, unless a title names him so)."""
    singling = vocabulary().singling_words
    return any(c.tag_ in SINGLING_TAGS or c.lower_ in singling for c in tok.children)


def _titled_before(tok: Token, positions: Positions) -> Actor | None:
    """The last person named before the sentence of ``tok`` whose title ("host Robert
    Kilroy-Silk") or apposition ("a union leader, Jon Zubov") holds the noun ``tok`` and
    every word before it, outside quotations ``tok`` is not in; None if none was."""
    wanted = _words_of(tok, tok.i + 1)
    doc = tok.doc
    for n in range(bisect_left(positions, tok.sent.start, key=_index) - 1, -1, -1):
        i, actor = positions[n]
        name = doc[i]
        if actor.type != "Person" or across_quote(tok, name):
            continue
        title = _words_of(name, name.i)
        for other in [c for c in name.children if c.dep_ == "appos"] + (
            [name.head] if name.dep_ == "appos" else []
        ):
            title |= _words_of(other, other.i + 1)
        if wanted <= title:
            return actor
    return None


def _words_of(head: Token, end: int) -> set[str]:
    """The lower-case lemmas of the words of ``head``'s phrase before token ``end`` (not its
    determiner, nor marks)."""
    return {t.lemma_.lower() for t in head.subtree if t.i < end and t.is_alpha and t.dep_ != "det"}


def _after_comma(clause: Token) -> bool:
    """Whether a clause follows a comma after its noun ("The businessman, whose ...")."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


#: Dependents that single out one of a kind ("the crown prince", "the prince's aide", "the
#: Prince of Wales", "the prince who"): no pointing back to the last one named so titled.
SINGLING_DEPS = frozenset({"amod", "compound", "poss", "prep", "relcl", "acl", "nmod"})


def honorific_before(tok: Token, positions: Positions) -> Actor | None:
    """ "Prince Harry ... . The prince, 20, apologised": a definite singular common noun, no
    word singling one out (:data:`SINGLING_DEPS`), that is the title word a person's name
    starts with ("Prince Harry", "Rabbi Marvin Hier", "Archbishop Desmond Tutu") is the last
    person named so before it (not across a quotation mark); None if no one was."""
    p = parse_of(tok.doc)
    if p.pos[tok.i] != "NOUN" or not is_definite(tok):
        return None
    if any(p.dep[c] in SINGLING_DEPS for c in p.children[tok.i]):
        return None
    word = p.lower[tok.i]
    for n in range(bisect_left(positions, tok.i, key=_index) - 1, -1, -1):
        i, actor = positions[n]
        first, *rest = actor.label.split(maxsplit=1)
        if actor.type == "Person" and rest and first.lower() == word:
            return None if across_quote(tok, tok.doc[i]) else actor
    return None


def _index(position: tuple[int, Actor]) -> int:
    return position[0]


def titled_gender(tok: Token) -> str | None:
    """The gender the honorific before a name gives that mention ("Lord Woolf": male, "Lady
    Hale": female), else None ("she" never stands for a man so titled, whatever his first
    name tells)."""
    genders = vocabulary().honorific_genders
    return next((genders[w.lower_.rstrip(".")] for w in tok.lefts
                 if w.dep_ == "compound" and w.lower_.rstrip(".") in genders), None)  # fmt: skip


def _of_gender(actor: Actor, gender: str | None) -> bool:
    """Whether a person pronoun of ``gender`` may stand for ``actor`` (by its first name)."""
    return gender is None or actor.type != "Person" or fits(actor.label, gender)


def foreign_in_sentence(tok: Token, positions: Positions, country: str) -> bool:
    """Whether the sentence of ``tok`` names an actor of a state other than ``country``."""
    sent_start = parse_of(tok.doc).sent_start
    start = sent_start[tok.i]
    return any(
        sent_start[i] == start and actor.country not in (None, country) for i, actor in positions
    )


def spokesperson(
    tok: Token, names: Names, roles: Mapping[str, Description] | None = None
) -> Actor | None:
    """ "a UKIP spokesman", "a spokesman for the British Casino Association": the
    organisation, state or person the spokesperson speaks for; "Rosneft officials", "the
    unidentified Parmalat source" (``voice_nouns``): the organisation they speak for, if the
    name is one's (not "Russian officials", a state's government: :func:`collective`). A
    name takes the role ``roles`` remembers for it ("the firm": a firm's source)."""
    words, nouns = vocabulary(), {tok.lemma_.lower(), tok.lower_}
    spokes = bool(nouns & words.spokesperson_nouns)
    if not spokes and not nouns & words.voice_nouns:
        return None
    for child in tok.children:
        cand = child if child.dep_ in OWNER_DEPS else None  # "a UKIP spokesman"
        if child.dep_ == "prep" and child.lower_ in vocabulary().spokesperson_prepositions:
            cand = next((g for g in child.children if g.dep_ == "pobj"), None)
        ent = names.entity_at(cand) if cand is not None else None
        actor = names.entity(ent, roles or {}) if ent is not None else None
        if actor is not None and actor.type in (ACTING if spokes else BODY):
            return actor
    return None


def named_body(tok: Token, names: Names) -> Span | None:
    """ "the radical Palestinian Islamic Jihad movement", "the Hamas group", "the Interfax
    news agency": the named organisation a noun of organisations is the name's (a compound
    naming it, maybe through common nouns between: "news"), if any."""
    if tok.lemma_.lower() not in vocabulary().named_organisation_nouns:
        return None
    for child in tok.children:
        ent = names.entity_at(child) if child.dep_ == "compound" else None
        if ent is not None and ent.label_ == "ORG" and ent.end == tok.i:
            return ent
    i = tok.i - 1
    while i >= 0 and tok.doc[i].dep_ == "compound" and tok.doc[i].pos_ == "NOUN":
        i -= 1  # "news" of "the Interfax news agency"
    ent = names.entity_at(tok.doc[i]) if 0 <= i < tok.i - 1 else None
    return ent if ent is not None and ent.label_ == "ORG" and ent.end == i + 1 else None


def personal(tok: Token) -> bool:
    """A noun for a person ("spokesman", "minister", "leader", "correspondent") "he" or "she"
    can stand for."""
    words, lemma = vocabulary(), tok.lemma_.lower()
    return is_office_noun(tok) or lemma in words.spokesperson_nouns or lemma in words.person_nouns


def organisation_mention(tok: Token, names: Names) -> bool:
    """ "the party", "the company": a singular definite noun by which a text points back to an
    organisation it named (with no owner of its own: "the Russian company" is Russia's)."""
    if tok.lemma_.lower() not in vocabulary().named_organisation_nouns:
        return False
    return is_definite(tok) and names.owner(tok) is None


def expletive(tok: Token) -> bool:
    """Whether "it" stands for nothing: "it has been suggested that ...", "it is clear that
    ...", "it emerged that ...", "it is essential for X to ...", "it was UKIP who ..." (an
    actor's "it said that ..." is not)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head, words = tok.head, vocabulary()
    after = {c.dep_ for c in head.children if c.i > head.i}
    # "it is clear to ...", not "it is willing to ...": an intent word's subject acts
    adjectives = [
        c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() not in words.intent_words
    ]
    after |= {g.dep_ for c in adjectives for g in c.children}
    every = {c.dep_ for c in head.children} | ({head.dep_} if head.dep_ == "parataxis" else set())
    empty_verb = head.lemma_.lower() in words.expletive_verbs
    if empty_verb and after & (CLAUSES | {"xcomp"}):
        return True  # "it is clear that ...", "it emerged that ..."
    if empty_verb and head.lemma_.lower() != BE and _clause_follows(head):
        return True  # "after it emerged that 4bn euros ... did not exist", the clause hung
        # elsewhere by the parser
    if empty_verb and adjectives and any(c.dep_ == "advcl" and _for_to(c) for c in head.children):
        return True  # "it is essential for all the authorities to contribute", not "it is
        # ready for the talks to begin": an intent word's subject acts
    if "auxpass" in every and every & (CLAUSES | {"parataxis"}):
        return True  # "it has been suggested (that) ...", "..., it has been suggested"
    if takes_time(head):
        return True  # "it takes about three years", "it took so long"
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children) for c in head.children
    )


def _clause_follows(verb: Token) -> bool:
    """Whether the word right after an empty verb ("emerged", "appears") opens a clause the
    parser hung elsewhere: "that" as a conjunction ("it emerged that 4bn euros ... did not
    exist"; not "it may not seem that exciting"), or a word outside the verb's own phrase
    ("when it emerged his target ... was set to be missed"), which the verb takes no object
    to explain; not a word of its own ("Acme emerged from ...", "Acme appeared stronger")
    nor a stop ("Acme emerged, ...")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    nxt = doc[verb.i + 1]
    if nxt.lower_ == THAT:  # a conjunction, not "it may not seem that exciting"
        return nxt.dep_ == "mark"
    if nxt.is_punct or nxt.is_space:
        return False
    return not (verb.left_edge.i <= nxt.i <= verb.right_edge.i and verb.is_ancestor(nxt))


def _for_to(clause: Token) -> bool:
    """Whether a clause is a "for ... to ..." infinitive ("for firms to hire staff"; the parser
    may hang the infinitive on a participle: "for all the authorities involved to
    contribute"), the real subject of an empty "it" before an adjective."""
    if not any(c.dep_ == "mark" and c.lower_ == FOR for c in clause.children):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "aux" and c.lower_ == TO for v in verbs for c in v.children)


#: The words of a "for ... to ..." infinitive.
FOR, TO, BE, THAT = "for", "to", "be", "that"
#: Entity types of a stretch of time ("three years", "a few hours").
TIMES = frozenset({"DATE", "TIME"})
#: Dependents of "take" that say how long ("it takes three years", "it took so long").
SPANS = frozenset({"dobj", "npadvmod", "advmod", "attr"})


def takes_time(verb: Token) -> bool:
    """Whether ``verb`` is "take" with a stretch of time as what it takes ("it takes about
    three years", "it took Vodafone nine years", "it can take hours", "it took so long":
    ``duration_words``), whose "it" stands for nothing; not "it took control", "it takes
    over"."""
    if verb.lemma_.lower() != "take":
        return False
    words = vocabulary().duration_words
    # the parser may hang the span on a preposition after it ("about three years from when")
    found = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return any(
        c.dep_ in SPANS and (c.ent_type_ in TIMES or c.lemma_.lower() in words) for c in found
    )


def said_a_thing(tok: Token) -> bool:
    """Whether "it" is what a copula says is a thing, no state or body: a noun WordNet knows
    as an abstraction ("it was a recognition", "It is one of a series of proposals"), an
    amount ("the Commission wants it to be 1.26%") or a time ("it was the biggest Christmas
    to date"), down the "of" phrases after the
    complement, none of them a name."""
    head = copula(tok)
    if tok.lower_ != "it" or head is None:
        return False
    noun = next((c for c in head.children if c.dep_ == "attr"), None)
    for _ in range(MAX_OF):
        if noun is None or noun.ent_type_ in NAMED:
            return False
        if noun.ent_type_ in AMOUNTS | TIMES or (
            noun.pos_ == "NOUN" and noun.lemma_.lower() in abstract_nouns()
        ):
            return True  # "it was the biggest Christmas to date": a time, no body
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    return False


def agrees(pronoun: str, actor: Actor) -> bool:
    """Whether a pronoun can stand for the speaker of the clause it is in (a plural pronoun
    for a state, organisation or group: "Russia said they would ...", never one person; "she"
    for no one whose first name is a man's)."""
    words = vocabulary()
    if pronoun in words.person_pronouns:
        return actor.type == "Person" and _of_gender(actor, words.pronoun_genders.get(pronoun))
    if pronoun in words.thing_pronouns:
        return actor.type in THING_KINDS
    return pronoun in words.plural_pronouns and actor.type != "Person"


def pair(tok: Token, positions: Positions) -> list[Actor]:
    """ "the two leaders", "both countries": the two actors of that kind named in the nearest
    sentence (this one up to the mention, then earlier ones) that names two or more; none when
    it names more than two ("talks between ... China, India, Japan and South Korea. ...
    both countries said": which two? not the last two named, Japan and South Korea)."""
    kinds = _pair_kinds(tok)
    if not kinds:
        return []
    by_sentence = _named_by_sentence(tok, kinds, positions)
    for start in sorted(by_sentence, reverse=True):
        for kind in PAIR_KINDS:
            named = by_sentence[start].get(kind, [])
            if kind in kinds and len(named) >= 2:
                return named if len(named) == 2 else []  # of a list of more: which two?
    return []


def _named_by_sentence(
    tok: Token, kinds: frozenset[str], positions: Positions
) -> dict[int, dict[str, list[Actor]]]:
    """Sentence start -> kind -> the different actors of ``kinds`` named there before ``tok``."""
    by_sentence: dict[int, dict[str, list[Actor]]] = {}
    sent_start = parse_of(tok.doc).sent_start
    for i, actor in positions:
        if i >= tok.i or actor.type not in kinds:
            continue
        named = by_sentence.setdefault(sent_start[i], {}).setdefault(actor.type, [])
        if all(a.id != actor.id for a in named):
            named.append(actor)
    return by_sentence


def _pair_kinds(tok: Token) -> frozenset[str]:
    """The kinds a pair mention can be: "the two" alone, or "two/both" and a pair noun. Read
    from the parse snapshot (asked of the head of every phrase resolved). "two" with no
    determiner is some two of many, no pair ("saying two were being held", "only two of the
    licences", "Analysts see two spurs")."""
    p, i = parse_of(tok.doc), tok.i
    if p.lower[i] == "two" and p.pos[i] == "NUM" and p.dep[i] != "nummod":
        definite = any(p.dep[c] == "det" for c in p.children[i])
        return frozenset(PAIR_KINDS) if definite else frozenset()
    kind = vocabulary().pair_nouns.get(p.lemma[i].lower())
    if not kind:  # most heads: no need to read the dependents
        return frozenset()
    words = {p.lower[c] for c in p.children[i] if p.dep[c] in {"nummod", "det", "predet"}}
    return frozenset({kind}) if words & {"two", "both"} else frozenset()


def collective(
    tok: Token, names: Names, home: Callable[[], str | None] | None = None
) -> Actor | None:
    """The state or organisation behind "Russian officials" or "U.N. envoys"; "the
    government" alone (or "this government") is the article's main country's, else, in a
    story with none, the state ``home`` gives (:func:`kg.extract.governments.governing_state`:
    the one whose government members it names); "the country", and "the state" with no
    other word (``bare_country_nouns``), the state it has named most so far
    (:func:`named_most`). Not a state's firms or people ("two other Russian
    firms": :func:`group`)."""
    words = vocabulary()
    lemma = tok.lemma_.lower()
    if lemma in words.country_nouns or (lemma in words.bare_country_nouns and _bare(tok)):
        return named_most(tok, names) if is_definite(tok) and tok.tag_ == "NN" else None
    sector = words.sector_nouns.get(lemma)
    if sector is None or tok.pos_ not in NOMINALS:
        return None
    owner = names.owner(tok)
    definite = is_definite(tok) or (sector in vocabulary().state_sectors and _this(tok))
    if owner is None and definite and not is_office_noun(tok):
        country = names.country or (home() if home is not None else None)
        owner = names.gazetteer.entries.get(f"country/{country}") if country else None
    if owner is None or (owner.type == "Country" and sector not in vocabulary().state_sectors):
        return None
    one = tok.tag_ == "NN" and tok.lower_ == tok.lemma_.lower()  # not "envoys" tagged NN
    member = tok.lemma_.lower() in vocabulary().member_nouns  # "a Labour peer"
    if owner.type == "Organization" and one and (is_office_noun(tok) or member):
        return None  # "Veritas' deputy leader": one person of the party, not the party
    return to_actor(owner, sector=sector)


def _bare(tok: Token) -> bool:
    """A noun with "the" and no other word of its own ("the state", not "the welfare
    state", "the psychological state" or "the state of the economy")."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _this(tok: Token) -> bool:
    """A singular noun with "this": "this government", "this administration", the one in
    office now (said of a state sector's noun only)."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)


def named_most(tok: Token, names: Names) -> Actor | None:
    """The state named more often than any other before ``tok`` ("China's crackdown", "to
    China", "Beijing said"), if one is; not "the country" with an owner ("the country's")
    or a word that places it ("the country of ...")."""
    if names.owner(tok) is not None or any(c.dep_ == "prep" for c in tok.children):
        return None
    counts: Counter[str] = Counter()
    states: dict[str, Actor] = {}
    for ent in names.ents:
        if ent.start >= tok.i:
            break
        actor = names.entity(ent, {})
        if actor is not None and actor.type == "Organization" and actor.country:
            actor = _seat_state(actor, names)  # "Downing Street said": the UK's seat
        if actor is not None and actor.type == "Country":
            counts[actor.id] += 1
            states.setdefault(actor.id, replace(actor, sector=None))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return states[ranked[0][0]]


def _seat_state(actor: Actor, names: Names) -> Actor | None:
    """The state whose seat of government an organisation is (a gazetteer body of a kind in
    ``seat_subtypes``: Number 10 Downing Street, an office of the UK), which a story names
    as it names the state; else None."""
    if actor.subtype not in vocabulary().seat_subtypes:
        return None
    entry = names.gazetteer.entries.get(f"country/{actor.country}")
    return to_actor(entry) if entry is not None else None


def group(tok: Token, text: str, names: Names) -> Actor | None:
    """ "Afghan guerrillas", "rebels in the Ivory Coast" -> a group with its country; an
    organisation's members; a place of a country ("the Azerbaijani republic")."""
    if tok.pos_ not in NOMINALS:
        return None
    owner = names.owner(tok)
    if owner is None:
        return _nationals(tok, names) or unplaced(tok, text, names)
    words = vocabulary()
    lemma = tok.lemma_.lower()
    if owner.type == "Organization" and lemma in words.group_nouns:
        return to_actor(owner, sector="members")
    if owner.country is None:
        return None
    if tok.tag_ == "NNPS" or lemma in words.group_nouns or lemma in words.place_nouns:
        label = topic(text).label  # "Iraqi Kurds"
        place = lemma in words.place_nouns
        kind, prefix = ("Location", "location") if place else ("Group", "group")
        return Actor(id=f"{prefix}/{slug(label)}", label=label, type=kind, country=owner.country)
    return replace(topic(text), country=owner.country, sector=_sector(tok, names))


def _nationals(tok: Token, names: Names) -> Actor | None:
    """ "about 440 Britons" the parser tagged as no entity: people of the nationality or
    ethnic group the gazetteer knows by the plural noun (:func:`people`), if it does."""
    hit = names.gazetteer.lookup(tok.text) if tok.tag_ in PLURALS else None
    return people(tok, to_actor(hit[0]), names) if hit is not None else None


def _sector(tok: Token, names: Names) -> str | None:
    """The sector a plural noun of a country's people or bodies names, for their code: the
    Phoenix role noun it is ("Russian athletes": athlete, CVL), else kg's noun of people in
    general ("S Korean consumers": civilian) or sector noun ("Russian firms": business), if
    any."""
    agent = names.codes.agent(tok.lemma_) if names.codes is not None else None
    if agent is not None:
        return agent.name
    lemma, words = tok.lemma_.lower(), vocabulary()
    civilian = words.civilian_nouns.get(lemma) if tok.tag_ in PLURALS else None
    return civilian or words.sector_nouns.get(lemma)  # "S Korean consumers": civilian


def people(tok: Token, actor: Actor, names: Names) -> Actor | None:
    """ "Kenyans", "ethnic Albanians in south Serbia", "Kurds in Turkey": people of a
    nationality or ethnicity (a plural noun naming a country's people or an ethnic group), a
    Group in the country a place phrase names, else in their own, else (a people of no one
    state: "Tutsis", "Kurds") the article's main country; not the state."""
    if tok.tag_ not in PLURALS or actor.type not in {"Country", "Group"}:
        return None
    nationals = actor.type == "Country"
    faith = None if nationals else _faith(tok, actor, names)
    if not nationals and actor.subtype != "ethnic" and faith is None:
        return None
    owner = names.owner(tok)
    country = owner.country if owner is not None and owner.country else actor.country
    country = country or names.country
    if not nationals and country == actor.country:
        return None  # "Uyghurs": the gazetteer's group as it is
    label = tok.text if nationals or faith else actor.label  # "British Muslims": Muslims
    key = f"group/{slug(label)}" + (f"-{country.lower()}" if country else "")
    subtype = "nationals" if nationals else "ethnic"
    return Actor(key, label, "Group", country, subtype=subtype, sector=faith)


def _faith(tok: Token, actor: Actor, names: Names) -> str | None:
    """The Phoenix role noun a people the gazetteer does not know is named by ("Muslims",
    "Hindus": muslim, MUS; a NORP group of no country, not a party's "Tories"), else None."""
    if actor.country is not None or actor.subtype is not None or tok.ent_type_ != "NORP":
        return None
    agent = names.codes.agent(tok.lemma_) if names.codes is not None else None
    return agent.name if agent is not None and not agent.before else None


def quantified(tok: Token) -> Token | None:
    """The head of the "of" phrase after a quantity ("thousands of Iraqi Kurds")."""
    if tok.lemma_.lower() not in vocabulary().quantity_nouns and tok.pos_ != "NUM":
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
