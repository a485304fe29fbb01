"""Helpers for tests that build a site: a throw-away project around a data folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casearchive import cli

REPO = Path(__file__).resolve().parent.parent
FIXTURE_DATA = REPO / "tests" / "fixtures" / "archive" / "data"
GOLDEN = REPO / "tests" / "golden"
SITE_URL = "https://archive.example.org/"
"""The address test builds publish at (SITE_URL), so citations and meta tags are predictable."""


def make_project(root: Path, data: Path = FIXTURE_DATA) -> Path:
    """A throw-away project: the repository's configuration, theme overrides, hook and
    hand-written pages (never its generated folder), with `data` as its data/."""
    (root / "scripts" / "casearchive" / "mkdocs").mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy(REPO / "scripts" / "casearchive" / "mkdocs" / "hooks.py",
                root / "scripts" / "casearchive" / "mkdocs" / "hooks.py")
    shutil.copytree(REPO / "overrides", root / "overrides")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("archive"))
    shutil.copytree(data, root / "data")
    return root


@contextmanager
def site_url(url: str = SITE_URL) -> Iterator[None]:
    """Set SITE_URL for the generator and the MkDocs process it starts."""
    old = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = url
    try:
        yield
    finally:
        if old is None:
            del os.environ["SITE_URL"]
        else:
            os.environ["SITE_URL"] = old


def build_site(root: Path) -> Path:
    """Run `casearchive build` on a project and return its site/ folder."""
    with site_url():
        assert cli.main(["--root", str(root), "build"]) == 0
    return root / "site"
