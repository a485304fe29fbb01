"""The FILL IN placeholders that `casearchive new` leaves: found, and reported as such."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casearchive.load import errors, yamlstrict
from casearchive.load.problems import Problem
from casearchive.model.records import KINDS

PLACEHOLDER = "FILL IN"
"""The value a skeleton leaves for the contributor to replace."""


@dataclass(frozen=True)
class Blank:
    """A placeholder in a record: its line, its field and what belongs there."""

    line: int
    field: str
    hint: str


def _walk(value: Any, loc: tuple[str | int, ...] = ()) -> Iterator[
        tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*loc, index))
    else:
        yield loc, value


def blanks(text: str, kind: str) -> list[Blank]:
    """The placeholders in a record's text, with what belongs in each (YamlError if unreadable)."""
    document = yamlstrict.load(text)
    found = []
    for loc, value in _walk(document.data):
        if value == PLACEHOLDER:
            _, info = errors.field_info(KINDS[kind], loc)
            sample = errors.example(info)
            hint = " ".join((info.description or "").split()) if info else ""
            found.append(Blank(document.line_of(loc), errors.field_path(loc),
                               f"{hint} e.g. {sample}" if sample else hint))
    return found


def problems_in(path: Path, shown: str) -> list[Problem]:
    """A problem for each placeholder left in one record file."""
    raw = path.read_bytes()
    if path.parent.name not in KINDS or PLACEHOLDER.encode() not in raw:
        return []
    try:
        found = blanks(yamlstrict.decode(raw), path.parent.name)
    except yamlstrict.YamlError:
        return []  # the file's syntax error is reported on its own
    return [Problem(shown, b.line, b.field, f"still says {PLACEHOLDER} (left by casearchive "
                    f"new); replace it: {b.hint}") for b in found]


def explain(found: list[Problem], problems: list[Problem]) -> list[Problem]:
    """`problems` with any on a placeholder's line replaced by the placeholder's own message
    ('FILL IN' is not a valid id, not a date, ... all mean the same: it was never filled in)."""
    lines = {(p.path, p.line) for p in found}
    return sorted([p for p in problems if (p.path, p.line) not in lines] + found)


def explain_all(data_dir: Path, problems: list[Problem]) -> list[Problem]:
    """`problems` of a whole data folder with every placeholder explained. Only files that
    already have a problem are read again (a placeholder always makes one), never a huge one."""
    found = []
    for shown in sorted({p.path for p in problems if not p.warning}):
        path = data_dir.parent / shown
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= yamlstrict.MAX_BYTES:
            found.extend(problems_in(path, shown))
    return explain(found, problems)
