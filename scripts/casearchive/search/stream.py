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
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from casearchive.search.pagefind import Service
from casearchive.search.pagefind import ServiceError as ServiceError
from casearchive.search.pages import IGNORED, PART, PARTS, drop_unused, further_parts

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
PART_PAGES_ENV = "CASEARCHIVE_SEARCH_PART_PAGES"
"""If set, the pages of one index part (the tests set it low to make parts of a small site)."""
PART_PAGES = 2500
"""Pages of one edition in one index part. Pagefind needs about 2.8 times the memory it holds
while pages come in to write their index (measured on the Persian edition of 2,000 records: it
holds 82 MB, writing peaks at 229 MB; the English 62 and 184 MB), about 110 KB a page at 2,000
and at 20,000 records alike (2,192 MB for the Persian edition of 20,000). Written one part at a
time as the pages arrive, a part of 2,500 pages peaked at 190 to 290 MB (English) and 210 to 420
MB (Persian) at 20,000 records, where one index of 20,000 pages needed 2.2 GB beside the MkDocs
processes. Halving a part halves that peak; each part adds a few requests to a search."""


CHUNK_ENV = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"
"""Pagefind's setting of how many word positions one file of the word index holds (20,000 by
default): a search fetches, for each word, the file that holds it, in each part of the index."""
CHUNK = 20_000
"""Pagefind's default CHUNK_ENV."""
MIN_CHUNK = 1_000
"""The smallest CHUNK_ENV given to a part (each file of the index is also a line of its table of
contents, fetched with the first search)."""


def parts_of(expected_pages: int) -> int:
    """How many parts an edition of `expected_pages` pages is indexed in: the nearest whole
    number of parts of `part_pages()` (20,005 pages: 8 parts of 2,501, not 8 of 2,500 and one of
    5, which would cost every search its own requests)."""
    return max(1, round(expected_pages / part_pages()))


