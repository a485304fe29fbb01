"""The archive's glossary (docs/about/glossary.yml): its terms and their neutral Persian, shown on
the method page in both languages, and the rules the Persian texts of the data follow (a term
that is someone's name for a thing appears only with its attribution)."""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

MARKER = "<!-- glossary -->"
"""Where the method page shows the glossary."""


class Term(BaseModel):
    """One term: its English, the Persian the archive uses, and what else to know."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    """The term in English."""
    fa: str
    """The Persian the archive writes in its own voice."""
    note_en: str = ""
    """A note for English readers."""
    note_fa: str = ""
    """The note in Persian."""
    attributed_only: list[str] = Field(default_factory=list)
    """Persian words the archive writes only beside an attribution or inside «quotation marks»."""
    quoted_only: list[str] = Field(default_factory=list)
    """Persian words the archive writes only inside «quotation marks» (a title, a quotation)."""
    names: list[str] = Field(default_factory=list)
    """Proper names that contain such a word and may appear as they are."""


class Glossary(BaseModel):
    """The whole glossary."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    attribution: list[str]
    """Words that attribute a text to whoever says it («به گفته‌ی ...»)."""
    terms: list[Term]
    """The terms, in the order shown."""


def load(path: Path) -> Glossary:
    """The glossary in `path`."""
    return Glossary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4)
def _cached(path: str, stamp: float) -> Glossary:
    return load(Path(path))


def table(glossary: Glossary, lang: str) -> str:
    """The glossary as a Markdown table in one edition."""
    if lang == "fa":
        rows = ["| انگلیسی | فارسی آرشیو | یادداشت |", "|---|---|---|"]
        rows += [f'| <span lang="en" dir="ltr">{_cell(t.en)}</span> | {_cell(t.fa)} | '
                 f"{_cell(t.note_fa)} |" for t in glossary.terms]
    else:
        rows = ["| English | The archive's Persian | Note |", "|---|---|---|"]
        rows += [f'| {_cell(t.en)} | <span lang="fa" dir="rtl">{_cell(t.fa)}</span> | '
                 f"{_isolated(t.note_en)} |" for t in glossary.terms]
    return "\n".join(rows)


_RUN = re.compile(r"«[^»]*»")


def _cell(text: str) -> str:
    """Text made inert for a Markdown table cell."""
    return html.escape(text).replace("|", "&#124;").replace("*", "&#42;").replace("_", "&#95;")


def _isolated(text: str) -> str:
    """English text whose «Persian» words are marked as Persian."""
    parts, last = [], 0
    for match in _RUN.finditer(text):
        parts.append(_cell(text[last:match.start()]))
        parts.append(f'<span lang="fa" dir="rtl">{_cell(match.group())}</span>')
        last = match.end()
    parts.append(_cell(text[last:]))
    return "".join(parts)


def expand(markdown: str, src_path: str, docs_dir: str) -> str:
    """A page's Markdown with the glossary table where it says MARKER."""
    if MARKER not in markdown:
        return markdown
    path = Path(docs_dir) / "about" / "glossary.yml"
    glossary = _cached(str(path), path.stat().st_mtime)
    lang = "fa" if src_path.endswith(".fa.md") else "en"
    return markdown.replace(MARKER, table(glossary, lang))


def misuses(text: str, glossary: Glossary) -> list[str]:
    """The glossary rules a Persian text breaks: a term used in the archive's own voice where the
    glossary allows it only attributed or quoted."""
    unquoted = _RUN.sub("", text)
    attributed = any(word in text for word in glossary.attribution)
    found = []
    for term in glossary.terms:
        bare = unquoted
        for name in term.names:
            bare = bare.replace(name, "")
        for word in term.attributed_only:
            if word in bare and not attributed:
                found.append(f"«{word}» without saying whose word it is (use «{term.fa}», or "
                             f"attribute it: «به گفته‌ی ...»)")
        for word in term.quoted_only:
            if word in bare:
                found.append(f"«{word}» outside a title or quotation (use «{term.fa}»)")
    return found
