"""Stand-ins for spaCy's attribute ruler and rule lemmatizer that give the same annotations
without a Token object, a match or a rule run per token: one dictionary lookup each.

spaCy's ``attribute_ruler`` matches every token against all of its patterns and then sets each
match's attributes through a ``Span`` and a ``Token`` object; its ``lemmatizer`` walks the
tokens in Python. In ``en_core_web_sm`` the two took about a sixth of the whole pipeline's time
(1.2-1.7 s and 0.3-0.9 s of 13-15 s for 200 BBC articles), more than kg's own components.
Nearly all of the ruler's patterns look at one token alone (most at its fine-grained tag: the
tag map, "NNS" gives NOUN, Number=Plur), and a rule lemma is a function of a word, its part of
speech and its morphology; both are worked out once per kind of token and looked up, read and
written as arrays. Why not a library: this *is* spaCy's data, replayed with spaCy's own
``Matcher`` for the patterns that need it and spaCy's own lemmatizer for each new word; only
the order of work changes. ``tests/test_tagging.py`` checks the annotations against the stock
components on news text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: spaCy's components that kg runs its own way, and the names of kg's stand-ins.
STAND_INS = {"attribute_ruler": "kg_attribute_ruler", "lemmatizer": "kg_lemmatizer"}
#: What a rule of one token may look at: the same values of these give the same rules.
_KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY = tuple(IDS[name] for name in _KEY_NAMES)
#: What a rule may set and still be written as a column (others, such as extension or
#: lexical attributes, go through spaCy's ``set_token_attrs`` like rules of several tokens).
_COLUMNS = {DEP, LEMMA, MORPH, POS, TAG}


class Answer(NamedTuple):
    """What the rules of one token do to a kind of token: the rules that match it (rule
    numbers and attributes, in rule order), and per attribute of ``columns`` the value they
    leave and whether they set it at all."""

    rules: list[tuple[int, dict]]
    values: list[int]
    sets: list[bool]


def _lower_tests(patterns) -> tuple[set[str] | None, list[re.Pattern]]:
    """The lowercase forms that rules of one token ask for, and their regular expressions;
    None for the forms if a rule asks for something else (any form may then matter)."""
    words: set[str] = set()
    regexes: list[re.Pattern] = []
    for pattern in patterns:
        if len(pattern) != 1 or "LOWER" not in pattern[0]:
            continue
        test = pattern[0]["LOWER"]
        if isinstance(test, str):
            words.add(test)
        elif isinstance(test, dict) and set(test) == {"IN"}:
            words.update(test["IN"])
        elif isinstance(test, dict) and set(test) == {"REGEX"}:
            regexes.append(re.compile(test["REGEX"]))
        else:
            return None, []
    return words, regexes


class ArrayAttributeRuler:
    """spaCy's ``AttributeRuler`` (``ruler``) with its answers kept per kind of token.

    The stock ruler finds every match first and then applies them in the order the rules were
    added, a later rule overwriting what an earlier one set: a token's final value of an
    attribute is that of the last rule matching it that sets the attribute. A rule of one
    token looks at the token's tag, lowercase form, dependency label and whether it is space
    (:data:`KEY`) and nothing else, so which such rules match, and the values they leave, are
    a function of those four: worked out once for each new combination (with spaCy's
    ``Matcher`` on the token alone) and written as arrays. The few rules of two tokens
    ("gon na", "let 's"), and rules that set what cannot be written as a column (extension or
    lexical attributes), run in a ``Matcher`` of their own over the Doc; a token one of them
    matches has all its rules applied again in order, as the stock ruler does."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        self.rules: dict[int, tuple[int, dict, int]] = {}
        rules = ruler.patterns
        for number, rule in enumerate(rules):  # spaCy names rule i "i"
            key = strings.add(str(number))
            patterns = rule["patterns"]
            if (
                not all(len(p) == 1 and set(p[0]) <= set(_KEY_NAMES) for p in patterns)
                or rule["index"] not in (0, -1)  # spaCy raises E1001: so do we, in _reapply
                or not set(ruler.attrs[number]) <= _COLUMNS
            ):
                self.multi.add(key, patterns)
            else:
                self.single.add(key, patterns)
            self.rules[key] = (number, ruler.attrs[number], rule["index"])
        self.words, self.regexes = _lower_tests(p for rule in rules for p in rule["patterns"])
        #: Each lowercase form seen, or 0 where no rule of one token could tell it from another.
        self.lowers: dict[int, int] = {}
        #: The attributes the rules set.
        self.columns = sorted(_COLUMNS & {a for _, attrs, _ in self.rules.values() for a in attrs})
        #: For each kind of token seen (its values of :data:`KEY`), what the rules of one
        #: token do to it.
        self.known: dict[tuple, Answer] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        multi = self.multi(doc, allow_missing=True, as_spans=False) if len(self.multi) else []
        rows = doc.to_array([*KEY, *self.columns])
        width = len(KEY)
        known, lowers = self.known, self.lowers
        answers: list[Answer] = []
        for i, (tag, lower, dep, space) in enumerate(rows[:, :width].tolist()):
            form = lowers.get(lower)
            if form is None:
                form = lowers[lower] = self._form(doc[i].lower_, lower)
            key = (tag, form, dep, space)
            answer = known.get(key)
            if answer is None:
                answer = known[key] = self._answer(doc, i)
            answers.append(answer)
        values = numpy.array([a.values for a in answers], dtype=numpy.uint64)
        sets = numpy.array([a.sets for a in answers], dtype=bool)
        if sets.any():
            doc.from_array(self.columns, numpy.where(sets, values, rows[:, width:]))
        if multi:
            self._reapply(doc, multi, answers)
        return doc

    def _form(self, text: str, lower: int) -> int:
        """The lowercase form's id as the key holds it: 0 if no rule of one token asks for
        it (then all such forms are one kind)."""
        if self.words is None or text in self.words or any(r.search(text) for r in self.regexes):
            return lower
        return 0

    def _answer(self, doc: Doc, i: int) -> Answer:
        """What the rules of one token do to token ``i`` (spaCy's matcher on it alone)."""
        matched = self.single(doc[i : i + 1], allow_missing=True, as_spans=False)
        rules = sorted(dict(self.rules[key][:2] for key, _, _ in matched).items())
        values: dict = {}
        for _, attrs in rules:
            values.update(attrs)
        return Answer(
            rules,
            [values.get(name, 0) for name in self.columns],
            [name in values for name in self.columns],
        )

    def _reapply(self, doc: Doc, matches: list[tuple[int, int, int]], answers: list[Answer]):
        """The tokens a rule of several tokens matched: all their rules applied again, in
        rule order, as spaCy does, so that a later rule of one token still beats an earlier
        rule of several on what both set (and the other way round)."""
        todo: dict[int, list[tuple[int, dict]]] = {}
        for key, start, end in matches:
            number, attrs, index = self.rules[key]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"[E1001] rule {number}: index {index} outside its match")
            todo.setdefault(doc[start:end][index].i, []).append((number, attrs))
        for i, rules in todo.items():
            for _, attrs in sorted(rules + answers[i].rules, key=lambda r: r[0]):
                set_token_attrs(doc[i], attrs)


