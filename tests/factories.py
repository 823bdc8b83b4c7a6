"""Builders shared by the tests: hand-built parses, statement results, generated articles,
RDF (always through kg's one writer, ``to_nquads``), stores, SHACL validation, and the command
line in a subprocess. Test files import from here, never from each other.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterable
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import spacy
from rdflib import Dataset, Graph, URIRef
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import data as kgdata
from kg.extract.classify import classify
from kg.extract.clauses import clauses
from kg.extract.events import Lexicon
from kg.ids import graph_iri, node_iri
from kg.model import Actor, Article, ArticleResult, Statement
from kg.rdf.mapping import to_nquads
from kg.store.db import Store, article_quads

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles" / "000_8813760514876ec4.txt"
TAGS = {
    "VERB": "VBD",
    "AUX": "VBZ",
    "NOUN": "NN",
    "PROPN": "NNP",
    "PRON": "PRP",
    "ADJ": "JJ",
    "ADP": "IN",
    "DET": "DT",
    "PART": "RP",
    "CCONJ": "CC",
    "PUNCT": ".",
    "NUM": "CD",
    "ADV": "RB",
    "SCONJ": "IN",
}


def actor_statement(subject: Actor, obj: Actor | None = None, **fields) -> Statement:
    """A statement "``subject`` said ``obj``" with ``subject`` as its agent, each side's id,
    label, type and country from its actor; ``fields`` set or override any other field."""
    base = dict(
        doc="d",
        sentence_id=0,
        sentence="s",
        subject=subject.label,
        relation="said",
        object=obj.label if obj else None,
        subject_id=subject.iri,
        object_id=obj.iri if obj else None,
        subject_label=subject.label,
        object_label=obj.label if obj else None,
        subject_type=subject.type,
        object_type=obj.type if obj else None,
        subject_country=subject.country,
        object_country=obj.country if obj else None,
        event_type=None,
        negated=False,
        modality="asserted",
        date=None,
        confidence=0.5,
        subject_span=(0, 1),
        relation_span=(2, 3),
        object_span=(4, 5) if obj else None,
        agent_id=subject.iri,
        agent_country=subject.country,
    )
    return Statement(**(base | fields))


@cache
def english_vocab() -> Vocab:
    """A vocab with English lexical attributes (``lower_``, ``is_punct``), no model."""
    return spacy.blank("en").vocab


def parse(spec: str, *, ents: dict[str, str] | None = None, vocab: Vocab | None = None) -> Doc:
    """A Doc from ``word/POS/dep/head[/lemma][/TAG]`` items (head: absolute token index; in
    a word, ``_`` is a space and ``\\n`` a line break: ``\\n\\n/SPACE/dep/1`` ends a headline).

    ``ents`` maps a token index range "i-j" (inclusive) or "i" to an entity label.
    """
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, p, dep, head = (
            parts[0].replace("_", " ").replace("\\n", "\n"),
            *parts[1:3],
            int(parts[3]),
        )
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(head)
        lemmas.append(parts[4] if len(parts) > 4 and parts[4] else word.lower())
        tags.append(parts[5] if len(parts) > 5 else TAGS.get(p, "XX"))
    iob = ["O"] * len(words)
    for where, label in (ents or {}).items():
        lo, _, hi = where.partition("-")
        start, end = int(lo), int(hi or lo)
        iob[start] = f"B-{label}"
        for i in range(start + 1, end + 1):
            iob[i] = f"I-{label}"
    spaces = [
        not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "’s"})
        for i in range(len(words))
    ]
    return Doc(
        vocab or english_vocab(),
        words=words,
        spaces=spaces,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        tags=tags,
        ents=iob,
    )


def classes_by_lemma(spec: str, ents: dict[str, str] | None = None) -> dict[str, str | None]:
    """Relation lemma -> the event class kg gives each extraction of a parse built by hand."""
    doc = parse(spec, ents=ents)
    lex = Lexicon.load()
    return {ext.lemma: classify(ext, doc, lex).event_type for ext in clauses(doc)}


def require_tool(name: str) -> str:
    """The path of an external tool; skipped locally when missing, a failure in CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed (apt-get install it, or run .ci/run)")
    return path


