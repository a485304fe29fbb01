"""The archive's interface words in the theme's own templates (overrides/): the search dialog and
the 404 page take theirs from the one table, i18n/labels.py, in the edition being built (the i18n
plugin sets the theme's language to it)."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

from casearchive.i18n.labels import LABELS, label
from casearchive.i18n.languages import LANGUAGES
from casearchive.i18n.wording import Wording
from casearchive.model.records import KINDS

SCRIPT_WORDS = ("searching", "unavailable", "none", "one", "many", "offline_placeholder",
                "offline_label", "offline_missing", "offline_loading", "offline_one", "offline_many")
"""The search.* strings that docs/javascripts/search.js writes itself (the rest are in the
dialog's markup)."""


def edition(language: str | None) -> str:
    """The edition whose words a page in the theme's `language` takes (English for any other)."""
    return language if language in LANGUAGES else "en"


class Words:
    """The interface strings of one edition for the theme's templates: `t(key)` is plain text
    (a template escapes it), `t.html(key, **values)` markup whose values are escaped unless they
    are Markup already (a link the template made).

    >>> t = words("fa")
    >>> t("search.open"), str(t.html("notfound.other", home="<b>"))
    ('جست‌وجو', 'صفحه پیدا نشد: &lt;b&gt;.')
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.path = "" if lang == LANGUAGES[0] else f"{lang}/"
        """Where the edition's pages are, from the site's root: '' or 'fa/'."""

    def __call__(self, key: str, **values: Any) -> str:
        return label(key, self.lang, **values)

    def html(self, key: str, **values: Any) -> Markup:
        return Markup(label(key, self.lang, **{k: escape(v) for k, v in values.items()}))

    def link(self, href: str, key: str) -> Markup:
        """<a href="`href`"> around the string `key`, both escaped."""
        return Markup('<a href="{}">{}</a>').format(href, label(key, self.lang))


def words(language: str | None) -> Words:
    """The strings of the edition whose theme language is `language`."""
    return Words(edition(language))


def search_words(language: str | None) -> str:
    """The words search.js writes, as JSON for the dialog's data-ca-words attribute: its
    sentences (with {count} and {query}), and what each sign of a count written with the digits
    0-9 and a comma becomes in the edition (Persian digits and thousands separator)."""
    lang = edition(language)
    found: dict[str, Any] = {key: LABELS[f"search.{key}"][lang] for key in SCRIPT_WORDS}
    found["signs"] = Wording(lang).number_signs()
    # The offline search's results: each record's kind, and the edition's folder.
    found["kinds"] = {kind.removesuffix("s"): label(f"kind.{kind}", lang) for kind in KINDS}
    found["edition"] = words(lang).path
    return json.dumps(found, ensure_ascii=False, sort_keys=True)


def install(env: Any) -> None:
    """Give the theme's templates `ca_words` (one edition's Words) and `ca_search_words`."""
    env.globals["ca_words"] = words
    env.globals["ca_search_words"] = search_words
