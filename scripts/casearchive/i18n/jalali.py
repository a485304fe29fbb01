"""The Solar Hijri (Jalali) calendar of Iran: Gregorian days to Solar Hijri days, without a
dependency. Years start at Nowruz, whose Gregorian day comes from Borkowski's break years (the
algorithm of jalaali-js), valid for Solar Hijri years 1 to 3177."""

from __future__ import annotations

import datetime

# Solar Hijri years at which the pattern of leap years changes (Borkowski 1996, as in jalaali-js).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178)
MONTHS = ("", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
          "دی", "بهمن", "اسفند")
"""Solar Hijri month names in Persian, 1-based."""


def nowruz(year: int) -> datetime.date:
    """The Gregorian day of 1 Farvardin of a Solar Hijri year.

    >>> nowruz(1367), nowruz(1404)
    (datetime.date(1988, 3, 21), datetime.date(2025, 3, 21))
    """
    if not 1 <= year < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {year} is outside 1–{_BREAKS[-1] - 1}")
    leap_days, start, jump = -14, _BREAKS[0], 0
    for end in _BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leap_days += jump // 33 * 8 + jump % 33 // 4
        start = end
    into = year - start
    leap_days += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap_days += 1
    gregorian = year + 621
    gregorian_leap_days = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return datetime.date(gregorian, 3, 20 + leap_days - gregorian_leap_days)


def from_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar of a Gregorian day. The first six months
    have 31 days, the next five 30, and Esfand 29 (30 in a leap year).

    >>> from_gregorian(1988, 7, 28)
    (1367, 5, 6)
    """
    when = datetime.date(year, month, day)
    solar = year - 621 if when >= nowruz(year - 621) else year - 622
    into = (when - nowruz(solar)).days
    if into < 186:
        return solar, into // 31 + 1, into % 31 + 1
    into -= 186
    return solar, into // 30 + 7, into % 30 + 1
