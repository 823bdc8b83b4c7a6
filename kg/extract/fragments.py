"""Fragments: a statement that is a piece of a phrase, not a reading of its sentence (the
``fragment`` reason of :mod:`kg.extract.admission`, which documents it). Pure functions of a
finished :class:`~kg.model.Statement`, the article text and the word lists
(``ontology/words.tsv``: ``fragment_starts``, ``fragment_ends``, ``clause_verbs``,
``complement_words``, ``conditional_marks``, ``pending_marks``, ``generic_words``,
``hollow_nouns``, ``light_verbs``, ``name_junk``)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import Words, united
from kg.model import ACTOR_TYPES, Statement

#: A word of a phrase, as the rules read it.
WORD = re.compile(r"[^\W_][\w'’.-]*")


def words_of(text: str | None) -> list[str]:
    """The words of a phrase, lower case, without quotes and punctuation around them."""
    return list(_words(text or ""))


@lru_cache(maxsize=4096)  # the same subjects and objects come back for many statements
def _words(text: str) -> tuple[str, ...]:
    return tuple([w.rstrip(".").lower() for w in WORD.findall(text)])


#: The pattern of a noun read as a relation ("Turkey | loan agreement with | the IMF"): its
#: relation is a common noun and its preposition, never a word of a name, which would cut the
#: name apart ("Deutsche Telekom | Mobile centres on | the tariffs", "Boston | Federal court
#: against | James Tambone").
NOMINAL = "nominal"


def _cut_name(word: str) -> bool:
    """Whether a word of a nominal relation is a capitalised word of a name ("Mobile",
    "Federal"); not an acronym, a name whole in itself ("Turkey | EU membership talks with |
    Brussels")."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


#: Modalities of what a statement gives as a fact, asserted or reported.
FACTS = frozenset({"asserted", "reported"})

#: Modalities under which "to V" is read as what it is, a request ("urged the WTO | to set up
#: | a panel", requested): no fragment.
ASKED = frozenset({"requested"})


def is_fragment(st: Statement, text: str, words: Words) -> bool:
    """A piece of a phrase: "to V" as the relation (its subject supplied: "Xi invited Putin to
    attend", "would allow China to invest"; not when marked as asked), a "said" with a bare noun
    phrase (``clause_verbs``), a relation with no object (nor other argument) whose complement
    follows it in the text (:func:`complement_left`), a verb read without the "as" phrase that
    says what its object is taken for (:func:`regard_left`), a light verb whose short object left
    behind the complement that follows it (:func:`light_complement_left`), a side cut at a
    hyphen, inside a word (:func:`_inside_word`), at an ellipsis or inside a quotation
    (:func:`open_quote`) or with no word, one starting or ending with a word no phrase starts or
    ends with, one ending with a noun whose content is the clause right after it in the text
    (:func:`hollow_left`; not a reported clause), one cut from the condition that opens it
    (:func:`after_condition`) or from the "until" it awaits (``pending_marks``), or a generic
    subject ("any country", of "any country which observes the rule of law", ``generic_words``)
    read as a fact (:data:`FACTS`: not "any decision would be reviewed"); the conditions not in
    a statement marked hypothetical."""
    if words_of(st.relation)[:1] == ["to"] and st.modality not in ASKED:
        return True  # what was wished or allowed, read as if done ("it to ignore any measures")
    if st.pattern == "svo" and st.object and st.relation_lemma in words.clause_verbs:
        return True  # "said | individual voter registration": the clause was cut off
    if st.object is None and not st.extra_args and complement_left(st, text, words):
        return True  # "A US company | has pulled" of "has pulled out of a contract"
    if light_complement_left(st, words):
        return True  # "ONGC | may take | part" of "may take part in joint tender bids"
    if placed_alone(st, words):
        return True  # "The Spanish | have put | their forces" of "... on standby"
    if result_left(st, words):
        return True  # "he | has turned | Santander" of "... into one of the top ten banks"
    if regard_left(st, words):
        return True  # "Government policy | sees | the bank listings" of "... as vital reforms"
    if st.pattern == NOMINAL and any(_cut_name(w) for w in st.relation.split()):
        return True  # "Deutsche Telekom | Mobile centres on" of "Deutsche Telekom's T-Mobile"
    if after_condition(text, st.subject_span[0], words, relation=st.relation_span,
                       marks=words.question_marks) and not stated_reason(
                           text, st.subject_span[0], words):  # fmt: skip
        return True  # "how | we tackle this problem": what is asked, not said or done
    if asked_if(text, st.subject_span[0], words, relation=st.relation_span):
        return True  # "refused to say if | it | would appeal": asked, whatever its modality
    hypothetical = st.modality == "hypothetical"
    opening = words_of(st.subject)[:1]
    if st.modality in FACTS and opening and opening[0] in words.generic_words:
        return True  # "any country | observes | the rule of law": of no one, and not said
    sides = [(st.subject, st.subject_span), (st.object, st.object_span)]
    awaited = united(words, AWAITED_LISTS)  # "if ...", "until ..."
    for phrase, span in sides:
        if phrase is None or span is None:
            continue
        found = words_of(phrase)
        if not found:
            return True
        if found[0] in words.fragment_starts or found[-1] in words.fragment_ends:
            return True
        if hollow_left(found, text, span, words) and st.pattern != "clause":
            return True  # "the UK | is governed | the way" of "the way the UK is governed"
        if _cut(text, span) or _inside_word(text, span) or open_quote(phrase, text, span[1]):
            return True
        if not hypothetical and after_condition(
            text, span[0], words, relation=st.relation_span, marks=awaited
        ):
            return True
    return False


#: The marks a side may be cut from (:func:`after_condition`): a condition's ("if") and what
#: it awaits ("until"), united once (:func:`kg.extract.words.united`).
AWAITED_LISTS = ("conditional_marks", "pending_marks")


def hollow_left(found: list[str], text: str, span: tuple[int, int], words: Words) -> bool:
    """Whether a phrase (its words ``found``, at ``span``) ends with a noun whose content is
    the clause right after it, a word following on (``hollow_nouns``: "the way" of "the way
    the UK is governed"; not of "in a very positive way."). A reported clause so cut is no
    phrase of it: what was said, and by whom, stands (pattern ``clause``, the caller's)."""
    return bool(found) and found[-1] in words.hollow_nouns and bool(_NEXT.match(text, span[1]))


def light_complement_left(st: Statement, words: Words) -> bool:
    """A light verb (``light_verbs``) whose object is a short phrase of no actor (at most
    :data:`SHORT` words) and whose complement kg kept apart, its first ``extra_args`` led by
    a preposition that completes the verb and its object (``complement_words``, "in", "to"):
    they mean little without it ("may take | part" of "may take part in joint tender bids",
    "took | their case" of "took their case to the House of Lords"). Not a bare phrase first
    ("would give | a voice | Gibraltarians, in their future"), an amount ("Libya | takes |
    $1bn | in unfrozen funds": the verb is no light verb there), a time or a passive's agent
    ("made | 101 recommendations | after hearing evidence", "by law"), nor the object of a
    preposition that ends the relation ("was taken to | hospital | after a clash")."""
    if st.relation_lemma not in words.light_verbs or st.object is None or not st.extra_args:
        return False
    last = words_of(st.relation)[-1:]
    completing = words.complement_words | COMPLETING
    if not last or last[0] in completing or last[0] in ("as", "by"):
        return False  # "was taken to | hospital": the object is the preposition's, complete
    if st.object_type in ACTOR_TYPES or len(words_of(st.object)) > SHORT:
        return False
    if st.object[:1] in AMOUNT_STARTS:
        return False  # "Libya | takes | $1bn | in unfrozen funds": a sum taken, not a light verb
    first = st.extra_args[0].split(maxsplit=1)[:1]
    return bool(first) and first[0] in completing


def placed_alone(st: Statement, words: Words) -> bool:
    """A verb that needs a place, a state or a likeness after its object (``placing_verbs``)
    read with its object alone, the relation ending in the verb itself: "The Spanish | have
    put | their forces" of "have put their forces on standby", "we | put | the British cheque
    | on the table", "he | has likened | a G8 aid package | to the Marshall Plan" (kept apart
    or lost, what was done is in the complement). Not when the relation holds the complement's
    particle or preposition ("would have to put up | taxes", "was put in charge of |
    education"), nor a passive ("was put | on standby")."""
    if st.pattern != "svo" or st.object is None or st.relation_lemma not in words.placing_verbs:
        return False
    last = words_of(st.relation)[-1:]
    stem = st.relation_lemma.removesuffix("e")
    return bool(last) and last[0].startswith(stem)


#: The preposition of a result or a destination after a verb's object ("turned X into Y").
INTO = "into"


def result_left(st: Statement, words: Words) -> bool:
    """An active verb whose "into" phrase is the result or destination of the act
    (``result_verbs``) read with its object alone, the "into" phrase kept apart
    (``extra_args``): "he | has turned | Santander | into one of the top ten biggest banks",
    "it | had taken | the fact ... | into consideration", "The Titan corporation | funnelling |
    more than $2m | into the ... campaign", "to lull | the British public | into a false sense
    of security"; the point is in what was left out. Not another verb ("The plans | could
    introduce | a free market | into everything ...": whole without it), an object that takes
    the "into" phrase itself (``into_nouns``: "take | a look | into ..."), nor a passive or a
    relation that ends in its own preposition ("was taken into | custody")."""
    if not _phrase_left(st, words.result_verbs, INTO):
        return False
    found = words_of(st.object)
    return bool(found) and found[-1] not in words.into_nouns


#: The preposition of what an object is taken for ("sees X as Y", "described X as Y").
AS = "as"


def regard_left(st: Statement, words: Words) -> bool:
    """An active verb whose "as" phrase says what its object is taken for (``regard_verbs``)
    read with its object alone, the "as" phrase kept apart (``extra_args``): "Government policy |
    sees | the bank listings | as vital economic reforms", "President Vladimir Putin | has
    described | the affair | as a crackdown on corruption", "some economists | classify | a state
    of affairs | as a recession"; the point is in what was left out. Not another verb ("has
    replaced | Herbert Demel | as chief executive": whole without it), nor a relation that ends in
    its own "as" ("is seen as | a threat")."""
    return _phrase_left(st, words.regard_verbs, AS)


def _phrase_left(st: Statement, verbs: frozenset[str], preposition: str) -> bool:
    """Whether an active verb of ``verbs`` was read with its object while a phrase of
    ``preposition`` was kept apart (``extra_args``), the relation not ending in that
    preposition itself (:func:`result_left`, :func:`regard_left`)."""
    if st.pattern != "svo" or st.object is None or not st.extra_args:
        return False
    if st.relation_lemma not in verbs or words_of(st.relation)[-1:] == [preposition]:
        return False
    return any(words_of(extra)[:1] == [preposition] for extra in st.extra_args)


#: How an amount starts (a currency sign, a digit): a light verb's object in a light verb
#: construction is a noun of what is done ("part", "a decision"), never an amount.
AMOUNT_STARTS = frozenset("$£€¥0123456789")
#: Prepositions that complete a light verb and its object besides ``complement_words``
#: ("take part in", "took their case to").
COMPLETING = frozenset({"in", "to"})
#: How many words a light verb's object has at most to say nothing without its complement.
SHORT = 2


#: The word right after a relation, with nothing but spaces between (same line).
_NEXT = re.compile(r"[ \t]*([^\W\d_][\w'’-]*)")


def complement_left(st: Statement, text: str, words: Words) -> bool:
    """Whether the word right after the relation (nothing but spaces between) begins the
    complement the statement left out: a particle or preposition (``complement_words``: "has
    pulled | out of a contract", "have called | for ...") or a name ("a firm called |
    Baikal"; not a day, ``name_junk``: "resigned Monday")."""
    found = _NEXT.match(text, st.relation_span[1]) if text else None
    if found is None:
        return False
    word = found.group(1).lower()
    named = found.group(1)[0].isupper() and word not in words.name_junk
    return word in words.complement_words or named


#: Text that may stand between a conditional word and the phrase it opens: spaces and quotes.
_OPENING = re.compile(r"([^\W\d_]+)[\s\"'“‘]*$")


def after_condition(
    text: str,
    start: int,
    words: Words,
    *,
    relation: tuple[int, int] = (0, 0),
    marks: frozenset[str] | None = None,
) -> bool:
    """Whether a phrase starting at ``start`` opens right after a conditional word
    (``marks``, by default ``conditional_marks``): "we follow that logic" in '"If we follow
    that logic, ...'; not one of the ``relation`` span, a verb ("the US provided | Iraq with
    aid")."""
    marks = words.conditional_marks if marks is None else marks
    lo = max(0, start - 20)
    window = text[lo:start].lower()
    for mark in marks:  # a plain loop (no generator): asked for each side of each statement
        if mark in window:
            break
    else:
        return False  # most phrases: no conditional word before, no search
    found = _OPENING.search(text, lo, start)
    if found is None or relation[0] <= found.start(1) < relation[1]:
        return False
    return found.group(1).lower() in marks


#: "why" after the word before it, with what may stand between it and the phrase it opens.
_REASON = re.compile(r"(\S+)\s+why[\s\"'“‘]*$", re.IGNORECASE)


def stated_reason(text: str, start: int, words: Words) -> bool:
    """Whether a phrase starting at ``start`` opens right after "why" that follows a form of
    "be" (``reason_copulas``: "That's why | the Kok report recommends ...", "This was why | the
    government was considering scrapping the retirement age"): the clause the sentence gives a
    reason for, stated as so, not an embedded question ("asked how | ..."); not "the reason why
    | the numbers are so inflated", "So why | Britain ...", "comment on why | it had delayed"."""
    found = _REASON.search(text, max(0, start - 30), start)
    if found is None:
        return False
    word = found.group(1).lower().replace("’", "'")
    clitic = word[word.index("'") :] if "'" in word else word  # "that's": "'s"
    return word in words.reason_copulas or clitic in words.reason_copulas


#: "if" after an asking word, with what may stand between it and the phrase it opens.
_ASKED_IF = re.compile(r"([^\W\d_]+)\s+if[\s\"'“‘]*$", re.IGNORECASE)


def asked_if(text: str, start: int, words: Words, *, relation: tuple[int, int] = (0, 0)) -> bool:
    """Whether a phrase starting at ``start`` opens right after an "if" that follows an
    asking word (``asking_words``: "refused to say if | it would appeal", "to see if | they
    provide maximum benefits"): an embedded question, as after "whether"
    (``question_marks``), not a condition ("if | the embargo is lifted"); not one of the
    ``relation`` span."""
    lo = max(0, start - 30)
    if not _ends_with_f(text, lo, start):
        return False  # most phrases: no "if" right before, no search
    found = _ASKED_IF.search(text, lo, start)
    if found is None or relation[0] <= found.start(1) < relation[1]:
        return False
    return found.group(1).lower() in words.asking_words


#: What :data:`_ASKED_IF` lets stand between its "if" and the phrase, besides spaces.
_IF_TRAIL = "\"'“‘"


def _ends_with_f(text: str, lo: int, start: int) -> bool:
    """Whether the last character of ``text[lo:start]`` that is no space or opening quote is
    an "f" or "F": where :data:`_ASKED_IF` can match (its "if" ends there, and no other
    character is an "f" to its case-blind match); a few characters read, no search."""
    end = start
    while end > lo and (text[end - 1].isspace() or text[end - 1] in _IF_TRAIL):
        end -= 1
    return end > lo and text[end - 1] in "fF"


#: Marks of text left out: a phrase that stops at one was cut by the writer.
ELLIPSES = ("...", "…")


def _cut(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase at ``span`` is a word cut at its hyphen ("X" of "X-ray"), or stops
    where the writer cut the text ('the ruling would "make more difficult...')."""
    (before, after), end = _around(text, span), span[1]
    if text.startswith(ELLIPSES, end):
        return True
    return before == "-" or (after == "-" and end + 1 < len(text) and text[end + 1].isalnum())


def _inside_word(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase at ``span`` starts or stops inside a word of the text, a letter or
    digit right before or after it: an amount cut from its unit ("$28.5" and "m" of
    "$28.5m"), a garbled side."""
    before, after = _around(text, span)
    return before.isalnum() or after.isalnum()


def _around(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The characters right before and after a phrase at ``span`` (a space at either end of
    the text)."""
    start, end = span
    before = text[start - 1] if 0 < start <= len(text) else " "
    after = text[end] if 0 <= end < len(text) else " "
    return before, after


#: A quotation mark that opens a quote (at the start or after a space, a bracket or a dash,
#: before a word; a single one before a letter: "the '90s" opens none) and one that closes it
#: (after a word or punctuation, before a space, punctuation or the end): an apostrophe
#: inside a word ("Britain's") is neither.
_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:[\"“](?=\w)|['‘](?=[^\W\d_]))")
_CLOSES = re.compile(r"(?<=[\w.,!?%)])[\"”'’](?=$|[\s.,;:!?)\]—–-])")


def open_quote(phrase: str, text: str, end: int) -> bool:
    """Whether ``phrase`` (ending at ``end`` in ``text``) opens a quotation it does not
    close, and no closing mark follows it there: it stops inside the quote ('allowed
    detentions "in a way' of '"in a way that discriminates"', "this illegal 'law" of
    "this illegal 'law'"), not at its end ('"until ... proved effective' before its '."')."""
    if '"' not in phrase and "“" not in phrase and "'" not in phrase and "‘" not in phrase:
        return False  # most phrases: none of the marks _OPENS looks for, no search
    opens = [m.start() for m in _OPENS.finditer(phrase)]
    if not opens or _CLOSES.search(phrase, opens[-1] + 1):
        return False
    return _CLOSING.match(text, end) is None


#: What follows a phrase that ends its quote: the closing mark, maybe after punctuation.
_CLOSING = re.compile(r"[.,;:!?]*[\"”'’]")
