"""The Persian edition in Chromium, on the shared fixture site (conftest.py's `fixture_site`, with
helpers.SEARCH_PERSON). Search: the dialog's every word is the Persian of the labels table, counts
are in Persian digits with the noun singular, the usual spellings of «هیئت مرگ» and «کمیسیون مرگ»
find the commission, and a Persian name written with a zero-width non-joiner, a space or nothing
puts its person's page first. The header: on a phone the site's Persian name is not cut off."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from casearchive.i18n.labels import LABELS
from test_browser import Server

playwright_api = pytest.importorskip("playwright.sync_api")

COMMISSION = "/fa/archive/organisations/karaj-commission/"
PERSON = "/fa/archive/persons/reza-mirfakhr/"
# The results for each query, best first, as the dialog ranks them (window.caSearch).
_RESULTS = """async (query) => {
  const results = await caSearch.results(query);
  return Promise.all(results.map((r) => r.data().then((d) => new URL(d.url, location.href).pathname)));
}"""


@pytest.fixture(scope="module")
def site(fixture_site: Path) -> Iterator[Server]:
    running = Server(fixture_site)
    yield running
    running.close()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, site: Server) -> Iterator[object]:
    tab = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    tab.close()
    assert errors == []


def _open(page: object, site: Server, edition: str) -> None:
    page.goto(site.base + edition, wait_until="networkidle")  # type: ignore[attr-defined]
    page.click("button.ca-search-open")  # type: ignore[attr-defined]


def _status_after(page: object, query: str) -> str:
    """The dialog's status line once the search for `query` has answered."""
    page.fill("input.ca-search__input", "")  # type: ignore[attr-defined]
    page.keyboard.type(query)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        """(q) => { const s = document.querySelector('[data-ca-search-status]');
                    return s.querySelector('bdi') && s.querySelector('bdi').textContent === q; }""",
        arg=query)
    return str(page.inner_text("[data-ca-search-status]"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("edition", ["en", "fa"])
def test_every_word_of_the_dialog_is_the_editions(page: object, site: Server, edition: str) -> None:
    _open(page, site, "fa/" if edition == "fa" else "")
    words = page.evaluate("""() => {
      const d = document.getElementById('ca-search'), b = document.querySelector('.ca-search-open');
      return {open: b.querySelector('.ca-search-open__label').textContent.trim(), title: b.title,
              dialog: d.getAttribute('aria-label'),
              heading: d.querySelector('.ca-search__title').textContent.trim(),
              close: d.querySelector('.ca-search__close').getAttribute('aria-label'),
              input: d.querySelector('input').getAttribute('aria-label'),
              placeholder: d.querySelector('input').placeholder,
              more: d.querySelector('.ca-search__more').textContent.trim()};
    }""")  # type: ignore[attr-defined]
    expected = {"open": "search.open", "title": "search.open_title", "dialog": "search.title",
                "heading": "search.title", "close": "search.close", "input": "search.input",
                "placeholder": "search.placeholder", "more": "search.more"}
    assert words == {name: LABELS[key][edition] for name, key in expected.items()}
    if edition == "fa":
        assert all(re.search("[\u0600-\u06ff]", text) for text in words.values())
        assert not any(re.search("[A-Za-z]", text) for text in words.values())


def test_the_persian_count_has_persian_digits_and_a_singular_noun(page: object, site: Server) -> None:
    _open(page, site, "fa/")
    # «نتیجه» after any number; the query, isolated, inside Persian quotation marks.
    status = _status_after(page, "Mirfakhr")
    assert re.fullmatch("[۱-۹][۰-۹]* نتیجه برای «Mirfakhr»", status), status
    assert not re.search("[0-9]|results?|for", status)
    assert page.eval_on_selector("[data-ca-search-status] bdi", "b => b.textContent") == "Mirfakhr"  # type: ignore[attr-defined]
    # Several results: still the singular noun, and the count in Persian digits.
    many = _status_after(page, "پرونده")
    count = re.fullmatch("([۰-۹٬]+) نتیجه برای «پرونده»", many)
    assert count and int(count.group(1).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))) > 1, many
    none = _status_after(page, "zzzqqq")
    assert none == "نتیجه‌ای برای «zzzqqq» پیدا نشد"
    # Searching…, while the reader types, in Persian too.
    page.fill("input.ca-search__input", "")  # type: ignore[attr-defined]
    page.keyboard.type("ر")  # type: ignore[attr-defined]
    assert page.inner_text("[data-ca-search-status]") == LABELS["search.searching"]["fa"]  # type: ignore[attr-defined]


