"""A throw-away project around a synthetic archive: the repository's site setup plus data/."""

from __future__ import annotations

import shutil
from pathlib import Path

from casearchive.bench import synth
from casearchive.publish.build import Project

SITE_PARTS = ("mkdocs.yml", "mkdocs.offline.yml", "docs", "overrides", "scripts")
"""What a build and the offline copy need besides data/ (mkdocs.yml names its hook by a path
relative to itself)."""


def site_setup(repo: Path, root: Path) -> Project:
    """`root` holding a fresh copy of the repository's site setup; generated pages and built sites
    from earlier runs are removed, so that the next build is a full one. data/ is left alone."""
    root.mkdir(parents=True, exist_ok=True)
    for name in SITE_PARTS:
        source, target = repo / name, root / name
        if target.is_dir():
            shutil.rmtree(target)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("archive", "__pycache__"))
        elif source.is_file():
            shutil.copy2(source, target)
    project = Project(root)
    for stale in (project.site, root / ".site.new", root / ".site.old"):
        shutil.rmtree(stale, ignore_errors=True)
    return project


def make_project(repo: Path, root: Path, n: int, seed: int) -> Project:
    """A project at `root` around a synthetic archive of n records."""
    project = site_setup(repo, root)
    synth.write_archive(project.data, n, seed)
    return project
