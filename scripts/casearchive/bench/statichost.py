"""A built site served on 127.0.0.1 as a static host serves it: text gzip-compressed when the
browser accepts it, cache headers a host would send (fingerprinted theme assets kept a year, every
other file revalidated after ten minutes, as GitHub Pages does), and the site's own 404 page."""

from __future__ import annotations

import email.utils
import gzip
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".json": "application/json",
                ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
                ".webmanifest": "application/manifest+json"}
"""Files a static host compresses, with their types; Pagefind's index is gzipped already."""
OTHER_TYPES = {".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2", ".wasm": "application/wasm",
               ".zip": "application/zip", ".csv": "text/csv; charset=utf-8"}
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8,}\.min\.(css|js)$")
"""Material's own assets carry a hash of their content in the name: they never change in place."""
LONG, SHORT = "public, max-age=31536000, immutable", "public, max-age=600"


def content_type(path: Path) -> str:
    return COMPRESSIBLE.get(path.suffix) or OTHER_TYPES.get(path.suffix, "application/octet-stream")


def cache_control(path: Path) -> str:
    """How long a browser may keep `path` without asking again."""
    return LONG if FINGERPRINTED.search(path.name) else SHORT


def resolve(site: Path, url_path: str) -> Path | None:
    """The file of `site` a request path names (a folder by its index.html), or None."""
    file = (site / unquote(urlsplit(url_path).path).lstrip("/")).resolve()
    if file.is_dir():
        file = file / "index.html"
    return file if file.is_relative_to(site.resolve()) and file.is_file() else None


def encode(path: Path, body: bytes, accept_encoding: str) -> tuple[bytes, bool]:
    """The bytes to send and whether they are gzip-compressed."""
    if path.suffix in COMPRESSIBLE and "gzip" in accept_encoding.lower():
        return gzip.compress(body, compresslevel=6, mtime=0), True
    return body, False


class Handler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD of the files of `site`, as `serve` describes."""

    site: Path
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        file, status = resolve(self.site, self.path), 200
        if file is None:
            file, status = resolve(self.site, "/404.html"), 404
        if file is None:
            self.send_error(404)
            return
        body, packed = encode(file, file.read_bytes(), self.headers.get("Accept-Encoding", ""))
        self.send_response(status)
        self.send_header("Content-Type", content_type(file))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache" if status == 404 else cache_control(file))
        self.send_header("Last-Modified", email.utils.formatdate(file.stat().st_mtime, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")
        if packed:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on a free loopback port from a thread; yield its base URL."""
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
