"""Named entities of one article to actors: the gazetteer, person names with their titles and
roles, and the state or organisation a noun belongs to ("Russian troops")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.actorcodes import ActorCodes, CodedActor
from kg.extract.benches import front_bench
from kg.extract.codes import EMPLOYER_BODY, business, private_head
from kg.extract.echoes import with_acronym_names, with_echoes, with_name_ends, with_name_starts
from kg.extract.employers import (
    employer,
    employer_objects,
    firm_body,
    multinational,
    names_no_body,
    story_firm,
)
from kg.extract.fullnames import (
    honorific,
    honorific_gender,
    is_person,
    name_of,
    peers,
    people_index,
    without_affiliations,
    without_callings,
)
from kg.extract.genders import fits, of_gender
from kg.extract.headnames import in_headline, named_people
from kg.extract.institutions import placed_country
from kg.extract.known import known_person
from kg.extract.maincountry import main_country
from kg.extract.metonyms import capital_place
from kg.extract.orgnames import (
    acronym_letters,
    acronyms,
    after_the,
    bracketed_words,
    coded_org,
    gazetteer_entry,
    head_forms,
    head_word,
    is_acronym,
    named_state,
    national,
    part_forms,
    short_forms,
    short_name,
    supranational,
)
from kg.extract.owners import PLACE_ENTS, find_owner, owning
from kg.extract.sites import site_actor
from kg.extract.titles import (
    OWNER_ENTS,
    Description,
    appos_noun,
    called_company,
    company_role,
    inner_titles,
    organisation_role,
    owner_candidates,
    post_nominal_role,
    spokesperson_role,
    title_words,
)
from kg.extract.words import vocabulary
from kg.extract.works import works
from kg.gazetteer import Entry, Gazetteer, to_actor, topic
from kg.ids import slug
from kg.model import Actor
from kg.nlp import doc_text
from kg.places import Places, place_actor, places

__all__ = ["Description", "Names"]

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
#: Identifier prefix of each class a new name gets (a Topic is a topic).
PREFIXES = {"Location": "location", "Group": "group", "Organization": "org"}
#: Entities a person's bare surname may be mistaken for ("Federer" as an organisation).
SURNAME_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Entities whose name, written again where the parser tags nothing, is the same actor.
NAMED_ELSEWHERE = frozenset({"ORG"})
#: The parts of speech a title's last word has ("oil giant", "President"; not "owned").
TITLE_HEADS = frozenset({"NOUN", "PROPN"})
#: Prepositions by which a phrase after a person's name gives the body they belong to.
MEMBER_PREPOSITIONS = frozenset({"of", "from"})
#: Entities a title or apposition may call an organisation ("steel giant LNM"; a name the
#: parser took for a place or building, "energy giant Gazprom", "Highland Gold - a mining
#: firm", when no place is called so).
BODY_ENTS = frozenset({"ORG", "FAC", *PLACE_ENTS})


@dataclass
class Names:
    """The named entities of one parsed article and what they name."""

    doc: Doc
    gazetteer: Gazetteer
    codes: ActorCodes | None = None  # the Phoenix people, for a surname the article leaves bare
    when: dt.date | None = None  # the article's date, which says who held an office
    places: Places = field(default_factory=places)  # cities and states, with their countries
    ents: tuple[Span, ...] = field(init=False)  # doc.ents once, and names after honorifics
    roots: tuple[int, ...] = field(init=False)  # the index of each entity's root token
    spans: tuple[tuple[int, int], ...] = field(init=False)  # each entity's (start, end) tokens
    chars: tuple[tuple[int, int], ...] = field(init=False)  # each entity's character offsets
    ent_at: dict[int, Span] = field(init=False)  # token index -> its entity
    by_name: dict[str, Span] = field(init=False)  # an organisation's name -> its first entity
    short: dict[str, Span] = field(init=False)  # a firm's name without its legal form -> ...
    heads: dict[str, Span] = field(init=False)  # "Commission" -> "the European Commission"
    parts: dict[str, Span] = field(init=False)  # "Shell" -> "Royal Dutch Shell"
    acronyms: dict[str, Span] = field(init=False)  # "SGC" -> the entity of its full name
    bracketed: frozenset[str] = field(init=False)  # "Pipa", written "(Pipa)": read as PIPA
    people: dict[str, tuple[str, ...]] = field(init=False)  # a part of a name -> full names
    peers: dict[str, str] = field(init=False)  # "Woolf" -> "Lord Woolf", known by no other
    country: str | None = field(init=False)  # the country the article names most
    described: dict[tuple[int, int], Description] = field(init=False)  # person mention -> ...
    works: frozenset[str] = field(init=False)  # "Sweet Charity", the article's musical: no actor
    owner_memo: dict[int, Entry | None] = field(init=False, default_factory=dict, repr=False)
    role_memo: dict[tuple, tuple | None] = field(init=False, default_factory=dict, repr=False)
    firm_memo: list = field(init=False, default_factory=list, repr=False)  # [story_firm()]

    def __post_init__(self) -> None:
        titles = vocabulary().titles
        self.ents = tuple(
            ent
            for ent in with_echoes(
                self.doc,
                with_acronym_names(
                    self.doc,
                    with_name_ends(
                        with_name_starts(
                            without_callings(
                                without_affiliations(named_people(self.doc), self._affiliation),
                                self._known_key,
                            ),
                            self._known_key,
                        ),
                        self._known_key,
                    ),
                ),
            )
            if not (len(ent) == 1 and ent.label_ == "ORG" and ent[0].lower_ in titles)
        )  # "The MEP said": a role noun the parser tagged a body, no name
        self.roots = tuple(ent.root.i for ent in self.ents)
        self.spans = tuple((ent.start, ent.end) for ent in self.ents)
        self.chars = tuple((ent.start_char, ent.end_char) for ent in self.ents)
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.by_name = {}
        for ent in self.ents:
            if ent.label_ in NAMED_ELSEWHERE:
                self.by_name.setdefault(name_of(ent), ent)
        self.acronyms = acronyms(self.by_name)
        self.bracketed = bracketed_words(doc_text(self.doc))  # "(Pipa)": an acronym as a word
        self.short = short_forms(self.by_name)  # "Contrack" of "Contrack International"
        self.heads = head_forms(self.by_name)
        self.parts = part_forms(self.by_name, self._named_so)
        self.works = works(self.ents, self._actor_name)
        self.people = people_index(self.ents, self.gazetteer)
        self.country = main_country(
            self.ents, self.gazetteer, ACTOR_ENTS, known=self._placed, places=self.places
        )
        known = self.gazetteer.lookup  # a peer the gazetteer or Phoenix knows is theirs
        self.peers = {
            n: p for n, p in peers(self.ents).items() if not known(n) and not self._known(n, None)
        }
        persons = (ent for ent in self.ents if is_person(ent))
        self.described = {(ent.start, ent.end): self._describe(ent) for ent in persons}

    def _actor_name(self, name: str) -> bool:
        """Whether the gazetteer or the places know ``name`` ("Britain"): never a work's."""
        return self.gazetteer.lookup(name) is not None or self.places.lookup(name) is not None

    def _known_key(self, name: str) -> str | None:
        """The key of the gazetteer's entry ``name`` names, if any."""
        hit = self.gazetteer.lookup(name)
        return hit[0].key if hit is not None else None

    def _affiliation(self, words: str) -> bool:
        """Whether words before a person's name name a state or a party the gazetteer knows
        ("Iraqi", "Tory", "Lib Dem"): the person's, not part of the name."""
        hit = self.gazetteer.lookup(words)
        entry = hit[0] if hit is not None else None
        return entry is not None and (
            entry.type == "Country" or entry.subtype in vocabulary().affiliation_subtypes
        )

    def _named_so(self, word: str) -> bool:
        """Whether a word is a name of its own: the gazetteer's, a place's ("Scotland"; not
        one the article writes alone only as a firm's: :meth:`_firm_alone`) or an
        organisation's the dictionaries know ("Apple", not the article's "Apple Mac")."""
        if self.gazetteer.lookup(word) is not None:
            return True
        if self.places.lookup(word) is not None and not self._firm_alone(word):
            return True
        return coded_org(self.codes, self.gazetteer, word, short=True) is not None

    def _firm_alone(self, word: str) -> bool:
        """Whether the article writes ``word`` alone as an organisation's name and never as a
        place ("Delta is restructuring" after "Delta Air Lines", a Canadian town's name the
        article never means): the firm's short name, not the place's."""
        alone = [e for e in self.ents if e.text == word]
        return bool(alone) and all(e.label_ == "ORG" for e in alone)

    def _part_of(self, ent: Span, text: str) -> Span | None:
        """The organisation of the article a word of whose name ``ent`` is ("Shell" after
        Royal Dutch Shell: :func:`part_forms`), named before it, or after it when ``ent`` is
        in the headline ("Cairn shares slump", then "Shares in Cairn Energy"); not after
        "the" ("the Times" after the New York Times, "the Tribune": a paper of that name)."""
        full = None if after_the(ent) else self.parts.get(text)
        if full is None or not (full.start < ent.start or in_headline(ent)):
            return None
        return full

    def _short_org(self, ent: Span, text: str) -> Span | None:
        """The organisation a one-word name the parser read as a person's is: the one whose
        short form it is or that is tagged so elsewhere (:func:`short_name`), else the one a
        word of whose name it is ("Jet" after Jet Airways: :meth:`_part_of`)."""
        return short_name(self.by_name, self.short, text) or self._part_of(ent, text)

    def entity_at(self, tok: Token) -> Span | None:
        """The entity ``tok`` is part of."""
        return self.ent_at.get(tok.i)

    # -- names to actors ------------------------------------------------------------------------

    def entity(self, ent: Span, roles: Mapping[str, Description]) -> Actor | None:
        """The actor an entity names; a person named without a title takes the role and
        country ``roles`` remembers for the name. Reads, never writes."""
        if ent.label_ not in ACTOR_ENTS:
            return None
        text = name_of(ent)
        if not text:
            return None
        if text in self.works:  # "US musical Sweet Charity", then "Sweet Charity tells ..."
            return topic(ent.text)
        if is_person(ent):
            org = None if self.people.get(text) or honorific(ent) else self._short_org(ent, text)
            if org is not None:  # "Contrack" PERSON: the firm named
                return self.entity(org, roles)
            full = self.full_name(ent)
            if full in self.works:  # "Charity" of the musical "Sweet Charity"
                return topic(ent.text)
            if full is None or text in self.gazetteer.apart:  # not merged
                return Actor(id=f"person/{slug(text)}", label=text, type="Person")
            return self._person(ent, full, roles)
        surnamed = self._surname_of(ent, text)  # "Federer" tagged ORG after "Roger Federer"
        if surnamed is not None:
            return self._person(ent, surnamed, roles)
        letters = acronym_letters(text, self.bracketed)  # "the SGC", "Pipa"
        full = self.acronyms.get(letters) if letters else self.short.get(text)
        if full is None and ent.label_ == "ORG":  # "the Commission" after the European one
            full = self.heads.get(text)
            full = full if full is not None and full.start < ent.start else None
        if full is None:  # "Shell" (or "Cairn" the parser took for a place): Royal Dutch Shell
            full = self._part_of(ent, text)
        if full is not None and full.start != ent.start:  # "the SGC", "(EC)": as the article
            return self.entity(full, roles)  # spells it out, over the gazetteer's reading
        hit = gazetteer_entry(self.gazetteer, text, ent)
        if hit is not None:
            metonym = hit[1] is not None and hit[0].type == "Country"
            place = capital_place(self.places, ent, text, hit[0]) if metonym else None
            return place or to_actor(hit[0], sector=hit[1])
        kind = ENT_TYPES[ent.label_]
        place = self.places.lookup(text, country=self.country) if ent.label_ in PLACE_ENTS else None
        if place is not None:
            return place_actor(place)
        if ent.label_ in BODY_ENTS and company_role(roles.get(text, Description()).role):
            kind = "Organization"  # no place: "energy giant Gazprom"
        site = (
            None
            if kind == "Organization"
            else site_actor(ent, text, self.places, self.gazetteer, self.country)
        )
        if site is not None:  # "the Nu River", "Belmarsh Prison in London": a site in a country
            return site
        prefix = PREFIXES.get(kind)
        if prefix is None:
            return topic(ent.text)
        if kind == "Organization":
            short = ent.label_ == "ORG"  # "Barrick Gold": Barrick Gold Corporation
            coded = coded_org(self.codes, self.gazetteer, text, ent, when=self.when, short=short)
            if coded is not None:
                return coded
        country = role = None
        if kind == "Organization":  # of a British story, unknown: British
            said = roles.get(text, Description())
            owner = self.owner(ent.root)  # "the Pentagon's PCO", "X, of Arlington, Virginia"
            country = (
                national(self.gazetteer, ent)
                or said.country
                or named_state(self.gazetteer, ent)
                or (owner.country if owner is not None else None)
                or placed_country(ent, self.places, self.codes, country=self.country)
                or (None if supranational(self.gazetteer, text) else self.country)
            )
            role = said.role  # "oil company", "the mill, Krivorizhstal": its sector's word
            home = self._home_body(text, country)
            if home is not None:  # "Congress" of an American story: the United States Congress
                return home
        key = f"{prefix}/{slug(text)}"
        return Actor(id=key, label=text, type=kind, country=country, role=role)

    def _surname_of(self, ent: Span, text: str) -> str | None:
        """The one person of the article whose surname a one-word name the parser took for an
        organisation or a place is ("Federer" as an organisation, "Agassi" as a place, after
        "Roger Federer", "Andre Agassi"): that person's full name; else None, also for a name
        the gazetteer or the places know ("Jordan", "Chelsea"), an acronym, a first name
        ("Howard" of Howard Flight) or a surname several people of the article share."""
        if ent.label_ not in SURNAME_ENTS or " " in text or is_acronym(text):
            return None
        fulls = [full for full in self.people.get(text, ()) if full.split()[-1] == text]
        if len(fulls) != 1 or len(self.people.get(text, ())) != 1:
            return None
        place = ent.label_ != "ORG" and self.places.lookup(text) is not None
        if place or self.gazetteer.lookup(text) is not None:
            return None
        return fulls[0]

    def _home_body(self, name: str, country: str | None) -> Actor | None:
        """The gazetteer's body a bare name means in a country's own story (``home_bodies``:
        "Parliament" placed in the UK is the Parliament of the United Kingdom, "Congress"
        placed in the US the United States Congress), else None."""
        key = vocabulary().home_bodies.get(f"{name.lower()}@{(country or '').lower()}")
        entry = self.gazetteer.entries.get(key) if key else None
        return to_actor(entry) if entry is not None else None

    def _person(self, ent: Span, name: str, roles: Mapping[str, Description]) -> Actor:
        role, country, body = self.description(ent)
        gender = honorific_gender(ent)  # "Mrs Blair" is not the gazetteer's Tony Blair
        hit = self.gazetteer.lookup(name)
        if hit is not None and fits(hit[0].label, gender):
            actor = to_actor(hit[0], sector=hit[1] or body, role=role)
            return replace(actor, country=country) if country and not actor.country else actor
        known = self._known(name, country)
        if known is not None and fits(known.label, gender):  # "Mr Hariri": his title's role
            said = roles.get(name, Description())
            role = role or said.role or known.subtype
            hired = employer(self, ent, roles) if body is not None else None  # "ECB president"
            if hired is None and not (country or body) and said.country and said.body:
                # "Mr Fischer" after "Stanley Fischer, vice chairman of banking giant
                # Citigroup": the body the article gave the name, over the dictionaries'
                hired = said.country, said.body
            country, body = hired if hired is not None else (known.country, body)
            return Actor(known.key, known.label, "Person", country, role, body)
        if not (role or country):
            role, country, body = roles.get(name, Description(role, country, body))
        # "Yukos chief ...", and a body a title or apposition names, whose code its people
        # take: "X, director general of the CBI" is business, whatever "director general" says
        hired = employer(self, ent, roles) if country is None or body is not None else None
        if hired is None and country is None:  # "Chief executive Bill Gammell" of Cairn's story
            hired = self._officer_of(ent, self.description(ent).role)  # its own title only
        if hired is not None:
            country, body = hired
        stateless = hired is not None and hired[0] is None  # an IGO's: "EC spokeswoman X"
        untitled = not (role or country or title_words(ent) or inner_titles(ent))
        firm = company_role(role)  # "miner Barrick Gold": Barrick Gold Corporation
        asked = untitled or firm
        coded = (
            coded_org(self.codes, self.gazetteer, name, when=self.when, short=firm)
            if asked
            else None
        )
        if coded is not None:  # a company the parser took for a person: "ABN Amro", not "Mr Ford"
            return coded
        if organisation_role(role) or (" " not in name and company_role(role)):
            # "Russian oil company Yukos", "oil giant Yukos"; "Holcim, the world's biggest
            # cement maker" after "Swiss cement firm Holcim": the country its name was given
            country = country or roles.get(name, Description()).country or self.country
            return Actor(f"org/{slug(name)}", name, "Organization", country, role=role)
        key = f"person/{slug(name)}"  # the shadow foreign secretary: his office's country
        held = self.codes.offices.country(key, self.when) if self.codes is not None else None
        country = country or held or (None if stateless else self.country)  # a British story's
        return Actor(
            id=key,
            label=name,
            type="Person",
            country=country,
            role=role,
            sector=body,
        )

    def _officer_of(self, ent: Span, role: str | None) -> tuple[str | None, str | None] | None:
        """(country, body) of the firm the article is about, for a company officer whose title
        names no body ("Chief executive Bill Gammell" of a story about Cairn Energy, "a UK oil
        firm": GBR, company), or a spokesperson whose title names no body ("Spokesman Alan
        Jones" of a story about the Bluewater centre: its voice, not the media Phoenix makes a
        spokesman; ``spokesperson_nouns``); else None."""
        speaks = private_head(role) or spokesperson_role(role)
        return self.firm() if speaks and names_no_body(ent) else None

    def firm(self) -> tuple[str | None, str | None] | None:
        """(country, body) of the firm the article is about (:meth:`firm_actor`), the body as
        :func:`kg.extract.employers.firm_body` gives it; None for none."""
        found = self.firm_actor()
        return (found.country, firm_body(self, found)) if found is not None else None

    def firm_actor(self) -> Actor | None:
        """The firm the article is about (:func:`story_firm`), worked out once; None while it
        is being worked out (a name read on the way asks again)."""
        if not self.firm_memo:
            self.firm_memo.append(None)
            self.firm_memo[0] = story_firm(self)
        return self.firm_memo[0]

    def _placed(self, name: str) -> str | None:
        """The country of the state office kg's table of office holders has the person a
        full name names hold on the day ("Alan Beith", chairman of a Commons committee: GBR),
        if any; asked before the article's main country is known
        (:func:`kg.extract.maincountry.main_country`). Not a firm's office (Malcolm Glazer's,
        a club's owner, says nothing of a British football story), nor the Phoenix people
        of the name: a name written once may be anyone's (a film composer "John Williams"
        is no Barbadian politician)."""
        if self.codes is None:
            return None
        key = f"person/{slug(name)}"
        office = self.codes.offices.code(key, self.when)
        return self.codes.offices.country(key, self.when) if not business(office) else None

    def _known(self, name: str, country: str | None) -> CodedActor | None:
        """The one Phoenix person ``name`` names (:func:`known_person`), if any."""
        return known_person(
            self.codes, name, country=country, when=self.when, main_country=self.country
        )

    def full_name(self, ent: Span) -> str | None:
        """The full name a person mention stands for: the one person of the article whose
        name it is part of, and whose first name is not of the other gender than its
        honorific's ("Mr Blair" is Tony Blair, "Mrs Blair" Cherie Blair), else the peer's
        name the article gives with the title ("Lord Woolf", whom the dictionaries do not
        know), else the name itself; None when it is part of several such people's names,
        unless the headline gives it: the one the text names first ("Blair rejects ..."
        above "Tony Blair has rejected ...", with Cherie Blair named later)."""
        text = name_of(ent)
        fulls = of_gender(self.people.get(text, ()), honorific_gender(ent))
        if len(fulls) > 1 and not in_headline(ent):
            return None
        return fulls[0] if fulls else self.peers.get(text, text)

    def is_ambiguous(self, ent: Span) -> bool:
        """Whether a person mention is a name several people of the article share."""
        return is_person(ent) and self.full_name(ent) is None

    def role_of(self, ent: Span) -> tuple[str, Description] | None:
        """(name, (role, country, body)) a titled mention of a person the gazetteer does not
        know gives, for later bare mentions of the name; for an organisation's name, the noun
        a title or apposition calls it ("steel giant LNM", "the mill, Krivorizhstal"), whose
        sector its code takes; else None. Kept per entity (``role_memo``): the resolver asks it
        of every name it meets, the same names again and again."""
        key = (ent.start, ent.end, ent.label)
        if key not in self.role_memo:
            self.role_memo[key] = None  # asked again on the way (a body "from" a body): none
            self.role_memo[key] = self._role_of(ent)
        return self.role_memo[key]

    def _role_of(self, ent: Span) -> tuple[str, Description] | None:
        if ent.label_ in BODY_ENTS and not is_person(ent):
            name = name_of(ent)
            unknown = name and self.gazetteer.lookup(name) is None
            unknown = unknown and (ent.label_ == "ORG" or self.places.lookup(name) is None)
            found = self._describe(ent) if unknown else None  # a place's name: if a company's
            keep = found and found.role and (ent.label_ == "ORG" or company_role(found.role))
            return (name, found) if keep else None
        name = self.full_name(ent) if is_person(ent) else None
        if not name or self.gazetteer.lookup(name) is not None:
            return None
        found = self.description(ent)
        named = found.country is None or found.body is not None  # as :meth:`_person` asks
        hired = employer(self, ent, {}) if named else None  # for "Mr Shaw"
        if hired is None and found.country is None:  # "Chief executive Bill Gammell"
            hired = self._officer_of(ent, found.role)
        if hired is not None:
            found = found._replace(country=hired[0], body=hired[1])
        return (name, found) if found.role or found.country or found.body else None

    # -- titles and appositions -----------------------------------------------------------------

    def description(self, ent: Span) -> Description:
        """Role and country of a person mention, from its title or an apposition."""
        found = self.described.get((ent.start, ent.end))
        return found if found is not None else self._describe(ent)

    def _describe(self, ent: Span) -> Description:
        found = self._title(ent)
        if found.role is None:  # "Ken Macdonald QC": a counsel, whatever an apposition says
            found = found._replace(role=post_nominal_role(ent))
        if found.role is None:
            role, owner, body = self._appos_role(ent)
            found = Description(role, found.country or owner, found.body or body)
        if found.body is None and ent.root.dep_ == "poss":  # "Robert Kilroy Silk's Veritas Party"
            found = found._replace(body=self._body(ent.root.head))
        if found.body is None:  # "Jonathan Baume, of the top civil servants' union"
            found = found._replace(body=self._member_of(ent))
        if found.country is None:  # "Moazzam Begg, from Birmingham"
            found = found._replace(country=self._from_place(ent))
        if found.country is None:  # "a researcher at the Delft University of Technology"
            found = found._replace(country=self._institution_country(ent))
        if found.country is None:  # "Otto Brandt of the German finance ministry"
            owner, body = self._employer_owner(ent.root)
            if owner is not None:
                found = Description(found.role, owner.country, found.body or body)
        bench = front_bench(self, ent, found.role)  # a Lib Dem spokesman: the opposition
        return found._replace(body=bench) if bench else found

    def _title(self, ent: Span) -> Description:
        """Role, country and body from titles before a name ("Russian President Vladimir
        Putin", "UKIP chairman Petrina Holdsworth"); a role ends in a noun."""
        country = body = None
        role_words = []
        words = vocabulary()
        honorifics, past = words.honorifics, False
        for w in [*title_words(ent), *inner_titles(ent)]:
            calling = _opening_calling(w)  # "Economist Colen Garrow": no magazine's
            owner = self._owner(w) if not self._in_name(w) and not calling else None
            past = past or w.lower_ in words.past_title_words
            seat = None if calling else self._body(w)  # "Former Downing Street media chief"
            body = body or (None if past and seat in words.seat_subtypes else seat)
            if owner is not None:
                country = owner
            elif calling or (
                w.ent_type_ not in OWNER_ENTS
                and w.tag_ != "POS"
                and w.lower_.rstrip(".") not in honorifics
            ):
                role_words.append(w)
        named = role_words and role_words[-1].pos_ in TITLE_HEADS  # "State-owned X": no title
        return Description(" ".join(w.lower_ for w in role_words) if named else None, country, body)

    def _in_name(self, w: Token) -> bool:
        """Whether a word is part of a person's name: tagged so, and not a word the names
        took out of one ("Tory" of "Tory Liam Fox": :func:`without_affiliations`)."""
        return w.ent_type_ == "PERSON" and self.entity_at(w) is not None

    def _owner(self, w: Token) -> str | None:
        """The country of the state or organisation a title word names, alone or with the
        word before it ("Russian", "Labour MP", "Tory leader", "Liberal Democrat leader")."""
        entry = self._owner_entry(w)
        return entry.country if entry is not None else None

    def _owner_entry(self, w: Token) -> Entry | None:
        """The gazetteer's state or organisation (with a country) a title word names, with
        the word before it first: "Northern Ireland minister" is the UK's, not Ireland's."""
        if not (w.ent_type_ in OWNER_ENTS or w.is_title):
            return None
        for text in (f"{w.nbor(-1).text} {w.text}" if w.i else "", w.text):
            hit = self.gazetteer.lookup(text) if text else None
            if (
                hit
                and hit[0].country
                and (w.ent_type_ or hit[0].type in ("Organization", "Country"))
            ):
                return hit[0]
        return None

    def _body(self, w: Token) -> str | None:
        """The sector word of the organisation a word names: the gazetteer's subtype
        ("party" for UKIP, "Tory", "Labour"), else, for an organisation's name it does not
        know, "company" if a title or apposition calls it one ("deputy chairman of Highland
        Gold - a mining firm"), else the name's last word ("Union" of "the Public and
        Commercial Services Union"); None for other words."""
        ent = self.entity_at(w)
        if ent is not None and ent.label_ in BODY_ENTS:
            hit = self.gazetteer.lookup(name_of(ent))
            entry = hit[0] if hit is not None else None
            if entry is None and called_company(ent):
                return EMPLOYER_BODY
            if entry is None:
                return ent[-1].text if ent[-1].is_title and ent.label_ == "ORG" else None
        else:
            entry = self._owner_entry(w)
        if entry is None or entry.type != "Organization":
            return None
        # a multinational the dictionaries code under the gazetteer's id: its label, whose
        # code its people take ("eBay chief executive Meg Whitman": MNCUSA), as firm_body gives
        return entry.label if multinational(self, entry.key) else entry.subtype

    def _described_sector(self, ent: Span) -> str | None:
        """The role the article calls an organisation it names by, when the role is a Phoenix
        role noun of a sector ("human rights group Liberty": human rights group, HRI), else
        None."""
        said = self.role_of(ent) if ent.label_ == "ORG" else None
        role = said[1].role if said is not None else None
        known = role is not None and self.codes is not None and self.codes.agent(role)
        return role if known else None

    def _member_of(self, ent: Span) -> str | None:
        """The sector word of the body a phrase after a person's name says they belong to
        ("Jonathan Baume, of the top civil servants' union": union; "Jean Dupont, from the
        farmers' union"; "X of the Zubrovian Party": its subtype), else None; not a place
        ("Lord Nicholls of Birkenhead")."""
        for prep in ent.root.rights:
            if prep.dep_ != "prep" or prep.i < ent.end or prep.lower_ not in MEMBER_PREPOSITIONS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                org = self.entity_at(noun)  # "from human rights group Liberty": its role
                body = (self._described_sector(org) or self._body(noun)) if org else noun.lemma_
                if org is not None and not (body and self._sector_word(body)):
                    body = _civil_head(org) or body  # "of the Campaign for Tobacco-Free Kids"
                if body and self._sector_word(body):
                    return body if self.entity_at(noun) is not None else body.lower()
        return None

    def _from_place(self, ent: Span) -> str | None:
        """The country of the place a "from" phrase after a person's name says they come from
        ("Moazzam Begg, from Birmingham": GBR; "from Birmingham, Alabama": USA, the place
        appended), else None; not a body ("from the BBC"). A phrase after a list of names is
        each one's ("Martin Mubanga, Richard Belmar and Feroz Abbasi, from London": the parser
        hangs it on the first); one between them is only its own name's ("Moazzam Begg, from
        Birmingham, and Martin Mubanga": not Mubanga's)."""
        preps = [p for head in _conjunct_heads(ent.root) for p in head.rights]
        for prep in preps:
            if prep.dep_ != "prep" or prep.i < ent.end or prep.lower_ != "from":
                continue
            for noun in prep.children:
                place = self.entity_at(noun)
                if noun.dep_ == "pobj" and place is not None and place.label_ in PLACE_ENTS:
                    noun = self._qualifying_place(place) or noun  # "Birmingham, Alabama"
                    entry = owning(self, noun)
                    return entry.country if entry is not None and entry.type == "Country" else None
        return None

    def _institution_country(self, ent: Span) -> str | None:
        """The country of an institution named after its place (:func:`placed_country`) that
        a person's title or apposition names ("Delft University of Technology researcher X",
        "X, a researcher at the Delft University of Technology"), else None."""
        words = [*title_words(ent), *inner_titles(ent)]
        noun = appos_noun(ent.root)
        if noun is not None:
            words += [g for p in noun.rights if p.dep_ == "prep" for g in p.children]
            words += list(noun.lefts)
        for org in dict.fromkeys(self.entity_at(w) for w in words):
            if org is not None and org.label_ == "ORG":
                found = placed_country(org, self.places, self.codes, country=self.country)
                if found is not None:
                    return found
        return None

    def _qualifying_place(self, place: Span) -> Token | None:
        """The place a comma appends to a place to say which ("Birmingham, Alabama": Alabama's
        head), else None."""
        doc, end = place.doc, place.end
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        after = self.entity_at(doc[end + 1])
        return after.root if after is not None and after.label_ in PLACE_ENTS else None

    def _sector_word(self, word: str) -> bool:
        """Whether a body word says a sector (``subtype_codes``: union, party; a Phoenix role
        noun: "Businesses" of the Federation of Small Businesses), not a place's name the
        parser took for a body's ("Baron Kinnock of Bedwellty")."""
        lower = word.lower()
        known = self.codes is not None and self.codes.agent(lower) is not None
        words = vocabulary()
        return lower in words.subtype_codes or lower in words.civil_body_words or known

    def body_of(self, ent: Span) -> Actor | None:
        """The gazetteer's organisation a person mention's title names ("UKIP chairman P.
        Holdsworth"), else a company an apposition names ("chairman of Highland Gold - a firm")."""
        for w in [*title_words(ent), *inner_titles(ent)]:
            entry = self._owner_entry(w) if not self._in_name(w) else None
            if entry is not None and entry.type == "Organization":
                return to_actor(entry)
        noun = appos_noun(ent.root)
        for cand in owner_candidates(noun) if noun is not None else ():
            body = self.entity_at(cand)
            if body is not None and body.label_ in BODY_ENTS and called_company(body):
                actor = self.entity(body, dict([found]) if (found := self.role_of(body)) else {})
                return actor if actor is not None and actor.type == "Organization" else None
        return None

    def _appos_role(self, ent: Span) -> Description:
        """Role, country and body from an apposition: "the Kremlin's top adviser, Yuri
        Ushakov", "Xi, China's president", "Mark Serwotka, the leader of the ... Union"."""
        noun = appos_noun(ent.root)
        if noun is None:
            return Description()
        words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and not c.ent_type_]
        role = " ".join([*(w.lower_ for w in words), noun.lower_])
        owner = self.owner(noun)
        body = next((b for b in map(self._body, owner_candidates(noun)) if b), None)
        if owner is None:  # "a member of the Bundesbank's board": the Bundesbank's
            found = self._employer_owner(noun)
            owner, body = found[0], body or found[1]
        return Description(role, owner.country if owner is not None else None, body)

    def _employer_owner(self, noun: Token) -> tuple[Entry | None, str | None]:
        """The owner, and its body word, that a modifier of the common noun a role noun's (or
        a name's own) employer preposition governs names ("a member of the Bundesbank's
        board": the Bundesbank, a central bank; "a spokesman for Germany's finance ministry",
        "an official at the French embassy", "Otto Brandt of the German finance ministry":
        the country), where the role noun names none itself: the role's own country, not the
        story's. Not the object's place phrase ("a bank in
        Tokyo" says where, not whose), nor when an object is named (whose code :func:`employer`
        reads, and which then decides: "head of UK equities for Standard Life Investments"
        is the firm's), nor an outsider's noun ("a critic of Germany's government"). (None,
        None) when no such modifier names an owner."""
        objects = employer_objects(noun)
        named = any(self.entity_at(o) is not None for o in objects)
        if named or noun.lemma_.lower() in vocabulary().outsider_nouns:
            return None, None
        for obj in objects:
            for cand in owner_candidates(obj):
                found = owning(self, cand) if cand.head.i == obj.i else None
                if found is not None and found.country:
                    return found, self._body(cand)
        return None, None

    # -- owners ---------------------------------------------------------------------------------

    def owner(self, tok: Token) -> Entry | None:
        """The state or organisation a noun belongs to, from its modifiers ("Russian troops",
        "Beijing's diplomats", "U.N. helicopters") or a place phrase ("rebels in Ivory Coast").
        Kept per token (``owner_memo``): the rules ask it of the same head noun again and again."""
        if tok.i not in self.owner_memo:
            self.owner_memo[tok.i] = find_owner(self, tok)
        return self.owner_memo[tok.i]


