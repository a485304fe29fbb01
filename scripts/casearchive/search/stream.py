"""Search indexing beside MkDocs: each searchable page's article goes to a Pagefind service as soon
as MkDocs has rendered the page, so that indexing runs on the second core while MkDocs renders the
next pages, and Pagefind parses only the article, not the theme around it. After the last page,
the index is written into the built site."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from casearchive.search.pagefind import Service
from casearchive.search.pagefind import ServiceError as ServiceError
from casearchive.search.pages import IGNORED, drop_unused

ENV = "CASEARCHIVE_SEARCH_INDEX"
"""Set (to 1) by `casearchive build` for its MkDocs run: only then do pages go to the index."""
STATS_ENV = "CASEARCHIVE_SEARCH_STATS"
"""If set, a file to write the indexing figures to (for the benchmark)."""
LOCK_ENV = "CASEARCHIVE_SEARCH_LOCK"
"""If set, a file that the processes building the editions lock in turn while their Pagefind
service writes its index (`writing_turn`)."""

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


@contextlib.contextmanager
def writing_turn() -> Iterator[None]:
    """Hold the lock named by LOCK_ENV, if any, until the block ends. A Pagefind service needs
    most memory while it writes its index (at 20,000 records several times what it holds while
    pages come in); the editions' MkDocs processes end at about the same time, so without the
    lock both services would write at once."""
    path = os.environ.get(LOCK_ENV, "")
    if not path:
        yield
        return
    with open(path, "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes, even on a crash
        yield


@dataclass
class Figures:
    """What indexing cost: pages sent, seconds MkDocs spent handing them over (including any wait
    for Pagefind to catch up), seconds from MkDocs' last page to the written index, and the CPU
    time of the Pagefind process."""

    pages: int = 0
    handing_s: float = 0.0
    writing_s: float = 0.0
    pagefind_cpu_s: float = 0.0


ENTRY = "pagefind-entry.json"
"""The file of a Pagefind bundle that names its languages and their index files."""


def merge_bundle(part: Path, bundle: Path) -> None:
    """Move the bundle `part` (other languages' index, written apart) into `bundle`: its files
    that `bundle` lacks (each language's index files carry the language in their names), and
    its languages into the entry file. The shared scripts are the same in both."""
    entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
    extra = json.loads((part / ENTRY).read_text(encoding="utf-8"))
    if extra["version"] != entry["version"] or entry["languages"].keys() & extra["languages"].keys():
        raise ServiceError(f"cannot merge the search bundles {part} and {bundle}")
    for path in sorted(part.rglob("*")):
        target = bundle / path.relative_to(part)
        if path.is_file() and path.name != ENTRY and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
    entry["languages"] = dict(sorted({**entry["languages"], **extra["languages"]}.items()))
    (bundle / ENTRY).write_text(json.dumps(entry, separators=(",", ":"), ensure_ascii=False),
                                encoding="utf-8")
    shutil.rmtree(part)


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
        service = self._started()
        try:
            service.drain()
            if service.errors:
                raise ServiceError(f"{len(service.errors)} page(s) not indexed, e.g. {service.errors[0]}")
            with writing_turn():
                service.request({"type": "WriteFiles", "index_id": self.index_id,
                                 "output_path": str(bundle)})
                service.settle(bundle)
                self.close()  # its memory given back before the other edition's service writes
        finally:
            self.close()
            self.figures.pagefind_cpu_s = service.cpu_s
        drop_unused(bundle)
        return self.figures

    def close(self) -> None:
        """Stop the service without writing anything."""
        if self.service is not None:
            self.service.close()
            self.service = None


class Indexing:
    """The search index of a whole build, one edition after another: each edition's pages go to a
    Pagefind service of its own, and each edition but the last is written apart while MkDocs
    renders the next, and its service stops; so Pagefind holds one edition at a time (about
    half the memory of both at once). The last edition's bundle receives the others'."""

    def __init__(self) -> None:
        self.current: Stream | None = None
        self.parts: list[tuple[threading.Thread, Path, list[BaseException]]] = []
        self.figures = Figures()

    def add(self, url: str, html: str) -> None:
        """Index one page of the edition being built."""
        if self.current is None:
            self.current = Stream()
        self.current.add(url, html)

    def edition_done(self, bundle: Path) -> None:
        """The edition being built is complete and another follows: write its index apart."""
        stream, self.current = self.current, None
        if stream is None:
            return
        part = bundle.with_name(f".{bundle.name}-{len(self.parts)}")
        failures: list[BaseException] = []

        def write() -> None:
            try:
                self._count(stream.write(part))
            except BaseException as error:  # raised again in `write`
                failures.append(error)

        thread = threading.Thread(target=write, daemon=True)
        thread.start()
        self.parts.append((thread, part, failures))

    def write(self, bundle: Path) -> Figures:
        """After the last edition: write its index into `bundle` and add the others'."""
        started = time.perf_counter()
        try:
            stream, self.current = self.current or Stream(), None
            self._count(stream.write(bundle))
            for thread, part, failures in self.parts:
                thread.join()
                if failures:
                    raise ServiceError(str(failures[0])) from failures[0]
                merge_bundle(part, bundle)
        finally:
            self.close()
        self.figures.writing_s = time.perf_counter() - started
        if os.environ.get(STATS_ENV):
            Path(os.environ[STATS_ENV]).write_text(json.dumps(asdict(self.figures)), encoding="utf-8")
        return self.figures

    def _count(self, figures: Figures) -> None:
        self.figures.pages += figures.pages
        self.figures.handing_s += figures.handing_s
        self.figures.pagefind_cpu_s += figures.pagefind_cpu_s

    def close(self) -> None:
        """Stop every service still running; remove the editions' bundles not merged."""
        if self.current is not None:
            self.current.close()
            self.current = None
        for thread, part, _failures in self.parts:
            thread.join()
            shutil.rmtree(part, ignore_errors=True)
        self.parts = []
