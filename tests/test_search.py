"""Search: Pagefind indexes the built site (record and hand-written pages, their articles only) and
a reader's query for a name or an alias finds the person's page, in Chromium."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from casearchive.bench import browser, synth
from casearchive.bench.project import make_project as make_synthetic_project
from casearchive.i18n.folding import fold, joined
from casearchive.search import pages as search
from helpers import REPO, build_site, chromium, make_project, needs_chromium

# The fixture archive is conftest.py's shared `fixture_site`.


# Persian writers put a space, a ZWNJ or nothing between the parts of a name: one record spells
# its name solid, the other with a space, and each is searched the other way.
PERSIAN_NAMES = {
    "hossein-ali-montazeri": "name: Hossein-Ali Montazeri\nname_original: حسینعلی منتظری\n",
    "reza-pour-najjar": "name: Reza Pour Najjar\nname_original: رضا پور نجار\n",
}


@pytest.fixture(scope="module")
def persian_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    extra = {f"persons/{record_id}.yml": text + "citations:\n  - source_id: hrw-2022-qa\n"
             for record_id, text in PERSIAN_NAMES.items()}
    return build_site(make_project(tmp_path_factory.mktemp("persian") / "project", extra=extra))


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_synthetic_project(REPO, tmp_path_factory.mktemp("synthetic"), 50, seed=1988)
    return build_site(project.root)


@pytest.mark.parametrize(("page", "indexed"), [
    ("index.md", True), ("about/method.md", True), ("archive/persons/jane-official.md", True),
    ("archive/sources/hrw-2022-qa.md", True), ("archive/persons/index.md", False),
    ("archive/timeline/index.md", False), ("archive/contested/index.md", False),
])
def test_only_hand_written_and_record_pages_are_searchable(page: str, indexed: bool) -> None:
    assert search.searchable(page) is indexed


def test_only_the_article_is_marked_for_indexing() -> None:
    html = '<header>x</header><article class="md-content__inner md-typeset">y</article>'
    assert search.mark_body(html) == \
        '<header>x</header><article class="md-content__inner md-typeset" data-pagefind-body>y</article>'
    assert search.mark_body("<article>other</article>") == "<article>other</article>"


def test_built_site_has_a_pagefind_index_and_no_lunr_index(fixture_site: Path) -> None:
    entry = json.loads((fixture_site / "pagefind" / "pagefind-entry.json").read_text())
    # one page per record and the hand-written pages; listing pages are left out
    records = len(list((fixture_site.parent / "data").glob("*/*.yml")))
    written = len([p for p in (REPO / "docs").rglob("*.md")
                   if not p.name.endswith(".fa.md") and "archive" not in p.relative_to(REPO / "docs").parts])
    assert entry["languages"]["en"]["page_count"] == records + written
    assert entry["languages"]["fa"]["page_count"] >= records  # the Persian edition, apart
    assert (fixture_site / "pagefind" / "pagefind.js").is_file()
    assert not list((fixture_site / "pagefind").glob("pagefind-*ui.js"))  # unused, and not shipped
    assert not (fixture_site / "search" / "search_index.json").exists()


def test_record_pages_mark_their_article_and_listings_do_not(fixture_site: Path) -> None:
    person = (fixture_site / "archive/persons/jane-official/index.html").read_text()
    listing = (fixture_site / "archive/persons/index.html").read_text()
    assert person.count("data-pagefind-body") == 1
    assert "data-pagefind-body" not in listing
    assert 'data-pagefind-weight="7">J. Official</span>' in person


def test_search_box_is_in_the_header_and_loads_nothing_remote(fixture_site: Path) -> None:
    page = (fixture_site / "archive/persons/jane-official/index.html").read_text()
    header = page[page.index("<header"):page.index("</header>")]
    assert 'class="md-header__button md-icon ca-search-open"' in header
    assert 'data-ca-search="../../../pagefind/"' in header
    assert '<dialog id="ca-search"' in header
    script = (fixture_site / "javascripts" / "search.js").read_text()
    assert 'import(bundle + "pagefind.js")' in script and "http" not in script


@needs_chromium
@pytest.mark.parametrize("query", ["Jane Official", "J. Official", "جین"])
def test_a_query_for_a_name_or_alias_finds_the_person(fixture_site: Path, query: str) -> None:
    found = browser.search(fixture_site, query)
    assert found.links[0] == "/archive/persons/jane-official/"


@needs_chromium
@pytest.mark.parametrize(("query", "record_id"), [
    ("حسین علی منتظری", "hossein-ali-montazeri"),  # solid in the record, spaced in the query
    ("حسين‌علي منتظري", "hossein-ali-montazeri"),  # with a ZWNJ and Arabic yeh
    ("پورنجار", "reza-pour-najjar"),  # spaced in the record, solid in the query
    ("رضا پورنجار", "reza-pour-najjar"),
    ("پور نجار", "reza-pour-najjar"),
])
def test_a_persian_name_is_found_with_or_without_spaces_between_its_parts(
        persian_site: Path, query: str, record_id: str) -> None:
    found = browser.search(persian_site, query, start="/fa/")
    assert found.links[0] == f"/fa/archive/persons/{record_id}/"
    assert len(found.links) == len(set(found.links))  # the two forms' results merged, no page twice


_PAGEFIND = """async (queries) => {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({ baseUrl: "/" });
  const found = [];
  for (const query of queries) {
    const answer = await pagefind.search(query);
    found.push(await Promise.all(answer.results.map((r) => r.data().then((d) => d.url))));
  }
  return found;
}"""


@needs_chromium
def test_the_spaceless_form_finds_what_the_folded_query_alone_would_not(persian_site: Path) -> None:
    from playwright.sync_api import sync_playwright

    query = "حسین علی منتظری"
    with browser.serve(persian_site) as (base, _counter), sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=browser.chromium(),
                                              args=["--no-sandbox", "--headless"])
        try:
            page = chromium.new_page()
            page.goto(base + "/fa/", wait_until="networkidle")
            forms = page.evaluate("(q) => [caFold.fold(q), caFold.joined(q)]", query)
            folded, spaceless = page.evaluate(_PAGEFIND, forms)
        finally:
            chromium.close()
    assert forms == [fold(query), joined(query)] == ["حسین علی منتظری", "حسینعلیمنتظری"]
    assert "/fa/archive/persons/hossein-ali-montazeri/" not in folded
    assert spaceless[0] == "/fa/archive/persons/hossein-ali-montazeri/"


@needs_chromium
def test_a_query_for_words_of_a_summary_finds_the_event(fixture_site: Path) -> None:
    found = browser.search(fixture_site, "decree ordered the executions")
    assert "/archive/events/decree/" in found.links


# Queries typed into the dialog of each edition, and what no excerpt may show: the hidden name
# tokens (namekey...) and the run-together folded names of the hidden search words. The first
# query of each edition finds its page through the hidden words only (no page shows the name
# spelt solid); the others match the pages' own words too, some near the hidden ones (a short
# page's last words before its name tokens).
EXCERPT_QUERIES = [("/", "KahnoujiZadeh", "persons/reza-mirfakhr"),
                   ("/", "Kahnouji Zadeh", "persons/reza-mirfakhr"),
                   ("/", "John Witness", "persons/john-witness"),
                   ("/", "Karaj commission", "organisations/karaj-commission"),
                   ("/fa/", "KahnoujiZadeh", "persons/reza-mirfakhr"),
                   ("/fa/", "کهنوجیزاده", "persons/reza-mirfakhr"),
                   ("/fa/", "Yahya Shahed", "persons/john-witness"),
                   ("/fa/", "رضا میرفخر", "persons/reza-mirfakhr"),
                   ("/fa/", "Jane Official", "persons/jane-official")]
HIDDEN_WORDS = ("namekey", "kahnoujizadeh", "کهنوجیزاده", "rezamirfakhr", "رضامیرفخر", "yahyashahed",
                "johnwitness", "janeofficial", "jofficial", "karajcommission", "کمیسیونکرج")


def _shown_excerpts(site: Path, queries: list[tuple[str, str]]) -> dict[tuple[str, str], list[list[str]]]:
    """For each (start page, query): each result's address, excerpt text and marked words, as the
    search dialog shows them."""
    from playwright.sync_api import sync_playwright

    shown = {}
    with browser.serve(site) as (base, _counter), sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--headless"])
        try:
            for start, query in queries:
                page = launched.new_page()
                page.goto(base + start, wait_until="networkidle")
                page.click(".ca-search-open")
                page.fill("[data-ca-search-input]", query)
                page.wait_for_function("(q) => document.querySelector('[data-ca-search-status] bdi')"
                                       "?.textContent === q", arg=query, timeout=60_000)
                shown[start, query] = page.eval_on_selector_all(".ca-search__result", """items => items.map(
                    (item) => [item.querySelector("a").getAttribute("href"),
                               item.querySelector(".ca-search__excerpt")?.textContent ?? null,
                               [...item.querySelectorAll(".ca-search__excerpt mark")].map((m) => m.textContent)])""")
                page.close()
        finally:
            launched.close()
    return shown


@needs_chromium
def test_no_excerpt_shows_the_hidden_search_words(fixture_site: Path) -> None:
    """A page found through its hidden name token, or whose hidden words lie near the query's,
    shows its own words in the dialog's excerpt, in both editions; no empty <mark>."""
    shown = _shown_excerpts(fixture_site, [(start, query) for start, query, _ in EXCERPT_QUERIES])
    for start, query, record in EXCERPT_QUERIES:
        results = shown[start, query]
        assert results and results[0][0] == f"{start}archive/{record}/", (start, query)
        for url, text, marks in results:
            assert text is None or text.strip(), (start, query, url)  # no empty excerpt line
            for word in HIDDEN_WORDS:
                assert word not in (text or "").lower(), (start, query, url, text)
            assert all(mark.strip() for mark in marks), (start, query, url, marks)
    # Found through its name token only, the page shows the beginning of its own text.
    for start in ("/", "/fa/"):
        assert "A person added for the search tests" in shown[start, "KahnoujiZadeh"][0][1]


