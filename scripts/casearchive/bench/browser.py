"""Search and a first visit as a reader makes them: a built site served on 127.0.0.1 by a server
that counts the bytes it sends (optionally gzip-compressed, as static hosts serve text), and
headless Chromium opening a page with an empty cache or typing a query into the search box."""

from __future__ import annotations

import gzip
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
"""Files a static host compresses; Pagefind's index, excerpts and WebAssembly are gzipped already."""
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
         ".json": "application/json", ".svg": "image/svg+xml"}


def chromium() -> str | None:
    """Path of the Chromium binary (env CHROMIUM, else Debian's), or None if there is none."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return found if Path(found).is_file() else None


@dataclass
class Counter:
    """Bytes sent per request path, in order; reset before the part of a visit being measured."""

    compress: bool
    sent: list[tuple[str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def reset(self) -> None:
        with self.lock:
            self.sent.clear()

    def total(self) -> int:
        with self.lock:
            return sum(size for _path, size in self.sent)


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves files of `site` and records in `counter` what each response weighs."""

    site: Path
    counter: Counter

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        file = (self.site / path.lstrip("/")).resolve()
        if file.is_dir():
            file = file / "index.html"
        if not file.is_relative_to(self.site.resolve()) or not file.is_file():
            self._not_found(path)
            return
        body = file.read_bytes()
        packed = self.counter.compress and file.suffix in COMPRESSIBLE and \
            "gzip" in self.headers.get("Accept-Encoding", "")
        if packed:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        head = self._head(file, len(body), packed)
        self.counter.add(path, len(head) + len(body))  # before sending: the reader may be quicker
        self.wfile.write(head + body)

    def _not_found(self, path: str) -> None:
        """A 404 is a request the reader pays for too (e.g. a favicon the browser guesses)."""
        body = b"Not found\n"
        head = (f"{self.protocol_version} 404 Not Found\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        self.counter.add(path, len(head) + len(body))
        self.wfile.write(head + body)

    def _head(self, file: Path, length: int, packed: bool) -> bytes:
        lines = [f"{self.protocol_version} 200 OK",
                 f"Content-Type: {TYPES.get(file.suffix, 'application/octet-stream')}",
                 f"Content-Length: {length}", "Cache-Control: no-store"]
        if packed:
            lines.append("Content-Encoding: gzip")
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(site: Path, compress: bool = False) -> Iterator[tuple[str, Counter]]:
    """Serve `site` on a free loopback port; yield its base URL and the byte counter."""
    counter = Counter(compress)
    handler = type("Handler", (_Handler,), {"site": site, "counter": counter})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", counter
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Search:
    """What one search showed and cost."""

    query: str
    links: list[str]
    requests: list[tuple[str, int]]
    bytes: int


_SETTLED = """() => !!document.querySelector("[data-ca-search-status] bdi")"""
"""True once the search dialog shows its result count (it does so after the excerpts), in either
edition: the count's sentence holds the query, isolated in a <bdi>."""


def search(site: Path, query: str, compress: bool = False, start: str = "/") -> Search:
    """Open `start`, open search, type `query` as a person would (80 ms a key) and wait until the
    results and their excerpts are shown; count what the search downloaded."""
    from playwright.sync_api import sync_playwright

    with serve(site, compress) as (base, counter), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(),
                                             args=["--no-sandbox", "--headless"])
        try:
            page = browser.new_page()
            page.goto(base + start, wait_until="networkidle")
            counter.reset()
            page.click(".ca-search-open")
            page.locator("[data-ca-search-input]").press_sequentially(query, delay=80)
            page.wait_for_function(_SETTLED, timeout=60_000)
            page.wait_for_load_state("networkidle")
            links = [str(a.get_attribute("href")) for a in page.locator(".ca-search__result a").all()]
        finally:
            browser.close()
        return Search(query, links, list(counter.sent), counter.total())


@dataclass
class Visit:
    """What a first visit to one page (empty cache) downloaded, and what it showed."""

    path: str
    requests: list[tuple[str, int]]
    bytes: int
    stored_bytes: int
    """What the same responses weigh uncompressed (the files as stored)."""
    foreign: list[str]
    """Requests for anything not on the served site (there should be none)."""
    heading: str
    """The page's main heading (`article h1`) with JavaScript."""
    heading_without_js: str
    """The same with JavaScript turned off: the page must read without it."""


_HEADING = "article h1"


def _heading(page: Any) -> str:
    heading = page.locator(_HEADING)
    return str(heading.first.inner_text()).strip().removesuffix("¶").strip() if heading.count() else ""


def _stored_size(site: Path, path: str) -> int:
    file = site / path.lstrip("/")
    file = file / "index.html" if file.is_dir() else file
    return file.stat().st_size if file.is_file() else 0


def first_visit(site: Path, path: str, compress: bool = True) -> Visit:
    """Open `path` in a fresh browser context (an empty cache, no cookies), wait until the network
    is idle and count every response the page needed: HTML, styles, scripts, images, the favicon;
    then open it again with JavaScript off and read its main heading."""
    from playwright.sync_api import sync_playwright

    with serve(site, compress) as (base, counter), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(),
                                             args=["--no-sandbox", "--headless"])
        foreign: list[str] = []

        def refuse(route: Any) -> None:
            foreign.append(route.request.url)
            route.abort()

        try:
            context = browser.new_context()
            context.route(lambda url: not url.startswith(base), refuse)
            page = context.new_page()
            response = page.goto(base + path, wait_until="networkidle")
            if response is None or response.status != 200:
                raise RuntimeError(f"{path}: {response.status if response else 'no response'}")
            heading = _heading(page)
            context.close()
            sent = list(counter.sent)
            plain = browser.new_context(java_script_enabled=False).new_page()
            plain.goto(base + path, wait_until="load")
            without_js = _heading(plain)
            plain.context.close()
        finally:
            browser.close()
        return Visit(path, sent, sum(size for _path, size in sent),
                     sum(_stored_size(site, asked) for asked, _size in sent), foreign, heading,
                     without_js)
