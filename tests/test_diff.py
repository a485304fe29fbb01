"""`casearchive diff <ref>`: a pull request's changes to records, in words (golden output)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casearchive import cli
from casearchive.tools import diff
from helpers import GOLDEN, check_golden, commit_all, init_repo

DIFF = GOLDEN / "diff.txt"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_changes(data: Path) -> None:
    """One of each kind of change a pull request makes."""
    edit(data / "events" / "decree.yml", "date: 1988-07-28?\n", "date: 1988-07-28\n")
    edit(data / "events" / "decree.yml", "  A decree ordered the executions.\n",
         "  A decree, dated by most sources to 28 July 1988, ordered the executions of prisoners.\n")
    edit(data / "persons" / "jane-official.yml", "citations:\n  - source_id: hrw-2022-qa\n    locator: para. 3\n",
         "citations:\n  - source_id: hrw-2022-qa\n    locator: para. 3\n  - source_id: seed-article\n"
         "    locator: p. 2\n  - source_id: hrw-2022-qa\n    locator: para. 9\n")
    edit(data / "persons" / "jane-official.yml", "    end: 1989~\n", "    end: 1990\n")
    edit(data / "persons" / "jane-official.yml", "aliases: [J. Official]\n", "")
    edit(data / "persons" / "jane-official.yml", "        status: unverified\n", "")
    # A rename: the file moves, the old id becomes a former id, references follow.
    (data / "places" / "tehran.yml").rename(data / "places" / "tehran-city.yml")
    edit(data / "places" / "tehran-city.yml", "name: Tehran\n", "name: Tehran city\nformer_ids: [tehran]\n")
    for path in (data / "cases" / "iran-1988-prison-massacres.yml", data / "events" / "decree.yml"):
        edit(path, "place_ids: [tehran]", "place_ids: [tehran-city]")
    edit(data / "organisations" / "death-commission.yml", "place_id: tehran\n", "place_id: tehran-city\n")
    (data / "statements" / "jane-1988.yml").unlink()
    (data / "sources" / "amnesty-1988-news.yml").write_text(
        "title: \"Iran: Amnesty International news release\"\nkind: ngo_report\nlanguage: en\n",
        encoding="utf-8")
    edit(data / "estimates" / "toll-1988.yml", "citations:\n  - source_id: hrw-2022-qa\n",
         "  - low: 300\n    qualifier: more_than\n    claimant: Amnesty International\n"
         "    citations:\n      - source_id: amnesty-1988-news\ncitations:\n"
         "  - source_id: hrw-2022-qa\n")


def test_changes_are_listed_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_changes(init_repo(tmp_path))
    assert cli.main(["--root", str(tmp_path), "diff", "main"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    check_golden(DIFF, captured.out)


def test_committed_changes_count_against_an_older_ref(tmp_path: Path) -> None:
    data = init_repo(tmp_path)
    edit(data / "events" / "decree.yml", "date: 1988-07-28?\n", "date: 1988-07\n")
    commit_all(tmp_path, "Date the decree by month")
    phrases, broken = diff.diff(tmp_path, "HEAD~1")
    assert phrases == ["changes event decree's date from 1988-07-28? to 1988-07"]
    assert broken == []
    assert diff.diff(tmp_path, "HEAD") == ([], [])


def test_no_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init_repo(tmp_path)
    assert cli.main(["--root", str(tmp_path), "diff", "main"]) == 0
    assert capsys.readouterr().out == "No changes to records since main.\n"


def test_a_broken_file_is_named_not_reported_as_removed(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = init_repo(tmp_path)
    edit(data / "events" / "decree.yml", "date: 1988-07-28?\n", "date: July 1988\n")
    assert cli.main(["--root", str(tmp_path), "diff", "main"]) == 0
    captured = capsys.readouterr()
    assert "- cannot compare event decree (its file has errors; run casearchive check)" in captured.out
    assert "removes event decree" not in captured.out
    assert "warning: data/events/decree.yml has errors and is left out" in captured.err


def test_an_unknown_ref_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init_repo(tmp_path)
    assert cli.main(["--root", str(tmp_path), "diff", "no-such-branch"]) == 1
    assert capsys.readouterr().err == ("casearchive diff: cannot read 'no-such-branch': no such "
                                       "branch, tag or commit here; try main or HEAD\n")
