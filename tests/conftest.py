"""Shared test set-up: the --update-goldens option and a site built from the fixture archive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitetools import build_site, make_project


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
