"""Per-page permalinks: claim anchors with a copyable citation, and the page's own citation."""

from __future__ import annotations

from markupsafe import Markup

from . import escape
from .siteinfo import Site

ACCESSED = "accessed [date]"
"""Left for the reader to fill in: the build date is not the day the reader read the page."""


class Permalinks:
    """Anchors and citations for one generated page."""

    def __init__(self, site: Site, version: str, docs_path: str, title: str) -> None:
        self.site = site
        self.version = version or "unknown"
        self.docs_path = docs_path
        self.title = title
        self._placed: set[str] = set()

    def url(self, anchor: str = "") -> str:
        """The page's public URL, or a claim's when `anchor` is given."""
        return self.site.page_url(self.docs_path, anchor)

    def citation(self, what: str = "", anchor: str = "") -> str:
        """A ready citation in plain text (escape it before printing)."""
        claim = f" — {what}" if what else ""
        # A statement's title already quotes its words; quoting it again would nest quotes.
        title = self.title if "“" in self.title else f"“{self.title}”"
        return (f"{title}{claim}. {self.site.name}. {self.url(anchor)} "
                f"(data version {self.version}; {ACCESSED}).")

    def anchor(self, anchor: str, what: str = "") -> Markup:
        """A visible ¶ link to a claim, followed by its citation, shown when the link is followed.

        The same claim can be listed twice on a page (a role stated by a person's record and by
        the event's); only the first copy carries the id, the second links to it."""
        href = escape.attribute(anchor)
        placed = "" if anchor in self._placed else f' id="{href}"'
        self._placed.add(anchor)
        link = (f'<a class="ca-anchor"{placed} href="#{href}" title="Permalink to this claim" '
                f'aria-label="Permalink to this claim">¶</a>')
        if not placed:
            return Markup(link)
        return Markup(f'{link}<span class="ca-claim-cite" data-pagefind-ignore>Cite this claim: '
                      f'<span class="ca-citation">{escape.inline(self.citation(what, anchor))}'
                      "</span></span>")
