"""The legend of source kinds on the method page: each kind with the mark that reference lists
give it (same classes, so the same look) and what it covers, in the page's edition. The page
says where with MARKER; the MkDocs hook puts the table there, as it does the glossary."""

from __future__ import annotations

from casearchive.model.records import SourceKind
from casearchive.render.environment import environment
from casearchive.render.pagetext import PageText
from casearchive.render.references import WEIGHTS, mark_class

MARKER = "<!-- source-kinds -->"
"""Where a page shows the legend."""


def legend(lang: str) -> str:
    """The legend as a Markdown table, kinds in the order of their weight (references.WEIGHTS)."""
    kinds = [SourceKind(kind) for kind in WEIGHTS]
    return environment().get_template("kinds.md.j2").render(
        **PageText(lang).helpers(), kinds=kinds, mark_class=mark_class)


def expand(markdown: str, src_path: str) -> str:
    """A page's Markdown with the legend where it says MARKER."""
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, legend("fa" if src_path.endswith(".fa.md") else "en").rstrip("\n"))