def result(
    doc: str = "a1",
    subject: str = "Vladimir Putin",
    relation: str = "praised",
    *,
    pair: bool = False,
) -> ArticleResult:
    """One article, "SUBJECT RELATION the relationship with China." (a Support statement from
    Putin about a topic); with ``pair`` a second sentence, "Russia backed China.", a Support
    from one country to another (so the article has a pair summary)."""
    putin = Actor(
        "person/vladimir-putin",
        subject,
        "Person",
        country="RUS",
        role="president",
        wikidata="Q7747",
    )
    topic = Actor("topic/relationship-with-china", "relationship with China", "Topic")
    text = f"{subject} {relation} the relationship with China."
    at = len(subject) + 1
    st = Statement(
        doc=doc,
        sentence_id=0,
        sentence=text,
        subject=subject,
        relation=relation,
        object="the relationship with China",
        subject_id=putin.iri,
        object_id=topic.iri,
        subject_label=putin.label,
        object_label=topic.label,
        subject_type="Person",
        object_type="Topic",
        subject_country="RUS",
        object_country=None,
        event_type="Support",
        negated=False,
        modality="asserted",
        date="2021-12-15",
        confidence=0.9,
        subject_span=(0, len(subject)),
        relation_span=(at, at + len(relation)),
        object_span=(at + len(relation) + 1, len(text) - 1),
        relation_lemma="praise",
        agent_id=putin.iri,  # no recipient: the object is a topic (kg:about)
        agent_code="RUSGOV",
    )
    russia = Actor("country/RUS", "Russia", "Country", country="RUS", wikidata="Q159")
    actors = [putin, topic, russia]
    sentences, statements = [text], [st]
    if pair:
        china = Actor("country/CHN", "China", "Country", country="CHN")
        second = "Russia backed China."
        start = len(text) + 1
        sentences.append(second)
        statements.append(
            Statement(
                doc=doc,
                sentence_id=1,
                sentence=second,
                subject="Russia",
                relation="backed",
                object="China",
                subject_id=russia.iri,
                object_id=china.iri,
                subject_label="Russia",
                object_label="China",
                subject_type="Country",
                object_type="Country",
                subject_country="RUS",
                object_country="CHN",
                event_type="Support",
                negated=False,
                modality="asserted",
                date="2021-12-16",
                confidence=0.8,
                subject_span=(start, start + 6),
                relation_span=(start + 7, start + 13),
                object_span=(start + 14, start + 19),
                relation_lemma="back",
                agent_id=russia.iri,
                recipient_id=china.iri,
                agent_code="RUS",
                recipient_code="CHN",
            )
        )
        actors.append(china)
    art = Article(
        id=doc, text=" ".join(sentences), source="x", title="A title", date=dt.date(2021, 12, 16)
    )
    return ArticleResult(art, sentences, statements, {a.id: a for a in actors})


ACTORS = [
    "Russia",
    "China",
    "The United States",
    "NATO",
    "Vladimir Putin",
    "Xi Jinping",
    "Iranian officials",
    "Ukrainian troops",
    'The "Quote" Party <script>',
    "Britain",
]
VERBS = [
    "praised",
    "accused",
    "met",
    "threatened",
    "sanctioned",
    "did not invite",
    "will visit",
    "criticized",
    "rejected",
    "attacked",
]
OBJECTS = [
    "the talks",
    "the deal with Japan",
    "sanctions on Iran",
    "the Olympics",
    "a plan for peace",
    "the West",
]


