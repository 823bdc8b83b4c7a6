"""What an organisation's name says by itself: the country it starts with ("the US
Congress"), the Phoenix organisation it names (with the country of its MNC or NGO code), the
name an acronym stands for in the article ("the Sentencing Guidelines Council (SGC)" ...
"the SGC"), the organisation "the agency" stands for."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.actorcodes import ActorCodes, codes_at
from kg.extract.pronouns import across_quote
from kg.extract.titles import name_variants
from kg.extract.words import vocabulary
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor
from kg.nlp import doc_text


def national(gazetteer: Gazetteer, ent: Span) -> str | None:
    """The country an organisation's name starts with ("the US Congress", "British
    Airways"), if it does."""
    for tok in list(ent)[:-1]:
        if tok.lower_ == "the":
            continue
        hit = gazetteer.lookup(tok.text)
        return hit[0].country if hit is not None and hit[0].type == "Country" else None
    return None


def supranational(gazetteer: Gazetteer, name: str) -> bool:
    """Whether an organisation's name starts with a word the gazetteer knows as a world
    region or a body of states, not one state ("the European Regions Airline Association",
    "the European Court", "Caribbean ..."): a body of many states' members, which a story's
    country does not place."""
    words = name.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) < 2:
        return False
    hit = gazetteer.lookup(words[0])
    entry = hit[0] if hit is not None else None
    return entry is not None and not entry.country and entry.subtype in {"region", "IGO"}


def named_state(gazetteer: Gazetteer, ent: Span) -> str | None:
    """The country an organisation's name ends in after "of" ("the Central Bank of Liberia"),
    if a state's name is all that follows its last "of": a name, not an adjective ("a Bank
    of American offshore account" names no state)."""
    words = [t.text for t in ent]
    cut = max((n for n, w in enumerate(words) if w.lower() == "of"), default=None)
    if cut is None or cut == 0 or cut == len(words) - 1:
        return None
    if any(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in ent[cut + 1 :]):
        return None
    hit = gazetteer.lookup(" ".join(words[cut + 1 :]))
    return hit[0].country if hit is not None and hit[0].type == "Country" else None


def gazetteer_entry(gazetteer: Gazetteer, text: str, ent: Span) -> tuple[Entry, str | None] | None:
    """The gazetteer's entry (and metonym sector) for the name ``text`` of ``ent`` as
    written, else for the name with the untagged proper noun the parser compounded onto the
    entity just before it ("the UK Independence Party", where the entity is "Independence
    Party": UKIP, not a party of that name; :func:`kg.extract.titles.name_variants`)."""
    hit = gazetteer.lookup(text)
    if hit is not None:
        return hit
    longer = (v for v in name_variants(text, ent)[1:] if v.endswith(f" {text}"))
    return next((found for v in longer if (found := gazetteer.lookup(v)) is not None), None)


def _is_state(gazetteer: Gazetteer, code: str) -> bool:
    """Whether a code's three letters are a state's (``DEU`` of MNCDEU, not ``JEW``)."""
    return len(code) == 3 and f"country/{code}" in gazetteer.entries


def coded_org(
    codes: ActorCodes | None,
    gazetteer: Gazetteer,
    text: str,
    ent: Span | None = None,
    *,
    when: dt.date | None = None,
    short: bool = False,
) -> Actor | None:
    """The one Phoenix organisation or group a name names, with its country (that of its
    multinational or NGO code, ``MNCDEU``, when the row has none and the code names a
    state; else the one its name starts with: "Palestinian Islamic Jihad" is PSE). The name
    as written first, then with a proper noun the parser left out of the entity ("BNP" of
    "BNP Paribas"), then without a last word that only says what it is ("JP Morgan Chase
    Bank"); with ``short`` (a name the parser tags an organisation), then as the name of a
    company the dictionaries write with its legal form ("Barrick Gold" of Barrick Gold
    Corporation: :meth:`kg.actorcodes.ActorCodes.companies`); not a name after "the" nor one
    word of the dictionary (:func:`_common_short`: "The Express said", "Chase said")."""
    if codes is None:
        return None
    for variant in name_variants(text, ent):
        found = [a for a in codes.lookup(variant) if a.type != "Person"]
        if found:
            break
    if not found and short and not _common_short(text, ent):
        suffixes = frozenset(w.casefold() for w in vocabulary().company_suffixes)
        found = list(codes.companies(text, suffixes))
    if len(found) != 1:
        return None
    coded = found[0]
    held = codes_at(coded, when)
    country = coded.country or next(
        (c[3:6] for c in held if c[:3] in {"MNC", "NGO"} and _is_state(gazetteer, c[3:6])), None
    )  # not the religion of NGOJEW
    if country is None and ent is not None:
        country = national(gazetteer, ent)
    return Actor(coded.key, coded.label, coded.type, country, subtype=coded.subtype)


