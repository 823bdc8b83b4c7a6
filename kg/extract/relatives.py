"""Reduced relatives: the parse-side evidence of the ``background`` reason of
:mod:`kg.extract.admission` (which documents it). A participle that hangs on a noun with no
auxiliary of its own ("assets once owned by Yukos", "the utilities operating in Argentina",
"an event organised by the UK's Department for International Development") describes that
noun: kg reads it as a statement ("assets | owned by | Yukos"), but what it says is background
to the sentence, not something its writer reports as done. So is a relative clause in the
present that defines a class by what its members do ("Countries which exceed the threshold
are liable to fines": no country is said to exceed it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.parse import Parse, left_edge, parse_of
from kg.extract.predicates import AUX_DEPS
from kg.extract.pronouns import SUBJECTS
from kg.extract.records import Extraction
from kg.extract.words import vocabulary

#: Tags of a participle: past ("owned") and present ("operating").
PARTICIPLES = frozenset({"VBN", "VBG"})
#: Parts of speech of the word a reduced relative describes.
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
#: The dependency label of a clause that modifies a noun.
MODIFIER = "acl"
#: Parts of speech of a sentence root that is a verb.
VERBS = frozenset({"VERB", "AUX"})
#: How far the climb to a sentence's root goes at most.
MAX_DEPTH = 24


def reduced_relative(ext: Extraction, doc: Doc) -> bool:
    """Whether the predicate of ``ext`` is a participle modifying a noun, with no auxiliary
    that would make it a clause of its own: "assets | owned by | Yukos" of "a stake in assets
    once owned by Yukos"; not "it | was withdrawing from | Iraq", nor a participle in a
    sentence with no verb at its root (the parser's reading of its main verb: "A report by two
    MPs committees called on Thursday for urgent changes")."""
    p, i = parse_of(doc), ext.trigger
    head = p.head[i]
    if p.dep[i] != MODIFIER or p.tag[i] not in PARTICIPLES or p.pos[head] not in NOUNS:
        return False
    if p.pos[_root(p, head)] not in VERBS:
        return False  # no verb heads the sentence: the participle is its verb, misparsed
    return not any(p.dep[c] in AUX_DEPS and p.lower[c] != "being" for c in p.children[i])


#: Dependencies of a past participle that shares its auxiliary or subject with another verb (a
#: conjunct: "was arrested and charged") or heads its sentence (a headline's "UKIP candidate
#: suspended").
SHARED = frozenset({"conj", "ROOT"})


def supplied_participle(ext: Extraction, doc: Doc) -> bool:
    """Whether the predicate of ``ext`` is a past participle with neither an auxiliary nor a
    subject of its own, in an adverbial or complement phrase: kg supplied the subject from
    the clause around it, and the phrase reads as done what is only a condition, a
    circumstance or a purpose ("Mr Botin | convicted" of "But if convicted, Mr Botin could
    face a prison term", "the rest | used to cut | government borrowing" of "with the rest
    used to cut government borrowing", "Mr Lewis | set up" of "the Potato Council, set up in
    1997"). Not a conjunct sharing its auxiliary ("was arrested and charged"), a sentence's
    root or a participle in a sentence with no verb at its root (the parser's reading of its
    main verb: "A report by two MPs committees called on Thursday for urgent changes"), nor a
    participle describing a noun (:func:`reduced_relative`, the caller's)."""
    p, i = parse_of(doc), ext.trigger
    if p.tag[i] != "VBN" or p.dep[i] in SHARED or p.pos[_root(p, i)] not in VERBS:
        return False
    return not any(p.dep[c] in AUX_DEPS or p.dep[c] in SUBJECTS for c in p.children[i])


def _root(p: Parse, i: int) -> int:
    """The root of the sentence of token ``i`` (a bounded climb)."""
    for _ in range(MAX_DEPTH):
        if p.head[i] == i:
            break
        i = p.head[i]
    return i


#: The dependency label of a full relative clause ("countries which exceed the threshold").
RELATIVE = "relcl"
#: Tags of a verb in the present tense ("exceed", "breaches", "are adopting").
PRESENT = frozenset({"VBP", "VBZ"})
#: The tag of a plural common noun ("countries").
PLURAL = "NNS"
#: Dependents that make a noun phrase specific, not a class: a determiner other than a generic
#: one ("the countries", "these nations"), a possessor ("its members"), a number ("two
#: states"), a name ("Labour MPs").
SPECIFIC = frozenset({"det", "poss", "nummod", "compound", "predet"})


def defines_class(ext: Extraction, doc: Doc) -> bool:
    """Whether the predicate of ``ext`` is a relative clause in the present tense that
    defines a class of things by what they do, not an event: its noun is a bare plural
    ("Countries which exceed the threshold are liable to fines", "governments which are
    adopting costly reforms") or led by a generic determiner (``generic_words``: "any state
    which breaches the rules"). kg reads it as "countries | exceed | the threshold"; the
    sentence says what happens to any that do. Not a clause in the past ("MPs who voted
    against the bill": those did), nor of a specific phrase ("the countries which", "Labour
    MPs who", "two states that"), nor one the noun does not run straight into: a comma
    ("stockpiles, which are higher": an aside) or another modifier first ("subsidies on
    agriculture that make it hard to compete", "data from the government which point to a
    slowdown")."""
    p, i = parse_of(doc), ext.trigger
    if ext.subject.root != p.head[i]:
        return False  # the noun must do what the clause says: not "regions where we are ..."
    return _defining(p, i)


def cuts_class(ext: Extraction, doc: Doc) -> bool:
    """Whether a side of ``ext`` is a noun whose defining relative clause
    (:func:`defines_class`) it leaves out: "Countries | are | liable to heavy fines" of
    "Countries which exceed the threshold are liable to heavy fines", "... is | anathema in
    any country" of "... anathema in any country which observes the rule of law". What the
    sentence says of some, the statement says of all. (Plain loops: asked of every
    statement, the two generators under ``any`` cost more than the tests.)"""
    p = parse_of(doc)
    dep, idx = p.dep, p.idx
    for arg in (ext.subject, ext.object):
        if arg is None:
            continue
        for c in p.children[arg.root]:
            if dep[c] == RELATIVE and idx[c] >= arg.end and c != ext.trigger and _defining(p, c):
                return True
    return False


def _defining(p: Parse, i: int) -> bool:
    """Whether token ``i`` heads a relative clause in the present that defines a class on the
    noun it hangs on (see :func:`defines_class`)."""
    head = p.head[i]
    if p.dep[i] != RELATIVE or head == i or not _present(p, i):
        return False
    if left_edge(p, i) != head + 1 or not _led_by_relative(p, i):
        return False
    generic = vocabulary().generic_words
    kids = [c for c in p.children[head] if p.dep[c] in SPECIFIC]
    if any(p.lower[c] in generic for c in kids):
        return True
    return p.tag[head] == PLURAL and not kids


#: Relative pronouns that stand for the noun as the clause's subject ("countries which exceed").
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def _led_by_relative(p: Parse, i: int) -> bool:
    """Whether the relative clause of token ``i`` has a relative pronoun as its subject: the
    noun does what the clause says ("countries which exceed"; not "areas in which there are
    difficulties", "measures it disagrees with")."""
    return any(p.dep[c] in SUBJECTS and p.lower[c] in RELATIVE_PRONOUNS for c in p.children[i])


def _present(p: Parse, i: int) -> bool:
    """Whether the verb of token ``i`` is in the present simple or progressive (its own form
    or its auxiliary's: "exceed", "are adopting"; not the perfect, "have breached": those
    did)."""
    auxiliaries = [c for c in p.children[i] if p.dep[c] in AUX_DEPS]
    if any(p.lower[c] in PERFECT for c in auxiliaries):
        return False
    return p.tag[auxiliaries[0] if auxiliaries else i] in PRESENT


#: Auxiliaries of the present perfect.
PERFECT = frozenset({"have", "has", "'ve"})


def describes_noun(ext: Extraction, doc: Doc) -> bool:
    """Whether the predicate of ``ext`` describes a noun rather than reports an event: a
    reduced relative (:func:`reduced_relative`) or a relative clause that defines a class
    (:func:`defines_class`)."""
    return reduced_relative(ext, doc) or defines_class(ext, doc)
