"""The glossary (docs/about/glossary.yml): it loads, the method page shows it in both languages,
and the archive's Persian texts (its `fa` blocks) use its terms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from casearchive.i18n import glossary
from casearchive.load.archive import Archive
from casearchive.publish.build import check_archive
from helpers import REPO

GLOSSARY = glossary.load(REPO / "docs" / "about" / "glossary.yml")


@pytest.fixture(scope="module")
def archive() -> Archive:
    return check_archive(REPO / "data")[0]


def fa_texts(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every Persian text in a record's `fa` blocks, with where it is."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            inner = getattr(value, name)
            if name == "fa" and inner is not None:
                yield from ((f"{where}.fa.{k}".lstrip("."), v)
                            for k, v in inner.model_dump().items() if v)
            else:
                yield from fa_texts(inner, f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from fa_texts(item, f"{where}[{index}]")


def test_the_glossary_has_the_terms_of_the_brief() -> None:
    by_en = {t.en: t.fa for t in GLOSSARY.terms}
    assert by_en["1988 mass executions"] == "اعدام‌های دسته‌جمعی زندانیان سیاسی در ۱۳۶۷"
    assert by_en["decree"] == "فرمان"
    assert by_en["enforced disappearance"] == "ناپدیدسازی قهری"
    assert len(by_en) == len(GLOSSARY.terms) >= 20


def test_the_method_page_shows_it_in_both_languages() -> None:
    for page, lang in (("method.md", "en"), ("method.fa.md", "fa")):
        text = (REPO / "docs" / "about" / page).read_text(encoding="utf-8")
        assert glossary.MARKER in text
        shown = glossary.expand(text, f"about/{page}", str(REPO / "docs"))
        assert "| Evin Prison |" in shown if lang == "en" else "زندان اوین" in shown
        assert shown.count("\n|") >= len(GLOSSARY.terms) + 1
    english = (REPO / "docs" / "about" / "method.md").read_text(encoding="utf-8")
    assert "The Persian texts are the archive's translations" in english


def test_the_rules_catch_unattributed_and_unquoted_terms() -> None:
    assert glossary.misuses("اعضای هیئت مرگ تهران", GLOSSARY)
    assert not glossary.misuses("عضو «هیئت مرگ» تهران", GLOSSARY)
    assert not glossary.misuses("عضو هیئت مرگ تهران، به گفته‌ی عفو بین‌الملل", GLOSSARY)
    assert glossary.misuses("قتل‌عام زندانیان در ۱۳۶۷", GLOSSARY)
    assert glossary.misuses("فتوای خمینی", GLOSSARY)
    assert not glossary.misuses("گزارش «فتوای مرگبار»", GLOSSARY)


def test_the_archives_persian_follows_the_glossary(archive: Archive) -> None:
    """«هیئت مرگ» only with whose name it is, «قتل‌عام» only attributed or quoted, «فتوا» only in
    a title: over every Persian text of data/."""
    broken = [f"{loaded.path}: {where}: {problem}"
              for loaded in archive.all() for where, text in fa_texts(loaded.record)
              for problem in glossary.misuses(text, GLOSSARY)]
    assert broken == []
