"""End to end: the CLI checks, generates and builds with `mkdocs build --strict`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casearchive.cli import main
from casearchive.load import history
from casearchive.render import address
from helpers import REPO, generate


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_build_writes_the_site_with_record_pages_and_redirects(fixture_site: Path) -> None:
    site, project = fixture_site, fixture_site.parent  # `casearchive build`, once per session
    person = (site / "archive/persons/jane-official/index.html").read_text(encoding="utf-8")
    assert "Deputy prosecutor" in person and "Iran&#39;s 1988 Mass Executions" in person
    redirect = (site / "archive/persons/jane-officer/index.html").read_text(encoding="utf-8")
    assert "../jane-official/" in redirect
    assert not (project / ".site.new").exists()


def test_check_exits_1_and_builds_nothing_on_bad_data(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = project / "data/persons/jane-official.yml"
    before = bad.read_bytes()
    bad.write_bytes(before.replace(b"name: Jane Official", b"name: Jane Official\nname: Twice"))
    broken = bad.read_bytes()
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    assert "data/persons/jane-official.yml:2: name: the key 'name' appears twice (first on line 1)" in err
    assert "nothing was built" in err
    assert bad.read_bytes() == broken
    assert not (project / "site").exists() and not (project / "docs/archive").exists()


def test_failed_build_keeps_the_last_good_site(project: Path) -> None:
    assert main(["--root", str(project), "build"]) == 0
    good = _tree(project / "site")
    (project / "data/places/tehran.yml").write_text("name: [unclosed\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1
    assert _tree(project / "site") == good


def test_generated_pages_are_rewritten_only_when_changed(project: Path) -> None:
    assert main(["--root", str(project), "generate"]) == 0
    page = project / "docs/archive/persons/jane-official.md"
    stamp = page.stat().st_mtime_ns
    assert main(["--root", str(project), "generate"]) == 0
    assert page.stat().st_mtime_ns == stamp
    extra = project / "data/places/extra-place.yml"
    extra.write_text("name: Extra\nkind: city\ncitations:\n  - source_id: hrw-2022-qa\n", encoding="utf-8")
    assert main(["--root", str(project), "generate"]) == 0
    assert (project / "docs/archive/places/extra-place.md").is_file()
    assert page.stat().st_mtime_ns == stamp  # a new record does not rewrite unrelated pages
    extra.unlink()
    assert main(["--root", str(project), "generate"]) == 0
    assert not (project / "docs/archive/places/extra-place.md").exists()


def test_cli_runs_as_a_module_without_traceback(project: Path) -> None:
    (project / "data/events/decree.yml").write_bytes(b"\xff\xfe")
    result = subprocess.run([sys.executable, "-m", "casearchive", "--root", str(project), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "data/events/decree.yml:1: (record): byte b'\\xff' is not UTF-8" in result.stderr


@pytest.mark.skipif(not (REPO / "data").is_dir(), reason="no data/ folder in this checkout")
def test_the_real_archive_builds_strictly(project_factory) -> None:  # type: ignore[no-untyped-def]
    project = project_factory(REPO / "data")
    assert main(["--root", str(project), "build"]) == 0
    assert (project / "site/archive/cases/iran-1988-prison-massacres/index.html").is_file()


def test_generate_writes_exactly_what_the_renderer_gives(project: Path) -> None:
    """The render stage's jobs (one edition going through the records backwards, in forked
    workers, writing their own files) write the very files of one plain pass over the archive."""
    from casearchive.publish import build
    from casearchive.render import renderer

    archive = generate(project)
    site = build.Project(project)
    written = {p.relative_to(site.docs).as_posix(): p.read_text(encoding="utf-8")
               for p in site.generated.rglob("*") if p.is_file()}
    expected = renderer.render_archive(archive, build.data_version(project),
                                       address.read(project / "mkdocs.yml"),
                                       history.archive_histories(project),
                                       anchors=build.keep_anchors(site, archive))
    assert written.keys() == expected.keys()
    assert [path for path in written if written[path] != expected[path]] == []
    forwards = renderer.Renderer(archive).in_language("fa")
    backwards = renderer.Renderer(archive).in_language("fa")
    assert [list(part()) for part in forwards.page_parts()][-2::-1] == \
        [list(part()) for part in backwards.page_parts(backwards=True)][:-1]
