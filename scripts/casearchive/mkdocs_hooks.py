"""The thin MkDocs adapter: feeds the generated redirect map to mkdocs-redirects, marks what the
search index holds and, while serving, regenerates pages when data/ changes and re-indexes the
preview in the background. All logic lives in plain functions elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from casearchive import incremental, search

_command = {"name": ""}
_built = {"pages": 0}  # pages MkDocs rendered in this build (a dirty rebuild skips unchanged ones)
_indexer = search.Background()
_regenerator = incremental.Regenerator()
_templates = incremental.TemplateCache()


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether MkDocs is serving (only then do we regenerate on each rebuild)."""
    _command["name"] = command


def on_config(config: Any) -> Any:
    """Give mkdocs-redirects the map generated from every record's former_ids."""
    path = Path(config["docs_dir"]) / "archive" / "redirects.json"
    if path.is_file() and "redirects" in config.plugins:
        maps = config.plugins["redirects"].config["redirect_maps"]
        maps.update(json.loads(path.read_text(encoding="utf-8")))
    return config


def on_pre_build(config: Any) -> None:
    """While serving, re-check data/ and rewrite only the pages whose content changed; only the
    changed files are read again and only the pages that show a changed record are re-rendered."""
    if _command["name"] != "serve":
        return
    _indexer.stop()  # it would compete with this rebuild and read pages half written
    _built["pages"] = 0
    from casearchive.build import Project, check_archive, data_version, write_generated
    from casearchive.problems import errors

    project = Project(Path(config["config_file_path"]).parent)
    archive, problems = check_archive(project.data, _regenerator.cache)
    if errors(problems):
        lines = "\n".join(str(p) for p in errors(problems))
        raise PluginError(f"The data has errors; the pages were not updated:\n{lines}")
    previous = _regenerator.files or None  # none yet: the first build makes the folder exact
    files = _regenerator.update(archive, data_version(project.root))
    if files is not previous:
        write_generated(project, files, previous)


def on_env(env: Any, config: Any, files: Any) -> Any:
    """While serving, compile the theme's templates once per session, not once per rebuild."""
    if _command["name"] == "serve":
        env.bytecode_cache = _templates
    return env


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Index only the article of hand-written and record pages (see search.searchable)."""
    _built["pages"] += 1
    return search.mark_body(output) if search.searchable(page.file.src_uri) else output


def on_post_build(config: Any) -> None:
    """While serving, index the preview site in the background so that search works there too."""
    if _command["name"] == "serve":
        _indexer.rebuilt(Path(config["site_dir"]), changed=_built["pages"] > 0)


def on_shutdown() -> None:
    """Stop any indexing still running when `serve` stops."""
    _indexer.stop()
