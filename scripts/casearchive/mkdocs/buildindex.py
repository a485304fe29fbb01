"""The search index of a `casearchive build`: each searchable page's article goes to the Pagefind
service as MkDocs renders it; each edition's bundle is written once its last page is built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from casearchive import processes
from casearchive.search import pages, stream

log = get_plugin_logger("casearchive")


class BuildIndex:
    """The index being built, page by page, edition by edition."""

    def __init__(self) -> None:
        self.indexing = stream.Indexing()

    def expect(self, files: Any) -> None:
        """The edition's files are known: how many pages its index will have."""
        self.indexing.expect(sum(1 for file in files.documentation_pages()
                                 if pages.searchable(file.src_uri)))

    def add(self, url: str, html: str) -> None:
        """Index one built page (its article)."""
        try:
            self.indexing.add(url, html)
        except stream.ServiceError as error:
            raise PluginError(f"Search indexing failed: {error}") from error

    def edition_built(self, site: Path, last: bool) -> None:
        """Write the index of the edition just built (apart, if another edition follows), once
        the memory of the pages MkDocs has let go is given back: the indexing service needs
        most memory while it writes, and the two processes run side by side."""
        processes.give_back_memory()
        if not last:
            self.indexing.edition_done(site / pages.BUNDLE)
            return
        try:
            figures = self.indexing.write(site / pages.BUNDLE)
        except stream.ServiceError as error:
            raise PluginError(f"Search indexing failed: {error}") from error
        log.info(f"Search index: {figures.pages} pages ({self.indexing.expected} expected), "
                 f"written {figures.writing_s:.1f} s after the last page")

    def close(self) -> None:
        """Stop the service (a failed build)."""
        self.indexing.close()
