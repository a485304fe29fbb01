"""The synthetic archive of the benchmark: valid, deterministic, realistic in shape."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from casearchive.bench import synth
from casearchive.publish import build


def test_same_seed_gives_identical_files() -> None:
    assert synth.generate(60, seed=7) == synth.generate(60, seed=7)


def test_another_seed_gives_another_archive() -> None:
    assert synth.generate(60, seed=7) != synth.generate(60, seed=8)


def test_written_archive_has_no_problem_at_all(tmp_path: Path) -> None:
    written = synth.write_archive(tmp_path / "data", 120, seed=3)
    archive, problems = build.check_archive(tmp_path / "data")
    assert problems == []  # no error and no warning (every source is cited)
    assert written == len(archive.all()) == 120


def test_writing_again_changes_nothing(tmp_path: Path) -> None:
    synth.write_archive(tmp_path / "data", 60, seed=3)
    assert synth.write_archive(tmp_path / "data", 60, seed=3) == 0


def test_counts_cover_every_kind_and_add_up() -> None:
    counts = synth.counts(20_000)
    assert sum(counts.values()) == 20_000
    assert all(count >= 2 for count in counts.values())
    assert counts["persons"] >= 0.4 * 20_000


def test_too_small_an_archive_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 20"):
        synth.counts(10)


def test_records_cross_link_and_cite(tmp_path: Path) -> None:
    synth.write_archive(tmp_path / "data", 200, seed=5)
    archive, _problems = build.check_archive(tmp_path / "data")
    events = archive.records["events"].values()
    assert sum(len(e.record.participants) for e in events) > len(events) / 2
    persons = archive.records["persons"].values()
    assert any(p.record.aliases for p in persons) and any(p.record.name_original for p in persons)
    cited = [c.source_id for p in persons for c in p.record.citations]
    top = max(set(cited), key=cited.count)
    assert cited.count(top) > 3 * len(cited) / len(archive.records["sources"])  # a long tail


def test_search_target_is_a_unique_person_with_that_alias(tmp_path: Path) -> None:
    files = synth.generate(300, seed=11)
    person_id, name, alias = synth.search_target(300, seed=11)
    record = yaml.safe_load(files[f"persons/{person_id}.yml"])
    assert (record["name"], record["aliases"][0]) == (name, alias)
    others = [yaml.safe_load(text) for path, text in files.items()
              if path.startswith("persons/") and path != f"persons/{person_id}.yml"]
    assert all(name != o["name"] and alias not in o.get("aliases", []) for o in others)
