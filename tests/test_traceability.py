"""Issue 21: every citation placed, every source traceable, figures ranked honestly, "reportedly"
in reported statements' titles, and the sources report's figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casearchive.i18n.wording import Wording
from casearchive.load import traceability
from casearchive.model.records import EstimateValue
from casearchive.publish.build import check_archive
from casearchive.render.names import Names
from casearchive.render.pagetext import PageText
from casearchive.render.views import ranked_values, sorted_values
from helpers import FIXTURE_DATA, make_project


def _value(low: int | None = None, *, text: str | None = None, status: str = "seen",
           claimant: str = "C", qualifier: str = "exactly") -> EstimateValue:
    return EstimateValue.model_validate({
        "low": low, "figure_text": text, "claimant": claimant, "qualifier": qualifier,
        "citations": [{"source_id": "x", "locator": "p. 1", "status": status}]})


def test_figures_in_words_sort_last_not_first() -> None:
    words, few, many = _value(text="thousands"), _value(300), _value(30000)
    assert sorted_values([many, words, few]) == [few, many, words]


def test_lowest_and_highest_leave_out_unverified_figures_and_figures_in_words() -> None:
    words = _value(text="thousands", claimant="words")
    tweet = _value(1500, status="unverified", claimant="tweet")
    low, high = _value(208, qualifier="at_least"), _value(304)
    ranked = ranked_values([tweet, words, high, low])
    assert ranked == [low, high]
    assert ranked[0].qualifier == "at_least"  # the hedge stays with the figure
    assert ranked_values([words, tweet]) == []


def _archive(tmp_path: Path, extra: dict[str, str]) -> Any:
    root = make_project(tmp_path / "p", extra=extra)
    archive, problems = check_archive(root / "data")
    return archive, problems


def test_check_warns_for_unplaced_citations_and_silent_sources(tmp_path: Path) -> None:
    archive, problems = _archive(tmp_path, {
        "persons/bare.yml": "name: Bare\ncitations:\n  - source_id: hrw-2022-qa\n"
                            "  - source_id: hrw-2022-qa\n    status: unverified\n"
                            "    note: No passage was recorded.\n",
        "sources/silent.yml": "title: T\nkind: news\nlanguage: en\n",
        "persons/cites-silent.yml": "name: S\ncitations:\n  - source_id: silent\n    locator: p. 2\n",
    })
    found = [str(p) for p in problems]
    assert found == [
        "data/persons/bare.yml:3: citations[0]: warning: the citation of 'hrw-2022-qa' has neither "
        "an excerpt nor a locator; copy the supporting words into `excerpt`, or say where in the "
        "source they are, e.g. locator: p. 12 (or para. 4, 00:13:20); if the archive cannot say "
        "where, set status: unverified and say why in `note`",
        "data/sources/silent.yml:1: url: warning: the source 'silent' has no URL and does not say "
        "why; give its address in `url`, or say why there is none, e.g. no_url: print (or "
        "broadcast, private_copy, not_recorded, not_found), with a `note`",
    ]
    figures = traceability.figures(archive)
    assert (figures.sources, figures.with_url) == (3, 1)
    assert figures.unplaced == traceability.figures(check_archive(FIXTURE_DATA)[0]).unplaced + 1
    assert "Sources: 3, 1 with a URL, 1 with a reason for having none" in figures.line()


def test_the_fixture_archive_is_fully_traceable() -> None:
    archive, problems = check_archive(FIXTURE_DATA)
    assert problems == []
    figures = traceability.figures(archive)
    assert figures.citations > 20
    assert dict(figures.no_url) == {"not_found": 1}
    assert figures.advocacy_only  # claims citing only seed-article, an advocacy source


def _title(archive: Any, statement: str, lang: str = "en") -> str:
    names = Names(archive, PageText(lang), Wording(lang))
    return names.plain(archive.records["statements"][statement])


STATEMENT = """speaker_id: jane-official
case_id: iran-1988-prison-massacres
original: {{text: The words, language: en}}
citations:
  - source_id: {source}
    locator: p. 1
{extra}"""


def test_reported_statements_say_reportedly_in_both_editions(tmp_path: Path) -> None:
    archive, _ = _archive(tmp_path, {
        "statements/checked.yml": STATEMENT.format(source="hrw-2022-qa", extra=""),
        "statements/advocacy.yml": STATEMENT.format(source="seed-article", extra=""),
        "statements/unverified.yml": STATEMENT.format(
            source="hrw-2022-qa", extra="    status: unverified\n    note: Not checked.\n"),
        "statements/said-so.yml": STATEMENT.format(source="hrw-2022-qa", extra="reported: true\n"),
    })
    assert _title(archive, "checked").endswith(": “The words”")
    for statement in ("advocacy", "unverified", "said-so"):
        assert _title(archive, statement).endswith(": reportedly “The words”"), statement
        assert _title(archive, statement, "fa").endswith("به گزارش، «The words»"), statement


def test_khameneis_reported_order_says_reportedly() -> None:
    archive, _ = check_archive(Path(__file__).resolve().parents[1] / "data")
    assert "reportedly “The Islamic republic" in _title(archive, "nov-2019-khamenei-reported-words")


def test_check_warns_for_an_outlet_with_a_tie_that_does_not_say_so(tmp_path: Path) -> None:
    cite = "citations:\n  - source_id: {}\n    locator: p. 1\n"
    _unused, problems = _archive(tmp_path, {
        "sources/farda.yml": "title: T\nkind: news\nlanguage: fa\nurl: https://www.radiofarda.com/a/1.html\n",
        "sources/farda-said.yml": "title: T\nkind: news\nlanguage: fa\nurl: https://en.radiofarda.com/a/2\n"
                                 "affiliation: Funded by the US government.\n",
        "sources/press.yml": "title: T\nkind: state_media\nlanguage: en\nurl: https://www.presstv.ir/Detail/1\n",
        "sources/lookalike.yml": "title: T\nkind: news\nlanguage: en\nurl: https://notpresstv.ir/x\n",
        **{f"persons/p-{i}.yml": f"name: P{i}\n" + cite.format(i)
           for i in ("farda", "farda-said", "press", "lookalike")},
    })
    found = [str(p) for p in problems if "tie" in str(p)]
    assert found == [
        "data/sources/farda.yml:4: affiliation: warning: the source is published by radiofarda.com, "
        "an outlet with a state or political tie, but does not say so; add an `affiliation`, e.g. "
        "affiliation: Funded by the US government (through the US Agency for Global Media).",
        "data/sources/press.yml:4: affiliation: warning: the source is published by presstv.ir, an "
        "outlet with a state or political tie, but does not say so; add an `affiliation`, e.g. "
        "affiliation: Iranian state or state-aligned outlet.",
    ]
