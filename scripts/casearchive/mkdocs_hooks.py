"""The thin MkDocs adapter: feeds the generated redirect map to mkdocs-redirects and, while
serving, regenerates pages when data/ changes. All logic lives in plain functions elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

_command = {"name": ""}


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
    """While serving, re-check data/ and rewrite only the pages whose content changed."""
    if _command["name"] != "serve":
        return
    from casearchive.build import Project, check_archive, generate
    from casearchive.problems import errors

    project = Project(Path(config["config_file_path"]).parent)
    archive, problems = check_archive(project.data)
    if errors(problems):
        lines = "\n".join(str(p) for p in errors(problems))
        raise PluginError(f"The data has errors; the pages were not updated:\n{lines}")
    generate(project, archive)
