"""Orchestration: check the data, generate pages, run MkDocs into a fresh folder, swap it in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import checks, datadict, history, load, placeholders, render, site, siteinfo
from .problems import Problem, errors


@dataclass(frozen=True)
class Project:
    """Where things are: the repository root and its standard folders."""

    root: Path

    @property
    def data(self) -> Path:
        """The YAML records."""
        return self.root / "data"

    @property
    def docs(self) -> Path:
        """The MkDocs docs_dir (hand-written pages plus the generated folder)."""
        return self.root / "docs"

    @property
    def generated(self) -> Path:
        """Generated Markdown; never edited by hand."""
        return self.docs / render.ROOT

    @property
    def site(self) -> Path:
        """The built website."""
        return self.root / "site"


def check_archive(data_dir: Path) -> tuple[load.Archive, list[Problem]]:
    """Load, validate and cross-check every record; all problems, sorted."""
    archive, problems = load.load_archive(data_dir)
    problems.extend(checks.check_archive(archive))
    problems = placeholders.explain_all(data_dir, problems)
    return archive, sorted(set(problems))


def data_version(root: Path) -> str:
    """The git commit of the data, for citations ('unknown' outside a checkout)."""
    try:
        result = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
                                capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


def generate(project: Project, archive: load.Archive) -> tuple[int, int]:
    """Write the generated pages for a valid archive."""
    site_config = siteinfo.read(project.root / "mkdocs.yml")
    files = render.render_archive(archive, data_version(project.root), site_config,
                                  history.archive_histories(project.root))
    files.update({path: datadict.data_dictionary(lang) for lang, path in datadict.PAGES.items()})
    prefix = render.ROOT + "/"
    inside = {path.removeprefix(prefix): text for path, text in files.items()}
    assert len(inside) == len(files) and all(p.startswith(prefix) for p in files)
    return site.write_tree(project.generated, inside)


def report(problems: list[Problem]) -> None:
    """Print problems to stderr, then a one-line summary."""
    for problem in problems:
        print(problem, file=sys.stderr)
    bad = len(errors(problems))
    if bad:
        print(f"{bad} error(s); nothing was built and no file was changed.", file=sys.stderr)


def mkdocs_env() -> dict[str, str]:
    """The environment for MkDocs, without the upstream projects' deprecation banners."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def mkdocs_build(project: Project, strict: bool = True) -> int:
    """Build into a fresh folder and swap it in only if MkDocs succeeded."""
    fresh = project.root / ".site.new"
    shutil.rmtree(fresh, ignore_errors=True)
    # Not -q: MkDocs counts warnings only at the log level shown, so a quiet strict build passes
    # with broken links.
    command = [sys.executable, "-m", "mkdocs", "build", "--clean",
               "-f", str(project.root / "mkdocs.yml"), "-d", str(fresh)]
    if strict:
        command.append("--strict")
    result = subprocess.run(command, cwd=project.root, env=mkdocs_env())
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print("MkDocs failed; the previous site/ is unchanged.", file=sys.stderr)
        return 1
    old = project.root / ".site.old"
    shutil.rmtree(old, ignore_errors=True)
    if project.site.exists():
        project.site.rename(old)
    fresh.rename(project.site)
    shutil.rmtree(old, ignore_errors=True)
    return 0
