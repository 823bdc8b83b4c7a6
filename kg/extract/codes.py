"""CAMEO-style actor codes (``GBRGOV``, ``IRQMIL``, ``IGOUNO``) of the actors a statement
names, at the statement's date.

In order: the code the Phoenix dictionaries give the actor on that day (people, IGOs, armed
groups: :func:`kg.actorcodes.codes_at`), unless the text's title gives a person a state
office the dictionaries do not hold for the day (they lag behind new office-holders); else
the code of an office kg's table of office holders has the person hold that day
(``offices.tsv``: the leader of a party in opposition is GBROPP); else its country with the
sector its role, metonym or noun says ("Washington said" is USA + GOV, "Iraqi troops" IRQ +
MIL, "police in Lagos" NGA + COP, "the US Congress" USA + LEG:
:meth:`kg.actorcodes.ActorCodes.agent`; an organisation's name by its last word, then by the
noun that heads it before a preposition: the Department of Employment is GBR + GOV); else
a firm, when its name ends in a word for what firms make or run ("Deutsche Telekom",
``industry_name_words``) or joins partners' names with an ampersand ("Tate & Lyle"); else
its country with the sector its subtype says (a party: GBRPTY; ``subtype_codes``); else with
the sector an earlier word of its name says (the British Casino Association: GBRBUS; the
Court of Appeal: GBRJUD); else its country alone. An organisation a title calls a company
("Italian carrier Alitalia", ``company_nouns``) is business, whatever Phoenix says of the
noun (a carrier is MIL there); a person whose role a company officer's word ends
(``private_heads``: "former chief executive") is business, where Phoenix does not know the
person. A person's sector may be that of the body a title or apposition names ("UKIP
chairman Petrina Holdsworth": GBRPTY; the leader of a union: LAB), or of a title the name
keeps ("Prince Harry": GBRGOV); a shadow minister is the opposition (GBROPP), whatever the
office, and so is a spokesperson of a party in opposition (:mod:`kg.extract.benches`); a
spokesperson is coded as the body they speak for ("PCS Union spokesman": LAB), not as the
media Phoenix makes a spokesman. A topic has a code only when it has a country and a sector
("two other Russian firms": RUSBUS); other topics have none.
"""

from __future__ import annotations

import datetime as dt

from kg.actorcodes import ActorCodes, Agent, CodedActor, codes_at
from kg.extract.genders import first_names
from kg.extract.orgnames import head_word
from kg.extract.titles import company_role, office_title, spokesperson_role
from kg.extract.words import vocabulary
from kg.model import Actor

#: The CAMEO sector code of a state's government (after its country code: GBRGOV).
GOVERNMENT = "GOV"
#: The CAMEO sector of a company (an organisation a title calls one: ``company_nouns``).
COMPANY = "BUS"
#: The CAMEO sector of the news media (a paper, a station, a journalist: GBRMED).
MEDIA = "MED"
#: The CAMEO sector of a legislature (a committee of one of its chambers).
LEGISLATURE = "LEG"
#: CAMEO's sector of elites, former government officials among them ("a former minister"
#: of a state whose former ministers ``former_office_sectors`` does not place).
ELITE = "ELI"
#: The subtype of the gazetteer's regions (Africa, the Middle East), coded by CAMEO's codes.
REGION = "region"
#: Sectors of non-governmental bodies the Phoenix agents put after a country (GBRHRI), which
#: the dictionaries write after NGO and the country for a national NGO (NGOGBRHRI, NGOUSA).
NON_GOVERNMENTAL = {"NGO": "NGO", "HRI": "NGO"}
#: The CAMEO sector of human rights bodies (GOVHRI of a state's commission; GBRHRI).
RIGHTS = "HRI"
#: The body word of a person a firm employs, their sector (:mod:`kg.extract.employers`).
EMPLOYER_BODY = "company"
#: The codes of bodies whose people take the body's code (a firm's, an IGO's, an NGO's).
EMPLOYER_CODES = frozenset({"MNC", "IGO", "NGO"})


#: CAMEO sectors of a firm, in an actor's code: a company (GBRBUS), a multinational (MNCUSA).
FIRM_SECTORS = frozenset({"BUS", "MNC"})
#: CAMEO sectors that make a firm the state's or a public body's (RUSGOVBUS, IGOBUSIMF).
PUBLIC_SECTORS = frozenset({"GOV", "IGO"})


