"""The test toolkit: throw-away projects, builds, the command line, git, snapshots, Chromium and
golden files. conftest.py turns the shared parts into fixtures (`fixture_site`, `project`, ...).

One switch rewrites golden files: `pytest --update-goldens` (conftest.py sets UPDATE_GOLDENS here).
"""

from __future__ import annotations

import doctest
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURE_DATA = REPO / "tests" / "fixtures" / "archive" / "data"
GOLDEN = REPO / "tests" / "golden"
SITE_URL = "https://archive.example.org/"
"""Where test builds publish, so citations, canonical links and meta tags are predictable."""
REPO_URL = "https://github.com/example/iran-case-archive"
SITE_ENV = {"SITE_URL": SITE_URL, "REPO_URL": REPO_URL}
"""The environment of a test build, as a deployment sets it (a code-host link is what makes the
theme call the host's API, so the reader-safety tests need one)."""

# A person whose name and alias share no word, so a search can tell which one matched; the
# alias's Persian spelling holds a zero-width non-joiner (written also with a space or nothing).
# And a body whose Persian name holds «هیئت مرگ», which Persian also writes هیأت or هیات.
SEARCH_PERSON = {"persons/reza-mirfakhr.yml": """name: Reza Mirfakhr
name_original: رضا میرفخر
aliases: [Kahnouji Zadeh, "کهنوجی\u200cزاده"]
summary: A person added for the search tests.
citations:
  - source_id: hrw-2022-qa
""", "organisations/karaj-commission.yml": """name: Karaj commission (as reported)
kind: commission (as reported)
parent_id: death-commission
fa:
  name: کمیسیون کرج، موسوم به «هیئت مرگ» (به روایت منابع)
  kind: کمیسیون (به روایت منابع)
citations:
  - source_id: hrw-2022-qa
    locator: para. 3
"""}

UPDATE_GOLDENS = False
"""True under `pytest --update-goldens` (set by conftest.py's pytest_configure)."""

HOOKS = Path("scripts") / "casearchive" / "mkdocs" / "hooks.py"
"""mkdocs.yml loads the hook by this path; the hook imports the installed package."""


# Projects and builds

def make_project(root: Path, data: Path = FIXTURE_DATA, extra: Mapping[str, str] | None = None) -> Path:
    """A throw-away project at `root`: the repository's MkDocs configurations, hand-written pages
    (never the generated docs/archive/), theme overrides and hook, with a copy of `data` (the
    fixture archive by default) as data/, plus `extra` records ({path under data/: YAML})."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy2(REPO / name, root / name)
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("archive"))
    if (REPO / "overrides").is_dir():
        shutil.copytree(REPO / "overrides", root / "overrides")
    (root / "overrides").mkdir(exist_ok=True)
    (root / HOOKS).parent.mkdir(parents=True)
    shutil.copy2(REPO / HOOKS, root / HOOKS)
    shutil.copytree(data, root / "data", symlinks=True)
    for relative, text in (extra or {}).items():
        (root / "data" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "data" / relative).write_text(text, encoding="utf-8")
    return root


@contextmanager
def environment(values: Mapping[str, str] = SITE_ENV) -> Iterator[None]:
    """Set environment variables (by default a test build's SITE_ENV) for a block."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in values.items():
            patch.setenv(name, value)
        yield


def generate(root: Path) -> Any:
    """Check the project's data (it must be valid) and write its generated pages; the archive."""
    from casearchive.publish import build

    project = build.Project(root)
    archive, problems = build.check_archive(project.data)
    assert [str(p) for p in problems] == []
    build.generate(project, archive)
    return archive


def build_site(root: Path, env: Mapping[str, str] = SITE_ENV) -> Path:
    """`casearchive build` of a project, in this process, with `env` set; its site/ folder."""
    from casearchive import cli

    with environment(env):
        assert cli.main(["--root", str(root), "build"]) == 0
    return root / "site"


def casearchive(root: Path, *args: str, seed: str = "0",
                env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in `root` in its own process, as `make check` and `make build` do."""
    env = {**os.environ, "PYTHONHASHSEED": seed, **(env or {})}
    return subprocess.run([sys.executable, "-m", "casearchive", "--root", str(root), *args],
                          cwd=root, env=env, capture_output=True, text=True, timeout=600)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (symlinks as their target) → a digest of its bytes."""
    result = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            result[key] = "-> " + str(path.readlink())
        elif path.is_file():
            result[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


# Git repositories (no network, a fixed anonymous author, fixed dates)

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


def copy_fixture(root: Path) -> Path:
    """A copy of the fixture archive's data/ under root; returns root/data."""
    shutil.copytree(FIXTURE_DATA, root / "data")
    return root / "data"


def init_repo(root: Path) -> Path:
    """A git repository at root holding the fixture data, committed once; returns root/data."""
    data = copy_fixture(root)
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "Add the fixture archive", date="2026-01-01T10:00:00")
    return data


# Chromium

def chromium() -> str:
    """The Chromium the browser tests drive (env CHROMIUM, else the one on PATH, else Debian's).
    Without it the calling test skips, except when CI=true: there it fails."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if Path(found).is_file():
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium ({found}) is missing; CI must run the browser tests (.ci/run installs it)")
    pytest.skip(f"Chromium ({found}) is not installed")


needs_chromium = pytest.mark.usefixtures("chromium")
"""For tests that drive Chromium through another module: conftest.py's `chromium` fixture."""


# Docstring examples

def run_doctests(module: ModuleType, at_least: int = 1) -> None:
    """Run a module's docstring examples: none may fail, and at least `at_least` must have run
    (a check that passes when the examples are gone checks nothing)."""
    result = doctest.testmod(module)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {module.__name__} failed"
    assert result.attempted >= at_least, \
        f"{module.__name__} has {result.attempted} docstring example(s), expected at least {at_least}"


# Golden files

def check_golden(path: Path, actual: str) -> None:
    """`actual` must equal the golden file at `path`, byte for byte; `pytest --update-goldens`
    rewrites the file instead (review the diff like any other change)."""
    name = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else str(path)
    if UPDATE_GOLDENS:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.is_file(), f"no golden {name}; run pytest --update-goldens and review it"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs; if intended, run pytest --update-goldens and review the diff"
