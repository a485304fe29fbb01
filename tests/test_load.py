"""Loading and validating records: every problem found at once, each as path:line: field: message."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from casearchive import processes
from casearchive.bench import synth
from casearchive.load import archive as load
from casearchive.publish.build import check_archive
from helpers import FIXTURE_DATA


def _data_with(tmp_path: Path, files: dict[str, str]) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    for relative, text in files.items():
        path = data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return data


def _messages(data: Path) -> list[str]:
    return [str(p) for p in check_archive(data)[1]]


def test_fixture_archive_is_clean() -> None:
    archive, problems = check_archive(FIXTURE_DATA)
    assert problems == []
    assert "jane-official" in archive.records["persons"] and archive.get("decree") is not None


def test_every_problem_is_reported_at_once_sorted_with_lines_and_examples(tmp_path: Path) -> None:
    data = _data_with(tmp_path, {
        "persons/bad-person.yml": (
            "name: Bad Person\n"
            "positons: []\n"
            "born:\n"
            "  date: 1988-31\n"
            "  citations:\n"
            "    - source_id: hrw-2022-qa\n"
            "citations:\n"
            "  - source_id: nowhere\n"
            "    locator: 635\n"
        ),
        "events/no-citations.yml": (
            "case_id: iran-1988-prison-massacres\n"
            "title: An event\n"
            "date: 1988-07\n"
            "summary: Something happened.\n"
            "citations: []\n"
        ),
        "sources/Bad Name.yml": "title: x\nkind: blog\nlanguage: en\nurl: javascript:alert(1)\n",
    })
    assert _messages(data) == [
        "data/events/no-citations.yml:5: citations: needs at least one entry; e.g. citations: "
        "[{\"source_id\": \"hrw-2022-qa\", \"locator\": \"para. 3\"}]",
        "data/persons/bad-person.yml:2: positons: unknown field 'positons'; did you mean 'positions'? "
        "allowed here: former_ids, citations, name, name_original, aliases, born, died, summary, "
        "positions, roles, fa",
        "data/persons/bad-person.yml:4: born.date: '1988-31' has no month 31; write "
        "1988-07-28, 1988-07, 1988, 1988-07~ (about), 1988-07-28? (uncertain), 1988-07-25/1988-07-28 "
        "(range) or [2016-08-09,2016-08-10] (one of)",
        "data/persons/bad-person.yml:9: citations[0].locator: expected text, got the number 635; "
        "e.g. locator: p. 635",
        "data/sources/Bad Name.yml:1: (file name): 'Bad Name.yml' is not a valid id; name the file "
        "with lowercase letters, digits and single hyphens, e.g. ebrahim-raisi.yml",
        "data/sources/Bad Name.yml:2: kind: 'blog' is not one of: 'un_document', 'court_record', "
        "'ngo_report', 'news', 'memoir', 'state_media', 'advocacy', 'government', 'wikipedia' or 'other'",
        "data/sources/Bad Name.yml:4: url: 'javascript:alert(1)' is not a web "
        "address; write a full http(s) URL such as "
        "https://www.amnesty.org/en/documents/mde13/9421/2018/en/",
    ]


def test_cross_file_problems(tmp_path: Path) -> None:
    data = _data_with(tmp_path, {
        "places/tehran-copy.yml": "name: Tehran\nkind: city\nformer_ids: [jane-officer]\n"
                                  "located_in_id: decree\ncitations:\n  - source_id: hrw-2022-qa\n"
                                  "    locator: p. 1\n",
        "organisations/hrw-2022-qa.yml": "name: Clash\nkind: x\ncitations:\n  - source_id: hrw-2022-qa\n"
                                         "    locator: p. 1\n",
        "persons/late.yml": "name: Late\npositions:\n  - title: Post\n    start: 1990\n    end: 1989\n"
                            "    citations:\n      - source_id: hrw-2022-qa\n        locator: p. 1\n"
                            "citations:\n  - source_id: hrw-2022-qa\n    locator: p. 1\n",
        "sources/orphan.yml": "title: Orphan\nkind: news\nlanguage: en\nurl: https://example.org/o\n",
    })
    assert _messages(data) == [
        "data/organisations/hrw-2022-qa.yml:1: (file name): the id 'hrw-2022-qa' is also used by "
        "data/sources/hrw-2022-qa.yml; ids are unique across all kinds: rename one file",
        "data/persons/jane-official.yml:25: former_ids[0]: 'jane-officer' is also a former id of "
        "data/places/tehran-copy.yml; each former id may belong to one record only",
        "data/persons/late.yml:5: positions[0].end: '1989' is before positions[0].start '1990'; an end "
        "cannot come before its start",
        "data/places/tehran-copy.yml:3: former_ids[0]: 'jane-officer' is also a former id of "
        "data/persons/jane-official.yml; each former id may belong to one record only",
        "data/places/tehran-copy.yml:4: located_in_id: 'decree' is not the id of any place (it is "
        "an event); name a place",
        "data/sources/hrw-2022-qa.yml:1: (file name): the id 'hrw-2022-qa' is also used by "
        "data/organisations/hrw-2022-qa.yml; ids are unique across all kinds: rename one file",
        "data/sources/orphan.yml:1: (record): warning: the source 'orphan' is never cited; cite it "
        "from a claim or remove it",
    ]


def test_loading_on_two_cores_gives_what_loading_on_one_gives(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 120, seed=3)
    (data / "persons" / "broken.yml").write_text("name: [unclosed\n", encoding="utf-8")
    (data / "persons" / "notes.txt").write_text("not a record\n", encoding="utf-8")
    (data / "events" / "twice.yml").write_text("name: A\nname: B\n", encoding="utf-8")
    one_cores, one_problems = load.load_archive(data)
    monkeypatch.setattr(load, "PARALLEL_FROM", 10)
    forked: list[int] = []
    real_start = processes.start
    monkeypatch.setattr(processes, "start", lambda work: forked.append(1) or real_start(work))
    two_cores, two_problems = load.load_archive(data)
    assert forked == ([1] if processes.workers() > 1 else [])
    assert two_problems == one_problems and len(one_problems) >= 3
    assert two_cores.invalid == one_cores.invalid == {"broken": "persons", "twice": "events"}
    assert [(i.kind, i.id, i.path, i.record, i.references) for i in two_cores.all()] == \
        [(i.kind, i.id, i.path, i.record, i.references) for i in one_cores.all()]
    assert all(a.line("name") == b.line("name") for a, b in zip(two_cores.all(), one_cores.all(), strict=True)
               if "name" in type(a.record).model_fields)


def test_a_load_for_the_whole_process_is_left_alone_by_the_collector(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 30, seed=3)
    gc.unfreeze()
    try:
        load.load_archive(data)
        assert gc.get_freeze_count() == 0  # a test, serve: the collector keeps its say
        archive, _problems = load.load_archive(data, freeze=True)
        assert gc.get_freeze_count() > 0
        assert archive.all() and gc.get_freeze_count() >= len(archive.all())
    finally:
        gc.unfreeze()
