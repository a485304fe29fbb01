"""Texts the archive writes in its own voice that have no Persian yet: one warning each, at the
line of the English text, saying what to add (`fa: {summary: '...'}`), so that a contributor who
writes only English gets one readable list of what to translate.

What is not the archive's voice is not asked for: a quotation (`excerpt`, `wording`, a
statement's words), a source's own title, a publisher's name as published, and a claimant that has
a record (its page gives its Persian name)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from casearchive.i18n import locators
from casearchive.i18n.localize import fa_block, localized
from casearchive.load.archive import Archive, Loaded
from casearchive.load.errors import field_path
from casearchive.load.problems import Problem
from casearchive.model.records import Citation

Loc = tuple[str | int, ...]

NOT_VOICE = {("FaSource", "publisher"), ("FaEstimateValue", "wording")}
"""(fa block, field) pairs that are names or quotations: a Persian value is welcome, not owed."""


def _owed(holder: BaseModel, block: type[BaseModel]) -> Iterator[str]:
    """The fields of `holder` whose English value needs a Persian one."""
    for name in block.model_fields:
        if (block.__name__, name) in NOT_VOICE or getattr(holder, name, None) in (None, "", []):
            continue
        if name == "claimant" and getattr(holder, "claimant_id", None):
            continue  # shown as a link to the claimant's record, in its Persian name
        if name == "unit" and getattr(holder, "unit", None) == "people":
            continue  # the default unit is an interface word
        if isinstance(holder, Citation) and name == "locator" and holder.locator is not None \
                and locators.parts(holder.locator) is not None:
            continue  # the archive's structural words, rendered in Persian (i18n/locators.py)
        if localized(holder, name, "fa")[1]:
            yield name


def _holders(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, BaseModel, type[BaseModel]]]:
    """Every model inside a record that has a `fa` block, with where it is."""
    if isinstance(value, BaseModel):
        block = fa_block(type(value))
        if block is not None:
            yield loc, value, block
        for name in type(value).model_fields:
            if name != "fa":
                yield from _holders(getattr(value, name), (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _holders(item, (*loc, index))


def _short(text: object, width: int = 60) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def missing_in(loaded: Loaded) -> list[Problem]:
    """The missing Persian texts of one record, as warnings at the English text's line."""
    problems = []
    for loc, holder, block in _holders(loaded.record):
        for name in _owed(holder, block):
            where = field_path((*loc, name))
            into = f"`{field_path((*loc, 'fa'))}`" if loc else "`fa`"
            problems.append(Problem(
                loaded.path, loaded.line(*loc, name), where,
                f"no Persian yet for {_short(getattr(holder, name))!r}; add it in {into}, "
                f"e.g. fa: {{{name}: '...'}} (the glossary on the method page gives the terms)",
                warning=True))
    return problems


def missing_persian(archive: Archive) -> list[Problem]:
    """Every archive-voice text in the archive that has no Persian, in file and line order."""
    return sorted(p for loaded in archive.all() for p in missing_in(loaded))


def summary(problems: list[Problem]) -> str | None:
    """The closing line of `check` when texts lack Persian: how many, in how many files."""
    missing = [p for p in problems if p.warning and p.message.startswith("no Persian yet")]
    if not missing:
        return None
    files = len({p.path for p in missing})
    return (f"{len(missing)} text(s) in {files} file(s) have no Persian yet (listed above as "
            "'no Persian yet'); the Persian edition shows them in English, marked (ترجمه نشده)")
