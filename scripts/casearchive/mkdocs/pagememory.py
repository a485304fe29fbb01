"""Page memory in a build: MkDocs converts every page of an edition before it renders the first,
and would hold every page's Markdown and HTML at once (about 1 GB for the Persian edition of
20,000 records, whose text Python stores at two bytes a character). Each page's Markdown goes
once it is HTML, its HTML is kept compressed until its template renders it, and its text goes
once written."""

from __future__ import annotations

import zlib
from typing import Any


class PageMemory:
    """Each converted page's HTML, compressed, by page object, until the page is rendered."""

    def __init__(self) -> None:
        self.packed: dict[int, bytes] = {}

    def pack(self, html: str, page: Any) -> str:
        """Let the page's Markdown go and keep its HTML compressed; MkDocs gets nothing back
        until `unpack`."""
        page.markdown = None
        self.packed[id(page)] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def unpack(self, page: Any) -> None:
        """Give the page its HTML back, once, just before its template renders it."""
        packed = self.packed.pop(id(page), None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")

    @staticmethod
    def written(page: Any) -> None:
        """The page is written and never read again: let its text go."""
        page.content = None

    def clear(self) -> None:
        """Forget every page (a failed build)."""
        self.packed.clear()
