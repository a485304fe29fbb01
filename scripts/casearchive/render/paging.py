"""Long lists cut short: a list or table on a generated page keeps its first rows, and the rest go
to numbered continuation pages beside it, so no page grows with the archive (a source cited by
4,000 claims would otherwise weigh a megabyte). Works on the Markdown the templates produce: one
row per line, under a `## ` heading; lists with claim anchors (¶) are never cut, so that a
permalink to a claim always finds it on the record's own page. A list may also be ready HTML
(mkdocs/readyhtml.py): a region that holds only `<ul>`, one `<li>` row per line, `</ul>`."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol

from casearchive.model.pages import MARK, READY_HTML

ROW = re.compile(r"^(?:- |\|)")
_START, _END = READY_HTML
_HTML_SHAPES: dict[str, tuple[list[str | None], list[str]]] = {"<li>": ([_START, "<ul>"], ["</ul>", _END]),
                "<tr>": ([_START, "<table>", "<thead>", None, "</thead>", "<tbody>"],
                         ["</tbody>", "</table>", _END])}
"""A list or table of ready HTML, by how its rows start: the lines of the region before its rows
(None: any one line, the table's header row) and after them. The templates write exactly these;
a nested list, as the reference list's, is never one."""
_SEPARATOR = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
_ANCHOR = 'class="ca-anchor"'
_REFERENCE = 'class="ca-refno"'
"""A page's reference list (render/references.py) stays whole: claims link to it by number."""
"""Continuation pages are named <page>--<list>-<n>.md; ids never hold a double hyphen."""
RECORD_ROWS, RECORD_PAGE_ROWS = 25, 100
"""Rows a record page keeps of each long list (its own facts stay whole), and rows per
continuation page: 25 rows of claims with citations weigh about 10 KB."""
LISTING_ROWS = 300
"""Rows per page of the listings (people, events, ...)."""


class Renders(Protocol):
    def __call__(self, template: str, **values: object) -> str: ...


@dataclass
class Run:
    """Consecutive rows of one list or table, with the table's header lines and its heading."""

    heading: str
    header: list[str]
    rows: list[str]
    footer: list[str] | None = None
    """The closing lines of a ready-HTML list or table (then `header` holds its opening lines,
    before the run's first line); None for Markdown."""


def _slug(heading: str) -> str:
    words = re.sub(r"\(.*?\)|&#\d+;|<[^>]*>", " ", heading).lower()
    return "-".join(re.findall(r"[a-z0-9]+", words)) or "list"


def _runs(lines: list[str]) -> list[tuple[int, int, Run]]:
    """(first line, line after the last, run) for every list or table."""
    found, heading, index = [], "", 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            heading = line[3:]
        shape = _HTML_SHAPES.get(line[:4])
        if shape is not None:
            end = index
            while end < len(lines) and lines[end].startswith(line[:4]):
                end += 1
            opening, closing = shape
            before = lines[max(0, index - len(opening)):index]
            if (len(before) == len(opening) and lines[end:end + len(closing)] == closing
                    and all(want is None or want == got for want, got in zip(opening, before, strict=True))):
                found.append((index, end, Run(heading, before, lines[index:end], closing)))
            index = end
            continue
        if not ROW.match(line):
            index += 1
            continue
        end = index
        while end < len(lines) and ROW.match(lines[end]):
            end += 1
        block = lines[index:end]
        table = len(block) > 1 and bool(_SEPARATOR.match(block[1]))
        found.append((index, end, Run(heading, block[:2] if table else [], block[2:] if table else block)))
        index = end
    return found


@dataclass(frozen=True)
class Part:
    """One continuation page: its file name beside the page and the rows it holds."""

    file: str
    first: int
    last: int


def _parts(name: str, total: int, keep: int, per_page: int) -> list[Part]:
    starts = range(keep, total, per_page)
    return [Part(f"{name}-{n}.md", start + 1, min(start + per_page, total))
            for n, start in enumerate(starts, start=2)]


def split_page(path: str, text: str, title: str, render: Renders,
               keep: int, per_page: int) -> dict[str, str]:
    """The page with each long list cut to `keep` rows, plus its continuation pages."""
    lines = text.split("\n")
    pages: dict[str, str] = {}
    page = PurePosixPath(path)
    # An edition's page is x.fa.md: its continuation pages are x--list-2.fa.md, and links name
    # pages without the edition (x.md), which the i18n plugin resolves in the reader's language.
    stem, _, edition = page.stem.partition(".")  # ids hold no dots
    written = f".{edition}.md" if edition else ".md"
    names: set[str] = set()
    for start, end, run in reversed(_runs(lines)):
        if len(run.rows) <= keep or any(_ANCHOR in row or _REFERENCE in row for row in run.rows):
            continue
        name = f"{stem}{MARK}{_slug(run.heading)}"
        name = name if name not in names else f"{name}-{len(names) + 1}"
        names.add(name)
        parts = _parts(name, len(run.rows), keep, per_page)
        common = {"heading": _text(run.heading), "record_title": title, "record_page": f"{stem}.md",
                  "total": len(run.rows), "parts": parts}
        html = run.footer is not None
        for part in parts:
            rows = [_to_page(row, stem, html) for row in run.rows[part.first - 1:part.last]]
            pages[str(page.with_name(part.file.removesuffix(".md") + written))] = render(
                "more.md.j2", header=run.header, rows=rows, footer=run.footer or [], part=part,
                **common)
        more = render("_more_link.md.j2", shown=keep, **common).rstrip("\n")
        if run.footer is not None:  # the link to the rest goes after the region, as Markdown
            lines[start:end + len(run.footer)] = [*run.rows[:keep], *run.footer, "", more]
        else:
            lines[start:end] = [*run.header, *run.rows[:keep], "", more]
    return {path: "\n".join(lines), **pages}


_MARKER = re.compile(r'<a class="(ca-ref[^"]*)" href="#(r[0-9-]+)">\[([^\]<]+)\]</a>')
"""A source marker as references.References.cite writes it: classes, target id, number."""


def _to_page(row: str, stem: str, html: bool = False) -> str:
    """A row moved to a continuation page, its source markers pointing at the reference list of
    the page it came from. They become links to that page's file (x.md#r3), which MkDocs
    resolves for the site (../x/#r3) and for the offline copy (x.html#r3) alike, and the i18n
    plugin in the reader's edition; a raw `../x/#r3` would break on disk. In a row of ready
    HTML the marker stays an element, its address that file (mkdocs/readyhtml.py resolves it);
    in Markdown it becomes a Markdown link with the marker's classes."""
    if html:
        return _MARKER.sub(lambda m: m.group().replace('href="#', f'href="{stem}.md#'), row)
    return _MARKER.sub(lambda m: f"[\\[{m.group(3)}\\]]({stem}.md#{m.group(2)})"
                       f"{{: .{' .'.join(m.group(1).split())} }}", row)


def _text(heading: str) -> str:
    """A heading's words, without markup, entities or its attribute list ({ #timeline }, which
    a translated edition's heading carries: PageText.heading_id); templates escape them again."""
    words = re.sub(r"\s*\{[^{}]*\}\s*$", "", re.sub(r"<[^>]*>", "", heading))
    return html.unescape(words).replace("¶", "").strip()
