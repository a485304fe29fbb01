"""The cross-file pass: ids that clash or point nowhere, dates out of order, sources never cited."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from casearchive.load import duplicates, outlets, recordpolicy, traceability
from casearchive.load.archive import Archive, Loaded
from casearchive.load.errors import field_path
from casearchive.load.problems import Problem
from casearchive.model import dates
from casearchive.model.references import TARGETS

Loc = tuple[str | int, ...]

def _a(kind: str) -> str:
    singular = kind.rstrip("s")
    return f"{'an' if singular[0] in 'aeiou' else 'a'} {singular}"


def walk(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every (location, value) pair inside a model, depth first."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from walk(getattr(value, name), (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, (*loc, index))
    else:
        yield loc, value


def references(loaded: Loaded) -> list[tuple[Loc, str, tuple[str, ...]]]:
    """Every id the record points to, with where it is and which kinds it may name."""
    if loaded.references is None:  # listed once: checks, links and `serve` all ask again
        loaded.references = list(_references(loaded.record, ()))
    found: list[tuple[Loc, str, tuple[str, ...]]] = loaded.references
    return found


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(argument) for argument in get_args(annotation))


@cache
def _linking_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model that hold ids or other models: the only ones worth visiting."""
    return tuple(name for name, info in model.model_fields.items()
                 if name in TARGETS or _holds_model(info.annotation))


def _references(model: BaseModel, loc: Loc) -> Iterator[tuple[Loc, str, tuple[str, ...]]]:
    # Like walk(), but visits only fields that can hold an id: this runs over every record.
    for name in _linking_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _references(value, (*loc, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _references(item, (*loc, name, index))
                elif name in TARGETS and item is not None:
                    yield (*loc, name, index), item, TARGETS[name]
        elif name in TARGETS and value is not None:
            yield (*loc, name), value, TARGETS[name]


def _check_ids(archive: Archive) -> list[Problem]:
    problems: list[Problem] = []
    by_id: dict[str, list[Loaded]] = {}
    for loaded in archive.all():
        by_id.setdefault(loaded.id, []).append(loaded)
    for same in by_id.values():
        if len(same) < 2:
            continue
        for loaded in same:  # every holder is told, since either may be the new one
            others = ", ".join(o.path for o in same if o is not loaded)
            problems.append(Problem(loaded.path, 1, "(file name)", f"the id {loaded.id!r} is "
                                    f"also used by {others}; ids are unique across all kinds: "
                                    "rename one file"))
    owner = {record_id: same[0] for record_id, same in by_id.items()}
    return problems + _check_former_ids(archive, owner)


def _check_former_ids(archive: Archive, owner: dict[str, Loaded]) -> list[Problem]:
    problems: list[Problem] = []
    claims: dict[str, list[Loaded]] = {}
    for loaded in archive.all():
        for old in getattr(loaded.record, "former_ids", []):
            claims.setdefault(old, []).append(loaded)
    for loaded in archive.all():
        for index, old in enumerate(getattr(loaded.record, "former_ids", [])):
            where = (loaded.path, loaded.line("former_ids", index), f"former_ids[{index}]")
            others = sorted({c.path for c in claims[old] if c is not loaded})
            if old == loaded.id:
                problems.append(Problem(*where, f"{old!r} is this record's own id; list only "
                                        "ids it used to have"))
            elif old in owner:
                problems.append(Problem(*where, f"{old!r} is the id of {owner[old].path}; a "
                                        "former id must not be in use"))
            elif others:  # every claimant is told, since either may be wrong
                problems.append(Problem(*where, f"{old!r} is also a former id of "
                                        f"{', '.join(others)}; each former id may belong to one "
                                        "record only"))
    return problems


def _check_references(archive: Archive) -> list[Problem]:
    problems: list[Problem] = []
    for loaded in archive.all():
        for loc, target, kinds in references(loaded):
            if any(target in archive.records[kind] for kind in kinds):
                continue
            if archive.invalid.get(target) in kinds:
                continue  # the target's own file has errors, reported there
            found = archive.get(target)
            what = " or ".join(k.rstrip("s") for k in kinds)
            actual = f" (it is {_a(found.kind)})" if found else ""
            hint = f"name a {what}" if found else f"add data/{kinds[0]}/{target}.yml or correct the id"
            problems.append(Problem(loaded.path, loaded.line(*loc), field_path(loc),
                                    f"{target!r} is not the id of any {what}{actual}; {hint}"))
    return problems


def _pairs(loaded: Loaded) -> Iterator[tuple[Loc, str, Loc, str]]:
    record = loaded.record
    for index, position in enumerate(getattr(record, "positions", [])):
        if position.start and position.end:
            yield (("positions", index, "start"), position.start,
                   ("positions", index, "end"), position.end)
    born, died = getattr(record, "born", None), getattr(record, "died", None)
    if born and died:
        yield ("born", "date"), born.date, ("died", "date"), died.date


def _check_dates(archive: Archive) -> list[Problem]:
    problems: list[Problem] = []
    for loaded in archive.all():
        for start_loc, start, end_loc, end in _pairs(loaded):
            if dates.parse(start).sort_key() > dates.parse(end).latest():
                problems.append(Problem(loaded.path, loaded.line(*end_loc), field_path(end_loc),
                                        f"{end!r} is before {field_path(start_loc)} {start!r}; "
                                        "an end cannot come before its start"))
    return problems


def _check_orphans(archive: Archive) -> list[Problem]:
    cited = {value for loaded in archive.all() for loc, value, kinds in references(loaded)
             if kinds == ("sources",)}
    return [Problem(loaded.path, 1, "(record)", f"the source {loaded.id!r} is never cited; "
                    "cite it from a claim or remove it", warning=True)
            for loaded in archive.records["sources"].values() if loaded.id not in cited]


def check_archive(archive: Archive) -> list[Problem]:
    """All cross-file problems, errors and warnings."""
    return [*_check_ids(archive), *_check_references(archive), *_check_dates(archive),
            *_check_orphans(archive), *duplicates.check_archive(archive),
            *recordpolicy.check_archive(archive), *traceability.check_archive(archive),
            *outlets.check_archive(archive)]