def business(code: str | None, *, public_too: bool = False) -> bool:
    """Whether a CAMEO actor code is a firm's or its people's (GBRBUS, MNCGBRMED, DEUBUS), not
    a state's firm or a public body's (RUSGOVBUS, GBRGOVBUS: a central bank or a minister of
    trade; IGOBUSIMF), read in its three-letter parts (so "NGOVNM" holds no GOV); with
    ``public_too``, a state's firm or a public body's as well (RUSGOVBUS)."""
    parts = _parts(code)
    return bool(parts & FIRM_SECTORS) and (public_too or not parts & PUBLIC_SECTORS)


def _parts(code: str | None) -> set[str]:
    """A CAMEO code's three-letter parts ("RUSGOVBUS": RUS, GOV, BUS)."""
    return {(code or "")[i : i + 3] for i in range(0, len(code or ""), 3)}


#: Sectors of a state's or a party's people: a strategist or an economist of theirs speaks for
#: them ("Labour strategists", "a Treasury economist"), no market commentator.
POLITICAL_SECTORS = frozenset({"GOV", "PTY", "LEG"})


def political(code: str | None) -> bool:
    """Whether a CAMEO actor code is a government's, a party's or a legislature's (GBRGOV,
    GBRPTY, USALEG, RUSGOVBUS), read in its three-letter parts as :func:`business` reads it."""
    return bool(_parts(code) & POLITICAL_SECTORS)


def code_of(actor: Actor | None, when: dt.date | None, codes: ActorCodes) -> str | None:
    """The CAMEO code of ``actor`` on ``when`` (None for a topic or a stateless unknown)."""
    if actor is None:
        return None
    return _non_governmental(_code_of(actor, when, codes), actor)


def _non_governmental(code: str | None, actor: Actor) -> str | None:
    """A body's code its non-governmental sector's agent gave after its country (Phoenix's
    agents put "rights group", HRI, and "ngo" there: GBRHRI, GBRNGO) written as the
    dictionaries write a national NGO, the NGO first (NGOGBRHRI, NGOUSA: "human rights group
    Liberty", "the Campaign for Tobacco-Free Kids"); for an organisation, or a person the
    body they are of codes ("William Corr of the Campaign ...": ``sector``), not a person's
    own role ("rights activist" stays GBRHRI), nor a body a state sets up
    (``statutory_body_nouns``: "the Northern Ireland Human Rights Commission" stays GBRHRI)."""
    body = actor.type == "Organization" or (actor.type == "Person" and actor.sector)
    country = actor.country
    if not (code and body and country and code.startswith(country)):
        return code
    statutory = head_word(actor.label) in vocabulary().statutory_body_nouns
    if actor.type == "Organization" and statutory and _civil_sector(actor) is None:
        return code  # "the Northern Ireland Human Rights Commission": a statutory body
    sector = code[len(country) :]
    if sector in NON_GOVERNMENTAL:
        return NON_GOVERNMENTAL[sector] + country + ("" if sector == "NGO" else sector)
    return code


