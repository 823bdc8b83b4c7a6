"""Mentions to canonical actors: gazetteer, person names and titles, collectives, pronouns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.records import Arg
from kg.gazetteer import Entry, Gazetteer, norm, to_actor, topic
from kg.ids import slug
from kg.model import Actor

__all__ = ["Gazetteer", "Resolution", "Resolver", "to_actor", "topic"]

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
#: Singular nouns by which "the Russian leader" points back to a person already named.
LEADER_NOUNS = frozenset(
    {
        "leader",
        "president",
        "premier",
        "chancellor",
        "minister",
        "king",
        "queen",
        "ruler",
        "head",
        "dictator",
        "monarch",
        "strongman",
    }
)
#: Nouns that "the two ..." / "both ..." use for a pair of actors just named.
PAIR_NOUNS = {
    "leader": {"Person"},
    "president": {"Person"},
    "man": {"Person"},
    "minister": {"Person"},
    "country": {"Country"},
    "nation": {"Country"},
    "state": {"Country"},
    "side": {"Country"},
    "government": {"Country"},
    "neighbor": {"Country"},
    "neighbour": {"Country"},
    "capital": {"Country"},
    "power": {"Country"},
}
#: Prepositions that place a group in a country ("rebels in the Ivory Coast").
PLACE_PREPS = frozenset({"in", "of", "from", "throughout", "across"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})


@dataclass
class Resolver:
    """Resolves argument phrases of one parsed article to canonical actors."""

    doc: Doc
    gazetteer: Gazetteer
    people: dict[str, str] = field(default_factory=dict)  # name token -> full name
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    positions: list[tuple[int, Actor]] = field(default_factory=list)  # (token index, actor)
    ent_at: dict[int, Span] = field(default_factory=dict)  # token index -> its entity
    ents: tuple[Span, ...] = ()  # doc.ents, built once (spaCy makes new Spans on each access)

    def __post_init__(self) -> None:
        self.ents = self.doc.ents
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        for ent in self.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and self.gazetteer.lookup(ent.text) is None:
                full = norm(ent.text)
                for part in (ent[0].text, ent[-1].text):
                    self.people.setdefault(part, full)
        for ent in self.ents:
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
        text = norm(ent.text)
        if not text:
            return None
        if ent.label_ == "PERSON":
            text = self.people.get(text, text)
        hit = self.gazetteer.lookup(text)
        role, country = self._title(ent) if ent.label_ == "PERSON" else (None, None)
        if ent.label_ == "PERSON" and role is None:
            role, owner = self._appos_role(ent)
            country = country or owner
        if hit is not None:
            entry, sector = hit
            actor = to_actor(entry, sector=sector, role=role)
            if ent.label_ == "PERSON" and country and not actor.country:
                actor = replace(actor, country=country)
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

    def _appos_role(self, ent: Span) -> tuple[str | None, str | None]:
        """Role and country from an apposition: "the Kremlin's top adviser, Yuri Ushakov",
        "Xi, China's president"."""
        root = ent.root
        noun = root.head if root.dep_ == "appos" else None
        if noun is None:
            noun = next((c for c in root.children if c.dep_ == "appos"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i == root.i:
            return None, None
        words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and not c.ent_type_]
        role = " ".join([*(w.lower_ for w in words), noun.lower_])
        owner = self._owner(noun)
        return role, owner.country if owner is not None else None

    def _entity_at(self, tok: Token) -> Span | None:
        if not tok.ent_type_:
            return None
        return self.ent_at.get(tok.i)

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

    def _definite_leader(self, tok: Token) -> Actor | None:
        """ "the Russian leader", "the Chinese president": the person of that country and
        role the article named last."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in LEADER_NOUNS:
            return None
        if not any(c.lower_ == "the" for c in tok.children if c.dep_ == "det"):
            return None
        owner = self._owner(tok)
        if owner is None or owner.country is None:
            return None
        for i, actor in reversed(self.positions):
            if i < tok.i and actor.type == "Person" and actor.country == owner.country:
                return actor
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
        if tok.tag_ == "NNPS" or lemma in GROUP_NOUNS or lemma in PLACE_NOUNS:  # "Iraqi Kurds"
            label = topic(text).label
            place = lemma in PLACE_NOUNS
            kind, prefix = ("Location", "location") if place else ("Group", "group")
            return Actor(
                id=f"{prefix}/{slug(label)}", label=label, type=kind, country=owner.country
            )
        return replace(topic(text), country=owner.country)

    def mentions(self, arg: Arg) -> list[Actor]:
        """Actors named inside an argument other than by its head ("talks with Romania")."""
        found: dict[str, Actor] = {}
        for ent in self.ents:
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

    def resolve(self, arg: Arg, *, speaker: Actor | None = None) -> Resolution | None:
        """The actor (or topic) an argument names; None for a pronoun with no antecedent."""
        found = self.resolve_all(arg, speaker=speaker)
        return found[0] if found else None

    def resolve_all(self, arg: Arg, *, speaker: Actor | None = None) -> list[Resolution]:
        """Like :meth:`resolve`, but "the two leaders" gives both leaders the article named."""
        tok = self.doc[arg.root]
        if tok.pos_ == "PRON":
            if tok.lower_ in SPEAKER_PRONOUNS:
                return [Resolution(speaker, True, "speaker", 0.9)] if speaker else []
            if speaker is not None and _agrees(tok.lower_, speaker):
                # "Putin said he would attend": the speaker, by default
                return [Resolution(speaker, True, "speaker", 0.8)]
            found = self._antecedent(tok)
            return [Resolution(found, True, "pronoun", 0.6)] if found else []
        pair = self._pair(tok)
        if pair:
            return [Resolution(a, True, "pair", 0.7) for a in pair]
        ent = self._entity_at(tok)
        if ent is not None and (actor := self.entity(ent)) is not None:
            return [Resolution(actor, actor.type != "Topic", "name")]
        if arg.appos is not None:
            ent = self._entity_at(self.doc[arg.appos])
            if ent is not None and (actor := self.entity(ent)) is not None:
                return [Resolution(actor, actor.type != "Topic", "apposition")]
        hit = self.gazetteer.lookup(arg.text)
        if hit is not None:
            return [Resolution(to_actor(hit[0], sector=hit[1]), True, "alias")]
        inner = _quantified(tok)
        if inner is not None:
            found = self.resolve_all(Arg(arg.text, arg.start, arg.end, inner.i), speaker=speaker)
            if found and (found[0].is_actor or found[0].actor.country):
                return found
        leader = self._definite_leader(tok)
        if leader is not None:
            return [Resolution(leader, True, "description", 0.8)]
        collective = self._collective(tok)
        if collective is not None:
            return [Resolution(collective, True, "collective", 0.9)]
        group = self._group(tok, arg.text)
        if group is not None:
            return [Resolution(group, group.type == "Group", "group", 0.9)]
        return [Resolution(topic(arg.text), False, "topic")]

    def _pair(self, tok: Token) -> list[Actor]:
        """ "the two leaders", "both countries": the last two actors of that kind named."""
        words = {c.lower_ for c in tok.children if c.dep_ in {"nummod", "det", "predet"}}
        if tok.lower_ == "two" and tok.pos_ == "NUM" and tok.dep_ not in {"nummod"}:
            kinds = {"Person", "Country"}
        elif words & {"two", "both"} and tok.lemma_.lower() in PAIR_NOUNS:
            kinds = PAIR_NOUNS[tok.lemma_.lower()]
        else:
            return []
        # the nearest sentence (this one up to the mention, then earlier ones) naming two
        by_sentence: dict[int, dict[str, list[Actor]]] = {}
        for i, actor in self.positions:
            if i >= tok.i or actor.type not in kinds:
                continue
            named = by_sentence.setdefault(self.doc[i].sent.start, {}).setdefault(actor.type, [])
            if all(a.id != actor.id for a in named):
                named.append(actor)
        for start in sorted(by_sentence, reverse=True):
            for kind in ("Person", "Country"):
                named = by_sentence[start].get(kind, [])
                if kind in kinds and len(named) >= 2:
                    return named[-2:]
        return []


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a mention was resolved: the actor, whether it is a real actor, how, how sure."""

    actor: Actor
    is_actor: bool
    via: str  # name, apposition, alias, collective, group, pair, pronoun, speaker, topic
    confidence: float = 1.0


def _quantified(tok: Token) -> Token | None:
    """The head of the "of" phrase after a quantity ("thousands of Iraqi Kurds")."""
    if tok.lemma_.lower() not in QUANTITY_NOUNS and tok.pos_ != "NUM":
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _agrees(pronoun: str, actor: Actor) -> bool:
    """Whether a pronoun can stand for the speaker of the clause it is in."""
    if pronoun in PERSON_PRONOUNS:
        return actor.type == "Person"
    if pronoun in THING_PRONOUNS:
        return actor.type in {"Country", "Organization"}
    return pronoun in PLURAL_PRONOUNS or pronoun in {"we", "us", "our"}