def generated_articles(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        lines = []
        for _ in range(rng.randint(3, 7)):
            a, b = rng.sample(ACTORS, 2)
            when = rng.choice(["", " on Monday", " last week", " in March"])
            lines.append(f"{a} {rng.choice(VERBS)} {b}{when}.")
            lines.append(f"{a} said {b} {rng.choice(VERBS)} {rng.choice(OBJECTS)}.")
        text = f"Title {i}\n" + " ".join(lines)
        arts.append(
            Article(
                id=f"gen-{i:03d}",
                text=text,
                source="generated",
                title=f"Title {i}",
                date=dt.date(2022, 1, 1) + dt.timedelta(days=i),
            )
        )
    return arts


#: Sentences shaped like the news that broke the shapes: passives whose agent is a "by"
#: phrase among other arguments, places read as people, pronouns, groups, reported speech.
NEWS = [
    "A complaint has been made to {topic} by {group}.",
    "{country} was attacked by {group}{when}.",
    "Sanctions were imposed on {country} by {other}{when}.",
    "{country} was excluded from {topic} by {other}.",
    "Medical checks were carried out on {n} people at {place} and {m} at Gatwick.",
    "{person} met {other}{when}. He praised {topic}.",
    "{person} said {country} had been warned by {other}.",
    "They were criticised by {person} for {topic}.",
    "The plan, which was drawn up by {group}, was rejected by {country}.",
    "{group} were invited to {place} by {person} to discuss {topic}.",
]
NEWS_ACTORS = {
    "group": ["British Jews", "Iraqi insurgents", "Palestinian militant groups", "Kurdish rebels"],
    "country": ["Russia", "Syria", "Britain", "Israel", "Ukraine"],
    "other": ["the European Union", "NATO", "the United Nations", "Tony Blair", "Iran"],
    "person": ["Tony Blair", "Mahmoud Abbas", "Jack Straw", "Vladimir Putin", "Michael Howard"],
    "place": ["Heathrow Airport", "Tel Aviv", "London", "Downing Street"],
    "topic": ["local government watchdogs", "the peace talks", "the Olympics", "the new law"],
}


def news_articles(n: int, seed: int = 3) -> list[Article]:
    """Generated articles built from :data:`NEWS` sentences (for the model tests)."""
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        lines = []
        for template in rng.sample(NEWS, 6):
            slots = {k: rng.choice(v) for k, v in NEWS_ACTORS.items()}
            when = rng.choice(["", " on Monday", " last week", " in March"])
            n_people, m_people = rng.randint(2, 900) * 100, rng.randint(2, 90) * 100
            line = template.format(**slots, when=when, n=f"{n_people:,}", m=f"{m_people:,}")
            lines.append(line[0].upper() + line[1:])
        arts.append(
            Article(
                id=f"news-{i:03d}",
                text=f"News {i}\n" + " ".join(lines),
                source="generated",
                title=f"News {i}",
                date=dt.date(2005, 2, 1) + dt.timedelta(days=i),
            )
        )
    return arts


#: Nodes of :func:`synthetic_results`: actors of the four classes, a place and topics; the
#: second person is labelled two ways and given a country in some articles only, as
#: extraction does when a name is found once in the gazetteer and once by NER.
SYNTHETIC_NODES = [
    ("country/RUS", "Russia", "Country", "RUS"),
    ("country/CHN", "China", "Country", "CHN"),
    ("country/USA", "United States", "Country", "USA"),
    ("person/vladimir-putin", "Vladimir Putin", "Person", "RUS"),
    ("person/george-w-bush", "George W. Bush", "Person", "USA"),
    ("org/NATO", "NATO", "Organization", None),
    ("group/WEST", "the West", "Group", None),
    ("place/london", "London", "Location", "GBR"),
    ("topic/the-talks", "the talks", "Topic", None),
    ("topic/barclays", "NATO", "Topic", None),  # a topic labelled like an actor
]
SYNTHETIC_EVENTS = ["Support", "Accuse", "Consult", "Reject", "Sanction", "Say", None]


def synthetic_results(n: int, seed: int = 5) -> list[ArticleResult]:
    """Articles of random statements between :data:`SYNTHETIC_NODES`, built without the
    model: event types, negation, modality, dates in two months or none, an agent that is not
    the subject, statements of a node on itself, real offsets. Roles as extraction gives
    them: the subject is the agent (the object in a passive), an object that is no topic the
    recipient."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc = f"syn-{i:03d}"
        nodes = {}
        sentences, statements, start = [], [], 0
        for k in range(rng.randint(1, 6)):
            (a, a_label, a_type, a_cc), (b, b_label, b_type, b_cc) = (
                rng.choice(SYNTHETIC_NODES),
                rng.choice(SYNTHETIC_NODES),
            )
            if a == "person/george-w-bush" and i % 2:
                a_label, a_cc = "George W Bush", None
            for key, label, kind, cc in ((a, a_label, a_type, a_cc), (b, b_label, b_type, b_cc)):
                nodes.setdefault(key, Actor(key, label, kind, country=cc))
            a_label, b_label = nodes[a].label, nodes[b].label
            relation = rng.choice(["praised", "met", "did not accuse", "warned"])
            text = f"{a_label} {relation} {b_label}."
            sentences.append(text)
            s_end = start + len(a_label)
            r_end = s_end + 1 + len(relation)
            o_span = (r_end + 1, r_end + 1 + len(b_label))
            passive = k == 2 and a != b
            # the roles: a topic object is no recipient (kg:about)
            agent, target = (b, a) if passive else (a, None if b_type == "Topic" else b)
            # CAMEO codes: the country, its government when it "met" (two codes an article)
            code = {n: cc and (cc + "GOV" if relation == "met" else cc)
                    for n, cc in ((a, a_cc), (b, b_cc))}  # fmt: skip
            when = rng.choice([None, "2021-12-15", "2022-01-03"])
            statements.append(
                Statement(
                    doc=doc,
                    sentence_id=k,
                    sentence=text,
                    subject=a_label,
                    relation=relation,
                    object=b_label,
                    subject_id=nodes[a].iri,
                    object_id=nodes[b].iri,
                    subject_label=a_label,
                    object_label=b_label,
                    subject_type=a_type,
                    object_type=b_type,
                    subject_country=a_cc,
                    object_country=b_cc,
                    event_type=rng.choice(SYNTHETIC_EVENTS),
                    negated=rng.random() < 0.2,
                    modality=rng.choice(["asserted", "asserted", "reported", "future"]),
                    date=when,
                    date_source="relative" if when else "article",
                    confidence=round(rng.uniform(0.3, 1.0), 3),
                    subject_span=(start, s_end),
                    relation_span=(s_end + 1, r_end),
                    object_span=o_span,
                    relation_lemma=relation.split()[-1],
                    agent_id=nodes[agent].iri,
                    recipient_id=nodes[target].iri if target else None,
                    agent_code=code[agent],
                    recipient_code=code[target] if target else None,
                )
            )
            start += len(text) + 1
        for node in list(nodes.values()):  # as extraction does: each actor's country is a node
            if node.country and f"country/{node.country}" not in nodes:
                name = {"RUS": "Russia", "USA": "United States", "GBR": "United Kingdom"}
                key = f"country/{node.country}"
                nodes[key] = Actor(key, name[node.country], "Country", country=node.country)
        art = Article(id=doc, text=" ".join(sentences), source="synthetic", title=f"Syn {i}")
        out.append(ArticleResult(art, sentences, statements, nodes))
    return out


def nquads(results: Iterable[ArticleResult]) -> str:
    """The articles' named graphs as the build writes them (kg's one RDF writer)."""
    return "".join(to_nquads(r) for r in results)


def dataset(results: Iterable[ArticleResult]) -> Dataset:
    """An rdflib Dataset parsed from the articles' N-Quads (the union is the default graph)."""
    ds = Dataset(default_union=True)
    with warnings.catch_warnings():  # rdflib 7.6's N-Quads parser calls its own deprecated API
        warnings.filterwarnings("ignore", "Dataset.default_context", DeprecationWarning)
        ds.parse(data=nquads(results), format="nquads")
    return ds