def _opening_calling(w: Token) -> bool:
    """Whether a title word is a noun of what a person is (``person_nouns``) opening its
    sentence, capitalised as any first word is, right before the name ("Economist Colen Garrow
    said": an economist, not The Economist the gazetteer knows by that word; "The Economist's
    editor" is, and so are "Economist editor Bill Emmott" and the body's name "Economist
    Intelligence Unit analyst Robert Ward")."""
    if w.lower_ not in vocabulary().person_nouns or not (w.is_sent_start or w.i == 0):
        return False
    after = w.doc[w.i + 1] if w.i + 1 < len(w.doc) else None
    return w.ent_type_ != "ORG" and after is not None and after.ent_type_ == "PERSON"


def _conjunct_heads(root: Token) -> list[Token]:
    """A name's head word, then the heads of the names before it in a list, nearest first
    ("Feroz Abbasi" of "Martin Mubanga, Richard Belmar and Feroz Abbasi": Belmar, Mubanga)."""
    found = [root]
    while found[-1].dep_ == "conj" and found[-1].head.i < found[-1].i and len(found) < 10:
        found.append(found[-1].head)
    return found


def _civil_head(org: Span) -> str | None:
    """The word heading a body's name when it calls the body a non-governmental one
    (``civil_body_words``: "Campaign" of the Campaign for Tobacco-Free Kids), else None; not
    a word after the head ("the Charity Commission" is a state's)."""
    text = name_of(org) or ""
    head = head_word(text) if text.strip() else None
    if head not in vocabulary().civil_body_words:
        return None
    return next(w for w in text.split() if w.lower() == head)
