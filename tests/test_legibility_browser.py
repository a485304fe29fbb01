"""Text size on a phone (issue 20): in Chromium at 390 px, no visible text of the article on the
home page, the contested facts (overview and a case's page, with its chart) and the method page is
under 12 px in either edition. Text inside a chart counts at the size the phone draws it (its
font size times the SVG's scale), which is what a reader sees."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from helpers import needs_chromium

playwright_api = pytest.importorskip("playwright.sync_api")

PAGES = ["", "archive/contested/", "archive/contested/iran-1988-prison-massacres/", "about/method/"]

SMALL_TEXT = """() => {
  const small = [];
  for (const e of document.querySelectorAll('article *')) {
    if (e instanceof SVGElement && !(e instanceof SVGGraphicsElement)) continue;  // title, desc
    if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!e.getClientRects().length || e.closest('[aria-hidden="true"], [hidden]')) continue;
    let size = parseFloat(getComputedStyle(e).fontSize);
    if (e instanceof SVGGraphicsElement) size *= e.getScreenCTM().a;
    if (size < 12) small.push(`${e.tagName} ${size.toFixed(1)}px: ${e.textContent.trim().slice(0, 40)}`);
  }
  return small;
}"""
CHART_TEXT = """() => [...document.querySelectorAll('svg.ca-chart-svg text')]
  .map(e => parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a)"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(fixture_site: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(fixture_site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@needs_chromium
@pytest.mark.parametrize("edition", ["", "fa/"], ids=["English", "Persian"])
def test_no_text_under_12_px_on_a_phone(site_url: str, chromium: str, edition: str) -> None:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 844})
        charts: list[float] = []
        for path in PAGES:
            page.goto(site_url + edition + path)
            assert page.evaluate(SMALL_TEXT) == [], edition + path
            charts += page.evaluate(CHART_TEXT)
        browser.close()
    assert charts and min(charts) >= 12, charts  # the case's page has a chart, drawn legibly


@needs_chromium
def test_a_chart_is_not_blown_up_on_a_wide_screen(site_url: str, chromium: str) -> None:
    # archive.css caps a chart at 24rem: the theme's `.md-typeset svg` rule once overrode it, and
    # at 1280 px the chart filled the column with 24 px text.
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(site_url + "archive/contested/iran-1988-prison-massacres/")
        widths = page.evaluate("() => [...document.querySelectorAll('svg.ca-chart-svg')]"
                               ".map(s => s.getBoundingClientRect().width)")
        sizes = page.evaluate(CHART_TEXT)
        browser.close()
    assert widths and max(widths) <= 480, widths
    assert sizes and max(sizes) <= 17, sizes
