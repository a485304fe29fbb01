"""The Solar Hijri calendar and Persian dates: days convert exactly, and a date in Persian is no
more precise than the data (a month gives Solar Hijri months, a year Solar Hijri years)."""

from __future__ import annotations

import datetime

import pytest

from casearchive.i18n import datewords, jalali
from helpers import run_doctests

# Conversions stated by sources or fixed by the calendar: the Khomeini decree's common date,
# the days the research brief converts, Nowruz in a leap and a common year, 22 Bahman 1357.
KNOWN = [
    ((1988, 7, 28), (1367, 5, 6)),
    ((2025, 4, 3), (1404, 1, 14)),
    ((2019, 7, 30), (1398, 5, 8)),
    ((2024, 11, 21), (1403, 9, 1)),
    ((2019, 11, 15), (1398, 8, 24)),
    ((2024, 3, 20), (1403, 1, 1)),
    ((2025, 3, 20), (1403, 12, 30)),
    ((2025, 3, 21), (1404, 1, 1)),
    ((1979, 2, 11), (1357, 11, 22)),
    ((2016, 8, 9), (1395, 5, 19)),
]


@pytest.mark.parametrize(("gregorian", "solar"), KNOWN)
def test_known_days_convert(gregorian: tuple[int, int, int], solar: tuple[int, int, int]) -> None:
    assert jalali.from_gregorian(*gregorian) == solar


def test_every_day_from_1900_to_2100_follows_the_one_before() -> None:
    day = datetime.date(1900, 1, 1)
    previous = jalali.from_gregorian(day.year, day.month, day.day)
    leap_years = 0
    while day < datetime.date(2100, 12, 31):
        day += datetime.timedelta(days=1)
        current = jalali.from_gregorian(day.year, day.month, day.day)
        year, month, date = previous
        if current[2] == 1:  # a new month: the one before was full
            assert date == (31 if month <= 6 else 30 if month <= 11 else 29 + (date == 30)), day
            assert current[:2] == ((year, month + 1) if month < 12 else (year + 1, 1)), day
            leap_years += month == 12 and date == 30
        else:
            assert current == (year, month, date + 1), day
        previous = current
    assert 46 <= leap_years <= 50  # 8 leap years in every 33


def test_nowruz_falls_on_19_to_22_march() -> None:
    assert all(19 <= jalali.nowruz(year).day <= 22 and jalali.nowruz(year).month == 3
               for year in range(1300, 1500))


def test_a_year_outside_the_calendar_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        jalali.nowruz(3178)


@pytest.mark.parametrize(("date", "persian"), [
    ("1988-07-28", "۲۸ ژوئیهٔ ۱۹۸۸ (۶ مرداد ۱۳۶۷)"),
    ("1988-07-28?", "۲۸ ژوئیهٔ ۱۹۸۸ (۶ مرداد ۱۳۶۷؛ نامطمئن)"),
    ("1988-07", "ژوئیهٔ ۱۹۸۸ (تیر–مرداد ۱۳۶۷)"),
    ("1988-03", "مارس ۱۹۸۸ (اسفند ۱۳۶۶–فروردین ۱۳۶۷)"),
    ("1988", "۱۹۸۸ (۱۳۶۶–۱۳۶۷)"),
    ("1989~", "حدود ۱۹۸۹ (۱۳۶۷–۱۳۶۸)"),
    ("2019-11-15/2019-11-19", "۱۵ نوامبر ۲۰۱۹ (۲۴ آبان ۱۳۹۸) تا ۱۹ نوامبر ۲۰۱۹ (۲۸ آبان ۱۳۹۸)"),
    ("../1988-08", "تا اوت ۱۹۸۸ (مرداد–شهریور ۱۳۶۷)"),
    ("2016-08-09/..", "از ۹ اوت ۲۰۱۶ (۱۹ مرداد ۱۳۹۵)"),
    ("[1988-07,1988-08-01,1989]", "ژوئیهٔ ۱۹۸۸ (تیر–مرداد ۱۳۶۷)، ۱ اوت ۱۹۸۸ (۱۰ مرداد ۱۳۶۷) یا "
                                  "۱۹۸۹ (۱۳۶۷–۱۳۶۸)"),
])
def test_dates_in_persian(date: str, persian: str) -> None:
    assert datewords.display(date, "fa") == persian


def test_a_month_or_year_never_gets_a_solar_hijri_day() -> None:
    for date in ("1988-07", "1988", "2019-11~", "1959-12?"):
        solar = datewords.display(date, "fa").split("(", 1)[1]
        assert not any(f"{datewords.digits(str(day))} {month}" in solar
                       for day in range(1, 32) for month in jalali.MONTHS[1:]), date


def test_latin_digits_never_reach_a_persian_date() -> None:
    assert not any(c.isascii() and c.isdigit() for c in datewords.display("[2016-08-09,2016-08-10]", "fa"))


def test_doctests() -> None:
    run_doctests(jalali)
    run_doctests(datewords)
