"""The remembered theme files of `serve` are what MkDocs adds itself, and follow the project's
own theme folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from casearchive.mkdocs import themefiles
from helpers import REPO


@pytest.fixture()
def config(tmp_path: Path) -> Any:
    """The archive's theme (Material and a copy of its theme folder) and two docs pages, one of
    which shadows a theme file."""
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n  custom_dir: overrides\n", encoding="utf-8")
    (tmp_path / "docs" / "assets" / "images").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))


def _docs(config: Any) -> Files:
    return Files([File("index.md", config.docs_dir, config.site_dir, True),
                  File("assets/images/favicon.png", config.docs_dir, config.site_dir, True)])


def _seen(files: Files) -> list[tuple[str, str, str, str]]:
    return [(f.src_uri, f.src_dir, f.dest_uri, f.url) for f in files]


def test_remembered_theme_files_equal_mkdocs_own(config: Any) -> None:
    env = config.theme.get_env()
    expected = _docs(config)
    Files.add_files_from_theme(expected, env, config)
    assert len(expected) > 10  # the theme's own scripts, styles and fonts
    shadowed = [f.src_dir for f in expected if f.src_uri == "assets/images/favicon.png"]
    assert shadowed == [config.docs_dir]  # the project's file, not the theme's
    remembered = themefiles.remember(Files.add_files_from_theme)
    for _ in range(2):  # listed, then from memory
        files = _docs(config)
        remembered(files, env, config)
        assert _seen(files) == _seen(expected)
    assert len(remembered.remembered) == 1  # type: ignore[attr-defined]


def test_a_file_added_to_the_projects_theme_folder_is_seen(config: Any) -> None:
    env = config.theme.get_env()
    remembered = themefiles.remember(Files.add_files_from_theme)
    remembered(_docs(config), env, config)
    Path(config.theme.custom_dir, "new-style.css").write_text("p {}\n", encoding="utf-8")
    files = _docs(config)
    remembered(files, env, config)
    added = [f for f in files if f.src_uri == "new-style.css"]
    assert [f.src_dir for f in added] == [config.theme.custom_dir]
