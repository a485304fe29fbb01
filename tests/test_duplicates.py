"""Near-duplicate claims in the data: warned about with path:line, what repeats and an example."""

from __future__ import annotations

import shutil
from pathlib import Path

from casearchive.load.duplicates import alike
from casearchive.publish.build import check_archive
from helpers import FIXTURE_DATA, REPO


def _messages(tmp_path: Path, files: dict[str, str]) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    for relative, text in files.items():
        (data / relative).write_text(text, encoding="utf-8")
    # Only this check's warnings: a record added here may lack what other checks ask for.
    return [str(p) for p in check_archive(data)[1] if "one claim" in p.message or "says nearly" in p.message]


def test_wordings_alike() -> None:
    assert alike("elected", "elected President")
    assert alike("present, as the prosecutor", "present as the prosecutor")
    assert not alike("wrote the letter", "accepted the resignation")


def test_a_role_stated_on_the_person_and_the_event_in_other_words_is_warned_about(
        tmp_path: Path) -> None:
    event = (FIXTURE_DATA / "events" / "decree.yml").read_text(encoding="utf-8")
    event = event.replace("participants:\n", "participants:\n  - id: jane-official\n"
                          "    role: a member of the commission\n    citations:\n"
                          "      - source_id: hrw-2022-qa\n")
    messages = _messages(tmp_path, {"events/decree.yml": event})
    assert messages == [
        "data/persons/jane-official.yml:20: roles[0].role: warning: the event 'decree' states this "
        "role in other words (data/events/decree.yml:18: 'a member of the commission'); it is one "
        "claim, shown twice: give both the same words, e.g. role: 'a member of the commission', "
        "and keep the citations of both"]


def test_two_posts_of_one_record_in_nearly_the_same_words_are_warned_about(tmp_path: Path) -> None:
    person = (FIXTURE_DATA / "persons" / "jane-official.yml").read_text(encoding="utf-8")
    person = person.replace("roles:\n", "  - title: Deputy prosecutor.\n"
                            "    organisation_id: death-commission\n    start: 1988\n"
                            "    citations:\n      - source_id: seed-article\n        locator: para. 2\nroles:\n")
    messages = _messages(tmp_path, {"persons/jane-official.yml": person})
    assert len(messages) == 1
    assert messages[0].startswith("data/persons/jane-official.yml:18: positions[1]: warning: says "
                                  "nearly what positions[0] says")
    assert "keep one entry with the citations of both" in messages[0]


def test_the_archive_holds_no_near_duplicate_claims() -> None:
    messages = [str(p) for p in check_archive(REPO / "data")[1]]
    assert [m for m in messages if "one claim" in m or "says nearly what" in m] == []