def _common_short(text: str, ent: Span | None) -> bool:
    """Whether a name is no company's short form: written after "the" ("The Express said": a
    paper, not Express Inc), or one word English has as an adjective, verb or adverb
    ("Chase", "Target", "Universal"; :func:`kg.nlp.dictionary_words`), not "Elan", "Dell"."""
    from kg.nlp import dictionary_words

    if ent is not None and after_the(ent):
        return True
    return " " not in text.strip() and text.strip().lower() in dictionary_words()


def after_the(ent: Span) -> bool:
    """Whether a name is written with "the", in it or just before it ("The Express", "the
    Times"): a paper or a thing of that name, no firm's short form."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")


def initials(name: str) -> str:
    """The acronym a name makes: the first letters of its words but function words
    (``initial_skips``), upper case ("Project and Contract Office": PCO)."""
    skips = vocabulary().initial_skips
    return "".join(w[0] for w in name.split() if w.lower() not in skips and w[0].isalpha()).upper()


def is_acronym(text: str) -> bool:
    """Whether a name is written as an acronym: two to six capital letters ("SGC")."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


#: A word alone in brackets, only its first letter capital: "(Pipa)".
BRACKETED = re.compile(r"\(\s*([A-Z][a-z]{1,5})\s*\)")


def bracketed_words(text: str) -> frozenset[str]:
    """The words an article writes alone in brackets with only their first letter capital
    ("the Program on International Policy Attitudes (Pipa)"): how the BBC spells an acronym
    it pronounces as a word (Pipa, Apacs, Nato)."""
    return frozenset(BRACKETED.findall(text))


def acronym_letters(text: str, bracketed: frozenset[str]) -> str | None:
    """The letters a name stands for as an acronym: "SGC" itself; "Pipa" as PIPA when the
    article brackets it after a name (``bracketed``: :func:`bracketed_words`), as it brackets
    "(SGC)"; None for other names ("Shell", "Exxon")."""
    if is_acronym(text):
        return text
    return text.upper() if text in bracketed else None


def acronyms(names: dict[str, Span]) -> dict[str, Span]:
    """Acronym -> the entity of the one organisation of the article whose name of two or
    more words makes it (``names``: name -> its first entity); none where two names make
    the same letters."""
    found: dict[str, Span | None] = {}
    for name, ent in names.items():
        letters = initials(name)
        if len(letters) >= 2 and not is_acronym(name):
            found[letters] = ent if letters not in found else None
    return {k: v for k, v in found.items() if v is not None}


def named_kind(tok: Token, positions: list[tuple[int, Actor]]) -> Actor | None:
    """The one organisation named before "the agency", "the ministry" whose name that noun
    heads ("the Child Support Agency", "the Ministry of Natural Resources"), if one is (two
    parties named: None); not across a quotation mark."""
    lemma = tok.lemma_.lower()
    found: dict[str, Actor] = {}
    for i, actor in positions:
        if i >= tok.i:
            break
        if actor.type == "Organization" and head_word(actor.label) == lemma:
            found[actor.id] = actor
            if across_quote(tok, tok.doc[i]):
                return None
    return next(iter(found.values())) if len(found) == 1 else None


def head_word(label: str) -> str:
    """The noun that heads an organisation's name, lower case: its last word, or the word
    before its first preposition ("Ministry" of "Ministry of Natural Resources"; ``name_
    prepositions``: not a conjunction, "Office" of "Project and Contract Office")."""
    words = label.lower().split()
    skips = vocabulary().name_prepositions
    cut = next((n for n, w in enumerate(words) if w in skips and n), None)
    return words[cut - 1] if cut is not None else words[-1]


