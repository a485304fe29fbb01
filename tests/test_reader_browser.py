"""The 404 page in Chromium, served under a sub-path the build was never told about (issue 20):
its styles, scripts and links all load from the site, not from the host's root."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from helpers import casearchive, make_project

CHROMIUM = Path("/usr/bin/chromium")
PREFIX = "/deep/sub/"

if not CHROMIUM.is_file():
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing; CI must run the browser tests")
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api")


class Host:
    """http://127.0.0.1:PORT/ serving `www`, answering every unknown address with the 404.html
    of the site at PREFIX (as GitHub Pages does)."""

    def __init__(self) -> None:
        self.www: Path | None = None
        host = self

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(host.www), **kwargs)

            def send_error(self, code: int, message: str | None = None,
                           explain: str | None = None) -> None:
                if code != 404 or host.www is None:
                    super().send_error(code, message, explain)
                    return
                body = (host.www / PREFIX.strip("/") / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def publish(self, root: Path, site_url: str) -> None:
        result = casearchive(root, "build", env={"SITE_URL": site_url})
        assert result.returncode == 0, result.stderr
        self.www = root / "www"
        shutil.copytree(root / "site", self.www / PREFIX.strip("/"))


@pytest.fixture(scope="module")
def host() -> Iterator[Host]:
    running = Host()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.mark.parametrize("told", [True, False], ids=["SITE_URL set", "SITE_URL unset"])
def test_the_404_page_works_under_a_sub_path(host: Host, tmp_path: Path, told: bool) -> None:
    host.publish(make_project(tmp_path / "project"), f"{host.url}{PREFIX}" if told else "")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        for missing in ("archive/persons/nobody/", "fa/archive/events/a/b/c/", "typo"):
            page = browser.new_page()
            failed: list[str] = []
            page.on("requestfinished", lambda r, failed=failed: failed.append(r.url)
                    if r.response() and r.response().status >= 400 and r.resource_type != "document"
                    else None)
            page.goto(f"{host.url}{PREFIX}{missing}")
            page.wait_for_load_state("networkidle")
            assert page.title().startswith("Page not found")
            if told:  # With SITE_URL a <base> in the page itself: not one request goes astray.
                assert failed == [], missing
            elif missing == "typo":
                continue  # no folder of the site in the address: the sub-path cannot be known
            # The theme's styles and scripts apply: the header is coloured, the search button shown.
            colour = page.eval_on_selector("header.md-header",
                                           "e => getComputedStyle(e).backgroundColor")
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), missing
            assert page.is_visible("button.ca-search-open"), missing
            cases = page.eval_on_selector("article a[href*='archive/cases']", "a => a.href")
            assert cases == f"{host.url}{PREFIX}archive/cases/", missing
            page.close()
        browser.close()
