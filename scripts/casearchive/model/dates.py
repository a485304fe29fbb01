"""Honest dates: a small EDTF subset that never invents a day, parsed and sorted (i18n/datewords.py
puts them in words)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from casearchive.model import datepolicy

EXAMPLES = "1988-07-28, 1988-07, 1988, 1988-07~ (about), 1988-07-28? (uncertain), " \
    "1988-07-25/1988-07-28 (range) or [2016-08-09,2016-08-10] (one of)"

# ASCII digits only ([0-9], not \d, which also takes Persian and other digits), the whole text.
_POINT = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?(?P<q>[?~%])?")


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


def _point(text: str) -> Point:
    match = _POINT.fullmatch(text)
    if not match:
        raise DateError(f"{text!r} is not a date")
    year, month, day = (int(v) if v else None for v in match.group("y", "m", "d"))
    assert year is not None
    check_year(text, year)
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{text!r} has no month {month}")
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} is not a real day ({calendar.month_name[month]} {year} has {last} days)")
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


def check_year(text: str, year: int) -> None:
    """Refuse a year outside the archive's range (dates.DateError subclasses ValueError too)."""
    if not datepolicy.FIRST_YEAR <= year <= datepolicy.LAST_YEAR:
        raise DateError(f"{text!r} has the year {year:04d}, outside the years a date may name "
                        f"({datepolicy.FIRST_YEAR} to {datepolicy.LAST_YEAR})")


def check_not_future(value: str) -> str:
    """An `accessed` date: the day the archive checked a web address, not after today."""
    earliest = parse(value).sort_key()
    if earliest > datepolicy.today().timetuple()[:3]:
        raise ValueError("is after today; `accessed` is the day the archive last checked the web "
                         "address, so it cannot lie in the future; e.g. accessed: 2026-11-01")
    return value
