"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store.

The SPARQL server is Oxigraph's own (``oxigraph serve-read-only``, from the PyPI package
``oxigraph``), started on a private loopback port with a query timeout. In front of it kg runs a
small policy layer that speaks the same protocol and only lets through what a public read-only
endpoint should: queries (GET, or POST as form or ``application/sparql-query``) without SERVICE,
with at most ``max_results`` results; updates get 403.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

from kg.errors import KgError, QueryError
from kg.sparql.engine import check_safe

SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


class ServeError(KgError):
    """The endpoint cannot start."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` command (PyPI package ``oxigraph``)."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed", "pip install oxigraph")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(
    location: Path | str, *, port: int | None = None, timeout: int = 30, read_only: bool = True
) -> Iterator[str]:
    """Run ``oxigraph serve[-read-only]`` on loopback; yields its base URL; stops it after."""
    port = port or free_port()
    mode = "serve-read-only" if read_only else "serve"
    cmd = [oxigraph_binary(), mode, "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    if read_only:
        cmd += ["--union-default-graph", "--timeout-s", str(timeout)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
                raise ServeError(f"oxigraph {mode} stopped: {err.strip()[:300]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise ServeError("oxigraph did not start within 20 s") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def cap_results(body: bytes, content_type: str, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` results of a SELECT answer (JSON, XML, CSV, TSV); graph answers pass."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/sparql-results+json":
        data = json.loads(body)
        rows = data.get("results", {}).get("bindings")
        if rows is None or len(rows) <= limit:
            return body, False
        data["results"]["bindings"] = rows[:limit]
        return json.dumps(data).encode(), True
    if kind in {"text/csv", "text/tab-separated-values"}:
        lines = body.split(b"\n")
        if len([x for x in lines[1:] if x.strip()]) <= limit:
            return body, False
        return b"\n".join(lines[: limit + 1]) + b"\n", True
    if kind == "application/sparql-results+xml":
        root = ElementTree.fromstring(body)
        results = root.find(f"{{{SPARQL_RESULTS_NS}}}results")
        if results is None or len(results) <= limit:
            return body, False
        for extra in list(results)[limit:]:
            results.remove(extra)
        return ElementTree.tostring(root, encoding="utf-8"), True
    return body, False


class PolicyHandler(BaseHTTPRequestHandler):
    """Forwards allowed SPARQL queries to the Oxigraph server behind it."""

    upstream = "http://127.0.0.1:7878"
    max_results = 10000
    timeout = 30
    server_version = "kg-serve"

    def log_message(self, format: str, *args: object) -> None:
        if os.environ.get("KG_SERVE_LOG"):
            super().log_message(format, *args)

    def _send(self, code: int, body: bytes, content_type: str = "text/plain; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:  # fmt: skip
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _query_from_request(self) -> str | None:
        url = urllib.parse.urlsplit(self.path)
        if url.path.rstrip("/") not in {"/query", "/sparql", ""}:
            self._send(404, b"not found: use /query\n")
            return None
        params = urllib.parse.parse_qs(url.query)
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                self._send(403, b"this endpoint is read-only: updates are refused\n")
                return None
            if kind == "application/sparql-query":
                return raw.decode("utf-8", "replace")
            params.update(urllib.parse.parse_qs(raw.decode("utf-8", "replace")))
        if "update" in params:
            self._send(403, b"this endpoint is read-only: updates are refused\n")
            return None
        queries = params.get("query")
        if not queries:
            self._send(400, b"missing query parameter (SPARQL 1.1 Protocol: ?query=...)\n")
            return None
        return queries[0]

    def _handle(self) -> None:
        sparql = self._query_from_request()
        if sparql is None:
            return
        try:
            check_safe(sparql)
        except QueryError as err:
            self._send(400, f"{err}\n".encode())
            return
        body = urllib.parse.urlencode({"query": sparql}).encode()
        request = urllib.request.Request(
            f"{self.upstream}/query", data=body, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": self.headers.get("Accept") or "application/sparql-results+json"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=self.timeout + 5) as response:
                data = response.read()
                content_type = response.headers.get("Content-Type", "application/octet-stream")
                code = response.status
        except urllib.error.HTTPError as exc:
            self._send(exc.code, exc.read(), exc.headers.get("Content-Type", "text/plain"))
            return
        except (urllib.error.URLError, TimeoutError) as exc:
            self._send(504, f"query failed or timed out: {exc}\n".encode())
            return
        data, truncated = cap_results(data, content_type, self.max_results)
        extra = {"X-KG-Truncated": "true"} if truncated else {}
        self._send(code, data, content_type, extra)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._send(403, b"this endpoint is read-only\n")

    do_DELETE = do_PUT
    do_PATCH = do_PUT


def serve(
    location: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: int = 30,
    max_results: int = 10000,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``location`` read-only at ``http://host:port/query`` until interrupted."""
    if not Path(location).exists():
        raise ServeError(f"no store at {location}", "build one with kg build --store")

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)  # unwinds, so the Oxigraph process behind is stopped too

    signal.signal(signal.SIGTERM, stop)
    with oxigraph_server(location, timeout=timeout) as upstream:
        handler = type("Handler", (PolicyHandler,), {
            "upstream": upstream, "max_results": max_results, "timeout": timeout})  # fmt: skip
        try:
            httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}",
                             "pick another --port") from None  # fmt: skip
        with httpd:
            if ready is not None:
                ready(f"http://{host}:{httpd.server_address[1]}/query")
            httpd.serve_forever()
