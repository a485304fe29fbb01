"""What `make lighthouse` asked of the pages, held on the fixture site: scripts that never hold the
first paint, source markers in a table cell large enough to tap, long tables and charts laid out
only near the screen. The browser tests skip without Chromium and Playwright, and fail when CI=true."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casearchive.bench import statichost

# The contested facts of one case: the page with the tables and charts (the overview has none).
CONTESTED = "archive/contested/iran-1988-prison-massacres/"


def test_every_script_file_is_deferred_in_the_themes_order(fixture_site: Path) -> None:
    for page in ("index.html", f"{CONTESTED}index.html", "fa/archive/persons/jane-official/index.html"):
        html = (fixture_site / page).read_text(encoding="utf-8")
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert scripts and all(" defer " in tag for tag in scripts), (page, scripts)
        assert "bundle." in scripts[0] and "search.js" in scripts[-1]


@pytest.fixture(scope="module")
def phone(chromium: str) -> Iterator[Any]:
    """A page of headless Chromium the size of a phone's screen."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed; CI must run the browser tests")
        pytest.skip("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        browser.close()


def test_markers_in_a_table_cell_are_targets_of_24_px_and_long_parts_render_near_the_screen(
        fixture_site: Path, phone: Any) -> None:
    page = phone
    with statichost.serve(fixture_site) as base:
        for path in (CONTESTED, "fa/" + CONTESTED):
            page.goto(f"{base}/{path}")
            sizes = page.eval_on_selector_all(
                "td > a.ca-ref", "els => els.map(e => { e.scrollIntoView();"
                " const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
            assert sizes and min(min(size) for size in sizes) >= 24, (path, sizes)
            visibility = page.eval_on_selector_all(
                "article table, article figure.ca-chart", "els => els.map(e => getComputedStyle(e).contentVisibility)")
            assert visibility and set(visibility) == {"auto"}, (path, visibility)
            assert page.evaluate("typeof document$ !== 'undefined'")  # the deferred theme started
