"""The article's title and wire datelines, for admission (:mod:`kg.extract.admission`, which
documents the ``title`` and ``dateline`` reasons): where the title ends, which statements were
read off it and which of those say what was done in the headline present, and which sides are
(part of) a dateline. Pure functions of a finished statement and the article text."""

from __future__ import annotations

from kg.extract.fragments import words_of
from kg.layout import dateline
from kg.model import Statement


def title_end(text: str, title: str | None) -> int:
    """Where the article's title ends in its text (0: the article has no title there)."""
    return len(title) if title and text.startswith(title) else 0


def in_title(st: Statement, end: int) -> bool:
    """Whether the statement was read off the article's title (its relation is there), and
    is no headline in the present tense (:func:`is_headline`)."""
    return st.relation_span[0] < end and not is_headline(st)


#: Patterns of a headline that says who does what to whom ("IMF agrees fresh Turkey funding").
HEADLINE_PATTERNS = frozenset({"svo", "clause"})


def is_headline(st: Statement) -> bool:
    """A title's "X verbs Y" in the headline present ("IMF agrees fresh Turkey funding",
    "Tories attack EU asylum moves", "Minister hits out at Yukos sale"): the one headline
    form whose reading is reliable, saying what was done; not a past or passive participle
    ("Straw attacked on China arms", "Talks held on Gibraltar's future", "UK set to cut back
    on embassies"), a copula, a nominal, or a verb with no object."""
    if st.pattern not in HEADLINE_PATTERNS or st.object is None:
        return False
    first = words_of(st.relation)[:1]
    return bool(first) and first[0] in present_forms(st.relation_lemma)


def present_forms(lemma: str) -> frozenset[str]:
    """The present-tense forms of a regular verb: "agree", "agrees"; "reach", "reaches";
    "deny", "denies" (not of "be": "is" is a copula, never a headline's verb)."""
    if not lemma or lemma == "be":
        return frozenset()
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return frozenset(forms)


def in_dateline(st: Statement, text: str) -> bool:
    """Whether the subject or object starts inside a wire dateline opening its line."""
    for span in (st.subject_span, st.object_span):
        if span is None or not text:
            continue
        start = text.rfind("\n", 0, span[0]) + 1
        stop = text.find("\n", start)
        found = dateline(text[start : stop if stop >= 0 else len(text)])
        if found is not None and span[0] < start + found.end:
            return True
    return False
