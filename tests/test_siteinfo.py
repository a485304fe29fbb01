"""The site's name and address are read from mkdocs.yml the way MkDocs reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from casearchive.model import pages
from casearchive.render import address as siteinfo
from casearchive.render.address import Site
from helpers import REPO


def test_site_url_comes_from_the_environment_as_in_mkdocs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", "https://cases.example.net/archive")
    site = siteinfo.read(REPO / "mkdocs.yml")
    assert site.url == "https://cases.example.net/archive/"
    assert site.name == "Iran Case Archive"


def test_without_site_url_there_is_no_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    site = siteinfo.read(REPO / "mkdocs.yml")
    assert site.url == "" and not site.hosted
    assert site.page_url("archive/persons/a.fa.md", "born") == "fa/archive/persons/a/#born"
    assert site.page_url("index.md") == "./"


def test_page_urls_follow_mkdocs_url_style(tmp_path: Path) -> None:
    site = Site(name="A", url="https://x.org/sub/")
    assert site.page_url("archive/persons/a.md", "born") == "https://x.org/sub/archive/persons/a/#born"
    assert site.page_url("archive/persons/index.md") == "https://x.org/sub/archive/persons/"
    assert site.page_url("index.md") == "https://x.org/sub/"
    flat = Site(name="A", url="https://x.org/", directory_urls=False)
    assert flat.page_url("archive/persons/a.md") == "https://x.org/archive/persons/a.html"
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: B\nsite_url: https://y.org\nuse_directory_urls: false\n")
    assert siteinfo.read(config) == Site(name="B", url="https://y.org/", directory_urls=False)


@pytest.mark.parametrize("page", [
    pages.PageAddress("persons", "ebrahim-raisi"),
    pages.PageAddress("persons", "ebrahim-raisi", "fa"),
    pages.PageAddress("sources", "amnesty-2018", "en", "cited-by-2"),
    pages.PageAddress("sources", "amnesty-2018", "fa", "cited-by-2"),
    pages.PageAddress("events"),
    pages.PageAddress("reference", "data-dictionary", "fa"),
])
def test_a_page_address_is_read_back_from_its_path(page: pages.PageAddress) -> None:
    assert pages.PageAddress.parse(page.path) == page


def test_only_a_record_own_page_is_a_record_page() -> None:
    assert pages.PageAddress.parse("archive/persons/x.fa.md").is_record_page  # type: ignore[union-attr]
    for path in ("archive/persons/index.md", "archive/persons/x--positions-2.md",
                 "archive/reference/data-dictionary.md"):
        page = pages.PageAddress.parse(path)
        assert page is not None and not page.is_record_page
    assert pages.PageAddress.parse("about/method.md") is None
    assert pages.page_path("persons", "x", "fa") == "archive/persons/x.fa.md"
