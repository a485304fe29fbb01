"""Search folding: the spellings a reader may type for one name (Persian, Arabic or a Latin
transliteration) become one key. docs/javascripts/fold.js is the same code for the browser;
tests/test_fold_js.py keeps the two equal."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable

# Letters that Persian, Arabic and Urdu keyboards write differently for the same sound, and Latin
# letters that have no decomposition (so NFKD alone would not fold them).
LETTERS = {
    "\u064a": "ی", "\u0649": "ی", "\u06d2": "ی", "\u0678": "ی",  # Arabic yeh, alef maksura, ...
    "\u0643": "ک", "\u06aa": "ک",  # Arabic kaf, swash kaf
    "\u0629": "ه", "\u06d5": "ه", "\u06c1": "ه", "\u06be": "ه",  # teh marbuta, ae, heh goal, ...
    "\u0671": "ا", "\u0672": "ا", "\u0673": "ا",  # alef wasla and wavy-hamza alefs
    "\u0676": "و",  # high-hamza waw
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
}
LETTERS.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits ۰–۹
LETTERS.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits ٠–٩

# Dropped without leaving a gap: tatweel, hamza on its own (written or not in different spellings),
# and the hyphens and apostrophes of transliterations, so Pour-Mohammadi = Pourmohammadi and
# Ra'isi = Raisi. Format characters (ZWNJ, ZWJ, direction marks) and combining marks (harakat,
# superscript alef, Latin accents after NFKD) are dropped by category in `fold`.
DROPPED = frozenset("\u0640\u0621\u0674" "-\u2010\u2011\u00ad" "'`\u00b4\u2018\u2019\u2032"
                    "\u02bb\u02bc\u02be\u02bf")

_DIGIT_GROUPS = re.compile(r"(\d)[,.\u066b\u066c](?=\d)")  # 2,800 = 2800 = ۲٬۸۰۰
_NON_WORD = re.compile(r"[\W_]+")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_SPACE = re.compile(r"([\u0600-\u06ff]) (?=[\u0600-\u06ff])")  # as in fold.js (ES5)
_HAMZA_ON_YEH = re.compile("\u0626|[\u064a\u06cc]\u0654")  # ئ, precomposed or not


def _kept(char: str) -> bool:
    return char not in DROPPED and unicodedata.category(char) not in ("Mn", "Cf")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The words of `text` in a form that ignores spelling variants: lowercase, no accents or
    Arabic diacritics, one letter for each Persian/Arabic variant, Latin digits, no ZWNJ,
    hyphens or apostrophes inside words, and single spaces between words.

    >>> fold("Pour-Mohammadi")
    'pourmohammadi'
    >>> fold("رئيسي") == fold("رییسی")
    True
    >>> fold("اعدام‌های ۱۳۶۷")
    'اعدامهای 1367'
    """
    decomposed = unicodedata.normalize("NFKD", text).lower()
    kept = "".join(LETTERS.get(c, c) for c in decomposed if _kept(c))
    return " ".join(_NON_WORD.sub(" ", _DIGIT_GROUPS.sub(r"\1", kept)).split())


def spellings(text: str) -> list[str]:
    """`text`, and, if it has a hamza on a yeh seat (ئ), the same with an alef in its place:
    Persian writes هیئت, هیأت and هیات alike, but رئیس and رییس too, so folding, which makes ئ a
    yeh and أ an alef, leaves two forms of هیئت; the index holds both and search asks for both.

    >>> [fold(form) for form in spellings("هيئت مرگ")]
    ['هییت مرگ', 'هیات مرگ']
    >>> spellings("هیأت مرگ")
    ['هیأت مرگ']
    """
    alef = _HAMZA_ON_YEH.sub("\u0627", text)
    return [text] if alef == text else [text, alef]


def search_key(texts: Iterable[str | None]) -> str:
    """One string to search in: each text folded with its spaces removed (so a query written
    with a space, a ZWNJ or nothing between parts of a name still matches), texts separated by
    `|`, which no folded query contains.

    >>> search_key(["Mostafa Pour-Mohammadi", "مصطفی پورمحمدی"])
    'mostafapourmohammadi|مصطفیپورمحمدی'
    """
    return "|".join(fold(form).replace(" ", "") for t in texts if t for form in spellings(t))


def joined(query: str) -> str:
    """The query folded, with the spaces between two Persian (Arabic-script) words removed: the
    search tries this form too, since Persian writers put a space, a ZWNJ or nothing between the
    parts of a name (خامنه ای, خامنه‌ای, خامنهای). Latin words keep their spaces.

    >>> joined("روح الله خامنه ای")
    'روحاللهخامنهای'
    >>> joined("Ali خامنه ای 1339")
    'ali خامنهای 1339'
    """
    return _PERSIAN_SPACE.sub(r"\1", fold(query))


def index_words(texts: Iterable[str | None]) -> list[str]:
    """The words to add, hidden, to a page for a search engine that indexes page text (Pagefind)
    and is given folded queries (and their `joined` form): each text (in each of its
    `spellings`) folded, word by word, each two neighbouring Persian words joined, and all its
    words joined, so that هیات typed for هیئت, رئیسی typed as
    رييسي, خامنه‌ای typed as خامنه ای or خامنهای, خامنه ای typed as خامنهای, and
    Pour-Mohammadi typed as pour mohammadi all find the page.

    >>> index_words(["علی خامنه‌ای"])
    ['علی', 'خامنهای', 'علیخامنهای']
    >>> index_words(["سید علی خامنه ای"])
    ['سید', 'علی', 'خامنه', 'ای', 'سیدعلی', 'علیخامنه', 'خامنهای', 'سیدعلیخامنهای']
    """
    found: list[str] = []
    for text in (form for t in texts for form in spellings(t or "")):
        words = fold(text).split()
        pairs = [a + b for a, b in itertools.pairwise(words)
                 if _PERSIAN.search(a[-1]) and _PERSIAN.search(b[0])]
        found += [*words, *pairs, "".join(words)]
    return list(dict.fromkeys(word for word in found if word))


def matches(query: str, key: str) -> bool:
    """Whether every word of the query occurs in the key; an empty query matches nothing.

    >>> matches("pour mohammadi", search_key(["Pour-Mohammadi"]))
    True
    """
    return any(_all_in(fold(form).split(), key) for form in spellings(query))


def _all_in(words: list[str], key: str) -> bool:
    return bool(words) and all(word in key for word in words)
