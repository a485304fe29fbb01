"""Test support: throw-away projects (this repository's site setup around any data) and builds."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE_DATA = REPO / "tests" / "fixtures" / "archive" / "data"

# What MkDocs needs besides data/: the config, hand-written pages, theme overrides and the hook
# (mkdocs.yml names the hook by a path relative to itself).
_SITE_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts")


def make_project(root: Path, data: Path | None = FIXTURE_DATA) -> Path:
    """A project folder at `root` with the repository's site setup and a copy of `data`."""
    root.mkdir(parents=True, exist_ok=True)
    for name in _SITE_PARTS:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name,
                            ignore=shutil.ignore_patterns("archive", "__pycache__"))
        elif source.is_file():
            shutil.copy2(source, root / name)
    (root / "overrides").mkdir(exist_ok=True)
    if data is not None:
        shutil.copytree(data, root / "data", symlinks=True)
    return root


def casearchive(root: Path, *args: str, seed: str = "0",
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in `root`, as `make check` and `make build` do."""
    env = {**os.environ, "PYTHONHASHSEED": seed, **(env or {})}
    return subprocess.run([sys.executable, "-m", "casearchive", "--root", str(root), *args],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)


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


# A person whose name and alias share no word, so a search can tell which one matched.
SEARCH_PERSON = ("persons/reza-mirfakhr.yml", """name: Reza Mirfakhr
aliases: [Kahnouji Zadeh]
summary: A person added for the search tests.
citations:
  - source_id: hrw-2022-qa
""")
_BUILDS = Path(tempfile.mkdtemp(prefix="casearchive-sites-"))
atexit.register(shutil.rmtree, _BUILDS, ignore_errors=True)


def _project_with_search_person(name: str) -> Path:
    root = make_project(_BUILDS / name)
    relative, text = SEARCH_PERSON
    (root / "data" / relative).write_text(text, encoding="utf-8")
    return root


@cache
def built_site() -> Path:
    """The fixture archive (plus SEARCH_PERSON) built by `casearchive build`, once per session."""
    root = _project_with_search_person("benign")
    result = casearchive(root, "build")
    assert result.returncode == 0, result.stderr
    return root / "site"


@cache
def built_hostile_site() -> Path:
    """The same records with hostile text in every free-text field, past the loader's refusal:
    pages rendered in-process, then built by the same MkDocs step."""
    from casearchive.model import pages
    from casearchive.publish import build
    from casearchive.publish import files as site
    from casearchive.render import datadict, renderer
    from hostiletext import PAYLOADS, archive_with

    root = _project_with_search_person("hostile")
    files = renderer.render_archive(archive_with(" ".join(PAYLOADS), root / "data"))
    files.update({path: datadict.data_dictionary(lang) for lang, path in datadict.PAGES.items()})
    site.write_tree(root / "docs" / pages.ROOT,
                    {path.removeprefix(pages.ROOT + "/"): text for path, text in files.items()})
    assert build.mkdocs_build(build.Project(root)) == 0
    return root / "site"
