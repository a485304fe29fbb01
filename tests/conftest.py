"""Shared test fixtures: the tiny fixture archive and throwaway copies of the project."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURE_DATA = REPO / "tests" / "fixtures" / "archive" / "data"


def make_project(target: Path, data: Path = FIXTURE_DATA) -> Path:
    """A buildable copy of the project (config, hand-written docs, theme overrides, hook) with `data`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("archive"))
        elif source.exists():
            shutil.copy2(source, target / name)
    hooks = target / "scripts" / "casearchive"
    hooks.mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "casearchive" / "mkdocs_hooks.py", hooks)
    shutil.copytree(data, target / "data")
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project holding the fixture archive."""
    return make_project(tmp_path / "project")


@pytest.fixture
def project_factory(tmp_path: Path) -> Callable[[Path], Path]:
    """Make a project copy holding any data folder."""
    def factory(data: Path) -> Path:
        return make_project(tmp_path / f"project-{data.name}-{len(list(tmp_path.iterdir()))}", data)
    return factory