def short_forms(names: dict[str, Span]) -> dict[str, Span]:
    """An article's organisations by their names without a last word of a company's legal
    form or group ("Contrack" for "Contrack International", "Menatep" for "Menatep Group";
    ``company_suffixes``, in any case), which later mentions leave out."""
    suffixes = vocabulary().company_suffixes
    found: dict[str, Span] = {}
    for name, ent in names.items():
        short, _, last = name.rpartition(" ")
        if short and ent.label_ == "ORG" and last.lower() in suffixes:
            found.setdefault(short, ent)
    return found


def head_forms(names: dict[str, Span]) -> dict[str, Span]:
    """An article's organisations by the noun that heads their name, as written ("Commission"
    of "the European Commission", "Court" of "the European Court of Auditors": :func:`head_
    word`), which later mentions use alone ("the Commission said"); only a noun of a kind of
    body (``organisation_nouns``, ``named_organisation_nouns``: not "UKIP" of "London UKIP");
    none where two of the article's organisations share the noun (the Electoral and the
    European Commission); a noun that alone names the story's country's own body
    (``standalone_body_nouns``: "the Bank", "the Army") only of a name it begins ("the Bank of
    England"), not one it ends ("the World Bank", "the Irish Republican Army")."""
    words = vocabulary()
    kinds = words.organisation_nouns | words.named_organisation_nouns
    found: dict[str, Span | None] = {}
    for name, ent in names.items():
        if ent.label_ != "ORG" or " " not in name:
            continue
        head = head_word(name)
        if head not in kinds:
            continue
        first = next((w for w in name.lower().split() if w != "the"), "")
        if head in words.standalone_body_nouns and first != head:
            continue  # "the Bank" after "the World Bank": the country's own bank
        word = next((w for w in name.split() if w.lower() == head), "")
        if word[:1].isupper():
            found[word] = ent if word not in found else None
    return {k: v for k, v in found.items() if v is not None}


def part_forms(names: dict[str, Span], known: Callable[[str], bool]) -> dict[str, Span]:
    """An article's organisations by the first or last word of their name ("Shell" of "Royal
    Dutch Shell", "Exxon" of "ExxonMobil", "Merrill" of "Merrill Lynch"), which later
    mentions use alone, as a surname stands for a person; none where two of the article's
    organisations share the word ("Deutsche" of Deutsche Bank and Deutsche Telekom) or it
    named one before ("Yukos", then its subsidiary "Yukos USA"), nor for
    a word that says what a body is or its legal form ("Bank", "Group": ``organisation_nouns``,
    ``named_organisation_nouns``, ``company_suffixes``), a function word, an English adjective
    ("Royal", "National", "General") or a name the ``known`` test finds (a country, a place,
    an actor of the gazetteer: "Scotland" of the Bank of Scotland); nor of a name with a word
    no firm's name has ("Apple iPod", "Firefox 1.0": a product's), nor of a subsidiary's
    that ends in a place ("Yukos USA": "Yukos" is its parent); nor an acronym, but one that
    heads a firm's name of two words whose other says what it makes or runs ("WMC" of "WMC
    Resources": :func:`_industry_acronym`)."""
    from kg.nlp import dictionary_words

    words = vocabulary()
    kinds = {w.lower() for w in words.organisation_nouns | words.named_organisation_nouns}
    skips = kinds | {w.lower() for w in words.company_suffixes} | set(words.initial_skips)
    adjectives = dictionary_words(("adj",))
    found: dict[str, Span | None] = {}
    shared = _shared_words(names)
    for name, ent in names.items():
        parts = _words(name)
        at = _body_start(name, ent)  # the headline's capitals make names of common words,
        if ent.label_ != "ORG" or len(parts) < 2 or not _proper(ent) or at is None:
            continue  # unless the body writes it too; not a product's: "Apple iPod"
        if known(parts[-1]):
            continue  # "Yukos USA", "Vodafone Japan": a subsidiary; "Yukos" is the parent
        for word in {parts[0], parts[-1]}:
            low = word.lower()
            plain = low in adjectives and not _industry_lead(parts, word)  # "United Breweries"
            if not (word.isalpha() and word[0].isupper()) or low in skips or plain:
                continue
            firm = word == parts[0] and _industry_acronym(parts)  # "WMC" of "WMC Resources"
            if (is_acronym(word) and not firm) or word in shared:
                continue
            if _written_before(word, doc_text(ent.doc), at):
                continue
            if word not in found and known(word):
                continue
            found[word] = ent if word not in found else None
        lead = _lead(name)  # "Circuit City" of "Circuit City Stores"
        if lead and not known(lead) and not _written_before(lead, doc_text(ent.doc), at):
            found[lead] = ent if lead not in found else None
    return {k: v for k, v in found.items() if v is not None}


