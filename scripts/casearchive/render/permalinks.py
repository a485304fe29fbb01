"""Per-page permalinks: claim anchors with a copyable citation, and the page's own citation."""

from __future__ import annotations

from markupsafe import Markup

from casearchive.i18n.labels import label
from casearchive.render import escape
from casearchive.render.address import Site
from casearchive.render.pagetext import isolate_latin, isolate_right_to_left, text_direction


class Permalinks:
    """Anchors and citations for one generated page."""

    def __init__(self, site: Site, version: str, docs_path: str, title: str,
                 lang: str = "en", aliases: dict[str, list[str]] | None = None) -> None:
        self.site = site
        self.lang = lang
        self.version = version or "unknown"
        self.docs_path = docs_path
        self.title = title
        self._placed: set[str] = set()
        self.aliases = aliases or {}
        """Anchor → the anchors it once had (anchorregistry): they answer where it stands."""

    def url(self, anchor: str = "") -> str:
        """The page's public URL, or a claim's when `anchor` is given."""
        return self.site.page_url(self.docs_path, anchor)

    def citation(self, what: str = "", anchor: str = "") -> str:
        """A ready citation in plain text (escape it before printing)."""
        claim = f" — {what}" if what else ""
        # A statement's title already quotes its words; quoting it again would nest quotes.
        quoted = any(mark in self.title for mark in "“«")
        title = self.title if quoted else label("citation.quoted", self.lang, title=self.title)
        # The access date is left for the reader: the build date is not the day they read it.
        details = label("citation.details", self.lang, version=self.version)
        return f"{title}{claim}. {self.site.name_in(self.lang)}. {self.url(anchor)} ({details})."

    def shown_citation(self, what: str = "", anchor: str = "") -> Markup:
        """The citation as a page shows it: inert, and in a right-to-left edition with its
        Latin-script runs (the address, a title in English) isolated; in English its Persian
        runs (a quotation's words in a statement's title)."""
        text = self.citation(what, anchor)
        return isolate_latin(text) if text_direction(self.lang) == "rtl" else isolate_right_to_left(text)

    def anchor(self, anchor: str, what: str = "") -> Markup:
        """A visible ¶ link to a claim, followed by its citation, shown when the link is followed.

        The same claim can be listed twice on a page (a role stated by a person's record and by
        the event's); only the first copy carries the id, the second links to it."""
        href = escape.attribute(anchor)
        placed = "" if anchor in self._placed else f' id="{href}"'
        self._placed.add(anchor)
        words = label("permalink", self.lang)
        link = (f'<a class="ca-anchor"{placed} href="#{href}" title="{words}" '
                f'aria-label="{words}">¶</a>')
        if not placed:
            return Markup(link)
        # Empty, before the ¶: following an old link scrolls here and shows the citation too.
        old = "".join(f'<span class="ca-alias" id="{escape.attribute(a)}"></span>'
                      for a in self.aliases.get(anchor, []))
        return Markup(f'{old}{link}<span class="ca-claim-cite" data-pagefind-ignore>'
                      f'{label("permalink.cite", self.lang)} '
                      f'<span class="ca-citation">{self.shown_citation(what, anchor)}'
                      "</span></span>")
