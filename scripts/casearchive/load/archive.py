"""Read data/<kind>/<id>.yml into validated models, collecting every problem with its line."""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import ValidationError

from casearchive import processes
from casearchive.load import errors, pathpolicy, reportlimit, yamlstrict
from casearchive.load.problems import Problem
from casearchive.model.fields import SLUG_PATTERN
from casearchive.model.records import KINDS, AnyRecord, Strict

_SLUG = re.compile(SLUG_PATTERN)
MAX_ID = 80


R = TypeVar("R", bound=Strict)

@dataclass
class Loaded:
    """One valid record: its kind, id, model, file and the line of each of its values."""

    kind: str
    id: str
    record: AnyRecord
    path: str
    document: yamlstrict.Document
    references: list[Any] | None = field(default=None, repr=False, compare=False)
    """The ids this record names, once checks.references has listed them (a record never changes)."""

    def line(self, *loc: str | int) -> int:
        """The line of the value at `loc` in the record's file."""
        return self.document.line_of(loc)

    def as_(self, model: type[R]) -> R:
        """The record as the model of its kind (`loaded.as_(Person)`): code that needs one kind's
        fields asks for that kind, and a wrong kind fails here, not deep in a template."""
        if not isinstance(self.record, model):
            raise TypeError(f"{self.path}: a record of {self.kind}, not a {model.__name__}")
        return self.record

    @property
    def written_name(self) -> str:
        """The record's name or title as its file gives it (the English edition's), else its id
        (a statement has neither)."""
        record = self.record
        return str(getattr(record, "name", None) or getattr(record, "title", None) or self.id)


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
    if path.is_symlink():  # never read through a link (folders: see _misplaced)
        return None, [Problem(shown, 1, "(file name)", pathpolicy.LINK_MESSAGE)]
    reserved = pathpolicy.check_file_name(kind, record_id, shown) if _SLUG.fullmatch(record_id) else None
    if not _SLUG.fullmatch(record_id):
        problems.append(Problem(shown, 1, "(file name)", f"{path.name!r} is not a valid id; name "
                                "the file with lowercase letters, digits and single hyphens, "
                                "e.g. ebrahim-raisi.yml"))
    elif len(record_id) > MAX_ID:
        problems.append(Problem(shown, 1, "(file name)", f"the id {record_id[:40]!r}... is "
                                f"{len(record_id)} characters long; keep ids to {MAX_ID}, e.g. "
                                "ebrahim-raisi.yml"))
    elif reserved:
        problems.append(reserved)
    try:
        yamlstrict.check_size(path.stat().st_size)  # a 50 MB file is never read
        document = yamlstrict.load(yamlstrict.decode(path.read_bytes()))
    except yamlstrict.YamlError as bad:
        return None, [*problems, Problem(shown, bad.line, errors.field_path(bad.path),
                                         bad.message)]
    except OSError as error:
        return None, [*problems, Problem(shown, 1, "(record)", f"cannot be read ({error.strerror}); "
                                         "check the file's permissions")]
    if not isinstance(document.data, dict):
        what = "empty" if document.data is None else "not a mapping of fields"
        return None, [*problems, Problem(shown, 1, "(record)", f"the file is {what}; a record "
                                         "starts with fields such as `name: ...`")]
    model = KINDS[kind]
    try:
        record = model.model_validate(document.data)
    except ValidationError as invalid:
        problems.extend(reportlimit.validation_problems(model, document, shown, invalid.errors()))
        return None, problems
    if problems:
        return None, problems
    # KINDS maps each folder to the model of its records: every model is one of AnyRecord.
    return Loaded(kind, record_id, cast(AnyRecord, record), shown, document), problems


def _printable(name: str) -> str:
    """A file name as text, escaped where it could mislead (pathpolicy.printable)."""
    return pathpolicy.printable(name)


