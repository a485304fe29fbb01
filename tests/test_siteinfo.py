"""The site's name and address are read from mkdocs.yml the way MkDocs reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from casearchive.render import address as siteinfo
from casearchive.render.address import Site
from helpers import REPO


def test_site_url_comes_from_the_environment_as_in_mkdocs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", "https://cases.example.net/archive")
    site = siteinfo.read(REPO / "mkdocs.yml")
    assert site.url == "https://cases.example.net/archive/"
    assert site.name == "Iran Case Archive"


def test_site_url_defaults_to_the_local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert siteinfo.read(REPO / "mkdocs.yml").url == "http://127.0.0.1:8000/"


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
