"""Editor help: fresh JSON Schema files, mapped onto every kind's folder for VS Code's YAML
extension, and named by each new skeleton's first line for other yaml-language-server editors."""

from __future__ import annotations

import json

from casearchive.model import schema
from casearchive.model.records import KINDS
from helpers import REPO


def test_committed_schema_files_are_fresh() -> None:
    assert schema.write_schemas(REPO / "schema", check=True) == []


def test_committed_schema_files_are_exactly_one_per_kind() -> None:
    assert sorted(p.name for p in (REPO / "schema").glob("*.json")) == sorted(
        f"{kind}.schema.json" for kind in KINDS)


def test_schemas_use_the_draft_editors_support() -> None:
    for path in (REPO / "schema").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["$schema"] == \
            "http://json-schema.org/draft-07/schema#"


def test_vscode_maps_every_kind_to_its_schema() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert sorted(mapping) == sorted(f"./schema/{kind}.schema.json" for kind in KINDS)
    for kind in KINDS:
        globs = mapping[f"./schema/{kind}.schema.json"]
        assert f"/data/{kind}/*.yml" in globs
        assert f"/tests/fixtures/archive/data/{kind}/*.yml" in globs
    for target in mapping:
        assert (REPO / target).is_file(), target
    assert settings["[yaml]"]["editor.insertSpaces"] is True


def test_vscode_recommends_the_yaml_extension() -> None:
    extensions = json.loads((REPO / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_schema_describes_every_field_with_an_example() -> None:
    for kind in KINDS:
        document = json.loads((REPO / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        parts = [document, *document.get("$defs", {}).values()]
        for part in parts:
            for name, field in part.get("properties", {}).items():
                assert field.get("description"), f"{kind}: {name}"
