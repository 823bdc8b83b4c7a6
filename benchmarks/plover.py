"""PLOVER gold records: actor countries (issue "Actors") and event types (issue "Ontology").

    python benchmarks/plover.py [--shared ../shared] [--model NAME] [--errors N]

For each of the 161 dev sentences kg extracts statements and compares them with the gold
source/target actor codes (ISO 3166-1 alpha-3, or IGO/NGO) and the gold event type (PLOVER's
older names mapped: DEMAND->Request, DISAPPROVE and INVESTIGATE->Accuse, FIGHT->Assault).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_NAMES = {
    "DEMAND": "Request",
    "DISAPPROVE": "Accuse",
    "INVESTIGATE": "Accuse",
    "FIGHT": "Assault",
}


def gold_type(name: str) -> str:
    return OLD_NAMES.get(name, name.capitalize())


def codes(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a["code"] for a in actors if isinstance(a, dict) and a.get("code")}


def actor_code(node_iri: str | None, country: str | None, gazetteer) -> str | None:
    if country:
        return country
    if not node_iri:
        return None
    key = node_iri.split("/id/", 1)[-1]
    entry = gazetteer.entries.get(key)
    if entry is not None and entry.subtype in {"IGO", "NGO"}:
        return entry.subtype
    return None


def main_type(statements) -> str | None:
    """The sentence's main event: the typed statement closest to the root clause (reporting
    acts only when nothing else is typed), the most confident first."""
    typed = [s for s in statements if s.event_type and s.event_type != "Say"]
    if not typed:
        typed = [s for s in statements if s.event_type]
    best = min(typed, key=lambda s: (s.clause_depth, -s.confidence), default=None)
    return best.event_type if best else None


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--model")
    p.add_argument("--errors", type=int, default=0, help="print N event-type errors")
    args = p.parse_args()
    path = args.shared / "eval" / "plover" / "dev.jsonl"
    if not path.exists():
        sys.exit(f"plover.py: {path} not found; pass --shared DIR")

    from kg.extract.statements import Knowledge, process
    from kg.ingest import parse_record
    from kg.nlp import load

    nlp = load(args.model)
    knowledge = Knowledge()
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    articles = [
        parse_record({"id": r["id"], "text": r["text"], "date": r.get("date")}, source=r["id"])
        for r in records
    ]
    n = len(records)
    with_statement = type_top = type_any = full = 0
    src_total = src_hit = tgt_total = tgt_hit = 0
    confusion: Counter[tuple[str, str | None]] = Counter()
    shown = 0
    for rec, (doc, art) in zip(
        records, nlp.pipe(((a.text, a) for a in articles), as_tuples=True), strict=True
    ):
        sts = process(doc, art, knowledge).statements
        gold = gold_type(rec["event"])
        src, tgt = codes(rec.get("source")), codes(rec.get("target"))
        subj = [actor_code(s.agent_id, s.agent_country, knowledge.gazetteer) for s in sts]
        obj = [
            actor_code(s.recipient_id, s.recipient_country, knowledge.gazetteer)
            or actor_code(s.object_id, s.object_country, knowledge.gazetteer)
            for s in sts
        ]
        if src:
            src_total += 1
            src_hit += any(c in src for c in subj)
        if tgt:
            tgt_total += 1
            tgt_hit += any(c in tgt for c in obj)
        if not sts:
            continue
        with_statement += 1
        top = main_type(sts)
        type_top += top == gold
        type_any += any(s.event_type == gold for s in sts)
        confusion[(gold, top)] += top != gold
        full += any(
            s.event_type == gold and sc in src and (not tgt or oc in tgt)
            for s, sc, oc in zip(sts, subj, obj, strict=True)
        )
        if top != gold and shown < args.errors:
            shown += 1
            print(f"  gold {gold:9} got {top!s:9} | {rec['text'][:110]}")
    pct = lambda a, b: f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"  # noqa: E731
    print(f"PLOVER dev: {n} sentences, {with_statement} with any statement")
    print(f"actors: source country/IGO found as an agent     {pct(src_hit, src_total)}")
    print(f"actors: target found as a recipient or object   {pct(tgt_hit, tgt_total)}")
    print(f"events: type of the main statement right      {pct(type_top, with_statement)}")
    print(f"events: gold type among the statements        {pct(type_any, with_statement)}")
    print(f"events: full event (source, type, target) in one statement  {pct(full, n)}")
    worst = ", ".join(f"{g}->{t}: {c}" for (g, t), c in confusion.most_common(6) if c)
    print(f"most frequent confusions: {worst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