def test_the_english_count_reads_in_english(page: object, site: Server) -> None:
    _open(page, site, "")
    for query in ("Mirfakhr", "Kahnouji", "official"):
        status, count = _status_after(page, query), len(page.evaluate(_RESULTS, query))  # type: ignore[attr-defined]
        assert status == (f"1 result for “{query}”" if count == 1 else f"{count} results for “{query}”")
    assert _status_after(page, "zzzqqq") == "No results for “zzzqqq”"


def test_the_dialogs_words_come_from_the_labels_table(fixture_site: Path) -> None:
    """search.js writes no word of its own: its sentences are the table's, in the page."""
    html = (fixture_site / "fa" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'data-ca-words="([^"]*)"', html)
    assert found
    words = json.loads(found.group(1).replace("&#34;", '"').replace("&quot;", '"').replace("&amp;", "&"))
    assert words["many"] == LABELS["search.many"]["fa"] and words["signs"]["7"] == "۷"
    script = (Path(__file__).parents[1] / "docs" / "javascripts" / "search.js").read_text(encoding="utf-8")
    assert not re.search(r"\"(No results|Searching|results? for)", script)
    # The offline copy's search box reads the same attribute: no Persian word of its own.
    offline = (Path(__file__).parents[1] / "docs" / "javascripts" / "offline-search.js").read_text(encoding="utf-8")
    assert "data-ca-words" in offline and not re.search("[\u0600-\u06ff]", offline)
    assert words["offline_many"] == LABELS["search.offline_many"]["fa"] and words["kinds"]["person"] == "فرد"


# Pagefind leaves out a query's word that no page holds, so each spelling alone as well: هیات
# finds the commission only because its page holds that spelling (folding.spellings).
@pytest.mark.parametrize("query", ["هیئت مرگ", "هیات مرگ", "هیأت مرگ", "هيأت مرگ", "هيئت مرگ",
                                   "هيات مرگ", "کمیسیون مرگ", "كميسيون مرگ",
                                   "هیئت", "هیات", "هیأت", "هيأت", "هیئت‌", "كميسيون"])
def test_the_spellings_of_the_death_commission_find_it(page: object, site: Server, query: str) -> None:
    page.goto(site.base + "fa/", wait_until="networkidle")  # type: ignore[attr-defined]
    found = page.evaluate(_RESULTS, query)  # type: ignore[attr-defined]
    assert found and found[0] == COMMISSION, found


@pytest.mark.parametrize("query", ["کهنوجی\u200cزاده", "کهنوجیزاده", "کهنوجی زاده", "كهنوجي زاده"])
def test_a_persian_name_with_or_without_its_non_joiner_finds_the_person_first(
        page: object, site: Server, query: str) -> None:
    page.goto(site.base + "fa/", wait_until="networkidle")  # type: ignore[attr-defined]
    found = page.evaluate(_RESULTS, query)  # type: ignore[attr-defined]
    assert found and found[0] == PERSON, found


def test_a_spelling_nothing_holds_finds_nothing(page: object, site: Server) -> None:
    """The oracle is not vacuous: a spelling no page holds finds nothing."""
    page.goto(site.base + "fa/", wait_until="networkidle")  # type: ignore[attr-defined]
    assert page.evaluate(_RESULTS, "هیوت") == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [390, 414])
@pytest.mark.parametrize("path", ["fa/", "fa/archive/persons/jane-official/", "", "archive/persons/jane-official/"])
def test_the_site_name_in_the_header_is_not_cut_off_on_a_phone(browser: object, site: Server,
                                                               path: str, width: int) -> None:
    tab = browser.new_page(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
    tab.goto(site.base + path, wait_until="networkidle")
    name = tab.eval_on_selector(".md-header__topic .md-ellipsis", """e => ({text: e.textContent.trim(),
        cut: e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight, shown: e.clientWidth})""")
    tab.close()
    assert name["text"] in ("Iran Case Archive", "بایگانی پرونده‌های ایران")
    assert name["shown"] > 100 and not name["cut"], name
