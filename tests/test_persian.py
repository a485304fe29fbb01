"""Search folding: each query a reader might type finds exactly the records it should."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casearchive.i18n import folding as persian
from casearchive.i18n.folding import fold, matches, search_key
from helpers import run_doctests

# Names as the archive might hold them, each with the spellings stored for it.
RECORDS = {
    "pour-mohammadi": ["Mostafa Pour-Mohammadi", "مصطفی پورمحمدی", "Pourmohammadi"],
    "raisi": ["Ebrahim Raisi", "ابراهیم رئیسی", "Ra'isi"],
    "montazeri": ["Hossein-Ali Montazeri", "حسینعلی منتظری"],
    "karaj": ["Karaj", "کرج"],
    "kord": ["Kord", "کرد"],
    "case-1988": ["1988 mass executions", "اعدام‌های ۱۳۶۷"],
    "khomeini": ["Ruhollah Khomeini", "آیت‌الله روح‌الله خمینی"],
    "madrasa": ["Madrasa Feyziyeh", "مدرسه فیضیه"],
    "toll": ["at least 2,800 prisoners"],
    "evin": ["Evin Prison", "زندان اوین"],
    "khamenei": ["Ali Khamenei", "علی خامنه‌ای"],
    "pour-najjar": ["Reza Pour Najjar", "رضا پور نجار"],  # written with a space
    "commission": ["Tehran death commission", "هیئت مرگ تهران"],
    "hayat": ["Hayat", "هیات"],  # a record that spells it with a plain alef
}
KEYS = {record_id: search_key(texts) for record_id, texts in RECORDS.items()}

QUERIES = [
    # Latin transliterations: case, hyphens, apostrophes, accents and spaces.
    ("Pourmohammadi", {"pour-mohammadi"}),
    ("POUR-MOHAMMADI", {"pour-mohammadi"}),
    ("pour mohammadi", {"pour-mohammadi"}),
    ("Pōur-Moḥammadī", {"pour-mohammadi"}),
    ("Raʼisi", {"raisi"}),
    ("ra’isi", {"raisi"}),
    ("Hossein Ali", {"montazeri"}),
    ("hosseinali", {"montazeri"}),
    # Arabic letter forms typed on an Arabic keyboard: yeh, kaf, teh marbuta, hamza carriers.
    ("رئيسي", {"raisi"}),
    ("رییسی", {"raisi"}),
    ("كرج", {"karaj"}),
    ("مدرسة", {"madrasa"}),
    ("اوين", {"evin"}),
    ("أيت الله", {"khomeini"}),
    # Presentation forms (copied from old PDFs) and tatweel.
    ("ﻛﺮﺝ", {"karaj"}),
    ("كـــرج", {"karaj"}),
    ("زنـــدان", {"evin"}),
    # Diacritics (harakat, superscript alef) are ignored.
    ("مُنْتَظِری", {"montazeri"}),
    ("خمینیٰ", {"khomeini"}),
    # ZWNJ, a space or nothing between the parts of a word.
    ("اعدامهای", {"case-1988"}),
    ("اعدام های", {"case-1988"}),
    ("اعدام\u200cهای", {"case-1988"}),
    ("روح الله", {"khomeini"}),
    ("خامنه ای", {"khamenei"}),
    ("خامنهای", {"khamenei"}),
    ("علی خامنه‌ای", {"khamenei"}),
    ("علیخامنه ای", {"khamenei"}),
    ("پورنجار", {"pour-najjar"}),
    ("پور نجار", {"pour-najjar"}),
    ("رضا پورنجار", {"pour-najjar"}),
    # A hamza on a yeh seat is also written as an alef (هیئت, هیأت, هیات), and as a yeh (رئیس, رییس).
    ("هیئت مرگ", {"commission"}),
    ("هیات مرگ", {"commission"}),
    ("هيأت مرگ", {"commission"}),
    ("هيئت مرگ تهران", {"commission"}),
    ("هیئت", {"commission", "hayat"}),
    ("هیات", {"commission", "hayat"}),
    ("رییسی", {"raisi"}),
    # Persian, Arabic-Indic and Latin digits, with or without group separators.
    ("۱۳۶۷", {"case-1988"}),
    ("١٣٦٧", {"case-1988"}),
    ("1367", {"case-1988"}),
    ("2800", {"toll"}),
    ("۲٬۸۰۰", {"toll"}),
    ("2.800", {"toll"}),
    # Words that must not meet.
    ("Karaj Kord", set()),
    ("کرد", {"kord"}),
    ("Raisi Montazeri", set()),
    ("", set()),
    ("- ' ‌", set()),
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_query_finds_exactly_the_expected_records(query: str, expected: set[str]) -> None:
    found = {record_id for record_id, key in KEYS.items() if matches(query, key)}
    assert found == expected


@pytest.mark.parametrize(("variant", "plain"), [
    ("ي", "ی"), ("ى", "ی"), ("ئ", "ی"), ("ك", "ک"), ("ة", "ه"), ("ۀ", "ه"),
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ؤ", "و"), ("\u0640", ""), ("\u200c", ""),
    ("\u064b", ""), ("\u065f", ""), ("\u0670", ""), ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"), ("É", "e"), ("ß", "ss"),
])
def test_each_variant_folds_to_its_plain_form(variant: str, plain: str) -> None:
    assert fold(f"ب{variant}ب") == f"ب{plain}ب"


def test_punctuation_separates_words_and_spaces_collapse() -> None:
    assert fold("  Tehran,\tEvin («prison»)  ") == "tehran evin prison"


def test_the_docstring_examples_hold() -> None:
    run_doctests(persian)


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_a_text_always_matches_its_own_key(text: str) -> None:
    if fold(text):
        assert matches(text, search_key([text]))
