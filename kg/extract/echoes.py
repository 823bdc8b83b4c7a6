"""An organisation's name written again where the parser tags no entity: "Parmalat has sued
45 banks ..." (no entity) in an article where "Parmalat" is an organisation elsewhere. spaCy's
small model tags the same company name in one sentence and not in the next (Parmalat,
Solidere, Gazprom), so an untagged mention was no actor: "The firm collapsed" could not lean
on it, nor "it". Each untagged run of nouns that spells a name (case and all) the article tags as an
organisation (or a place) becomes an entity of it (an echo), as the parser would have made it.
Looked up by the run's first word in an index of the names: no scan of names per word, and
only the words that spell a first word in some case are looked at.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extract.doctext import doc_text
from kg.extract.parse import Parse, parse_of
from kg.extract.words import body_titles, vocabulary

#: Entity labels whose names are echoed where the parser left them untagged (a person's
#: surname is :mod:`kg.extract.surnames`'s).
ECHOED = frozenset({"ORG", "GPE", "FAC"})
#: The parts of speech an echo's words may have (the tagger makes "Rosneft officials" a noun).
NAMED = frozenset({"PROPN", "NOUN"})
#: Words a tagged name may start with that its untagged echoes leave out ("the Kremlin").
LEADING = frozenset({"the"})


def with_echoes(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with an entity for each untagged run of nouns that spells (case and
    all) the name of an organisation or place ``ents`` tags (with the label of its first
    tagged mention), longest name first; in order."""
    names: dict[str, list[tuple[str, ...]]] = {}
    labels: dict[tuple[str, ...], str] = {}
    p, text = parse_of(doc), doc_text(doc)  # the words from the snapshot: no Token made
    for ent in ents:
        label, start = ent.label_, ent.start
        if label not in ECHOED:
            continue
        words = tuple([text[p.idx[i] : p.end[i]] for i in range(start, ent.end)
                       if p.lower[i] not in LEADING or i > start])  # fmt: skip
        if words and words[0][:1].isupper() and words not in labels:
            names.setdefault(words[0], []).append(words)
            labels[words] = label
    if not names:
        return ents
    for found in names.values():
        found.sort(key=len, reverse=True)
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}
    echoes: list[Span] = []
    after = 0  # the end of the last echo
    firsts = {word.lower() for word in names}  # the words a run may start with, any case
    for i in [i for i, lower in enumerate(p.lower) if lower in firsts]:
        word = text[p.idx[i] : p.end[i]] if p.pos[i] in NAMED and i not in tagged else ""
        match = _match(p, text, tagged, names[word], i) if word in names and i >= after else 0
        if match:
            words = tuple(text[p.idx[j] : p.end[j]] for j in range(i, i + match))
            echoes.append(Span(doc, i, i + match, label=labels[words]))
            after = i + match
    if not echoes:
        return ents
    return tuple(sorted((*ents, *echoes), key=lambda e: e.start))


def _match(p: Parse, text: str, tagged: set[int], found: list[tuple[str, ...]], i: int) -> int:
    """The length of the longest name of ``found`` spelled by untagged nouns from
    ``i``, the run not going on with another proper noun ("Parmalat" is not the start of
    "Parmalat Finanziaria"); 0 for none."""
    n, pos = len(p.pos), p.pos
    if i > 0 and pos[i - 1] == "PROPN" and i - 1 not in tagged:
        before = text[p.idx[i - 1] : p.end[i - 1]].lower()
        if before not in vocabulary().company_nouns:
            return 0  # part of a longer name, not a title before it ("Miner Highland Gold")
    for words in found:
        end = i + len(words)
        if (
            end <= n
            and all(j not in tagged and pos[j] in NAMED for j in range(i, end))
            and all(text[p.idx[i + k] : p.end[i + k]] == w for k, w in enumerate(words))
            and not (end < n and pos[end] == "PROPN")
        ):
            return len(words)
    return 0


#: Entity labels a word before them may belong to ("Liberal" of "Liberal Democrats").
WIDENED = frozenset({"ORG", "NORP"})
#: The most words before an entity read as the start of its name.
LEAD_WORDS = 2


