"""Golden tests: every file generated from the fixture archive equals its copy under tests/golden/.

After an intended change, rewrite the goldens with `pytest --update-goldens` and review the diff
like any other change.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import helpers
from casearchive.publish import build
from casearchive.render import renderer
from casearchive.render.address import Site
from helpers import FIXTURE_DATA, GOLDEN, SITE_URL, check_golden

PAGES = GOLDEN / "generated"
SITE = Site(name="Test Archive", url=SITE_URL)


@cache
def generated() -> dict[str, str]:
    """Every generated file of the fixture archive, keyed by its path inside docs/."""
    archive, problems = build.check_archive(FIXTURE_DATA)
    assert not [p for p in problems if not p.warning], problems
    return renderer.render_archive(archive, "test-version", SITE)


def _goldens() -> set[str]:
    return {p.relative_to(PAGES).as_posix() for p in PAGES.rglob("*") if p.is_file()}


@pytest.mark.parametrize("path", sorted(generated()))
def test_generated_file_matches_golden(path: str) -> None:
    check_golden(PAGES / path, generated()[path])


def test_no_golden_without_a_generated_file() -> None:
    stale = _goldens() - set(generated())
    if helpers.UPDATE_GOLDENS:
        for path in stale:
            (PAGES / path).unlink()
        stale = set()
    assert not stale, f"goldens for files no longer generated: {sorted(stale)}"


def test_generation_is_deterministic() -> None:
    archive, _ = build.check_archive(FIXTURE_DATA)
    assert renderer.render_archive(archive, "test-version", SITE) == generated()


def test_goldens_cover_every_page_kind() -> None:
    # Guards the golden set itself: a fixture change that drops a kind would hide regressions.
    kinds = {Path(p).parts[1] for p in generated() if p.endswith(".md")}
    assert {"persons", "events", "sources", "places", "organisations", "statements", "estimates",
            "cases", "timeline", "contested", "overview", "data"} <= kinds
