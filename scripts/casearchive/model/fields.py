"""Constrained field types shared by every record kind: ids, text, URLs, languages and dates."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from casearchive.model import dates

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LANG_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"

# Invisible characters that can make two names look alike or reorder text on screen: the bidi
# controls by name, and every other format, private-use or separator character by category
# (zero-width spaces and joiners, soft hyphens, tag characters that smuggle hidden text).
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Co", "Zl", "Zp"}
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = set("\u200b\u200d\u2060\ufeff\u180e")
_ZWNJ = "\u200c"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# ASCII text can hide only control characters (all but line feed and tab).
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")

# Markup that HTML, Markdown, its extensions or a template engine would act on. Pages show text
# escaped whatever it holds; refusing markup as well tells a contributor at once that it is not
# needed, and keeps it out of every export that other tools may render less carefully.
_MARKUP = (
    (re.compile(r"<[A-Za-z/!?]"), "HTML",
     "; write plain text: pages show text exactly as written, so no markup is needed"),
    (re.compile(r"\]\(|^ *\[[^\]\n]*\]:", re.MULTILINE), "a Markdown link or image",
     "; write plain text; web addresses belong in a source's url field"),
    (re.compile(r"\{[^}\n]*\}|\{[{%#]"), "curly braces",
     ", which Markdown attribute lists and templates read as instructions; use round brackets"),
    (re.compile(r"-+8<-+"), "a snippet include",
     ", which would copy a file into the page; delete it"),
)


def _name_of(char: str) -> str:
    unnamed = "(a control character)" if unicodedata.category(char) == "Cc" else "(unnamed)"
    return f"U+{ord(char):04X} {unicodedata.name(char, unnamed)}"


def _check_markup(value: str) -> None:
    for pattern, what, remedy in _MARKUP:
        found = pattern.search(value)
        if found:
            fragment = value[found.start():found.start() + 24].strip()
            raise ValueError(f"contains {what} ({fragment!r}){remedy}")


def check_text(value: str) -> str:
    """Refuse control, bidi and zero-width characters and markup; a ZWNJ is allowed inside
    Persian words."""
    if not value.strip():
        raise ValueError("is empty; write the text or leave the field out")
    if value.isascii():  # the common case, one regex scan: this runs on every text in the archive
        control = _ASCII_CONTROL.search(value)
        if control:
            raise ValueError(f"contains the invisible character {_name_of(control.group())}; delete it")
        _check_markup(value)
        return value
    for index, char in enumerate(value):
        if char in "\n\t":
            continue
        if char in _BIDI:
            raise ValueError(f"contains the invisible direction control {_name_of(char)}, "
                             "which can disguise text; delete it")
        if char == _ZWNJ:
            around = value[max(index - 1, 0):index] + value[index + 1:index + 2]
            if not _ARABIC_SCRIPT.search(around):
                raise ValueError("contains a zero-width non-joiner (U+200C) outside Persian or "
                                 "Arabic script, where it can disguise a name; delete it")
        elif char in _ZERO_WIDTH or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            raise ValueError(f"contains the invisible character {_name_of(char)}; delete it")
    _check_markup(value)
    return value


def check_persian(value: str) -> str:
    """Text meant for the Persian edition must be written in Persian (Arabic) script."""
    if not _ARABIC_SCRIPT.search(value):
        raise ValueError("has no Persian letters; write the Persian text, e.g. ابراهیم رئیسی, "
                         "or leave the field out to show the English one")
    return value


def check_url(value: str) -> str:
    """Only http and https links, with no spaces or quotes."""
    if not re.match(r"^https?://[^\s/?#\"'<>`]+[^\s\"'<>`]*$", value):
        raise ValueError(f"{value!r} is not a web address; write a full http(s) URL such as "
                         "https://www.amnesty.org/en/documents/mde13/9421/2018/en/")
    return value


def check_date(value: str) -> str:
    """A date in the archive's EDTF subset: never more precise than the source."""
    try:
        dates.parse(value)
    except dates.DateError as error:
        # The parser quotes the part it rejects; when that is the whole value, it is quoted already.
        reason = str(error).removeprefix(f"{value!r} ")
        reason = reason if reason != str(error) else f"is not a date ({error})"
        raise ValueError(f"{reason}; write {dates.EXAMPLES}") from None
    return value


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
"""A stable record id: lowercase letters, digits and single hyphens, e.g. `ebrahim-raisi`."""

Text = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(check_text)]
"""Free text; shown escaped, never interpreted as Markdown or HTML."""

PersianText = Annotated[Text, AfterValidator(check_persian)]
"""Free text in Persian script, for the Persian edition; shown escaped like all text."""

Url = Annotated[str, StringConstraints(max_length=2_000), AfterValidator(check_url)]
"""An http(s) URL."""

Lang = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
"""A BCP 47 language tag such as `en`, `fa`, `ar`, `sv`."""

Date = Annotated[str, AfterValidator(check_date)]
"""A date in the archive's EDTF subset, e.g. `1988-07-28`, `1988-07`, `1988-07~`, `[2016-08-09,2016-08-10]`."""
