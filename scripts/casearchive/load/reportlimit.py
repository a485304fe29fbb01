"""How much of a long list of problems is printed: at most PER_FILE problems of one file and TOTAL
in all, then one line counting what was left out. A file of 60,000 unknown fields must not print
ten megabytes (nor spend seconds wording messages no one will read)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic_core import ErrorDetails

from casearchive.load import errors
from casearchive.load.problems import Problem

PER_FILE = 20
TOTAL = 200


def validation_problems(model: Any, document: Any, shown: str,
                        details: Sequence[ErrorDetails]) -> list[Problem]:
    """One problem per validation error of a file, in line order; only the first PER_FILE are
    worded in full (the others are counted, never printed)."""
    located = sorted(((document.line_of(tuple(d["loc"])), index) for index, d in enumerate(details)))
    problems = []
    for rank, (line, index) in enumerate(located):
        detail = details[index]
        loc = tuple(detail["loc"])
        message = errors.message(model, detail) if rank < PER_FILE else detail["msg"]
        problems.append(Problem(shown, line, errors.field_path(loc), message))
    return problems


def limit(problems: list[Problem]) -> tuple[list[Problem], int]:
    """The problems to print (in their order) and how many are left out."""
    shown: list[Problem] = []
    per_file: Counter[str] = Counter()
    for problem in problems:
        if len(shown) < TOTAL and per_file[problem.path] < PER_FILE:
            shown.append(problem)
            per_file[problem.path] += 1
    return shown, len(problems) - len(shown)


def left_out(count: int) -> str:
    """The line that counts the problems not printed."""
    return (f"({count:,} more problem(s) not shown: the check lists at most {PER_FILE} per file "
            f"and {TOTAL} in all; fix these and run it again)")
