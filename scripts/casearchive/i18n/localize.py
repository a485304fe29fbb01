"""The value of a record's field in one edition (English or Persian), and whether it had to fall
back to English; templates use this so a missing translation is shown, and marked, not hidden."""

from __future__ import annotations

import functools
import re
from typing import Any, get_args

from pydantic import BaseModel

from casearchive.i18n.languages import LANGUAGES
from casearchive.model.records import Quote, Statement

"""The editions: `en` (the records' own fields) and `fa` (their `fa` blocks)."""

# A name or title in its original script is what a Persian reader should see when no other
# Persian form is given: `name_original: ابراهیم رئیسی` need not be repeated as `fa.name`.
_ORIGINAL = {"name": "name_original", "title": "title_original"}
_PERSIAN_SCRIPT = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")


def localized(record: BaseModel, field: str, lang: str) -> tuple[Any, bool]:
    """(value, is_fallback): the value of `field` for the `lang` edition; is_fallback is True when
    the English value stands in for a missing Persian one. A field with no value in any
    language gives (None, False).

    >>> from casearchive.model.records import Place
    >>> place = Place.model_validate({"name": "Evin Prison", "name_original": "زندان اوین",
    ...     "kind": "prison", "fa": {"kind": "زندان"},
    ...     "citations": [{"source_id": "hrw-2022-qa"}]})
    >>> localized(place, "name", "fa"), localized(place, "kind", "fa")
    (('زندان اوین', False), ('زندان', False))
    >>> localized(place, "summary", "fa"), localized(place, "kind", "en")
    ((None, False), ('prison', False))
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown edition {lang!r}; use one of {', '.join(LANGUAGES)}")
    fields = translatable(type(record))
    if field not in fields:
        raise ValueError(f"{type(record).__name__}.{field} has no Persian value; "
                         f"fields that have one: {', '.join(fields) or 'none'}")
    english = getattr(record, field)
    if lang == "en":
        return english, False
    block = getattr(record, lang, None)
    value = getattr(block, field, None)
    if value is not None:
        return value, False
    original = _original_of(record, field)
    if original is not None:
        return original, False
    return english, english is not None


def fa_block(model: type[BaseModel]) -> type[BaseModel] | None:
    """The model of `model`'s `fa` block (its Persian values), or None if it has none."""
    info = model.model_fields.get("fa")
    for argument in get_args(info.annotation) if info else ():
        if isinstance(argument, type) and issubclass(argument, BaseModel):
            return argument
    return None


@functools.cache
def translatable(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a record kind that can have a Persian value: those of its `fa` block, and
    a name or title that has an original-script field (asked for every value a page shows:
    answered once per kind).

    >>> from casearchive.model.records import Person, Source
    >>> translatable(Person), translatable(Source)
    (('name', 'summary'), ('publisher', 'affiliation', 'note', 'title'))
    """
    block = fa_block(model)
    fields = list(block.model_fields) if block else []
    fields += [f for f, original in _ORIGINAL.items() if original in model.model_fields and f not in fields]
    return tuple(fields)


def _original_of(record: BaseModel, field: str) -> str | None:
    original = getattr(record, _ORIGINAL.get(field, ""), None)
    if not isinstance(original, str) or not _PERSIAN_SCRIPT.search(original):
        return None
    # A source's original title is in the source's language, which may be Arabic, not Persian.
    language = getattr(record, "language", "fa")
    return original if language == "fa" else None


def words_in(statement: Statement, lang: str) -> tuple[Quote, bool]:
    """(words, is_fallback): a statement's words in `lang` (the original if it is in that
    language, else a translation into it), else the original (or first translation) as a
    fallback."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown edition {lang!r}; use one of {', '.join(LANGUAGES)}")
    original = statement.original
    if original is not None and original.language.split("-")[0] == lang:
        return original, False
    for translation in statement.translations:
        if translation.language.split("-")[0] == lang:
            return translation, False
    return (original or statement.translations[0]), True