def test_the_cite_this_page_section_is_left_out_of_the_index(fixture_site: Path) -> None:
    for edition in ("", "fa/"):
        page = (fixture_site / edition / "archive/persons/jane-official/index.html").read_text()
        section = page[page.index('id="cite-this-page"'):page.index("</article>")]
        # A build without SITE_URL says so in a third paragraph, left out of the index too.
        unhosted = section.count('<p class="ca-no-address ca-noindex">')
        assert section.count("<p") == 2 + unhosted and "{:" not in section, edition
        assert section.count('<p class="ca-citation ca-noindex">') == 1
        assert section.count('<p class="ca-noindex">') == 1, edition
        assert "#cite-this-page" in search.IGNORED and ".ca-noindex" in search.IGNORED


@needs_chromium
def test_a_search_for_the_words_of_cite_this_page_lists_no_record(fixture_site: Path) -> None:
    """The same words are on every record page: listing them all would bury real results."""
    page = (fixture_site / "archive/persons/jane-official/index.html").read_text()
    assert "ready to copy" in page
    found = browser.search(fixture_site, "ready to copy")
    assert [link for link in found.links if link.startswith("/archive/")] == []


@needs_chromium
def test_a_transliteration_finds_the_person_in_a_synthetic_archive(synthetic_site: Path) -> None:
    person_id, name, alias = synth.search_target(50, seed=1988)
    assert "-" in alias  # e.g. "Zahra Haj-Kazemi" for "Zahra Hajkazemi"
    for query in (name, alias, alias.replace("-", " ")):
        assert browser.search(synthetic_site, query).links[0] == f"/archive/persons/{person_id}/", query


