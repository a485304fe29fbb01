"""How Persian the Persian record pages are: the share of Persian letters in their article text
and the count of «(ترجمه نشده)» markers, over a built site.

Left out: quotations and source titles in another language (any element whose `lang` is not
Persian and that is not a missing translation), the hidden search keys, and the citation block.
A missing translation (`ca-fallback`) counts as what it is: English text on a Persian page.

    python -m casearchive.bench.persianshare site
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

RECORD_KINDS = ("cases", "persons", "organisations", "places", "events", "statements",
                "estimates", "sources")
MARKER = "ترجمه نشده"
_PERSIAN = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_SKIPPED_CLASSES = {"ca-search-keys", "ca-citation", "headerlink"}


class _ArticleText(HTMLParser):
    """The text of a page's <article>, without the parts that are not the archive's voice."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article> when > 0
        self.skip: list[int] = []  # depths of open elements whose text is left out
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        if tag == "article" and not self.depth:
            self.depth = 1
            return
        if not self.depth:
            return
        self.depth += 1
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        lang = (values.get("lang") or "fa").split("-")[0]
        foreign = lang != "fa" and "ca-fallback" not in classes
        if foreign or classes & _SKIPPED_CLASSES or tag in ("script", "style"):
            self.skip.append(self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.depth:
            return
        if self.skip and self.skip[-1] == self.depth:
            self.skip.pop()
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


@dataclass
class Share:
    """Letters counted over some pages."""

    pages: int = 0
    persian: int = 0
    letters: int = 0
    markers: int = 0

    @property
    def percent(self) -> float:
        """Persian letters as a percentage of all letters."""
        return 100 * self.persian / self.letters if self.letters else 0.0

    def __str__(self) -> str:
        return (f"{self.pages} Persian record pages: {self.percent:.1f} % of the letters of their "
                f"article text are Persian ({self.persian:,} of {self.letters:,}); "
                f"{self.markers} «{MARKER}» markers")


def page_text(html: str) -> str:
    """The counted text of one page."""
    parser = _ArticleText()
    parser.feed(html)
    return "".join(parser.parts)


def measure(site: Path) -> Share:
    """The share over every Persian record page of a built site."""
    share = Share()
    for kind in RECORD_KINDS:
        for page in sorted((site / "fa" / "archive" / kind).glob("*/index.html")):
            html = page.read_text(encoding="utf-8")
            text = page_text(html)
            share.pages += 1
            share.persian += sum(1 for c in _PERSIAN.findall(text) if c.isalpha())
            share.letters += sum(1 for c in text if c.isalpha())
            share.markers += html.count(MARKER)
    return share


def main(argv: list[str]) -> int:
    """Print the share for the site folder given (default: site)."""
    site = Path(argv[0] if argv else "site")
    print(measure(site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
