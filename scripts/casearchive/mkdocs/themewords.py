"""The archive's interface words in the theme's own templates (overrides/): the search dialog and
the 404 page take theirs from the one table, i18n/labels.py, in the edition being built (the i18n
plugin sets the theme's language to it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from casearchive.i18n.labels import LABELS, label
from casearchive.i18n.languages import LANGUAGES
from casearchive.i18n.wording import Wording

SCRIPT_WORDS = ("searching", "unavailable", "none", "one", "many")
"""The search.* strings that docs/javascripts/search.js writes itself (the rest are in the
dialog's markup)."""


def edition(language: str | None) -> str:
    """The edition whose words a page in the theme's `language` takes (English for any other)."""
    return language if language in LANGUAGES else "en"


def words(language: str | None) -> Callable[..., str]:
    """`t(key, **values)`: the interface string `key` of the edition, as plain text (templates
    escape it).

    >>> words("fa")("search.open")
    'جست‌وجو'
    """
    lang = edition(language)

    def t(key: str, **values: Any) -> str:
        return label(key, lang, **values)

    return t


def search_words(language: str | None) -> str:
    """The words search.js writes, as JSON for the dialog's data-ca-words attribute: its
    sentences (with {count} and {query}), and what each sign of a count written with the digits
    0-9 and a comma becomes in the edition (Persian digits and thousands separator)."""
    lang = edition(language)
    found: dict[str, Any] = {key: LABELS[f"search.{key}"][lang] for key in SCRIPT_WORDS}
    found["signs"] = Wording(lang).number_signs()
    return json.dumps(found, ensure_ascii=False, sort_keys=True)


def install(env: Any) -> None:
    """Give the theme's templates `ca_words` and `ca_search_words`."""
    env.globals["ca_words"] = words
    env.globals["ca_search_words"] = search_words