def stored(results: Iterable[ArticleResult]) -> Store:
    """An in-memory store holding the articles, loaded from their N-Quads as the build does."""
    results = list(results)
    store = Store()
    store.put_nquads((r.article.id, nquads([r])) for r in results)
    return store


def exported(results: Iterable[ArticleResult], fmt: str = "turtle") -> bytes:
    """The articles as an RDF file in ``fmt``, written as ``kg build`` and ``kg export`` do."""
    out = io.BytesIO()
    stored(results).export(out, fmt)
    return out.getvalue()


@cache
def _shapes_and_ontology() -> tuple[Graph, Graph]:
    return Graph().parse(kgdata.shapes()), Graph().parse(kgdata.ontology())


@cache
def _verbose_shapes() -> Graph:
    """The shapes with those of the lean graph (``kgs:LeanShape``) deactivated: what a
    verbose export (``kg export --verbose``) conforms to."""
    from rdflib import RDF, Literal
    from rdflib.namespace import SH

    shapes = Graph()
    for triple in _shapes_and_ontology()[0]:
        shapes.add(triple)
    lean = URIRef("https://w3id.org/kg-news/shapes#LeanShape")
    for shape in list(shapes.subjects(RDF.type, lean)):
        shapes.add((shape, SH.deactivated, Literal(True)))
    return shapes


