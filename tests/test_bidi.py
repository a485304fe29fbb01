"""Bidirectional text on the built pages: every run of Latin script inside a right-to-left
paragraph of a Persian page is isolated (<bdi>, or an element with its own `dir` or `lang`), so that
brackets and full stops stay with the sentence they belong to ("Gives 14 December 1960.)" must not
happen); and every Persian or Arabic run inside an English page is isolated the same way."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from casearchive.render.pagetext import isolate_latin

LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
ISOLATING = {"bdi", "code", "kbd", "pre", "script", "style", "svg", "math", "samp"}
HIDDEN = {"ca-search-keys", "headerlink", "ca-anchor"}


class _Runs(HTMLParser):
    """Text inside the <article> of a page that sits in a right-to-left context unisolated."""

    def __init__(self, script: re.Pattern[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.script = script
        self.stack: list[bool] = []  # per open element inside <article>: is its text left alone?
        self.inside = False
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        values = dict(attrs)
        if tag == "article":
            self.inside, self.stack = True, []
            return
        if not self.inside:
            return
        classes = set((values.get("class") or "").split())
        isolated = (tag in ISOLATING or "dir" in values or "lang" in values
                    or bool(classes & HIDDEN) or values.get("aria-hidden") == "true")
        self.stack.append(isolated or (bool(self.stack) and self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.inside:
            return
        if tag == "article":
            self.inside = False
        elif self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.inside and not (self.stack and self.stack[-1]) and self.script.search(data):
            self.found.append(data.strip())


def unisolated(html: str, script: re.Pattern[str] = LATIN) -> list[str]:
    """The unisolated runs of `script` (Latin-script by default) of one page."""
    parser = _Runs(script)
    parser.feed(html)
    return parser.found


def test_latin_runs_in_persian_text_are_isolated() -> None:
    shown = str(isolate_latin("گزارش را منتشر کرد (MDE 13/1894/2020)."))
    assert '&#40;<bdi dir="ltr">MDE 13/1894/2020</bdi>&#41;.' in shown
    assert str(isolate_latin("فقط فارسی.")) == "فقط فارسی."


def test_the_finder_sees_an_unisolated_run() -> None:
    assert unisolated("<article><p>تاریخ را Gives 14 می‌دهد.</p></article>") == ["تاریخ را Gives 14 می‌دهد."]
    assert unisolated('<article><p>تاریخ <bdi dir="ltr">Gives</bdi>.</p></article>') == []


def test_no_unisolated_latin_in_persian_record_pages(fixture_site: Path) -> None:
    found = {}
    for page in sorted((fixture_site / "fa" / "archive").glob("*/*/index.html")):
        runs = unisolated(page.read_text(encoding="utf-8"))
        if runs:
            found[page.relative_to(fixture_site).as_posix()] = runs[:3]
    assert found == {}


def test_the_finder_sees_an_unisolated_persian_run() -> None:
    assert unisolated("<article><p>Also written علی, Ali.</p></article>", RIGHT_TO_LEFT) != []
    assert unisolated('<article><p>Also <bdi dir="rtl">علی</bdi>.</p></article>', RIGHT_TO_LEFT) == []


def test_no_unisolated_persian_in_english_record_pages(fixture_site: Path) -> None:
    """Persian names (aliases, original-script names), quotations and excerpts in English pages:
    the fixture has a Persian alias, a Persian quotation and a Persian original name."""
    found, checked = {}, 0
    for page in sorted((fixture_site / "archive").glob("*/*/index.html")):
        html = page.read_text(encoding="utf-8")
        checked += bool(RIGHT_TO_LEFT.search(html.split("<article", 1)[-1]))
        runs = unisolated(html, RIGHT_TO_LEFT)
        if runs:
            found[page.relative_to(fixture_site).as_posix()] = runs[:3]
    assert checked >= 3 and found == {}
