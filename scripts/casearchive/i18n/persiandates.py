"""Honest dates in Persian: the Gregorian date in Persian words and digits, with its Solar Hijri
equivalent only as precise as the data (a day for a day; for a month or a year, the Solar Hijri
months or years it spans, never an invented day)."""

from __future__ import annotations

import calendar

from casearchive.i18n import jalali
from casearchive.model.dates import HonestDate, Point, parse

MONTHS = ("", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
          "اکتبر", "نوامبر", "دسامبر")
"""Gregorian month names as Persian writes them, 1-based."""
_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def digits(text: str) -> str:
    """Latin digits as Persian digits.

    >>> digits("1988-07")
    '۱۹۸۸-۰۷'
    """
    return text.translate(_DIGITS)


def _month_year(month: int, year: int) -> str:
    # A month name ending in a silent heh takes the ezafe before its year: ژوئیهٔ ۱۹۸۸.
    name = MONTHS[month]
    return digits(f"{name}{'ٔ' if name.endswith('یه') else ''} {year}")


def _solar_span(first: tuple[int, int, int], last: tuple[int, int, int]) -> str:
    (y1, m1, _), (y2, m2, _) = jalali.from_gregorian(*first), jalali.from_gregorian(*last)
    if y1 != y2:
        return digits(f"{jalali.MONTHS[m1]} {y1}–{jalali.MONTHS[m2]} {y2}")
    return digits(f"{jalali.MONTHS[m1]}–{jalali.MONTHS[m2]} {y1}")


def _solar(point: Point) -> str:
    if point.day and point.month:
        year, month, day = jalali.from_gregorian(point.year, point.month, point.day)
        return digits(f"{day} {jalali.MONTHS[month]} {year}")
    if point.month:
        last = calendar.monthrange(point.year, point.month)[1]
        return _solar_span((point.year, point.month, 1), (point.year, point.month, last))
    return digits(f"{point.year - 622}–{point.year - 621}")


def point_words(point: Point) -> str:
    """One date in Persian, e.g. '۲۸ ژوئیهٔ ۱۹۸۸ (۶ مرداد ۱۳۶۷)', 'حدود ۱۹۸۸ (۱۳۶۶–۱۳۶۷)'.

    >>> point_words(Point(1988, 7))
    'ژوئیهٔ ۱۹۸۸ (تیر–مرداد ۱۳۶۷)'
    """
    text = _month_year(point.month, point.year) if point.month else digits(str(point.year))
    if point.day:
        text = f"{digits(str(point.day))} {text}"
    solar = _solar(point)
    if point.uncertain:
        solar += "؛ نامطمئن"
    text = f"{text} ({solar})"
    return f"حدود {text}" if point.approximate else text


def words(date: HonestDate) -> str:
    """A parsed date (a point, an interval or alternatives) in Persian."""
    shown = ["نامعلوم" if p is None else point_words(p) for p in date.points]
    if date.kind == "interval":
        if date.points[0] is None:
            return f"تا {shown[1]}"
        if date.points[1] is None:
            return f"از {shown[0]}"
        return f"{shown[0]} تا {shown[1]}"
    if date.kind == "one_of":
        return "، ".join(shown[:-1]) + " یا " + shown[-1]
    return shown[0]


def display(text: str) -> str:
    """A date in the archive's notation, in Persian.

    >>> display("[2016-08-09,2016-08-10]")
    '۹ اوت ۲۰۱۶ (۱۹ مرداد ۱۳۹۵) یا ۱۰ اوت ۲۰۱۶ (۲۰ مرداد ۱۳۹۵)'
    """
    return words(parse(text))
