"""Reader safety: find anything in a built site that would make a reader's browser contact a
third party (fonts, CDNs, analytics, embeds), and external links that leak a referrer or the
opener. Readers under surveillance must be able to read without being seen doing so."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

# Attributes whose URL the browser fetches (or, for meta refresh and base, follows) by itself.
_FETCHED = {"src", "srcset", "imagesrcset", "poster", "data", "action", "formaction",
            "background", "manifest", "ping", "codebase"}
_SVG_LINKS = {"image", "use", "feimage", "script"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.IGNORECASE)
# A protocol-relative URL needs a dotted host, so that `"\u2003"//nbsp` (a comment) is not one.
_JS_URL = re.compile(r"""["'`](https?://[^"'`\s]+|//[\w-]+(?:\.[\w-]+)+[^"'`\s]*)""")
_REFRESH_URL = re.compile(r"""url\s*=\s*['"]?([^'"\s]+)""", re.IGNORECASE)

KNOWN_THEME_URLS = {
    "https://unpkg.com/resize-observer-polyfill":
        "fetched only by browsers without ResizeObserver; javascripts/resize-observer.js gives "
        "them one first (every page must load it)",
    "https://unpkg.com/mermaid@":
        "fetched only for pages with a Mermaid diagram (class mermaid); no page may have one",
    "https://api.github.com/":
        "repository facts, fetched only for data-md-component=source, which "
        "overrides/partials/source.html leaves out",
    "https://${e}/api/v4/projects/": "the same for GitLab",
    "https://example.com${": "a placeholder base in Pagefind's scripts: they parse result paths "
        "with new URL(`https://example.com${path}`) and never fetch it",
}
"""Absolute URLs in the theme's JavaScript, each with the condition that keeps it unfetched;
`scan_site` checks those conditions."""


def third_party(url: str, first_party: Iterable[str] = ()) -> bool:
    """Whether fetching `url` would contact a host other than the site's own (relative, data:,
    mailto: and fragment URLs never do)."""
    url = url.strip()
    parts = urlsplit(url)
    if not url.startswith("//") and parts.scheme.lower() not in ("http", "https", "ws", "wss", "ftp"):
        return False
    return bool(parts.hostname) and parts.hostname not in set(first_party)


def css_urls(css: str) -> list[str]:
    """The URLs in url(...) and @import of a stylesheet."""
    return [m.group(2) or m.group(4) for m in _CSS_URL.finditer(css)]


def js_urls(script: str) -> list[str]:
    """Absolute and protocol-relative URLs that start a string literal in JavaScript."""
    return _JS_URL.findall(script)


class _Page(HTMLParser):
    """Collects the problems of one HTML page."""

    def __init__(self, first_party: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.first_party = first_party
        self.found: list[str] = []
        self.scripts: list[str] = []
        self._inside = ""

    def _check(self, url: str | None, what: str) -> None:
        if url and third_party(url, self.first_party):
            self.found.append(f"{what} fetches {url}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._inside = tag
        if tag == "script" and values.get("src"):
            self.scripts.append(values["src"])
        for name in _FETCHED & values.keys():
            for candidate in values[name].split(",") if name.endswith("srcset") else [values[name]]:
                self._check(candidate.strip().split(" ")[0], f"<{tag} {name}>")
        for url in css_urls(values.get("style", "")):
            self._check(url, f"<{tag} style>")
        self._links(tag, values)
        self._theme_triggers(tag, values)

    def _links(self, tag: str, values: dict[str, str]) -> None:
        href = values.get("href") or values.get("xlink:href")
        if tag in ("link", "base") or tag in _SVG_LINKS:
            self._check(href, f"<{tag} href>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            target = _REFRESH_URL.search(values.get("content", ""))
            self._check(target.group(1) if target else None, "<meta refresh>")
        if tag in ("a", "area") and href and third_party(href, self.first_party):
            rel = set(values.get("rel", "").lower().split())
            if not {"noopener", "noreferrer"} <= rel:
                self.found.append(f"<{tag} href={href!r}> lacks rel=\"noopener noreferrer\"")

    def _theme_triggers(self, tag: str, values: dict[str, str]) -> None:
        if values.get("data-md-component") == "source":
            self.found.append(f"<{tag} data-md-component=source> makes the theme call api.github.com")
        if "mermaid" in values.get("class", "").split():
            self.found.append(f"<{tag} class=mermaid> makes the theme load Mermaid from unpkg.com")

    def handle_endtag(self, tag: str) -> None:
        self._inside = ""

    def handle_data(self, data: str) -> None:
        if self._inside == "style":
            for url in css_urls(data):
                self._check(url, "<style>")
        elif self._inside == "script":
            for url in js_urls(data):
                self._check(url, "inline <script>")


def scan_html(text: str, first_party: Iterable[str] = ()) -> list[str]:
    """The problems of one HTML page."""
    page = _Page(set(first_party))
    page.feed(text)
    page.close()
    if any("assets/javascripts/bundle." in s for s in page.scripts) and not any(
            s.endswith("javascripts/resize-observer.js") for s in page.scripts):
        page.found.append("loads the theme without javascripts/resize-observer.js, so old "
                          "browsers would fetch a polyfill from unpkg.com")
    return page.found


def scan_js(text: str, first_party: Iterable[str] = ()) -> list[str]:
    """Absolute URLs in a script that are neither the site's nor known and kept unfetched."""
    return [f"script fetches {url}" for url in js_urls(text)
            if third_party(url.replace("${", "x").replace("}", ""), first_party)
            and not any(url.startswith(known) for known in KNOWN_THEME_URLS)]


def scan_site(folder: Path, first_party: Iterable[str] = ()) -> list[str]:
    """Every problem in every HTML, CSS and JavaScript file of a built site, as `path: problem`."""
    hosts = list(first_party)
    found = []
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".html", ".htm", ".css", ".js", ".mjs"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if suffix in (".html", ".htm"):
            problems = scan_html(text, hosts)
        elif suffix == ".css":
            problems = [f"stylesheet fetches {u}" for u in css_urls(text) if third_party(u, hosts)]
        else:
            problems = scan_js(text, hosts)
        found += [f"{path.relative_to(folder).as_posix()}: {p}" for p in problems]
    return found
