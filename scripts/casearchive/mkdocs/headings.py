"""Heading ids (the toc extension's `slugify`, named in mkdocs.yml): a heading in Latin letters gets
the id Python-Markdown has always given it, so no English link changes; a heading in another
script (Persian) gets its own words, where Python-Markdown's ASCII-only ids would be `_1`, `_2`."""

from __future__ import annotations

import re
import unicodedata

from markdown.extensions.toc import slugify as latin_slugify  # type: ignore[import-untyped]

_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")  # a letter not in the Latin script
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")
ZWNJ = "\u200c"


def _kept(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM" or char in (ZWNJ, " ")


def slugify(value: str, separator: str) -> str:
    """The id of a heading that reads `value`.

    >>> slugify("Contested figures", "-"), slugify("Tehran (1988)", "-")
    ('contested-figures', 'tehran-1988')
    >>> slugify("از اینجا شروع کنید", "-"), slugify("نسخهٔ آفلاین", "-")
    ('از-اینجا-شروع-کنید', 'نسخهٔ-آفلاین')
    >>> slugify("داده‌های باز (JSON و CSV)", "-")
    'داده\u200cهای-باز-json-و-csv'
    """
    if not _OTHER_SCRIPT.search(value):
        return str(latin_slugify(value, separator))
    text = unicodedata.normalize("NFC", value).lower()
    words = _SPACES.sub(" ", "".join(c if _kept(c) else " " for c in _SPACES.sub(" ", text)))
    return separator.join(words.split())
