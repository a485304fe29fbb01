"""Small git repositories and fixture copies for tests (no network, fixed dates)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "archive" / "data"
UPDATE_GOLDENS = os.environ.get("UPDATE_GOLDENS") == "1"


def copy_fixture(root: Path) -> Path:
    """A copy of the fixture archive's data/ under root; returns root/data."""
    shutil.copytree(FIXTURE, root / "data")
    return root / "data"


def git(root: Path, *args: str, date: str = "2026-01-02T10:00:00") -> str:
    """Run git in root as a fixed, anonymous author at a fixed date."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
           "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1"}
    result = subprocess.run(["git", "-C", str(root), *args], env=env, capture_output=True,
                            text=True, check=True)
    return result.stdout


def commit_all(root: Path, message: str, date: str = "2026-01-02T10:00:00") -> None:
    """Stage everything and commit."""
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, date=date)


def init_repo(root: Path) -> Path:
    """A git repository at root holding the fixture data, committed once; returns root/data."""
    data = copy_fixture(root)
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "Add the fixture archive", date="2026-01-01T10:00:00")
    return data


def check_golden(path: Path, actual: str) -> None:
    """Compare with a golden file (UPDATE_GOLDENS=1 rewrites it)."""
    if UPDATE_GOLDENS:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")
