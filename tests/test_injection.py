"""Whatever text reaches the templates, the pages hold no executable markup.

The loader refuses markup in free text (tests/hostile/); these tests go around it on purpose: every
free-text field of every fixture record is overwritten without validation, the archive is rendered,
and each page goes through Python-Markdown with the site's own extensions. The HTML must hold no
script, no event handler, no javascript:/data: URL, and no element or attribute that the same page
does not have when its text is plain words.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

from casearchive.render import renderer
from helpers import REPO
from hostiletext import PAYLOADS, archive_with

BARE_AMPERSAND = re.compile(r"&(?!#?[0-9a-zA-Z]+;)")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster"}


def _extensions() -> tuple[list[str], dict[str, Any]]:
    """The Markdown extensions and their settings, read from mkdocs.yml as MkDocs reads it."""
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    options: dict[str, Any] = {}
    for entry in config.get("markdown_extensions", []):
        name, settings_ = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        options[name] = settings_ or {}
    return names, options


MARKDOWN = markdown.Markdown(extensions=_extensions()[0], extension_configs=_extensions()[1])


class Elements(HTMLParser):
    """Every element and attribute of an HTML fragment."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.elements.append(("!--", {}))

    def handle_pi(self, data: str) -> None:
        self.elements.append(("?", {}))

    def unknown_decl(self, data: str) -> None:
        self.elements.append(("![", {}))


def to_html(page: str) -> tuple[str, dict[str, Any]]:
    """A generated page as MkDocs turns it into HTML: front matter apart, then Markdown."""
    body, meta = get_data(page)
    MARKDOWN.reset()
    return MARKDOWN.convert(body), meta


def shape(elements: list[tuple[str, dict[str, str]]]) -> set[tuple[str, str]]:
    """The (element, attribute) pairs of a page; ("p", "") stands for an element itself."""
    return {(tag, name) for tag, attrs in elements for name in ["", *attrs]}


def assert_inert(page_html: str, allowed: set[tuple[str, str]], where: str) -> None:
    """No script, handler or dangerous URL, and nothing the benign page lacks."""
    elements = Elements(page_html).elements
    ids = {attrs["id"] for _, attrs in elements if "id" in attrs}
    for tag, attrs in elements:
        assert tag not in ("script", "iframe", "object", "embed", "style", "!--", "?", "!["), where
        for name, value in attrs.items():
            assert not name.startswith("on"), f"{where}: <{tag} {name}=...>"
            if name in URL_ATTRIBUTES:
                squeezed = "".join(value.split()).lower()
                assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), where
            if name == "href" and value.startswith("#"):
                assert value[1:] in ids, f"{where}: dangling {value}"
    extra = shape(elements) - allowed
    assert not extra, f"{where}: elements or attributes the templates never make: {extra}"


def assert_meta_inert(meta: dict[str, Any], where: str) -> None:
    """The theme prints title and description unescaped, so they must carry no markup."""
    for key in ("title", "description"):
        value = str(meta.get(key, ""))
        assert not set(value) & set("<>\"'"), f"{where}: {key} {value!r}"
        assert not BARE_AMPERSAND.search(value), f"{where}: {key} {value!r}"


BENIGN = {path: to_html(page)[0] for path, page in
          renderer.render_archive(archive_with("Plain words")).items() if path.endswith(".md")}
# Benign text in two scripts too: a Latin run inside Persian text is isolated (<bdi dir>), which
# the templates make for any such text, hostile or not.
MIXED = {path: to_html(page)[0] for path, page in
         renderer.render_archive(archive_with("واژه‌ها Plain words")).items() if path.endswith(".md")}
ALLOWED = {path: shape(Elements(page_html).elements) | shape(Elements(MIXED[path]).elements)
           for path, page_html in BENIGN.items()}


def check_text_everywhere(text: str) -> None:
    """Render the fixture with `text` in every free-text field and check every page."""
    pages = renderer.render_archive(archive_with(text))
    assert pages.keys() == BENIGN.keys() | {p for p in pages if not p.endswith(".md")}
    for path, page in pages.items():
        if path.endswith(".md"):
            page_html, meta = to_html(page)
            assert_inert(page_html, ALLOWED[path], f"{path} with {text!r}")
            assert_meta_inert(meta, f"{path} with {text!r}")


def test_the_fixture_has_text_in_every_kind_of_page() -> None:
    pages = [html for path, html in BENIGN.items()
             if not path.endswith(("/index.md", "/index.fa.md")) and "/reference/" not in path]
    assert len(pages) > 15 and all("Plain words" in page_html for page_html in pages)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_known_payload_is_inert_in_every_field(payload: str) -> None:
    check_text_everywhere(f"{payload} between {payload}")  # at the start of a line and inside


TEXT = st.lists(st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=12),
                          st.text(alphabet="<>&\"'`*_{}[]()#|!~=:-+.\\/ \n%@$^", max_size=12)),
                max_size=6).map("".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_in_any_field_renders_inert(text: str) -> None:
    check_text_everywhere(text)


def test_the_check_itself_catches_markup() -> None:
    """The oracle is not vacuous: raw markup in a page is caught."""
    page_html = to_html("text\n\n<b onclick=x>y</b>\n")[0]
    with pytest.raises(AssertionError):
        assert_inert(page_html, {("p", ""), ("b", "")}, "probe")
    with pytest.raises(AssertionError):
        assert_inert(to_html("[x](javascript:y)")[0], {("p", ""), ("a", ""), ("a", "href")}, "probe")
