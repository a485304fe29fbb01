"""Near-duplicate claims in the data: warned about with path:line, what repeats and an example."""

from __future__ import annotations

import shutil
from pathlib import Path

from casearchive.load import duplicates
from casearchive.load.duplicates import address, alike
from casearchive.publish.build import check_archive
from helpers import FIXTURE_DATA, REPO, run_doctests


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


def test_addresses_are_the_same_whatever_the_scheme_www_port_or_final_slash() -> None:
    run_doctests(duplicates)
    same = ["https://www.hrw.org/news/x", "http://hrw.org/news/x/", "https://WWW.HRW.ORG:443/news/x",
            "http://www.hrw.org:80/news/x#top"]
    assert {address(url) for url in same} == {"hrw.org/news/x"}
    different = ["https://hrw.org/news/x", "https://hrw.org/news/X", "https://hrw.org/news/x?p=2",
                 "https://hrw.org:8080/news/x", "https://en.hrw.org/news/x", "https://hrw.org/news"]
    assert len({address(url) for url in different}) == len(different)


def _url_messages(tmp_path: Path, files: dict[str, str]) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    for relative, text in files.items():
        (data / relative).write_text(text, encoding="utf-8")
    return [str(p) for p in check_archive(data)[1] if "is also the address of" in p.message]


HRW = "https://www.hrw.org/news/2022/06/08/irans-1988-mass-executions"
SEED = (FIXTURE_DATA / "sources" / "seed-article.yml").read_text(encoding="utf-8")


def test_two_sources_with_one_address_are_each_warned_about(tmp_path: Path) -> None:
    seed = SEED.replace("no_url: not_found\n", "url: http://hrw.org/news/2022/06/08/irans-1988-mass-executions/\n")
    messages = _url_messages(tmp_path, {"sources/seed-article.yml": seed})
    assert [m.split(": warning: ")[0] for m in messages] == [
        "data/sources/hrw-2022-qa.yml:5: url", "data/sources/seed-article.yml:3: url"]
    assert messages[1].endswith(f"is also the address of data/sources/hrw-2022-qa.yml ({HRW!r}), "
                                "leaving aside the scheme, 'www.' and a final slash; one page is "
                                "one source: keep one record, move the other's citations to it and "
                                "list the other's id in its former_ids so that its page redirects, "
                                "e.g. former_ids: [seed-article] in data/sources/hrw-2022-qa.yml")


def test_sources_with_other_addresses_are_not_warned_about(tmp_path: Path) -> None:
    # Another page of the same site, and the same page asked with another query, are other pages.
    for index, other in enumerate((HRW + "-2", HRW.replace("/news/", "/fr/news/"), HRW + "?page=2")):
        seed = SEED.replace("no_url: not_found\n", f"url: {other}\n")
        assert _url_messages(tmp_path / str(index), {"sources/seed-article.yml": seed}) == [], other


def test_the_archive_holds_no_near_duplicate_claims() -> None:
    messages = [str(p) for p in check_archive(REPO / "data")[1]]
    assert [m for m in messages if "one claim" in m or "says nearly what" in m
            or "is also the address of" in m] == []