def _misplaced(path: Path, relative: Path) -> str | None:
    """Why a path under data/ cannot hold a record, or None if it can."""
    if pathpolicy.linked(path, path.parents[len(relative.parts)]):
        # A link in a pull request could make the check read, and quote, any file on the machine.
        return pathpolicy.LINK_MESSAGE
    if len(relative.parts) != 2 or relative.parts[0] not in KINDS or path.suffix != ".yml":
        return (f"records go in data/<kind>/<id>.yml where <kind> is one of {', '.join(KINDS)}; "
                "e.g. data/persons/ebrahim-raisi.yml")
    return None


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


def load_archive(data_dir: Path, cache: Cache | None = None,
                 freeze: bool = False) -> tuple[Archive, list[Problem]]:
    """Load every record under `data_dir`; return the valid ones and all problems found.
    With a cache, files unchanged since the last load are not read again; without one, a large
    archive is read on two cores (half the files in a forked process). With `freeze`, for a
    process that keeps the archive to its end (check, build), the cycle collector is told to
    leave everything loaded alone (gc.freeze): it would scan it for seconds at 20,000 records and
    free nothing."""
    with _no_cycle_collection():
        loaded = _load_all(data_dir, cache)
        if freeze:
            gc.freeze()
        return loaded


PARALLEL_FROM = 2_000
"""Files from which loading is split between two processes (below, forking costs more than it
saves)."""


def _load_cached(path: Path, kind: str, shown: str, cache: Cache) -> tuple[Loaded | None, list[Problem]]:
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    if path in cache and cache[path][0] == stamp:
        return cache[path][1], cache[path][2]
    loaded, problems = load_file(path, kind, shown)
    cache[path] = (stamp, loaded, problems)
    return loaded, problems


Outcome = tuple[str, str, "Loaded | None", list[Problem]]
"""What loading one path gave: its kind, its file name's stem, the record, the problems."""


def _load_all(data_dir: Path, cache: Cache | None) -> tuple[Archive, list[Problem]]:
    archive = Archive()
    linked_folder = pathpolicy.linked_data_folder(data_dir)
    if linked_folder:
        return archive, [linked_folder]
    entries: list[tuple[Path, str, str] | Problem] = []  # in file order: to load, or misplaced
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file() or p.is_symlink()):
        shown = _printable(path.relative_to(data_dir.parent).as_posix())
        relative = path.relative_to(data_dir)
        if (path.name.startswith(".") and path.suffix != ".yml") or path.name == "README.md":
            continue  # editor and OS litter (.DS_Store, .x.yml.swp); a hidden .yml is an error
        wrong = _misplaced(path, relative)
        entries.append(Problem(shown, 1, "(file name)", wrong) if wrong else
                       (path, relative.parts[0], shown))
    outcomes = iter(_load_paths([e for e in entries if not isinstance(e, Problem)], cache))
    problems: list[Problem] = []
    for entry in entries:
        if isinstance(entry, Problem):
            problems.append(entry)
            continue
        kind, stem, loaded, found = next(outcomes)
        problems.extend(found)
        if loaded:
            archive.records[kind][loaded.id] = loaded
        else:
            archive.invalid[stem] = kind
    return archive, problems


def _load_paths(paths: list[tuple[Path, str, str]], cache: Cache | None) -> list[Outcome]:
    """Load these files in order; without a cache and with many files, the second half in a
    forked process while this one loads the first."""
    if cache is not None or len(paths) < PARALLEL_FROM or processes.workers() < 2:
        return [_load_one(path, kind, shown, cache) for path, kind, shown in paths]
    half = len(paths) // 2
    later = processes.start(functools.partial(_load_some, paths[half:]))
    return _load_some(paths[:half]) + later()


def _load_some(paths: list[tuple[Path, str, str]]) -> list[Outcome]:
    return [_load_one(path, kind, shown, None) for path, kind, shown in paths]


def _load_one(path: Path, kind: str, shown: str, cache: Cache | None) -> Outcome:
    loaded, found = load_file(path, kind, shown) if cache is None else \
        _load_cached(path, kind, shown, cache)
    return kind, path.stem, loaded, found
