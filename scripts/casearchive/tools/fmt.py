"""`casearchive fmt`: one layout for every record, keeping comments and never changing a value."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from casearchive.load import archive, pathpolicy, placeholders, yamllayout, yamlstrict
from casearchive.load.problems import Problem, errors
from casearchive.model.records import KINDS
from casearchive.tools import yamlcomments


class FormatError(Exception):
    """The formatter could not produce a layout it can prove equivalent."""


def layout(text: str, model: type[BaseModel]) -> str:
    """The canonical layout of one record's text (no checks; see format_record)."""
    bare, comments = yamlcomments.extract(text)
    tree = yamllayout.engine().load(bare)
    out = io.StringIO()
    yamllayout.engine().dump(yamllayout.normalise(tree, model), out)
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
        _, found = archive.load_file(path, kind, shown)
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