def part_size(expected_pages: int) -> int:
    """Pages in each part of an edition of `expected_pages` pages (0: not known)."""
    if expected_pages <= part_pages():
        return part_pages()
    return -(-expected_pages // parts_of(expected_pages))


def chunk_size(expected_pages: int) -> int | None:
    """CHUNK_ENV for the parts of an edition of `expected_pages` pages (None: Pagefind's own). In
    K parts, a search fetches K files of the word index for each word where one index needs
    one; files 1/K the size keep a search's download near that of one index (at 2,000 pages in
    five parts: 197 KB for a name, against 183 KB in one index and 332 KB with files of the
    default size)."""
    parts = parts_of(expected_pages)
    return None if parts == 1 else max(MIN_CHUNK, CHUNK // parts)


def part_pages() -> int:
    """Pages of one edition in one index part (PART_PAGES, or PART_PAGES_ENV if set)."""
    value = os.environ.get(PART_PAGES_ENV, "")
    if not value:
        return PART_PAGES
    if not value.isdigit() or int(value) < 1:
        raise ServiceError(f"{PART_PAGES_ENV}={value!r} is not a number of pages, e.g. {PART_PAGES}")
    return int(value)


def part_folder(bundle: Path, number: int) -> Path:
    """Where index part `number` (from 0) of a bundle goes: the first is the bundle itself."""
    return bundle if number == 0 else bundle / f"{PART}{number}"


def write_parts_list(bundle: Path) -> None:
    """List the further parts of `bundle` and their languages in its PARTS file (`{}` if it has
    none: the search dialog asks for the file, and a missing file would log an error)."""
    listed: dict[str, list[str]] = {}
    for part in further_parts(bundle):
        entry = json.loads((part / ENTRY).read_text(encoding="utf-8"))
        for lang in entry["languages"]:
            listed.setdefault(lang, []).append(f"{part.name}/")
    (bundle / PARTS).write_text(json.dumps(dict(sorted(listed.items())), separators=(",", ":")),
                                encoding="utf-8")


def merge_bundle(part: Path, bundle: Path) -> None:
    """Move the bundle `part` (other languages' index, written apart) into `bundle`: its files
    that `bundle` lacks (each language's index files carry the language in their names), and
    its languages into the entry file; its further parts into the parts of `bundle` of the same
    number. The shared scripts are the same in both."""
    for further in further_parts(part):
        target = bundle / further.name
        if (target / ENTRY).is_file():
            merge_bundle(further, target)
        else:
            shutil.rmtree(target, ignore_errors=True)
            further.rename(target)
    entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
    extra = json.loads((part / ENTRY).read_text(encoding="utf-8"))
    if extra["version"] != entry["version"] or entry["languages"].keys() & extra["languages"].keys():
        raise ServiceError(f"cannot merge the search bundles {part} and {bundle}")
    for path in sorted(part.rglob("*")):
        target = bundle / path.relative_to(part)
        if path.is_file() and path.name not in (ENTRY, PARTS) and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
    entry["languages"] = dict(sorted({**entry["languages"], **extra["languages"]}.items()))
    (bundle / ENTRY).write_text(json.dumps(entry, separators=(",", ":"), ensure_ascii=False),
                                encoding="utf-8")
    shutil.rmtree(part)
    write_parts_list(bundle)


class Stream:
    """One index being built; `add` pages, then `write` it (or `close` to drop it)."""

    def __init__(self, chunk: int | None = None) -> None:
        self.service: Service | None = None
        self.index_id = 0
        self.figures = Figures()
        self.chunk = chunk
        """CHUNK_ENV for this index (None: Pagefind's own)."""

    def _started(self) -> Service:
        if self.service is None:
            self.service = Service({CHUNK_ENV: str(self.chunk)} if self.chunk else None)
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
    """The search index of a whole build, one edition after another, each in parts of at most
    `part_pages()` pages: each part's pages go to a Pagefind service of its own, and as soon as
    a part is full it is written (in a thread, in turn with the other editions' processes:
    `writing_turn`) while MkDocs renders the next pages, and its service stops. So Pagefind
    holds at most a part being written and the part filling, whatever the archive's size (one
    index per edition needed 2.2 GB to write at 20,000 records). The parts are written into a
    folder beside the bundle and moved in at the end: the first part of the last edition is the
    bundle, the other editions' first parts are merged into it, and part n of every edition is
    `<bundle>/part-<n>/` (its languages merged likewise), listed in the bundle's PARTS file."""

    def __init__(self) -> None:
        self.current: Stream | None = None
        self.edition: list[Path] = []
        """The current edition's parts written or being written, in order."""
        self.editions: list[list[Path]] = []
        """The parts of the editions done before the current one."""
        self.writing: list[tuple[threading.Thread, list[BaseException]]] = []
        self.staging: Path | None = None
        self.expected = 0
        """Pages the edition being built will index, as far as known (`expect`)."""
        self.figures = Figures()

    def expect(self, pages: int) -> None:
        """The edition being built will index about `pages` pages: the size of its parts' files."""
        self.expected = pages

    def add(self, url: str, html: str) -> None:
        """Index one page of the edition being built."""
        if self.current is None:
            self.current = Stream(chunk_size(self.expected))
        self.current.add(url, html)
        if self.current.figures.pages >= part_size(self.expected):
            self._write_part()

    def _write_part(self) -> None:
        """Write the part filling, in a thread of its own; the next pages start a new part."""
        stream, self.current = self.current, None
        if stream is None:
            return
        if self.staging is None:
            self.staging = Path(tempfile.mkdtemp(prefix="casearchive-search-"))
        folder = self.staging / f"{len(self.editions)}-{len(self.edition)}"
        self.edition.append(folder)
        failures: list[BaseException] = []

        def write() -> None:
            try:
                self._count(stream.write(folder))
            except BaseException as error:  # raised again in `_wait`
                stream.close()
                failures.append(error)

        thread = threading.Thread(target=write, daemon=True)
        thread.start()
        self.writing.append((thread, failures))

    def _wait(self) -> None:
        """Wait for every part being written; raise the first failure."""
        writing, self.writing = self.writing, []
        for thread, _failures in writing:
            thread.join()
        for _thread, failures in writing:
            if failures:
                raise ServiceError(str(failures[0])) from failures[0]

    def edition_done(self, bundle: Path) -> None:
        """The edition being built is complete and another follows: write its last part; the
        edition's parts go into `bundle` with the last edition's (`write`)."""
        self._write_part()
        self.editions.append(self.edition)
        self.edition = []

    def write(self, bundle: Path) -> Figures:
        """After the last edition: write its last part, move every edition's parts into
        `bundle` and list the further parts."""
        started = time.perf_counter()
        try:
            if self.current is None and not self.edition:
                self.current = Stream()  # an edition without pages still has an index
            self._write_part()
            self._wait()
            for number, folder in enumerate(self.edition):
                target = part_folder(bundle, number)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(folder, target)
            for edition in self.editions:
                for number, folder in enumerate(edition):
                    target = part_folder(bundle, number)
                    if (target / ENTRY).is_file():
                        merge_bundle(folder, target)
                    else:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.move(folder, target)
            write_parts_list(bundle)
        finally:
            self.close()
        self.figures.writing_s = time.perf_counter() - started
        if os.environ.get(STATS_ENV):
            Path(os.environ[STATS_ENV]).write_text(json.dumps(asdict(self.figures)), encoding="utf-8")
        return self.figures

    def _count(self, figures: Figures) -> None:
        with _COUNTING:
            self.figures.pages += figures.pages
            self.figures.handing_s += figures.handing_s
            self.figures.pagefind_cpu_s += figures.pagefind_cpu_s

    def close(self) -> None:
        """Stop every service still running; remove the parts not moved into a bundle."""
        if self.current is not None:
            self.current.close()
            self.current = None
        for thread, _failures in self.writing:
            thread.join()
        self.writing = []
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        self.edition, self.editions = [], []


_COUNTING = threading.Lock()
