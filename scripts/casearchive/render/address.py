"""The published site's name and address, read from mkdocs.yml exactly as MkDocs reads them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casearchive.i18n.languages import EDITIONS

LOCAL_URL = "http://127.0.0.1:8000/"
"""Where `mkdocs serve` previews the site when SITE_URL is not set (never written into a build)."""


@dataclass(frozen=True)
class Site:
    """What a citation needs to name the archive and build an absolute URL."""

    name: str = "Case archive"
    url: str = ""
    """The public address, ending in `/`; empty when the build was not told it (SITE_URL unset):
    addresses are then written relative to the site's home page, with no host."""
    directory_urls: bool = True
    names: tuple[tuple[str, str], ...] = ()
    """(language, site name) for editions whose site name differs from `name`."""

    @property
    def hosted(self) -> bool:
        """Whether the build knows where the site is published (SITE_URL was set)."""
        return bool(self.url)

    def name_in(self, lang: str) -> str:
        """The site's name in one edition."""
        return dict(self.names).get(lang, self.name)

    def page_url(self, docs_path: str, anchor: str = "") -> str:
        """The public URL of the page built from `docs_path` (e.g. archive/persons/x.md, or
        archive/persons/x.fa.md, published at fa/archive/persons/x/)."""
        stem = docs_path.removesuffix(".md")
        base, _, suffix = stem.rpartition(".")
        prefix = ""
        if suffix in EDITIONS:
            stem, prefix = base, f"{suffix}/"
        if stem == "index" or stem.endswith("/index"):
            path = stem.removesuffix("index")
        else:
            path = f"{stem}/" if self.directory_urls else f"{stem}.html"
        return (self.url + prefix + path or "./") + (f"#{anchor}" if anchor else "")

    def file_url(self, docs_path: str) -> str:
        """The public URL of a file MkDocs copies unchanged (JSON, CSV)."""
        return self.url + docs_path


def read(config_file: Path) -> Site:
    """Name, URL and URL style from mkdocs.yml, with `!ENV` resolved by MkDocs' own YAML loader,
    so a citation shows the same URL as the page's canonical link (and, without SITE_URL, no host
    at all: a published page never points at the local preview server)."""
    from mkdocs.utils.yaml import yaml_load  # imported here: only builds need MkDocs

    with config_file.open("rb") as handle:
        config = yaml_load(handle)
    url = str(config.get("site_url") or "")
    return Site(name=str(config.get("site_name") or Site.name),
                url=url if url.endswith("/") or not url else url + "/",
                directory_urls=bool(config.get("use_directory_urls", True)),
                names=edition_names(config))


def edition_names(config: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """(language, site name) of each language of the i18n plugin that has its own site name."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            languages = plugin["i18n"].get("languages") or []
            return tuple((str(lang["locale"]), str(lang["site_name"])) for lang in languages
                         if isinstance(lang, dict) and lang.get("site_name"))
    return ()
