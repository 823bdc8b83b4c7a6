"""Material conflict against what is no actor and no physical thing (issue 19's criterion).

    python benchmarks/material.py [--wordnet /usr/share/wordnet] [--model NAME] ARTICLE ...

Runs kg over the given BBC article files (``.txt``, read as ``benchmarks/typed.py`` reads them:
one Knowledge over the articles in the order given) and lists every statement typed Assault,
Coerce or Sanction with its target and a verdict on the target:

- ``actor``: kg made the target an actor or a place, or the target word names a party
  (:func:`kg.extract.targets.is_party`: a name, a pronoun, a noun of people or bodies), or a
  party owns it ("Yukos's assets", "the sale of Yugansk");
- ``thing``: a common noun one of whose two commonest senses in WordNet 3.0 is physical or a
  group (lexicographer files animal, artifact, body, food, group, location, object, person,
  plant, substance) or a possession (assets, aid: a sanction withholds them);
- ``event``: the target is an event the lexicon knows ("launched attacks", "assaults carried
  out"): the act itself, not a target;
- ``none``: no target named ("Apple attacked" in a headline);
- ``UNFIT``: anything else: an abstraction, an event that is no act of the lexicon, a clause,
  a word WordNet lacks. The issue asks for none of these; the count is printed last.

WordNet is read from Debian's ``wordnet-base`` (``apt-get install wordnet-base``), as
``scripts/gen_abstract_nouns.py`` reads it; kg itself needs no WordNet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from gen_abstract_nouns import first_senses, lexfiles  # noqa: E402

MATERIAL = frozenset({"Assault", "Coerce", "Sanction"})
#: Node types of actors and places.
TARGETS = frozenset({"Person", "Country", "Organization", "Group", "Location"})
#: WordNet lexicographer files of physical things, groups and possessions.
PHYSICAL = frozenset({5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27})


def target_of(st, doc):
    """The word a statement's verb acts on (a passive's subject, else its object's root) and
    the type of the actor kg found for it."""
    trigger = doc.char_span(*st.relation_span, alignment_mode="expand")
    verb = trigger.root if trigger is not None else None
    passive = verb is not None and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    undergone = passive or st.pattern == "passive"
    span = st.subject_span if undergone else st.object_span
    kind = st.subject_type if undergone else st.object_type
    found = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    return (found.root if found is not None else None), kind


def verdict(st, doc, kinds, lexicon) -> tuple[str, str]:
    """(verdict, the target's text) for one typed statement."""
    from kg.extract.events import noun_sense
    from kg.extract.targets import is_party, through_span

    tok, kind = target_of(st, doc)
    if tok is None:
        return "none", ""
    tok = through_span(tok)
    if kind in TARGETS or is_party(tok):
        return "actor", tok.text
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if any(is_party(o) and o.pos_ != "PRON" for o in owners):
        return "actor", tok.text  # "forced the sale of Yugansk": aimed at its owner
    if tok.pos_ == "NOUN" and noun_sense(tok, lexicon) is not None:
        return "event", tok.text
    senses = kinds.get(tok.lemma_.lower()) or kinds.get(tok.text.lower()) or []
    if tok.pos_ == "NOUN" and any(k in PHYSICAL for k in senses[:2]):
        return "thing", tok.text
    return "UNFIT", tok.text


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("articles", nargs="+", type=Path)
    p.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    p.add_argument("--model")
    args = p.parse_args()
    if not (args.wordnet / "index.noun").is_file():
        sys.exit(f"material.py: no WordNet in {args.wordnet}; apt-get install wordnet-base")
    files = lexfiles(args.wordnet / "data.noun")
    kinds = {
        w: [files.get(o, 0) for o in offs]
        for w, offs in first_senses(args.wordnet / "index.noun").items()
    }

    from kg.extract.statements import Knowledge, process
    from kg.ingest import parse_record
    from kg.nlp import load

    nlp, knowledge = load(args.model), Knowledge()
    lexicon = knowledge.lexicon
    counts: dict[str, int] = {}
    for path in args.articles:
        doc_id = f"{path.parent.name}--{path.stem}"
        article = parse_record(
            {"id": doc_id, "text": path.read_text(encoding="utf-8")}, source=doc_id
        )
        doc = nlp(article.text)
        for st in process(doc, article, knowledge).statements:
            if st.event_type not in MATERIAL:
                continue
            found, text = verdict(st, doc, kinds, lexicon)
            counts[found] = counts.get(found, 0) + 1
            said = f"{st.subject} | {st.relation} | {st.object or ''}"
            print(
                f"{found:6} {st.event_type:8} {doc_id} {st.sentence_id}: {said}  [target: {text}]"
            )
    total = sum(counts.values())
    shown = ", ".join(f"{k} {counts[k]}" for k in sorted(counts))
    print(
        f"Assault/Coerce/Sanction: {total} ({shown}); target neither actor nor thing: "
        f"{counts.get('UNFIT', 0)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