def _requests_of_one_search(site: Path, query: str) -> list[str]:
    """What the site's search downloads for `query` entered at once. (Typed a key at a time, a
    busy machine may pause long enough between keys for the search of a prefix to run too, and
    fetch its excerpts as well.)"""
    from playwright.sync_api import sync_playwright

    with browser.serve(site) as (base, counter), sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--headless"])
        try:
            page = launched.new_page()
            page.goto(base + "/", wait_until="networkidle")
            counter.reset()
            page.click(".ca-search-open")
            page.fill("[data-ca-search-input]", query)  # one input event: one search
            page.wait_for_function("(q) => document.querySelector('[data-ca-search-status]')"
                                   ".textContent.includes(` for “${q}”`)", arg=query, timeout=60_000)
            page.wait_for_load_state("networkidle")
        finally:
            launched.close()
        return [path for path, _size in counter.sent]


@needs_chromium
def test_a_search_downloads_only_part_of_the_index(synthetic_site: Path) -> None:
    requests = _requests_of_one_search(synthetic_site, synth.search_target(50, seed=1988)[1])
    excerpts = [path for path in requests if path.endswith(".pf_fragment")]
    english = list((synthetic_site / "pagefind" / "fragment").glob("en_*"))
    assert 0 < len(excerpts) <= 10 < len(english)  # the first page of results, not every page
    assert all("/fa_" not in path for path in excerpts)  # an English page fetches English only
    assert all(path.startswith("/pagefind/") for path in requests)


def _tiny_site(root: Path) -> Path:
    root.mkdir()
    (root / "index.html").write_text('<html lang="en"><body><article class="md-content__inner '
                                     'md-typeset" data-pagefind-body><h1>Tiny</h1></article></body></html>')
    return root


def _wait(check: Callable[[], bool], seconds: float = 60) -> bool:
    """Whether `check` comes true within `seconds` (a generous bound: a busy machine is slow)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_preview_is_indexed_after_a_rebuild_that_changed_pages(tmp_path: Path) -> None:
    site = _tiny_site(tmp_path / "site")
    indexer = search.Background()
    indexer.DELAY_S = 0.1
    indexer.rebuilt(site, changed=False)
    assert indexer.timer is None  # nothing changed, nothing to index
    indexer.rebuilt(site, changed=True)
    assert _wait(lambda: not indexer.stale)
    assert (site / "pagefind" / "pagefind-entry.json").is_file()


def test_a_rebuild_cancels_pending_indexing_and_it_is_scheduled_again(tmp_path: Path) -> None:
    site = _tiny_site(tmp_path / "site")
    indexer = search.Background()
    indexer.DELAY_S = 600  # far longer than this test: the indexing is surely still pending
    indexer.rebuilt(site, changed=True)
    pending = indexer.timer
    assert pending is not None
    indexer.stop()  # the next rebuild starts
    pending.join(60)  # a cancelled timer ends without indexing
    assert not pending.is_alive() and indexer.process is None
    assert indexer.stale and not (site / "pagefind").exists()
    indexer.DELAY_S = 0.1
    indexer.rebuilt(site, changed=False)  # it changed nothing itself, but the index is stale
    assert _wait(lambda: not indexer.stale)
