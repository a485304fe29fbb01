"""The canonical YAML layout of a record: the text style that `casearchive fmt` writes and the
data dictionary shows (plain where the strict loader reads it back unchanged, else quoted)."""

from __future__ import annotations

import io
import re
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.resolver import BaseResolver
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from casearchive.load import yamlstrict
from casearchive.model import info as modelinfo


class _StrictResolver(BaseResolver):
    """Plain scalars are read as the strict loader reads them: only true, false, null and whole
    numbers are not text (YAML 1.2 would also turn 2022-06-08 into a date and quote it)."""

    def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None) -> None:
        super().__init__(loader or loadumper)

    @property
    def processing_version(self) -> tuple[int, int]:
        return (1, 2)


_StrictResolver.add_implicit_resolver_base(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
_StrictResolver.add_implicit_resolver_base(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])
_StrictResolver.add_implicit_resolver_base(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))


def engine() -> YAML:
    """A round-trip YAML engine set up for the canonical layout."""
    engine = YAML(typ="rt")
    engine.Resolver = _StrictResolver
    engine.preserve_quotes = True
    engine.width = 4096  # never re-wrap a line of text
    engine.indent(mapping=2, sequence=4, offset=2)
    return engine


def plain_is_safe(text: str) -> bool:
    """Whether the strict loader reads `text` unquoted as exactly this text."""
    if not text or text != text.strip() or "\n" in text:
        return False
    try:
        return bool(yamlstrict.load(f"k: {text}\n").data == {"k": text})
    except yamlstrict.YamlError:
        return False


def _text(value: str) -> str:
    """Text in its canonical style: block text as it is, else plain where safe, else quoted."""
    if isinstance(value, (LiteralScalarString, FoldedScalarString)):
        return value  # block text keeps its style and line breaks
    plain = str(value)
    if plain_is_safe(plain):
        return plain
    quoted: str = (SingleQuotedScalarString if '"' in plain or "\\" in plain
                   else DoubleQuotedScalarString)(plain)
    return quoted


def normalise(node: Any, model: type[BaseModel] | None) -> Any:
    """A loaded tree in canonical order and style (fields in the model's order)."""
    if isinstance(node, CommentedMap):
        order = modelinfo.field_order(model) if model else []
        keys = [k for k in order if k in node] + [k for k in node if k not in order]
        result = CommentedMap()
        for key in keys:
            info = model.model_fields.get(key) if model else None
            result[key] = normalise(node[key], modelinfo.nested_model(info) if info else None)
        if node.fa.flow_style():
            result.fa.set_flow_style()
        return result
    if isinstance(node, CommentedSeq):
        # A new list: assigning into the old one would keep each old item's quoting.
        items = CommentedSeq(normalise(item, model) for item in node)
        if node.fa.flow_style():
            items.fa.set_flow_style()
        return items
    if isinstance(node, str):
        return _text(node)
    if isinstance(node, int) and not isinstance(node, bool):
        return int(node)  # `1_000` is written 1000
    return node


def _styled(value: Any) -> Any:
    if isinstance(value, dict):
        return CommentedMap((key, _styled(item)) for key, item in value.items())
    if isinstance(value, list):
        return CommentedSeq(_styled(item) for item in value)
    return _text(value) if isinstance(value, str) else value


def dump(data: dict[str, Any]) -> str:
    """YAML text for plain data, laid out exactly as fmt lays out records."""
    out = io.StringIO()
    engine().dump(_styled(data), out)
    return out.getvalue()
