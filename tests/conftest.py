"""Shared test set-up: the --update-goldens switch, throw-away projects, the one built fixture site
and Chromium, as fixtures over tests/helpers.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import helpers

# Property tests judge results, never speed: no deadline per example and no health check for slow
# data generation, which a busy machine would otherwise fail.
settings.register_profile("casearchive", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("casearchive")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the golden files under tests/golden/ (and the hostile cases' "
                          "expected output, CONTRIBUTING.md's message table) from the current output")


def pytest_configure(config: pytest.Config) -> None:
    helpers.UPDATE_GOLDENS = bool(config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture archive plus helpers.SEARCH_PERSON, built once per session with
    helpers.SITE_ENV, for every test that only reads a built site (never write into it: copy it).
    Its project is the site's parent folder, its data that project's data/."""
    root = helpers.make_project(tmp_path_factory.mktemp("fixture-site") / "project",
                                extra=helpers.SEARCH_PERSON)
    return helpers.build_site(root)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh throw-away project holding the fixture archive."""
    return helpers.make_project(tmp_path / "project")


@pytest.fixture
def project_factory(tmp_path: Path) -> Callable[[Path], Path]:
    """Make a throw-away project holding any data folder."""
    def factory(data: Path) -> Path:
        return helpers.make_project(tmp_path / f"project-{data.name}-{len(list(tmp_path.iterdir()))}", data)
    return factory


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium binary (skips without it, fails without it when CI=true)."""
    return helpers.chromium()

