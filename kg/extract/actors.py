"""Mentions to canonical actors: gazetteer, person names and titles, collectives, pronouns."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.errors import OntologyError
from kg.extract.clauses import Arg
from kg.ids import slug
from kg.model import Actor

ACTOR_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "EVENT"})
#: Entity label -> ontology class for names the gazetteer does not know.
ENT_TYPES = {
    "PERSON": "Person",
    "GPE": "Location",
    "NORP": "Group",
    "ORG": "Organization",
    "LOC": "Location",
    "FAC": "Topic",
    "EVENT": "Topic",
}
#: Nouns that stand for a state's institutions when a country modifies them ("Russian troops").
COLLECTIVE_SECTORS = {
    "official": "government",
    "government": "government",
    "authority": "government",
    "diplomat": "government",
    "minister": "government",
    "ministry": "government",
    "leader": "government",
    "leadership": "government",
    "administration": "government",
    "president": "government",
    "envoy": "government",
    "spokesman": "government",
    "spokeswoman": "government",
    "spokesperson": "government",
    "regime": "government",
    "police": "police",
    "policeman": "police",
    "chief": "government",
    "troop": "military",
    "force": "military",
    "military": "military",
    "army": "military",
    "soldier": "military",
    "navy": "military",
    "media": "media",
    "press": "media",
    "newspaper": "media",
    "agency": "media",
    "athlete": "society",
    "people": "society",
    "citizen": "society",
    "company": "business",
    "firm": "business",
    "bank": "business",
}
TITLES = frozenset(
    {
        "president",
        "leader",
        "prime",
        "minister",
        "chancellor",
        "king",
        "queen",
        "premier",
        "secretary",
        "general",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "ambassador",
        "foreign",
        "defence",
        "defense",
        "envoy",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "director",
        "chief",
        "head",
        "top",
        "policy",
        "state",
        "vice",
        "deputy",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "pope",
    }
)
#: People nouns that make a group actor when a country modifies them ("Afghan guerrillas").
GROUP_NOUNS = frozenset(
    {
        "rebel",
        "guerrilla",
        "guerilla",
        "militant",
        "insurgent",
        "separatist",
        "fighter",
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "worker",
        "farmer",
        "settler",
        "refugee",
        "activist",
        "opposition",
        "dissident",
        "gunman",
        "extremist",
        "terrorist",
        "hacker",
        "villager",
        "resident",
        "civilian",
        "minority",
        "tribe",
        "clan",
        "faction",
        "movement",
        "union",
        "party",
        "group",
        "militia",
        "doctor",
        "teacher",
        "journalist",
        "lawmaker",
        "legislator",
        "parliament",
        "deputy",
        "negotiator",
        "delegation",
        "court",
        "police",
        "policeman",
        "embassy",
        "ministry",
        "agency",
        "committee",
        "council",
        "official",
    }
)
#: Nouns of quantity whose "of" phrase names the actor ("thousands of Iraqi Kurds").
QUANTITY_NOUNS = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "score",
        "scores",
        "million",
        "millions",
        "ten",
        "tens",
        "group",
        "member",
        "number",
        "some",
        "many",
        "most",
        "all",
        "majority",
        "handful",
        "band",
        "crowd",
        "team",
        "delegation",
    }
)
#: Place nouns that make a location when a country modifies them ("the Azerbaijani republic").
PLACE_NOUNS = frozenset(
    {
        "republic",
        "province",
        "region",
        "state",
        "city",
        "town",
        "village",
        "capital",
        "territory",
        "enclave",
        "district",
        "border",
        "island",
        "port",
        "camp",
    }
)
#: Prepositions that place a group in a country ("rebels in the Ivory Coast").
PLACE_PREPS = frozenset({"in", "of", "from", "throughout", "across"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
GAZETTEER = Path(__file__).resolve().parents[2] / "ontology" / "actors.tsv"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    key: str
    label: str
    type: str
    subtype: str | None
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...]


def _norm(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip(" '\"“”‘")


@dataclass
class Gazetteer:
    """Canonical actors by surface form (``ontology/actors.tsv``)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    folded: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str = GAZETTEER) -> Gazetteer:
        """Read a gazetteer TSV; ``#`` lines are comments."""
        gaz = cls()
        try:
            with Path(path).open(encoding="utf-8") as fh:
                rows = [r for r in fh if r.strip() and not r.startswith("#")]
        except OSError as exc:
            raise OntologyError(f"cannot read gazetteer {path}: {exc.strerror}") from None
        for n, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
            if not row.get("id") or not row.get("label") or not row.get("type"):
                raise OntologyError(f"{path}: row {n} needs id, label and type")
            aliases = tuple(a for a in (row.get("aliases") or "").split("|") if a)
            gaz.add(
                Entry(
                    row["id"],
                    row["label"],
                    row["type"],
                    row.get("subtype") or None,
                    row.get("country") or None,
                    row.get("wikidata") or None,
                    aliases,
                )
            )
        return gaz

    def add(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        for surface in (entry.label, *entry.aliases):
            name, _, sector = surface.partition("@")
            key = _norm(name)
            if key:
                self.index.setdefault(key, (entry.key, sector or None))
                if len(key) > 3:
                    self.folded.setdefault(key.casefold(), (entry.key, sector or None))

    def lookup(self, surface: str) -> tuple[Entry, str | None] | None:
        """The entry a surface form names, with the sector a metonym stands for."""
        key = _norm(surface)
        hit = self.index.get(key) or (self.folded.get(key.casefold()) if len(key) > 3 else None)
        if hit is None:
            return None
        return self.entries[hit[0]], hit[1]


def to_actor(entry: Entry, *, sector: str | None = None, role: str | None = None) -> Actor:
    return Actor(
        id=entry.key,
        label=entry.label,
        type=entry.type,
        country=entry.country,
        role=role or (entry.subtype if entry.type == "Person" else None),
        sector=sector,
        wikidata=entry.wikidata,
    )


def topic(text: str) -> Actor:
    """A non-actor node (a topic such as "relationship with China")."""
    label = " ".join(text.split()).strip(" \"“”'‘’")
    words = label.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        label = " ".join(words[1:]) or label
    return Actor(id=f"topic/{slug(label)}", label=label, type="Topic")


@dataclass
class Resolver:
    """Resolves argument phrases of one parsed article to canonical actors."""

    doc: Doc
    gazetteer: Gazetteer
    people: dict[str, str] = field(default_factory=dict)  # name token -> full name
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    positions: list[tuple[int, Actor]] = field(default_factory=list)  # (token index, actor)

    def __post_init__(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and self.gazetteer.lookup(ent.text) is None:
                full = _norm(ent.text)
                for part in (ent[0].text, ent[-1].text):
                    self.people.setdefault(part, full)
        for ent in self.doc.ents:
            actor = self.entity(ent)
            if actor is not None and actor.type != "Topic":
                self.positions.append((ent.root.i, actor))
        self.positions.sort(key=lambda m: m[0])

    # -- single mentions ----------------------------------------------------------------------

    def _title(self, ent: Span) -> tuple[str | None, str | None]:
        """Role and country from titles before a name ("Russian President Vladimir Putin")."""
        words: list[Token] = []
        i = ent.start - 1
        while i >= 0 and (
            self.doc[i].lower_ in TITLES
            or self.doc[i].ent_type_ in {"NORP", "GPE", "ORG"}
            or self.doc[i].tag_ == "POS"
            or self.doc[i].dep_ in {"compound", "amod"}
        ):
            if self.doc[i].is_space or (self.doc[i].is_punct and self.doc[i].tag_ != "POS"):
                break
            words.insert(0, self.doc[i])
            i -= 1
        country = None
        role_words = []
        for w in words:
            if w.ent_type_ in {"NORP", "GPE", "ORG"}:
                hit = self.gazetteer.lookup(w.text)
                if hit and hit[0].country:
                    country = hit[0].country
            elif w.tag_ != "POS":
                role_words.append(w.lower_)
        role = " ".join(role_words) if role_words else None
        return role, country

    def entity(self, ent: Span) -> Actor | None:
        """The actor an entity names."""
        if ent.label_ not in ACTOR_ENTS:
            return None
        text = _norm(ent.text)
        if not text:
            return None
        if ent.label_ == "PERSON":
            text = self.people.get(text, text)
        hit = self.gazetteer.lookup(text)
        role, country = self._title(ent) if ent.label_ == "PERSON" else (None, None)
        if hit is not None:
            entry, sector = hit
            actor = to_actor(entry, sector=sector, role=role)
            if ent.label_ == "PERSON" and country and not actor.country:
                actor = _with(actor, country=country)
            return actor
        if ent.label_ == "PERSON":
            if role or country:
                self.roles[text] = (role, country)
            role, country = self.roles.get(text, (role, country))
            return Actor(
                id=f"person/{slug(text)}", label=text, type="Person", country=country, role=role
            )
        kind = ENT_TYPES[ent.label_]
        prefix = {"Location": "location", "Group": "group", "Organization": "org"}.get(kind)
        if prefix is None:
            return topic(ent.text)
        return Actor(id=f"{prefix}/{slug(text)}", label=text, type=kind)

    def _entity_at(self, tok: Token) -> Span | None:
        if not tok.ent_type_:
            return None
        return next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)

    def _owner(self, tok: Token) -> Entry | None:
        """The state or organisation a noun belongs to, from its modifiers ("Russian troops",
        "Beijing's diplomats", "U.N. helicopters") or a place phrase ("rebels in Ivory Coast")."""
        for child in tok.children:
            cand = None
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                cand = child
            elif child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                cand = next((g for g in child.children if g.dep_ == "pobj"), None)
            if cand is None or not (
                cand.ent_type_ or cand.pos_ == "PROPN" or cand.text[:1].isupper()
            ):
                continue
            ent = self._entity_at(cand)
            hit = self.gazetteer.lookup(ent.text if ent is not None else cand.text)
            if hit is None:
                continue
            entry = hit[0]
            if entry.type == "Organization":
                return entry
            if entry.country:
                return self.gazetteer.entries.get(f"country/{entry.country}", entry)
        return None

    def _collective(self, tok: Token) -> Actor | None:
        """The state or organisation behind "Russian officials" or "U.N. envoys"."""
        sector = COLLECTIVE_SECTORS.get(tok.lemma_.lower())
        if sector is None or tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        owner = self._owner(tok)
        return to_actor(owner, sector=sector) if owner is not None else None

    def _group(self, tok: Token, text: str) -> Actor | None:
        """ "Afghan guerrillas", "rebels in the Ivory Coast" -> a group with its country."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        owner = self._owner(tok)
        if owner is None:
            return None
        if owner.type == "Organization" and tok.lemma_.lower() in GROUP_NOUNS:
            return to_actor(owner, sector="members")
        if owner.country is None:
            return None
        lemma = tok.lemma_.lower()
        if lemma in GROUP_NOUNS or lemma in PLACE_NOUNS:
            label = topic(text).label
            kind, prefix = ("Group", "group") if lemma in GROUP_NOUNS else ("Location", "location")
            return Actor(
                id=f"{prefix}/{slug(label)}", label=label, type=kind, country=owner.country
            )
        return replace(topic(text), country=owner.country)

    def mentions(self, arg: Arg) -> list[Actor]:
        """Actors named inside an argument other than by its head ("talks with Romania")."""
        found: dict[str, Actor] = {}
        for ent in self.doc.ents:
            if (
                ent.start_char >= arg.start
                and ent.end_char <= arg.end
                and not (ent.start <= arg.root < ent.end)
            ):
                actor = self.entity(ent)
                if actor is not None and actor.type not in {"Topic"}:
                    found.setdefault(actor.id, actor)
        return list(found.values())

    def _antecedent(self, tok: Token) -> Actor | None:
        word = tok.lower_
        if word in PERSON_PRONOUNS:
            kinds = {"Person"}
        elif word in THING_PRONOUNS:
            kinds = {"Country", "Organization"}
        elif word in PLURAL_PRONOUNS:
            kinds = {"Group", "Organization", "Country"}
        else:
            return None
        best = None
        for i, actor in self.positions:
            if i >= tok.i:
                break
            if actor.type in kinds:
                best = actor
        return best

    def resolve(self, arg: Arg, *, speaker: Actor | None = None) -> tuple[Actor, bool] | None:
        """The actor (or topic) an argument names, and whether it is a real actor.

        Returns None for an argument that cannot be resolved and should not be emitted
        (a bare pronoun with no antecedent).
        """
        tok = self.doc[arg.root]
        if tok.pos_ == "PRON":
            if tok.lower_ in SPEAKER_PRONOUNS:
                return (speaker, True) if speaker is not None else None
            if speaker is not None and _agrees(tok.lower_, speaker):
                return speaker, True  # "Putin said he would attend": the speaker, by default
            found = self._antecedent(tok)
            return (found, True) if found is not None else None
        ent = self._entity_at(tok)
        if ent is not None:
            actor = self.entity(ent)
            if actor is not None:
                return actor, actor.type != "Topic"
        if arg.appos is not None:
            ent = self._entity_at(self.doc[arg.appos])
            if ent is not None and (actor := self.entity(ent)) is not None:
                return actor, actor.type != "Topic"
        hit = self.gazetteer.lookup(arg.text)
        if hit is not None:
            return to_actor(hit[0], sector=hit[1]), True
        if tok.lemma_.lower() in QUANTITY_NOUNS or tok.pos_ == "NUM":
            inner = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if inner is not None:
                found = self.resolve(Arg(arg.text, arg.start, arg.end, inner.i), speaker=speaker)
                if found is not None and found[1]:
                    return found
        collective = self._collective(tok)
        if collective is not None:
            return collective, True
        group = self._group(tok, arg.text)
        if group is not None:
            return group, group.type == "Group"
        return topic(arg.text), False


def _with(actor: Actor, **changes: object) -> Actor:
    return replace(actor, **changes)


def _agrees(pronoun: str, actor: Actor) -> bool:
    """Whether a pronoun can stand for the speaker of the clause it is in."""
    if pronoun in PERSON_PRONOUNS:
        return actor.type == "Person"
    if pronoun in THING_PRONOUNS:
        return actor.type in {"Country", "Organization"}
    return pronoun in PLURAL_PRONOUNS or pronoun in {"we", "us", "our"}