def with_name_starts(
    ents: tuple[Span, ...], known: Callable[[str], str | None]
) -> tuple[Span, ...]:
    """``ents`` with each organisation or group the parser tagged without its first words
    widened to them, when the words and the entity spell a name ``known`` knows (an id) and
    the entity alone is not that one ("The Conservatives and Liberal Democrats": the parser tags
    "Democrats" only, which was read as a group of no country)."""
    if not ents:
        return ents
    doc = ents[0].doc
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for ent in ents:
        out.append(_widened(doc, ent, tagged, known) if ent.label_ in WIDENED else ent)
    return tuple(out)


def _widened(doc: Doc, ent: Span, tagged: set[int], known: Callable[[str], str | None]) -> Span:
    """``ent`` with the capitalised untagged words just before it in its sentence that with it
    spell a known name (the longest such), else ``ent`` as it is."""
    for n in range(LEAD_WORDS, 0, -1):
        start = ent.start - n
        if start < ent.sent.start or any(i in tagged for i in range(start, ent.start)):
            continue
        words = doc[start : ent.start]
        if not all(w.text[:1].isupper() and w.pos_ in {"PROPN", "ADJ"} for w in words):
            continue
        wide = known(doc[start : ent.end].text)
        if wide is not None and wide != known(ent.text):
            return Span(doc, start, ent.end, label=ent.label_)
    return ent


#: The parts of speech the tagger gives an acronym it left untagged ("ERAA", "LNM").
ACRONYM_POS = frozenset({"PROPN", "NOUN"})


