"""Verbal predicates in a dependency parse: which words head a clause, their subjects, the
words of the relation and the objects, complements and prepositions they take."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.parse import Parse, dependent, parse_of
from kg.extract.phrases import AMOUNT_UNITS, conjuncts, is_relative
from kg.extract.pronouns import AUXILIARIES, named_subject
from kg.extract.words import vocabulary

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
COPULA_OBJ_DEPS = frozenset({"attr", "acomp"})
#: Dependency labels of a verb's auxiliaries (:data:`kg.extract.pronouns.AUXILIARIES`).
AUX_DEPS = AUXILIARIES
#: The auxiliary of the perfect ("has met", "must have been"), lower case, as its lemma.
PERFECT = "have"
#: Dependents of a verb that are words of its relation: auxiliaries, negation, a particle.
GROUP_DEPS = AUX_DEPS | {"neg", "prt"}
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: Heads whose dependents are not predicates of their own.
NON_PREDICATE_DEPS = frozenset({"amod", "compound", "prep", "aux", "auxpass", "nmod", "npadvmod"})
#: Dependencies that open a new clause below the sentence root.
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "csubjpass"}
)
PARTICIPLES = frozenset({"VBG", "VBN"})
NOMINALS = frozenset({"NOUN", "PROPN"})
#: What a bare receiver ("gave Tanzania a grant") can be.
RECEIVER_POS = frozenset({"NOUN", "PROPN", "PRON"})
#: How deep a subject is looked for through coordinated and controlling verbs.
MAX_SUBJECT_HOPS = 8


def is_predicate(tok: Token) -> bool:
    """A verb (or a main-verb copula) that heads a clause of its own."""
    return is_predicate_at(parse_of(tok.doc), tok.i)


def is_predicate_at(p: Parse, i: int) -> bool:
    """:func:`is_predicate` of token ``i``."""
    if p.dep[i] in NON_PREDICATE_DEPS:
        return False
    if p.pos[i] == "VERB":
        return True
    if p.pos[i] != "AUX":
        return False
    return any(p.dep[c] in COPULA_OBJ_DEPS for c in p.children[i]) or is_to_be_done(p, i)


def is_to_be_done(p: Parse, i: int) -> bool:
    """Whether token ``i`` is "be" with a "to" infinitive of what is arranged or due ("Venezuela
    is to review all foreign investment", "India and Russia are to work together"): the
    infinitive is its relation (:func:`absorbed_xcomp`), as in "was able to meet". Not when
    the subject is a noun the infinitive defines (``aim_nouns``: "the aim is to cut costs"),
    or its "of" names one ("one of the aims is to", "part of the plan is to"), or a clause
    ("what the party needs is to win back voters")."""
    if p.lemma[i] != "be":
        return False
    if any(p.dep[c] == "csubj" for c in p.children[i]):
        return False
    aims = vocabulary().aim_nouns
    for c in p.children[i]:
        if p.dep[c] != "nsubj":
            continue
        of = [g for o in p.children[c] if p.lower[o] == "of" for g in p.children[o]]
        if any(p.lemma[n].lower() in aims for n in (c, *(g for g in of if p.dep[g] == "pobj"))):
            return False
    return any(
        p.dep[c] == "xcomp" and p.pos[c] == "VERB" and _to_marked(p, c) for c in p.children[i]
    )


def _to_marked(p: Parse, i: int) -> bool:
    """Whether verb ``i`` has "to" before it as its infinitive marker."""
    return any(p.dep[c] == "aux" and p.lower[c] == "to" and c < i for c in p.children[i])


def absorbed_xcomp(verb: Token) -> Token | None:
    """An ``xcomp`` that extends the relation ("sought to project", "will be able to meet")."""
    p = parse_of(verb.doc)
    kids = p.children[verb.i]
    if any(p.dep[c] in {"dobj", "dative"} for c in kids):
        return None
    for c in kids:
        if p.dep[c] == "xcomp" and p.pos[c] in {"VERB", "AUX"}:
            child = verb.doc[c]
            return None if addressee(verb, child) is not None else child
        if p.dep[c] == "acomp":
            inner = dependent(p, c, "xcomp")
            if inner is not None:
                return verb.doc[inner]
    return None


def addressee(verb: Token, xcomp: Token) -> Token | None:
    """The object of an addressee preposition (words.tsv) between a verb and its infinitive,
    who is to do what the infinitive says ("called on the government to act"), if any; not
    any preposition ("agreed in principle to sell": the infinitive extends the relation)."""
    preps = vocabulary().addressee_prepositions
    p = parse_of(verb.doc)
    for prep in p.children[verb.i]:
        if p.dep[prep] == "prep" and p.lower[prep] in preps and verb.i < prep < xcomp.i:
            obj = dependent(p, prep, "pobj")
            if obj is not None and p.pos[obj] in {"NOUN", "PROPN", "PRON"}:
                return verb.doc[obj]
    return None


def absorbed_by_head(verb: Token) -> bool:
    """Whether ``verb`` is the absorbed infinitive of its head's relation (not a predicate)."""
    p, i = parse_of(verb.doc), verb.i
    if p.dep[i] != "xcomp":
        return False
    head = p.head[i]
    if p.dep[head] == "acomp":
        head = p.head[head]
    absorbed = absorbed_xcomp(verb.doc[head]) if head != i else None
    return absorbed is not None and absorbed.i == i


def link(xcomp: Token | None) -> Token | None:
    """The adjective an absorbed infinitive hangs on ("able" in "be able to meet")."""
    return xcomp.head if xcomp is not None and xcomp.head.dep_ == "acomp" else None


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle modifying a noun ("civilians killed by troops",
    "the plans announced"): the noun undergoes the act."""
    p, i = parse_of(verb.doc), verb.i
    if p.dep[i] == "acl" and p.tag[i] == "VBN":
        return True
    return any(p.dep[c] in PASSIVE_SUBJ_DEPS or p.dep[c] == "auxpass" for c in p.children[i])


def matrix(verb: Token, xcomp: Token | None) -> str | None:
    """The control word of an absorbed infinitive: "refused" in "refused to meet"."""
    if xcomp is None:
        return None
    linked = link(xcomp)
    return (linked if linked is not None else verb).lemma_.lower()


def clause_depth(tok: Token) -> int:
    """How many clause boundaries lie between ``tok`` and its sentence root."""
    p, i, depth = parse_of(tok.doc), tok.i, 0
    for _ in range(40):
        if p.head[i] == i:
            break
        if p.dep[i] in CLAUSE_DEPS and not absorbed_by_head(tok.doc[i]):
            depth += 1
        i = p.head[i]
    return depth


# --- subjects ----------------------------------------------------------------------------------


def subjects(verb: Token, hops: int = 0) -> tuple[list[Token], str]:
    """Subject tokens of ``verb`` and how they were found (explicit, conj, control, ...)."""
    if hops > MAX_SUBJECT_HOPS:
        return [], ""
    found = _explicit(verb)
    if found:
        return _stated(verb, named_subject(found))
    p = parse_of(verb.doc)
    if any(p.dep[c] == "expl" for c in p.children[verb.i]):
        return [], ""  # "but there is scepticism": the clause has a subject, an empty one
    return _implicit(verb, hops)


def _explicit(verb: Token) -> list[Token]:
    p, doc = parse_of(verb.doc), verb.doc
    subs = [doc[c] for c in p.children[verb.i] if p.dep[c] in SUBJ_DEPS]
    if subs:
        return subs
    # a frequent misparse hangs the subject on the auxiliary
    auxes = [c for c in p.children[verb.i] if p.dep[c] in AUX_DEPS]
    return [doc[g] for c in auxes for g in p.children[c] if p.dep[g] in SUBJ_DEPS]


def _stated(verb: Token, sub: Token) -> tuple[list[Token], str]:
    """A stated subject; a relative pronoun gives the noun its clause modifies."""
    if not is_relative(sub):
        return conjuncts(sub), "explicit"
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return conjuncts(verb.head), "relative"
    return [], ""


def misread_subject(verb: Token) -> Token | None:
    """The subject of a complement clause that the parser took for its head's object: "denied
    | the concessions" + "were a political manoeuvre" of "He denied the concessions were a
    political manoeuvre", "warned Asian states could soon stop funding ...". ``verb`` is a
    clause with no subject nor "that" after a verb of saying, thinking or intending
    (``reporting_verbs``, ``cognition_verbs``, ``intent_words``: "promised the powers would only
    be used") whose object ends right before it, a plain noun phrase (no verb, no "and" in
    it: "announced plans to help buyers and the Tories would extend ..." is no such object)."""
    p, i = parse_of(verb.doc), verb.i
    head = p.head[i]
    if p.dep[i] != "ccomp" or head == i or i < head:
        return None
    if any(p.dep[c] in SUBJ_DEPS or p.dep[c] in {"mark", "expl"} for c in p.children[i]):
        return None
    words = vocabulary()
    if p.lemma[head].lower() not in words.reporting_verbs | words.cognition_verbs | (
        words.intent_words
    ):
        return None
    obj = dependent(p, head, "dobj")
    if obj is None:
        return None
    inside = list(verb.doc[obj].subtree)
    if inside[-1].i + 1 != verb.left_edge.i:
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "cc" for t in inside):
        return None
    return verb.doc[obj]


def intent_possessor(verb: Token) -> Token | None:
    """Who does what the "to" infinitive of a noun of intention says: the noun's possessor
    ("Spain's socialist government's decision to put its ambitions on hold", "Iran's bid to
    join the trade body", "Labour's promise to spend £42bn"; ``intent_nouns``), not a date
    ("November's decision")."""
    p, i = parse_of(verb.doc), verb.i
    head = p.head[i]
    if p.dep[i] != "acl" or head == i or i < head or p.pos[head] != "NOUN":
        return None
    if p.lemma[head].lower() not in vocabulary().intent_nouns or not _to_marked(p, i):
        return None
    owner = dependent(p, head, "poss")
    if owner is None or p.ent_type[owner] in {"DATE", "TIME"}:
        return None
    return verb.doc[owner]


def _implicit(verb: Token, hops: int) -> tuple[list[Token], str]:
    """The subject a verb without one shares with the verb it depends on, or the one the
    parser took for its head's object (:func:`misread_subject`), or the possessor of the
    noun of intention it completes (:func:`intent_possessor`)."""
    head = verb.head
    if verb.dep_ == "ccomp" and (misread := misread_subject(verb)) is not None:
        return conjuncts(misread), "explicit"
    if verb.dep_ == "acl" and (owner := intent_possessor(verb)) is not None:
        return conjuncts(owner), "modifier"
    if verb.dep_ == "conj" and head != verb:
        return subjects(head, hops + 1)[0], "conj"
    if verb.dep_ == "xcomp":
        return _controller(verb, hops), "control"
    if verb.dep_ in {"advcl", "pcomp"} and verb.tag_ in PARTICIPLES:
        return _participle_subject(head, hops)
    # participles only: in "an attempt to politicize" the attempt is not the agent
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in NOMINALS and verb.tag_ in PARTICIPLES:
        return [head], "modifier"
    return [], ""


def _controller(xcomp: Token, hops: int) -> list[Token]:
    """Who does what an infinitive says: the object of its head or the one it is addressed
    to ("called on the government to act"), else the head's subject."""
    head = xcomp.head
    if head.dep_ == "acomp":
        head = head.head
    objs = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
    if not objs and (found := addressee(head, xcomp)) is not None:
        objs = [found]
    return objs[:1] if objs else subjects(head, hops + 1)[0]


#: A number with its unit in one token, as spaCy's tokenizer keeps "5bn" of "£5bn".
_NUMBER_UNIT = re.compile(rf"\d[\d.,]*(?:{'|'.join(sorted(AMOUNT_UNITS))})")


def _amount(tok: Token) -> bool:
    """A number or its unit ("$28.5" and "m" of "$28.5m", "£960m"), or both in one token
    ("5bn" of "£5bn"), or a currency sign heading one: an amount does nothing."""
    return (
        tok.like_num
        or tok.lower_ in AMOUNT_UNITS
        or tok.is_currency
        or _NUMBER_UNIT.fullmatch(tok.lower_) is not None
    )


def _participle_subject(head: Token, hops: int) -> tuple[list[Token], str]:
    """The subject of an adverbial participle: "accused Russia of planning ..." (Russia)."""
    via_prep = head.dep_ == "prep"
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    objs = [c for c in head.children if c.dep_ == "dobj" and not _amount(c)]
    if via_prep and objs and head.pos_ == "VERB":  # not an amount: "paid $28.5m after admitting"
        return objs[:1], "control"
    if head.pos_ in {"VERB", "AUX"}:
        return subjects(head, hops + 1)[0], "inherited"
    return [], ""


# --- relation words and objects ----------------------------------------------------------------


def verb_group(verb: Token, xcomp: Token | None) -> list[Token]:
    """The words of the relation: the verb, its auxiliaries, negation and particle, and an
    absorbed infinitive with its own ("has not sought to project") and the conditional word
    that opens it ("will decide whether to block": not "will decide to block")."""
    verbs = [verb] if xcomp is None else [verb, xcomp]
    p, doc = parse_of(verb.doc), verb.doc
    group = [*verbs, *(doc[c] for v in verbs for c in p.children[v.i] if p.dep[c] in GROUP_DEPS)]
    if xcomp is not None:
        group += open_marks(xcomp)
    if intent_possessor(verb) is not None:
        group.append(verb.head)  # "decision to put": the noun says what the act is
    linked = link(xcomp)
    if linked is not None:
        group.append(linked)
    return sorted(set(group), key=lambda t: t.i)


def open_marks(verb: Token) -> list[Token]:
    """The conditional words (words.tsv ``conditional_marks``) that open a verb's clause:
    "whether" in "whether to block"."""
    marks, p = vocabulary().conditional_marks, parse_of(verb.doc)
    kids = p.children[verb.i]
    return [verb.doc[c] for c in kids if p.dep[c] == "mark" and p.lower[c] in marks]


def objects(verb: Token, xcomp: Token | None) -> tuple[list[Token], list[Token], Token | None]:
    """Direct objects, prepositions (with objects) and a clausal complement of a predicate."""
    p, doc = parse_of(verb.doc), verb.doc
    direct: list[Token] = []
    preps: list[Token] = []
    clauses: list[Token] = []
    found = {"direct": direct, "prep": preps, "clause": clauses}
    linked = link(xcomp)
    x = xcomp.i if xcomp is not None else None
    adjective = linked.i if linked is not None else None
    for on_verb, child in _dependents(p, verb.i, x):
        kind = _object_kind(
            p, child, on_verb=on_verb, xcomp=x, link=adjective, has_direct=bool(direct)
        )
        if kind:
            found[kind].append(doc[child])
    clause = clauses[0] if clauses else None
    if not (direct or preps or clauses) and _modifies_its_object(verb):
        direct.append(verb.head)  # "a criticism Russia has leveled": the noun is the object
    if not (direct or preps or clauses) and xcomp is None:
        direct.extend(shared_objects(verb))  # "promoted and glorified acts"
    return direct, sorted(preps, key=lambda p: p.i), clause


def shared_objects(verb: Token) -> list[Token]:
    """The direct objects a verb shares with the verb coordinated right after it ("promoted
    and glorified acts": both take "acts"); none when anything stands between the two, or
    the first is passive ("was received and inspired Hunter")."""
    p, i = parse_of(verb.doc), verb.i
    after = [c for c in p.children[i] if p.dep[c] == "conj" and c == i + 2]
    if not after or p.dep[i + 1] != "cc" or is_passive(verb):
        return []
    second = after[0]
    if p.pos[second] != "VERB" or any(p.dep[c] in SUBJ_DEPS for c in p.children[second]):
        return []
    return [verb.doc[c] for c in p.children[second] if p.dep[c] == "dobj"]


def _dependents(p: Parse, verb: int, xcomp: int | None) -> Iterator[tuple[bool, int]]:
    """(whether on ``verb`` itself, dependent) of the verb, then of its absorbed infinitive
    (token indices)."""
    yield from ((True, c) for c in p.children[verb])
    if xcomp is not None:
        yield from ((False, c) for c in p.children[xcomp])


def _object_kind(
    p: Parse, child: int, *, on_verb: bool, xcomp: int | None, link: int | None, has_direct: bool
) -> str:
    """What a dependent of the predicate is: "direct", "prep", "clause" or "" (none)."""
    dep = p.dep[child]
    if dep in {"dobj", "attr"} or (dep == "acomp" and child != link):
        # an object or attribute, or a complement adjective other than an infinitive's link;
        # with an absorbed infinitive, the objects are the infinitive's
        skip = on_verb and xcomp is not None and dep != "attr"
        return "" if skip else "direct"
    if dep == "oprd":  # "calling Xi a dear friend", after an object
        return "direct" if has_direct else ""
    if _has_object(p, child) or (dep == "dative" and p.pos[child] in RECEIVER_POS):
        # a preposition with an object, or a bare receiver ("gave Tanzania a grant")
        return "prep"
    return "clause" if dep == "ccomp" else ""


def _has_object(p: Parse, i: int) -> bool:
    """A preposition with an object (or an agent or dative phrase)."""
    return p.dep[i] in PREP_DEPS and any(p.dep[g] in {"pobj", "pcomp"} for g in p.children[i])


def _modifies_its_object(verb: Token) -> bool:
    """A relative clause without a relative pronoun subject, whose noun is its object."""
    p, i = parse_of(verb.doc), verb.i
    if p.dep[i] != "relcl" or p.pos[p.head[i]] not in NOMINALS:
        return False
    kids = p.children[i]
    return not any(p.dep[c] in SUBJ_DEPS and is_relative(verb.doc[c]) for c in kids)


#: The tag of a modal auxiliary ("will", "would", "can").
MODAL_TAG = "MD"


def has_modal(p: Parse, i: int) -> bool:
    """Whether the verb at ``i`` has a modal auxiliary ("will not supply", "can ignore")."""
    return any(p.dep[c] in AUX_DEPS and p.tag[c] == MODAL_TAG for c in p.children[i])


def is_perfect(p: Parse, i: int) -> bool:
    """Whether the verb at ``i`` has the perfect's auxiliary ("had not consulted", "has met")."""
    return any(p.dep[c] in AUX_DEPS and p.lemma[c].lower() == PERFECT for c in p.children[i])
