"""Shared test set-up: the --update-goldens option, throwaway projects and a built fixture site."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from sitetools import FIXTURE_DATA, REPO, build_site, make_project

__all__ = ["FIXTURE_DATA", "REPO"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the golden files under tests/golden/ from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """True when goldens should be rewritten (--update-goldens or UPDATE_GOLDENS=1)."""
    return bool(request.config.getoption("--update-goldens")) or \
        os.environ.get("UPDATE_GOLDENS") == "1"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture archive, built into a site once per test session."""
    return build_site(make_project(tmp_path_factory.mktemp("fixture-project")))


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
