"""Tests on the site built from the fixture archive: URLs, redirects, sitemap, link-preview tags,
claim anchors, the 404 page and the downloads, as a reader or a crawler meets them."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from casearchive.model import fields
from helpers import FIXTURE_DATA, SITE_URL, build_site, make_project

RECORD_IDS = sorted((p.parent.name, p.stem) for p in FIXTURE_DATA.glob("*/*.yml"))


class Page(HTMLParser):
    """The parts of an HTML page the tests look at: meta tags, ids, links and text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.title = ""
        self.text: list[str] = []
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("property" in found or "name" in found):
            self.meta[found.get("property") or found["name"]] = found.get("content", "")
        if "id" in found:
            self.ids.append(found["id"])
        if tag == "a" and "href" in found:
            self.hrefs.append(found["href"])
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.text.append(data)


def page(site: Path, path: str) -> Page:
    return Page((site / path / "index.html").read_text(encoding="utf-8"))


def record_name(kind: str, record_id: str) -> str:
    data = yaml.safe_load((FIXTURE_DATA / kind / f"{record_id}.yml").read_text(encoding="utf-8"))
    return str(data.get("name") or data.get("title"))


@pytest.mark.parametrize(("kind", "record_id"), RECORD_IDS)
def test_every_record_has_a_page_at_kind_and_id(fixture_site: Path, kind: str,
                                               record_id: str) -> None:
    assert (fixture_site / "archive" / kind / record_id / "index.html").is_file()
    assert (fixture_site / "archive" / "data" / kind / f"{record_id}.json").is_file()


def test_former_id_redirects_to_the_current_page(fixture_site: Path) -> None:
    old = fixture_site / "archive" / "persons" / "jane-officer" / "index.html"
    html = old.read_text(encoding="utf-8")
    refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html)
    assert refresh, html
    target = urljoin("https://x/archive/persons/jane-officer/", refresh.group(1))
    assert urlsplit(target).path == "/archive/persons/jane-official/"
    assert (fixture_site / "archive" / "persons" / "jane-official" / "index.html").is_file()
    assert "location.hash" in html or "window.location.hash" in html  # keeps a claim's anchor


def test_sitemap_lists_every_record_page(fixture_site: Path) -> None:
    tree = ET.parse(fixture_site / "sitemap.xml")
    locs = {e.text for e in tree.iter() if e.tag.endswith("loc")}
    for kind, record_id in RECORD_IDS:
        assert f"{SITE_URL}archive/{kind}/{record_id}/" in locs
    assert f"{SITE_URL}archive/contested/" in locs


@pytest.mark.parametrize(("kind", "record_id"), RECORD_IDS)
def test_link_preview_tags_carry_the_title_once_escaped(fixture_site: Path, kind: str,
                                                       record_id: str) -> None:
    found = page(fixture_site, f"archive/{kind}/{record_id}")
    url = f"{SITE_URL}archive/{kind}/{record_id}/"
    # The parser unescapes attributes once: an equal value proves single escaping.
    assert found.meta["og:url"] == url
    assert found.meta["og:type"] == "article"
    assert found.meta["og:site_name"] == found.meta["og:site_name"].strip() != ""
    assert found.meta["twitter:card"] == "summary_large_image"
    if kind != "statements":
        assert found.meta["og:title"] == found.meta["twitter:title"] == record_name(kind, record_id)
    assert found.meta["og:description"] == found.meta["description"] != ""


