"""A citation's locator in Persian, for the Persian edition. The archive's editors write locators
in English ("para. 3", "p. 635", "first sentence", `infobox ("Accused")`); their structural words
are the archive's own, so a Persian reader reads them in Persian, numbers in Persian digits. What
is the source's own (a heading quoted in the locator, a document index such as MDE 13/31/88, a
timestamp) is kept verbatim, in its language.

Only a closed vocabulary is rendered: a locator with any word outside it gives None (never a
half-translated "Montazeri's memoirs، ص ۶۳۵، as quoted"), and the page then shows the citation's
own Persian locator (`fa: {locator: ...}`) or, failing that, the English one."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casearchive.i18n.datewords import digits


@dataclass(frozen=True)
class Part:
    """A piece of a rendered locator: Persian words (`kept` False), or the source's own words
    kept verbatim (`kept` True), which a page marks with the source's language."""

    text: str
    kept: bool = False


_QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
"""Words quoted in a locator: the source's own (a heading, a field's name)."""
_MARK = "\x00"
"""Stands for a quoted part while the rest is read (never in a locator: YAML text has no NUL)."""

_ORDINALS = {"first": "نخست", "second": "دوم", "third": "سوم", "fourth": "چهارم", "fifth": "پنجم",
             "sixth": "ششم", "seventh": "هفتم", "eighth": "هشتم", "ninth": "نهم", "tenth": "دهم",
             "last": "آخر", "opening": "آغازین"}
_NOUNS = {"paragraph": "بند", "sentence": "جملهٔ", "line": "سطر", "quotation": "نقل‌قول",
          "page": "صفحهٔ"}
"""Nouns an ordinal may qualify, with the ezafe a following adjective needs in writing."""

_WORDS = {
    "infobox": "جعبهٔ اطلاعات", "heading": "سرعنوان", "title": "عنوان", "title page": "صفحهٔ عنوان",
    "cover page": "صفحهٔ جلد", "cover": "جلد", "lead": "بخش آغازین", "lead section": "بخش آغازین",
    "opening": "آغاز متن", "opening summary": "خلاصهٔ آغازین", "summary": "خلاصه",
    "front matter": "صفحات آغازین", "introduction": "مقدمه", "conclusion": "نتیجه‌گیری",
    "page text": "متن صفحه", "profile text": "متن معرفی", "remarks": "سخنان",
    "introductory line": "سطر آغازین", "caption": "زیرنویس", "caption of the photo": "زیرنویس عکس",
    "photo": "عکس", "the photo": "عکس", "credit": "سطر اعتبار", "footnote": "پانویس",
    "table": "جدول", "the contents": "فهرست مطالب", "the table of contents": "فهرست مطالب",
    "table of contents": "فهرست مطالب", "the title": "عنوان", "the page": "صفحه",
    "the remarks": "سخنان", "the report": "گزارش", "of the report": "گزارش",
    "at the top of the page": "بالای صفحه", "at the bottom of the page": "پایین صفحه",
    "as quoted": "به نقل از منبع", "annex": "پیوست", "appendix": "پیوست", "section": "بخش",
    "field": "خانهٔ", "chapter": "فصل", "column": "ستون", "page": "صفحه",
}
"""The archive's structural words and phrases, and their Persian."""

_PLACES = {"before": "پیش از", "after": "پس از", "above": "بالای", "under": "زیر", "below": "زیر"}
"""Words that place a part before, after, above or under another."""

_NUMBERED = {"para": "بند", "paragraph": "بند", "p": "ص", "page": "صفحهٔ", "document": "سند",
             "point": "مورد", "section": "بخش", "chapter": "فصل", "annex": "پیوست",
             "footnote": "پانویس", "note": "یادداشت", "table": "جدول"}
_MANY = {"paras": "بندهای", "paragraphs": "بندهای", "pp": "صص", "pages": "صفحات",
         "documents": "اسناد", "points": "موارد", "footnotes": "پانویس‌های"}
"""Words followed by a number (one, or a range after the plural)."""

_NUMBER = r"(\d+)(?:\s*[-–]\s*(\d+))?"
_ABBREVIATED = {"para", "paras", "p", "pp"}


def _numbered(match: re.Match[str]) -> str | None:
    word, first, last = match.group(1).lower(), match.group(2), match.group(3)
    if (match.group(0).split()[0].endswith(".")) != (word in _ABBREVIATED):
        return None  # "para 3" or "paragraph. 3": not the archive's form
    if last is None:
        return f"{_NUMBERED[word] if word in _NUMBERED else _MANY[word]} {first}"
    return f"{_MANY[word] if word in _MANY else _NUMBERED[word]} {first}–{last}"


