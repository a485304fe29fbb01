"""Markdown block boundaries the templates must not depend on getting right one by one."""

from __future__ import annotations

import re

_TABLE_ROW = re.compile(r"^\|.*\|\s*$")


def end_tables(text: str) -> str:
    """`text` with a blank line after every table that a non-blank line follows directly.

    Python-Markdown reads a line right after a table's last row as one more row: a heading or a
    paragraph there (a page's "Cite this page" after its History table) silently becomes a table
    cell. A template that ends in a table before another block cannot break the page this way."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _TABLE_ROW.match(line) and following.strip() and not _TABLE_ROW.match(following):
            out.append("")
    return "\n".join(out)
