"""The remembered i18n file reconfiguration of `serve` gives what mkdocs-static-i18n gives."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.structure.files import File
from mkdocs_static_i18n import suffix

from casearchive.mkdocs import i18nfiles

NAMES = ["index.md", "index.fa.md", "about/method.fa.md", "archive/persons/jane-doe.md",
         "archive/persons/jane-doe.fa.md", "archive/sources/un-1.fa.md",
         "archive/sources/un-1--what-rests-on-this-source-2.fa.md",
         "archive/data/persons/jane-doe.json", "stylesheets/archive.css"]


def _config(tmp_path: Path) -> Any:
    return SimpleNamespace(docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                           use_directory_urls=True)


def _made(file: File) -> dict[str, Any]:
    """What a reconfigured file holds, its alternates by language and whether each is itself."""
    values = {k: v for k, v in vars(file).items() if k != "alternates"}
    return {**values, "alternates": {lang: alt is file for lang, alt in file.alternates.items()}}


@pytest.mark.parametrize("language", ["en", "fa"])
def test_remembered_files_equal_the_plugins(tmp_path: Path, language: str) -> None:
    config = _config(tmp_path)
    remembered = i18nfiles.remember(suffix.create_i18n_file)
    for name in NAMES:
        source = File(name, config.docs_dir, config.site_dir, True)
        expected = _made(suffix.create_i18n_file(source, language, "en", ["en", "fa"], config))
        first = remembered(source, language, "en", ["en", "fa"], config)
        assert _made(first) == expected, name
        first.page, first.alternates["xx"] = "used by a build", first  # what a build does to it
        again = remembered(File(name, config.docs_dir, config.site_dir, True), language, "en",
                           ["en", "fa"], config)
        assert again is not first and _made(again) == expected, name


def test_a_file_is_reconfigured_once(tmp_path: Path) -> None:
    config = _config(tmp_path)
    calls: list[str] = []

    def create(file: File, *args: Any) -> File:
        calls.append(file.src_uri)
        return suffix.create_i18n_file(file, *args)

    remembered = i18nfiles.remember(create)
    for _ in range(3):
        for language in ("en", "fa"):
            remembered(File("index.fa.md", config.docs_dir, config.site_dir, True), language, "en",
                       ["en", "fa"], config)
    assert calls == ["index.fa.md", "index.fa.md"]  # once per edition
