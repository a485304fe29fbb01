"""Cross-record rules beyond ids and references: containment without cycles (an organisation is
not its own parent, places do not contain each other in a circle), and a warning for names that
only look like another record's name (textpolicy.skeleton)."""

from __future__ import annotations

from typing import Any

from casearchive.load.problems import Problem
from casearchive.model.textpolicy import char_name, quote, skeleton

CONTAINMENT = {"organisations": ("parent_id", "organisation", "belong to",
                                 "parent_id: government-of-iran"),
               "places": ("located_in_id", "place", "lie in", "located_in_id: tehran")}
"""Kind → the field naming what contains a record, the record's noun, the verb, and an example."""

NAMED = ("persons", "organisations", "places")
"""Kinds whose names a reader tells records apart by."""


def _cycles(archive: Any, kind: str, field: str) -> dict[str, list[str]]:
    """Id → the ids around the containment cycle it is in (itself first), for every record in one."""
    records = archive.records[kind]
    found: dict[str, list[str]] = {}
    for start in sorted(records):
        chain, current = [start], getattr(records[start].record, field)
        while current in records and current not in chain:
            chain.append(current)
            current = getattr(records[current].record, field)
        if current == start:
            found[start] = chain
    return found


def check_containment(archive: Any) -> list[Problem]:
    """An organisation that is its own parent, or places that lie in each other, in any circle."""
    problems = []
    for kind, (field, noun, verb, example) in CONTAINMENT.items():
        for record_id, chain in _cycles(archive, kind, field).items():
            loaded = archive.records[kind][record_id]
            target = getattr(loaded.record, field)
            article = "an" if noun[0] in "aeiou" else "a"
            if len(chain) == 1:
                why = f"{target!r} is this {noun}'s own id; {article} {noun} cannot {verb} itself"
            else:
                circle = " → ".join([*chain, record_id])
                why = (f"{target!r} leads back to this {noun} ({circle}); {article} {noun} cannot "
                       f"{verb} itself")
            problems.append(Problem(loaded.path, loaded.line(field), field,
                                    f"{why}: name the one it {verb.split()[0]}s {verb.split()[1]}, "
                                    f"e.g. {example}, or leave the field out"))
    return problems


def _names(loaded: Any) -> list[tuple[str, str]]:
    record = loaded.record
    return [(field, value) for field in ("name", "name_original")
            if isinstance(value := getattr(record, field, None), str)]


def _difference(name: str, other: str) -> str:
    """The first character of `name` that differs from `other`, described."""
    for mine, theirs in zip(name, other, strict=False):
        if mine != theirs and mine.casefold() != theirs.casefold():
            return f": {char_name(mine)} where the other has {char_name(theirs)}"
    return ""


def check_lookalikes(archive: Any) -> list[Problem]:
    """A warning for each person, organisation or place whose name differs from another
    record's name only by look-alike letters (Cyrillic or Greek for Latin, Arabic for Persian
    forms), spacing or case: a copy that could pass for the other record."""
    by_skeleton: dict[str, list[tuple[Any, str, str]]] = {}
    for kind in NAMED:
        for loaded in archive.records[kind].values():
            for field, value in _names(loaded):
                by_skeleton.setdefault(skeleton(value), []).append((loaded, field, value))
    problems = []
    for holders in by_skeleton.values():
        for loaded, field, value in holders:
            for other, _other_field, other_value in holders:
                if other is loaded or other_value == value:
                    continue
                problems.append(Problem(
                    loaded.path, loaded.line(field), field,
                    f"{quote(value)} looks like {quote(other_value)}, the name of {other.path}, but is "
                    f"written differently{_difference(value, other_value)}; if it is the same "
                    f"{loaded.kind.rstrip('s')}, use that record; if not, write the name as the "
                    "sources do, e.g. in Latin letters only", warning=True))
                break
    return problems


def check_archive(archive: Any) -> list[Problem]:
    """Every problem and warning of this module."""
    return [*check_containment(archive), *check_lookalikes(archive)]
