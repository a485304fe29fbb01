"""The home page's first screen (issue 20): the cases with their dates, the range of each case's
most disputed figure with who gives each end, the latest events and where to start; generated
into docs/index.md through the hook, in both editions, and still a strict build when the
archive has other cases, no figures or no events."""

from __future__ import annotations

import re
from pathlib import Path

from casearchive.bench import synth
from casearchive.mkdocs import homeblock
from casearchive.model.pages import home_block_path
from casearchive.publish import build
from casearchive.render import renderer as render
from helpers import FIXTURE_DATA, build_site, make_project

# A higher figure that rests only on an unverified citation, and one given only in words: neither
# may be named as an end of the range (views.ranked_values).
LOUDER = """\
case_id: iran-1988-prison-massacres
title: Prisoners executed, as counted by many
values:
  - low: 2800
    high: 5000
    claimant: Human Rights Watch
    citations:
      - source_id: hrw-2022-qa
        locator: para. 3
  - low: 4000
    claimant: Somebody checked
    citations:
      - source_id: hrw-2022-qa
        locator: para. 5
  - low: 99000
    claimant: Somebody unchecked
    citations:
      - source_id: seed-article
        status: unverified
        note: not seen
  - figure_text: tens of thousands
    claimant: Somebody in words
    citations:
      - source_id: seed-article
        locator: para. 2
citations:
  - source_id: hrw-2022-qa
    locator: para. 3
"""
LATE = """\
case_id: iran-2019-november-protests
title: A later development
date: 2024-03
summary: Something happened, according to Human Rights Watch.
citations:
  - source_id: hrw-2022-qa
    locator: para. 7
"""


def _renderer(data: Path) -> render.Renderer:
    archive, problems = build.check_archive(data)
    assert not [p for p in problems if not p.warning], problems
    return render.Renderer(archive)


def test_each_end_of_a_range_is_a_checked_number_with_who_gives_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, extra={"estimates/louder.yml": LOUDER, "events/late.yml": LATE})
    block = _renderer(root / "data").home_block()
    part = block.split("[Prisoners executed, as counted by many](archive/estimates/louder.md): ", 1)[1]
    lines = part.split("\n")
    assert lines[0] == "4 figures given, each with who gives it, never merged into one number:"
    assert re.fullmatch(r"- Lowest given as a number by a checked source: \*\*\[2,800–5,000\]"
                        r"\(archive/estimates/louder\.md#value-[0-9a-f]+\)\*\*, according to Human Rights Watch\.",
                        lines[2])
    assert re.fullmatch(r"- Highest: \*\*\[4,000\]\(archive/estimates/louder\.md#value-[0-9a-f]+\)\*\*, "
                        r"according to Somebody checked\.", lines[3])
    assert "99,000" not in block and "Somebody unchecked" not in block and "tens of thousands" not in block
    assert "Not ranked: 2 figures unverified or given only in words" in block


def test_latest_events_come_latest_first_with_their_dates_as_the_sources_give_them(tmp_path: Path) -> None:
    root = make_project(tmp_path, extra={"events/late.yml": LATE})
    block = _renderer(root / "data").home_block()
    latest = block.split("## Latest developments", 1)[1]
    rows = [x for x in latest.split("\n") if x.startswith("- ")]
    assert rows[0].startswith("- March 2024: [A later development](archive/events/late.md)")  # no day
    assert "[The decree](archive/events/decree.md)" in rows[-1] and "&#40;uncertain&#41;" in rows[-1]
    assert "(Case [2019](archive/cases/iran-2019-november-protests.md)" in rows[0]


def test_the_persian_block_takes_its_words_from_the_labels_and_the_records_fa_blocks() -> None:
    block = _renderer(FIXTURE_DATA).in_language("fa").home_block()
    assert "\n## آنچه بایگانی مستند می‌کند" in block
    assert "۲٬۸۰۰" in block and "به گفتهٔ" in block and "تازه‌ترین رویدادها" in block
    assert "What the archive documents" not in block


def test_an_archive_without_cases_figures_or_events_still_gets_a_block(tmp_path: Path) -> None:
    data = tmp_path / "data" / "sources"
    data.mkdir(parents=True)
    (data / "hrw-2022-qa.yml").write_text((FIXTURE_DATA / "sources" / "hrw-2022-qa.yml").read_text())
    block = _renderer(tmp_path / "data").home_block()
    assert "The archive holds no case yet." in block and "Latest developments" not in block


def test_the_built_home_page_shows_the_block_in_both_editions(fixture_site: Path) -> None:
    english = (fixture_site / "index.html").read_text(encoding="utf-8")
    persian = (fixture_site / "fa" / "index.html").read_text(encoding="utf-8")
    assert homeblock.MARKER not in english and homeblock.MARKER not in persian
    assert 'id="what-the-archive-documents"' in english and "Latest developments" in english
    assert "آنچه بایگانی مستند می‌کند" in persian and "تازه‌ترین رویدادها" in persian
    # The first screen: the block comes before the hand-written "Start here".
    assert english.index("What the archive documents") < english.index('id="start-here"')
    for page, html in ((fixture_site, english), (fixture_site / "fa", persian)):
        links = re.findall(r'href="(archive/(?:estimates|events|cases)/[^"#]+)(?:#([^"]+))?"', html)
        assert links
        for path, anchor in links:
            target = (page / path / "index.html").read_text(encoding="utf-8")
            assert not anchor or f'id="{anchor}"' in target, (path, anchor)
    # The block is a part of the home page, not a page of its own.
    assert not (fixture_site / "archive" / ".home").exists()
    assert (fixture_site.parent / "docs" / home_block_path("fa")).is_file()


def test_a_synthetic_archive_with_other_cases_builds_strictly(tmp_path: Path) -> None:
    data = tmp_path / "synthetic" / "data"
    synth.write_archive(data, 40, seed=3)
    site = build_site(make_project(tmp_path / "project", data=data))
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "What the archive documents" in html and "archive/cases/case-" in html


def test_the_block_is_left_out_of_search(fixture_site: Path) -> None:
    # It repeats names from all over the archive, as the listings do: their own pages come first.
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<div class="ca-home ca-noindex" data-pagefind-ignore[^>]*>(.*?)<h2 id="start-here"',
                      html, flags=re.S)
    assert block and "Latest developments" in block.group(1)
