"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store.

kg's own HTTP server, with its query workers (:mod:`kg.sparql.worker`) as child processes
that it talks to over pipes: the one listening socket is this one, so every query passes
kg's checks. A request is read here within limits (body size, a read timeout, a bounded number
of handler threads, a deep listen backlog), its query checked cheaply for size and nesting,
then handed to a worker, which checks the parsed query (no SERVICE, no updates), runs it
within the time limit and renders its answer capped. Queries come by GET, or POST as a form
or ``application/sparql-query``; updates get 403.
"""

from __future__ import annotations

import ipaddress
import os
import re
import signal
import socket
import sys
import threading
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn

from kg.errors import QueryRefused, UsageError
from kg.sparql.policy import LIMITS, Limits, check_limits, check_size, normalize
from kg.sparql.worker import Pool, Reply, ServeError, Settings

MAX_BODY = 1024 * 1024  # bytes of a POST body (a query is at most 64 KiB; forms escape it)
HANDLER_THREADS = 64  # requests read and waiting at once; more wait in the listen backlog
BACKLOG = 1024  # connections the kernel holds before they are accepted (<= somaxconn)
READ_TIMEOUT = 10  # seconds a client may pause while sending its request
_LENGTH = re.compile(r"[0-9]{1,15}")

__all__ = ["ServeError", "is_loopback", "serve"]


class _Refused(Exception):
    """A request answered early, with ``reply``."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply


class QueryHandler(BaseHTTPRequestHandler):
    """Reads one SPARQL Protocol request and answers it through the worker pool."""

    server_version = "kg-serve"
    timeout = READ_TIMEOUT
    pool: Pool
    limits: Limits = LIMITS
    max_body = MAX_BODY

    def log_message(self, format: str, *args: object) -> None:
        if os.environ.get("KG_SERVE_LOG"):
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PUT(self) -> None:
        self._send(Reply.text(403, "this endpoint is read-only"))

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _answer(self) -> None:
        try:
            reply = self._reply()
        except _Refused as refused:
            reply = refused.reply
        except (TimeoutError, ConnectionError):
            raise  # the client stalled or left: http.server closes the connection
        except Exception as exc:  # never a traceback: one line in the log, a 500
            sys.stderr.write(f"kg serve: {type(exc).__name__}: {exc}\n")
            reply = Reply.text(500, "internal error")
        self._send(reply)

    def _reply(self) -> Reply:
        url = urllib.parse.urlsplit(self.path)
        if url.path.rstrip("/") not in {"", "/query", "/sparql"}:
            return Reply.text(404, "not found: use /query")
        params = _form(url.query)
        if self.command == "POST":
            body = self._body()
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return Reply.text(403, "this endpoint is read-only: updates are refused")
            if kind == "application/sparql-query":
                params["query"] = [_text(body)]
            elif kind == "application/x-www-form-urlencoded":
                for key, values in _form(_text(body)).items():
                    params.setdefault(key, []).extend(values)
            elif body:
                return Reply.text(415, "send application/sparql-query or a form")
        if "update" in params:
            return Reply.text(403, "this endpoint is read-only: updates are refused")
        if {"default-graph-uri", "named-graph-uri"} & params.keys():
            return Reply.text(400, "default-graph-uri and named-graph-uri are not supported")
        queries = params.get("query") or []
        if len(queries) != 1:
            return Reply.text(400, "give one query parameter (SPARQL 1.1 Protocol: ?query=...)")
        try:  # cheap checks here; the worker parses the query and decides what it may do
            check_size(queries[0], self.limits)
            check_limits(normalize(queries[0]), self.limits)
        except QueryRefused as err:
            return Reply.text(400, str(err))
        return self.pool.ask(queries[0], self.headers.get("Accept"))

    def _body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise _Refused(Reply.text(411, "send a Content-Length, not a chunked body"))
        lengths = {x.strip() for x in self.headers.get_all("Content-Length") or []}
        if not lengths:
            return b""
        length = lengths.pop()
        if lengths or not _LENGTH.fullmatch(length):
            raise _Refused(Reply.text(400, "the Content-Length header is not a length"))
        size = int(length)
        if size > self.max_body:
            self.close_connection = True  # the body is left unread
            raise _Refused(Reply.text(
                413, f"the body is {size:,} bytes; this endpoint takes at most {self.max_body:,}"
            ))  # fmt: skip
        data = self.rfile.read(size)
        if len(data) < size:
            raise _Refused(Reply.text(400, "the body ended before its Content-Length"))
        return data

    def _send(self, reply: Reply) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.truncated:
                self.send_header("X-KG-Truncated", "true")
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Refused(Reply.text(400, f"the body is not UTF-8: {exc.reason}")) from None


def _form(encoded: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(
            encoded, keep_blank_values=True, errors="strict", max_num_fields=64
        )
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Refused(Reply.text(400, f"the parameters cannot be read: {exc}")) from None


class _Server(ThreadingMixIn, HTTPServer):
    """An HTTP server with at most ``threads`` requests in hand; the others wait, accepted by
    the kernel, in a listen backlog of :data:`BACKLOG`."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], handler: type, *, threads: int) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self._slots = threading.BoundedSemaphore(threads)
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        self._slots.acquire()
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        exc = sys.exc_info()[1]
        sys.stderr.write(f"kg serve: {client_address[0]}: {type(exc).__name__}: {exc}\n")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    location: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30,
    max_results: int = 10000,
    workers: int | None = None,
    max_memory: int = Settings.max_memory,
    ready: Callable[[str], None] | None = None,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
) -> None:
    """Serve ``location`` read-only at ``http://host:port/query`` until interrupted, with
    ``workers`` query processes (2-4, by cores) of at most ``max_memory`` bytes each."""
    if not is_loopback(host):
        log(f"kg serve: warning: listening on {host}: anyone who can reach this machine "
            "can query the store, unauthenticated (--host 127.0.0.1 keeps it local)")  # fmt: skip
    if not Path(location).is_dir():
        raise UsageError(f"no store at {location}", "build one with kg build --store DIR")
    handler = type("Handler", (QueryHandler,), {})
    try:
        httpd = _Server((host, port), handler, threads=HANDLER_THREADS)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}",
                         "pick another --port") from None  # fmt: skip

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)  # unwinds, so the workers are stopped too

    signal.signal(signal.SIGTERM, stop)
    settings = Settings(str(location), max_results=max_results, max_memory=max_memory)
    size = workers or max(2, min(4, os.cpu_count() or 1))
    with httpd, Pool(settings, size=size, timeout=timeout, log=log) as pool:
        handler.pool = pool
        if not pool.isolated:
            log("kg serve: note: this system cannot cut the query workers off the network; "
                "SERVICE and the like are still refused by the query check")  # fmt: skip
        if ready is not None:
            name = f"[{host}]" if ":" in host else host
            ready(f"http://{name}:{httpd.server_address[1]}/query")
        httpd.serve_forever()
