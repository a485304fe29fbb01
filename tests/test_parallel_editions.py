"""The editions built side by side (one MkDocs process each, merged: publish/editions.py) give the
site one MkDocs process building them in turn gives: the same files, the same bytes."""

from __future__ import annotations

import gzip
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from casearchive.publish import build, editions
from helpers import SITE_ENV, environment, generate, make_project, snapshot


def _stable(site: Path) -> dict[str, str]:
    """Every file but the search bundle, whose files carry a per-build id, and the sitemap's
    gzip copy (compared unpacked)."""
    return {path: digest for path, digest in snapshot(site).items()
            if not path.startswith("pagefind/") and path != "sitemap.xml.gz"}


def _bundle(site: Path) -> tuple[dict[str, int], int]:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = {lang: index["page_count"] for lang, index in entry["languages"].items()}
    return pages, sum(1 for p in (site / "pagefind").rglob("*") if p.is_file())


def _generated(tmp_path: Path) -> build.Project:
    """A project with its pages generated."""
    root = make_project(tmp_path / "project")
    generate(root)
    return build.Project(root)


def _mkdocs(project: build.Project, target: Path, env: Callable[[], dict[str, str]]) -> None:
    """One MkDocs process building into `target`, as `casearchive build` starts it, with the
    environment `env` makes inside the site's settings (SITE_ENV)."""
    with environment(SITE_ENV):
        done = subprocess.run(build.mkdocs_command(project, target), cwd=project.root, env=env(),
                              capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_editions_built_side_by_side_make_the_site_one_process_makes(tmp_path: Path) -> None:
    project = _generated(tmp_path)
    root = project.root
    _mkdocs(project, root / "one", lambda: build.mkdocs_env(index=True))
    with environment(SITE_ENV):
        assert build.run_mkdocs(project, root / "both") == 0
    one_site, both_site = _stable(root / "one"), _stable(root / "both")
    assert sorted(one_site) == sorted(both_site)
    assert one_site == both_site
    assert _bundle(root / "one") == _bundle(root / "both")
    assert set(_bundle(root / "both")[0]) == {"en", "fa"}
    sitemap = (root / "both" / "sitemap.xml").read_text(encoding="utf-8")
    assert "/fa/archive/" in sitemap and gzip.decompress(
        (root / "both" / "sitemap.xml.gz").read_bytes()).decode("utf-8") == sitemap
    assert (root / "both" / "fa" / "404.html").is_file() and (root / "both" / "robots.txt").is_file()
    assert not (root / "both-fa").exists()


def test_a_failed_edition_stops_the_build_and_leaves_no_folder_of_its_own(tmp_path: Path) -> None:
    root = _generated(tmp_path).root
    (root / "docs" / "broken.fa.md").write_text("# خراب\n\n[gone](missing.md)\n", encoding="utf-8")
    assert build.run_mkdocs(build.Project(root), root / "site") != 0
    assert not (root / "site-fa").exists()


def test_one_sitemap_lists_the_pages_of_both_builds() -> None:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="x">'
    first = head + "\n    <url><loc>a</loc></url>\n</urlset>"
    later = head + "\n    <url><loc>fa/a</loc></url>\n</urlset>"
    assert editions.sitemap_of_both(first, later) == (
        head + "\n    <url><loc>a</loc></url>\n    <url><loc>fa/a</loc></url>\n</urlset>")


def test_the_persian_process_copies_none_of_the_files_the_english_one_copies(tmp_path: Path) -> None:
    # Theme assets, stylesheets and downloads are the same in both editions: only the English
    # build's process copies them (Editions.copy_shared_once); the Persian one writes its pages.
    project = _generated(tmp_path)
    root = project.root
    _mkdocs(project, root / "fa-only", lambda: build.edition_env(build.mkdocs_env(), "fa"))
    written = {p.relative_to(root / "fa-only").as_posix() for p in (root / "fa-only").rglob("*")
               if p.is_file()}
    assert "fa/index.html" in written and any(p.startswith("fa/archive/persons/") for p in written)
    downloads = [p for p in snapshot(root / "docs") if not p.endswith(".md")]
    assert downloads and not set(downloads) & written
    assert not any(p.startswith(("assets/", "archive/data/")) for p in written)