class ArrayLemmatizer:
    """spaCy's rule ``lemmatizer`` with its answers kept per word, part of speech and
    morphology (what its own cache is keyed by; each lemma is a function of them), read and
    written as arrays. A token that already has a lemma (the attribute ruler sets some) keeps
    it, unless the lemmatizer overwrites, as the stock one does. ``stock`` is the spaCy
    lemmatizer, asked once for each new word; its word lists become sets (:func:`_indexed`)."""

    def __init__(self, stock) -> None:
        self.stock = stock
        self.known: dict[tuple[int, int, int], int] = {}
        _indexed(stock)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        known = self.known
        overwrite = self.stock.overwrite
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = doc.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


def _indexed(lemmatizer) -> None:
    """Make the rule lemmatizer's lists of known words (``lemma_index``: 57,528 nouns, 20,993
    adjectives ...) sets. spaCy asks ``form in index`` of each form its rules make, which on a
    list is a scan: about 0.25 ms per new word, most of what a new word costs. Asked only that
    way, a set answers the same. (The lemmatizer can then no longer be written to disk, which
    kg never does.)"""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for key in list(index or ()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


@Language.factory(
    STAND_INS["attribute_ruler"],
    requires=["token.tag"],
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def make_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    """The pipeline's ``attribute_ruler``, as :class:`ArrayAttributeRuler`."""
    return ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(
    STAND_INS["lemmatizer"], requires=["token.pos", "token.morph"], assigns=["token.lemma"]
)
def make_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    """The pipeline's rule ``lemmatizer``, as :class:`ArrayLemmatizer`."""
    return ArrayLemmatizer(nlp.get_pipe("lemmatizer"))


def stand_in(nlp: Language) -> None:
    """Put :class:`ArrayAttributeRuler` and :class:`ArrayLemmatizer` in the places of spaCy's
    ``attribute_ruler`` and rule ``lemmatizer`` (each where the pipeline has one)."""
    if "attribute_ruler" in nlp.pipe_names:
        _replace(nlp, "attribute_ruler")
    if getattr(_pipe(nlp, "lemmatizer"), "mode", None) == "rule":  # a lookup one stays
        _replace(nlp, "lemmatizer")


def _replace(nlp: Language, name: str) -> None:
    nlp.add_pipe(STAND_INS[name], after=name)
    nlp.remove_pipe(name)


def rule_lemmatizer(nlp: Language):
    """spaCy's rule lemmatizer of the pipeline (kept inside its stand-in), or None."""
    if (ours := _pipe(nlp, STAND_INS["lemmatizer"])) is not None:
        return ours.stock
    stock = _pipe(nlp, "lemmatizer")
    return stock if getattr(stock, "mode", None) == "rule" else None


def _pipe(nlp: Language, name: str):
    return nlp.get_pipe(name) if name in nlp.pipe_names else None
