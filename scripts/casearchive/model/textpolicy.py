"""The text policy: which characters every string the archive stores may hold, in one place.

Free text, names, titles, aliases and web addresses all pass through here (ids, file names and
language tags are ASCII patterns, see fields.py and pathpolicy.py). The rules, as CONTRIBUTING.md
states them:

- text is stored as typed but must already be in Unicode normal form NFC (an accent stored as a
  separate character after its letter is refused, quoting the composed form to write instead);
- refused everywhere: control characters (line feed and tab aside), line and paragraph separators
  (U+2028, U+2029, U+0085), every direction control (bidi embeddings, overrides, isolates and
  marks), every other format character (zero-width space, word joiner, soft hyphen, byte order
  mark, tag characters...), private-use and non-characters, and the blank "filler" letters that
  show as nothing (U+3164 and its relatives, U+2800);
- the zero-width non-joiner (U+200C) and joiner (U+200D) are allowed only beside Persian or Arabic
  letters, which need them; the joiner also between two symbols (emoji sequences);
- a text needs at least one visible character, and cannot start with a combining mark (which would
  sit on whatever precedes it on the page); a name needs at least one letter;
- a web address is parsed by urllib: http or https only, no user name or password before the host,
  no space, no invisible character anywhere, a host in ASCII or valid IDNA that does not imitate an
  ASCII host with look-alike letters.

Look-alike names are not refused (two people may share a name): `skeleton` gives the form two
names share when they only look alike (Unicode TR39's idea, with a small table of the Cyrillic and
Greek letters that pass for Latin ones and of the Arabic letters that pass for Persian ones), and
recordpolicy warns when two records' names share it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import idna

# Invisible characters that can make two names look alike or reorder text on screen: the bidi
# controls by name, and every other format, private-use or separator character by category
# (zero-width spaces and joiners, soft hyphens, tag characters that smuggle hidden text).
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200d\u2060\ufeff\u180e")
FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f")
"""Letters and marks that show as nothing: Hangul fillers, the blank Braille pattern, the combining
grapheme joiner, Khmer's invisible vowels, Mongolian variation selectors."""
ZWNJ, ZWJ = "\u200c", "\u200d"
VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# ASCII text can hide only control characters (all but line feed and tab).
ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_ASCII_VISIBLE = re.compile("[!-~]")
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")

URL_EXAMPLE = "https://www.amnesty.org/en/documents/mde13/9421/2018/en/"
_URL_FORM = re.compile(r"https?://[^\s/?#\"'<>`\\]+[^\s\"'<>`\\]*")
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")


def char_name(char: str) -> str:
    """`U+200B ZERO WIDTH SPACE`, or `U+0007 (a control character)`."""
    unnamed = {"Cc": "(a control character)", "Co": "(a private-use character)",
               "Cn": "(not a character)"}.get(unicodedata.category(char), "(unnamed)")
    return f"U+{ord(char):04X} {unicodedata.name(char, unnamed)}"


def _beside_arabic(value: str, index: int) -> bool:
    around = value[max(index - 1, 0):index] + value[index + 1:index + 2]
    return bool(ARABIC_SCRIPT.search(around))


def _between_symbols(value: str, index: int) -> bool:
    before, after = value[index - 1:index], value[index + 1:index + 2]
    return bool(before and after) and all(unicodedata.category(c) == "So" for c in before + after)


def invisible(value: str) -> tuple[int, str] | None:
    """The first character the policy refuses in `value` (its index and why), or None."""
    if value.isascii():
        found = ASCII_CONTROL.search(value)
        return (found.start(), f"contains the invisible character {char_name(found.group())}") \
            if found else None
    for index, char in enumerate(value):
        if char in "\n\t" or (char.isascii() and not ASCII_CONTROL.match(char)):
            continue
        if char in BIDI:
            return index, f"contains the invisible direction control {char_name(char)}, which can disguise text"
        if char == ZWNJ and not _beside_arabic(value, index):
            return index, ("contains a zero-width non-joiner (U+200C) outside Persian or Arabic "
                           "script, where it can disguise a name")
        if _refused(value, index, char):
            return index, f"contains the invisible character {char_name(char)}"
    return None


