"""In a real browser: a former id's address lands on the current page, on the claim linked,
and following a claim's ¶ link shows its citation. Skips without Chromium, except in CI."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(fixture_site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(fixture_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


def test_former_id_redirects_in_a_browser_keeping_the_claim(server: str, browser: object) -> None:
    anchor = "born"
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/archive/persons/jane-officer/#{anchor}")
    page.wait_for_url(f"{server}/archive/persons/jane-official/#{anchor}")
    assert page.locator("h1").inner_text().startswith("Jane Official")
    citation = page.locator(f"#{anchor} + .ca-claim-cite")
    assert citation.is_visible()
    assert "/archive/persons/jane-official/#born" in citation.inner_text()
    other = page.locator(".ca-claim-cite").nth(1)
    assert not other.is_visible()  # only the claim followed shows its citation
    page.close()
