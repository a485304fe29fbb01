"""Published claim anchors keep answering after an edit (issue 20): the registry beside data/
(anchors.yml, render/anchorregistry.py) remembers every anchor a build wrote, and a reworded
claim, a corrected date or a corrected figure carries its old anchor beside its new one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from casearchive.publish import build
from casearchive.render import anchorregistry, renderer
from casearchive.render.address import Site
from helpers import FIXTURE_DATA, casearchive, make_project

REPO = Path(__file__).resolve().parents[1]
SITE = Site(name="T", url="https://x.org/")

EDITS = [  # (file, old text, new text): a wording, a date, a figure, a role, a date variant
    ("persons/jane-official.yml", "title: Deputy prosecutor", "title: Deputy public prosecutor"),
    ("persons/jane-official.yml", "start: 1988\n", "start: 1988-07\n"),
    ("persons/jane-official.yml", "role: member of the commission", "role: a member of the panel"),
    ("estimates/toll-1988.yml", "low: 2800", "low: 2900"),
    ("events/decree.yml", "role: carried it out", "role: carried out the decree"),
]


def _edit(data: Path) -> None:
    for name, old, new in EDITS:
        path = data / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _archive(data: Path):  # type: ignore[no-untyped-def]
    archive, problems = build.check_archive(data)
    assert not [p for p in problems if not p.warning], problems
    return archive


def _anchors(page: str) -> list[str]:
    return re.findall(r'id="((?:position|role|participant|value|date|translation)-[0-9a-f]{8})"',
                      page)


def test_edited_claims_keep_their_old_anchors_beside_the_new(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    registry = anchorregistry.keep(tmp_path, _archive(data))
    before = renderer.render_archive(_archive(data), "v", SITE, anchors=registry)
    published = {path: _anchors(page) for path, page in before.items()
                 if path.endswith(".md") and "/data/" not in path}
    _edit(data)
    archive = _archive(data)
    registry = anchorregistry.keep(tmp_path, archive)
    after = renderer.render_archive(archive, "v", SITE, anchors=registry)
    changed = 0
    for path, anchors in published.items():
        for anchor in anchors:
            assert f'id="{anchor}"' in after[path], f"{path}#{anchor} no longer answers"
            changed += f'class="ca-alias" id="{anchor}"' in after[path]
    assert changed >= 2 * len(EDITS)  # every edited claim, in both editions
    jane = after["archive/persons/jane-official.md"]
    # The old anchor stands beside the claim's new one, in the same list item.
    item = next(line for line in jane.splitlines() if "Deputy public prosecutor" in line
                and "ca-alias" in line)
    assert re.match(r'<li><span class="ca-alias" id="position-[0-9a-f]{8}"></span>'
                    r'(<span class="ca-alias" id="position-[0-9a-f]{8}"></span>)?'
                    r'<a class="ca-anchor" id="position-', item), item
    assert anchorregistry.Registry.read(tmp_path / anchorregistry.FILE).unanswered(archive) == []


def test_a_second_edit_keeps_the_first_anchor_answering(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    first = anchorregistry.keep(tmp_path, _archive(data))
    original = set(first.entries["estimates/toll-1988"])
    for figure in ("2900", "3000"):
        path = data / "estimates" / "toll-1988.yml"
        path.write_text(re.sub(r"low: \d+\n    high: 5000", f"low: {figure}\n    high: 5000",
                               path.read_text(encoding="utf-8")), encoding="utf-8")
        registry = anchorregistry.keep(tmp_path, _archive(data))
    page = renderer.render_archive(_archive(data), "v", SITE,
                                   anchors=registry)["archive/estimates/toll-1988.md"]
    for anchor in original:
        assert f'id="{anchor}"' in page
    assert registry.text() == (tmp_path / anchorregistry.FILE).read_text(encoding="utf-8")


def test_a_removed_claim_answers_at_the_record(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    registry = anchorregistry.keep(tmp_path, _archive(data))
    role = next(a for a in registry.entries["persons/jane-official"] if a.startswith("role-"))
    path = data / "persons" / "jane-official.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"roles:\n(  .*\n|    .*\n)+", "", text), encoding="utf-8")
    registry = anchorregistry.keep(tmp_path, _archive(data))
    assert registry.entries["persons/jane-official"][role].now == "record"
    page = renderer.render_archive(_archive(data), "v", SITE,
                                   anchors=registry)["archive/persons/jane-official.md"]
    assert f'<span class="ca-alias" id="{role}"></span><a class="ca-anchor" id="record"' in page


def test_builds_keep_the_registry_and_old_links_answer_on_the_built_site(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    assert casearchive(root, "check").returncode == 0
    registry = anchorregistry.Registry.read(root / anchorregistry.FILE)
    old = sorted(registry.entries["persons/jane-official"])
    assert old
    _edit(root / "data")
    result = casearchive(root, "build")
    assert result.returncode == 0, result.stderr
    for edition in ("", "fa/"):
        page = (root / "site" / edition / "archive" / "persons" / "jane-official" / "index.html")
        html = page.read_text(encoding="utf-8")
        for anchor in old:
            assert f'id="{anchor}"' in html, f"{edition}persons/jane-official/#{anchor}"


def test_the_repository_registry_is_current_and_every_anchor_answers() -> None:
    """CI's check: anchors.yml holds every anchor data/ gives (run `casearchive check` and commit
    it), and every anchor it ever recorded still answers on its record's page."""
    path = REPO / anchorregistry.FILE
    archive = _archive(REPO / "data")
    registry = anchorregistry.Registry.read(path)
    assert registry.updated(archive).text() == path.read_text(encoding="utf-8"), \
        "anchors.yml is out of date: run `casearchive check` and commit it"
    assert registry.unanswered(archive) == []


@pytest.mark.parametrize("text", ["", "# nothing yet\n"])
def test_an_empty_registry_reads_as_empty(tmp_path: Path, text: str) -> None:
    (tmp_path / anchorregistry.FILE).write_text(text, encoding="utf-8")
    assert anchorregistry.Registry.read(tmp_path / anchorregistry.FILE).entries == {}
