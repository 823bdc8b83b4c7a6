"""Plain Open IE over one sentence per line, in the CaRB benchmark's tab-separated format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.clauses import extractions
from kg.extract.records import Extraction


def _cell(text: str) -> str:
    return " ".join(text.split())


def tabbed(sentence: str, ext: Extraction) -> str:
    """``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>more args]``."""
    args = [ext.subject.text]
    if ext.object is not None:
        args.append(ext.object.text)
    args += [x.text for x in ext.extras]
    cells = [f"{ext.confidence:.3f}", _cell(ext.relation), *(_cell(a) for a in args)]
    return sentence + "\t" + "\t".join(cells)


def openie(lines: Iterable[str], *, nlp=None, batch_size: int = 64) -> Iterator[str]:
    """One output line per extraction; each input sentence is echoed verbatim."""
    from kg.nlp import load

    nlp = nlp if nlp is not None else load()
    sentences = (line.rstrip("\r\n") for line in lines)
    pairs = ((s, s) for s in sentences if s.strip())
    for doc, sentence in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        for ext in extractions(doc):
            yield tabbed(sentence, ext)
