"""What the two editions need beyond mkdocs-static-i18n: the redirect map of former ids for
mkdocs-redirects and the same redirects under each edition's prefix, one 404 page per edition,
and the 404 page's language switch."""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from casearchive.i18n.languages import ONLY_EDITION_ENV

REDIRECTS = Path("archive") / "redirects.json"
"""The redirect map the generator writes, inside docs/."""


def only_edition() -> str:
    """The one edition this MkDocs process builds ("" when it builds every edition in turn)."""
    return os.environ.get(ONLY_EDITION_ENV, "")


def is_last_edition(i18n: Any) -> bool:
    """Whether the edition just built is the last (mkdocs-static-i18n builds the default
    language first, then the others in their configured order); True without the plugin, and
    when this process builds one edition only."""
    if i18n is None or only_edition():
        return True
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    return bool(i18n.current_language == (others[-1] if others else i18n.default_language))


def is_first_edition(i18n: Any) -> bool:
    """Whether this build is the default language's (or the only one)."""
    return i18n is None or bool(only_edition()) or bool(i18n.is_default_language_build)


class Editions:
    """Per-edition work around each edition's build; holds the English 404 page while the
    other editions build (each edition's build writes the site's one 404.html)."""

    def __init__(self) -> None:
        self.english_404 = ""

    @staticmethod
    def add_redirects(config: Any) -> None:
        """Give mkdocs-redirects the map generated from every record's former_ids."""
        path = Path(config["docs_dir"]) / REDIRECTS
        if path.is_file() and "redirects" in config.plugins:
            maps = config.plugins["redirects"].config["redirect_maps"]
            maps.update(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def build_only(config: Any) -> None:
        """In a process that builds one edition (ONLY_EDITION_ENV): start the i18n plugin on
        that edition, built where a build of every edition puts it (/fa/... for Persian), with
        every edition still in its language switcher and sitemap links. The plugin's own
        `build_only_locale` would build the edition at the site's root, as the only one."""
        i18n = config.plugins.get("i18n")
        if i18n is not None and only_edition():
            i18n.current_language = only_edition()

    @staticmethod
    def copy_shared_once(files: Any, config: Any) -> Any:
        """In a process that builds a later edition only (Persian, beside the English build's
        process): copy no file the English build copies too. Every file of the site that is not
        a page and not under the edition's prefix (the theme's assets, the stylesheets, the
        downloads under archive/data/: 2,056 files at 2,000 records) is the same in every
        edition, and `publish/editions.merge` lays the later edition's folder over the first's:
        a copy here was only overwritten by its twin. The files stay in the build, so links to
        them are still resolved and checked."""
        lang, i18n = only_edition(), config.plugins.get("i18n")
        if not lang or i18n is None or lang == i18n.default_language:
            return files
        for file in files:
            if not file.is_documentation_page() and not file.dest_uri.startswith(f"{lang}/"):
                file.copy_file = _not_copied  # this file object only
        return files

    @staticmethod
    def switch_on_404(template_name: str, config: Any) -> None:
        """The 404 page belongs to no edition's record: its language switcher leads to each
        edition's home (the i18n plugin would leave it the links of the page built last)."""
        i18n = config.plugins.get("i18n")
        if i18n is not None and template_name == "404.html":
            config.extra.alternate = copy.deepcopy(i18n.extra_alternate)  # as the plugin sets it

    @staticmethod
    def page_404(output: str, template_name: str, config: Any) -> str:
        """The 404 page without a root-absolute address, so it works at any depth under any
        sub-path (see relative_404)."""
        return relative_404(output, config) if template_name == "404.html" else output

    def edition_built(self, config: Any) -> None:
        """After one edition's build: keep the English 404 at the site's root (the Persian one
        goes to fa/404.html), and point each former id's address in another edition (/fa/...)
        at the record's page in that edition; mkdocs-redirects knows only English ones."""
        i18n, redirects = config.plugins.get("i18n"), config.plugins.get("redirects")
        if i18n is None:
            return
        if only_edition():
            i18n.building = True  # else the plugin goes on to build the other editions here
        lang, site = i18n.current_language, Path(config["site_dir"])
        if lang == i18n.default_language:
            self.english_404 = (site / "404.html").read_text(encoding="utf-8")
            return
        if self.english_404:
            (site / "404.html").replace(site / lang / "404.html")
            (site / "404.html").write_text(self.english_404, encoding="utf-8")
        if redirects is not None:
            redirect_edition(config, lang, redirects.config["redirect_maps"])


def _not_copied(dirty: bool = False) -> None:
    """A file's copy, left to the first edition's build (Editions.copy_shared_once)."""


def redirect_edition(config: Any, lang: str, maps: dict[str, str]) -> None:
    """mkdocs-redirects' pages for each old address, under the edition's prefix."""
    from mkdocs.structure.files import File
    from mkdocs_redirects.plugin import get_html_path, get_relative_html_path, write_html

    directory_urls = config["use_directory_urls"]
    for old, new in maps.items():
        old_page = f"{lang}/{old}"
        new_url = f"{lang}/{File(new, '', '', directory_urls).url}"
        write_html(config["site_dir"], get_html_path(old_page, directory_urls),
                   get_relative_html_path(old_page, new_url, directory_urls))


def relative_404(output: str, config: Any) -> str:
    """A 404 page is served at whatever address was not found, so MkDocs writes its links from
    the site's root ("/sub/assets/..."), which breaks when the site is published under another
    path than SITE_URL says, or with no SITE_URL at all. Here every such address becomes relative
    to a <base> at the top of the head: the site's address when it is known; else the part of the
    address the reader asked for that comes before the site's first folder (archive/, about/,
    fa/...), or the host's root when the address holds none of them."""
    root = urlsplit(config.site_url or "/").path or "/"
    root = root if root.endswith("/") else root + "/"
    output = re.sub(rf'((?:href|src|action|data-[a-z-]+)=")({re.escape(root)})', r"\1", output)
    output = output.replace(f'"base": "{root}"', '"base": "."')
    output = re.sub(r'((?:href|src)=")(?=")', r"\1./", output)
    if config.site_url:
        base = f'<base href="{config.site_url}">'
    else:
        folders = "|".join(sorted(re.escape(p.name) for p in Path(config["docs_dir"]).iterdir()
                                  if p.is_dir() and not p.name.startswith(".")))
        languages = "|".join(re.escape(lang) for lang in _languages(config))
        pattern = f"^(.*?/)(?:(?:{languages})/)?(?:{folders})/" if languages else f"^(.*?/)(?:{folders})/"
        base = ("<script>(function(){var m=location.pathname.match(/" + pattern.replace("/", "\\/")
                + '/),b=document.createElement("base");b.href=m?m[1]:"/";'
                "document.head.appendChild(b)})()</script>")
    return output.replace("<head>", f"<head>\n  {base}", 1)


def _languages(config: Any) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return []
    return [str(lang) for lang in i18n.build_languages if lang != i18n.default_language]