def _ordinal(match: re.Match[str]) -> str:
    return f"{_NOUNS[match.group(2).lower()]} {_ORDINALS[match.group(1).lower()]}"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PHRASES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]] = [
    (re.compile(rf"({_alternation({*_NUMBERED, *_MANY})})\.? {_NUMBER}(?![\w.])", re.I), _numbered),
    (re.compile(rf"(?:the )?({_alternation(_ORDINALS)}) ({_alternation(_NOUNS)})\b", re.I), _ordinal),
    (re.compile(rf"({_alternation(_WORDS)})\b", re.I), lambda m: _WORDS[m.group(1).lower()]),
    (re.compile(rf"({_alternation(_PLACES)})\b", re.I), lambda m: _PLACES[m.group(1).lower()]),
]
"""What a run of the locator may be, read at its start: the longest match wins."""

_SEPARATORS = [(re.compile(r"\s*;\s*"), "؛ "), (re.compile(r"\s*,\s*"), "، "),
               (re.compile(r"\s+and\s+"), " و "), (re.compile(r"\s*\(\s*"), " ("),
               (re.compile(r"\s*\)"), ")"), (re.compile(r"\s+"), " ")]

_VERBATIM = re.compile(r"[A-Z]{2,}(?: [A-Z]+)* \d+(?:/\d+)+|\d{1,2}:\d{2}(?::\d{2})?"
                       r"(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?)?")
"""A whole locator that is the source's own reference: a document index (Amnesty's MDE 13/31/88)
or a timestamp (00:13:20, or a span of two)."""


_NAMED_BEFORE = re.compile(rf"{_MARK} (credit|section|field|heading|column|table|chapter)\b", re.I)
"""A quoted name before the word it names ('"Photographs" credit'): Persian puts it after."""


@functools.lru_cache(maxsize=1 << 14)
def parts(locator: str) -> tuple[Part, ...] | None:
    """The Persian rendering of an English locator, as Persian parts (Persian digits) and the
    source's own words kept verbatim; None if the locator has a word outside the vocabulary
    (cached: a citation's locator is shown on every page that cites it).

    >>> [(p.text, p.kept) for p in parts('infobox ("Accused")')]
    [('جعبهٔ اطلاعات («', False), ('Accused', True), ('»)', False)]
    >>> parts("MDE 13/31/88")
    (Part(text='MDE 13/31/88', kept=True),)
    >>> parts("Montazeri's memoirs, p. 635, as quoted") is None
    True
    """
    text = locator.strip()
    if not text or _MARK in text:
        return None
    if _VERBATIM.fullmatch(text):
        return (Part(text, kept=True),)
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
    text = _NAMED_BEFORE.sub(rf"\1 {_MARK}", _QUOTED.sub(_MARK, text))
    if '"' in text or "“" in text or "”" in text:
        return None  # a quotation mark left open
    found: list[Part] = []
    persian: list[str] = []
    at, read = 0, False  # read: a word or a quoted part, not only separators
    while at < len(text):
        if text[at] == _MARK:
            found += [Part(digits("".join(persian)) + "«"), Part(quoted.pop(0), kept=True)]
            persian, at, read = ["»"], at + 1, True
            continue
        separator = _separator(text, at)
        step = separator or _phrase(text, at)
        if step is None:
            return None
        words, at = step
        persian.append(words)
        read = read or separator is None
    if not read:
        return None
    found.append(Part(digits("".join(persian))))
    if found[0].text.strip() != found[0].text:
        found[0] = Part(found[0].text.strip())
    return tuple(p for p in found if p.text)


def _separator(text: str, at: int) -> tuple[str, int] | None:
    for pattern, persian in _SEPARATORS:
        match = pattern.match(text, at)
        if match and match.end() > at:
            return persian, match.end()
    return None


def _phrase(text: str, at: int) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for pattern, persian in _PHRASES:
        match = pattern.match(text, at)
        if match is None or (best is not None and match.end() <= best[1]):
            continue
        words = persian(match)
        if words is not None:
            best = (words, match.end())
    return best


def persian(locator: str) -> str | None:
    """The Persian rendering as one plain string (quoted parts between « »), or None.

    >>> persian("para. 3"), persian("paras. 1-2"), persian("p. 12 of the report")
    ('بند ۳', 'بندهای ۱–۲', 'ص ۱۲ گزارش')
    >>> persian("first sentence"), persian("lead (second paragraph)")
    ('جملهٔ نخست', 'بخش آغازین (بند دوم)')
    >>> persian('infobox ("Died"); first sentence')
    'جعبهٔ اطلاعات («Died»)؛ جملهٔ نخست'
    >>> persian("title page, before the contents"), persian("heading and para. 1")
    ('صفحهٔ عنوان، پیش از فهرست مطالب', 'سرعنوان و بند ۱')
    >>> persian("Iran chapter, opening paragraph") is None
    True
    """
    found = parts(locator)
    return None if found is None else "".join(p.text for p in found)
