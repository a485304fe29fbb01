"""How plain values read in one edition of the site: numbers, dates, figures, counts and the
names of kinds, in English or in Persian (with Persian digits)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from casearchive.i18n import datewords
from casearchive.i18n.labels import LANGUAGE_NAMES, LANGUAGE_NAMES_EN, label
from casearchive.model.records import SourceKind

"""Persian names of the languages sources are in; any other shows its code."""
_QUALIFIERS = ("about", "at_least", "more_than", "up_to", "less_than")
_FROM_TO = {"en": ("exactly", "about", "at_least", "more_than"), "fa": ("exactly", "about", "at_least")}
"""The qualifiers a figure may have and still read well after "from" or "to" in a span: Persian
writes «از حدود ۵ تا دست‌کم ۹» but not «از بیش از ۵» or «تا تا ۱۴»; English not "to up to 14"."""
_GROUP = "\u066c"  # Arabic thousands separator, as Persian writes 2,800: ۲٬۸۰۰


@dataclass(frozen=True)
class Wording:
    """The wording of one edition: `en` or `fa`."""

    lang: str = "en"

    def label(self, key: str, **values: Any) -> str:
        """An interface string of labels.py in this edition, with its placeholders filled."""
        return label(key, self.lang, **values)

    def digits(self, text: str) -> str:
        """Text with Persian digits in the Persian edition."""
        return datewords.digits(text) if self.lang == "fa" else text

    def number(self, number: int) -> str:
        """A count or figure: '2,800', '۲٬۸۰۰'."""
        grouped = f"{number:,}"
        return self.digits(grouped.replace(",", _GROUP)) if self.lang == "fa" else grouped

    def number_signs(self) -> dict[str, str]:
        """What each sign of a count written as '1,234' becomes in this edition, for the browser
        (search.js writes its own counts): {'1': '۱', ',': '٬', ...} in Persian."""
        return {sign: self.number(1000)[1] if sign == "," else self.digits(sign)
                for sign in "0123456789,"}

    def date(self, text: str | None) -> str:
        """An honest date in words, or an empty string."""
        return _date_words(text, self.lang) if text else ""

    def year(self, year: int) -> str:
        """A year as a heading shows it."""
        return self.digits(str(year))

    def figure(self, value: Any) -> str:
        """An estimate's figure in words: 'at least 304', '2,800–5,000', 'بیش از ۱٬۵۰۰'.
        A figure given only in words (figure_text) is returned as written."""
        numbers = [n for n in (value.low, value.high) if n is not None]
        if not numbers:
            return str(value.figure_text or "")
        text = "–".join(self.number(n) for n in dict.fromkeys(numbers))
        if value.qualifier not in _QUALIFIERS:
            return text
        return f"{self.label('qualifier.' + value.qualifier)} {text}"

    def figure_span(self, values: list[Any]) -> str:
        """The span of an estimate's figures (numbers, lowest first) in words: 'from 3 to 14',
        'lowest 3, highest up to 14', 'کمترین: ۳؛ بیشترین: تا ۱۴', 'each 750', or the one figure.
        A figure that is itself a range, or whose qualifier would clash with "from" and "to",
        is named as the lowest or highest instead."""
        texts = [self.figure(v) for v in values]
        if len(set(texts)) == 1:
            return self.label("span.each", figure=texts[0]) if len(texts) > 1 else texts[0]
        ends = (values[0], values[-1])
        plain = all((v.qualifier or "exactly") in _FROM_TO[self.lang] and (v.high is None or v.low is None
                                                                              or v.high == v.low)
                    for v in ends)
        return self.label("span.from_to" if plain else "span.lowest_highest", low=texts[0], high=texts[-1])

    def counted(self, number: int, noun: str) -> str:
        """'1 record', '2 records', '۲ رکورد' (Persian nouns stay singular after a number)."""
        word = self.label(f"noun.{noun}" if number == 1 else f"nouns.{noun}")
        return f"{self.number(number)} {word}"

    def kind_label(self, kind: SourceKind) -> str:
        """A source's kind in words: 'NGO report', 'گزارش سازمان غیردولتی'."""
        return self.label(f"source.{kind.value}")

    def record_kind(self, kind: str) -> str:
        """One record of a kind (a folder name): 'person', 'فرد'."""
        return self.label(f"kind.{kind}")

    def kind_title(self, kind: str) -> str:
        """The title of a kind's index: 'People', 'افراد'."""
        return self.label(f"index.{kind}")

    def language(self, code: str) -> str:
        """A language tag as headings of this edition write it ('en' stays 'en' in English:
        the English heading's words make its anchor, which a translated edition's twin
        heading carries too, so they stay as first published)."""
        return code if self.lang != "fa" else self.language_name(code)

    def language_name(self, code: str) -> str:
        """A language as readers of this edition name it, in running text and tables
        ('sv': 'Swedish', 'سوئدی'); a tag the archive has no name for shows itself."""
        names = LANGUAGE_NAMES if self.lang == "fa" else LANGUAGE_NAMES_EN
        return names.get(code.split("-")[0], code)

    def span(self, start: str | None, end: str | None) -> str:
        """A post's period: '1988 – about 1989'; an unknown end shows as '?'."""
        if not start and not end:
            return ""
        unknown = self.label("unknown_date")
        return f"{self.date(start) or unknown} – {self.date(end) or unknown}"


@functools.lru_cache(maxsize=16384)
def _date_words(text: str, lang: str) -> str:
    """An honest date in words in one edition (pages repeat the same dates thousands of times)."""
    return datewords.display(text, lang)
