"""Regeneration while serving: after any edit, the pages equal a full render of the new data."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from casearchive.bench import synth
from casearchive.load.problems import errors
from casearchive.publish import build, incremental
from casearchive.publish import files as site
from casearchive.render import renderer


def _sorted(folder: Path, kind: str) -> list[Path]:
    return sorted((folder / kind).glob("*.yml"))


def rename_person(data: Path) -> None:
    path = _sorted(data, "persons")[3]
    path.write_text(path.read_text().replace("name: ", "name: Renamed ", 1))


def move_event_a_year(data: Path) -> None:
    path = _sorted(data, "events")[2]
    text = path.read_text()
    path.write_text(re.sub(r"date: '(\d{4})", lambda m: f"date: '{int(m[1]) - 1}", text, count=1))


def drop_participants(data: Path) -> None:
    for path in _sorted(data, "events"):
        text = path.read_text()
        if "participants:" in text:
            path.write_text(re.sub(r"participants:\n(?:[- ] .*\n)*", "", text))
            return


def add_person(data: Path) -> None:
    event, source = _sorted(data, "events")[0].stem, _sorted(data, "sources")[0].stem
    (data / "persons" / "added-person.yml").write_text(
        f"name: Added Person\nroles:\n- event_id: {event}\n  role: was there\n  citations:\n"
        f"  - source_id: {source}\n    locator: p. 1\ncitations:\n- source_id: {source}\n  locator: p. 1\n")


def retitle_source(data: Path) -> None:
    path = _sorted(data, "sources")[0]
    path.write_text(path.read_text().replace("title: ", "title: Retitled ", 1))


EDITS = [rename_person, move_event_a_year, drop_participants, add_person, retitle_source]


def _complete(regenerator: incremental.Regenerator) -> dict[str, str]:
    """What the background step of an edit leaves written."""
    completion = regenerator.complete()
    assert completion is not None
    assert regenerator.accept(completion) is not None
    return regenerator.files


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_pages_after_an_edit_equal_a_full_render(tmp_path: Path, edit: Callable[[Path], None]) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 80, seed=2)
    regenerator = incremental.Regenerator()
    before = regenerator.update(build.check_archive(data, regenerator.cache)[0])
    edit(data)
    archive, problems = build.check_archive(data, regenerator.cache)
    assert not errors(problems)  # warnings (e.g. a near-duplicate role an edit made) are allowed
    expected = renderer.render_archive(build.check_archive(data)[0])
    quick = regenerator.update(archive)
    # At once: the edited records' own pages are final, every other file is as it was.
    for path, text in quick.items():
        assert text == expected.get(path) or text == before.get(path), path
    edited = {path for path in quick if quick[path] != before.get(path)}
    assert edited and all(quick[path] == expected[path] for path in edited)
    assert _complete(regenerator) == expected


def test_the_edited_page_is_final_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 80, seed=2)
    regenerator = incremental.Regenerator()
    before = regenerator.update(build.check_archive(data, regenerator.cache)[0])
    rename_person(data)
    person = _sorted(data, "persons")[3].stem
    quick = regenerator.update(build.check_archive(data, regenerator.cache)[0])
    expected = renderer.render_archive(build.check_archive(data)[0])
    own = {path for path in expected if incremental.owner(path) == ("persons", person)}
    assert {f"archive/persons/{person}.md", f"archive/persons/{person}.fa.md"} <= own
    assert all(quick[path] == expected[path] != before[path] for path in own)
    others = {path for path in expected if path not in own and expected[path] != before.get(path)}
    assert others, "a rename shows on other pages too"
    assert all(quick.get(path) == before.get(path) for path in others)  # until the second step


def test_removing_a_record_removes_its_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 60, seed=2)
    add_person(data)
    regenerator = incremental.Regenerator()
    assert "archive/persons/added-person.md" in regenerator.update(build.check_archive(data)[0])
    (data / "persons" / "added-person.yml").unlink()
    quick = regenerator.update(build.check_archive(data)[0])
    assert not any(incremental.owner(path) == ("persons", "added-person") for path in quick)
    assert _complete(regenerator) == renderer.render_archive(build.check_archive(data)[0])


def test_a_later_edit_makes_an_earlier_completion_useless(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 60, seed=2)
    regenerator = incremental.Regenerator()
    regenerator.update(build.check_archive(data, regenerator.cache)[0])
    rename_person(data)
    regenerator.update(build.check_archive(data, regenerator.cache)[0])
    assert regenerator.complete(stopped=lambda: True) is None
    stale = regenerator.complete()
    retitle_source(data)
    regenerator.update(build.check_archive(data, regenerator.cache)[0])
    assert stale is not None and regenerator.accept(stale) is None
    assert _complete(regenerator) == renderer.render_archive(build.check_archive(data)[0])
    assert regenerator.complete() is None  # nothing left to render


def test_unchanged_files_are_not_read_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 40, seed=2)
    cache: dict = {}
    first, _ = build.check_archive(data, cache)
    rename_person(data)
    second, _ = build.check_archive(data, cache)
    changed = incremental.changed_ids(first, second)
    assert changed == {_sorted(data, "persons")[3].stem}
    assert incremental.changed_ids(second, build.check_archive(data, cache)[0]) == set()


def test_nothing_changed_means_the_same_files_object(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 40, seed=2)
    regenerator = incremental.Regenerator()
    files = regenerator.update(build.check_archive(data, regenerator.cache)[0])
    assert regenerator.update(build.check_archive(data, regenerator.cache)[0]) is files


def test_update_tree_writes_only_differences(tmp_path: Path) -> None:
    before = {"a.md": "one", "b/c.md": "two", "d.md": "gone"}
    site.write_tree(tmp_path, before)
    untouched = (tmp_path / "a.md").stat().st_mtime_ns
    written, removed = site.update_tree(tmp_path, {"a.md": "one", "b/c.md": "2", "e.md": "new"}, before)
    assert (written, removed) == (2, 1)
    assert (tmp_path / "a.md").stat().st_mtime_ns == untouched
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")) == \
        ["a.md", "b/c.md", "e.md"]
    assert (tmp_path / "b/c.md").read_text() == "2"


_TEXT = r"^[ -]*(?!id:|\w+_id:|kind:|language:|status:|qualifier:|url:)[a-z_]+: [A-Za-z]"
"""A line holding free text (not an id or a value from a fixed list)."""


def edit_any_text(data: Path, rng: random.Random) -> str:
    """Change one text value (a name, title, role, summary, locator, ...) in a random file."""
    path = rng.choice(sorted(data.rglob("*.yml")))
    lines = path.read_text().splitlines(keepends=True)
    texts = [i for i, line in enumerate(lines) if re.match(_TEXT, line)]
    index = rng.choice(texts)
    lines[index] = lines[index].rstrip("\n") + " changed\n"
    path.write_text("".join(lines))
    return f"{path.name}: {lines[index].strip()}"


def test_random_text_edits_keep_pages_equal_to_a_full_render(tmp_path: Path) -> None:
    data = tmp_path / "data"
    synth.write_archive(data, 80, seed=4)
    regenerator = incremental.Regenerator()
    regenerator.update(build.check_archive(data, regenerator.cache)[0])
    rng = random.Random(4)
    for _ in range(25):
        edit = edit_any_text(data, rng)
        archive, problems = build.check_archive(data, regenerator.cache)
        assert not errors(problems), edit  # an edit may make a warning (a near-duplicate role)
        regenerator.update(archive)
        assert _complete(regenerator) == renderer.render_archive(build.check_archive(data)[0]), edit
