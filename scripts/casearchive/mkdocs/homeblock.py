"""The home page's generated part: docs/index.md (and index.fa.md) says where with MARKER; the
hook puts there the block the generator wrote for that edition (Renderer.home_block), so the
hand-written page and the generated Markdown stay in separate files."""

from __future__ import annotations

from pathlib import Path

from casearchive.model.pages import home_block_path

MARKER = "<!-- archive-home -->"
"""Where a home page shows the generated block."""
HOME_PAGES = {"index.md": "en", "index.fa.md": "fa"}
"""The home page of each edition, inside docs/."""


def expand(markdown: str, src_path: str, docs_dir: str) -> str:
    """A page's Markdown with the generated block where it says MARKER (nothing there if the
    archive was not generated, so a bare MkDocs build still reads)."""
    lang = HOME_PAGES.get(src_path.replace("\\", "/"))
    if lang is None or MARKER not in markdown:
        return markdown
    block = Path(docs_dir) / home_block_path(lang)
    text = block.read_text(encoding="utf-8") if block.is_file() else ""
    return markdown.replace(MARKER, text)
