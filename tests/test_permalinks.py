"""Claim permalinks: anchors come from what a claim says, so reordering a list keeps every link."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from casearchive.publish import build
from casearchive.render import renderer
from casearchive.render.address import Site
from casearchive.render.claims import stable_id
from helpers import FIXTURE_DATA, SITE_URL

SITE = Site(name="Test Archive", url=SITE_URL)
_ANCHOR = re.compile(r'<a class="ca-anchor" id="([^"]+)"[^>]*>¶</a><span class="ca-claim-cite"'
                     r'[^>]*>Cite this claim: <span class="ca-citation">(.*?)</span>')

CITE = [{"source_id": "hrw-2022-qa"}]
PERSON: dict[str, Any] = {
    "name": "Reorder Person",
    "positions": [
        {"title": "Judge", "start": "1985", "end": "1988", "citations": CITE},
        {"title": "Prosecutor", "start": "1988", "citations": CITE},
        {"title": "Adviser", "citations": CITE},
        {"title": "Judge", "start": "1990", "citations": CITE},
    ],
    "roles": [
        {"event_id": "decree", "role": "signed it", "citations": CITE},
        {"event_id": "decree", "role": "read it aloud", "citations": CITE},
        {"event_id": "decree", "role": "member of the commission", "citations": CITE},
    ],
    "citations": CITE,
}
ESTIMATE: dict[str, Any] = {
    "case_id": "iran-1988-prison-massacres", "title": "Another count", "citations": CITE,
    "values": [
        {"low": 10, "claimant": "A", "citations": CITE},
        {"low": 10, "claimant": "B", "citations": CITE},
        {"low": 5, "high": 50, "claimant": "A", "citations": CITE},
    ],
}
STATEMENT: dict[str, Any] = {
    "speaker_id": "reorder-person", "case_id": "iran-1988-prison-massacres", "citations": CITE,
    "translations": [
        {"text": "One", "language": "en", "translator": "Xan", "citations": CITE},
        {"text": "Un", "language": "fr", "translator": "Xan", "citations": CITE},
        {"text": "Uno", "language": "es", "translator": "Yor", "citations": CITE},
    ],
}


class _NoAliases(yaml.SafeDumper):
    # The archive refuses YAML aliases; the shared CITE list must be written out each time.
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _write(data: Path, reverse: bool) -> None:
    for kind, record_id, record, lists in [
        ("persons", "reorder-person", PERSON, ("positions", "roles")),
        ("estimates", "reorder-count", ESTIMATE, ("values",)),
        ("statements", "reorder-said", STATEMENT, ("translations",)),
    ]:
        shown = {k: list(reversed(v)) if reverse and k in lists else v for k, v in record.items()}
        text = yaml.dump(shown, Dumper=_NoAliases, allow_unicode=True)
        (data / kind / f"{record_id}.yml").write_text(text, encoding="utf-8")


def rendered(tmp_path: Path, reverse: bool) -> dict[str, str]:
    data = tmp_path / ("reversed" if reverse else "forward") / "data"
    shutil.copytree(FIXTURE_DATA, data)
    _write(data, reverse)
    archive, problems = build.check_archive(data)
    assert not [p for p in problems if not p.warning], problems
    return renderer.render_archive(archive, "v1", SITE)


def anchors(text: str) -> dict[str, str]:
    """Anchor id → the words of the claim, as its citation gives them (after the page title,
    which for a statement quotes its first translation and so may follow the file's order)."""
    return {anchor: citation.partition("” — ")[2].partition(". Test Archive.")[0]
            for anchor, citation in _ANCHOR.findall(text)}


def test_reordering_lists_keeps_every_anchor_on_the_same_claim(tmp_path: Path) -> None:
    forward, backward = rendered(tmp_path, False), rendered(tmp_path, True)
    assert forward.keys() == backward.keys()
    for path in forward:
        if path.endswith(".md"):
            assert anchors(forward[path]) == anchors(backward[path]), path
    claim_ids = {line.split(",")[0] for line in forward["archive/data/claims.csv"].splitlines()}
    assert claim_ids == {line.split(",")[0]
                         for line in backward["archive/data/claims.csv"].splitlines()}


def test_each_claim_in_a_list_has_its_own_anchor(tmp_path: Path) -> None:
    person = anchors(rendered(tmp_path, False)["archive/persons/reorder-person.md"])
    assert len([a for a in person if a.startswith("position-")]) == 4
    assert len([a for a in person if a.startswith("role-")]) == 3
    pages = rendered(tmp_path, True)
    count = anchors(pages["archive/estimates/reorder-count.md"])
    assert len([a for a in count if a.startswith("value-")]) == 3
    said = anchors(pages["archive/statements/reorder-said.md"])
    assert len([a for a in said if a.startswith("translation-")]) == 3


def test_editing_a_claim_changes_only_its_own_anchor(tmp_path: Path) -> None:
    before = anchors(rendered(tmp_path, False)["archive/persons/reorder-person.md"])
    PERSON["roles"][0]["role"] = "drafted it"
    try:
        after = anchors(rendered(tmp_path / "edited", False)["archive/persons/reorder-person.md"])
    finally:
        PERSON["roles"][0]["role"] = "signed it"
    assert len(set(before) - set(after)) == 1 and len(set(after) - set(before)) == 1
    changed = (set(after) - set(before)).pop()
    assert "drafted it" in after[changed]


def test_anchor_ignores_line_wrapping_and_case() -> None:
    assert stable_id("role", "decree", "Member of\n  the commission") == \
        stable_id("role", "decree", "member of the commission")
    assert stable_id("role", "decree", "member") != stable_id("role", "decree", "members")
    assert re.fullmatch(r"role-[0-9a-f]{8}", stable_id("role", "decree", "member"))


def test_a_role_stated_by_person_and_event_is_listed_once_with_both_sources(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    event = yaml.safe_load((data / "events" / "decree.yml").read_text(encoding="utf-8"))
    event["participants"].append({"id": "jane-official", "role": "Member of the commission",
                                  "citations": [{"source_id": "hrw-2022-qa", "locator": "p. 9"}]})
    (data / "events" / "decree.yml").write_text(yaml.safe_dump(event, allow_unicode=True),
                                                encoding="utf-8")
    archive, _ = build.check_archive(data)
    page = renderer.render_archive(archive, "v1", SITE)["archive/persons/jane-official.md"]
    roles = [line for line in page.splitlines() if "role-" in line and line.startswith("<li>")]
    assert len(roles) == 1
    # One line, two numbered markers: one for each side's source, each leading to the page's
    # reference list, where the locator of the event's citation is given.
    markers = re.findall(r'href="#(r\d+)(?:-\d+)?"', roles[0])
    listed = {m[2]: m[1] for m in re.finditer(r'^(.*id="(r\d+)".*)$', page, re.M)}
    cited = {re.search(r"sources/([\w-]+)\.md", listed[r])[1] for r in markers}  # type: ignore[index]
    assert len(markers) == 2 and cited == {"seed-article", "hrw-2022-qa"}
    assert "p. 9" in page.split("## ", 1)[1]
    assert page.count('id="role-') == 1


def test_adding_a_claim_keeps_the_other_anchors(tmp_path: Path) -> None:
    before = anchors(rendered(tmp_path, False)["archive/persons/reorder-person.md"])
    PERSON["positions"].insert(0, {"title": "Clerk", "start": "1980", "citations": CITE})
    try:
        after = anchors(rendered(tmp_path / "added", False)["archive/persons/reorder-person.md"])
    finally:
        PERSON["positions"].pop(0)
    assert before.items() <= after.items()
    assert len(after) == len(before) + 1
