"""Admitted statements against hand judgments on 112 BBC articles (issue "Measure it yourself").

    python benchmarks/judged.py [--shared ../shared] [--split tune|retired|held-out|check|all]
                                [--statements FILE] [--model NAME] [--facts] [--errors]
                                [--docs DOC ...]

benchmarks/judged/ holds 112 BBC articles (articles.tsv: a tuning part of 41; ``retired``, 31
articles of held-out parts read at the end of several rounds and retired into tuning material:
the first held-out part (15) and the first two fresh parts of 8, judged on kg of ff039e6 and of
2181e5a; a held-out part that is never tuned on, five fresh parts of 8 judged on kg of 2c828ea,
f8a8516, 64dee67, cd1aa7b and 06774ca (``--docs`` reports one part); eight tune articles,
check.tsv, are a check read only as a figure, never for errors), 1674 of kg's statements on
them judged by hand (statements.tsv: faithful, actors_right, class_right, keep) and three key
who-did-what-to-whom facts for 94 of them (facts.tsv). This script runs kg's extraction on
the articles in this process (or reads ``--statements``, a ``kg extract`` JSONL), matches each
statement to the judgments by (article, sentence text, subject, relation, object) and prints,
per split:

- coverage: how many produced statements are judged, and how many judged rows were produced;
- precision: the share of judged admitted statements that are faithful and worth keeping;
- dropped: the share of good judged statements (faithful and keep) that kg produced but did
  not admit, and apart, how many good ones it no longer produces at all;
- key-fact recall: the share of facts some admitted statement of the article matches (see
  ``fact_matches``);
- calibration: confidence bins of judged admitted statements against the share right
  (faithful and actors_right not 'n') and the share good.

A statement without an ``admitted`` field counts as admitted. ``--errors`` lists, for the tune
split only, the judged admitted statements that are not good and the good ones dropped, with the
judge's note and kg's reasons (what admission rules are tuned on). See
benchmarks/judged/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "judged"
SPLITS = ("tune", "retired", "held-out")
# rules may be fitted to these (retired: the first held-out part, read at the end of several
# rounds and retired into tuning material when a fresh held-out part was judged)
TUNING = ("tune", "retired")
CHECK = "check"  # the tune articles of check.tsv, read only as a figure
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a judged TSV file (lines starting with '#' are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def stem(article: str) -> str:
    """The document id kg gives an article file: its name without the extension."""
    return Path(article).stem


def key(article: str, sentence: str, subject: str, relation: str, obj: str | None) -> tuple:
    return (stem(article), sentence, subject, relation, obj or "")


def statement_key(st: dict) -> tuple:
    return key(st["doc"], st["sentence"], st["subject"], st["relation"], st.get("object"))


def extract(paths: list[Path], model: str | None) -> Iterator[dict]:
    """kg's statements on ``paths``, made the way ``kg extract`` makes them, in this process."""
    from kg import ingest
    from kg.nlp import resolve_model
    from kg.run.build import outputs

    articles = ingest.read(paths)
    for done in outputs(articles, model=resolve_model(model), jobs=1, rdf=False):
        if done.error is not None:
            sys.exit(f"judged.py: kg could not process {done.source}: {done.error}")
        for line in done.jsonl.splitlines():
            yield json.loads(line)


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def folded(text: str) -> str:
    """``text`` case-folded and without accents ('Chávez' -> 'chavez')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_in(phrase: str, text: str | None) -> bool:
    """``phrase`` occurs in ``text`` as whole words, ignoring case and accents ('UN' is not
    in 'fund'; 'Chavez' is in 'Hugo Chávez')."""
    if not phrase or not text:
        return False
    pattern = r"(?<![\w])" + re.escape(folded(phrase)) + r"(?![\w])"
    return re.search(pattern, folded(text)) is not None


def inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb lemma ('agree' -> 'agreed', 'agrees', 'agreeing')."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def relation_matches(alternatives: list[str], st: dict) -> bool:
    """An alternative equals ``relation_lemma`` or is a regular form of a word of the
    relation ('offer' matches 'has offered to supply')."""
    lemma = (st.get("relation_lemma") or "").casefold()
    words = set(re.split(r"[\s]+", (st.get("relation") or "").casefold()))
    return any(
        alt == lemma or words & inflections(alt) for alt in (a.casefold() for a in alternatives)
    )


def fact_matches(fact: dict[str, str], st: dict) -> bool:
    """Agent: an alternative in the subject_label or agent_label; relation: see
    ``relation_matches``; target (none given: any): an alternative in the object_label or
    recipient_label. 'In' means as whole words, case-insensitively. Labels, not surface
    forms: a pronoun kg did not resolve, or resolved wrongly, does not match."""
    agents = [a for a in fact["agent"].split("|") if a]
    targets = [t for t in fact["target"].split("|") if t]
    sides = (st.get("subject_label"), st.get("agent_label"))
    objects = (st.get("object_label"), st.get("recipient_label"))
    return (
        any(words_in(a, s) for a in agents for s in sides)
        and relation_matches(fact["relation"].split("|"), st)
        and (not targets or any(words_in(t, o) for t in targets for o in objects))
    )


def matched_by(fact: dict[str, str], statements: list[dict]) -> dict | None:
    """The first of ``statements`` that matches ``fact``, if any."""
    return next((st for st in statements if fact_matches(fact, st)), None)


def admitted(st: dict) -> bool:
    return st.get("admitted", True) is not False


def good(j: dict[str, str]) -> bool:
    return j["faithful"] == "y" and j["keep"] == "y"


def right(j: dict[str, str]) -> bool:
    return j["faithful"] == "y" and j["actors_right"] != "n"


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else f"{part}/0 (-)"


def interval(part: int, whole: int, z: float = 1.96) -> str:
    """The Wilson 95 % interval of ``part / whole``, as text (how far a share on a few
    hundred judged statements can be trusted)."""
    if not whole:
        return ""
    p = part / whole
    centre = (p + z * z / (2 * whole)) / (1 + z * z / whole)
    half = z * math.sqrt(p * (1 - p) / whole + z * z / (4 * whole * whole)) / (1 + z * z / whole)
    return f" [95 % CI {100 * (centre - half):.1f}-{100 * (centre + half):.1f}]"


def report(
    name: str,
    statements: list[dict],
    judged: dict[tuple, dict],
    facts: list[dict],
    *,
    verbose: bool = False,
    errors: bool = False,
    hidden: frozenset[str] = frozenset(),
) -> None:
    """Print the figures of one split: ``statements`` kg produced on its articles,
    ``judged`` its judged rows by key, ``facts`` its key facts (``verbose``: each fact and
    the admitted statement that matches it; ``errors``: each admitted statement that is not good
    and each good one dropped). The judge's tags, the facts and the errors one by one are
    shown for the tune split only, and never for the ``hidden`` articles (the check half), so
    that the held-out part and the check stay unread by whoever tunes."""
    seen = {statement_key(st): st for st in statements}
    matched = [(st, judged[statement_key(st)]) for st in statements if statement_key(st) in judged]
    found = sum(k in seen for k in judged)
    docs = {k[0] for k in judged} | {stem(f["article"]) for f in facts}
    print(f"== {name}: {len(docs)} articles")
    print(f"coverage: {share(len(matched), len(statements))} produced statements judged; "
          f"{share(found, len(judged))} judged statements produced")  # fmt: skip
    admitted_judged = [(st, j) for st, j in matched if admitted(st)]
    print(f"admitted: {share(sum(map(admitted, statements)), len(statements))} of produced")
    good_admitted = sum(good(j) for _, j in admitted_judged)
    print(f"precision (faithful and keep, of judged admitted): "
          f"{share(good_admitted, len(admitted_judged))}"
          f"{interval(good_admitted, len(admitted_judged))}")  # fmt: skip
    goods = [k for k, j in judged.items() if good(j)]
    dropped = sum(k in seen and not admitted(seen[k]) for k in goods)
    print(f"good dropped (produced, not admitted): {share(dropped, len(goods))}; "
          f"good no longer produced: {sum(k not in seen for k in goods)}")  # fmt: skip
    recall(facts, statements, verbose=verbose and name in TUNING, hidden=hidden)
    calibration(admitted_judged)
    if name not in TUNING:  # what is wrong where, only where rules may be fitted
        return
    admitted_judged = [(st, j) for st, j in admitted_judged if st["doc"] not in hidden]
    goods = [k for k in goods if k[0] not in hidden]
    kinds = Counter(
        kind
        for _, j in admitted_judged
        if not good(j) or j["actors_right"] == "n"
        for kind in j["kind"].split(",")
        if kind
    )
    print("judge's tags on admitted statements that are not good or have wrong actors: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))  # fmt: skip
    reasons = Counter(
        reason
        for k in goods
        if k in seen and not admitted(seen[k])
        for reason in seen[k].get("dropped_because") or []
    )
    print("why good statements were dropped (reason codes): "
          + ", ".join(f"{k} {n}" for k, n in reasons.most_common()))  # fmt: skip
    if errors:
        wrong = [(st, j) for st, j in admitted_judged if not good(j)]
        lost = [(seen[k], judged[k]) for k in goods if k in seen and not admitted(seen[k])]
        for title, pairs in (("admitted, not good", wrong), ("good, dropped", lost)):
            print(f"-- {title}: {len(pairs)}")
            for st, j in pairs:
                print(error_line(st, j))


def error_line(st: dict, j: dict[str, str]) -> str:
    """One judged statement as ``--errors`` lists it: the key, the judgment and kg's reading."""
    verdict = "".join(j[c][0] for c in ("faithful", "actors_right", "class_right", "keep"))
    dropped = ",".join(st.get("dropped_because") or []) or "-"
    return (f"  [{verdict}] {st['doc']} {st['sentence_id']}: {st['subject']} | {st['relation']} | "
            f"{st.get('object') or ''}\n      kg: {st.get('pattern')} {st.get('subject_type')}/"
            f"{st.get('subject_resolution')} {st.get('object_type')}/{st.get('object_resolution')} "
            f"{st.get('modality')} dropped={dropped} conf={st.get('confidence')}\n"
            f"      judge: {j['kind'] or '-'}: {j['note']}")  # fmt: skip


