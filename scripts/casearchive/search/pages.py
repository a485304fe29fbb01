"""Full-text search with Pagefind: which pages are indexed, what of them, and indexing in the
background while `serve` runs (`casearchive build` indexes as MkDocs goes: searchstream.py).
Readers fetch only the index chunks their query needs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from casearchive.model.pages import ROOT, PageAddress

BUNDLE = "pagefind"
"""Folder of the built site that holds the search index and Pagefind's scripts."""

IGNORED = (".headerlink", ".ca-anchor", ".ca-cite", ".ca-ref", "#cite-this-page", ".ca-noindex")
"""Inside the article, what search leaves out: the ¶ links beside headings and claims; the
citations (a source is found by its own page; indexing every citation of it on every page would
make its title match half the archive and double the index); the "Cite this page" section, the
same words on every record page (a search for "cite" or "JSON" would list them all, and they
made a quarter of the index and of the memory Pagefind needs to write it)."""
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')


def searchable(src_uri: str) -> bool:
    """Whether a page belongs in the search index: hand-written pages and one page per record.

    Generated listings (people, timeline, contested facts) and the continuation pages of long lists
    repeat names from all over the archive: a query for a name would fetch them as excerpts."""
    if src_uri.split("/")[0] != ROOT:
        return True
    page = PageAddress.parse(src_uri)
    return page is not None and page.is_record_page


def mark_body(html: str) -> str:
    """Tell Pagefind to index only the article: not the header, navigation or footer."""
    return _ARTICLE.sub(r"\g<0> data-pagefind-body", html, count=1)


def command(site_dir: Path) -> list[str]:
    """The Pagefind command that indexes a built site in place."""
    ignored = [argument for selector in IGNORED for argument in ("--exclude-selectors", selector)]
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
            *ignored, "--silent"]


UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.*")
"""Pagefind's ready-made interfaces, which the archive's own dialog (javascripts/search.js) does
not use; one of them names a third-party address. They are removed after indexing."""


PART = "part-"
"""A search index in parts (search/stream.py): each part beyond the first is a bundle of its own
in `<bundle>/part-<n>/`."""
PARTS = "parts.json"
"""In the main bundle: the folders of its further parts, by language (`{"en": ["part-1/"]}`),
which the search dialog adds to the main index with Pagefind's mergeIndex (search.js)."""


def further_parts(bundle: Path) -> list[Path]:
    """The parts of a bundle beyond the first, in order."""
    found = [path for path in bundle.glob(f"{PART}*") if path.name[len(PART):].isdigit()]
    return sorted(found, key=lambda path: int(path.name[len(PART):]))


def drop_parts(bundle: Path) -> None:
    """Remove the further parts of a bundle and list none: a bundle rewritten in one part (the
    preview of `serve`, indexed from the built files, may start from a copy of a built site)."""
    for part in further_parts(bundle):
        shutil.rmtree(part)
    (bundle / PARTS).write_text("{}", encoding="utf-8")


def drop_unused(bundle: Path) -> None:
    """Remove Pagefind's ready-made interfaces from a written search bundle."""
    for pattern in UNUSED:
        for path in bundle.glob(pattern):
            path.unlink()


class Background:
    """Indexes the preview of `serve` in a separate process, a moment after a rebuild that changed
    pages, so that neither the page reload nor the next rebuild waits for it. A rebuild cancels
    indexing still pending or running; it is scheduled again after that rebuild."""

    DELAY_S = 2.0
    """Quiet time before indexing: MkDocs rebuilds once more right after an edit of data/."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.stale = False
        """True from a rebuild that changed pages until an indexing run completes."""

    def rebuilt(self, site_dir: Path, changed: bool) -> None:
        """After a rebuild: schedule indexing if the index misses changes."""
        with self.lock:
            self.stale = self.stale or changed
            if self.stale:
                self.timer = threading.Timer(self.DELAY_S, self._index, [site_dir])
                self.timer.daemon = True
                self.timer.start()

    def _index(self, site_dir: Path) -> None:
        with self.lock:
            self.process = process = subprocess.Popen(command(site_dir), stdout=subprocess.DEVNULL)
        if process.wait() == 0:
            drop_unused(site_dir / BUNDLE)
            drop_parts(site_dir / BUNDLE)
            with self.lock:
                self.stale = self.process is not process and self.stale
                self.process = None

    def stop(self) -> None:
        """Cancel indexing that is pending or running."""
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                self.process.wait(timeout=10)
            self.process = None
