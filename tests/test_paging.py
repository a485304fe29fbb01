"""Long lists cut short: no row is lost, none is duplicated, claim anchors stay on their page."""

from __future__ import annotations

import re

import pytest

from casearchive.bench import synth
from casearchive.model.pages import MARK, page_path
from casearchive.publish import build
from casearchive.render import paging
from casearchive.render import renderer as render


@pytest.fixture(scope="module")
def renderer(tmp_path_factory: pytest.TempPathFactory) -> render.Renderer:
    data = tmp_path_factory.mktemp("paging") / "data"
    synth.write_archive(data, 400, seed=6)
    return render.Renderer(build.check_archive(data)[0])


def _is_row(line: str) -> bool:
    """A row of a Markdown list or table, or of a ready-HTML list or table (mkdocs/readyhtml.py)."""
    return (bool(paging.ROW.match(line)) and "|---" not in line) or line.startswith(("<li>", "<tr><td>"))


def _rows(text: str) -> list[str]:
    return [line for line in text.split("\n") if _is_row(line)]


def test_every_row_of_a_long_list_is_on_exactly_one_page(renderer: render.Renderer) -> None:
    source = max(renderer.archive.records["sources"].values(),
                 key=lambda s: len(renderer.links.to(s.id, "source_id")))
    whole = _rows(renderer.record_page(source))
    pages = renderer.record_pages(source)
    assert len(whole) > 2 * paging.RECORD_ROWS + paging.RECORD_PAGE_ROWS
    main = pages.pop(page_path("sources", source.id))
    # A continuation page repeats its table's header: count only the rows of data.
    continued = [row for path in sorted(pages, key=_number) for row in _data_rows(pages[path])]
    assert len(_rows(main)) == len(whole) - len(continued)
    assert _rows(main) + continued == whole
    assert all(MARK in path and path.startswith("archive/sources/") for path in pages)


def _data_rows(text: str) -> list[str]:
    lines = text.split("\n")
    heads = {i - 1 for i, line in enumerate(lines) if "|---" in line}  # a table's header line
    return [line for i, line in enumerate(lines) if _is_row(line) and i not in heads]


def _number(path: str) -> int:
    return int(path.removesuffix(".md").rsplit("-", 1)[1])


def test_cut_page_links_every_continuation_page(renderer: render.Renderer) -> None:
    source = max(renderer.archive.records["sources"].values(),
                 key=lambda s: len(renderer.links.to(s.id, "source_id")))
    pages = renderer.record_pages(source)
    main = pages.pop(page_path("sources", source.id))
    for path, text in pages.items():
        name = path.rsplit("/", 1)[1]
        assert f"]({name})" in main
        assert f"]({source.id}.md)" in text  # back to the record


def _page(heading: str, rows: list[str]) -> str:
    return "\n".join(["# Title", "", heading, "", *rows, ""])


def test_tables_keep_their_header_on_every_page(renderer: render.Renderer) -> None:
    rows = [f"| 1988 | [Event {i}](../events/e-{i}.md) |" for i in range(1, 8)]
    text = _page("## Events", ["| Date | Event |", "|---|---|", *rows])
    pages = paging.split_page("archive/cases/c.md", text, "A case", renderer._renders("archive/cases/c.md", "A case"),
                               keep=3, per_page=2)
    assert sorted(pages) == ["archive/cases/c--events-2.md", "archive/cases/c--events-3.md",
                             "archive/cases/c.md"]
    for text in pages.values():
        assert "| Date | Event |\n|---|---|\n| 1988 |" in text
    assert "[Event 4]" in pages["archive/cases/c--events-2.md"]
    assert "[Event 7]" in pages["archive/cases/c--events-3.md"]
    assert "[Event 4]" not in pages["archive/cases/c.md"]


def test_short_lists_and_lists_of_anchored_claims_are_left_whole(renderer: render.Renderer) -> None:
    claims = [f'- <a class="ca-anchor" id="role-{i}" href="#role-{i}">¶</a> role {i}' for i in range(9)]
    anchored = _page("## Roles", claims)
    short = _page("## Statements", [f"- statement {i}" for i in range(3)])
    for text in (anchored, short):
        renders = renderer._renders("archive/persons/p.md", "P")
        assert paging.split_page("archive/persons/p.md", text, "P", renders, 3, 2) == \
            {"archive/persons/p.md": text}


def test_markers_moved_to_a_continuation_page_link_to_the_page_they_came_from(
        renderer: render.Renderer) -> None:
    # Links to the page's file, so MkDocs resolves them for the site and the offline copy: in
    # ready HTML as the marker's element (mkdocs/readyhtml.py), in Markdown as a Markdown link.
    moved = {path: text for item in renderer.archive.records["organisations"].values()
             for path, text in renderer.record_pages(item).items() if MARK in path}
    with_markers = {path: text for path, text in moved.items() if "ca-ref" in text}
    assert with_markers
    for path, text in with_markers.items():
        stem = path.rsplit("/", 1)[1].split(MARK)[0]
        markers = re.findall(r'<a class="ca-ref ca-w-\w+" href="([^"]*)">\[\d+\]</a>', text)
        assert markers and 'href="#r' not in text, path
        assert all(re.fullmatch(rf"{stem}\.md#r\d+(-\d+)?", href) for href in markers), path


def test_ready_html_lists_and_tables_are_cut_with_their_opening_and_closing_lines(
        renderer: render.Renderer) -> None:
    start, end = "<!-- ca:html -->", "<!-- /ca:html -->"
    head = [start, "<table>", "<thead>", "<tr><th>Date</th><th>Event</th></tr>", "</thead>", "<tbody>"]
    rows = [f'<tr><td>1988</td><td><a href="../events/e-{i}.md">Event {i}</a></td></tr>' for i in range(1, 8)]
    items = [f'<li><a href="../persons/p-{i}.md">P {i}</a></li>' for i in range(1, 6)]
    text = "\n".join(["# Title", "", "## Events", "", *head, *rows, "</tbody>", "</table>", end, "",
                      "## People", "", start, "<ul>", *items, "</ul>", end, ""])
    pages = paging.split_page("archive/cases/c.md", text, "A case", renderer._renders("archive/cases/c.md", "A case"),
                              keep=3, per_page=2)
    assert sorted(pages) == ["archive/cases/c--events-2.md", "archive/cases/c--events-3.md",
                             "archive/cases/c--people-2.md", "archive/cases/c.md"]
    main = pages["archive/cases/c.md"]
    assert "\n".join([*head, *rows[:3], "</tbody>", "</table>", end, ""]) in main
    assert "\n".join([start, "<ul>", *items[:3], "</ul>", end, ""]) in main
    assert "Event 4" not in main and "P 4" not in main and "](c--people-2.md)" in main
    assert "\n".join([*head, *rows[3:5], "</tbody>", "</table>", end]) in pages["archive/cases/c--events-2.md"]
    assert "\n".join([start, "<ul>", *items[3:], "</ul>", end]) in pages["archive/cases/c--people-2.md"]