def recall(
    facts: list[dict],
    statements: list[dict],
    *,
    verbose: bool = False,
    hidden: frozenset[str] = frozenset(),
) -> None:
    """Print the share of ``facts`` some admitted statement matches (``verbose``: each fact and
    its match, but never a ``hidden`` article's: the check half's facts are counted, not shown)."""
    by_doc: dict[str, list[dict]] = {}
    for st in statements:
        if admitted(st):
            by_doc.setdefault(st["doc"], []).append(st)
    hits = 0
    for fact in facts:
        st = matched_by(fact, by_doc.get(stem(fact["article"]), []))
        hits += st is not None
        if verbose and stem(fact["article"]) not in hidden:
            said = f"{st['subject']} | {st['relation']} | {st['object']}" if st else "-"
            print(f"  {'hit ' if st else 'MISS'} {fact['fact']}\n       {said}")
    print(f"key-fact recall: {share(hits, len(facts))}")


def calibration(pairs: list[tuple[dict, dict]]) -> None:
    print("  confidence    n   right   good   (right: faithful, actors not wrong)")
    for lo, hi in BINS:
        in_bin = [j for st, j in pairs if lo <= (st.get("confidence") or 0.0) < hi]
        label = f"<{hi:.1f}" if lo == 0 else (f">={lo:.1f}" if hi > 1 else f"{lo:.1f}-{hi:.1f}")
        if in_bin:
            r = 100 * sum(map(right, in_bin)) / len(in_bin)
            g = 100 * sum(map(good, in_bin)) / len(in_bin)
            print(f"  {label:<10} {len(in_bin):>4} {r:6.1f} % {g:5.1f} %")
        else:
            print(f"  {label:<10} {0:>4}      -       -")
    high = [j for st, j in pairs if (st.get("confidence") or 0.0) >= 0.8]
    n_right = sum(map(right, high))
    print(f"right among confidence >= 0.8: {share(n_right, len(high))}"
          f"{interval(n_right, len(high))}")  # fmt: skip


