"""Where every generated page lives inside docs/: the archive's own folder, one page per record
in each edition, the lists continued on pages of their own. Ids become these addresses, so the
path policy (load/pathpolicy.py) checks ids against them before anything is rendered."""

from __future__ import annotations

from dataclasses import dataclass

from casearchive.model.records import KINDS

ROOT = "archive"
"""Folder inside docs/ that holds every generated page (gitignored)."""
MARK = "--"
"""Between a page's id and the name of one of its lists continued on pages of its own
(`x--positions-2.md`); ids never hold it."""
READY_HTML = ("<!-- ca:html -->", "<!-- /ca:html -->")
"""The two lines that fence a region of ready HTML in a generated page, which Python-Markdown
passes through unparsed (mkdocs/readyhtml.py; the templates write them, render/paging.py cuts
lists inside them)."""


@dataclass(frozen=True)
class PageAddress:
    """Where one generated page lives inside docs/: built here once, taken apart only by `parse`."""

    kind: str
    """The folder: a kind of record (`persons`), or another generated folder (`reference`)."""
    id: str = "index"
    """The record's id, or the page's name (`index` for a kind's listing)."""
    lang: str = "en"
    """The edition."""
    part: str = ""
    """A continuation page's list and number (`positions-2`); empty for the page itself."""

    @property
    def path(self) -> str:
        """The page's file inside docs/, e.g. archive/persons/x.fa.md."""
        name = f"{self.id}{MARK}{self.part}" if self.part else self.id
        return f"{ROOT}/{self.kind}/{name}{edition_suffix(self.lang)}.md"

    @property
    def is_record_page(self) -> bool:
        """Whether this is one record's own page (not a listing or a continuation page)."""
        return self.kind in KINDS and self.id != "index" and not self.part

    @classmethod
    def parse(cls, path: str) -> PageAddress | None:
        """The address of a generated page's file inside docs/ (None for other pages).

        >>> PageAddress.parse("archive/persons/x--positions-2.fa.md")
        PageAddress(kind='persons', id='x', lang='fa', part='positions-2')
        """
        if not path.startswith(f"{ROOT}/") or not path.endswith(".md"):
            return None
        folder, _, name = path.removeprefix(f"{ROOT}/").removesuffix(".md").rpartition("/")
        stem, _, lang = name.partition(".")  # ids hold no dots
        record_id, _, part = stem.partition(MARK)
        return cls(folder, record_id, lang or "en", part)


def page_path(kind: str, record_id: str = "index", lang: str = "en") -> str:
    """Where a record's page (or a kind's index) lives inside docs/, in one edition."""
    return PageAddress(kind, record_id, lang).path


def edition_suffix(lang: str) -> str:
    """What comes before `.md` in the file of a page in `lang` ('' for English)."""
    return "" if lang == "en" else f".{lang}"


def home_block_path(lang: str = "en") -> str:
    """Where the generated part of the home page lives inside docs/, in one edition: in a folder
    whose name starts with a dot, which MkDocs leaves out of the site (exclude_docs), because it
    is a part of docs/index.md, not a page (mkdocs/homeblock.py)."""
    return f"{ROOT}/.home/block{edition_suffix(lang)}.md"