def _code_of(actor: Actor, when: dt.date | None, codes: ActorCodes) -> str | None:
    if actor.type == "Topic":  # "two other Russian firms": their country and sector
        agent = codes.agent(actor.sector) if actor.sector else None
        if agent is None or agent.before:
            return None
        faith = _religious(actor, codes)  # "Church ministers": no state's ministers
        return (actor.country or "") + (faith or agent.code)  # "economists" of no country: EDU
    coded = coded_actor(actor, codes)
    held = codes_at(coded, when) if coded is not None else ()
    if held:
        return _titled(actor, held, codes) or _pick(held, actor.country)
    office = codes.offices.code(actor.id, when)  # "Michael Howard", Tory leader: GBROPP
    if office is not None:
        return office
    employer = _employer_code(actor, when, codes)  # "Barclays' chief John Varley": MNCGBR
    if employer is not None:
        return employer
    if actor.subtype == REGION and actor.country is None:
        # a world region's id ends in its CAMEO code (region/AFR); a region of one country
        # (location/GB-WALES, location/CHECHNYA) is coded as its country below: CAMEO has no
        # code of its own for it
        return actor.id.rpartition("/")[2]
    if actor.country is None:
        return None
    former = _former_office(actor, codes)  # "Former Cabinet minister Douglas Hogg": GBRLEG
    if former is not None:
        return actor.country + former
    if _chamber_committee(actor):  # "the Commons Public Accounts Committee": GBRLEG
        return actor.country + LEGISLATURE
    state_role = _state_role(actor, codes)  # "the Bank of England": a central bank
    if state_role is not None:
        return actor.country + state_role
    if actor.type == "Organization" and company_role(actor.role):  # "Italian carrier X"
        return actor.country + COMPANY
    civil = _civil_sector(actor)  # "the lobby group X", "X of the Campaign for ...": NGO
    if civil is not None:
        return actor.country + (_rights_body(actor, codes) or civil)
    faith = _religious(actor, codes)  # "the Reverend Adrian Rodgers": CHR
    if faith is not None:
        return actor.country + faith
    kind = vocabulary().subtype_codes.get(actor.subtype or "")
    if actor.type == "Organization" and kind and not (actor.sector or actor.role):
        # the gazetteer's kind of body before its name's words, where the mention says no
        # sector ("the Labour government" does): Standard & Poor's is no "poor", the
        # Parliament of the United Kingdom no "kingdom"
        return actor.country + kind
    if _media_name(actor) or media_role(actor):  # "Greater Manchester Radio", an editor
        return actor.country + MEDIA
    if actor.type == "Person" and private_head(actor.role):  # "former chief executive"
        return actor.country + COMPANY
    named = _name_phrases(actor, codes) + _name_words(actor)
    for word in _sector_words(actor, named):
        agent = codes.agent(word)
        if agent is None and (word == actor.sector or word in named):
            # "Commission", a body's "party": not a role's word ("leader"); a described
            # group's common noun is no name's ("Menatep Group" is a firm, "a militant group" not)
            common = actor.type == "Group" and word.islower() and word != actor.sector
            sector = None if common or _described(actor, word) else _body_sector(word)
            if sector is not None:
                return actor.country + sector
            agent = _kg_agent(word, codes)
        elif agent is None:  # "Yorkshire millionaire": a private role, not a state's office
            agent = _kg_agent(word, codes, private=True)
        if agent is not None:
            return agent.code + actor.country if agent.before else actor.country + agent.code
    if _industry_name(actor):  # "Deutsche Telekom": a firm, not Germany
        return actor.country + COMPANY
    agent = _role_body(actor, codes)  # "airport authority chief": the authority's, GOV
    if agent is not None:
        return actor.country + agent.code
    sector = vocabulary().subtype_codes.get(actor.subtype or "")
    if sector:
        return actor.country + sector
    agent = next(filter(None, (_inner_agent(w, codes) for w in _inner_words(actor))), None)
    return actor.country + agent.code if agent is not None and not agent.before else actor.country


def _employer_code(actor: Actor, when: dt.date | None, codes: ActorCodes) -> str | None:
    """The code of the body a person works for, when the dictionaries code it as a
    multinational, an IGO or an NGO, or it is a body of no country (a firm of a world
    region: the gazetteer's Airbus, EURBUS), and the person's body is its label
    (:func:`kg.extract.employers.employer`: "Barclays' chief John Varley", "EC spokeswoman
    X", "Airbus head Noel Forgeard"): MNCGBR, IGOEUREEC, EURBUS; a bare MNC or NGO takes
    the person's country (HSBC's analyst, MNCGBR). None for anyone else."""
    if actor.type != "Person" or not actor.sector:
        return None
    found = [a for a in codes.lookup(actor.sector) if a.type != "Person"]
    held = codes_at(found[0], when) if len(found) == 1 else ()
    code = next((c for c in held if c[:3] in EMPLOYER_CODES or placeless(found[0], c)), None)
    if code in EMPLOYER_CODES and actor.country:
        return code + actor.country
    return code


def placeless(body: CodedActor, code: str) -> bool:
    """Whether a body's code is its own, not its country's and a sector: the body has no
    country, and the code is neither a bare multinational's nor a bare NGO's (MNC, NGO: the
    person's country completes those). Airbus, a firm of Europe: EURBUS."""
    return body.country is None and code not in EMPLOYER_CODES


