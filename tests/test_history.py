"""Per-record history from git: dates and subjects, renames followed, one git call for all."""

from __future__ import annotations

from pathlib import Path

from casearchive.load import history
from casearchive.render import renderer
from casearchive.render.pagetext import PageText
from helpers import GOLDEN, check_golden, commit_all, git, init_repo

HISTORY = GOLDEN / "history.md"
ENGLISH = PageText("en").helpers()


def build_history(root: Path) -> Path:
    data = init_repo(root)
    place = data / "places" / "tehran.yml"
    place.write_text(place.read_text(encoding="utf-8").replace("kind: city", "kind: capital city"),
                     encoding="utf-8")
    commit_all(root, "Say Tehran is the capital <script>x</script> | pipe", date="2026-02-03T09:00:00")
    git(root, "mv", "data/places/tehran.yml", "data/places/tehran-city.yml")
    commit_all(root, "Rename tehran to tehran-city", date="2026-03-04T09:00:00")
    (data / "sources" / "seed-article.yml").unlink()
    commit_all(root, "Remove the seed article", date="2026-04-05T09:00:00")
    return data


def test_one_record_history_follows_renames(tmp_path: Path) -> None:
    build_history(tmp_path)
    found = history.record_history(tmp_path, "data/places/tehran-city.yml")
    assert [(c.date, c.subject) for c in found.changes] == [
        ("2026-03-04", "Rename tehran to tehran-city"),
        ("2026-02-03", "Say Tehran is the capital <script>x</script> | pipe"),
        ("2026-01-01", "Add the fixture archive"),
    ]
    assert (found.last_updated, found.created) == ("2026-03-04", "2026-01-01")
    assert all(len(c.commit) == 40 for c in found.changes)


def test_all_histories_from_one_log_match_each_files_own(tmp_path: Path) -> None:
    build_history(tmp_path)
    everything = history.archive_histories(tmp_path)
    tracked = git(tmp_path, "ls-files", "data").split()
    assert sorted(everything) == sorted(tracked)
    for path in tracked:
        assert everything[path] == history.record_history(tmp_path, path), path
    assert "data/sources/seed-article.yml" not in everything


def test_outside_git_there_is_no_history(tmp_path: Path) -> None:
    empty = history.record_history(tmp_path, "data/places/tehran.yml")
    assert empty == history.History()
    assert empty.last_updated is None
    assert history.archive_histories(tmp_path) == {}


def test_partial_shows_dates_and_subjects_inertly(tmp_path: Path) -> None:
    build_history(tmp_path)
    found = history.record_history(tmp_path, "data/places/tehran-city.yml")
    commits = {c.commit[:10]: f"COMMIT{i}" for i, c in enumerate(found.changes)}
    page = renderer.environment().get_template("_history.md.j2").render(**ENGLISH, history=found)
    for real, placeholder in commits.items():
        page = page.replace(real, placeholder)
    check_golden(HISTORY, page)
    assert "<script>" not in page and "| pipe" not in page


def test_partial_limits_the_list_and_says_how_many_are_left(tmp_path: Path) -> None:
    build_history(tmp_path)
    found = history.record_history(tmp_path, "data/places/tehran-city.yml")
    page = renderer.environment().get_template("_history.md.j2").render(**ENGLISH, history=found,
                                                                      history_limit=1)
    assert page.count("<code>") == 1
    assert "2 earlier change(s) are in the repository's history." in page


def test_partial_is_empty_without_history() -> None:
    template = renderer.environment().get_template("_history.md.j2")
    assert template.render(**ENGLISH).strip() == ""
    assert template.render(**ENGLISH, history=history.History()).strip() == ""
