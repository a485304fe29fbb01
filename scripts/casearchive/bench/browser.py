"""Search as a reader runs it: a built site served on 127.0.0.1 by a server that counts the bytes it
sends (optionally gzip-compressed, as static hosts serve text), and headless Chromium typing a
query into the search box."""

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
            self.send_error(404)
            return
        body = file.read_bytes()
        packed = self.counter.compress and file.suffix in COMPRESSIBLE and \
            "gzip" in self.headers.get("Accept-Encoding", "")
        if packed:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        head = self._head(file, len(body), packed)
        self.counter.add(path, len(head) + len(body))  # before sending: the reader may be quicker
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


_SETTLED = """() => {
  const status = document.querySelector("[data-ca-search-status]").textContent;
  return / for “/.test(status);
}"""
"""True once the search dialog shows its result count (it does so after the excerpts)."""


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
