"""What a first visit reads on a published build of the fixture archive (issue 20): the page
citation is a heading of its own, a build without SITE_URL names no local host, and the head holds
what link previews and search engines read."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from helpers import FIXTURE_DATA, casearchive, commit_all, git, make_project

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


def _page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("edition", "locale", "other"), [("", "en_US", "fa_IR"), ("fa/", "fa_IR", "en_US")])
def test_the_head_names_the_locale_with_its_region(hosted_site: Path, edition: str, locale: str,
                                                   other: str) -> None:
    head = _page(hosted_site, f"{edition}archive/persons/jane-official").split("</head>")[0]
    assert f'<meta property="og:locale" content="{locale}">' in head
    assert f'<meta property="og:locale:alternate" content="{other}">' in head


@pytest.mark.parametrize("edition", ["", "fa/"])
def test_the_head_links_every_edition_of_the_page(hosted_site: Path, hostless_site: Path,
                                                  edition: str) -> None:
    path = "archive/persons/jane-official/"
    head = _page(hosted_site, f"{edition}{path}").split("</head>")[0]
    links = re.findall(r'<link rel="alternate " hreflang="([^"]+)" href="([^"]+)">', head)
    assert sorted(links) == sorted([("en", f"{HOST}{path}"), ("fa", f"{HOST}fa/{path}"),
                                    ("x-default", f"{HOST}{path}")])
    home = _page(hosted_site, edition).split("</head>")[0]
    assert f'hreflang="fa" href="{HOST}fa/"' in home and f'hreflang="x-default" href="{HOST}"' in home
    # Without the site's address: relative, but there all the same.
    head = _page(hostless_site, f"{edition}{path}").split("</head>")[0]
    assert len(re.findall(r'<link rel="alternate " hreflang="(?:en|fa|x-default)"', head)) == 3


@pytest.mark.parametrize(("edition", "name", "lang"), [("", "فارسی", "fa"), ("fa/", "English", "en")])
def test_the_language_switch_is_labelled(hosted_site: Path, edition: str, name: str, lang: str) -> None:
    page = _page(hosted_site, f"{edition}archive/events/decree")
    switch = re.search(r'<div class="md-header__option ca-lang">(.*?)</div>', page, re.S)
    assert switch, "no language switch"
    assert re.search(rf'<a href="[^"]+" hreflang="{lang}" lang="{lang}"', switch.group(1))
    assert f'<span class="ca-lang__name">{name}</span>' in switch.group(1)


def test_link_previews_have_the_sites_image(hosted_site: Path, hostless_site: Path) -> None:
    for edition in ("", "fa/"):
        head = _page(hosted_site, f"{edition}archive/persons/jane-official").split("</head>")[0]
        assert f'<meta property="og:image" content="{HOST}assets/og-image.png">' in head
        assert '<meta name="twitter:card" content="summary_large_image">' in head
    image = (hosted_site / "assets" / "og-image.png").read_bytes()
    assert image.startswith(b"\x89PNG") and image[16:24] == (1200).to_bytes(4, "big") + (630).to_bytes(4, "big")
    # A preview needs the image's absolute address: without the site's, no image is named.
    assert "og:image" not in _page(hostless_site, "archive/persons/jane-official")


@pytest.mark.parametrize("page", ["404.html", "fa/404.html"])
def test_the_404_page_has_no_root_absolute_address(hosted_site: Path, hostless_site: Path,
                                                   page: str) -> None:
    for site in (hosted_site, hostless_site):
        text = (site / page).read_text(encoding="utf-8")
        assert not re.findall(r'(?:href|src|action|data-[a-z-]+)="/(?!/)', text), (site, page)
        assert '"base": "."' in text
    assert '<base href="https://cases.example.net/sub/">' in (hosted_site / page).read_text(
        encoding="utf-8")
    assert 'b=document.createElement("base")' in (hostless_site / page).read_text(encoding="utf-8")