ALLOWED = {
    "faithful": {"y", "n"},
    "actors_right": {"y", "n", "na"},
    "class_right": {"y", "n", "na"},
    "keep": {"y", "n"},
}


def check(articles: dict[str, str], judged: list[dict], facts: list[dict]) -> list[str]:
    """What is wrong with the judged files, if anything: unknown articles or splits, values
    outside the allowed sets, a key judged twice."""
    problems, keys = [], set()
    for where, row in [("statements.tsv", r) for r in judged] + [("facts.tsv", f) for f in facts]:
        if articles.get(row["article"]) != row["split"]:
            problems.append(f"{where}: {row['article']} is not a {row['split']} article")
    for row in judged:
        for column, allowed in ALLOWED.items():
            if row[column] not in allowed:
                problems.append(f"statements.tsv: {column} {row[column]!r} not in {allowed}")
        k = key(row["article"], row["sentence"], row["subject"], row["relation"], row["object"])
        if k in keys:
            problems.append(f"statements.tsv: {k} judged twice")
        keys.add(k)
    return problems


def in_split(split: str, names: Iterable[str], check: set[str]) -> set[str]:
    """The articles of ``split``: tune, retired, held-out, all, or check (tune's check half)."""
    if split == CHECK:
        return {n for n, _ in names if n in check}
    return {n for n, s in names if split == "all" or s == split}


