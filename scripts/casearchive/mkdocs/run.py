"""The one object behind the MkDocs hooks: what this MkDocs process is doing (a build or a serve
session) and the parts that act for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casearchive.mkdocs.buildindex import BuildIndex
from casearchive.mkdocs.editions import Editions, is_first_edition, is_last_edition
from casearchive.mkdocs.pagememory import PageMemory
from casearchive.mkdocs.serving import ServeSession
from casearchive.search import pages, stream


class Run:
    """One MkDocs command's state: set up by `start`, ended by `close`."""

    def __init__(self) -> None:
        self.command = ""
        self.serving: ServeSession | None = None
        self.index: BuildIndex | None = None
        self.memory = PageMemory()
        self.editions = Editions()

    def start(self, command: str) -> None:
        """Remember what MkDocs runs: a serve session regenerates on each rebuild; a build that
        `casearchive build` started (it asks for the index) indexes as it goes."""
        self.command = command
        if command == "serve" and self.serving is None:
            self.serving = ServeSession()
        if command == "build" and stream.requested():
            self.index = BuildIndex()

    def configure(self, config: Any) -> Any:
        """Add the redirects of former ids; a serve session makes no sitemap; the edition
        to build when this process builds one."""
        if self.serving is not None:
            self.serving.configure(config)
        self.editions.build_only(config)
        self.editions.add_redirects(config)
        return config

    def files(self, files: Any, config: Any) -> Any:
        """While serving, the hand-written pages that show generated parts are rendered on every
        rebuild; a process building a later edition copies no file the first one copies."""
        if self.serving is not None:
            self.serving.build_embedding_pages(files)
        return self.editions.copy_shared_once(files, config)

    def before_build(self, config: Any) -> None:
        """While serving, regenerate once per rebuild (the first edition's build regenerates
        every edition)."""
        if self.serving is not None and is_first_edition(config.plugins.get("i18n")):
            self.serving.regenerate(config)

    def converted(self, html: str, page: Any) -> str:
        """In a build, keep the page's HTML compressed until it is rendered."""
        return self.memory.pack(html, page) if self.command == "build" else html

    def rendered(self, output: str, page: Any) -> str:
        """Index the article of hand-written and record pages (see search.pages.searchable)."""
        if self.serving is not None:
            self.serving.pages_built += 1
        if self.command == "build":
            self.memory.written(page)
        if not pages.searchable(page.file.src_uri):
            return output
        output = pages.mark_body(output)
        if self.index is not None:
            self.index.add("/" + page.url, output)
        return output

    def after_build(self, config: Any) -> None:
        """After each edition's build: the serve session's background work once every edition
        is rebuilt, the edition's search index, its 404 page and redirects."""
        last = is_last_edition(config.plugins.get("i18n"))
        if self.serving is not None and last:
            self.serving.every_edition_built(config)
        if self.index is not None:
            self.index.edition_built(Path(config["site_dir"]), last)
            if last:
                self.index = None
        self.editions.edition_built(config)
        if last and self.serving is None:
            finish_site(config)

    def close(self) -> None:
        """Stop anything still running when `serve` stops, or left by a failed build."""
        if self.serving is not None:
            self.serving.close()
        self.memory.clear()
        if self.index is not None:
            self.index.close()
            self.index = None


def robots(site_url: str) -> str:
    """robots.txt: every page may be crawled; the sitemap's address when the site's is known."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def finish_site(config: Any) -> None:
    """Once every edition is built: robots.txt at the site's root; and, when the site's address
    is unknown, no sitemap (it can only list absolute addresses)."""
    site = Path(config["site_dir"])
    (site / "robots.txt").write_text(robots(config.site_url or ""), encoding="utf-8")
    if not config.site_url:
        for sitemap in [*site.glob("sitemap.xml*"), *site.glob("*/sitemap.xml*")]:
            sitemap.unlink()