def parse_day(text: str | None) -> dt.date | None:
    """A statement's ISO date (``2005-03-01``), or None."""
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def coded_actor(actor: Actor, codes: ActorCodes) -> CodedActor | None:
    """The Phoenix actor that ``actor`` is: the same key, else the one its label names (of
    its country, when it has one)."""
    if actor.id in codes.rows:
        return codes.actor(actor.id)
    found = [a for a in codes.lookup(actor.label) if actor.country in (None, a.country)]
    return found[0] if len(found) == 1 else None


def _pick(held: tuple[str, ...], country: str | None) -> str:
    """Of several codes held at once, one of the actor's country if any."""
    if country is not None:
        return next((c for c in held if c.startswith(country)), held[0])
    return held[0]


def _described(actor: Actor, word: str) -> bool:
    """Whether a name's last word that says a firm only after a coined name
    (``coined_firm_words``: "Group") follows words of the dictionary ("the Contact Group",
    "the Socialist Group", "the Iraq Study Group": no firm; "Menatep Group" is one), in the
    body's name or a person's body's (``sector``)."""
    from kg.nlp import dictionary_words

    if word.lower() not in vocabulary().coined_firm_words:
        return False
    name = (actor.label if actor.type != "Person" else actor.sector) or ""
    parts = name.lower().split()
    if word.lower() not in parts[1:]:
        return False
    before = parts[: len(parts) - 1 - parts[::-1].index(word.lower())]
    known = dictionary_words(("noun", "adj", "verb", "adv"))
    return any(w.strip(".,'") in known for w in before)


def _civil_sector(actor: Actor) -> str | None:
    """The sector of a body the text calls a non-governmental one (``civil_body_words``): a
    word of an organisation's title or apposition ("the lobby group Guantanamo Human Rights
    Commission", "the non-profit Ruben Berta Foundation": NGO, whatever its name's last word
    says), or of the name of a person's body ("William Corr of the Campaign for Tobacco-Free
    Kids": the body's sector, as a union's leader is LAB), or the noun heading an
    organisation's name ("the Campaign for Tobacco-Free Kids"; not "the Charity
    Commission"); else None."""
    words = vocabulary().civil_body_words
    if actor.type == "Person":
        said = (actor.sector or "").lower().split()
    elif actor.type == "Organization":
        said = [*(actor.role or "").lower().split(), head_word(actor.label or "-")]
    else:
        return None
    return next((words[w] for w in said if w in words), None)


def _religious(actor: Actor, codes: ActorCodes) -> str | None:
    """The religion's sector (``religious_words``: CHR, REL, MUS, JEW) of a person whose role,
    title or body's name says a church or a clergyman ("the Reverend Adrian Rodgers", "Mr
    Rodgers, of the Fullness of Joy Church"), of an organisation whose name's head or last
    word is a church or a house of worship ("the Fullness of Joy Church"), and of people a
    sector noun names after such a word ("Church ministers": no state's ministers); else
    None."""
    if actor.type == "Person":
        said = [*(actor.role or "").split(), *(actor.sector or "").split(), _name_title(actor)]
    elif actor.type == "Organization" and actor.label and not _personal_name(actor.label):
        said = [*(actor.role or "").split(), head_word(actor.label), actor.label.split()[-1]]
    elif actor.type == "Topic" and actor.sector:
        said = (actor.label or "").split()[:-1]
    else:
        return None
    words = vocabulary().religious_words
    faith = next((words[w.lower()] for w in said if w and w.lower() in words), None)
    agent = codes.agent(faith) if faith is not None else None
    return agent.code if agent is not None and not agent.before else None


def _personal_name(label: str) -> bool:
    """Whether a two-word name starts with a person's first name (``first_names``): the
    tagger's organisation "Charlotte Church" is a singer, no church."""
    words = label.lower().split()
    return len(words) == 2 and words[0] in first_names()


