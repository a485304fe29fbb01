"""Full-text search with Pagefind: which pages are indexed, the indexing command, and indexing in
the background while `serve` runs. Readers fetch only the index chunks their query needs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .model import KINDS
from .paging import MARK
from .render import ROOT

BUNDLE = "pagefind"
"""Folder of the built site that holds the search index and Pagefind's scripts."""

IGNORED = (".headerlink", ".ca-anchor", ".ca-cite")
"""Inside the article, what search leaves out: the ¶ links beside headings and claims, and the
citations (a source is found by its own page; indexing every citation of it on every page would
make its title match half the archive and double the index)."""
_EDITION = re.compile(r"\.[a-z]{2}\.md$")
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')


def searchable(src_uri: str) -> bool:
    """Whether a page belongs in the search index: hand-written pages and one page per record.

    Generated listings (people, timeline, contested facts) and the continuation pages of long lists
    repeat names from all over the archive: a query for a name would fetch them as excerpts."""
    parts = src_uri.split("/")
    if parts[0] != ROOT:
        return True
    name = _EDITION.sub(".md", parts[-1])  # x.fa.md is the Persian edition of x.md
    return len(parts) == 3 and parts[1] in KINDS and name != "index.md" and MARK not in name


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


def index_site(site_dir: Path) -> int:
    """Index a built site; 0 on success."""
    result = subprocess.run(command(site_dir), capture_output=True, text=True)
    if result.returncode != 0:
        print(f"Pagefind failed to index {site_dir}:\n{result.stdout}{result.stderr}",
              file=sys.stderr)
        return result.returncode
    for pattern in UNUSED:
        for path in (site_dir / BUNDLE).glob(pattern):
            path.unlink()
    return 0


class Background:
    """Indexes the preview site after each rebuild without delaying the page reload; a rebuild
    that starts while the previous indexing still runs stops it first."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, site_dir: Path) -> None:
        """Start indexing `site_dir`, stopping any indexing still running."""
        self.stop()
        self.process = subprocess.Popen(command(site_dir), stdout=subprocess.DEVNULL)

    def stop(self) -> None:
        """Stop the indexing started last, if it still runs."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
