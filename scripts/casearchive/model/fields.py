"""Constrained field types shared by every record kind: ids, text, URLs, languages and dates."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from casearchive.model import datepolicy, dates, textpolicy

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LANG_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"

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


def _check_markup(value: str) -> None:
    for pattern, what, remedy in _MARKUP:
        found = pattern.search(value)
        if found:
            fragment = value[found.start():found.start() + 24].strip()
            raise ValueError(f"contains {what} ({fragment!r}){remedy}")


def check_text(value: str) -> str:
    """The text policy (textpolicy.py): no control, bidi, zero-width or other invisible
    characters (a ZWNJ is allowed inside Persian words), NFC, something visible; and no markup."""
    if not value.strip():
        raise ValueError("is empty; write the text or leave the field out")
    textpolicy.check_characters(value)
    _check_markup(value)
    if not value.isascii():
        textpolicy.check_form(value)
    return value


def check_name(value: str) -> str:
    """A name or alias: text with at least one letter."""
    return textpolicy.check_name(value)


def check_persian(value: str) -> str:
    """Text meant for the Persian edition must be written in Persian (Arabic) script."""
    if not textpolicy.ARABIC_SCRIPT.search(value):
        raise ValueError("has no Persian letters; write the Persian text, e.g. ابراهیم رئیسی, "
                         "or leave the field out to show the English one")
    return value


def check_url(value: str) -> str:
    """Only http and https links, read by urllib: no credentials, spaces, quotes or invisible
    characters, a valid host (textpolicy.check_url)."""
    return textpolicy.check_url(value)


def check_date(value: str) -> str:
    """A date in the archive's EDTF subset: never more precise than the source."""
    ascii_form = datepolicy.other_digits(value)
    if ascii_form is not None:
        raise ValueError(f"is written with digits other than 0-9; write {ascii_form!r}: dates "
                         "use the digits 0-9 in every edition (the Persian edition shows Persian "
                         "digits by itself)")
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

Name = Annotated[Text, AfterValidator(check_name)]
"""A name, alias or title in a name's place: free text with at least one letter."""

PersianText = Annotated[Text, AfterValidator(check_persian)]
"""Free text in Persian script, for the Persian edition; shown escaped like all text."""

PersianName = Annotated[PersianText, AfterValidator(check_name)]
"""A name in Persian script."""

Url = Annotated[str, StringConstraints(max_length=2_000), AfterValidator(check_url)]
"""An http(s) URL."""

Lang = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
"""A BCP 47 language tag such as `en`, `fa`, `ar`, `sv`."""

Date = Annotated[str, AfterValidator(check_date)]
"""A date in the archive's EDTF subset, e.g. `1988-07-28`, `1988-07`, `1988-07~`, `[2016-08-09,2016-08-10]`."""
