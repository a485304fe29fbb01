"""The date policy: dates are written in ASCII digits (0-9) only, in the years the archive can
record, and a check of a web address (`accessed`) cannot lie in the future.

dates.py reads the archive's EDTF subset and applies these limits.
"""

from __future__ import annotations

import datetime
import unicodedata

FIRST_YEAR, LAST_YEAR = 1000, 2100
"""The years a date may name: a four-digit year in the archive's span, with room on both sides."""


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
