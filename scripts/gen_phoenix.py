"""Convert the Phoenix/PETRARCH actor and agent dictionaries into kg's gazetteer format.

The Phoenix dictionaries (distributed with PETRARCH2, github.com/openeventdata/petrarch2,
petrarch2/data/dictionaries; Open Event Data Alliance, MIT licence) code people,
organisations and groups with CAMEO actor codes and the dates each code held. Run at
development time, from the repository root:

    python scripts/gen_phoenix.py ../shared/reference/phoenix

it writes ``ontology/phoenix_actors.tsv`` (one row per person, organisation or group: label,
type, aliases, every CAMEO code with its dates, leader spells and titles) and
``ontology/agents.tsv`` (role nouns to CAMEO sector codes), and prints what it kept and
dropped. kg reads only those files (``kg/actorcodes.py``). The format is read by
scripts/tabari.py, names are cased and titles found by scripts/phoenix_names.py. Choices:

- Countries. The country-level records of Phoenix.Countries (``AFGHANISTAN_ [AFG]``, a
  dependent territory ``[GBRGIB]``, a record named as a country in kg's ``actors.tsv``) are
  left out: ``actors.tsv`` has every ISO 3166-1 country with its names and demonyms, and the
  Phoenix names of a country are mostly misspellings, foreign-language names and its cities
  and provinces, which should name a place in the country rather than be the state.
- Types. A record is a Person when the dictionaries say so (a ``CountryInfo.txt`` or
  ``IGOrulers.txt`` source note, an ELI code; dated codes, a title before the name or a word
  only people's names have, such as ``BIN``, with no organisation word in it) or when its
  first word is a given name of CountryInfo's people and it has no organisation or linking
  word; an office (``PRESIDENT_OF_THE_UNITED_STATES_``,
  ``US_SECRETARY_OF_STATE_``: undated, a title and at most a qualifier) is a Person of subtype
  ``office``, standing for whoever holds it. The rest are Groups (Phoenix.MilNonState, and
  rebel, insurgent or militarised-group codes) or Organizations: IGO, NGO, company (``MNC``
  codes, even when named after a person), media, party or institution.
- Leaders. CountryInfo wrote its leaders (heads of state and government, and for some
  countries, the USA among them, the principal ministers and advisers) as ELI (elite) codes
  around GOV spells with exact days; the cabinet lists it merged in gave GOV spells on whole
  months (``GBRGOV 030101-070630``). A bare GOV spell of a person with an ELI code or a head
  title, whose dates are not whole months, is a leader spell (the ``leader`` column); with a
  head title and no such spell, every dated bare GOV spell is.
- Titles. A title before a name (``PRIME_MINISTER_GORDON_BROWN_``) goes to the ``titles``
  column and the bare name becomes an alias; a heading comment naming a role
  (``# Prime Ministers``) gives its title to the people under it, up to the next heading or
  blank line, that have a leader spell or an ELI code. Titles are not dated: a person who was
  both president and prime minister has both.
- Duplicates. Records are merged when they have the same type and label (ignoring case and
  hyphens) or one's label is the other's alias and they share a code spell, unless both have
  different countries.
- Ids. An actor whose label, or else one of its aliases, is the label of an actor of the
  same kind in ``actors.tsv`` (or for organisations and groups one of its aliases) takes its
  id (``person/tony-blair``, ``person/yasser-arafat`` for ``YASIR_ARAFAT_``, ``org/HAMAS``);
  the others get ``person/``, ``org/`` or ``group/`` and kg's slug of the label, with the
  country or a number when taken. Names are compared without case, hyphens or a leading
  "the"; a label loses its "The" when the bare name is also given (``European Union``).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from phoenix_names import (
    LINKS,
    Words,
    has_org_word,
    heading_title,
    is_office,
    load_words,
    natural_case,
    nicknames,
    title_of,
    title_words,
)
from tabari import Agent, Record, Spell, parse_actors, parse_agents

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # this checkout's kg, not an installed one

from kg.ids import slug  # noqa: E402  (kg's own slugs: keys look like actors.tsv's)

SOURCES = {
    "Countries": "Phoenix.Countries.actors.txt",
    "International": "Phoenix.International.actors.txt",
    "MilNonState": "Phoenix.MilNonState.actors.txt",
}
AGENTS = "Phoenix.agents.txt"
CREDIT = (
    "# Source: the Phoenix actor and agent dictionaries distributed with PETRARCH2\n"
    "# (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries), (c) 2014-2016 Open\n"
    "# Event Data Alliance, MIT licence; from the Computational Event Data System project's\n"
    "# CountryInfo, IGO, NGO, MNC and TOPS lists. Generated by scripts/gen_phoenix.py: do not\n"
    "# edit by hand; change the script or scripts/phoenix_words.tsv and regenerate.\n"
)
ACTOR_COLUMNS = ("id", "label", "type", "subtype", "country", "aliases", "codes", "leader")
ACTOR_COLUMNS += ("titles", "source", "note")
AGENT_COLUMNS = ("agent", "code", "place", "head", "forms", "source")
ACTOR_HEADER = (
    "# kg actors from the Phoenix dictionaries: one actor per row.\n"
    "# columns: id (kg node key; an actors.tsv id when the label is the same), label, type\n"
    "#          (ontology class), subtype, country (ISO 3166-1 alpha-3 of its usual code),\n"
    "#          aliases ('|'-separated surface forms), codes ('|'-separated CAMEO codes with\n"
    "#          the dates they held, CODE:START:END in ISO dates, an empty date open, a bare\n"
    "#          CODE the default when no dated code applies), leader (those of the codes\n"
    "#          that were a leader's spell: a head of state or government, for some countries\n"
    "#          a principal minister), titles (titles the dictionaries give, undated), source\n"
    "#          (file:line), note (the dictionaries' comments).\n"
)
AGENT_HEADER = (
    "# Role nouns (agents) to CAMEO sector codes, from the Phoenix agents dictionary.\n"
    "# columns: agent (the singular, lower case), code (CAMEO sector code), place (after: the\n"
    "#          code follows the country code, GBR + COP; before: it precedes it, NGO + GBR),\n"
    "#          head (yes: a head of state or government, from scripts/phoenix_words.tsv),\n"
    "#          forms ('|'-separated plurals and variants), source (file:line).\n"
)
GROUP_SECTORS = {"REB", "INS", "IMG", "UAF", "SEP", "RAD"}  # rebels, insurgents, armed
BOILERPLATE = re.compile(
    r"CountryInfo\.txt|COUNTRYINFO\.TXT|IGOrulers\.txt|NGO_Actors|"
    r"(\b[A-Za-z]{1,5}\s+)?\b\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2,4}\b|kkl mod"
)
FAMILY = {"Organization": "Body", "Group": "Body"}  # Phoenix and kg type these differently


@dataclass
class Actor:
    """One output row in the making."""

    label: str
    type: str
    source: str
    names: list[str]
    spells: list[Spell]
    titles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    leader: list[Spell] = field(default_factory=list)
    subtype: str = ""
    country: str = ""
    key: str = ""


def whole_months(spell: Spell) -> bool:
    """A cabinet-list spell: from the 1st of a month to a month's end (or open)."""
    starts = spell.start is None or spell.start.day == 1
    ends = spell.end is None or (spell.end + timedelta(days=1)).day == 1
    return starts and ends