def _industry_acronym(parts: list[str]) -> bool:
    """Whether a name is an acronym and one word of what a firm makes or runs
    (``industry_name_words``: "WMC Resources", "BAE Systems"), whose acronym later mentions
    use alone ("WMC said")."""
    return (
        len(parts) == 2
        and is_acronym(parts[0])
        and (parts[1].lower() in vocabulary().industry_name_words)
    )


def _industry_lead(parts: list[str], word: str) -> bool:
    """Whether ``word`` is the first of a firm's name of two words whose other says what it
    makes or runs (``industry_name_words``: "United Breweries", "Continental Airlines"):
    later mentions use it alone ("United said"), an English adjective though it is."""
    return (
        len(parts) == 2
        and word == parts[0]
        and parts[1].lower() in vocabulary().industry_name_words
    )


def _lead(name: str) -> str | None:
    """A name of three or more capitalised words without its last ("Circuit City" of "Circuit
    City Stores", "Highfields Capital" of "Highfields Capital Management"), which later
    mentions may use alone; None for a shorter name or one with a lower-case word ("Bank of
    Scotland")."""
    words = name.split()
    lead = words[:-1]
    if len(words) < 3 or not all(w.isalpha() and w[:1].isupper() for w in lead):
        return None
    return " ".join(lead)


def _shared_words(names: dict[str, Span]) -> set[str]:
    """The first or last words two of the article's organisations' names share ("Deutsche"
    of Deutsche Bank and Deutsche Telekom)."""
    seen: dict[str, str] = {}
    shared = set()
    for name, ent in names.items():
        parts = _words(name)
        if ent.label_ != "ORG" or len(parts) < 2:
            continue
        for word in {parts[0], parts[-1]}:
            if seen.setdefault(word, name) != name:
                shared.add(word)
    return shared


def _words(name: str) -> list[str]:
    """The words of a name, one glued of two cut apart ("ExxonMobil": Exxon, Mobil; not
    "iPod")."""
    return [p for w in name.split() for p in (_CAMEL.sub(" ", w) if w[:1].isupper() else w).split()]


def _body_start(name: str, ent: Span) -> int | None:
    """Where the body (after the headline, the first line) first writes an organisation's
    name: ``ent``'s start, or for a name first written in the headline, whose capitals make
    names of common words ("Latest Opera browser gets vocal"), the body's first writing of the
    same words ("Buyers snap up Jet Airways' shares", then "shares in Jet Airways"); None
    when the body never writes it."""
    text = doc_text(ent.doc)
    body = text.find("\n")
    if ent.start_char >= body:
        return ent.start_char
    found = re.compile(rf"\b{re.escape(name)}\b").search(text, body + 1)
    return found.start() if found is not None else None


def _proper(ent: Span) -> bool:
    """Whether a name is made of proper nouns alone (and "&": "Marsh & McLennan"; a "the"
    before it and a possessive after it aside: "Jet Airways' shares"), as a firm's is, not
    "Apple iPod" or "Firefox 1.0"."""
    words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
    return all(t.text == "&" or (t.pos_ == "PROPN" and t.text.isalpha()) for t in words)


def _written_before(word: str, text: str, at: int) -> bool:
    """Whether the article's body writes ``word`` before character ``at``, where it first
    writes a name ("Yukos" before "Yukos USA"): then a name of its own, not a short form of
    that one. Not its headline (its first line), which uses the short name before the body
    spells it out ("Shell boss quits", then "Royal Dutch Shell")."""
    body = text.find("\n") + 1
    first = re.compile(rf"\b{re.escape(word)}\b").search(text, body)
    return first is not None and first.start() < at


#: The boundary inside a name glued of two ("ExxonMobil", "GlaxoSmithKline"; not "iPod").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def short_name(names: dict[str, Span], short: dict[str, Span], name: str) -> Span | None:
    """The organisation a one-word name the parser read as a person's is, by one sense per
    discourse: the one whose short form it is (:func:`short_forms`: ``short``), else the one
    the article tags by the same name elsewhere ("Contrack" ORG); None for a longer name."""
    if " " in name:
        return None
    found = short.get(name) or names.get(name)
    return found if found is not None and found.label_ == "ORG" else None
