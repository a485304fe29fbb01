"""`serve` starts from the last build's site only when nothing but Markdown changed since."""

from __future__ import annotations

import os
from pathlib import Path

from casearchive.mkdocs import warmstart


def _project(root: Path, built_at: float) -> Path:
    for name in ("mkdocs.yml", "overrides/main.html", "scripts/casearchive/hooks.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
        os.utime(root / name, (built_at - 100, built_at - 100))
    site = root / "site"
    (site / "archive" / "persons" / "p").mkdir(parents=True)
    (site / "archive" / "persons" / "p" / "index.html").write_text("<h1>P</h1>", encoding="utf-8")
    (site / "index.html").write_text("<h1>Home</h1>", encoding="utf-8")
    os.utime(site / "index.html", (built_at, built_at))
    return site


def test_a_current_site_is_copied_with_its_times(tmp_path: Path) -> None:
    site = _project(tmp_path, built_at=1_000_000)
    served = tmp_path / "served"
    served.mkdir()
    assert warmstart.start_from(tmp_path, site, served)
    assert (served / "archive" / "persons" / "p" / "index.html").read_text() == "<h1>P</h1>"
    assert (served / "index.html").stat().st_mtime == 1_000_000  # MkDocs' dirty check reads it


def test_a_site_older_than_the_theme_or_the_hooks_is_not_used(tmp_path: Path) -> None:
    site = _project(tmp_path, built_at=1_000_000)
    os.utime(tmp_path / "overrides" / "main.html", (1_000_001, 1_000_001))
    assert not warmstart.start_from(tmp_path, site, tmp_path / "served")
    assert not (tmp_path / "served").exists()


def test_no_site_no_start(tmp_path: Path) -> None:
    assert not warmstart.usable(tmp_path, tmp_path / "site")


def _page(site: Path, folder: str) -> Path:
    page = site / folder / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<h1>x</h1>", encoding="utf-8")
    return page


def test_pages_whose_markdown_is_gone_are_taken_out_of_the_preview(tmp_path: Path) -> None:
    docs, served = tmp_path / "docs", tmp_path / "served"
    for name in ("archive/persons/kept.md", "archive/persons/kept.fa.md", "archive/contested/index.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# x", encoding="utf-8")
    kept = [_page(served, f) for f in ("archive/persons/kept", "fa/archive/persons/kept",
                                        "archive/contested", "fa/archive/contested", "method")]
    gone = [_page(served, f) for f in ("archive/persons/removed", "fa/archive/persons/removed")]
    (gone[0].parent / "data.json").write_text("{}", encoding="utf-8")  # not a page: stays

    assert warmstart.stale_pages(served, docs) == sorted(gone)
    assert warmstart.prune(served, docs) == 2
    assert all(page.is_file() for page in kept)
    assert not any(page.exists() for page in gone)
    assert not gone[1].parent.exists()  # an emptied folder goes too
    assert (gone[0].parent / "data.json").is_file()
    assert warmstart.stale_pages(served, docs) == []
