"""Real builds of the fixture archive for tests that need a site: a throwaway project with this
repository's configuration, hand-written pages, theme overrides and code, and the fixture data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from casearchive.load.archive import Archive
from casearchive.publish import build

REPO = Path(__file__).parents[1]
FIXTURE_DATA = REPO / "tests" / "fixtures" / "archive" / "data"
CHROMIUM = Path("/usr/bin/chromium")


def make_project(folder: Path, extra_records: dict[str, str] | None = None) -> build.Project:
    """A project in `folder` holding the fixture data plus `extra_records` ({path: YAML})."""
    shutil.copytree(FIXTURE_DATA, folder / "data")
    shutil.copytree(REPO / "docs", folder / "docs", ignore=shutil.ignore_patterns("archive"))
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(REPO / name, folder / name)
    if (REPO / "overrides").is_dir():
        shutil.copytree(REPO / "overrides", folder / "overrides")
    (folder / "overrides").mkdir(exist_ok=True)
    (folder / "scripts").mkdir()
    (folder / "scripts" / "casearchive").symlink_to(REPO / "scripts" / "casearchive")
    for relative, text in (extra_records or {}).items():
        (folder / "data" / relative).write_text(text, encoding="utf-8")
    return build.Project(folder)


def generate(project: build.Project) -> Archive:
    """Check the data (it must be valid) and write the generated pages."""
    archive, problems = build.check_archive(project.data)
    assert [str(p) for p in problems] == []
    build.generate(project, archive)
    return archive


def build_site(project: build.Project) -> Path:
    """Generate the pages and build site/ with MkDocs."""
    generate(project)
    assert build.mkdocs_build(project) == 0
    return project.site


def chromium() -> str:
    """Debian's Chromium, which the browser tests drive; they skip without it, except in CI."""
    if CHROMIUM.is_file():
        return str(CHROMIUM)
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing; CI must run the browser tests (.ci/run installs it)")
    pytest.skip(f"{CHROMIUM} is not installed")
