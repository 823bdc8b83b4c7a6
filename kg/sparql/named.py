"""The named queries shipped in ``ontology/queries/*.rq``, and where a query's text comes from."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg import data
from kg.errors import UsageError
from kg.sparql.binding import PLAIN, Kinds, day

_HEADER = re.compile(
    r"^#\s*(name|description|param|node|class|concept|page|example)\s*:\s*(.*)$", re.I
)
#: A parameter whose meaning starts with the word ``optional`` may be left out.
_OPTIONAL = re.compile(r"\s*optional\b", re.I)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ``ontology/queries/NAME.rq`` with its comment header."""

    name: str
    path: Path
    description: str
    params: tuple[tuple[str, str], ...]  # (name, what it means)
    example: str | None
    text: str
    kinds: Kinds = PLAIN  # params naming actors, classes, modes or contexts; paging
    optional: frozenset[str] = frozenset()  # params that may be left out (``NAME optional:``)

    @property
    def required(self) -> list[str]:
        """The parameters that must be given."""
        return [p for p, _ in self.params if p not in self.optional]

    def check(self, params: Mapping[str, str] | None) -> None:
        """Refuse parameters the query does not declare (a typo must not be ignored and
        match everything) and missing required ones, listing what the query takes."""
        from kg.sparql.suggest import unknown_params

        given = dict(params or {})
        declared = [p for p, _ in self.params]
        if unknown := [p for p in given if p not in declared]:
            raise unknown_params(self.name, unknown, declared)
        for p, meaning in self.params:  # "since optional first date, YYYY-MM-DD"
            if p in given and "YYYY-MM-DD" in meaning:
                day(given[p], p)
        if missing := [p for p in self.required if p not in given]:
            needs = ", ".join(f"--param {p}=..." for p in missing)
            raise UsageError(
                f"the named query {self.name!r} needs {needs}",
                f"e.g. {self.example}" if self.example else "kg query --list shows its parameters",
            )


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """The named queries in ``folder``, by name."""
    found = {}
    for path in sorted((folder or data.queries()).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        meta: dict[str, list[str]] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            if m := _HEADER.match(line):
                meta.setdefault(m[1].lower(), []).append(m[2].strip())
        params, kinds = [], {"node": set(), "class": set(), "concept": set(), "optional": set()}
        for key in ("node", "class", "concept", "param"):
            for p in meta.get(key, []):
                pname, _, what = p.partition(" ")
                params.append((pname, what.strip(" -:")))
                if key in kinds:
                    kinds[key].add(pname)
                if _OPTIONAL.match(what):
                    kinds["optional"].add(pname)
        if meta.get("page"):  # a page header: limit and offset (kg.sparql.pages)
            params += [("limit", f"optional rows per page, or all ({meta['page'][0]})"),
                       ("offset", "optional rows to skip (0)")]  # fmt: skip
            kinds["optional"] |= {"limit", "offset"}
        name = (meta.get("name") or [path.stem])[0]
        found[name] = NamedQuery(
            name=name, path=path, description=" ".join(meta.get("description", [])),
            params=tuple(params), example=(meta.get("example") or [None])[0], text=text,
            kinds=Kinds(nodes=frozenset(kinds["node"]), classes=frozenset(kinds["class"]),
                        concepts=frozenset(kinds["concept"]), paged=bool(meta.get("page"))),
            optional=frozenset(kinds["optional"]),
        )  # fmt: skip
    return found


def resolve_text(
    sparql: str | None = None, *, file: Path | str | None = None, name: str | None = None
) -> str:
    """The text of an ad hoc query, a query file or a named query."""
    given = [x for x in (sparql, file, name) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of a query, --file or --name")
    if name:
        queries = named_queries()
        if name not in queries:
            raise UsageError(
                f"no named query {name!r}", f"kg query --list shows: {', '.join(queries)}"
            )
        return queries[name].text
    if file:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}") from None
        except UnicodeDecodeError as exc:
            raise UsageError(
                f"{file} is not UTF-8 text: {exc.reason} at byte {exc.start}"
            ) from None
    assert sparql is not None
    return sparql
