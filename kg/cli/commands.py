"""The ``kg`` commands: each calls kg's library and hands what it returns to :mod:`.render`.

Every command takes the parsed arguments and returns an exit status; errors are raised as
:class:`kg.errors.KgError` and reported by :func:`kg.cli.main.main`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

from kg.cli import render
from kg.errors import InputError, MissingInputError, UsageError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def build(args: argparse.Namespace) -> int:
    from kg.ingest import MAX_BYTES
    from kg.run.build import build as run_build

    with _progress(args.quiet, args.inputs) as tick:
        report = run_build(
            args.inputs,
            args.out,
            store=args.store,
            model=args.model,
            jobs=_jobs(args),
            scheduler=args.scheduler,
            max_bytes=args.max_bytes or MAX_BYTES,
            encoding=args.encoding,
            date=args.date,
            limits=_limits(args),
            html=not args.no_html,
            ttl=args.ttl,
            progress=tick,
            aliases=args.aliases,
            keep=args.keep,
            names_alone=args.names_alone,
        )
    for err in report.failed:
        print(f"kg: skipped {err}", file=sys.stderr)
    summary = render.build_summary(
        report, out=args.out, html=not args.no_html, ttl=args.ttl, store=args.store
    )
    for line in summary:
        render.say(args.quiet, line)
    return EXIT_PARTIAL if report.failed else EXIT_OK


def extract(args: argparse.Namespace) -> int:
    from kg import ingest
    from kg.nlp import resolve_model
    from kg.run import lines

    failed: list[InputError] = []
    model = resolve_model(args.model)
    articles = ingest.read(
        args.inputs,
        on_error=failed.append,
        max_bytes=args.max_bytes or ingest.MAX_BYTES,
        encoding=args.encoding,
    )
    articles = ingest.dated(articles, args.date)
    names = lines.write(articles, sys.stdout, on_error=failed.append, model=model,
                        jobs=_jobs(args), aliases=args.aliases, limits=_limits(args),
                        names_alone=args.names_alone)  # fmt: skip
    for err in failed:
        print(f"kg: skipped {err}", file=sys.stderr)
    for line in render.names_summary(names.named, names.ambiguous):
        render.say(args.quiet, line)
    return _status(failed, inputs=len(args.inputs))


def openie(args: argparse.Namespace) -> int:
    from kg.extract.openie import openie as extractions
    from kg.ingest import decode
    from kg.nlp import load

    source = "<stdin>" if args.input == "-" else args.input
    try:
        data = sys.stdin.buffer.read() if args.input == "-" else Path(args.input).read_bytes()
    except FileNotFoundError:  # a typo: exit 2, as for kg build and kg extract
        raise UsageError(f"{source} does not exist", "give a file, or - for stdin") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror}") from None
    text = decode(data, source)
    for line in extractions(io.StringIO(text), nlp=load(args.model)):
        sys.stdout.write(line + "\n")
    return EXIT_OK


def query(args: argparse.Namespace) -> int:
    from kg.cli.args import graph_formats
    from kg.sparql.engine import RESULTS_FORMATS, checked, run
    from kg.sparql.named import named_queries, resolve_text

    if args.list:
        print("\n".join(render.named_query_list(named_queries().values())))
        return EXIT_OK
    text = resolve_text(args.sparql, file=args.file, name=args.name)
    params = parse_params(args.param)
    kinds = checked(args.name, params)
    fmt = args.format if args.format in RESULTS_FORMATS else None  # SPARQL results, straight out
    if args.endpoint:
        from kg.sparql.remote import Endpoint, run_remote

        if args.store or args.graph:
            raise UsageError("give --endpoint, or --store / --graph, not both")
        endpoint = Endpoint(args.endpoint, timeout=args.timeout)
        result = run_remote(endpoint, text, params, kinds=kinds, results_format=fmt)
    else:
        result = run(_open(args), text, params, kinds=kinds, timeout=args.timeout,
                     results_format=fmt)  # fmt: skip
    graph = result.kind == "graph"
    if args.format != "table" and graph != (args.format in graph_formats()):
        kind = "CONSTRUCT or DESCRIBE" if graph else "SELECT or ASK"
        raise UsageError(
            f"--format {args.format} does not fit a {kind} query",
            "a CONSTRUCT or DESCRIBE query writes "
            + ", ".join(graph_formats())
            + "; a SELECT or ASK query table, "
            + ", ".join(RESULTS_FORMATS),
        )
    if result.data is not None:
        sys.stdout.buffer.write(result.data)
        return EXIT_OK
    if result.kind == "ask":
        print("true" if result.boolean else "false")
    elif graph:
        fmt = args.format if args.format in graph_formats() else "turtle"
        sys.stdout.write(render.graph_text(result.triples, fmt))
    else:
        render.results_table(result.columns, result.rows)
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from kg.rdf.serialize import FORMATS, atomic

    if args.format == "events" and args.verbose:
        raise UsageError(
            "--verbose applies to the RDF formats, not --format events",
            "the event table has every value already (modality, class, codes); drop --verbose",
        )
    store = _open(args)
    if args.format == "events":
        return _events(store, args.out)
    if args.out is None:
        store.export(sys.stdout.buffer, args.format, verbose=args.verbose)
        return EXIT_OK
    with atomic(args.out) as fh:
        n = store.export(fh, args.format, verbose=args.verbose)  # type: ignore[arg-type]
    unit = "quads" if FORMATS[args.format][1] else "triples"
    print(f"kg: wrote {n} {unit} to {args.out}", file=sys.stderr)
    return EXIT_OK


def _events(store, out: Path | None) -> int:
    from kg import eventdata
    from kg.rdf.serialize import atomic

    table = eventdata.rows(store)
    if out is None:
        eventdata.write_csv(table, sys.stdout.buffer)
        return EXIT_OK
    if out.suffix.lower() == ".parquet":
        eventdata.write_parquet(table, out)
    else:
        with atomic(out) as fh:
            eventdata.write_csv(table, fh)
    print(f"kg: wrote {len(table)} events to {out}", file=sys.stderr)
    return EXIT_OK


def stats(args: argparse.Namespace) -> int:
    import json

    import networkx as nx

    from kg.analysis import filtered, find_actor, path, report, to_networkx

    g = to_networkx(_open(args))
    if args.since or args.until:
        g = filtered(g, since=args.since, until=args.until)
    data = report(g, top=args.top)
    if args.path:
        for name in args.path:
            try:
                find_actor(g, name)
            except KeyError:
                raise UsageError(
                    f"unknown actor {name!r}", "check the names with kg query --name actors"
                ) from None
        try:
            data["path"] = path(g, *args.path)
        except nx.NetworkXException:
            raise UsageError(
                f"no chain of statements between {args.path[0]!r} and {args.path[1]!r}",
                "check the names with kg query --name actors",
            ) from None
    if args.plot:
        from kg.plots import plot

        for written in plot(g, data, args.plot, top=args.top):
            print(f"kg: wrote {written}", file=sys.stderr)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        render.stats_report(data, top=args.top)
    return EXIT_OK


def viz(args: argparse.Namespace) -> int:
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


def remove(args: argparse.Namespace) -> int:
    from kg.store.db import Store

    if not args.store.exists():
        raise UsageError(
            f"no store at {args.store}", "check the path: kg build --store DIR made it"
        )
    store = Store(args.store)
    missing = [doc for doc in args.ids if not store.remove_article(doc)]
    store.flush()
    for doc in missing:
        print(f"kg: {doc} is not in the store", file=sys.stderr)
    removed = len(args.ids) - len(missing)
    print(f"kg: removed {removed} articles; {len(store)} quads left", file=sys.stderr)
    return EXIT_PARTIAL if missing else EXIT_OK


def serve(args: argparse.Namespace) -> int:
    from kg.sparql.serve import serve as endpoint

    def ready(url: str) -> None:
        print(f"kg: SPARQL endpoint at {url} (read-only; Ctrl-C stops it)", file=sys.stderr)

    endpoint(
        args.store,
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        max_results=args.max_results,
        workers=args.workers,
        ready=ready,
    )
    return EXIT_OK


def push(args: argparse.Namespace) -> int:
    from kg.store.db import Store
    from kg.store.push import push as upload

    store = Store(args.store, read_only=True)
    sent = upload(store, args.endpoint)
    render.say(
        args.quiet,
        f"kg: pushed {len(store.articles())} article graphs, {sent} triples, to {args.endpoint}",
    )
    return EXIT_OK


def _status(failed: list[InputError], *, inputs: int) -> int:
    """The exit status of a batch: 2 when every input path named nothing (each gives one
    :class:`MissingInputError` and nothing else, so none was read: a typo), as ``kg build``
    gives; 1 when some input failed; else 0."""
    missing = sum(isinstance(err, MissingInputError) for err in failed)
    if failed and missing == len(failed) == inputs:
        return EXIT_USAGE
    return EXIT_PARTIAL if failed else EXIT_OK


# --- arguments into library calls ------------------------------------------------------------


def _open(args: argparse.Namespace):
    """The store or RDF file of ``--store`` / ``--graph`` (default output/graph.ttl)."""
    from kg.sparql.engine import open_source

    graph = args.graph
    if args.store is None and graph is None:
        graph = Path("output/graph.ttl")
        if not graph.exists():
            raise UsageError("no graph to read", "pass --store DIR or --graph FILE")
    return open_source(args.store, graph)


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``--param NAME=VALUE`` options as a dict (a leading ``?`` or ``$`` is dropped)."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param {pair!r} is not NAME=VALUE")
        name = name.lstrip("?$")
        if name in out:  # the last would win, silently
            raise UsageError(f"--param {name} is given twice", "give each parameter once")
        out[name] = value
    return out


def _limits(args: argparse.Namespace):
    from kg.run.work import LIMITS, Limits

    return Limits(line=args.max_line or LIMITS.line, punct=args.max_punct or LIMITS.punct,
                  seconds=args.max_seconds or LIMITS.seconds)  # fmt: skip


def _jobs(args: argparse.Namespace) -> int:
    from kg.run.executors import cores

    return args.jobs or cores()


def _progress(quiet: bool, inputs: list[str]) -> contextlib.AbstractContextManager:
    """A progress bar on a terminal; nothing when piped, redirected or ``--quiet``."""
    if quiet or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from kg.ingest import count
    from kg.run.progress import progress_bar

    return progress_bar(count(inputs))


COMMANDS = {
    "build": build,
    "extract": extract,
    "openie": openie,
    "query": query,
    "export": export,
    "stats": stats,
    "viz": viz,
    "remove": remove,
    "serve": serve,
    "push": push,
}
