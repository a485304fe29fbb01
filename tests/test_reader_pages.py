"""What a first visit reads on a published build of the fixture archive (issue 20): the page
citation is a heading of its own, a build without SITE_URL names no local host, and the head holds
what link previews and search engines read."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from repo_helpers import commit_all, git
from throwaway import FIXTURE_DATA, casearchive, make_project

KINDS = ("cases", "estimates", "events", "organisations", "persons", "places", "sources",
         "statements")
EDITIONS = {"": "Cite this page", "fa/": "ارجاع به این صفحه"}


def _build(root: Path, site_url: str | None) -> Path:
    """`casearchive build` of the fixture archive committed to git (so pages have a History),
    with SITE_URL set to `site_url` or unset."""
    make_project(root)
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "Add the fixture archive")
    # An empty SITE_URL is an unset one (mkdocs.yml's default is empty too).
    result = casearchive(root, "build", env={"SITE_URL": site_url or ""})
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def hostless_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A publish build without SITE_URL."""
    return _build(tmp_path_factory.mktemp("hostless"), None)


def record_pages(site: Path, edition: str) -> list[Path]:
    """The page of every record of the fixture archive in one edition."""
    return [site / edition / "archive" / kind / record.stem / "index.html"
            for kind in KINDS for record in sorted((FIXTURE_DATA / kind).glob("*.yml"))]


@pytest.mark.parametrize("edition", sorted(EDITIONS))
def test_every_record_page_has_a_cite_this_page_heading(hostless_site: Path, edition: str) -> None:
    words = EDITIONS[edition]
    for page in record_pages(hostless_site, edition):
        html = page.read_text(encoding="utf-8")
        assert re.search(rf'<h2 id="[^"]+">{words}<a class="headerlink"', html), page
        assert not re.search(rf"<t[dr]>[^<]*{words}", html), page
        assert "<h2" in html.split("<table>")[-1] or "<table>" not in html, page
        toc = html.split('data-md-component="toc"', 1)[-1]
        assert words in toc, f"{page}: no table-of-contents entry"


@pytest.fixture(scope="module")
def hosted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A publish build with SITE_URL set."""
    return _build(tmp_path_factory.mktemp("hosted"), HOST)


HOST = "https://cases.example.net/sub/"
TEXT_FILES = ("*.html", "*.xml", "*.json", "*.csv", "*.txt", "*.js", "*.css")


def _text_files(site: Path) -> list[Path]:
    # Not the theme's source map: its copy of the theme's source mentions 127.0.0.1 in a comment.
    return [p for pattern in TEXT_FILES for p in site.rglob(pattern)]


def test_a_build_without_site_url_names_no_host(hostless_site: Path) -> None:
    for path in _text_files(hostless_site):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "127.0.0.1" not in text and "localhost" not in text, path
    page = (hostless_site / "archive" / "persons" / "jane-official" / "index.html").read_text(
        encoding="utf-8")
    assert 'rel="canonical"' not in page and "og:url" not in page
    assert "Iran Case Archive. archive/persons/jane-official/ (" in _plain(page)
    assert "built without its public address" in page
    persian = (hostless_site / "fa" / "archive" / "persons" / "jane-official" / "index.html")
    assert "fa/archive/persons/jane-official/ (" in _plain(persian.read_text(encoding="utf-8"))
    assert not list(hostless_site.rglob("sitemap.xml*"))
    assert (hostless_site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
    record = json.loads((hostless_site / "archive" / "data" / "persons" / "jane-official.json")
                        .read_text(encoding="utf-8"))
    assert record["url"] == "archive/persons/jane-official/"
    assert record["claims"][0]["claim_url"].startswith("archive/persons/jane-official/#")
    rows = (hostless_site / "archive" / "data" / "claims.csv").read_text(encoding="utf-8")
    assert ",archive/persons/jane-official/#" in rows


def test_a_build_with_site_url_cites_it_everywhere(hosted_site: Path) -> None:
    page = (hosted_site / "archive" / "persons" / "jane-official" / "index.html").read_text(
        encoding="utf-8")
    address = f"{HOST}archive/persons/jane-official/"
    assert f'<link rel="canonical" href="{address}">' in page
    assert f'<meta property="og:url" content="{address}">' in page
    assert f"Iran Case Archive. {address} (" in _plain(page)
    assert "built without its public address" not in page
    assert f"<loc>{address}</loc>" in (hosted_site / "sitemap.xml").read_text(encoding="utf-8")
    assert (hosted_site / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {HOST}sitemap.xml\n")
    for path in _text_files(hosted_site):
        assert "127.0.0.1" not in path.read_text(encoding="utf-8", errors="replace"), path


def _plain(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))
