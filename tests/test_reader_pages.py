"""What a first visit reads on a published build of the fixture archive (issue 20): the page
citation is a heading of its own, a build without SITE_URL names no local host, and the head holds
what link previews and search engines read."""

from __future__ import annotations

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
