"""`serve` starting from the last `casearchive build`: its site/ is copied into the folder MkDocs
serves before the first (dirty) build, so that MkDocs renders only the pages whose Markdown is
newer than their built page, instead of every page of both editions (a few seconds instead of a
minute and a half at 2,000 records). Only when nothing but Markdown changed since that build:
MkDocs' dirty build compares the time of each page with its source, and sees no other input.
Nor does it remove a page whose Markdown is gone (a record deleted since that build): once the
generated pages are current, `prune` takes those out of the preview."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from casearchive.i18n.languages import EDITIONS
from casearchive.model.pages import ROOT

BUILT = "index.html"
"""The site's home page: written by every build, after the pages were generated."""

INPUTS = ("mkdocs.yml", "overrides", "scripts", "requirements.lock", ".venv/.installed")
"""What shapes a built page besides its own Markdown (theme overrides, hooks, the theme's version);
an edit of any of them since the build makes the first build of `serve` a full one."""


def _files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def usable(root: Path, site: Path) -> bool:
    """Whether `site` (a build of the project at `root`) is newer than every input of a page
    other than its Markdown, and holds the generated pages."""
    built = site / BUILT
    if not built.is_file() or not (site / ROOT).is_dir():
        return False
    since = built.stat().st_mtime
    return all(path.stat().st_mtime < since for name in INPUTS for path in _files(root / name))


def start_from(root: Path, site: Path, site_dir: Path) -> bool:
    """Copy `site` into `site_dir` (MkDocs' folder for `serve`), times kept, if `usable`;
    whether it did. A copy and not links: MkDocs rewrites its pages in place."""
    if not usable(root, site):
        return False
    shutil.copytree(site, site_dir, dirs_exist_ok=True, copy_function=shutil.copy2)
    return True


def _has_markdown(docs: Path, folder: str) -> bool:
    """Whether a page built at `folder`/index.html has its Markdown in `docs` (`folder.md` or
    `folder/index.md`; a translated edition falls back to the English page, so that one counts)."""
    return (docs / f"{folder}.md").is_file() or (docs / folder / "index.md").is_file()


def stale_pages(site_dir: Path, docs: Path) -> list[Path]:
    """The built pages of the generated folder, in every edition, whose Markdown is no longer in
    `docs`: the pages of records removed since the build the preview started from. Redirect pages
    (an old id's address) are among them; the redirects plugin writes them again on every build."""
    stale = []
    for prefix in ("", *(f"{lang}/" for lang in EDITIONS)):
        top = site_dir / f"{prefix}{ROOT}"
        if not top.is_dir():
            continue
        for page in top.rglob("index.html"):
            folder = page.parent.relative_to(site_dir).as_posix()[len(prefix):]
            if not _has_markdown(docs, folder):
                stale.append(page)
    return sorted(stale)


def prune(site_dir: Path, docs: Path) -> int:
    """Remove `stale_pages` from the preview (their folders too, once empty); how many."""
    stale = stale_pages(site_dir, docs)
    for page in stale:
        page.unlink()
        with contextlib.suppress(OSError):  # the folder still holds other files
            page.parent.rmdir()
    return len(stale)
