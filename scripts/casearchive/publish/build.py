"""Orchestration: check the data, generate pages, run MkDocs into a fresh folder, swap it in."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casearchive.i18n import missing as persian
from casearchive.i18n.languages import LANGUAGES, ONLY_EDITION_ENV
from casearchive.load import archive as load
from casearchive.load import checks, history, placeholders, reportlimit
from casearchive.load.problems import Problem, errors
from casearchive.model import pages
from casearchive.publish import editions
from casearchive.publish import files as output
from casearchive.render import address, anchorregistry, collisions, environment
from casearchive.render import renderer as render
from casearchive.search import stream


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
        return self.docs / pages.ROOT

    @property
    def site(self) -> Path:
        """The built website."""
        return self.root / "site"


def check_archive(data_dir: Path, cache: load.Cache | None = None,
                  freeze: bool = False) -> tuple[load.Archive, list[Problem]]:
    """Load, validate and cross-check every record; all problems, sorted (`cache` and `freeze`:
    see load.load_archive)."""
    archive, problems = load.load_archive(data_dir, cache, freeze)
    problems.extend(checks.check_archive(archive))
    problems.extend(collisions.check_addresses(archive))
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
    """Write the generated pages for a valid archive: what render.render_archive gives, its parts
    (render.jobs) rendered and written in parallel, as write_tree would write them."""
    renderer = render.Renderer(archive, data_version(project.root),
                               address.read(project.root / "mkdocs.yml"),
                               history.archive_histories(project.root),
                               anchors=keep_anchors(project, archive))
    jobs = [functools.partial(_inside_of, job) for job in render.jobs(renderer)]
    environment.compile_all()
    return output.write_jobs(project.generated, jobs)


def keep_anchors(project: Project, archive: load.Archive) -> anchorregistry.Registry:
    """Bring the registry of published anchors beside data/ up to date (anchorregistry)."""
    return anchorregistry.keep(project.root, archive)


def anchor_problems(registry: anchorregistry.Registry, archive: load.Archive) -> list[Problem]:
    """A warning for each published anchor no page carries any more (its record was removed)."""
    return [Problem(anchorregistry.FILE, 1, "anchors",
                    f"{missing}: published, but no page carries this anchor any more", warning=True)
            for missing in registry.unanswered(archive)]


def _inside_of(job: output.Job) -> Iterator[dict[str, str]]:
    return (_inside(files) for files in job())


def _inside(files: dict[str, str]) -> dict[str, str]:
    prefix = pages.ROOT + "/"
    inside = {path.removeprefix(prefix): text for path, text in files.items()}
    assert len(inside) == len(files) and all(p.startswith(prefix) for p in files)
    return inside


def write_generated(project: Project, files: dict[str, str],
                    previous: dict[str, str] | None = None) -> tuple[int, int]:
    """Make the generated folder hold exactly `files` (paths inside docs/); given `previous`, the
    files it holds now, write only the differences."""
    if previous is None:
        return output.write_tree(project.generated, _inside(files))
    return output.update_tree(project.generated, _inside(files), _inside(previous))


def report(problems: list[Problem]) -> None:
    """Print problems to stderr, then a one-line summary."""
    shown, left_out = reportlimit.limit(problems)
    for problem in shown:
        print(problem, file=sys.stderr)
    if left_out:
        print(reportlimit.left_out(left_out), file=sys.stderr)
    untranslated = persian.summary(problems)
    if untranslated:
        print(untranslated, file=sys.stderr)
    bad = len(errors(problems))
    if bad:
        print(f"{bad} error(s); nothing was built and no file was changed.", file=sys.stderr)


def mkdocs_env(index: bool = False) -> dict[str, str]:
    """The environment for MkDocs, without the upstream projects' deprecation banners; with
    `index`, MkDocs builds the search index as it renders (stream.py)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    env.pop(stream.ENV, None)
    return {**env, stream.ENV: "1"} if index else env


def mkdocs_command(project: Project, target: Path, strict: bool = True) -> list[str]:
    """The MkDocs command that builds the site into `target`."""
    # Not -q: MkDocs counts warnings only at the log level shown, so a quiet strict build passes
    # with broken links.
    command = [sys.executable, "-m", "mkdocs", "build", "--clean",
               "-f", str(project.root / "mkdocs.yml"), "-d", str(target)]
    return [*command, "--strict"] if strict else command


def run_mkdocs(project: Project, target: Path, strict: bool = True) -> int:
    """Build the site and its search index into `target` (emptied first); 0 on success. Each
    edition is built by a MkDocs process of its own, side by side (one per core), into a folder
    of its own; the others' folders are then merged into the first's (publish/editions.py)."""
    folders = edition_folders(target)
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="casearchive-") as locks:
        # The editions' Pagefind services write their indexes one after the other (stream.py).
        env = {**mkdocs_env(index=True), stream.LOCK_ENV: str(Path(locks) / "search.lock")}
        running = [subprocess.Popen(mkdocs_command(project, folder, strict), cwd=project.root,
                                    env=edition_env(env, lang)) for lang, folder in folders.items()]
        failed = wait_all(running)
    for lang, folder in folders.items():
        if folder != target:
            if not failed:
                editions.merge(folder, target, lang)
            shutil.rmtree(folder, ignore_errors=True)
    return failed


def edition_folders(target: Path) -> dict[str, Path]:
    """Where each edition is built: the first (English) into `target`, the others beside it."""
    return {lang: target if lang == LANGUAGES[0] else target.with_name(f"{target.name}-{lang}")
            for lang in LANGUAGES}


def edition_env(env: dict[str, str], lang: str) -> dict[str, str]:
    """The environment of the MkDocs process that builds edition `lang` (its own file for the
    benchmark's search figures, when those are asked for)."""
    own = {ONLY_EDITION_ENV: lang}
    if env.get(stream.STATS_ENV):
        own[stream.STATS_ENV] = f"{env[stream.STATS_ENV]}.{lang}"
    return {**env, **own}


def wait_all(running: list[subprocess.Popen[bytes]]) -> int:
    """Wait for every process; as soon as one fails, stop the others. The first failure's exit
    code, or 0."""
    while True:
        codes = [process.poll() for process in running]
        failed = next((code for code in codes if code), 0)
        if failed or None not in codes:
            break
        time.sleep(0.1)
    for process in running:
        if process.poll() is None:
            process.terminate()
        process.wait()
    return failed


def swap_in(project: Project, fresh: Path) -> None:
    """Replace site/ with a complete fresh build in two renames."""
    old = project.root / ".site.old"
    shutil.rmtree(old, ignore_errors=True)
    if project.site.exists():
        project.site.rename(old)
    fresh.rename(project.site)
    shutil.rmtree(old, ignore_errors=True)


def mkdocs_build(project: Project, strict: bool = True) -> int:
    """Build and index into a fresh folder and swap it in only if both succeeded."""
    fresh = project.root / ".site.new"
    if run_mkdocs(project, fresh, strict):
        shutil.rmtree(fresh, ignore_errors=True)
        print("MkDocs failed; the previous site/ is unchanged.", file=sys.stderr)
        return 1
    swap_in(project, fresh)
    return 0
