"""Regenerate the country rows of ontology/actors.tsv from pycountry (ISO 3166-1).

pycountry (LGPL-2.1, data from Debian's iso-codes) is used only here, at development time;
kg reads the generated TSV at run time. Short names, capitals and organisations are kept by hand
in scripts/gazetteer_extra.tsv, demonyms in scripts/demonyms.tsv (with the plurals it does not
list, "Kenyans"); both are merged in. Run:

    pip install pycountry && python scripts/gen_gazetteer.py > ontology/actors.tsv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

HERE = Path(__file__).parent
COLUMNS = ("id", "label", "type", "subtype", "country", "wikidata", "aliases", "code")
HEADER = """\
# kg actor gazetteer: one actor per row; add a row to add an actor (no code needed).
# columns: id, label (canonical name), type (ontology class), subtype, country (ISO 3166-1 alpha-3),
#          wikidata (Q-id, for owl:sameAs), aliases ('|'-separated surface forms: short and
#          historical names, demonyms and adjectives, capitals and seats of government as metonyms;
#          an alias 'Kremlin@government' also records the sector the mention stands for),
#          code (optional: the row's own CAMEO actor code, for a body the Phoenix dictionaries
#          lack, read as theirs are: an IGO's 'IGOBUSWTO', a firm of a world region 'EURBUS';
#          dated spells 'CODE:YYYY-MM-DD:YYYY-MM-DD' joined by '|' as in phoenix_actors.tsv;
#          people a text places at the body take its code when it has no country).
# Country names and codes: ISO 3166-1 via pycountry (LGPL-2.1; Debian iso-codes).
"""


#: Endings of a demonym whose plural adds "s" ("Kenyan", "Iraqi", "Croat", "Dane"); those
#: ending otherwise stay as they are ("Japanese", "Swiss", "Danish").
PLURAL_ENDINGS = ("an", "in", "en", "i", "ot", "at", "ak", "ik", "ek", "ne", "er", "ue")


def plurals(names: list[str], places: set[str]) -> list[str]:
    """The plurals of a country's one-word demonyms that it does not list ("Kenyans"), the
    name of a people kg resolves to a group of nationals, not the state."""
    have = set(names)
    found = []
    for name in names:
        one_word = name.isalpha() and name[:1].isupper()
        new = name + "s" not in have and name not in places
        if one_word and new and name.endswith(PLURAL_ENDINGS):
            found.append(name + "s")
    return found


def main() -> None:
    extra: dict[str, dict[str, str]] = {}
    with (HERE / "gazetteer_extra.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in fh if r.strip() and not r.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        if row["id"] in extra:  # a later row adds to an earlier one
            first = extra[row["id"]]
            for col, value in row.items():
                if col == "aliases" and value:
                    first[col] = "|".join(filter(None, [first.get(col), value]))
                elif value and not first.get(col):
                    first[col] = value
        else:
            extra[row["id"]] = row
    demonyms: dict[str, list[str]] = {}
    with (HERE / "demonyms.tsv").open(encoding="utf-8") as fh:
        for row in fh:
            if row.strip() and not row.startswith(("#", "iso3\t")):
                iso3, _, names = row.rstrip("\n").partition("\t")
                demonyms.setdefault(iso3, []).extend(n for n in names.split("|") if n)
    places = {"Britain"}  # a short name, not a demonym, that pycountry does not know
    places |= {
        n.split(",")[0]
        for c in pycountry.countries
        for n in (c.name, getattr(c, "common_name", ""))
    }
    for names in demonyms.values():
        names.extend(plurals(names, places))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    sys.stdout.write(HEADER)
    out.writerow(COLUMNS)
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        key = f"country/{c.alpha_3}"
        more = extra.pop(key, {})
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        label = more.get("label") or names[0] or c.name
        aliases = [n for n in names if n and n != label]
        hand = [a for a in (more.get("aliases") or "").split("|") if a]
        aliases += hand + plurals(hand, places)
        aliases += demonyms.get(c.alpha_3, [])
        aliases = list(dict.fromkeys(a for a in aliases if a != label))
        out.writerow(
            (
                key,
                label,
                more.get("type") or "Country",
                more.get("subtype", ""),
                more.get("country") or c.alpha_3,
                more.get("wikidata", ""),
                "|".join(aliases),
            )
        )
    for row in extra.values():
        out.writerow(tuple(row.get(col, "") or "" for col in COLUMNS))


if __name__ == "__main__":
    main()