def _rights_body(actor: Actor, codes: ActorCodes) -> str | None:
    """The human rights sector (``HRI``) of a non-governmental organisation whose name ends in
    a phrase the agents give that sector ("Guantanamo Human Rights Commission": GOVHRI of
    "human rights commission", a lobby group's: NGOGBRHRI, as "rights group Liberty" is),
    else None."""
    words = (actor.label or "").split() if actor.type == "Organization" else []
    found = (codes.agent(" ".join(words[n:])) for n in range(len(words) - 1))
    return next((RIGHTS for a in found if a is not None and RIGHTS in _parts(a.code)), None)


def _body_sector(word: str) -> str | None:
    """The CAMEO sector of a kind of body (``subtype_codes``: a party is PTY, a union LAB),
    whether the word is an organisation's subtype or its name's last word ("Veritas
    Party", "the Public and Commercial Services Union")."""
    return vocabulary().subtype_codes.get(word.lower())


def _kg_agent(word: str, codes: ActorCodes, *, private: bool = False) -> Agent | None:
    """The agent of the sector kg's own ``sector_nouns`` give a word the Phoenix agents lack
    ("Commission", "Treasury": government; "Bank": business); with ``private``, only a
    sector that is not the state's (``state_sectors``): a party's "deputy leader" is no
    government, a "millionaire" is business."""
    words = vocabulary()
    sector = words.sector_nouns.get(word.lower())
    if sector is None or (private and sector in words.state_sectors):
        return None
    return codes.agent(sector)


def _sector_words(actor: Actor, named: list[str]) -> list[str]:
    """Words that may name the actor's sector, surest first: its sector ("government" of a
    metonym or "Russian troops"), its role and the role's shorter endings ("lord chief
    justice", "chief justice", "justice"; a spokesperson's body before the role: "company
    spokesman" is a company's voice, not the media Phoenix makes a spokesman), the last word
    of a group's or organisation's name ("Congress", "rebels") and the noun that heads it
    (``named``: :func:`_name_words`); a person's sector (the body of "UKIP chairman") after
    the role."""
    role = _role(actor.role)
    speaks = spokesperson_role(role)
    words = [role]
    if role and " " in role:  # "lord chief justice": "chief justice", "justice"
        parts = role.split()
        words += [" ".join(parts[i:]) for i in range(1, len(parts))]
        if speaks:  # "company spokesman": a company's
            words[:0] = [" ".join(parts[i:-1]) for i in range(len(parts) - 1)]
    if actor.type == "Person":  # "Prince Harry", though his role is "grandson"
        words.append(_name_title(actor))
    # a person's sector is the body a title names: after the role ("Labour MP": LEG), but
    # before a spokesperson's, who speaks for the body ("Lib Dem spokesman": its front bench)
    # and a firm's people are the firm's, whatever their role ("chief economist at Investec
    # Securities": business, not the education Phoenix makes an economist)
    firm = actor.sector == EMPLOYER_BODY
    words.insert(len(words) if actor.type == "Person" and not (speaks or firm) else 0, actor.sector)
    words += named
    return [w for w in words if w]


def _titled(actor: Actor, held: tuple[str, ...], codes: ActorCodes) -> str | None:
    """The code of a state office the text's title gives a person the dictionaries hold no
    such code for on the day ("Prime Minister Ephraim Inoni", CMRELI in Phoenix, a few
    weeks into the office: CMRGOV); the dictionaries lag behind new office-holders, the text
    does not. None when they agree, or the role names no state office (``state_codes``)."""
    if actor.type != "Person" or not actor.role or not actor.country:
        return None
    if _former_role(actor.role) is not None:  # "former minister X": not the office now
        return None
    parts = actor.role.split()
    for word in (" ".join(parts[i:]) for i in range(len(parts))):
        agent = codes.agent(word)
        if agent is not None and not agent.before:
            if agent.code[:3].lower() not in vocabulary().state_codes:
                return None
            code = actor.country + agent.code
            return None if any(c.startswith(code) for c in held) else code
    return None


def _former_role(role: str | None) -> str | None:
    """The office a role says its holder held before, after its last word of a former
    office (``former_title_words``: "cabinet minister" of "former cabinet minister", "welsh
    office minister" of "ex-Welsh Office Minister"); None for a role that has none, or
    ends in it."""
    words = (role or "").lower().replace("-", " ").split()
    former = vocabulary().former_title_words
    cut = max((n for n, w in enumerate(words[:-1]) if w in former), default=None)
    return " ".join(words[cut + 1 :]) if cut is not None else None


