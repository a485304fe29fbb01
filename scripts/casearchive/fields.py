"""Constrained field types shared by every record kind: ids, text, URLs, languages and dates."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from . import dates

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# Invisible characters that can make two names look alike or reorder text on screen.
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = set("\u200b\u200d\u2060\ufeff\u180e")
_ZWNJ = "\u200c"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Every character check_text looks at: bidi and zero-width controls, the ZWNJ and the C0/C1
# control characters (Unicode category Cc) other than line feed and tab.
_SUSPECT = re.compile("[" + re.escape("".join(sorted(_BIDI | _ZERO_WIDTH | {_ZWNJ})))
                      + "\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _name_of(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control character')}"


def check_text(value: str) -> str:
    """Refuse control, bidi and zero-width characters; a ZWNJ is allowed inside Persian words."""
    if not value.strip():
        raise ValueError("is empty; write the text or leave the field out")
    for match in _SUSPECT.finditer(value):  # one regex scan: this runs on every text in the archive
        char, index = match.group(), match.start()
        if char in _BIDI:
            raise ValueError(f"contains the invisible direction control {_name_of(char)}, "
                             "which can disguise text; delete it")
        if char != _ZWNJ:
            raise ValueError(f"contains the invisible character {_name_of(char)}; delete it")
        around = value[max(index - 1, 0):index] + value[index + 1:index + 2]
        if not _ARABIC_SCRIPT.search(around):
            raise ValueError("contains a zero-width non-joiner (U+200C) outside Persian or "
                             "Arabic script, where it can disguise a name; delete it")
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
        raise ValueError(f"{error}; write {dates.EXAMPLES}") from None
    return value


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
"""A stable record id: lowercase letters, digits and single hyphens, e.g. `ebrahim-raisi`."""

Text = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(check_text)]
"""Free text; shown escaped, never interpreted as Markdown or HTML."""

Url = Annotated[str, StringConstraints(max_length=2_000), AfterValidator(check_url)]
"""An http(s) URL."""

Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
"""A BCP 47 language tag such as `en`, `fa`, `ar`, `sv`."""

Date = Annotated[str, AfterValidator(check_date)]
"""A date in the archive's EDTF subset, e.g. `1988-07-28`, `1988-07`, `1988-07~`, `[2016-08-09,2016-08-10]`."""
