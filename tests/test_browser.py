"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright, against the
shared fixture site (conftest.py's `fixture_site`) served on 127.0.0.1.

Every page renders without console errors, no request leaves 127.0.0.1, axe-core (bundled by
axe-playwright-python, never fetched from a CDN) finds no serious or critical violation, a former
id redirects, and search finds a person by name and by alias. These tests skip on a machine
without Chromium or Playwright, and fail instead when CI=true.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

PAGES = {
    "home": "",
    "person": "archive/persons/jane-official/",
    "event": "archive/events/decree/",
    "source": "archive/sources/hrw-2022-qa/",
    "contested facts": "archive/contested/",
    "contested facts of a case": "archive/contested/iran-1988-prison-massacres/",
    "person in Persian": "fa/archive/persons/jane-official/",  # right to left, with English marked
}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the browser tests (.ci/run installs Chromium)")
    pytest.skip(reason, allow_module_level=True)


try:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover
    _unavailable("playwright or axe-playwright-python is not installed")


@dataclass
class SiteSearch:
    """How the tests use the site's search: the header button opens the archive's own dialog
    (overrides/partials/search.html), which queries the Pagefind index built by `casearchive build`."""

    open_selector: str = "button.ca-search-open"
    input_selector: str = "input.ca-search__input"
    result_selector: str = ".ca-search__results li a"
    known_axe_gaps: dict[str, str] = field(default_factory=dict)

    def results(self, page: Page, query: str) -> list[str]:
        """The paths of the pages the search lists for `query`, best first."""
        page.click(self.open_selector)
        page.click(self.input_selector)
        page.keyboard.type(query)  # as a reader types: the theme searches on key events
        page.wait_for_selector(self.result_selector)
        return [urlsplit(link.get_attribute("href") or "").path
                for link in page.query_selector_all(self.result_selector)]


SEARCH = SiteSearch()


class Server:
    """The built site over HTTP on 127.0.0.1, on a free port, in a background thread."""

    def __init__(self, site: Path) -> None:
        class Quiet(SimpleHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(Quiet, directory=str(site)))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def server(fixture_site: Path) -> Iterator[Server]:
    running = Server(fixture_site)
    yield running
    running.close()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True,
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@dataclass
class Watched:
    """A browser tab and everything it asked for or complained about."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def tab(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context()
    watched = Watched(context.new_page())
    watched.page.on("request", lambda request: watched.requests.append(request.url))
    watched.page.on("console", lambda message: watched.errors.append(message.text)
                    if message.type == "error" else None)
    watched.page.on("pageerror", lambda error: watched.errors.append(str(error)))
    yield watched
    context.close()


def foreign(requests: list[str]) -> list[str]:
    """Requests to anywhere but 127.0.0.1 (data: and blob: URLs never leave the browser)."""
    return [url for url in requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"]


def serious(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page, minus the search box's known gap."""
    found = []
    for violation in Axe().run(page).response["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
        gap = SEARCH.known_axe_gaps.get(violation["id"])
        if violation["impact"] in ("serious", "critical") and targets != [gap]:
            found.append(f"{violation['id']} ({violation['impact']}): {targets}: "
                         f"{violation['nodes'][0].get('failureSummary', '')}")
    return found


@pytest.mark.parametrize("name", PAGES)
def test_page_renders_without_errors_or_foreign_requests(name: str, server: Server,
                                                         tab: Watched) -> None:
    response = tab.page.goto(server.base + PAGES[name])
    assert response is not None and response.status == 200
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.locator("article h1").count() == 1
    assert tab.errors == []
    assert tab.requests and foreign(tab.requests) == []


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violation(name: str, server: Server,
                                                     tab: Watched) -> None:
    tab.page.goto(server.base + PAGES[name])
    tab.page.wait_for_load_state("networkidle")
    assert serious(tab.page) == []


def test_the_accessibility_check_reports_a_violation(server: Server, tab: Watched) -> None:
    """The oracle is not vacuous: an unlabelled, low-contrast link is reported."""
    tab.page.goto(server.base + PAGES["person"])
    tab.page.evaluate("""() => { const a = document.createElement('a'); a.href = '#';
        a.style.color = '#eee'; a.textContent = 'faint'; document.querySelector('article').append(a);
        const i = document.createElement('img'); i.src = '#';
        document.querySelector('article').append(i); }""")
    assert any(line.startswith(("color-contrast", "image-alt")) for line in serious(tab.page))


def test_a_former_id_redirects_to_the_current_page(server: Server, tab: Watched) -> None:
    tab.page.goto(server.base + "archive/persons/jane-officer/")
    tab.page.wait_for_url(server.base + PAGES["person"])
    assert tab.page.locator("article h1").inner_text().startswith("Jane Official")
    assert tab.errors == [] and foreign(tab.requests) == []


@pytest.mark.parametrize("query", ["Mirfakhr", "Kahnouji Zadeh"], ids=["name", "alias"])
def test_search_finds_the_person_by_name_and_by_alias(query: str, server: Server,
                                                      tab: Watched) -> None:
    tab.page.goto(server.base)
    tab.page.wait_for_load_state("networkidle")
    results = SEARCH.results(tab.page, query)
    assert results and results[0] == "/archive/persons/reza-mirfakhr/"
    assert tab.errors == [] and foreign(tab.requests) == []


def test_search_does_not_find_what_is_not_there(server: Server, tab: Watched) -> None:
    tab.page.goto(server.base)
    tab.page.wait_for_load_state("networkidle")
    assert "/archive/persons/reza-mirfakhr/" not in SEARCH.results(tab.page, "Jane Official")


# An index that holds markup in an excerpt (Pagefind escapes text, but the dialog must not rely
# on it): a fake pagefind.js answers every query with one result whose excerpt loads an image.
HOSTILE_PAGEFIND = """
export function options() { return Promise.resolve(); }
export function init() {}
export function search() {
  return Promise.resolve({results: [{id: "1", data: function () {
    return Promise.resolve({url: "/archive/persons/jane-official/", meta: {title: "Jane"},
      excerpt: 'a <mark>b</mark> <img src="/hostile.png" onerror="window.caHit = 1">' +
               '<b onmouseover="window.caHit = 2">c</b><script>window.caHit = 3</script>'});
  }}]});
}
"""


def test_a_search_excerpt_can_neither_load_nor_run_anything(server: Server, tab: Watched) -> None:
    tab.page.route("**/pagefind/pagefind.js", lambda route: route.fulfill(
        status=200, content_type="text/javascript", body=HOSTILE_PAGEFIND))
    tab.page.goto(server.base)
    tab.page.wait_for_load_state("networkidle")
    SEARCH.results(tab.page, "anything")
    tab.page.wait_for_timeout(300)
    excerpt = tab.page.locator(".ca-search__excerpt")
    assert excerpt.evaluate("e => e.innerHTML") == "a <mark>b</mark> cwindow.caHit = 3"
    assert tab.page.evaluate("window.caHit") is None
    assert not any(url.endswith("/hostile.png") for url in tab.requests)
