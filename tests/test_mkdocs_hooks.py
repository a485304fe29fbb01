"""The MkDocs adapter keeps each converted page's HTML compressed in a build and gives it back,
unchanged, just before the page is rendered; while serving it leaves pages alone."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from casearchive.mkdocs import hooks

HTML = '<h1 id="x">Ebrahim Raisi</h1>\n<p lang="fa" dir="rtl">ابراهیم رئیسی &amp; «هیئت»</p>\n' * 200


@pytest.fixture()
def command() -> Iterator[None]:
    before = hooks.run.command
    yield
    hooks.run.command = before
    hooks.run.memory.clear()


def _page() -> SimpleNamespace:
    return SimpleNamespace(markdown="# Ebrahim Raisi", content=None)


def test_a_build_holds_the_html_compressed_until_the_page_is_rendered(command: None) -> None:
    hooks.run.command = "build"
    first, second = _page(), _page()
    assert hooks.on_page_content(HTML, first, None, None) == ""
    assert hooks.on_page_content(HTML.upper(), second, None, None) == ""
    assert first.markdown is None
    held = sum(len(packed) for packed in hooks.run.memory.packed.values())
    assert held < len(HTML.encode("utf-8")) / 4  # what the build holds instead of both pages
    context = {"page": first}
    assert hooks.on_page_context(context, first, None, None) is context
    assert first.content == HTML
    hooks.on_page_context({}, second, None, None)
    assert second.content == HTML.upper()
    assert hooks.run.memory.packed == {}  # each page given back once, nothing kept
    second.content = "rendered"
    hooks.on_page_context({}, second, None, None)
    assert second.content == "rendered"


def test_serve_leaves_the_page_as_it_is(command: None) -> None:
    hooks.run.command = "serve"
    page = _page()
    assert hooks.on_page_content(HTML, page, None, None) == HTML
    assert page.markdown == "# Ebrahim Raisi" and hooks.run.memory.packed == {}