def _refused(value: str, index: int, char: str) -> bool:
    """Whether a non-ASCII character other than a direction control is invisible where it is."""
    if char == ZWNJ:
        return False
    if char == ZWJ:
        return not (_beside_arabic(value, index) or _between_symbols(value, index))
    if VARIATION.match(char):
        return not (index and unicodedata.category(value[index - 1]) == "So")
    return char in ZERO_WIDTH or char in FILLERS or bool(_NONCHARACTER.match(char)) \
        or unicodedata.category(char) in INVISIBLE_CATEGORIES


def _without_invisible(value: str) -> str:
    """`value` with every character the policy refuses taken out (a line or paragraph separator
    becomes a space), for an example to write."""
    while (found := invisible(value)) is not None:
        index = found[0]
        space = " " if value[index] in "\u2028\u2029\x85" else ""
        value = value[:index] + space + value[index + 1:]
    return value


def quote(value: str) -> str:
    """`value` quoted as Python writes it, with every character that would show as nothing
    escaped as well (Python escapes control and format characters, not fillers, variation
    selectors or a combining mark with no letter to sit on)."""
    text = repr(value)
    if text.isascii():
        return text
    out = []
    based = False  # whether a combining mark here has a letter (or digit) to sit on
    for char in text:
        mark = unicodedata.category(char) in ("Mn", "Me", "Mc")
        based = char.isalnum() or (mark and based)
        out.append(char.encode("unicode_escape").decode("ascii")
                   if char in FILLERS or VARIATION.match(char) or (mark and not based) else char)
    return "".join(out)


def _shown(value: str, limit: int = 60) -> str:
    return quote(value if len(value) <= limit else value[:limit - 3] + "...")


def check_form(value: str) -> None:
    """Raise ValueError unless `value` is NFC, holds something visible and does not open with a
    combining mark (the rules for every stored text beyond its characters)."""
    if value.isascii():
        if not _ASCII_VISIBLE.search(value):
            raise ValueError("is empty; write the text or leave the field out")
        return
    if not any(unicodedata.category(c)[0] in "LNPS" for c in value):
        raise ValueError("has no visible letter, digit or sign; write the text or leave the field out")
    if unicodedata.category(value[0]) in ("Mn", "Me", "Mc"):
        raise ValueError(f"starts with the combining mark {char_name(value[0])}, which has no letter "
                         "to sit on; delete it or write the letter it belongs to first")
    if not unicodedata.is_normalized("NFC", value):
        composed = unicodedata.normalize("NFC", value)
        index = next((i for i in range(len(value))
                      if unicodedata.normalize("NFC", value[max(i - 1, 0):i + 1]) != value[max(i - 1, 0):i + 1]),
                     0)
        raise ValueError(f"is not in Unicode normal form NFC: {char_name(value[index])} is stored "
                         f"apart from the letter it belongs to; write it composed, e.g. "
                         f"{_shown(composed)}")


def check_characters(value: str) -> None:
    """Raise ValueError naming the first character the policy refuses in `value`."""
    found = invisible(value)
    if found is not None:
        index, why = found
        char = value[index]
        # The messages CONTRIBUTING.md has quoted since the first corpus stay as they were.
        if char in BIDI or char in "\u200b\u200c\u200d" or unicodedata.category(char) == "Cc":
            raise ValueError(f"{why}; delete it")
        cleaned = _without_invisible(value)
        if not cleaned.strip():
            raise ValueError(f"{why}, and nothing visible besides; write the text or leave the field out")
        raise ValueError(f"{why}; delete it: {_shown(cleaned)}")


def check_name(value: str) -> str:
    """A name (of a person, an organisation, a place, or an alias) needs a letter."""
    if not any(char.isalpha() for char in value):
        raise ValueError("has no letter; write the name in letters, e.g. Ebrahim Raisi or ابراهیم رئیسی")
    return value


# --- web addresses -------------------------------------------------------------------------------


