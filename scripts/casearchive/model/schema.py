"""JSON Schema for editors, generated from the data model; one file per record kind."""

from __future__ import annotations

import json
from pathlib import Path

from casearchive.model.records import KINDS


def schemas() -> dict[str, str]:
    """File name → JSON Schema text for every record kind."""
    result = {}
    for kind, model in KINDS.items():
        document = model.model_json_schema()
        # Draft 7: the YAML extension for VS Code (yaml-language-server) warns that it does not
        # fully support 2020-12; pydantic's output uses no keyword newer than draft 7 needs.
        document["$schema"] = "http://json-schema.org/draft-07/schema#"
        document["$id"] = f"{kind}.schema.json"
        result[f"{kind}.schema.json"] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return result


def write_schemas(folder: Path, check: bool = False) -> list[Path]:
    """Write (or with check=True, only compare) the schema files; return the stale ones."""
    stale = []
    for name, text in schemas().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not check:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return stale