def _former_office(actor: Actor, codes: ActorCodes) -> str | None:
    """The sector of a person a title makes a former holder of a government's office
    ("Former Cabinet minister Douglas Hogg", "the former immigration minister", whom the
    dictionaries do not date): not the government (GOV) of the article's day, but the
    sector ``former_office_sectors`` gives their country's former ministers (a British one
    sits in parliament: LEG), else CAMEO's elites (ELI). None for a role of no former
    office, a former one of no government ("former chief executive", "former MP"), or one
    the agents code as a former one ("former president", a party's too: ELI)."""
    if actor.type != "Person" or not actor.country:
        return None
    office = _former_role(actor.role)
    if not office or private_head(office):  # "former chief executive": a firm's
        return None
    parts = (_role(office) or office).split()
    ends = [" ".join(parts[i:]) for i in range(len(parts))]
    if any(codes.agent(f"former {end}") is not None for end in ends):
        return None  # "former president", "former prime minister": the agents' own (ELI)
    agent = next(filter(None, map(codes.agent, ends)), None)
    if agent is None or agent.before or not agent.code.startswith(GOVERNMENT):
        return None
    return vocabulary().former_office_sectors.get(actor.country.lower(), ELITE)


def private_head(role: str | None) -> bool:
    """Whether a role's last word is a company officer's (``private_heads``: "chief
    executive" of WorldCom, though Phoenix codes it GOV after Hong Kong's), or its last two
    words, hyphened ("chief financial officer": "financial-officer"; a "police officer" is
    none)."""
    words = (role or "").split()
    heads = vocabulary().private_heads
    return bool(words) and (words[-1] in heads or "-".join(words[-2:]) in heads)


def _role(role: str | None) -> str | None:
    """The role noun a role codes as: the one a word before its last decides, whatever the
    rest says ("(Conservative) shadow foreign secretary": an opposition leader;
    ``prefix_roles``); else the office its last word names by another name ("Green MSP": a
    member of parliament, LEG; ``title_synonyms``: :func:`kg.extract.titles.office_title`)."""
    if not role:
        return role
    words, found = role.split(), vocabulary()
    prefix = next((found.prefix_roles[w] for w in words[:-1] if w in found.prefix_roles), None)
    return prefix if prefix is not None else office_title(role)


def _name_title(actor: Actor) -> str | None:
    """A title a person's name starts with and keeps ("prince" of Prince Harry;
    ``name_titles``), if any."""
    first, _, rest = (actor.label or "").partition(" ")
    return first.lower() if rest and first.lower() in vocabulary().name_titles else None


def _role_body(actor: Actor, codes: ActorCodes) -> Agent | None:
    """The agent of a body an earlier word of a person's role names (``role_body_words``,
    right to left: "airport authority chief" is the authority's, GOV; "senior business
    manager" BUS), where the role's last words and the person's body say no sector; the
    agents' sector first, else kg's ``sector_nouns``. None for any other actor or role, and
    for a sector written before the country (NGO, IGO)."""
    words = (actor.role or "").split() if actor.type == "Person" else []
    bodies = vocabulary().role_body_words
    found = (codes.agent(w) or _kg_agent(w, codes) for w in words[-2::-1] if w in bodies)
    agent = next(filter(None, found), None)
    return agent if agent is not None and not agent.before else None


def _inner_agent(word: str, codes: ActorCodes) -> Agent | None:
    """The agent an earlier word of a name is: a Phoenix role noun ("Court" of the Court of
    Appeal), else a private sector of kg's sector nouns ("Casino")."""
    return codes.agent(word) or _kg_agent(word, codes, private=True)


def _industry_name(actor: Actor) -> bool:
    """Whether an organisation's name ends in a word for what a firm makes or runs
    (``industry_name_words``: "Deutsche Telekom", "Kenya Airways") or is a partnership's
    (:func:`_partners_name`: "Tate & Lyle"), with its last word heading it: not after a
    preposition, where the name's head says the sector ("the Ministry of Oil", "the
    Department of Energy"). Read after the agents and kg's sector nouns, which code a body's
    last word first ("Food & Drug Administration": government)."""
    if actor.type != "Organization" or not actor.label:
        return False
    last = actor.label.rsplit(" ", 1)[-1].lower()
    return (last in vocabulary().industry_name_words or _partners_name(actor.label)) and (
        head_word(actor.label) == last
    )


