"""No page makes a reader's browser contact a third party (fonts, CDNs, analytics, embeds, the
code host), and every external link keeps the referrer and the opener to itself."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import REPO_URL, SITE_ENV, SITE_URL, chromium
from readersafety import scan_html, scan_site, third_party

FIRST_PARTY = [str(urlsplit(SITE_URL).hostname)]


@pytest.fixture(scope="module")
def site(fixture_site: Path) -> Path:
    """The shared build, made as a deployment makes it: with a site address and a GitHub
    repository link (the link is what makes the theme call GitHub's API)."""
    assert SITE_ENV["REPO_URL"] == REPO_URL and REPO_URL.startswith("https://github.com/")
    return fixture_site


UNSAFE = [
    ('<script src="https://cdn.example.com/x.js"></script>', "<script src> fetches https://cdn.example.com/x.js"),
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
     "<link href> fetches https://fonts.googleapis.com/css?family=Roboto"),
    ('<img src="//pixel.example/p.gif">', "<img src> fetches //pixel.example/p.gif"),
    ('<img srcset="a.png 1x, https://t.example/p.png 2x">', "<img srcset> fetches https://t.example/p.png"),
    ("<div style=\"background: url('https://x.example/b.png')\">", "<div style> fetches https://x.example/b.png"),
    ('<style>@import "https://x.example/a.css";</style>', "<style> fetches https://x.example/a.css"),
    ("<style>@font-face{src:url(https://fonts.gstatic.com/f.woff2)}</style>",
     "<style> fetches https://fonts.gstatic.com/f.woff2"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "<iframe src> fetches https://www.youtube.com/embed/x"),
    ('<svg><image href="https://x.example/i.png"/></svg>', "<image href> fetches https://x.example/i.png"),
    ('<meta http-equiv="refresh" content="0; url=https://x.example/">', "<meta refresh> fetches https://x.example/"),
    ('<script>fetch("https://stats.example/c")</script>', "inline <script> fetches https://stats.example/c"),
    ('<a href="https://www.hrw.org/">HRW</a>',
     "<a href='https://www.hrw.org/'> lacks rel=\"noopener noreferrer\""),
    ('<a href="https&#58;//www.hrw.org/" rel="noopener" target="_blank">HRW</a>',
     "<a href='https://www.hrw.org/'> lacks rel=\"noopener noreferrer\""),
    ('<a href="/" class="md-source" data-md-component="source">',
     "<a data-md-component=source> makes the theme call api.github.com"),
    ('<pre class="mermaid">graph LR</pre>', "<pre class=mermaid> makes the theme load Mermaid from unpkg.com"),
    ('<script src="assets/javascripts/bundle.1.min.js"></script>',
     "loads the theme without javascripts/resize-observer.js, so old browsers would fetch a "
     "polyfill from unpkg.com"),
]
SAFE = [
    '<a href="https://www.hrw.org/" rel="noopener noreferrer">HRW</a>',
    '<a href="../persons/x/">x</a><a href="#roles">roles</a><a href="mailto:x@example.org">mail</a>',
    '<img src="data:image/png;base64,AAAA"><img src="../../assets/images/favicon.png">',
    '<link rel="canonical" href="https://archive.example.org/archive/persons/x/">',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0"/></svg>',
    '<script src="assets/javascripts/bundle.1.min.js"></script><script src="javascripts/resize-observer.js"></script>',
]


@pytest.mark.parametrize(("html", "problem"), UNSAFE)
def test_each_way_of_contacting_a_third_party_is_found(html: str, problem: str) -> None:
    assert scan_html(html, FIRST_PARTY) == [problem]


@pytest.mark.parametrize("html", SAFE)
def test_local_resources_and_safe_links_pass(html: str) -> None:
    assert scan_html(html, FIRST_PARTY) == []


def test_stylesheets_and_scripts_are_scanned_too(tmp_path: Path) -> None:
    (tmp_path / "a.css").write_text("@font-face{src:url('https://fonts.gstatic.com/r.woff2')}"
                                    ".x{background:url(../img/ok.png)}", encoding="utf-8")
    (tmp_path / "b.js").write_text('load("https://www.googletagmanager.com/gtag/js");'
                                   'x="https://unpkg.com/resize-observer-polyfill"', encoding="utf-8")
    assert scan_site(tmp_path) == ["a.css: stylesheet fetches https://fonts.gstatic.com/r.woff2",
                                   "b.js: script fetches https://www.googletagmanager.com/gtag/js"]


def test_no_file_of_the_built_site_contacts_a_third_party(site: Path) -> None:
    assert scan_site(site, FIRST_PARTY) == []


def test_the_scan_saw_the_external_links_it_vouches_for(site: Path) -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    links = set(re.findall(r'<a href="(https?(?::|&#58;)//[^"]+)" [^>]*rel="noopener noreferrer"', pages))
    assert {"https&#58;//www.hrw.org/news/2022/06/08/irans-1988-mass-executions",
            REPO_URL} <= links


def test_the_privacy_page_says_what_the_site_does_not_do(site: Path) -> None:
    text = (site / "about" / "privacy" / "index.html").read_text(encoding="utf-8")
    for promise in ("no request to any third party", "no referrer", "offline copy"):
        assert promise in text


def _third_party_requests(site: Path, pages: list[Path], without_resize_observer: bool) -> list[str]:
    from playwright.sync_api import Route, sync_playwright

    requested: list[str] = []

    def refuse(route: Route) -> None:
        # Opened from disk, a page asks nothing of any server; the 404 page, made to be served,
        # asks the site's own (its <base> is SITE_URL: mkdocs/editions.relative_404).
        if third_party(route.request.url, FIRST_PARTY):
            requested.append(route.request.url)
        route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        context = browser.new_context()
        if without_resize_observer:  # as in the older browsers for which the theme fetches a polyfill
            context.add_init_script("delete window.ResizeObserver")
        context.route(re.compile(r"^(?!file:)"), refuse)
        page = context.new_page()
        for path in pages:
            # The theme starts its components after load: wait until the page has asked for all
            # it wants (whatever the machine's speed), not a fixed time.
            page.goto(path.as_uri(), wait_until="networkidle")
        browser.close()
    return requested


@pytest.mark.parametrize("without_resize_observer", [False, True])
def test_no_page_contacts_a_third_party_in_a_browser(site: Path, without_resize_observer: bool) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    assert _third_party_requests(site, pages, without_resize_observer) == []


def test_without_the_stand_in_an_old_browser_would_fetch_the_polyfill(site: Path, tmp_path: Path) -> None:
    # Shows the browser test above can fail: the theme does call unpkg.com when nothing stops it.
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "archive" / "persons" / "jane-official" / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'<script (?:defer )?src="[^"]*resize-observer\.js"></script>', "", html), encoding="utf-8")
    assert _third_party_requests(copy, [page], without_resize_observer=True) == [
        "https://unpkg.com/resize-observer-polyfill"]
