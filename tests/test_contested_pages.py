"""Contested facts, one page per case (issue 20): the old address is an overview of every figure's
range that keeps the old page's headings, and each case's page holds its charts, tables and
citations, so no page grows with the whole archive. Both editions. Also the method page's
legend of source kinds, marked as the reference lists mark them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casearchive.bench import synth
from casearchive.model.pages import page_path
from casearchive.model.records import SourceKind
from casearchive.publish import build
from casearchive.render import kindlegend, references, views
from casearchive.render import renderer as render
from helpers import FIXTURE_DATA


def _renderer(data: Path) -> render.Renderer:
    return render.Renderer(build.check_archive(data)[0])


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> render.Renderer:
    data = tmp_path_factory.mktemp("contested") / "data"
    synth.write_archive(data, 2000, seed=4)
    return _renderer(data)


def test_each_case_page_holds_only_its_own_figures_and_dates(synthetic: render.Renderer) -> None:
    pages = synthetic.contested_pages()
    archive = synthetic.archive
    cases = archive.records["cases"]
    assert set(pages) == {page_path("contested")} | {page_path("contested", c) for c in cases}
    for case_id in cases:
        text = pages[page_path("contested", case_id)]
        shown = set(re.findall(r"\{ #figure-([a-z0-9-]+) \}", text))
        assert shown == {e.id for e in archive.records["estimates"].values()
                         if e.record.case_id == case_id}  # type: ignore[attr-defined]
        assert text.count("<svg") == len(shown)
        for event in archive.records["events"].values():
            if event.record.date_variants:  # type: ignore[attr-defined]
                linked = f"](../events/{event.id}.md)" in text
                assert linked == (event.record.case_id == case_id), (case_id, event.id)  # type: ignore[attr-defined]


def test_the_overview_stays_light_and_links_each_case_s_most_disputed_figures(
        synthetic: render.Renderer) -> None:
    pages = synthetic.contested_pages()
    overview = pages.pop(page_path("contested"))
    assert "<svg" not in overview and "|---" not in overview  # no chart, no table of claims
    # At 2,000 records the single page was about 195,000 characters.
    assert len(overview) * 3 < min(map(len, pages.values()))
    archive = synthetic.archive
    for case_id in archive.records["cases"]:
        disputed = views.disputed_estimates(archive, case_id)
        assert len(disputed) > render.OVERVIEW_FIGURES
        for estimate in disputed:
            linked = f"](../contested/{case_id}.md#figure-{estimate.id})" in overview
            assert linked == (estimate in disputed[:render.OVERVIEW_FIGURES]), estimate.id
        assert f"This case has {len(disputed)} contested figures in all; every one is on [" in overview


def test_the_overview_keeps_the_headings_the_single_page_had() -> None:
    # Links to the old page's sections (#figures, #dates, one heading per figure) keep landing.
    renderer = _renderer(FIXTURE_DATA)
    for lang in ("en", "fa"):
        edition = renderer.in_language(lang)
        overview = edition.contested_pages()[page_path("contested", lang=lang)]
        # A Persian heading ends with the English heading's id ({ #... }).
        headings = [re.sub(r" \{ #[^}]+ \}$", "", h)
                    for h in re.findall(r"^#{2,4} (.+)$", overview, flags=re.M)]
        for estimate in renderer.archive.records["estimates"].values():
            assert edition.text.val(estimate.record, "title", mark=False) in headings
        if lang == "en":
            assert {"Figures", "Dates"} <= set(headings)
        else:
            assert re.search(r"^## .+ \{ #figures \}$", overview, flags=re.M)
            assert re.search(r"^## .+ \{ #dates \}$", overview, flags=re.M)


def test_the_built_pages_answer_in_both_editions(fixture_site: Path) -> None:
    for edition in (fixture_site, fixture_site / "fa"):
        overview = (edition / "archive" / "contested" / "index.html").read_text(encoding="utf-8")
        case = edition / "archive" / "contested" / "iran-1988-prison-massacres" / "index.html"
        html = case.read_text(encoding="utf-8")
        assert 'id="figure-toll-1988"' in html and "<svg" in html and 'class="ca-refno"' in html
        assert 'href="iran-1988-prison-massacres/#figure-toll-1988"' in overview
        assert "ca-chart-svg" not in overview
    # The case's own page leads to its contested facts.
    case_page = (fixture_site / "archive" / "cases" / "iran-1988-prison-massacres" / "index.html")
    assert "../../contested/iran-1988-prison-massacres/" in case_page.read_text(encoding="utf-8")


def test_the_method_page_legend_shows_every_kind_as_reference_lists_mark_it(fixture_site: Path) -> None:
    for lang, page in (("en", fixture_site / "about" / "method" / "index.html"),
                       ("fa", fixture_site / "fa" / "about" / "method" / "index.html")):
        html = page.read_text(encoding="utf-8")
        assert kindlegend.MARKER not in html
        badges = re.findall(r'<span class="ca-kind (ca-w-[a-z]+)">([^<]+)</span>', html)
        assert [cls for cls, _ in badges] == [references.mark_class(k) for k in references.WEIGHTS]
        assert {k.value for k in SourceKind} == set(references.WEIGHTS)
        if lang == "fa":
            assert ("ca-w-record", "سند سازمان ملل") in badges
            assert "احکام، کیفرخواست‌ها" in html
        else:
            assert ("ca-w-advocacy", "advocacy / affiliated outlet") in badges
