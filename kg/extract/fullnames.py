"""A person's name as an article writes it: the name without the junk at its edges, and the
full names that short names ("Petrov", "Mr Petrov") stand for in one article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.doctext import doc_memo, tokens_text
from kg.extract.genders import first_names
from kg.extract.namevariants import add_variants
from kg.extract.parse import Parse, first_conjunct_at, parse_of
from kg.extract.wordnet import agent_nouns
from kg.extract.words import body_titles, vocabulary
from kg.gazetteer import Gazetteer, norm
from kg.nlp import dictionary_words

#: Entities of kinds that never name an actor, which a name after an honorific overrides.
NO_ACTOR_ENTS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
#: Entities the parser may give a person's full name ("Bernie Ebbers" as an organisation).
MISTAKEN = frozenset({"ORG", "GPE"})
#: The parts of speech of an English word (:func:`kg.nlp.dictionary_words`, cached per tuple):
#: a name's word that is one may be no person's or firm's own ("Budget Aston", "Virgin Radio").
WORD_KINDS = ("noun", "adj", "verb", "adv")
#: The dependencies of a name that speaks: the subject of "said" ("X said", "said X").
SPEAKING_DEPS = frozenset({"nsubj"})
#: The lower-case start glued to a name by a lost space ("ofNew Labour").
GLUED = re.compile(r"^[a-z]+(?=[A-Z])")
#: A sum written in figures with its magnitude ("2bn", "$725m", "1.5tn"): no name ends with
#: one ("awarded Varig 2bn reais"), where a bare number may ("Channel 4") and a firm's "3M".
AMOUNT = re.compile(r"^[$£€]?\d[\d.,]*(bn|tn|m|k)$")


def is_person(ent: Span) -> bool:
    """A person's name: spaCy says so, or an honorific comes before it ("Mr Hockney" that
    spaCy took for an organisation)."""
    if ent.label_ == "PERSON":
        return True
    start = ent.start
    before = parse_of(ent.doc).lower[start - 1] if start > 0 else None
    return before is not None and before.rstrip(".") in vocabulary().honorifics


def with_honorific_names(doc: Doc) -> tuple[Span, ...]:
    """The entities of a doc, with each name after an honorific that spaCy did not take for
    a person ("Mr Cable" with no entity, "Mr Balls" as an organisation, "Mr Straw" as a
    product) as a PERSON entity from the honorific to the name's last word. An entity that
    reaches past the name is left as it is, unless it is of a kind that names no actor ("Both
    Mr Brown and Mr Blair" as a work of art). The doc is not changed."""
    words = vocabulary()
    not_names = words.titles | words.name_junk
    ents, lowers, honorifics = list(doc.ents), parse_of(doc).lower, words.honorifics
    titled = [i for i, lower in enumerate(lowers[:-1]) if lower.rstrip(".") in honorifics]
    for i in titled:
        tok, end = doc[i], i + 1
        while end < len(doc) and _name_word(doc[end], not_names):
            end += 1
        met = [e for e in ents if e.start < end and e.end > tok.i]
        if end > tok.i + 1 and all(
            e.label_ in NO_ACTOR_ENTS
            or (e.label_ != "PERSON" and tok.i <= e.start and e.end <= end)
            for e in met
        ):
            ents = [e for e in ents if e not in met] + [Span(doc, tok.i, end, label="PERSON")]
    return tuple(sorted(ents, key=lambda e: e.start))


def with_people_named_again(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with a name the parser took for an organisation or place made a person's
    when the article names that person by honorific and surname ("The trial of Bernie
    Ebbers" as an organisation, then "Mr Ebbers") or by the surname alone, a person's
    ("Ireland's Alistair Cragg" as an organisation, then "said Cragg"; only an
    organisation's, not a place's: "South Yorkshire" stays a place whatever "Yorkshire"
    alone was tagged): two or three capitalised words whose last is the surname. The doc
    is not changed."""
    people = [e for e in ents if e.label_ == "PERSON"]
    surnames = _surnames(e for e in people if honorific(e))
    alone = _surnames(e for e in people if len(e) == 1)
    if not surnames | alone:
        return ents
    return tuple(
        Span(e.doc, e.start, e.end, label="PERSON")
        if e.label_ in MISTAKEN and 2 <= len(e) <= 3 and all(t.is_title for t in e)
        and (e[-1].text in surnames or (e[-1].text in alone and _given_name_first(e)))
        else e
        for e in ents
    )  # fmt: skip


def _given_name_first(ent: Span) -> bool:
    """Whether an organisation's two or three words can be a person's full name by the first:
    a first name ("Carolina Kluft"), an initial ("S Jones") or no English word ("Alistair
    Cragg"), not a word of a firm's name ("Budget Aston") nor a place's ("South Yorkshire",
    tagged a place)."""
    first = ent[0].lower_.rstrip(".")
    return ent.label_ == "ORG" and (
        first in first_names() or len(first) == 1 or first not in dictionary_words(WORD_KINDS)
    )


def _surnames(people: Iterable[Span]) -> set[str]:
    """The one-word names of ``people`` (a surname after an honorific, or alone)."""
    return {name for name in map(name_of, people) if name and " " not in name}


#: The parts a person's surname written alone is parsed as ("Irons, whose film ..." a plural
#: noun at a sentence's start).
SURNAME_POS = frozenset({"PROPN", "NOUN"})
#: The dependents that make a noun no name standing alone ("the irons", "steam irons").
NOT_ALONE_DEPS = frozenset({"det", "amod", "compound", "nummod"})


def with_bare_surnames(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with a person's surname written alone where the parser tagged nothing, or a
    kind that names no actor, made a PERSON entity, when the article named that person in
    full before ("Gerard Depardieu", then "Depardieu made 3.35m Euros" untagged; "Jeremy
    Irons", then "Irons, whose film ..." read as a plural noun; "Nair" of Mira Nair as a work
    of art). One word written as the full name writes it, a capital first ("McConnell" too),
    no proper noun on either side of it (no longer name), no hyphen joining it to another
    word, no modifier of another noun ("the first Potter film"), no determiner or modifier of
    its own, the last word of one full name only and the first of none. An organisation's or
    place's one-word entity is ``Names._surname_of``'s to read. The doc is not changed."""
    if not ents:
        return ents
    doc = ents[0].doc
    p = parse_of(doc)
    fulls: dict[str, set[str]] = {}  # a surname -> the full names ending in it
    firsts: set[str] = set()
    starts: dict[str, int] = {}  # a surname -> where its first full name ends
    for e in ents:
        parts = name_of(e).split() if e.label_ == "PERSON" else []
        if len(parts) >= 2:
            fulls.setdefault(parts[-1], set()).add(" ".join(parts))
            firsts.add(parts[0])
            starts.setdefault(parts[-1], e.end)
    if not fulls:
        return ents
    at = {i: e for e in ents for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    lowered = {surname.lower() for surname in fulls}
    for i in [i for i, lower in enumerate(p.lower) if lower in lowered]:
        text = doc[i].text
        if len(fulls.get(text, ())) != 1 or text in firsts or i < starts[text]:
            continue
        ent = at.get(i)
        if ent is not None and (len(ent) > 1 or ent.label_ not in NO_ACTOR_ENTS):
            continue
        if _alone_surname(doc, p, i):
            found[i] = Span(doc, i, i + 1, label="PERSON")
    if not found:
        return ents
    kept = [e for e in ents if e.start not in found]
    return tuple(sorted((*kept, *found.values()), key=lambda e: e.start))


def _alone_surname(doc: Doc, p: Parse, i: int) -> bool:
    """Whether the word at ``i`` stands alone as a name: a capital first (not ``is_title``,
    which "McConnell", "MacShane" fail), a proper noun or a noun, no proper noun next to it
    and no determiner or modifier of its own."""
    tok = doc[i]
    if not tok.text[:1].isupper() or len(tok) < 2 or p.pos[i] not in SURNAME_POS:
        return False
    if any(0 <= j < len(doc) and p.pos[j] == "PROPN" for j in (i - 1, i + 1)):
        return False
    if p.dep[i] == "compound" or _hyphened(doc, i):  # "the first Potter film", "Markova-Dolin"
        return False
    return not any(p.dep[c] in NOT_ALONE_DEPS for c in p.children[i])


def _hyphened(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is joined to a word before or after it by a hyphen."""
    after = i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-"
    return after or (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)


def _name_word(tok: Token, not_names: frozenset[str]) -> bool:
    """A word of a person's name: a proper noun in title case, no title or weekday."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in not_names


def name_of(ent: Span) -> str:
    """The name an entity gives, without the junk spaCy can take in at its edges:
    punctuation, weekdays ("Wednesday Mr Blair"), a person's titles ("Mr Blair" is "Blair"),
    a lower-case word glued on by a lost space ("ofNew Labour"), a function word left at its
    end ("the Commons on Monday"), a sum in figures at its end ("Varig 2bn": :data:`AMOUNT`)
    and a bracket at its end, closed or cut open ("the Survivors Fund (SURF": the acronym is
    another name of it). Kept per Doc (an article
    asks for the name of each entity several times)."""
    memo, key = doc_memo(ent.doc), ("name_of", ent.start, ent.end, ent.label_)
    if key not in memo:
        memo[key] = _name_of(ent)
    return memo[key]


def _dangling(tok: Token) -> bool:
    """A lower-case function word no name ends with ("on" of "the Commons on Monday")."""
    return tok.is_lower and tok.is_stop


def _ends_no_name(tok: Token) -> bool:
    """Whether a name cannot end with ``tok``: a possessive ending not its own
    (:func:`_possessive`) or a function word (:func:`_dangling`)."""
    return _possessive(tok) if tok.tag_ == "POS" else _dangling(tok)


def _possessive(tok: Token) -> bool:
    """Whether the possessive ending ``tok`` is no part of the name before it: "'s" of
    a name that owns the noun after it ("Yukos's assets", "Standard & Poor's decision"), or of
    any person's or place's name. An organisation's name that stands alone, the subject or
    object of a verb or preposition, keeps its "'s", which is its own ("Standard & Poor's
    upgraded Russia", "analysts at Moody's", "McDonald's is to sponsor a show")."""
    if tok.ent_type_ != "ORG":
        return True
    p = parse_of(tok.doc)  # "Standard & Poor's": the 's marks "Poor", a conjunct
    return p.dep[first_conjunct_at(p, tok.head.i)] == "poss"


def _name_of(ent: Span) -> str:
    words = vocabulary()
    toks = list(ent)
    person = ent.label_ == "PERSON"

    def junk(tok: Token, *, lead: bool) -> bool:
        lower = tok.lower_.rstrip(".")
        titled = person and lead and len(toks) > 1 and lower in words.titles
        return tok.is_punct or tok.is_space or lower in words.name_junk or titled or called(tok)

    def called(tok: Token) -> bool:
        """A capitalised noun of what a person is before two or more words of a name
        ("Lawyer Louise Christian", "Economist Colen Garrow": ``person_nouns``)."""
        return person and len(toks) > 2 and tok is toks[0] and tok.lower_ in words.person_nouns

    if person and (inner := _inner_honorific(ent)) is not None:
        del toks[: inner - ent.start]  # "Tanzania Mr Brown": the name starts at its honorific
    while toks and junk(toks[0], lead=True):
        toks.pop(0)
    opened = [n for n, tok in enumerate(toks) if tok.text == "("]
    if opened and opened[-1] > 0 and not any(t.text == ")" for t in toks[opened[-1] : -1]):
        del toks[opened[-1] :]  # a bracket at the end: "the Survivors Fund (SURF", "PCO (PCO)"
    while toks and (
        junk(toks[-1], lead=False) or _ends_no_name(toks[-1]) or AMOUNT.match(toks[-1].text)
    ):
        toks.pop()
    if not toks:
        return ""
    text = tokens_text(ent.doc, toks[0].i, toks[-1].i + 1)[0]
    name = norm(GLUED.sub("", text))
    own = toks[-1].text.replace("’", "'") if toks[-1].tag_ == "POS" else ""
    return name + own  # "Standard & Poor's": norm takes off the 's kept as the name's own


def people_index(ents: tuple[Span, ...], gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Last and first names of the people the article names in full, each with the full names
    it may stand for, first named first ("Petrov" -> ("Ivan Petrov",); "Brown" of Gordon Brown
    and Nick Brown -> both). A surname before a first name: "Howard" of Michael Howard and
    Howard Flight is Michael Howard's. A "name" ending in an organisation ("Blair Labour") is
    none, unless an honorific gives its last word as a surname ("Mike German ... Mr German",
    though "German" names a people)."""
    found: tuple[dict[str, list[tuple[str, str]]], ...] = ({}, {})  # surnames, first names
    called = {name_of(e) for e in ents if e.label_ == "PERSON" and honorific(e)}  # "Mr German"
    for ent in ents:
        parts = name_of(ent).split() if ent.label_ == "PERSON" else []
        if len(parts) < 2 or (_not_a_surname(parts[-1], gazetteer) and parts[-1] not in called):
            continue
        full, person = " ".join(parts), (parts[0], parts[-1])  # "George W. Bush" = "George Bush"
        for index, part in zip(found, (parts[-1], parts[0]), strict=True):
            if person not in (p for _, p in index.get(part, ())):
                index.setdefault(part, []).append((full, person))
    people: dict[str, tuple[str, ...]] = {}
    for index in found:
        for part, fulls in index.items():
            people.setdefault(part, tuple(full for full, _ in fulls))
    _hyphenate(people, ents)
    named = dict.fromkeys(full for fulls in found[0].values() for full, _ in fulls)
    add_variants(people, [full.split() for full in named])  # "De Vido", "Viktor Makarov"
    return people


def peers(ents: tuple[Span, ...]) -> dict[str, str]:
    """A peer the article names by title and surname only, with no full name: the surname
    -> the name with the title, the name a peer goes by ("Woolf" -> "Lord Woolf";
    ``peer_titles``); none for a surname two titles share."""
    found: dict[str, str | None] = {}
    titles = vocabulary().peer_titles
    for ent in ents:
        name = name_of(ent) if ent.label_ == "PERSON" else ""
        title = honorific(ent) if name and " " not in name else None
        if title in titles:
            titled = f"{title.capitalize()} {name}"
            found[name] = titled if found.get(name, titled) == titled else None
    return {name: titled for name, titled in found.items() if titled}


def honorific_gender(ent: Span) -> str | None:
    """The gender the honorific before a person's name gives ("Mrs": female), if any."""
    return vocabulary().honorific_genders.get(honorific(ent) or "")


def honorific(ent: Span) -> str | None:
    """The honorific just before a person's name, inside the entity or before it ("Mr" of
    "Mr Blair", of "Wednesday Mr Blair"), lower case without its full stop; else None. Kept
    per Doc (the gender and the full name of a mention ask for it again and again)."""
    memo, key = doc_memo(ent.doc), ("honorific", ent.start, ent.end)
    if key not in memo:
        memo[key] = _honorific(ent)
    return memo[key]


def _honorific(ent: Span) -> str | None:
    words = vocabulary()
    lead = words.titles | words.name_junk
    i = ent.start
    while i < ent.end - 1 and ent.doc[i].lower_.rstrip(".") in lead:
        i += 1
    word = ent.doc[i - 1].lower_.rstrip(".") if i > 0 else ""
    if word in words.honorifics:
        return word
    inner = _inner_honorific(ent)
    return ent.doc[inner].lower_.rstrip(".") if inner is not None else None


def _inner_honorific(ent: Span) -> int | None:
    """The index of an honorific inside a person entity, after other words and before a
    capitalised one ("Tanzania Mr Brown", from "the deal with Tanzania Mr Brown said": the
    parser ran a place into the name), else None."""
    honorifics = vocabulary().honorifics
    doc = ent.doc
    for i in range(ent.end - 2, ent.start, -1):
        if doc[i].lower_.rstrip(".") in honorifics and doc[i + 1].is_title:
            return i
    return None


def _hyphenate(people: dict[str, tuple[str, ...]], ents: tuple[Span, ...]) -> None:
    """A double surname the article also writes with its hyphen ("Mr Kilroy-Silk" after
    "Robert Kilroy Silk's"): the hyphenated name stands for that person, who is named with
    the hyphen (a space there is a lost hyphen)."""
    for ent in ents:
        short = name_of(ent) if ent.label_ == "PERSON" or is_person(ent) else ""
        if "-" not in short or " " in short or short in people:
            continue
        spaced = short.replace("-", " ")
        fulls = {full for names in people.values() for full in names if full.endswith(" " + spaced)}
        if len(fulls) != 1:
            continue
        (full,) = fulls
        named = full[: -len(spaced)] + short
        for part, names in list(people.items()):
            if full in names:
                people[part] = tuple(named if n == full else n for n in names)
        people[short] = people[full] = (named,)


def _not_a_surname(word: str, gazetteer: Gazetteer) -> bool:
    hit = gazetteer.lookup(word)
    return hit is not None and hit[0].type != "Person"


def without_affiliations(
    ents: tuple[Span, ...], affiliation: Callable[[str], bool]
) -> tuple[Span, ...]:
    """``ents`` with each person's name narrowed past the words the parser took into it that
    name the person's party or state ("Tory Liam Fox", "Iraqi Ayad Allawi", "Labour MP Tam
    Dalyell": ``affiliation`` says which words do, one or two at a time, "Lib Dem") and past
    the role words after them (lower-case words and :func:`_title_word`: "MP", "shadow home
    secretary", "Home Secretary"), which then stand before the name as its title. Only when
    two or more words are left, the first capitalised ("German Gref" stays: no name is one
    word), and the entity's first word no first name ("Chad Lee Smith"). The doc is not
    changed."""
    return tuple(_unaffiliated(e, affiliation) if e.label_ == "PERSON" else e for e in ents)


def _unaffiliated(ent: Span, affiliation: Callable[[str], bool]) -> Span:
    """:func:`without_affiliations` of one person entity."""
    doc = ent.doc
    if ent[0].lower_ in first_names():
        return ent
    start = ent.start
    while start < ent.end:  # the party's or state's words: "Lib Dem", "Iraqi"
        two = doc[start : start + 2].text if start + 2 <= ent.end else ""
        step = 2 if two and affiliation(two) else int(affiliation(doc[start].text))
        if not step:
            break
        start += step
    if start == ent.start:  # "President George Bush": :func:`inner_titles`' to read
        return ent
    while start < ent.end and (doc[start].is_lower or _title_word(doc[start])):
        start += 1  # "MP", "shadow home secretary"
    titled = [i for i in range(start, ent.end - 2) if _title_word(doc[i])]
    start = titled[-1] + 1 if titled else start  # "Home Secretary"
    name = doc[start : ent.end]
    if len(name) < 2 or not name[0].is_title:
        return ent
    return Span(doc, start, ent.end, label="PERSON")


def without_callings(
    ents: tuple[Span, ...], known: Callable[[str], str | None]
) -> tuple[Span, ...]:
    """``ents`` with each person's or organisation's name narrowed past the one noun of what
    it is that opens its sentence, capitalised as any first word is, and that the parser took
    into the name ("Songwriter Guy Chambers", "Comic Joe Pasquale", "Bookmakers Ladbrokes":
    :func:`_calling`); the noun then stands before the name as its title, and a firm's noun
    (``company_nouns``) makes the name an organisation's ("Bookmaker William Hill"). Not a name the
    gazetteer knows whole (``known``: "Human Rights Watch"). The doc is not changed."""
    return tuple(_uncalled(e, known) if e.label_ in ("PERSON", "ORG") else e for e in ents)


def _uncalled(ent: Span, known: Callable[[str], str | None]) -> Span:
    """:func:`without_callings` of one entity."""
    if len(ent) < 2 or not _calling(ent[0]):
        return ent
    rest = ent[1:]
    head = rest[0]
    if not (head.is_title or head.is_upper) or head.is_stop or head.pos_ != "PROPN":
        return ent  # "Doctors Without Borders", "Friends of the Earth"
    if ent.label_ == "PERSON" and len(rest) < 2:
        return ent  # "Christian Harris": a one-word name is no person's
    bodies = body_titles(vocabulary())
    if ent.label_ == "ORG" and any(t.lower_ in bodies for t in rest):
        return ent  # "Farmers Union": the union's own name
    if ent.label_ == "ORG" and not _firm_calling(ent[0], bodies):
        return ent  # "Motley Crue", "Fox TV": a singular noun may be the name's own
    words = [t for t in rest if t.tag_ != "POS"]
    if ent.label_ == "ORG" and len(words) == 1 and head.lower_ in dictionary_words(WORD_KINDS):
        return ent  # "Virgin Radio", "Commodore International": a word is no firm's name
    if known(ent.text) is not None or _named_elsewhere(ent[0]):
        return ent
    firm = ent[0].lower_.removesuffix("s") in vocabulary().company_nouns
    return Span(ent.doc, rest.start, ent.end, label="ORG" if firm else ent.label_)


def _firm_calling(tok: Token, bodies: frozenset[str]) -> bool:
    """Whether a noun opening an organisation's name calls it what it is: a plural
    ("Bookmakers Ladbrokes", "Promoters Regular Music") or a firm's or a body's noun
    (``bodies``, :func:`body_titles`: "Firms AM3D")."""
    lower = tok.lower_
    return lower.endswith("s") or lower in bodies


def _named_elsewhere(tok: Token) -> bool:
    """Whether the article writes a word capitalised inside a sentence too, as a name's
    ("Virgin" of "stations, Virgin Radio Classic Rock")."""
    return any(t.text == tok.text and not t.is_sent_start and t.i != tok.i for t in tok.doc if t.i)


def _calling(tok: Token) -> bool:
    """Whether a word opening its sentence is a noun of what a person or a group is
    (``agent_nouns``: "songwriter", "comic", "bookmakers"), no title (:func:`inner_titles`'
    to read) and no first name ("Guy")."""
    words = vocabulary()
    return (
        (tok.is_sent_start or tok.i == 0)
        and tok.is_title
        and tok.pos_ in ("NOUN", "PROPN")
        and tok.lower_ not in first_names()
        and tok.lower_.rstrip(".") not in words.titles
        and bool({tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("s")} & agent_nouns())
    )


def _title_word(tok: Token) -> bool:
    """A word of a title in a person entity, no word of a name: a title ("leader",
    "secretary") or an abbreviation in capitals ("MP", "PM")."""
    return tok.lower_.rstrip(".") in vocabulary().titles or (tok.is_upper and len(tok) > 1)


#: Entities a person's untagged full name may have been given in part or whole, which a
#: first name before the surname overrides ("Theresa May" with "May" a date).
MISREAD = frozenset({"DATE", "GPE", "NORP", "LOC", *NO_ACTOR_ENTS})
#: The most words of a person's name read from a first name or a title on.
NAME_WORDS = 3


def with_first_name_people(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with a person's name the parser missed or mistyped made a PERSON entity: two
    or three title-case proper nouns, no longer name going on, either starting with a first
    name (``first_names.tsv``) and tagged nothing or only a kind that names no body ("Theresa
    May" with "May" a date, "Lt Col Eric Schnaible" untagged), or right after a title noun,
    whatever the parser tagged them ("Conservative local government spokesman Glyn Davies" as
    an organisation). Only the proper nouns after a first name or a title are looked at;
    the doc is not changed."""
    words, names, p = vocabulary(), first_names(), parse_of(doc)
    not_names = words.titles | words.name_junk | words.honorifics
    bodies = body_titles(words)
    at = {i: e for e in ents for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    n = len(doc)
    i = 0
    while i < n - 1:
        titled = i > 0 and p.lower[i - 1] in words.titles
        if not (titled or p.lower[i] in names) or not _name_word(doc[i], not_names):
            i += 1
            continue
        end = i + 1
        while end < n and end - i < NAME_WORDS and _name_word(doc[end], not_names):
            end += 1
        met = {at[j] for j in range(i, end) if j in at}
        fits = end - i >= 2 and not (end < n and doc[end].pos_ == "PROPN")
        fits = fits and all(e.start >= i and e.end <= end for e in met)
        fits = fits and all(e.label_ != "PERSON" for e in met) and _one_person(doc[i:end], bodies)
        if fits and (
            titled
            or all(e.label_ in MISREAD for e in met)
            or _speaking_name(doc[i:end], met, words.reporting_verbs)
        ):
            for e in met:
                found.pop(e.start, None)
            found[i] = Span(doc, i, end, label="PERSON")
        i = end
    if not found:
        return ents
    spans = found.values()
    kept = [e for e in ents if not any(s.start <= e.start and e.end <= s.end for s in spans)]
    return tuple(sorted((*kept, *found.values()), key=lambda e: e.start))


def _speaking_name(run: Span, met: set[Span], reporting: frozenset[str]) -> bool:
    """Whether a first name's run the parser took whole for an organisation speaks: the
    subject of a reporting verb ("Julia Eccleshare, chair of the adult judging panel, said",
    '"...," said Nikki Rocco', both ORG), as people do, itself or by its surname written
    alone anywhere in the article ("Ireland's Alistair Cragg won ... '...,' said Cragg").
    An organisation the parser found in part of the run only ("Julia" alone) is left, and
    so is a run that does not speak."""
    whole = len(met) == 1 and all(e.label_ == "ORG" and e.start == run.start for e in met)
    whole = whole and all(e.end == run.end for e in met)
    last = run[-1]
    alone = (t for t in run.doc if t.text == last.text and t.i != last.i)
    return whole and any(
        t.dep_ in SPEAKING_DEPS and t.head.lemma_.lower() in reporting for t in (last, *alone)
    )


def _one_person(run: Span, bodies: frozenset[str]) -> bool:
    """Whether a run of title-case words can be one person's name: no plural last word
    ("Roman Catholics", "Chief Police Officers"), no word of bodies or firms ("advisor
    Deutsche Bank") and no determiner on its last word ('a new "Marshall Plan"')."""
    last = run[-1]
    return (
        last.tag_ != "NNPS"
        and not any(t.lower_ in bodies for t in run)
        and not any(c.dep_ == "det" for c in last.children)
    )