def blocks(code: str) -> list[str]:
    """A CAMEO code's three-letter blocks: ``IGOUNOKID`` -> IGO, UNO, KID."""
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def is_place(record: Record, countries: set[str], names: set[str]) -> bool:
    """A country-level record: named as a country in kg's actors.tsv, or coded only with
    country codes (a bare one, or a country's dependent territory: ``GBRGIB``; an East
    German city: ``DDR`` then ``DEU``)."""
    if fold(record.names[0]) in names:
        return True
    return all(set(blocks(s.code)) <= countries for s in record.spells)


def classify(record: Record, file: str, *, words: Words, given: set[str], titles: set[str]):
    """(type, subtype) of a record (rules: module docstring)."""
    kinds = {b for s in record.spells for b in blocks(s.code)}
    name = record.names[0]
    org_word = has_org_word(name, words)
    notes = " ".join(record.notes)
    dated = any(s.dated for s in record.spells)
    listed = "CountryInfo" in notes or "IGOrulers" in notes
    firsts = {s.code[:3] for s in record.spells}
    if not (dated or listed or org_word or firsts == {"MNC"}) and is_office(name, titles):
        return "Person", "office"
    person = (
        listed
        or "ELI" in kinds
        or (not org_word and (dated or bool(title_of(name, titles)[0])))
        or (not org_word and bool({w.lower() for w in name.split()[1:-1]} & words.person))
        or (
            not org_word
            and name.split()[0] in given
            and 1 < len(name.split()) <= 4
            and not {w.lower() for w in name.split()} & LINKS
        )
    )
    if person and not (firsts & {"MNC"} and not listed):  # a company, if once nationalised
        return "Person", ""
    if file == "MilNonState" or kinds & GROUP_SECTORS:
        return "Group", "armed group"
    for kind, subtype in (("IGO", "IGO"), ("NGO", "NGO"), ("MNC", "company")):
        if kind in firsts:
            return "Organization", subtype
    for kind, subtype in (("MED", "media"), ("PTY", "party")):
        if kind in kinds:
            return "Organization", subtype
    return "Organization", "institution"


