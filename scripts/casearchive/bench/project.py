"""A throw-away project around a synthetic archive: the repository's site setup plus data/."""

from __future__ import annotations

import shutil
import tempfile
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
            set_aside(target, root)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("archive", "__pycache__"))
        elif source.is_file():
            shutil.copy2(source, target)
    project = Project(root)
    for stale in (project.site, root / ".site.new", root / ".site.old"):
        set_aside(stale, root)
    return project


SET_ASIDE = ".set-aside"
"""The folder beside the benchmark's projects (bench/out/.set-aside) where the builds measured
before are moved rather than deleted, until the end of the run (`empty_set_aside`). Why: on the
machine of bench/report.md, deleting the tens of thousands of files of a build made the files
written over the next minutes three to six times as costly (writing 6,430 generated files: 0.5 to
0.7 s of CPU with no deletion between rounds, 2.4 to 4.4 s with one), and the deletions always
fell just before the project's build (the anchor's build followed the project's, with nothing
deleted between): the ratio of each pair but the first was the project's build after a deletion
against the anchor's without one. A rename deletes nothing."""


def set_aside(path: Path, root: Path) -> None:
    """Move `path` (a file or folder of the project at `root`) into the set-aside folder beside
    the project's folder (SET_ASIDE); nothing if it does not exist."""
    if not path.exists():
        return
    aside = root.parent / SET_ASIDE
    aside.mkdir(parents=True, exist_ok=True)
    path.rename(Path(tempfile.mkdtemp(dir=aside)) / path.name)


def empty_set_aside(out: Path) -> None:
    """Delete what `set_aside` moved beside the projects in `out` (bench/out), once nothing more
    is measured (`make bench` does at its end; what a run stopped half-way set aside goes at the
    end of the next)."""
    shutil.rmtree(out / SET_ASIDE, ignore_errors=True)


def make_project(repo: Path, root: Path, n: int, seed: int) -> Project:
    """A project at `root` around a synthetic archive of n records."""
    project = site_setup(repo, root)
    synth.write_archive(project.data, n, seed)
    return project
