"""Words on the page a reader stumbles on (issue 20): dates never nest brackets, the timeline
names a case in a few characters, and a record's own sources line says what it supports."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from casearchive.publish import build
from casearchive.render import escape, renderer
from casearchive.render.address import Site
from casearchive.render.environment import environment

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "archive" / "data"
NESTED = re.compile(r"\([^()]*\(")


def _pages(tmp_path: Path, label: str, date: str = "") -> dict[str, str]:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    decree = data / "events" / "decree.yml"
    text = decree.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^date_label:.*$", f"date_label: {label}", text)
    if date:
        text = re.sub(r"(?m)^date:.*$", f"date: {date}", text)
    decree.write_text(text, encoding="utf-8")
    archive, problems = build.check_archive(data)
    assert not [p for p in problems if not p.warning], problems
    return {path: html.unescape(page) for path, page in
            renderer.render_archive(archive, "v", Site(name="T", url="https://x.org/")).items()}


def test_a_date_label_with_brackets_is_not_put_in_brackets(tmp_path: Path) -> None:
    pages = _pages(tmp_path, "late July 1988 (Amnesty International)")
    undated = _pages(tmp_path / "plain", "late July 1988 (Amnesty International)", date="1988-07")
    for path in ("archive/events/decree.md", "archive/timeline/index.md"):
        assert "July 1988 — late July 1988 (Amnesty International)" in undated[path], path
    for path in ("archive/events/decree.md", "archive/timeline/index.md",
                 "archive/cases/iran-1988-prison-massacres.md"):
        assert "28 July 1988 (uncertain) — late July 1988 (Amnesty International)" in pages[path], path
    for path in ("archive/events/decree.fa.md", "archive/timeline/index.fa.md"):
        assert "— <span" in pages[path] and "Amnesty International)" in pages[path]
    for path, page in pages.items():
        if path.endswith(".md"):
            for line in page.splitlines():
                if "July 1988" in line and "Amnesty International" in line:
                    assert not NESTED.search(re.sub(r"<[^>]+>|\{[^}]*\}", "", line)), (path, line)


def test_a_label_goes_in_brackets_only_when_neither_part_has_its_own() -> None:
    template = environment().from_string(
        '{% from "_macros.md.j2" import dated %}{{ dated(date, label) }}')
    assert template.render(date="4 August 1988", label="JVMI page header") == \
        "4 August 1988 (JVMI page header)"
    assert template.render(date="4 August 1988", label="2 August (JVMI)") == \
        "4 August 1988 — 2 August &#40;JVMI&#41;"
    assert template.render(date="1988 (uncertain)", label="summer") == \
        "1988 &#40;uncertain&#41; — summer"
    assert template.render(date="4 August 1988", label="") == "4 August 1988"
    # As val() gives it: Markup, its brackets already escaped.
    label = escape.inline("late July 1988 (Amnesty International)")
    assert template.render(date="July 1988", label=label) == f"July 1988 — {label}"


def test_the_timeline_names_each_case_by_its_year(tmp_path: Path) -> None:
    page = _pages(tmp_path, "late July 1988")["archive/timeline/index.md"]
    rows = [line for line in page.splitlines() if line.startswith("| ") and "events/" in line]
    assert rows
    for row in rows:
        assert "mass executions" not in row.split('title="')[0], row
        assert re.search(r"\| \[(1988|2019)\]\(\.\./cases/", row), row


def test_a_records_own_sources_line_has_a_label(tmp_path: Path) -> None:
    pages = _pages(tmp_path, "late July 1988")
    for path in ("archive/persons/john-witness.md", "archive/persons/jane-official.md"):
        assert re.search(r'aria-label="[^"]*">¶</a>.*Sources of this record: <a class="ca-ref', pages[path]), path
    assert "منابع این رکورد: <a class=\"ca-ref" in pages["archive/persons/john-witness.fa.md"]
