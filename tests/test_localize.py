"""Persian values live in each record's `fa` block; `localized` picks the value for an edition
and says when it had to fall back to English."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from casearchive.i18n import localize
from casearchive.i18n.localize import localized, translatable, words_in
from casearchive.load.archive import load_archive
from casearchive.model import records
from helpers import run_doctests

CITED = {"citations": [{"source_id": "hrw-2022-qa"}]}


def person(**fields: Any) -> records.Person:
    return records.Person.model_validate({"name": "Ebrahim Raisi", **CITED, **fields})


def test_a_persian_value_is_shown_in_the_persian_edition() -> None:
    record = person(summary="Iranian cleric.", fa={"summary": "روحانی ایرانی."})
    assert localized(record, "summary", "fa") == ("روحانی ایرانی.", False)
    assert localized(record, "summary", "en") == ("Iranian cleric.", False)


def test_a_missing_persian_value_falls_back_to_english_and_says_so() -> None:
    record = person(summary="Iranian cleric.")
    assert localized(record, "summary", "fa") == ("Iranian cleric.", True)
    assert localized(record, "name", "fa") == ("Ebrahim Raisi", True)


def test_a_field_empty_in_every_language_is_not_a_fallback() -> None:
    assert localized(person(), "summary", "fa") == (None, False)


def test_a_name_in_persian_script_needs_no_repeating_in_the_fa_block() -> None:
    assert localized(person(name_original="ابراهیم رئیسی"), "name", "fa") == ("ابراهیم رئیسی", False)
    record = person(name_original="ابراهیم رئیسی", fa={"name": "سید ابراهیم رئیسی"})
    assert localized(record, "name", "fa") == ("سید ابراهیم رئیسی", False)


def test_an_original_name_in_latin_script_is_not_persian() -> None:
    record = records.Person.model_validate({"name": "Hamid Nouri", "name_original": "Hamid Noury",
                                          **CITED})
    assert localized(record, "name", "fa") == ("Hamid Nouri", True)


def test_a_source_title_counts_as_persian_only_for_a_persian_source() -> None:
    fields = {"title": "The decree", "title_original": "الفتوى", "kind": "news"}
    arabic = records.Source.model_validate({**fields, "language": "ar"})
    persian = records.Source.model_validate({**fields, "title_original": "فرمان", "language": "fa"})
    assert localized(arabic, "title", "fa") == ("The decree", True)
    assert localized(persian, "title", "fa") == ("فرمان", False)


def test_unknown_editions_and_untranslatable_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown edition 'de'; use one of en, fa"):
        localized(person(), "name", "de")
    with pytest.raises(ValueError, match=r"Person.aliases has no Persian value; fields that "
                                         r"have one: name, summary"):
        localized(person(), "aliases", "fa")


def test_a_statements_words_prefer_the_requested_language() -> None:
    words = {"speaker_id": "x", "case_id": "y", **CITED,
             "original": {"text": "سلام", "language": "fa"},
             "translations": [{"text": "Hello", "language": "en", "translator": "HRW", **CITED}]}
    statement = records.Statement.model_validate(words)
    assert words_in(statement, "fa") == (statement.original, False)
    assert words_in(statement, "en") == (statement.translations[0], False)
    english_only = records.Statement.model_validate({**words, "original": None})
    assert words_in(english_only, "fa") == (english_only.translations[0], True)


FA_BLOCKS = [typing.get_args(info.annotation)[0] for kind in records.KINDS.values()
             for name, info in kind.model_fields.items() if name == "fa"]


def test_every_record_kind_has_a_fa_block() -> None:
    assert len(FA_BLOCKS) == len(records.KINDS)
    assert all(translatable(kind) for kind in records.KINDS.values())


@pytest.mark.parametrize("block", sorted(set(FA_BLOCKS), key=lambda b: b.__name__))
def test_every_persian_field_is_documented_with_a_valid_example(block: type[BaseModel]) -> None:
    for name, info in block.model_fields.items():
        assert info.description and info.examples, f"{block.__name__}.{name}"
        block.model_validate({name: info.examples[0]})


def test_bad_fa_blocks_are_reported_with_file_line_and_a_valid_form(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "places"
    folder.mkdir(parents=True)
    base = "name: Tehran\nkind: city\ncitations: [{source_id: s}]\n"
    (folder / "a.yml").write_text(base + "fa:\n  kind: city\n", encoding="utf-8")
    (folder / "b.yml").write_text(base + "fa: {}\n", encoding="utf-8")
    (folder / "c.yml").write_text(base + "fa:\n  kind: شهر\n  sumary: x\n", encoding="utf-8")
    (folder / "d.yml").write_text(base + "fa:\n  kind: شهر\n  summary: پایتخت ایران.\n",
                                  encoding="utf-8")
    archive, problems = load_archive(tmp_path / "data")
    assert [str(p) for p in sorted(problems)] == [
        "data/places/a.yml:5: fa.kind: 'city' has no Persian letters; write the Persian text, "
        "e.g. ابراهیم رئیسی, or leave the field out to show the English one",
        "data/places/b.yml:4: fa: is empty; give at least one Persian value, "
        "e.g. fa: {summary: '...'} or leave `fa` out",
        "data/places/c.yml:6: fa.sumary: unknown field 'sumary'; did you mean 'summary'? "
        "allowed here: name, kind, summary",
    ]
    assert localized(archive.records["places"]["d"].record, "summary", "fa") == ("پایتخت ایران.", False)


def test_the_docstring_examples_hold() -> None:
    run_doctests(localize)
