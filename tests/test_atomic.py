"""Builds are atomic and deterministic: a failure leaves the last good site/ and every data file
exactly as they were, and the same data always gives the same pages and exports."""

from __future__ import annotations

from pathlib import Path

from helpers import casearchive, make_project, snapshot


def built_project(root: Path, seed: str = "0") -> Path:
    """A project at `root` built once from the fixture data."""
    make_project(root)
    result = casearchive(root, "build", seed=seed)
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "archive" / "persons" / "jane-official" / "index.html").is_file()
    return root


def test_a_failed_check_changes_no_file(tmp_path: Path) -> None:
    root = built_project(tmp_path)
    (root / "data" / "persons" / "broken.yml").write_text("name: [unclosed\n", encoding="utf-8")
    (root / "data" / "places" / "tehran.yml").write_text(
        "name: Tehran again\nkind: city\ncitations:\n  - source_id: hrw-2022-qa\n", encoding="utf-8")
    before = {part: snapshot(root / part) for part in ("site", "data", "docs")}
    result = casearchive(root, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("data/persons/broken.yml:2: (record): YAML syntax error")
    assert {part: snapshot(root / part) for part in before} == before


def test_a_failed_mkdocs_build_leaves_the_last_good_site(tmp_path: Path) -> None:
    root = built_project(tmp_path)
    site_before, data_before = snapshot(root / "site"), snapshot(root / "data")
    # A valid data change (so new pages are generated) and a hand-written page that fails the
    # strict build with a link to nowhere.
    tehran = root / "data" / "places" / "tehran.yml"
    tehran.write_text(tehran.read_text(encoding="utf-8").replace("Tehran", "Teheran"), "utf-8")
    (root / "docs" / "broken.md").write_text("# Broken\n\n[gone](missing.md)\n", encoding="utf-8")
    result = casearchive(root, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "MkDocs failed; the previous site/ is unchanged." in result.stderr
    assert snapshot(root / "site") == site_before
    assert snapshot(root / "data") != data_before  # only the edit made above
    assert not (root / ".site.new").exists() and not (root / ".site.old").exists()


def test_two_builds_of_the_same_data_are_identical(tmp_path: Path) -> None:
    first = built_project(tmp_path / "first", seed="1")
    second = built_project(tmp_path / "second", seed="2")
    generated = snapshot(first / "docs" / "archive")
    assert generated and generated == snapshot(second / "docs" / "archive")
    # The built HTML and exports too. Not compared: the gzip copy of the sitemap (a timestamp of
    # its own) and Pagefind's index, whose files carry a per-build id; its pages must match.
    def stable(site: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in site.items() if k != "sitemap.xml.gz" and "pagefind" not in k.split("/")[0]}

    sites = [stable(snapshot(p / "site")) for p in (first, second)]
    assert sites[0] == sites[1]


def test_rebuilding_unchanged_data_rewrites_no_generated_page(tmp_path: Path) -> None:
    root = built_project(tmp_path)
    pages = sorted((root / "docs" / "archive").rglob("*.md"))
    stamps = [p.stat().st_mtime_ns for p in pages]
    result = casearchive(root, "generate")
    assert result.returncode == 0 and " 0 page(s) written, 0 removed." in result.stdout
    assert [p.stat().st_mtime_ns for p in pages] == stamps