def _media_name(actor: Actor) -> bool:
    """Whether an organisation's name is headed by a word for a news outlet
    (``media_name_words``: "Greater Manchester Radio", "the Jewish Chronicle"), not after a
    preposition ("the State Administration of Radio" is headed by its administration)."""
    if actor.type != "Organization" or not actor.label:
        return False
    last = actor.label.rsplit(" ", 1)[-1].lower()
    return last in vocabulary().media_name_words and head_word(actor.label) == last


def media_role(actor: Actor) -> bool:
    """Whether a person's role ends in a journalist's word (``journalist_nouns``: "Jewish
    Chronicle editor", "political correspondent"): the news media's, where nothing before
    coded the person."""
    words = (actor.role or "").split()
    return actor.type == "Person" and bool(words) and words[-1] in vocabulary().journalist_nouns


def _partners_name(label: str) -> bool:
    """Whether an organisation's name joins its partners' names with an ampersand, as firms'
    names do ("Tate & Lyle", "Stone & McCarthy Research", "P&O")."""
    return "&" in label


def _chamber_committee(actor: Actor) -> bool:
    """Whether an organisation is a committee whose name says it is a legislative chamber's
    (``chamber_words``: "House Budget Committee", "Treasury Select Committee", "Joint
    Committee on Human Rights"); not a central bank's or a party's ("Monetary Policy
    Committee", "National Executive Committee"), which name no chamber."""
    if actor.type != "Organization" or not actor.label:
        return False
    words = actor.label.lower().split()
    chambers = vocabulary().chamber_words
    return "committee" in words and any(w in chambers for w in words)


def _inner_words(actor: Actor) -> list[str]:
    """The words of an organisation's name before its last, right to left ("Casino" of the
    British Casino Association), which may name its sector when the last does not."""
    if actor.type != "Organization" or not actor.label:
        return []
    return actor.label.split()[-2::-1]


def _state_role(actor: Actor, codes: ActorCodes) -> str | None:
    """The state sector the agents give an organisation's whole role ("central bank" of
    "the Bank of England", GOVBUS), which a company noun at its end ("bank") would make
    business; None for any other role."""
    agent = codes.agent(actor.role) if actor.type == "Organization" and actor.role else None
    if agent is None or agent.before:
        return None
    return agent.code if agent.code[:3].lower() in vocabulary().state_codes else None


def _name_phrases(actor: Actor, codes: ActorCodes) -> list[str]:
    """The longest phrase of several words ending in the noun that heads an organisation's
    name before a preposition that the agents know ("Central Bank" of the Central Bank of
    Liberia, GOVBUS, not a bank), if any; not a name without a preposition, which the
    agents' longer phrases code as they are ("Securities and Exchange Commission")."""
    if actor.type != "Organization" or not actor.label:
        return []
    words = actor.label.split()
    head = head_word(actor.label)
    cut = next((n for n, w in enumerate(words) if w.lower() == head), len(words) - 1)
    if cut == len(words) - 1:
        return []
    phrase = next((" ".join(words[n : cut + 1]) for n in range(cut)
                   if codes.agent(" ".join(words[n : cut + 1])) is not None), None)  # fmt: skip
    return [phrase] if phrase is not None else []


def _name_words(actor: Actor) -> list[str]:
    """Words of a group's or organisation's name that may say its sector: its last two
    words hyphened where kg's ``sector_nouns`` hold them ("city-council" of Edinburgh City Council:
    local government, where "Council" alone says nothing), its last word, then the noun
    that heads it before a preposition ("Department" of the Department of
    Employment: GOV; :func:`kg.extract.orgnames.head_word`)."""
    if actor.type not in {"Group", "Organization"} or not actor.label:
        return []
    words = actor.label.split()
    last, head = words[-1], head_word(actor.label)
    tail = "-".join(words[-2:])  # "City-Council" of Edinburgh City Council: government
    found = [tail] if len(words) > 2 and tail.lower() in vocabulary().sector_nouns else []
    return [*found, last] if head == last.lower() else [*found, last, head]