def kg_countries(path: Path) -> tuple[set[str], set[str]]:
    """(ISO 3166-1 alpha-3 codes, folded names) of the countries in kg's actors.tsv."""
    codes, names = set(), set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader((r for r in fh if not r.startswith("#")), delimiter="\t"):
            if row["type"] == "Country":
                codes.add(row["country"])
                names |= {fold(n) for n in (row["label"], *row["aliases"].split("|")) if n}
    return codes, names


def main_country(spells: list[Spell], iso: set[str]) -> str:
    counts = Counter(s.code[:3] for s in spells if s.code[:3] in iso)
    return counts.most_common(1)[0][0] if counts else ""


def given_names(records: Iterable[Record], words: Words) -> set[str]:
    """First words of CountryInfo's people: given names to tell people from bodies."""
    counts = Counter(
        r.names[0].split()[0]
        for r in records
        if any("CountryInfo" in n for n in r.notes)
        and not {w.lower() for w in r.names[0].split()} & words.org
        and len(r.names[0].split()) > 1
    )
    return {name for name, n in counts.items() if n >= 2 and len(name) > 2}


def build(record: Record, file: str, kind, *, words: Words, titles: set[str], iso: set[str]):
    type_, subtype = kind
    names, found_titles = [], []
    for name in (n for raw in [*record.names, *record.aliases] for n in nicknames(raw)):
        person = type_ == "Person" and subtype != "office"
        title, rest = title_of(name, titles) if person else ("", name)
        if title:
            found_titles.append(title)
        names += [rest, name] if title else [name]
    heads = {t for t in found_titles if t in words.head}
    elite = any(s.code[3:6] == "ELI" for s in record.spells)
    leader = []
    if type_ == "Person" and (elite or heads):
        spells = [s for s in record.spells if s.code[3:] == "GOV" and s.dated]
        leader = [s for s in spells if not whole_months(s)] or (spells if heads else [])
    section = heading_title(record.heading, titles)
    if section and type_ == "Person" and (leader or elite):
        found_titles.append(section)
    if type_ == "Person" and subtype != "office":
        subtype = "leader" if leader else "official"
    acronym = type_ != "Person"  # one-word names of bodies up to four letters: IAEA, AQAP
    cased = [
        n if acronym and " " not in n and len(n) <= 4 else natural_case(n, words=words)
        for n in names
    ]
    if cased[0].startswith("The ") and cased[0][4:] in cased:
        cased.insert(0, cased[0][4:])  # European Union, not The European Union
    notes = [re.sub(r"[\s\"]+", " ", BOILERPLATE.sub("", n)).strip(" #;,") for n in record.notes]
    return Actor(
        label=cased[0],
        type=type_,
        subtype=subtype,
        source=f"{file}:{record.line}",
        names=list(dict.fromkeys(cased)),
        spells=list(dict.fromkeys(record.spells)),
        titles=list(dict.fromkeys(found_titles)),
        notes=[n for n in dict.fromkeys(notes) if n],
        leader=leader,
        country=main_country(record.spells, iso),
    )


def fold(name: str) -> str:
    """A name to compare: case, hyphens and a leading "the" do not count."""
    return re.sub(r"^the ", "", re.sub(r"[\s-]+", " ", name.casefold()).strip())


