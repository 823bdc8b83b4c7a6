"""Reduced relatives: the parse-side evidence of the ``background`` reason of
:mod:`kg.extract.admission` (which documents it). A participle that hangs on a noun with no
auxiliary of its own ("assets once owned by Yukos", "the utilities operating in Argentina",
"an event organised by the UK's Department for International Development") describes that
noun: kg reads it as a statement ("assets | owned by | Yukos"), but what it says is background
to the sentence, not something its writer reports as done.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.parse import Parse, parse_of
from kg.extract.predicates import AUX_DEPS
from kg.extract.records import Extraction

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


def _root(p: Parse, i: int) -> int:
    """The root of the sentence of token ``i`` (a bounded climb)."""
    for _ in range(MAX_DEPTH):
        if p.head[i] == i:
            break
        i = p.head[i]
    return i