def shacl_report(graph: Graph, *, verbose: bool = False) -> tuple[bool, str]:
    """pySHACL's verdict and report on one graph, with ontology/kg.ttl mixed in; with
    ``verbose``, on the shapes a verbose export conforms to (the lean ones deactivated)."""
    from pyshacl import validate

    shapes, ontology = _shapes_and_ontology()
    shapes = _verbose_shapes() if verbose else shapes
    ok, _, text = validate(graph, shacl_graph=shapes, ont_graph=ontology, advanced=True)
    return ok, text


def conforms(results: Iterable[ArticleResult]) -> tuple[bool, str]:
    """Whether every article's graph, each on its own, conforms to ontology/shapes.ttl: a node
    a statement names must be typed and labelled in the same article's graph."""
    reports = []
    for r in results:
        graph = Graph()
        for triple in dataset([r]).graph(URIRef(graph_iri(r.article.id))):
            graph.add(triple)
        assert len(graph) > 0, f"no triples in the graph of {r.article.id}"
        ok, text = shacl_report(graph)
        if not ok:
            reports.append(f"{r.article.id}:\n{text}")
    return not reports, "\n".join(reports)


def filled(*docs: str) -> Store:
    store = Store()
    for doc in docs:
        store.put_article(doc, article_quads(result(doc)))
    return store


def loaded_on_import(imports: str, cached: str) -> int:
    """How many entries the ``functools.cache`` function ``cached`` ("module:function")
    holds in a fresh interpreter right after ``import {imports}``: 0 when importing does no
    work (the data is read on first use, not at import)."""
    module, function = cached.split(":")
    code = (
        f"import {imports}\n"
        f"from {module} import {function}\n"
        f"print({function}.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def kg_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, check=False
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def named(store, name: str, *params: str) -> list[dict]:
    args = [a for p in params for a in ("--param", p)]
    out = kg_cli("query", "--name", name, *args, "--store", str(store), "--format", "json").stdout
    data = json.loads(out)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def http(url: str, *, data: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path):
    """Oxigraph's own server (``oxigraph serve``, PyPI package ``oxigraph``), writable, on a
    loopback port: a real graph store for ``kg push`` to upload to. Yields its base URL."""
    binary = Path(sys.executable).parent / "oxigraph"
    command = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not command:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen(
        [command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            assert proc.poll() is None, "oxigraph serve stopped"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "oxigraph serve did not start in 20 s"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def serving(db, *args: str, api: str | None = None):
    """``kg serve`` on a free loopback port (or ``kg.sparql.serve.serve(db, port=...,
    {api})``); yields (query URL, process, stderr file). Stopped at the end, and none of its
    processes may be left."""
    port = free_port()
    log = (db.parent / f"serve-{port}.log").open("w+")
    if api is None:
        command = ["-m", "kg", "serve", "--store", str(db), "--port", str(port), *args]
    else:
        call = f"serve({str(db)!r}, port={port}, {api})"
        command = ["-c", f"from kg.sparql.serve import serve; {call}"]
    proc = subprocess.Popen([sys.executable, *command], stderr=log)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, "kg serve stopped"
            with contextlib.suppress(OSError):
                if http(url + "?query=ASK%7B%7D")[0] == 200:
                    break
            assert time.monotonic() < deadline, "kg serve did not answer within 90 s"
            time.sleep(0.1)
        yield url, proc, log
    finally:
        import psutil

        family = psutil.Process(proc.pid).children(recursive=True)
        proc.terminate()
        proc.wait(timeout=20)
        _, alive = psutil.wait_procs(family, timeout=10)
        log.close()
        assert not alive, "kg serve left processes behind"


@contextlib.contextmanager
def canary():
    """A listening HTTP server on 127.0.0.1 that records the path of every request it gets
    (and answers 500). Yields its URL and that list: a query that reaches out shows there."""
    hits: list[str] = []

    class Record(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    finally:
        server.shutdown()
        server.server_close()


def service_tricks(endpoint: str) -> dict[str, tuple[str, bool]]:
    """Queries that ask ``endpoint`` for rows, by name: (query, whether pyoxigraph left to
    itself does reach it). The escapes hide SERVICE from a regex that skips comments and
    strings; the ``\r`` comment hides it from rdflib alone."""
    e = f"<{endpoint}>"
    s = f"SERVICE {e} {{ ?x ?y ?z }}"
    c = "PREFIX c: <http://x/> SELECT *"
    return {
        "escaped #": (rf"{c} {{ OPTIONAL {{ ?a c:x\# ?b }} {s} }}", True),
        "escaped '": (rf"{c} {{ OPTIONAL {{ ?a c:x\' ?b }} {s} }}", True),
        "lowercase": (f"select * where {{ service silent {e} {{ ?x ?y ?z }} }}", True),
        "comment inside": (f"SELECT * {{ SERVICE # {e}\n {e} {{ ?x ?y ?z }} }}", True),
        "comment ended by CR": (f"SELECT * {{ # x\r {s}\n}}", True),
        "OPTIONAL": (f"SELECT * {{ ?s ?p ?o OPTIONAL {{ {s} }} }}", True),
        "UNION": (f"SELECT * {{ {{ ?s ?p ?o }} UNION {{ {s} }} }}", True),
        "subquery": (f"SELECT * {{ {{ SELECT * {{ {s} }} }} }}", True),
        "FILTER EXISTS": (f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ {s} }} }}", True),
        "MINUS": (f"SELECT * {{ ?s ?p ?o MINUS {{ {s} }} }}", True),
        "GRAPH": (f"SELECT * {{ GRAPH ?g {{ ?s ?p ?o }} GRAPH ?g {{ {s} }} }}", True),
        "SILENT": (f"SELECT * {{ SERVICE SILENT {e} {{ ?x ?y ?z }} }}", True),
        "ASK": (f"ASK {{ {s} }}", True),
        "CONSTRUCT": (f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ {s} }}", True),
        "DESCRIBE": (f"DESCRIBE ?x WHERE {{ {s} }}", True),
        "service variable": (
            f"SELECT * {{ VALUES ?e {{ {e} }} SERVICE ?e {{ ?x ?y ?z }} }}",
            False,
        ),
        "unicode escape": (rf"SELECT * {{ \u0053ERVICE {e} {{ ?x ?y ?z }} }}", False),
        "FROM": (f"SELECT * FROM {e} WHERE {{ ?s ?p ?o }}", False),
        "FROM NAMED": (f"SELECT * FROM NAMED {e} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", False),
        "LOAD": (f"LOAD {e}", False),
        "LOAD INTO": (f"LOAD SILENT {e} INTO GRAPH <http://x/g>", False),
    }