def same(first: Actor, actor: Actor) -> bool:
    """Whether two records of the same name are one actor: the same country, or one has none
    (a UN official also listed under their country)."""
    return actor.country in (first.country, "") or not first.country


def merge(actors: list[Actor]) -> tuple[list[Actor], int]:
    """One actor per person or body: the dictionaries repeat some, under the same label or
    under one of the other's names with a code spell in common (``KOFI_ATTA_ANNAN_``). The
    label stays the first record's, unless only the other's lacks a leading "The"."""
    kept: list[Actor] = []
    by_label: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    for actor in actors:
        key = (fold(actor.label), actor.type)
        first = next((a for a in by_label[key] if same(a, actor)), None) or next(
            (a for a in by_name[key] if same(a, actor) and set(a.spells) & set(actor.spells)),
            None,
        )
        if first is None:
            kept.append(actor)
            by_label[key].append(actor)
            for name in actor.names[1:]:
                by_name[(fold(name), actor.type)].append(actor)
            continue
        first.country = first.country or actor.country
        if first.label.startswith("The ") and not actor.label.startswith("The "):
            first.label = actor.label  # United Nations, not The United Nations
        first.names = list(dict.fromkeys([first.label, *first.names, *actor.names]))
        first.spells = list(dict.fromkeys([*first.spells, *actor.spells]))
        first.leader = list(dict.fromkeys([*first.leader, *actor.leader]))
        first.titles = list(dict.fromkeys([*first.titles, *actor.titles]))
        first.notes = list(dict.fromkeys([*first.notes, *actor.notes]))
        if actor.leader:
            first.subtype = "leader"
    return kept, len(actors) - len(kept)


