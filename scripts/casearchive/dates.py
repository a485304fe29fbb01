"""Honest dates: a small EDTF subset that never invents a day, with parsing, sorting and display."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from . import datepolicy

EXAMPLES = "1988-07-28, 1988-07, 1988, 1988-07~ (about), 1988-07-28? (uncertain), " \
    "1988-07-25/1988-07-28 (range) or [2016-08-09,2016-08-10] (one of)"

# ASCII digits only ([0-9], not \d, which also takes Persian and other digits), the whole text.
_POINT = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?(?P<q>[?~%])?")
_MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]


class DateError(ValueError):
    """Raised when a string is not a date in the archive's EDTF subset."""


@dataclass(frozen=True)
class Point:
    """One calendar date at year, month or day precision, possibly uncertain or approximate."""

    year: int
    month: int | None = None
    day: int | None = None
    uncertain: bool = False
    approximate: bool = False

    def earliest(self) -> tuple[int, int, int]:
        """The first day this point may stand for, for sorting."""
        return (self.year, self.month or 1, self.day or 1)

    def latest(self) -> tuple[int, int, int]:
        """The last day this point may stand for, for checking order."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return (self.year, month, day)

    def display(self) -> str:
        """English text, e.g. '28 July 1988', 'about July 1988', '1988 (uncertain)'."""
        text = str(self.year)
        if self.month:
            text = f"{_MONTHS[self.month]} {text}"
        if self.day:
            text = f"{self.day} {text}"
        if self.approximate:
            text = f"about {text}"
        if self.uncertain:
            text = f"{text} (uncertain)"
        return text


@dataclass(frozen=True)
class HonestDate:
    """A parsed date: a point, an interval (start/end, either may be open) or a set of alternatives."""

    text: str
    points: tuple[Point | None, ...]
    kind: str  # "point", "interval" or "one_of"

    def sort_key(self) -> tuple[int, int, int]:
        """The earliest day the date may stand for (open starts sort first)."""
        known = [p.earliest() for p in self.points if p is not None]
        return min(known) if known else (0, 1, 1)

    def latest(self) -> tuple[int, int, int]:
        """The last day the date may stand for (open ends sort last)."""
        known = [p.latest() for p in self.points if p is not None]
        return max(known) if known else (9999, 12, 31)

    def display(self) -> str:
        """English text for readers; never more precise than the data."""
        shown = ["open" if p is None else p.display() for p in self.points]
        if self.kind == "interval":
            start, end = shown
            if self.points[0] is None:
                return f"until {end}"
            if self.points[1] is None:
                return f"from {start}"
            return f"{start} – {end}"
        if self.kind == "one_of":
            return ", ".join(shown[:-1]) + " or " + shown[-1]
        return shown[0]


def _point(text: str) -> Point:
    match = _POINT.fullmatch(text)
    if not match:
        raise DateError(f"{text!r} is not a date")
    year, month, day = (int(v) if v else None for v in match.group("y", "m", "d"))
    assert year is not None
    datepolicy.check_year(text, year)
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{text!r} has no month {month}")
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} is not a real day ({_MONTHS[month]} {year} has {last} days)")
    qualifier = match.group("q") or ""
    return Point(year, month, day, uncertain=qualifier in "?%" and qualifier != "",
                 approximate=qualifier in "~%" and qualifier != "")


@cache  # pages show the same dates many times; a parsed date is immutable
def parse(text: str) -> HonestDate:
    """Parse a date in the archive's EDTF subset, or raise DateError saying why."""
    if text.startswith("[") and text.endswith("]"):
        parts = [p.strip() for p in text[1:-1].split(",")]
        if len(parts) < 2:
            raise DateError(f"{text!r} lists fewer than two alternatives")
        return HonestDate(text, tuple(_point(p) for p in parts), "one_of")
    if "/" in text:
        start_text, _, end_text = text.partition("/")
        start = None if start_text == ".." else _point(start_text)
        end = None if end_text == ".." else _point(end_text)
        if start is None and end is None:
            raise DateError(f"{text!r} is open at both ends")
        if start and end and start.earliest() > end.latest():
            raise DateError(f"{text!r} ends before it starts")
        return HonestDate(text, (start, end), "interval")
    return HonestDate(text, (_point(text),), "point")
