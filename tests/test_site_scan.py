"""Scans of the built site: no script the theme did not put there, and no broken link or anchor.

Two builds of the same records are compared page by page: one with plain text, one with hostile
text in every free-text field (past the loader, which would refuse it). Whatever script or event
handler the hostile pages hold, the plain pages must hold too: then it came from the theme.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from helpers import SEARCH_PERSON, SITE_URL, environment, make_project

BASE = "http://site.invalid/"
LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
           ("source", "src"), ("iframe", "src"), ("form", "action")}


class Page(HTMLParser):
    """What a scan needs from one HTML page: scripts, handlers, ids and outgoing links."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str, str]] = []
        self.urls: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self._script: list[str] | None = None
        self.feed(path.read_text(encoding="utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.handlers.append((tag, name, value))
            if name in ("id", "name") and tag != "meta":
                self.ids.add(value)
            if (tag, name) in LINKING or name in ("src", "href", "action", "formaction"):
                self.urls.append((tag, name, value))
        if tag == "script":
            src = dict(attrs).get("src")
            self._script = [f"src={src}"] if src else []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None


def pages(site: Path) -> dict[str, Page]:
    """Every HTML page of a built site, by its path inside the site."""
    return {path.relative_to(site).as_posix(): Page(path) for path in sorted(site.rglob("*.html"))}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The records of the shared `fixture_site` with hostile text in every free-text field, past
    the loader's refusal: pages rendered in this process, then built by the same MkDocs step in
    the same environment."""
    from casearchive.model import pages
    from casearchive.publish import build, files
    from casearchive.render import datadict, renderer
    from hostiletext import PAYLOADS, archive_with

    root = make_project(tmp_path_factory.mktemp("hostile") / "project", extra=SEARCH_PERSON)
    generated = renderer.render_archive(archive_with(" ".join(PAYLOADS), root / "data"))
    generated.update({path: datadict.data_dictionary(lang) for lang, path in datadict.PAGES.items()})
    files.write_tree(root / "docs" / pages.ROOT,
                     {path.removeprefix(pages.ROOT + "/"): text for path, text in generated.items()})
    with environment():
        assert build.mkdocs_build(build.Project(root)) == 0
    return root / "site"


def test_hostile_text_adds_no_script_handler_or_url_scheme(fixture_site: Path, hostile_site: Path) -> None:
    plain, hostile = pages(fixture_site), pages(hostile_site)
    assert plain.keys() == hostile.keys() and len(plain) > 20
    for path, page in hostile.items():
        assert set(page.scripts) <= set(plain[path].scripts), f"{path}: a script the theme lacks"
        assert set(page.handlers) <= set(plain[path].handlers), f"{path}: {page.handlers}"
        for tag, name, value in page.urls:
            squeezed = "".join(value.split()).lower()
            assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), \
                f"{path}: <{tag} {name}={value!r}>"


def test_the_hostile_build_really_carries_the_hostile_text(hostile_site: Path) -> None:
    person = (hostile_site / "archive/persons/jane-official/index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in person or "&#60;script&#62;" in person
    assert "<script>alert(1)" not in person


def _target(site: Path, page: str, url: str) -> tuple[Path, str] | None:
    """The file and fragment a link on `page` points to, or None for an external link."""
    if url.startswith(SITE_URL):
        url = BASE + url.removeprefix(SITE_URL)
    # A 404 page's links are relative to its <base>, the site's root (mkdocs/editions.py).
    absolute = urlsplit(urljoin(BASE if page.endswith("404.html") else BASE + page, url))
    if f"{absolute.scheme}://{absolute.netloc}/" != BASE:
        return None
    path = site / unquote(absolute.path).lstrip("/")
    if absolute.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, unquote(absolute.fragment)


@pytest.mark.parametrize("built", ["fixture_site", "hostile_site"], ids=["plain", "hostile"])
def test_no_broken_internal_link_or_anchor(built: str, request: pytest.FixtureRequest) -> None:
    site: Path = request.getfixturevalue(built)
    scanned = pages(site)
    broken = []
    for path, page in scanned.items():
        for tag, name, url in page.urls:
            found = _target(site, path, url) if url else None
            if found is None:
                continue
            target, fragment = found
            relative = target.relative_to(site).as_posix() if target.is_relative_to(site) else url
            if not target.is_file():
                broken.append(f"{path}: <{tag} {name}={url!r}>: no such file")
            elif fragment and relative in scanned and fragment not in scanned[relative].ids:
                broken.append(f"{path}: <{tag} {name}={url!r}>: no element with id {fragment!r}")
    assert not broken, "\n".join(broken)


def test_the_link_scan_sees_links_and_anchors(fixture_site: Path) -> None:
    """Guard against a scan that passes because it found nothing to check."""
    scanned = pages(fixture_site)
    person = scanned["archive/persons/jane-official/index.html"]
    hrefs = {url for tag, name, url in person.urls if tag == "a"}
    assert "../../sources/hrw-2022-qa/" in hrefs and any(h.startswith("#position-") for h in hrefs)
    assert _target(fixture_site, "archive/persons/jane-official/index.html",
                   "../../nowhere/") is not None
    assert _target(fixture_site, "index.html", SITE_URL + "archive/") == (
        fixture_site / "archive/index.html", "")  # a canonical link is checked as internal
    assert not (fixture_site / "archive/nowhere/index.html").exists()
    persian = scanned["fa/archive/persons/jane-official/index.html"]  # the Persian pages are scanned too
    assert "../../sources/hrw-2022-qa/" in {url for tag, name, url in persian.urls if tag == "a"}