def _not_a_url(value: str) -> ValueError:
    return ValueError(f"{value!r} is not a web address; write a full http(s) URL such as {URL_EXAMPLE}")


def check_url(value: str) -> str:
    """One URL rule: the characters of the text policy, then urllib's reading of the address."""
    found = invisible(value)
    if found is not None:
        why = found[1].removesuffix(", which can disguise text")
        raise ValueError(f"{quote(value)} {why}, which can make a link show one address and lead to "
                         f"another; delete it: {_shown(_without_invisible(value), 200)}")
    space = next((c for c in value if unicodedata.category(c) == "Zs" and c != " "), None)
    if space:
        raise ValueError(f"{value!r} contains the space {char_name(space)}; a web address has no "
                         f"spaces: write it as %20, e.g. {_shown(value.replace(space, '%20'), 200)}")
    if not _URL_FORM.fullmatch(value):
        raise _not_a_url(value)
    parts = urlsplit(value)
    try:
        parts.port  # noqa: B018 (urllib checks the port when it is read)
    except ValueError:
        raise ValueError(f"{value!r} has a port that is not a number from 0 to 65535; write the "
                         f"address without it, e.g. {URL_EXAMPLE}") from None
    host = parts.hostname or ""
    if "@" in parts.netloc:
        user = parts.netloc.rpartition("@")[0]
        raise ValueError(f"{value!r} has a user name or password before '@' ({user!r}), which makes "
                         f"the link look as if it led to {user.partition(':')[0]!r} while it leads "
                         f"to {host!r}; write the address without it, e.g. "
                         f"{parts.scheme}://{host}{parts.path or '/'}")
    problem = _host_problem(host)
    if problem:
        raise ValueError(f"{value!r} has the host {host!r}, {problem}; write the address as the "
                         f"publisher gives it, e.g. {URL_EXAMPLE}")
    return value


def _host_problem(host: str) -> str | None:
    """Why a (lowercased) host name cannot be linked to, or None."""
    if host.startswith("[") or re.fullmatch(r"[0-9.]+", host) or ":" in host:
        return None if _ip(host) else "which is not a valid IP address"
    if not host or host.startswith(".") or ".." in host:
        return "which is not a domain name"
    if host.isascii():
        labels = host.rstrip(".").split(".")
        bad = next((label for label in labels if not _HOST_LABEL.fullmatch(label)), None)
        return None if bad is None else f"whose part {bad!r} is not a valid domain label"
    try:
        idna.encode(host, uts46=True, std3_rules=True)
    except idna.IDNAError as error:
        return f"which is not a valid international domain name ({error})"
    look = unicodedata.normalize("NFC", imitated(host))
    if look.isascii() and look != host:
        return f"which imitates {look!r} with look-alike letters of another script"
    return None


def _ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


# --- look-alikes ----------------------------------------------------------------------------------

_LOOKALIKES = {
    # Cyrillic and Greek letters that pass for Latin ones (lower case: names are compared
    # case-folded, so an upper-case look-alike is caught by its lower-case form)
    "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "у": "y", "ү": "y",
    "х": "x", "ԁ": "d", "ԝ": "w", "ӏ": "l", "ь": "b", "п": "n", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w",
    "ı": "i", "ℓ": "l", "ſ": "f",
    # Arabic letters that pass for their Persian forms
    "ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه", "ة": "ه",
}
_TABLE = str.maketrans(_LOOKALIKES)
_SEPARATORS = re.compile(r"[\s\u200c\u200d\-‐‑_.·]+")


def imitated(text: str) -> str:
    """`text` with each look-alike letter of another script replaced by the one it imitates
    (compatibility-decomposed and case-folded first)."""
    return unicodedata.normalize("NFKD", text).casefold().translate(_TABLE)


def skeleton(text: str) -> str:
    """The form two names share when they only look alike: look-alike letters replaced, case,
    spacing, hyphens and zero-width joiners ignored, digits of every system read as 0-9."""
    folded = _SEPARATORS.sub(" ", imitated(text)).strip()
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii()
                     and unicodedata.digit(c, None) is not None else c for c in folded)
    return unicodedata.normalize("NFC", digits)
