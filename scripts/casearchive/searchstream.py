"""Search indexing beside MkDocs: each searchable page's article goes to a Pagefind service as soon
as MkDocs has rendered the page, so that indexing runs on the second core while MkDocs renders the
next pages, and Pagefind parses only the article, not the theme around it. After the last page,
the index is written into the built site."""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .pagefindservice import Service
from .pagefindservice import ServiceError as ServiceError
from .search import IGNORED, drop_unused

ENV = "CASEARCHIVE_SEARCH_INDEX"
"""Set (to 1) by `casearchive build` for its MkDocs run: only then do pages go to the index."""
STATS_ENV = "CASEARCHIVE_SEARCH_STATS"
"""If set, a file to write the indexing figures to (for the benchmark)."""

_ARTICLE = '<article class="md-content__inner md-typeset"'
_LANG = re.compile(r'<html\b[^>]*?\blang="([^"]*)"')


def requested() -> bool:
    """Whether this MkDocs run should build the search index as it goes."""
    return os.environ.get(ENV, "") not in ("", "0")


def article_document(html: str) -> str | None:
    """The page reduced to what the index holds: its article, in a document of the page's
    language (Pagefind keeps one index per language). None for a page without an article."""
    start, end = html.find(_ARTICLE), html.rfind("</article>")
    if start < 0 or end < start:
        return None
    found = _LANG.search(html, 0, start)
    lang = found.group(1) if found else "en"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"></head>'
            f"<body>{html[start:end + len('</article>')]}</body></html>")


@dataclass
class Figures:
    """What indexing cost: pages sent, seconds MkDocs spent handing them over (including any wait
    for Pagefind to catch up), seconds from MkDocs' last page to the written index, and the CPU
    time of the Pagefind process."""

    pages: int = 0
    handing_s: float = 0.0
    writing_s: float = 0.0
    pagefind_cpu_s: float = 0.0


class Stream:
    """One index being built; `add` pages, then `write` it (or `close` to drop it)."""

    def __init__(self) -> None:
        self.service: Service | None = None
        self.index_id = 0
        self.figures = Figures()

    def _started(self) -> Service:
        if self.service is None:
            self.service = Service()
            config = {"exclude_selectors": list(IGNORED)}
            self.index_id = self.service.request({"type": "NewIndex", "config": config})["index_id"]
        return self.service

    def add(self, url: str, html: str) -> None:
        """Index one page, published at `url` (starting with /)."""
        document = article_document(html)
        if document is None:
            return
        started = time.perf_counter()
        self._started().send({"type": "AddFile", "index_id": self.index_id, "url": url,
                              "file_path": None, "file_contents": document})
        self.figures.pages += 1
        self.figures.handing_s += time.perf_counter() - started

    def write(self, bundle: Path) -> Figures:
        """Wait for Pagefind to index every page sent, write the index into `bundle`, stop."""
        started = time.perf_counter()
        service = self._started()
        try:
            service.drain()
            if service.errors:
                raise ServiceError(f"{len(service.errors)} page(s) not indexed, e.g. {service.errors[0]}")
            service.request({"type": "WriteFiles", "index_id": self.index_id,
                             "output_path": str(bundle)})
        finally:
            self.close()
            self.figures.pagefind_cpu_s = service.cpu_s
        drop_unused(bundle)
        self.figures.writing_s = time.perf_counter() - started
        if os.environ.get(STATS_ENV):
            Path(os.environ[STATS_ENV]).write_text(json.dumps(asdict(self.figures)), encoding="utf-8")
        return self.figures

    def close(self) -> None:
        """Stop the service without writing anything."""
        if self.service is not None:
            self.service.close()
            self.service = None
