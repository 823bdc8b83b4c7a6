"""Regenerate ontology/lexicon.tsv: kg's hand-kept rows, then verbs from PETRARCH2's CAMEO
verb dictionary mapped to PLOVER types through the CAMEO->PLOVER table.

    python scripts/gen_lexicon.py ../shared/reference > ontology/lexicon.tsv

Sources (credited in the generated header): CAMEO.2.0.verbs.txt (PETRARCH2, MIT licence,
Open Event Data Alliance) and CAMEO2PLOVER-2021.txt (Open Event Data Alliance, CC BY-SA 4.0).
Only facts are taken: which verb lemma goes with which CAMEO code, and which PLOVER type a code
maps to.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = ("lemma", "pos", "event_type", "cameo", "mode", "negated", "source")
HEADER = """\
# kg event lexicon: predicate -> PLOVER event type. Add a line to add a verb (no code needed).
# columns: lemma (a verb or noun lemma; a phrasal verb as 'crack down'), pos (verb|noun|light:
#   a light verb such as 'hold' takes the type of its object noun, 'held talks' -> Consult),
#   event_type (class local name in ontology/kg.ttl, or '-': no class, e.g. 'come', 'leave'),
#   cameo (CAMEO code), mode (PLOVER mode),
#   negated (the type when the predicate is negated, e.g. 'not sending' -> Sanction),
#   source (kg: hand-kept; petrarch2: derived).
# A later row wins over an earlier one: kg's hand-kept rows come last, and a line you append
# overrides both. Derived rows: verb synonym blocks of PETRARCH2's
# CAMEO.2.0.verbs.txt (MIT licence, Open Event Data Alliance), codes mapped to PLOVER types by
# CAMEO2PLOVER-2021.txt (Open Event Data Alliance, CC BY-SA 4.0).
"""
PLOVER = {
    "AGREE": "Agree",
    "CONSULT": "Consult",
    "SUPPORT": "Support",
    "CONCEDE": "Concede",
    "COOPERATE": "Cooperate",
    "AID": "Aid",
    "RETREAT": "Retreat",
    "REQUEST": "Request",
    "ACCUSE": "Accuse",
    "REJECT": "Reject",
    "THREATEN": "Threaten",
    "PROTEST": "Protest",
    "SANCTION": "Sanction",
    "MOBILIZE": "Mobilize",
    "COERCE": "Coerce",
    "ASSAULT": "Assault",
}
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[(\d+)(?::\d+)?\]")


def cameo_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m and m[2] in PLOVER:
            table[m[1]] = (PLOVER[m[2]], (m[3] or "").strip())
    return table


def to_plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    if code.startswith("01"):
        return ("Say", "")  # CAMEO 01 'make public statement': dropped by PLOVER, kept by kg
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def verbs(path: Path):
    """(lemma, CAMEO code) from the verb blocks; a verb line's own code beats its block's."""
    default = None
    in_patterns = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_patterns = True
            continue
        if not in_patterns or not line.strip():
            continue
        if m := BLOCK.match(line):
            default = m[2] if m[2].isdigit() else None
            continue
        if line.startswith(("-", "&", "~")):
            continue
        word = line.split("{", 1)[0].split("[", 1)[0].strip().lstrip("+")
        if not word or not re.fullmatch(r"[A-Z][A-Z_']*", word):
            continue
        if word.strip("_").split("_")[-1] in {"AND", "OR", "THE", "TO", "OF", "A"}:
            continue  # fragments of longer phrases, not verbs
        m = CODE.search(line.split("{", 1)[0] + line.split("}", 1)[-1])
        code = m[1] if m else default
        if code:
            yield word.strip("_").replace("_", " ").lower(), code


def main(reference: Path) -> None:
    table = cameo_table(reference / "CAMEO2PLOVER-2021.txt")
    out = [HEADER, "\t".join(COLUMNS) + "\n"]
    hand: list[str] = []
    seen: set[tuple[str, str]] = set()
    for line in (HERE / "lexicon_extra.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cells = (line.split("\t") + [""] * 6)[:6]
        seen.add((cells[0], cells[1]))
        hand.append("\t".join([*cells, "kg"]) + "\n")
    derived: set[tuple[str, str]] = set()
    for lemma, code in verbs(reference / "CAMEO.2.0.verbs.txt"):
        mapped = to_plover(code, table)
        if mapped is None or (lemma, "verb") in seen or (lemma, "verb") in derived:
            continue
        derived.add((lemma, "verb"))
        out.append("\t".join([lemma, "verb", mapped[0], code, mapped[1], "", "petrarch2"]) + "\n")
    out += hand
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[1] / "shared" / "reference"))
