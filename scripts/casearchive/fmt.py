"""`casearchive fmt`: one layout for every record, keeping comments and never changing a value."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
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

from . import load, modelinfo, pathpolicy, placeholders, yamlcomments, yamlstrict
from .model import KINDS
from .problems import Problem, errors


class FormatError(Exception):
    """The formatter could not produce a layout it can prove equivalent."""


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


def _yaml() -> YAML:
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


def _normalise(node: Any, model: type[BaseModel] | None) -> Any:
    if isinstance(node, CommentedMap):
        order = modelinfo.field_order(model) if model else []
        keys = [k for k in order if k in node] + [k for k in node if k not in order]
        result = CommentedMap()
        for key in keys:
            info = model.model_fields.get(key) if model else None
            result[key] = _normalise(node[key], modelinfo.nested_model(info) if info else None)
        if node.fa.flow_style():
            result.fa.set_flow_style()
        return result
    if isinstance(node, CommentedSeq):
        # A new list: assigning into the old one would keep each old item's quoting.
        items = CommentedSeq(_normalise(item, model) for item in node)
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
    _yaml().dump(_styled(data), out)
    return out.getvalue()


def layout(text: str, model: type[BaseModel]) -> str:
    """The canonical layout of one record's text (no checks; see format_record)."""
    bare, comments = yamlcomments.extract(text)
    tree = _yaml().load(bare)
    out = io.StringIO()
    _yaml().dump(_normalise(tree, model), out)
    return yamlcomments.insert(out.getvalue(), comments)


def _comment_texts(text: str) -> Counter[str]:
    return Counter(line for c in yamlcomments.extract(text)[1] for line in c.lines if line)


def format_record(text: str, kind: str) -> str:
    """The formatted text of a record that loads; FormatError if that cannot be done safely."""
    model = KINDS[kind]
    try:
        result = layout(text, model)
        same_data = yamlstrict.load(result).data == yamlstrict.load(text).data
        same_comments = _comment_texts(result) == _comment_texts(text)
        stable = layout(result, model) == result
    except yamlcomments.CommentError as error:
        raise FormatError(f"line {error.line}: {error.message}") from None
    except yamlstrict.YamlError as error:  # pragma: no cover - the output always parses
        raise FormatError(f"the formatted text would not load ({error.message})") from None
    if not same_data:  # pragma: no cover - a guard: never write a file whose meaning changed
        raise FormatError("formatting would change a value; the file was left as it is")
    if not same_comments:
        raise FormatError("formatting would lose or duplicate a comment; put comments on "
                          "their own lines above the fields they describe")
    if not stable:
        raise FormatError("formatting is not stable for this file; put comments on their "
                          "own lines above the fields they describe")
    return result


@dataclass
class Outcome:
    """What fmt did (or would do) to each file."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def record_files(root: Path, paths: list[Path]) -> list[Path]:
    """The record files named by `paths` (files or folders), or all of data/ if none."""
    chosen = paths or [root / "data"]
    found: set[Path] = set()
    for path in chosen:
        path = path if path.is_absolute() else root / path
        found.update(path.rglob("*.yml") if path.is_dir() else [path])
    return sorted(found)


def _kind_of(path: Path) -> str | None:
    kind = path.parent.name
    return kind if kind in KINDS and path.parent.parent.name == "data" else None


def format_files(root: Path, paths: list[Path], check: bool) -> Outcome:
    """Format record files in place (or with check=True only report which would change)."""
    outcome = Outcome()
    for path in record_files(root, paths):
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        kind = _kind_of(path)
        if pathpolicy.linked(path, root):
            outcome.problems.append(Problem(shown, 1, "(file name)", pathpolicy.LINK_MESSAGE))
            continue
        if kind is None:
            outcome.problems.append(Problem(shown, 1, "(file name)", "not a record file; "
                                            "records are data/<kind>/<id>.yml"))
            continue
        _, found = load.load_file(path, kind, shown)
        if errors(found):
            outcome.problems.extend(placeholders.explain(placeholders.problems_in(path, shown),
                                                         errors(found)))
            continue
        text = path.read_text(encoding="utf-8")
        try:
            result = format_record(text, kind)
        except FormatError as error:
            outcome.problems.append(Problem(shown, 1, "(record)", f"not formatted: {error}"))
            continue
        if result == text:
            outcome.unchanged.append(shown)
            continue
        outcome.changed.append(shown)
        if not check:
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_text(result, encoding="utf-8")
            temporary.replace(path)
    return outcome
