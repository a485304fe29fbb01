"""Honest dates in words, in each edition: never more precise than the data. English gives the
Gregorian date ('28 July 1988', 'about July 1988'); Persian gives it in Persian words and digits
with its Solar Hijri equivalent only as precise as the data (a day for a day; for a month or a
year, the Solar Hijri months or years it spans, never an invented day). Every word comes from
labels.py."""

from __future__ import annotations

import calendar

from casearchive.i18n import jalali
from casearchive.i18n.labels import label
from casearchive.model.dates import HonestDate, Point, parse

_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def digits(text: str) -> str:
    """Latin digits as Persian digits.

    >>> digits("1988-07")
    '۱۹۸۸-۰۷'
    """
    return text.translate(_DIGITS)


def month_name(month: int, lang: str) -> str:
    """A Gregorian month's name in one edition (1 = January)."""
    return label(f"month.{month}", lang)


def _month_year(month: int, year: int, lang: str) -> str:
    name = month_name(month, lang)
    if lang != "fa":
        return f"{name} {year}"
    # A month name ending in a silent heh takes the ezafe before its year: ژوئیهٔ ۱۹۸۸.
    return digits(f"{name}{'ٔ' if name.endswith('یه') else ''} {year}")


def _solar_span(first: tuple[int, int, int], last: tuple[int, int, int]) -> str:
    (y1, m1, _), (y2, m2, _) = jalali.from_gregorian(*first), jalali.from_gregorian(*last)
    if y1 != y2:
        return digits(f"{jalali.MONTHS[m1]} {y1}–{jalali.MONTHS[m2]} {y2}")
    return digits(f"{jalali.MONTHS[m1]}–{jalali.MONTHS[m2]} {y1}")


def solar(point: Point) -> str:
    """The Solar Hijri equivalent of a point, as precise as the point, in Persian digits."""
    if point.day and point.month:
        year, month, day = jalali.from_gregorian(point.year, point.month, point.day)
        return digits(f"{day} {jalali.MONTHS[month]} {year}")
    if point.month:
        last = calendar.monthrange(point.year, point.month)[1]
        return _solar_span((point.year, point.month, 1), (point.year, point.month, last))
    return digits(f"{point.year - 622}–{point.year - 621}")


def point_words(point: Point, lang: str = "en") -> str:
    """One date in words.

    >>> point_words(Point(1988, 7, 28))
    '28 July 1988'
    >>> point_words(Point(1988, 7, approximate=True))
    'about July 1988'
    >>> point_words(Point(1988, uncertain=True))
    '1988 (uncertain)'
    >>> point_words(Point(1988, 7), "fa")
    'ژوئیهٔ ۱۹۸۸ (تیر–مرداد ۱۳۶۷)'
    """
    if point.month:
        text = _month_year(point.month, point.year, lang)
    else:
        text = digits(str(point.year)) if lang == "fa" else str(point.year)
    if point.day:
        text = f"{digits(str(point.day)) if lang == 'fa' else point.day} {text}"
    if lang == "fa":
        text = f"{text} ({solar(point)}{label('date.uncertain_solar', lang) if point.uncertain else ''})"
    elif point.uncertain:
        text = label("date.uncertain", lang, date=text)
    return label("date.about", lang, date=text) if point.approximate else text


def words(date: HonestDate, lang: str = "en") -> str:
    """A parsed date (a point, an interval or alternatives) in words."""
    shown = [label("date.open", lang) if p is None else point_words(p, lang) for p in date.points]
    if date.kind == "interval":
        if date.points[0] is None:
            return label("date.until", lang, end=shown[1])
        if date.points[1] is None:
            return label("date.from", lang, start=shown[0])
        return label("date.range", lang, start=shown[0], end=shown[1])
    if date.kind == "one_of":
        return label("date.or", lang, some=label("comma", lang).join(shown[:-1]), last=shown[-1])
    return shown[0]


def display(text: str, lang: str = "en") -> str:
    """A date in the archive's notation, in words.

    >>> display("1988-07-25/1988-07-28")
    '25 July 1988 – 28 July 1988'
    >>> display("[2016-08-09,2016-08-10]", "fa")
    '۹ اوت ۲۰۱۶ (۱۹ مرداد ۱۳۹۵) یا ۱۰ اوت ۲۰۱۶ (۲۰ مرداد ۱۳۹۵)'
    """
    return words(parse(text), lang)
