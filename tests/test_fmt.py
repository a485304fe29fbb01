"""`casearchive fmt`: canonical layout, comments kept, values never changed, --check exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casearchive import cli
from casearchive.load import yamlstrict
from casearchive.model import info
from casearchive.model.records import Person
from casearchive.tools import fmt, yamlcomments
from helpers import FIXTURE_DATA, GOLDEN, check_golden, copy_fixture

FMT = GOLDEN / "fmt"


@pytest.mark.parametrize("path", sorted(FIXTURE_DATA.glob("*/*.yml")), ids=lambda p: p.stem)
def test_fixture_records_keep_their_data_and_format_stably(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = fmt.format_record(text, path.parent.name)
    assert yamlstrict.load(result).data == yamlstrict.load(text).data
    assert fmt.format_record(result, path.parent.name) == result


def test_commented_record_matches_golden() -> None:
    source = (FMT / "commented.in.yml").read_text(encoding="utf-8")
    check_golden(FMT / "commented.out.yml", fmt.format_record(source, "persons"))


def test_every_comment_survives_and_keeps_its_field() -> None:
    source = (FMT / "commented.in.yml").read_text(encoding="utf-8")
    result = fmt.format_record(source, "persons")
    _, before = yamlcomments.extract(source)
    _, after = yamlcomments.extract(result)
    assert sorted(c.lines for c in before) == sorted(c.lines for c in after)
    owners = {c.lines: c.loc for c in after}
    assert owners[("# The name, as most English sources write it.",)] == ("name",)
    assert owners[("# after a value",)] == ("citations", 0, "source_id")
    assert owners[("# after a list item",)] == ("aliases", 0)
    assert owners[("# before the second citation",)] == ("citations", 1)
    assert result.startswith("# A header comment: it stays at the top.\n\n")


def test_keys_follow_the_model_order_at_every_level() -> None:
    source = (FMT / "commented.in.yml").read_text(encoding="utf-8")
    data = yamlstrict.load(fmt.format_record(source, "persons")).data
    assert list(data) == [k for k in info.field_order(Person) if k in data]
    assert list(data)[-2:] == ["former_ids", "citations"]
    assert list(data["citations"][0]) == ["source_id", "locator"]
    assert list(data["positions"][0]) == ["title", "start", "end", "citations"]


def test_quotes_only_where_the_strict_loader_needs_them() -> None:
    source = (FMT / "commented.in.yml").read_text(encoding="utf-8")
    result = fmt.format_record(source, "persons")
    assert "name: Jane Official\n" in result
    assert "  - J. Official  # after a list item\n" in result
    assert '  - "yes"\n  - "1988"\n  - "a: b"\n' in result
    assert "  - title: Deputy prosecutor\n" in result


def test_block_text_is_kept_as_written() -> None:
    source = (FMT / "commented.in.yml").read_text(encoding="utf-8")
    block = source[source.index("summary: >-"):source.index("aliases:")]
    assert block in fmt.format_record(source, "persons")


def test_a_comment_inside_a_flow_list_is_refused() -> None:
    text = "name: X\naliases: [a,  # between items\n  b]\ncitations:\n  - source_id: hrw-2022-qa\n"
    with pytest.raises(fmt.FormatError, match="line 2"):
        fmt.format_record(text, "persons")


_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cf", "Zl", "Zp", "Co", "Cn"),
                              include_characters="\n"), min_size=1, max_size=30)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(values=st.lists(_TEXT, min_size=1, max_size=4), style=st.sampled_from([None, "'", '"']))
def test_any_text_keeps_its_value(values: list[str], style: str | None) -> None:
    record = {"name": "X", "aliases": values, "summary": values[0],
              "citations": [{"source_id": "hrw-2022-qa"}]}
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, default_style=style)
    try:
        Person.model_validate(yamlstrict.load(text).data)
    except (yamlstrict.YamlError, ValueError):
        return  # not a valid record to begin with: fmt would refuse it
    result = fmt.format_record(text, "persons")  # a '#' inside a text is no comment
    assert yamlstrict.load(result).data == yamlstrict.load(text).data
    assert fmt.format_record(result, "persons") == result


@pytest.mark.parametrize("style", [None, "'", '"'])
def test_a_hash_inside_a_text_that_spans_lines_is_not_a_comment(style: str | None) -> None:
    summary = "word " * 14 + "#tag then more words # and more"
    record = {"name": "X", "summary": summary, "citations": [{"source_id": "hrw-2022-qa"}]}
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, default_style=style, width=60)
    assert len(text.splitlines()) > 4  # the summary spans lines
    result = fmt.format_record(text + "# a real comment stays\n", "persons")
    assert yamlstrict.load(result).data["summary"] == summary
    assert "# a real comment stays" in result


def _run(root: Path, *args: str) -> int:
    return cli.main(["--root", str(root), "fmt", *args])


def test_check_fails_on_unformatted_files_and_changes_nothing(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_fixture(tmp_path)
    _unformat(data / "persons/jane-official.yml")
    before = {p: p.read_bytes() for p in data.rglob("*.yml")}
    assert _run(tmp_path, "--check") == 1
    out = capsys.readouterr().out
    assert "data/persons/jane-officer.yml" not in out
    assert "data/persons/jane-official.yml: would be reformatted; run casearchive fmt" in out
    assert {p: p.read_bytes() for p in data.rglob("*.yml")} == before


def _unformat(path: Path) -> None:
    """Move the first key to the end: same data, not in the canonical order."""
    first, rest = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(rest + first + "\n", encoding="utf-8")


def test_fmt_then_check_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _unformat(copy_fixture(tmp_path) / "persons/jane-official.yml")
    assert _run(tmp_path) == 0
    assert "data/persons/jane-official.yml: formatted" in capsys.readouterr().out
    assert _run(tmp_path, "--check") == 0
    count = len(list(FIXTURE_DATA.glob("*/*.yml")))
    assert f"0 file(s) to format, {count} already formatted, 0 not formatted." in capsys.readouterr().out


def test_only_the_named_files_are_touched(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    other = (data / "events" / "decree.yml").read_bytes()
    assert _run(tmp_path, str(data / "persons" / "jane-official.yml")) == 0
    assert _run(tmp_path, "--check", str(data / "persons")) == 0
    assert (data / "events" / "decree.yml").read_bytes() == other


def test_a_file_that_does_not_load_is_refused_with_the_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_fixture(tmp_path)
    bad = data / "persons" / "bad.yml"
    bad.write_text("name: no\ncitations:\n    - source_id: hrw-2022-qa\n", encoding="utf-8")
    assert _run(tmp_path, str(bad)) == 1
    assert "data/persons/bad.yml:1: name: 'no' is ambiguous" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8").startswith("name: no\n")
    assert _run(tmp_path, "--check", str(bad)) == 1


def test_a_file_outside_data_kinds_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_fixture(tmp_path)
    stray = tmp_path / "notes.yml"
    shutil.copy(FIXTURE_DATA / "places" / "tehran.yml", stray)
    assert _run(tmp_path, str(stray)) == 1
    assert "notes.yml:1: (file name): not a record file" in capsys.readouterr().err
