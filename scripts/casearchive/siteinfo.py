"""The published site's name and address, read from mkdocs.yml exactly as MkDocs reads them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = "archive"
"""Folder inside docs/ that holds every generated page (gitignored)."""
LOCAL_URL = "http://127.0.0.1:8000/"
"""Where `mkdocs serve` publishes when SITE_URL is not set (the same default as mkdocs.yml)."""


def page_path(kind: str, record_id: str = "index") -> str:
    """Where a record's page (or a kind's index) lives inside docs/."""
    return f"{ROOT}/{kind}/{record_id}.md"


@dataclass(frozen=True)
class Site:
    """What a citation needs to name the archive and build an absolute URL."""

    name: str = "Case archive"
    url: str = LOCAL_URL
    directory_urls: bool = True

    def page_url(self, docs_path: str, anchor: str = "") -> str:
        """The public URL of the page built from `docs_path` (e.g. archive/persons/x.md)."""
        stem = docs_path.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            path = stem.removesuffix("index")
        else:
            path = f"{stem}/" if self.directory_urls else f"{stem}.html"
        return self.url + path + (f"#{anchor}" if anchor else "")

    def file_url(self, docs_path: str) -> str:
        """The public URL of a file MkDocs copies unchanged (JSON, CSV)."""
        return self.url + docs_path


def read(config_file: Path) -> Site:
    """Name, URL and URL style from mkdocs.yml, with `!ENV` resolved by MkDocs' own YAML loader,
    so a citation shows the same URL as the page's canonical link."""
    from mkdocs.utils.yaml import yaml_load  # imported here: only builds need MkDocs

    with config_file.open("rb") as handle:
        config = yaml_load(handle)
    url = str(config.get("site_url") or LOCAL_URL)
    return Site(name=str(config.get("site_name") or Site.name),
                url=url if url.endswith("/") else url + "/",
                directory_urls=bool(config.get("use_directory_urls", True)))