def kg_labels(path: Path) -> dict[tuple[str, str], str]:
    """(folded name, type family) -> id of the actors already in kg's actors.tsv: their
    labels, and the aliases of organisations and groups (``Organization for Security and
    Co-operation in Europe`` is ``org/OSCE``; a person's alias is too often another's)."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((r for r in fh if not r.startswith("#")), delimiter="\t"))
    for row in rows:
        out.setdefault((fold(row["label"]), FAMILY.get(row["type"], row["type"])), row["id"])
    for row in rows:
        if FAMILY.get(row["type"]) == "Body":
            for alias in row["aliases"].split("|"):
                if alias and "@" not in alias:
                    out.setdefault((fold(alias), "Body"), row["id"])
    return out


def assign_keys(actors: list[Actor], known: dict[tuple[str, str], str]) -> None:
    """Each actor's node key: the id of the actors.tsv actor of the same kind whose label is
    its label or, failing that, one of its aliases (``Yasir Arafat`` is kg's ``Yasser
    Arafat``); else ``person/``, ``org/`` or ``group/`` and the slug of its label."""
    taken: set[str] = set()
    for by_alias in (False, True):
        for actor in (a for a in actors if not a.key):
            family = FAMILY.get(actor.type, actor.type)
            names = actor.names[1:] if by_alias else actor.names[:1]
            key = next(
                (known.get((fold(n), family)) for n in names if (fold(n), family) in known), None
            )
            if key and key not in taken:
                actor.key = key
                taken.add(key)
    prefix = {"Person": "person", "Organization": "org", "Group": "group"}
    for actor in (a for a in actors if not a.key):
        key = f"{prefix[actor.type]}/{slug(actor.label)}"
        if key in taken and actor.country:
            key = f"{key}-{actor.country.lower()}"
        base, n = key, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        actor.key = key


def fmt_date(when: date | None) -> str:
    return when.isoformat() if when else ""


def fmt_spell(spell: Spell) -> str:
    if not spell.dated:
        return spell.code
    return f"{spell.code}:{fmt_date(spell.start)}:{fmt_date(spell.end)}"


def actor_row(actor: Actor) -> tuple[str, ...]:
    clean = [n.replace("|", "/") for n in actor.names[1:]]
    return (
        actor.key,
        actor.label,
        actor.type,
        actor.subtype,
        actor.country,
        "|".join(clean),
        "|".join(map(fmt_spell, actor.spells)),
        "|".join(map(fmt_spell, actor.leader)),
        "|".join(actor.titles),
        actor.source,
        "; ".join(actor.notes).replace("\t", " "),
    )


def agent_rows(agents: list[Agent], heads: set[str]) -> list[tuple[str, ...]]:
    rows: dict[tuple[str, str, bool], list] = {}
    for agent in agents:
        key = (agent.forms[0], agent.code, agent.before)
        row = rows.setdefault(key, [agent.forms[0], agent.code, agent.before, [], agent.line])
        row[3] = list(dict.fromkeys([*row[3], *agent.forms[1:]]))
    return [
        (
            form,
            code,
            "before" if before else "after",
            "yes" if form in heads else "",
            "|".join(forms),
            f"agents:{line}",
        )
        for form, code, before, forms, line in sorted(rows.values(), key=lambda r: r[:3])
    ]


def write_tsv(path: Path, header: str, columns: tuple[str, ...], rows) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header + CREDIT)
        out = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        out.writerow(columns)
        for row in rows:
            if any(ch in cell for cell in row for ch in '\t\n"'):
                raise ValueError(f"a tab, newline or quote in {row}")
            out.writerow(row)
    tmp.replace(path)  # a kill leaves the old file or the new one


def read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def convert(source: Path, agents: list[Agent], words: Words) -> tuple[list[Actor], Counter]:
    """The actors of the three ``.actors`` files in ``source`` (not yet merged) and counts of
    what was left out, by file and reason."""
    iso, country_names = kg_countries(ROOT / "ontology" / "actors.tsv")
    titles = title_words(agents, words)
    parsed = {file: parse_actors(read(source / name)) for file, name in SOURCES.items()}
    given = given_names((r for records, _ in parsed.values() for r in records), words)
    countries = iso | {s.code for r in parsed["Countries"][0] for s in r.spells if len(s.code) == 3}
    left_out: Counter[str] = Counter()
    actors = []
    for file, (records, problems) in parsed.items():
        left_out.update(f"{file}: {problem.reason.split(' (')[0]}" for problem in problems)
        for record in records:
            if file == "Countries" and is_place(record, countries, country_names):
                left_out[f"{file}: country-level record (kg's actors.tsv has countries)"] += 1
                continue
            kind = classify(record, file, words=words, given=given, titles=titles)
            actors.append(build(record, file, kind, words=words, titles=titles, iso=iso))
    return actors, left_out


def report(actors: list[Actor], merged: int, agents: list[Agent], rows: int, left_out) -> str:
    kinds = Counter(f"{a.type} ({a.subtype or '-'})" for a in actors)
    spells = [s for a in actors for s in a.spells]
    lines = [f"actors: {len(actors)} ({merged} repeated records merged)"]
    lines += [f"  {kind}: {n}" for kind, n in sorted(kinds.items())]
    lines += [
        f"codes: {len(spells)}, of which dated: {sum(s.dated for s in spells)}",
        f"leader spells: {sum(len(a.leader) for a in actors)}",
        f"actors with titles: {sum(bool(a.titles) for a in actors)}",
        f"aliases: {sum(len(a.names) - 1 for a in actors)}",
        f"agents: {rows} rows, {sum(len(a.forms) for a in agents)} forms",
        "left out (records, lines or codes):",
    ]
    return "\n".join(lines + [f"  {what}: {n}" for what, n in sorted(left_out.items())])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="folder of the Phoenix .txt dictionaries")
    parser.add_argument("--out", type=Path, default=ROOT / "ontology", help="output folder")
    args = parser.parse_args(argv)
    words = load_words(HERE / "phoenix_words.tsv")
    agents, problems = parse_agents(read(args.source / AGENTS))
    actors, left_out = convert(args.source, agents, words)
    left_out.update(f"agents: {problem.reason}" for problem in problems)
    actors, merged = merge(actors)
    assign_keys(actors, kg_labels(ROOT / "ontology" / "actors.tsv"))
    write_tsv(args.out / "phoenix_actors.tsv", ACTOR_HEADER, ACTOR_COLUMNS, map(actor_row, actors))
    rows = agent_rows(agents, words.head)
    write_tsv(args.out / "agents.tsv", AGENT_HEADER, AGENT_COLUMNS, rows)
    print(report(actors, merged, agents, len(rows), left_out), file=sys.stderr)


if __name__ == "__main__":
    main()