def test_hostile_names_stay_text_in_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The loader refuses markup in names; switch that off to prove the page head is safe anyway.
    monkeypatch.setattr(fields, "_check_markup", lambda value: None)
    data = tmp_path / "data"
    import shutil
    shutil.copytree(FIXTURE_DATA, data)
    name = "</title><script>alert(1)</script> \"Quote\" & 'Co' <b>"
    (data / "places" / "hostile-place.yml").write_text(
        f"name: {json.dumps(name)}\nkind: prison\nsummary: {json.dumps(name)}\n"
        "citations:\n  - source_id: hrw-2022-qa\n", encoding="utf-8")
    site = build_site(make_project(tmp_path / "project", data))
    html = (site / "archive" / "places" / "hostile-place" / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    assert "<script>alert" not in html and "<b>" not in head
    found = Page(html)
    assert found.meta["og:title"] == found.meta["twitter:title"] == name
    assert found.meta["og:description"] == name
    assert found.title.startswith(name)


def test_home_is_a_website_with_site_description(fixture_site: Path) -> None:
    found = Page((fixture_site / "index.html").read_text(encoding="utf-8"))
    assert found.meta["og:type"] == "website"
    assert found.meta["og:url"] == SITE_URL
    assert found.meta["og:description"].startswith("A cited archive")


def test_claim_links_point_to_an_anchor_on_the_page(fixture_site: Path) -> None:
    for html_file in (fixture_site / "archive").rglob("index.html"):
        found = Page(html_file.read_text(encoding="utf-8"))
        if "refresh" in html_file.read_text(encoding="utf-8")[:400]:
            continue  # a redirect page
        duplicates = {i for i in found.ids if found.ids.count(i) > 1}
        assert not duplicates, f"{html_file}: ids used twice: {duplicates}"
        missing = {h for h in found.hrefs if h.startswith("#") and h[1:] and h[1:] not in found.ids}
        assert not missing, f"{html_file}: links to missing anchors {missing}"


def test_claim_permalinks_from_the_csv_resolve(fixture_site: Path) -> None:
    with (fixture_site / "archive" / "data" / "claims.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        path, _, anchor = row["claim_url"].removeprefix(SITE_URL).partition("#")
        assert anchor in page(fixture_site, path.rstrip("/")).ids, row["claim_url"]


def test_cite_this_page_names_title_archive_url_and_version(fixture_site: Path) -> None:
    found = page(fixture_site, "archive/persons/jane-official")
    text = " ".join(" ".join(found.text).split())
    assert "Cite this page" in text
    assert f"“Jane Official”. Iran Case Archive. {SITE_URL}archive/persons/jane-official/ " \
           "(data version " in text
    assert "accessed [date]" in text
    assert f"{SITE_URL}archive/persons/jane-official/#born" in text  # a claim's own citation


def test_aliases_and_original_script_are_in_the_page_text(fixture_site: Path) -> None:
    text = " ".join(page(fixture_site, "archive/persons/jane-official").text)
    assert "J. Official" in text and "جین" in text
    quote = " ".join(page(fixture_site, "archive/statements/jane-1988").text)
    assert "Hello" in quote and "سلام" in quote


def test_404_page_offers_search_and_indexes_that_exist(fixture_site: Path) -> None:
    found = Page((fixture_site / "404.html").read_text(encoding="utf-8"))
    assert found.title.startswith("Page not found")
    assert "search" in " ".join(found.text).lower()
    # Relative to the page's <base>, the site's root, so that it works under any path.
    local = [h for h in found.hrefs if not h.startswith(("/", "#", "http:", "https:"))]
    assert "archive/persons/" in local and "archive/contested/" in local
    for href in local:
        target = fixture_site / href
        assert (target / "index.html").is_file() or target.is_file(), href


def test_record_pages_link_their_downloads(fixture_site: Path) -> None:
    found = page(fixture_site, "archive/events/decree")
    assert "../../data/events/decree.json" in found.hrefs
    home = Page((fixture_site / "index.html").read_text(encoding="utf-8"))
    assert "archive/data/" in home.hrefs and "archive/overview/" in home.hrefs
    data_page = page(fixture_site, "archive/data")
    for name in ("archive.json", "claims.csv", "sources.csv"):
        assert name in data_page.hrefs
        assert (fixture_site / "archive" / "data" / name).stat().st_size > 0


def test_claim_citations_stay_out_of_headings_and_the_table_of_contents(fixture_site: Path) -> None:
    for html_file in (fixture_site / "archive").rglob("index.html"):
        html = html_file.read_text(encoding="utf-8")
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", html, flags=re.S):
            assert "ca-claim-cite" not in heading, (html_file, heading)
        toc = html.partition('class="md-nav md-nav--secondary"')[2].partition("</nav>")[0]
        assert "Cite this claim" not in toc, html_file


def test_links_to_claims_on_other_pages_resolve(fixture_site: Path) -> None:
    checked = 0
    for html_file in (fixture_site / "archive").rglob("index.html"):
        for href in Page(html_file.read_text(encoding="utf-8")).hrefs:
            path, _, anchor = href.partition("#")
            if not path or not anchor or "://" in path or path.startswith("/"):
                continue
            target = (html_file.parent / path / "index.html").resolve()
            assert anchor in Page(target.read_text(encoding="utf-8")).ids, (html_file, href)
            checked += 1
    assert checked > 10  # the contested page alone links each figure and date to its claim
