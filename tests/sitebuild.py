"""Test support: a throw-away copy of the repository's site setup around any data folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
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
