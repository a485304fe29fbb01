"""Generated addresses claimed twice: every record page and every redirect of a former id
against every other page the generator writes, found before MkDocs would overwrite one page
with another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from casearchive.load.pathpolicy import INDEX_NAMES, reserved
from casearchive.load.problems import Problem
from casearchive.model.pages import page_path
from casearchive.model.records import KINDS
from casearchive.render import datadict, renderer


def address(docs_path: str) -> str:
    """The address MkDocs publishes a page of docs/ at, as a folder: archive/persons/x.md and
    archive/persons/x/index.md are both archive/persons/x/."""
    path = PurePosixPath(docs_path)
    stem = path.stem
    if path.stem.lower() in INDEX_NAMES:
        return f"{path.parent.as_posix()}/"
    return f"{path.parent.as_posix()}/{stem}/"


def _fixed_pages() -> Iterator[tuple[str, str]]:
    """(docs path, what it is) of every generated page that is not a record's page."""
    for kind in KINDS:
        yield page_path(kind), f"the list of {kind}"
    for folder, _template, _title in renderer.SPECIAL_PAGES:
        yield page_path(folder), f"the {folder} page"
    yield datadict.PAGE, "the data dictionary"


def check_addresses(archive: Any) -> list[Problem]:
    """Every record page and every redirect of a former id against every other generated page:
    an address claimed twice is an error, found before MkDocs would overwrite one page with
    another."""
    owners = {address(path): what for path, what in _fixed_pages()}
    problems: list[Problem] = []
    for loaded in archive.all():
        owners.setdefault(address(page_path(loaded.kind, loaded.id)),
                          f"the page of {loaded.path}")
    for loaded in archive.all():
        for index, old in enumerate(getattr(loaded.record, "former_ids", [])):
            where = (loaded.path, loaded.line("former_ids", index), f"former_ids[{index}]")
            why = reserved(loaded.kind, old)
            taken = owners.get(address(page_path(loaded.kind, old)))
            if why:
                problems.append(Problem(*where, f"{old!r} {why}; list only ids this record had, "
                                        "e.g. former_ids: [raisi]"))
            elif taken and not taken.startswith("the page of "):  # records: checks.py says so
                problems.append(Problem(*where, f"{old!r} would redirect {taken} to this record; "
                                        "list only ids this record had, e.g. former_ids: [raisi]"))
    return problems
