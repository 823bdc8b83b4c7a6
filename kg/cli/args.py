"""What ``kg`` accepts: the argparse parser, its options and their help texts (nothing runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import __version__
from kg.cli import options
from kg.extract.admission import KEEP

EPILOG = """exit status: 0 all inputs processed; 1 some inputs could not be read (listed on
stderr, the rest was processed), or none could (then kg build writes nothing); 2 usage or
query error, or no input path exists (kg build then writes nothing); 3 no spaCy pipeline
installed; 4 an output or the store could not be written (disk full, no permission; the
previous files stay intact)."""


def parser() -> argparse.ArgumentParser:
    """The whole command line: ``kg COMMAND ...``, one subparser per command."""
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of who did what to whom from news articles.",
        epilog=EPILOG,
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for declare in (_build, _extract, _openie, _query, _export, _remove, _serve, _push, _stats,
                    _viz):  # fmt: skip
        declare(sub)
    return p


def query_formats() -> list[str]:
    """``kg query --format``: an aligned table, a SPARQL results format (for solutions and
    booleans), or one of :func:`graph_formats` (for CONSTRUCT and DESCRIBE)."""
    from kg.sparql.engine import RESULTS_FORMATS

    return ["table", *RESULTS_FORMATS, *graph_formats()]


def graph_formats() -> list[str]:
    """The RDF formats of triples (no named graphs) whose names no results format takes."""
    from kg.rdf.serialize import FORMATS
    from kg.sparql.engine import RESULTS_FORMATS

    return [f for f, (_, named) in FORMATS.items() if not named and f not in RESULTS_FORMATS]


def _build(sub) -> None:
    b = sub.add_parser(
        "build",
        help="articles -> statements.jsonl, graph.ttl, graph.html",
        description="Extract statements from articles and write statements.jsonl, "
        'graph.ttl (Turtle) and graph.html (interactive view). A bare surname ("Mr '
        'Howard") its article never spells out is the one person of that name the run (and '
        'the store) names in full, if only one fits (README, "Names across articles").',
        epilog=EPILOG,
    )
    options.inputs(b)
    b.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("output"),
        metavar="DIR",
        help="output folder (default: output/)",
    )
    b.add_argument("--no-html", action="store_true", help="skip graph.html")
    b.add_argument(
        "--keep",
        choices=KEEP,
        default=KEEP[0],
        help="which statements go into the graph (graph.ttl, the store, graph.html): "
        "'admitted' (default) those with an actor, a relation that says something and a "
        "faithful reading (README, \"What goes into the graph\"), or 'all' for the raw Open "
        "IE graph; statements.jsonl always holds every statement, with admitted and "
        "dropped_because",
    )
    b.add_argument(
        "--ttl",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write graph.ttl (default: yes, except with --store: the store holds the "
        "graph, and exporting all of it on every build grows with the store; "
        "kg export --store DIR writes it when needed)",
    )
    b.add_argument(
        "--store",
        type=Path,
        metavar="DIR",
        help="also add the articles to a persistent Oxigraph store in DIR (created if "
        "missing; an article already there is replaced); graph.html (and graph.ttl "
        "with --ttl) then show the whole store",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run parsing and extraction on a Dask cluster: a scheduler address "
        "(tcp://host:8786; workers need kg installed) or 'local' for a local cluster of "
        "--jobs workers; this process writes the outputs and the store",
    )
    options.common(b)


def _extract(sub) -> None:
    e = sub.add_parser(
        "extract",
        help="articles -> statements as JSON Lines on stdout",
        description="Write one JSON object per extracted statement to stdout: every "
        "statement, with admitted and dropped_because saying whether kg build's graph "
        'holds it (README, "What goes into the graph"). Bare surnames are resolved across '
        "the run's articles as kg build does: an article with one waits until the end of "
        "the input, and so do the lines of the articles after it, to keep input order "
        '(--names-alone: each article alone, written as it is read; README, "Names across '
        'articles").',
        epilog=EPILOG,
    )
    options.inputs(e)
    options.common(e)


def _openie(sub) -> None:
    o = sub.add_parser(
        "openie",
        help="one sentence per line -> CaRB tab-separated extractions",
        description="Plain Open IE: each input line is one sentence; writes "
        "sentence, confidence, relation, arg1, arg2, ... per line.",
    )
    o.add_argument("input", metavar="FILE", help="text file with one sentence per line, or -")
    options.common(o)


def _query(sub) -> None:
    q = sub.add_parser(
        "query",
        help="run SPARQL (ad hoc or named) over a store or an RDF file",
        description="Run a SPARQL query over a store (--store) or an RDF file "
        "(--graph; default output/graph.ttl). The default graph is "
        "the union of all article graphs; kg:, rdfs:, dcterms:, ... "
        "prefixes are predefined.",
    )
    q.add_argument("sparql", nargs="?", metavar="QUERY", help="the SPARQL query text")
    q.add_argument("--file", type=Path, help="read the query from a .rq file")
    q.add_argument("--name", help="run a named query from ontology/queries (see --list)")
    q.add_argument("--list", action="store_true", help="list the named queries and exit")
    q.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to VALUE (a string, an ISO date or an IRI; a named query's actor, "
        "class and PLOVER mode/context parameters take a name, see --list); repeatable",
    )
    options.source(q)
    q.add_argument(
        "--endpoint",
        metavar="URL",
        help="run the query on a remote SPARQL 1.1 endpoint instead (kg serve's or Oxigraph's "
        "http://HOST:7878/query, Fuseki's http://HOST:3030/DATASET/sparql): parameters are "
        "bound and the query checked here first; only that address is contacted",
    )
    q.add_argument(
        "--timeout",
        type=options.timeout,
        default=60,
        metavar="SECONDS",
        help="give up a query after this long (default 60; 0: no limit)",
    )
    q.add_argument(
        "--format",
        default="table",
        choices=query_formats(),
        help="output format (default: an aligned table; turtle for CONSTRUCT)",
    )


def _export(sub) -> None:
    from kg.rdf.serialize import FORMATS

    x = sub.add_parser(
        "export",
        help="write a store or file as Turtle, TriG, N-Quads, ..., or an event table",
        description="Export the graph. Turtle and N-Triples hold the union of the "
        "article graphs; TriG, N-Quads and JSON-LD keep one named "
        "graph per article. --format events writes event data instead: one typed "
        "statement per row (date, source and target with their CAMEO actor codes, event "
        "class, mode, contexts, quad class, place, sentence, article, ...; see the "
        "README), as CSV, or as Parquet when --out ends "
        "in .parquet (needs pyarrow). --verbose writes out what the graph leaves "
        "unstated (ontology/queries/derived/*.rq), for tools that load the file "
        "without kg's queries.",
    )
    x.add_argument(
        "--format",
        default="turtle",
        choices=[*FORMATS, "events"],
        help="RDF format (default: turtle), or events for the event table",
    )
    x.add_argument(
        "--verbose",
        action="store_true",
        help="add the derived triples: every statement's kg:relation and rdf:type "
        "kg:Statement (kg:Event or kg:Relation), kg:Actor, kg:Topic and kg:Sentence types, "
        "the defaults (kg:negated false, kg:modality asserted, kg:dateSource article, "
        "kg:subjectEntity, role codes), each node's kg:countryCode, prov:wasDerivedFrom; "
        "in each statement's article graph (TriG, N-Quads, JSON-LD) or once in the union "
        "(Turtle, N-Triples, RDF/XML). Any RDF format; --format events refuses it (its "
        "rows always have these values)",
    )
    options.source(x)
    x.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="FILE",
        help="write here (atomically) instead of to stdout",
    )


def _remove(sub) -> None:
    r = sub.add_parser(
        "remove",
        help="drop articles from a store",
        description="Remove articles (their named graphs) from a store.",
    )
    r.add_argument(
        "ids",
        nargs="+",
        metavar="ARTICLE_ID",
        help="an article's id, as statements.jsonl's doc gives it (000_8813760514876ec4)",
    )
    r.add_argument(
        "--store", type=Path, required=True, metavar="DIR", help="the store to remove them from"
    )


def _serve(sub) -> None:
    v = sub.add_parser(
        "serve",
        help="read-only SPARQL endpoint over a store",
        description="Serve a store as a read-only SPARQL 1.1 Protocol endpoint "
        "at http://HOST:PORT/query (kg's server and query workers: no updates, "
        "no SERVICE, size and time limits, a result cap; fresh data after a build).",
    )
    v.add_argument(
        "--store", type=Path, required=True, metavar="DIR", help="the store to serve (read-only)"
    )
    v.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; any other "
        "address is open to whoever can reach it, with a warning)",
    )
    v.add_argument("--port", type=options.port, default=7878, help="port (default 7878)")
    v.add_argument(
        "--timeout",
        type=options.seconds,
        default=30,
        metavar="SECONDS",
        help="seconds before a query is stopped (30)",
    )
    v.add_argument(
        "--workers",
        type=options.positive,
        default=None,
        metavar="N",
        help="query worker processes (2-4 by cores)",
    )
    v.add_argument(
        "--max-results",
        type=options.positive,
        default=10000,
        metavar="N",
        help="rows or triples a query returns at most (10000; a cut answer has the header "
        "X-KG-Truncated: true)",
    )


def _push(sub) -> None:
    u = sub.add_parser(
        "push",
        help="upload a store to a SPARQL Graph Store (Fuseki, GraphDB, ...)",
        description="PUT each article's named graph to a SPARQL 1.1 Graph Store "
        "HTTP Protocol endpoint, e.g. http://HOST:7878/store "
        "(Oxigraph) or http://HOST:3030/DATASET/data (Fuseki).",
    )
    u.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="the Graph Store endpoint's URL (not its query URL)",
    )
    u.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store to upload")
    options.quiet(u)


def _stats(sub) -> None:
    t = sub.add_parser(
        "stats",
        help="central actors, communities, dyads, activity",
        description="Analyse the actor graph with NetworkX: central actors "
        "(degree, PageRank, betweenness), Louvain communities, the "
        "cooperation/conflict balance of each pair, activity over time.",
    )
    options.source(t)
    t.add_argument(
        "--top", type=options.positive, default=10, metavar="N", help="rows per table (10)"
    )
    options.date_range(t)
    t.add_argument("--json", action="store_true", help="print JSON for machines")
    t.add_argument(
        "--path",
        nargs=2,
        metavar=("A", "B"),
        help="also show the chain of statements linking two actors",
    )
    t.add_argument(
        "--plot",
        type=Path,
        metavar="DIR",
        help="also draw PNG pictures into DIR: cooperation vs conflict per month for the "
        "busiest pairs (dyads.png), activity per actor (activity.png), the centrality "
        "ranking (centrality.png); needs matplotlib",
    )


def _viz(sub) -> None:
    w = sub.add_parser(
        "viz",
        help="write the interactive HTML graph view",
        description="Write one self-contained, offline HTML page to explore the actor graph: "
        "filters, actor search and the evidence of each actor and edge, in the page.",
    )
    options.source(w)
    w.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("output/graph.html"),
        metavar="FILE",
        help="the page to write (default: output/graph.html, the one kg build writes)",
    )
    w.add_argument("--actor", help="only this actor's ego network")
    w.add_argument(
        "--radius", type=options.whole, default=1, metavar="N", help="ego network radius (1)"
    )
    options.date_range(w)
    w.add_argument(
        "--min-mentions",
        type=options.whole,
        default=0,
        metavar="N",
        help="only nodes in at least N statements",
    )
    w.add_argument(
        "--top", type=options.positive, metavar="N", help="only the N most connected nodes"
    )
    w.add_argument(
        "--topics", action="store_true", help="also draw topics (by default only actors and places)"
    )


# --- options shared by several commands ------------------------------------------------------
