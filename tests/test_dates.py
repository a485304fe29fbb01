"""Honest dates: what parses, how it reads, how it sorts, and what is refused."""

import pytest

from casearchive.i18n import datewords
from casearchive.model import dates


@pytest.mark.parametrize(("text", "shown"), [
    ("1988", "1988"),
    ("1988-07", "July 1988"),
    ("1988-07-28", "28 July 1988"),
    ("1988-07-28?", "28 July 1988 (uncertain)"),
    ("1988-07~", "about July 1988"),
    ("1988%", "about 1988 (uncertain)"),
    ("1988-07-25/1988-07-28", "25 July 1988 – 28 July 1988"),
    ("1988-07/..", "from July 1988"),
    ("../1989", "until 1989"),
    ("[2016-08-09,2016-08-10]", "9 August 2016 or 10 August 2016"),
])
def test_display_never_adds_precision(text: str, shown: str) -> None:
    assert datewords.display(text) == shown


def test_sort_key_is_earliest_possible_day_and_latest_is_last() -> None:
    month = dates.parse("1988-07")
    assert month.sort_key() == (1988, 7, 1)
    assert month.latest() == (1988, 7, 31)
    assert dates.parse("1988-02").latest() == (1988, 2, 29)  # leap year
    assert dates.parse("[2016-08-10,2016-08-09]").sort_key() == (2016, 8, 9)


@pytest.mark.parametrize(("text", "reason"), [
    ("1988-31", "no month 31"),
    ("1988-13-01", "no month 13"),
    ("1988-02-30", "not a real day"),
    ("28 July 1988", "not a date"),
    ("1988-07-28/1988-07-01", "ends before it starts"),
    ("../..", "open at both ends"),
    ("[1988-07-28]", "fewer than two"),
    ("88-07-28", "not a date"),
])
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(dates.DateError, match=reason):
        dates.parse(text)