def chosen(article: str, docs: set[str] | None) -> bool:
    """Whether ``--docs`` (:func:`wanted`) leaves ``article`` in."""
    return docs is None or article.removesuffix(".txt") in docs


def wanted(docs: list[str] | None) -> set[str] | None:
    """``--docs`` (section/name, with or without .txt) as a set of section/name, once."""
    return None if docs is None else {d.removesuffix(".txt") for d in docs}


def check_articles(data: Path = DATA) -> set[str]:
    """The tune articles kept as a check (check.tsv): reported apart, never for errors."""
    return {r["article"] for r in rows(data / "check.tsv")}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument(
        "--split",
        choices=(*SPLITS, CHECK, "all"),
        help="print only this split (check: the tune articles of check.tsv, a figure only)",
    )
    p.add_argument("--statements", type=Path, help="score this kg extract JSONL instead")
    p.add_argument("--model", help="spaCy pipeline (default: kg's)")
    p.add_argument("--facts", action="store_true", help="list each tune fact and its match")
    p.add_argument(
        "--docs",
        nargs="+",
        metavar="DOC",
        help="report only these articles (section/name, e.g. politics/mandelson-warning-to-bbc: "
        "a half or one part of a split); kg still reads them all",
    )
    p.add_argument(
        "--errors",
        action="store_true",
        help="list the tune and retired splits' admitted statements that are not good and good "
        "ones dropped",
    )
    args = p.parse_args()
    articles = [(r["article"], r["split"]) for r in rows(DATA / "articles.tsv")]
    judged_rows = list(rows(DATA / "statements.tsv"))
    facts = list(rows(DATA / "facts.tsv"))
    if problems := check(dict(articles), judged_rows, facts):
        sys.exit("judged.py: fix benchmarks/judged/ first:\n  " + "\n  ".join(problems[:20]))
    if args.statements:
        statements = list(read_jsonl(args.statements))
    else:
        corpus = args.shared / "corpus" / "bbc"
        paths = [corpus / a for a, _ in articles]
        if missing := [str(x) for x in paths if not x.is_file()]:
            sys.exit(f"judged.py: {missing[0]} not found; pass --shared DIR")
        statements = list(extract(paths, args.model))
    check_set, picked = check_articles(), wanted(args.docs)
    for split in (args.split,) if args.split else (*SPLITS, CHECK, "all"):
        docs = {stem(a) for a in in_split(split, articles, check_set) if chosen(a, picked)}
        report(
            split,
            [st for st in statements if st["doc"] in docs],
            {
                key(r["article"], r["sentence"], r["subject"], r["relation"], r["object"]): r
                for r in judged_rows
                if stem(r["article"]) in docs
            },
            [f for f in facts if stem(f["article"]) in docs],
            verbose=args.facts,
            errors=args.errors,
            hidden=frozenset(stem(a) for a in check_set),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
