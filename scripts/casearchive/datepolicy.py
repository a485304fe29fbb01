"""The date policy: dates are written in ASCII digits (0-9) only, in the years the archive can
record, and a check of a web address (`accessed`) cannot lie in the future.

dates.py reads the archive's EDTF subset; this module holds the limits it and the model apply.
"""

from __future__ import annotations

import datetime
import unicodedata

FIRST_YEAR, LAST_YEAR = 1000, 2100
"""The years a date may name: a four-digit year in the archive's span, with room on both sides."""


def check_year(text: str, year: int) -> None:
    """Refuse a year outside the archive's range (dates.DateError subclasses ValueError too)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        from .dates import DateError  # dates imports this module

        raise DateError(f"{text!r} has the year {year:04d}, outside the years a date may name "
                        f"({FIRST_YEAR} to {LAST_YEAR})")


def other_digits(value: str) -> str | None:
    """The value with digits of other systems (Persian, Arabic-Indic, full-width, mathematical...)
    written as 0-9, when it has any; else None."""
    if value.isascii() or not any(c.isdigit() and not c.isascii() for c in value):
        return None
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii()
                   and unicodedata.digit(c, None) is not None else c for c in value)


def today() -> datetime.date:
    """The latest day it is anywhere on Earth now (UTC+14), so no contributor's today is refused."""
    return (datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=14)).date()


def check_not_future(value: str) -> str:
    """An `accessed` date: the day the archive checked a web address, not after today."""
    from .dates import parse  # dates imports this module

    earliest = parse(value).sort_key()
    if earliest > today().timetuple()[:3]:
        raise ValueError("is after today; `accessed` is the day the archive last checked the web "
                         "address, so it cannot lie in the future; e.g. accessed: 2026-11-01")
    return value
