"""Read data/<kind>/<id>.yml into validated models, collecting every problem with its line."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import errors, yamlstrict
from .fields import SLUG_PATTERN
from .model import KINDS
from .problems import Problem

_SLUG = re.compile(SLUG_PATTERN)


@dataclass
class Loaded:
    """One valid record: its kind, id, model, file and the line of each of its values."""

    kind: str
    id: str
    record: Any  # one of the models in model.KINDS; templates use it by duck typing
    path: str
    document: yamlstrict.Document
    references: list[Any] | None = field(default=None, repr=False, compare=False)
    """The ids this record names, once checks.references has listed them (a record never changes)."""

    def line(self, *loc: str | int) -> int:
        """The line of the value at `loc` in the record's file."""
        return self.document.line_of(loc)


@dataclass
class Archive:
    """Every valid record, by kind and by id."""

    records: dict[str, dict[str, Loaded]] = field(
        default_factory=lambda: {kind: {} for kind in KINDS})
    invalid: dict[str, str] = field(default_factory=dict)
    """Ids of files that failed to load → their kind (so references to them are not reported)."""

    def get(self, record_id: str) -> Loaded | None:
        """The record with this id, whatever its kind."""
        for by_id in self.records.values():
            if record_id in by_id:
                return by_id[record_id]
        return None

    def all(self) -> list[Loaded]:
        """All records, in kind order then id order."""
        return [by_id[i] for by_id in self.records.values() for i in sorted(by_id)]


def load_file(path: Path, kind: str, shown: str) -> tuple[Loaded | None, list[Problem]]:
    """Load and validate one record file; never raises on bad data."""
    record_id = path.stem
    problems: list[Problem] = []
    if not _SLUG.match(record_id) or len(record_id) > 80:
        problems.append(Problem(shown, 1, "(file name)", f"{path.name!r} is not a valid id; name "
                                "the file with lowercase letters, digits and single hyphens, "
                                "e.g. ebrahim-raisi.yml"))
    try:
        document = yamlstrict.load(yamlstrict.decode(path.read_bytes()))
    except yamlstrict.YamlError as bad:
        return None, [*problems, Problem(shown, bad.line, errors.field_path(bad.path),
                                         bad.message)]
    if not isinstance(document.data, dict):
        what = "empty" if document.data is None else "not a mapping of fields"
        return None, [*problems, Problem(shown, 1, "(record)", f"the file is {what}; a record "
                                         "starts with fields such as `name: ...`")]
    model = KINDS[kind]
    try:
        record = model.model_validate(document.data)
    except ValidationError as invalid:
        for detail in invalid.errors():
            loc = tuple(detail["loc"])
            problems.append(Problem(shown, document.line_of(loc), errors.field_path(loc),
                                    errors.message(model, detail)))
        return None, problems
    if problems:
        return None, problems
    return Loaded(kind, record_id, record, shown, document), problems


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    # Loading builds a large, acyclic, long-lived structure: the cyclic garbage collector would
    # scan it again and again (a tenth of the load time at 20,000 records) and free nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Cache = dict[Path, tuple[tuple[int, int], "Loaded | None", list[Problem]]]
"""File → (modification time and size, what loading it gave), kept between loads by `serve`."""


def load_archive(data_dir: Path, cache: Cache | None = None) -> tuple[Archive, list[Problem]]:
    """Load every record under `data_dir`; return the valid ones and all problems found.
    With a cache, files unchanged since the last load are not read again."""
    with _no_cycle_collection():
        return _load_all(data_dir, cache)


def _load_cached(path: Path, kind: str, shown: str, cache: Cache) -> tuple[Loaded | None, list[Problem]]:
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    if path in cache and cache[path][0] == stamp:
        return cache[path][1], cache[path][2]
    loaded, problems = load_file(path, kind, shown)
    cache[path] = (stamp, loaded, problems)
    return loaded, problems


def _load_all(data_dir: Path, cache: Cache | None) -> tuple[Archive, list[Problem]]:
    archive = Archive()
    problems: list[Problem] = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        shown = path.relative_to(data_dir.parent).as_posix()
        relative = path.relative_to(data_dir)
        kind = relative.parts[0]
        if path.name.startswith(".") or path.name == "README.md":
            continue
        if len(relative.parts) != 2 or kind not in KINDS or path.suffix != ".yml":
            problems.append(Problem(shown, 1, "(file name)", "records go in data/<kind>/<id>.yml "
                                    f"where <kind> is one of {', '.join(KINDS)}; e.g. "
                                    "data/persons/ebrahim-raisi.yml"))
            continue
        loaded, found = load_file(path, kind, shown) if cache is None else \
            _load_cached(path, kind, shown, cache)
        problems.extend(found)
        if loaded:
            archive.records[kind][loaded.id] = loaded
        else:
            archive.invalid[path.stem] = kind
    return archive, problems