def actor_graph(rows: list[tuple], *, types: dict[str, str] | None = None):
    """A NetworkX actor graph shaped like ``kg.analysis.to_networkx``'s, for the graph page.

    Each row is ``(agent, relation, target, event_type, date, confidence, sentence)``; actors
    are Countries unless ``types`` (label -> type) says otherwise. Polarity comes from the
    ontology as in the projection.
    """
    import networkx as nx

    from kg.rdf.ontology import polarity

    sign = {"cooperation": 1, "conflict": -1}
    g = nx.MultiDiGraph()
    for i, (a, relation, b, event_type, date, confidence, sentence) in enumerate(rows):
        for label in (a, b):
            node = node_iri(f"actor/{label}")
            if node not in g:
                g.add_node(node, label=label, type=(types or {}).get(label, "Country"),
                           country=None, mentions=0)  # fmt: skip
            g.nodes[node]["mentions"] += 1
        st = f"https://w3id.org/kg-news/id/statement/art{i % 3}/{i:04d}"
        g.add_edge(
            node_iri(f"actor/{a}"), node_iri(f"actor/{b}"), key=st, relation=relation,
            event_type=event_type, polarity=sign.get(polarity().get(event_type), 0),
            negated=False, modality="asserted", date=date, confidence=confidence,
            sentence=sentence, article=f"https://w3id.org/kg-news/id/article/art{i % 3}",
            title=f"Article {i % 3}", statement=st,
        )  # fmt: skip
    return g


def cpu_seconds(work) -> float:
    """The least CPU time of three runs of ``work``, the garbage collector off: a collection
    over the whole suite's heap is not the cost of ``work`` (a CI run once failed a loader at
    0.83 s that takes 0.1 s alone)."""
    took = []
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            took.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(took)