def with_acronym_names(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with an organisation entity for each acronym the parser left untagged where
    the text says it names a body: written in brackets right after an organisation whose
    name makes its letters ("the European Regions Airline Association (ERAA)", "Project
    and Contract Office (PCO)": :func:`kg.extract.orgnames.initials`), or right after a noun
    of bodies or firms ("steel giant LNM", "stock market regulator AMF": ``company_nouns``,
    ``organisation_nouns``, ``named_organisation_nouns``). Its other untagged mentions are
    then :func:`with_echoes`'s. Only the article's untagged words of two to six capitals
    are looked at; the doc is not changed."""
    from kg.extract.orgnames import initials, is_acronym

    p, text = parse_of(doc), doc_text(doc)
    tagged = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    words = vocabulary()
    bodies = body_titles(words)
    found: list[Span] = []
    for i, pos in enumerate(p.pos):
        if i in tagged or pos not in ACRONYM_POS:
            continue
        word = text[p.idx[i] : p.end[i]]
        if not is_acronym(word) or (i + 1 < len(p.pos) and p.pos[i + 1] == "PROPN"):
            continue
        if _defined(p, tagged, i, word, initials) or (
            i > 0 and i - 1 not in tagged and p.lemma[i - 1].lower() in bodies
        ):
            found.append(Span(doc, i, i + 1, label="ORG"))
    if not found:
        return ents
    return tuple(sorted((*ents, *found), key=lambda e: e.start))


def _defined(p: Parse, tagged: dict[int, Span], i: int, word: str, initials) -> bool:
    """Whether the acronym at ``i`` is bracketed right after an organisation whose name's
    initials spell it."""
    if i < 2 or i + 1 >= len(p.lower) or p.lower[i - 1] != "(" or p.lower[i + 1] != ")":
        return False
    ent = tagged.get(i - 2)
    return ent is not None and ent.label_ == "ORG" and initials(ent.text) == word


#: The entity labels the words after the head may carry: the parser's places and pieces of
#: the same name ("Latin America", "Caribbean", "Skills"), or none; not a person, a date or a
#: number ("the Commerce Department for November").
ENDING_ENTS = frozenset({"", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: The parts of speech a capitalised word of a name's ending may have ("the Caribbean": ADJ).
ENDING_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def with_name_ends(ents: tuple[Span, ...], known: Callable[[str], str | None]) -> tuple[Span, ...]:
    """``ents`` with each organisation the parser cut after a head noun of bodies
    (``name_of_heads``) widened over the capitalised words of its "of" or "for" phrase: "the
    Economic Commission" of "the Economic Commission for Latin America and the Caribbean",
    "the Office of the" of "the Office of the Deputy Prime Minister", and "the Department for
    Education" going on with "and Skills"; the entities the wider name covers are dropped
    (the parser's "Latin America", "Caribbean", "Skills"). Not over a person's name, a date
    or a number, nor when ``known`` knows the name alone and not the wider one ("the Bank of
    England and Barclays"); ``known`` takes a name as written, "the" and all, as the
    gazetteer's lookup does (:func:`kg.gazetteer.norm`)."""
    if not ents:
        return ents
    doc = ents[0].doc
    p, text = parse_of(doc), doc_text(doc)
    wide: list[Span] = []
    for ent in ents:
        end = _name_end(p, text, ent) if ent.label_ == "ORG" else ent.end
        if end == ent.end or any(o.start < end < o.end for o in ents):
            continue  # no ending, or one that would cut another entity in two
        name, wider = doc[ent.start : ent.end], doc[ent.start : end]
        if known(name.text) is not None and known(wider.text) is None:
            continue
        if any(_a_body(o, known) for o in ents if ent.end <= o.start < end):
            continue  # "the Commission for Racial Equality and the Equal Opportunities ..."
        wide.append(Span(doc, ent.start, end, label=ent.label_))
    if not wide:
        return ents
    covered = {i for span in wide for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return tuple(sorted((*kept, *wide), key=lambda e: e.start))


def _name_end(p: Parse, text: str, ent: Span) -> int:
    """Where the name of organisation ``ent`` ends, read past the entity's end over an "of" or
    "for" phrase of capitalised words after a head noun of bodies, or over "and" and one word
    going on from such a phrase inside it ("the Department for Education" | "and Skills"); the
    entity's own end if it does not go on so. The phrase opens with ``name_phrase_prepositions`` and
    its words are joined by ``name_joins`` ("of the"). One "and" at most, and not one before a
    name of its own ("the New University of Ulster and the Ulster Polytechnic": two bodies)."""
    words, start, end = vocabulary(), ent.start, ent.end
    heads, preps, joins = words.name_of_heads, words.name_phrase_prepositions, words.name_joins
    if end == len(p.lower) or p.sent_start[end] != p.sent_start[start]:
        return end
    last = end - 1
    while last > start and p.lower[last] in joins:
        last -= 1  # "the Office of the": the name's words before the joins it was cut at
    inner = [i for i in range(start + 1, last + 1) if p.lower[i] in preps]
    going_on = not inner or last < end - 1  # a phrase opened at or after the entity's end
    if last < end - 1:  # cut after joins: "of the" must hold the "of" or "for"
        opened, head = any(p.lower[i] in preps for i in range(last + 1, end)), last
    elif p.lower[end] in preps:  # "the Economic Commission" | "for Latin America"
        opened, head, going_on = True, last, True
    else:  # "the Department for Education" | "and Skills"
        opened, head = p.lower[end] == "and" and bool(inner), (inner[0] - 1 if inner else last)
    if not opened or p.lower[head] not in heads or not _capital(p, text, head):
        return end
    i, found, before_and = end, end, None
    while i < len(p.lower) and p.sent_start[i] == p.sent_start[start]:
        if p.lower[i] == "and":
            if before_and is not None or (going_on and _own_name_after(p, i)):
                break
            before_and = found
        elif p.lower[i] not in joins:
            capital = _capital(p, text, i)
            if not (capital and p.pos[i] in ENDING_POS and p.ent_type[i] in ENDING_ENTS):
                if capital and before_and is not None:
                    found = before_and  # "... of Ulster and the Ulster | Polytechnic": two
                break
            found = i + 1
            if not going_on:  # "and Skills": one word, right after "and", ending the name
                if i != end + 1 or (i + 1 < len(p.lower) and _capital(p, text, i + 1)):
                    found = end  # "... of Ulster and the Ulster Polytechnic": another name
                break
        i += 1
    return found


#: Entity labels of the words after an "and" that make them a name of their own.
OWN_NAMES = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON"})


def _own_name_after(p: Parse, i: int) -> bool:
    """Whether the first word after the "and" at ``i`` (past "the") is tagged as a name of
    its own: a body, a place or people ("and the Ulster Polytechnic", "and Southampton")."""
    j = i + 1
    while j < len(p.lower) and p.lower[j] == "the":
        j += 1
    return j < len(p.lower) and p.ent_type[j] in OWN_NAMES


def _a_body(ent: Span, known: Callable[[str], str | None]) -> bool:
    """Whether an entity after a name's head is an organisation of its own: one ``known``
    knows, or whose last word is a head noun of bodies ("Commission")."""
    heads = vocabulary().name_of_heads
    return ent.label_ == "ORG" and (known(ent.text) is not None or ent[-1].lower_ in heads)


def _capital(p: Parse, text: str, i: int) -> bool:
    """Whether token ``i`` is a word written with a capital first letter."""
    word = text[p.idx[i] : p.end[i]]
    return word[:1].isupper() and any(ch.isalpha() for ch in word)
