"""Text on a page of one edition, made inert: interface strings, record values in the edition's
language, and text in another language marked with its language and direction. In the Persian
edition, English text that stands in for a missing translation is marked so that the reader
sees it ("(ترجمه نشده)"), and carries lang="en" so that screen readers read it as English."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from markdown.extensions.toc import slugify  # type: ignore[import-untyped]  # as MkDocs makes heading ids
from markupsafe import Markup
from pydantic import BaseModel

from casearchive.i18n import locators
from casearchive.i18n.folding import fold, index_words, spellings
from casearchive.i18n.labels import LABELS, label
from casearchive.i18n.localize import localized, words_in
from casearchive.i18n.wording import Wording
from casearchive.load.archive import Loaded
from casearchive.model.records import NAME_FIELDS, Citation, Estimate, Event, Quote, Source, Statement
from casearchive.render import escape
from casearchive.render.views import sorted_positions

_PLAIN_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # safe inside an attribute list
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_PERSIAN_ONLY = re.compile("[پچژگکی]")
RTL = ("fa", "ar", "he", "ur", "ps", "ckb")
"""Languages written right to left."""


_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f0-9 .\-/’]|&#(?:35|39|58|64|95);)*"
                        r"[A-Za-z\u00c0-\u024f0-9/]|[A-Za-z\u00c0-\u024f]")
"""A run of Latin-script words (with the digits, spaces and joining marks inside it) in text
already made inert (escape.inline writes significant characters as decimal entities)."""


def isolate_latin(text: object) -> Markup:
    """Inert right-to-left text whose Latin-script runs are isolated (`<bdi dir="ltr">`), so that
    punctuation beside them stays with the Persian sentence. Markup is taken to be inert text
    (escape.paragraph_list's): never give it markup with tags."""
    return Markup(_isolate_runs(str(escape.inline(text))))


_KEPT_IN_LABELS = re.compile(r"<(bdi|span|q|code)\b[^>]*>.*?</\1>|<[^>]+>|`[^`]*`|\{[a-z_]+\}")
"""What a label's Latin runs are looked for outside of: elements, tags, code and placeholders."""


@functools.cache
def isolated_label(key: str, lang: str) -> str:
    """The interface string `key` with the Latin-script runs of its own words (JSON, CC BY 4.0)
    isolated in a right-to-left edition; its placeholders are left for `format`.

    >>> isolated_label("data.columns", "fa")
    'ستون‌های <bdi dir="ltr">claims.csv</bdi>'
    """
    text = LABELS[key][lang]
    if text_direction(lang) != "rtl":
        return text
    found, at = [], 0
    for kept in _KEPT_IN_LABELS.finditer(text):
        found += [_isolate_runs(text[at:kept.start()]), kept.group()]
        at = kept.end()
    return "".join([*found, _isolate_runs(text[at:])])


@functools.lru_cache(maxsize=1 << 16)
def _isolate_runs(text: str) -> str:
    # Cached as escape._inline is: names, labels and dates come back page after page.
    return _LATIN_RUN.sub(lambda m: f'<bdi dir="ltr">{m.group()}</bdi>', text)


_RTL_RUN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"
                      "(?:[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc\u200c ]*[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc])?")
"""A run of Persian or Arabic words (with the spaces and non-joiners inside it)."""


def _persian_lang(text: str) -> str:
    return ' lang="fa"' if _PERSIAN_ONLY.search(text) else ""


def isolate_right_to_left(text: object) -> Markup:
    """Inert left-to-right text whose Persian or Arabic runs are isolated (`<bdi dir="rtl">`,
    said to be Persian when a letter only Persian uses is in it), so that the English sentence
    keeps its order around them."""
    return Markup(_RTL_RUN.sub(lambda m: f'<bdi dir="rtl"{_persian_lang(m.group())}>{m.group()}</bdi>',
                               str(escape.inline(text))))


def text_direction(language: str) -> str:
    """`rtl` for right-to-left scripts."""
    return "rtl" if language.split("-")[0] in RTL else "ltr"


NAME_TOKEN = "namekey"
"""Before each folded name form in a record page's name tokens (PageText.name_tokens); the same
in docs/javascripts/search.js."""
_DIGITS = str.maketrans({str(d): f"x{'abcdefghij'[d]}" for d in range(10)})


HIDDEN_ANCHOR = "ca-keys-"
"""The id of an empty element at each end of a paragraph of hidden search words; the same in
docs/javascripts/search.js."""


def hidden_words(part: str, words: str) -> Markup:
    """A paragraph of words for search only, not shown (class ca-search-keys, aria-hidden). Its
    ends are marked by empty elements with ids (`ca-keys-PART`, `ca-keys-PART-end`), which
    Pagefind lists with their word positions among a page's anchors: search.js cuts those words
    out of the excerpts it shows.

    >>> html = hidden_words("names", "namekeyjane")
    >>> html.startswith('<p class="ca-search-keys" aria-hidden="true"><span id="ca-keys-names"></span>namekeyjane')
    True
    >>> html.endswith('namekeyjane<span id="ca-keys-names-end"></span></p>')
    True
    """
    anchor = HIDDEN_ANCHOR + part
    return Markup(f'<p class="ca-search-keys" aria-hidden="true"><span id="{anchor}"></span>'
                  f'{escape.inline(words)}<span id="{anchor}-end"></span></p>')


def name_token(name: str) -> str:
    """The hidden word that stands for one form of a name: NAME_TOKEN, then the name folded with
    no spaces, digits spelt as letters (Pagefind splits a word where digits begin: the token of
    "iran1988.org" would otherwise answer a search for "Iran"). search.js makes the same.

    >>> name_token("Iran1988.org"), name_token("رئیسی")
    ('namekeyiranxbxjxixiorg', 'namekeyرییسی')
    """
    return NAME_TOKEN + fold(name).replace(" ", "").translate(_DIGITS)

class PageText:
    """The helpers templates use to put words on a page of the `lang` edition."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.ed = Wording(lang)

    def helpers(self) -> dict[str, Any]:
        """The names these helpers have in templates (the edition's `lang` and wording `ed` too,
        which the date and figure filters read)."""
        return {"lang": self.lang, "ed": self.ed, "t": self.t, "t_plain": self.t_plain,
                "h": self.h, "heading_id": self.heading_id, "heading_id_of": self.heading_id_of,
                "val": self.val, "plain": self.plain, "own_plain": self.own_plain, "own": self.own,
                "localized": self.localized,
                "paras_of": self.paras_of, "foreign": self.foreign,
                "untranslated": self.untranslated, "names_list": self.names_list,
                "said_words": self.said, "said_elsewhere": self.said_elsewhere, "unit_of": self.unit,
                "search_keys": self.search_keys,
                "name_keys": self.name_keys, "name_tokens": self.name_tokens}

    def t(self, key: str, **values: Any) -> Markup:
        """An interface string, its placeholders filled with inert values (or Markup as is); in a
        right-to-left edition the Latin-script runs of the string and of the values are isolated."""
        return Markup(isolated_label(key, self.lang).format(
            **{k: v if isinstance(v, Markup) else self.own(v) for k, v in values.items()}))

    def t_plain(self, key: str, **values: Any) -> str:
        """An interface string as plain text, for front matter and citations (escaped later)."""
        return label(key, self.lang, **values)

    def heading_id(self, english: str) -> Markup:
        """In a translated edition, the id the English heading gets, so that a link to a section
        (#timeline, #positions) leads to the same section in every edition."""
        slug = slugify(english, "-")
        if self.lang == "en" or not _PLAIN_ID.match(slug):
            return Markup("")
        return Markup(f" {{ #{slug} }}")

    def h(self, key: str, **values: Any) -> Markup:
        """A section heading's text, with the English heading's id in a translated edition."""
        return self.t(key, **values) + self.heading_id_of(key, **values)

    def heading_id_of(self, key: str, **values: Any) -> Markup:
        """The id of the English heading `key` (with `values`), in a translated edition."""
        return self.heading_id(label(key, "en", **values))

    def foreign(self, text: object, language: str = "en") -> Markup:
        """Text in `language` (names, quotes, locators): marked with its language and direction
        when that is not the page's. Not a missing translation, so not marked as one."""
        if language.split("-")[0] == self.lang:
            return self.own(text)  # the other script's runs in it isolated all the same
        code = escape.attribute(language)
        return Markup(f'<span lang="{code}" dir="{text_direction(language)}">{escape.inline(text)}</span>')

    def locator(self, citation: Citation, language: str = "en") -> Markup:
        """Where in a source a citation points, in this edition. The Persian edition shows the
        archive's structural words in Persian (i18n/locators.py), the source's own words kept in
        the source's `language`; where that cannot be done, the citation's own Persian locator
        (`fa: {locator: ...}`, which an editor may also give to replace the automatic one), else
        the English locator, marked as English. Other editions show the locator as written."""
        if citation.locator is None:
            return Markup("")
        if self.lang != "fa":
            return self.foreign(citation.locator)
        if citation.fa is not None and citation.fa.locator is not None:
            return self.own(citation.fa.locator)
        found = locators.parts(citation.locator)
        if found is None:
            return self.foreign(citation.locator)
        return Markup("").join(self.foreign(p.text, language) if p.kept else self.own(p.text) for p in found)

    def untranslated(self, text: object) -> Markup:
        """English text that has no translation in this edition, marked as such."""
        if self.lang == "en":
            return isolate_right_to_left(text)
        return Markup(f'<span lang="en" dir="ltr" class="ca-fallback">{escape.inline(text)}</span> '
                      f'<span class="ca-fallback-mark">{escape.inline(label("untranslated", self.lang))}'
                      "</span>")

    def localized(self, record: BaseModel, field: str) -> tuple[Any, bool]:
        """(value, is_fallback) of a record's field in this edition (see localize.localized)."""
        return localized(record, field, self.lang)

    def plain(self, record: BaseModel, field: str) -> str | None:
        """A record's value in this edition as plain text (English if it has no translation)."""
        value = localized(record, field, self.lang)[0]
        return None if value is None else str(value)

    def own_plain(self, record: BaseModel, field: str) -> str | None:
        """A record's value in this edition as plain text, or None if it has none in this
        edition's language (for a page's description, which has no room for a marker)."""
        value, fallback = localized(record, field, self.lang)
        return None if value is None or fallback else str(value)

    def val(self, record: BaseModel, field: str, mark: bool = True) -> Markup:
        """A record's value in this edition, inline; a missing translation is marked (or, with
        mark=False, for a name inside a sentence, only given its language)."""
        value, fallback = localized(record, field, self.lang)
        if value is None:
            return Markup("")
        if not fallback:
            return self.own(value)
        return self.untranslated(value) if mark else self.foreign(value)

    def own(self, text: object) -> Markup:
        """Text in this edition's language, inline; in a right-to-left edition its Latin-script
        runs (a document symbol, a name in Latin letters) are isolated."""
        return isolate_latin(text) if text_direction(self.lang) == "rtl" else isolate_right_to_left(text)

    def paras_of(self, record: BaseModel, field: str, html: bool = False) -> Markup:
        """A record's text of one or more paragraphs in this edition; a missing translation is
        shown as the English paragraphs in one block marked as English, after the marker. With
        `html`, as HTML elements only, for a region of ready HTML."""
        value, fallback = localized(record, field, self.lang)
        if value is None:
            return Markup("")
        if not fallback:
            if html:
                return Markup("\n").join(Markup("<p>%s</p>") % self.own(p)
                                         for p in escape.paragraph_list(value))
            return Markup("\n\n").join(self.own(p) for p in escape.paragraph_list(value))
        # Raw HTML with no blank line inside, so Markdown leaves it as one block.
        paragraphs = "\n".join(f"<p>{p}</p>" for p in escape.paragraph_list(value))
        mark = escape.inline(label("untranslated", self.lang))
        return Markup(f'<p class="ca-fallback-mark">{mark}</p>\n{"" if html else chr(10)}'
                      f'<div class="ca-fallback" lang="en" dir="ltr">\n{paragraphs}\n</div>')

    def search_keys(self, record: BaseModel) -> Markup:
        """In a translated edition, a record's names and dates folded for search, in a paragraph
        that is not shown (see persian.index_words and docs/javascripts/fold.js)."""
        if self.lang == "en":
            return Markup("")
        texts: list[str | None] = []
        for field in NAME_FIELDS:
            value = getattr(record, field, None)
            texts += value if isinstance(value, list) else [value]
        block = getattr(record, "fa", None)
        texts += [getattr(block, "name", None), getattr(block, "title", None)]
        words = index_words(texts)
        # Dates too: the page shows them in Persian digits, which a folded query never has.
        for field in ("date", "period", "born", "died"):
            value = getattr(record, field, None)
            value = getattr(value, "date", value)
            words += fold(self.ed.date(value)).split() if isinstance(value, str) else []
        return hidden_words("words", " ".join(dict.fromkeys(words)))

    def name_keys(self, record: BaseModel) -> str:
        """Every form of a record's name (its name, original script, aliases, Persian name) and,
        folded, the words a search for any of them is made of, for the `names` metadata search
        ranks first by (javascripts/search.js); " · " between them (Pagefind splits metadata at
        commas)."""
        texts = self.name_forms(record)
        keys = [*(form for text in texts for form in spellings(text)), *index_words(texts)]
        return " · ".join(dict.fromkeys(k.replace(",", " ") for k in keys if k))

    def name_tokens(self, record: BaseModel) -> Markup:
        """One word per form of a record's name, NAME_TOKEN and the form folded without spaces
        (namekeyebrahimraisi), in a paragraph that is not shown: search asks for the query's own
        token, quoted (an exact word), and lists the pages that have it first (search.js), so a
        person's, organisation's or place's own page comes first for any of its names, however
        many pages mention it."""
        tokens = [name_token(form) for name in self.name_forms(record) for form in spellings(name)]
        return hidden_words("names", " ".join(dict.fromkeys(t for t in tokens if t != NAME_TOKEN)))

    @staticmethod
    def name_forms(record: BaseModel) -> list[str]:
        """Every form of a record's name: its name, original script, aliases, Persian name."""
        texts: list[str] = []
        for field in NAME_FIELDS:
            value = getattr(record, field, None)
            texts += [v for v in (value if isinstance(value, list) else [value]) if v]
        persian = getattr(getattr(record, "fa", None), "name", None)
        return [*texts, *([persian] if persian else [])]

    def unit(self, record: BaseModel) -> Markup:
        """What an estimate counts; the default unit, people, is an interface word."""
        if getattr(record, "unit", None) == "people" and self.localized(record, "unit")[1]:
            return self.t("unit.people")
        return self.val(record, "unit")

    def names_list(self, names: Iterable[str]) -> Markup:
        """Names in any script, each isolated so that its direction does not spill over."""
        if self.lang == "en":
            return Markup(", ").join(self.script_isolated(n) for n in names)
        return Markup(label("comma", self.lang)).join(
            Markup(f"<bdi>{escape.inline(n)}</bdi>") for n in names)

    @staticmethod
    def script_isolated(name: str) -> Markup:
        """A name in an English sentence: as it is in Latin letters; in Persian or Arabic letters
        isolated, right to left, and said to be Persian when it has a letter only Persian uses."""
        if not _RIGHT_TO_LEFT.search(name):
            return escape.inline(name)
        return Markup(f'<bdi dir="rtl"{_persian_lang(name)}>{escape.inline(name)}</bdi>')

    def quote(self, text: str, language: str) -> Markup:
        """Words quoted from a source, in the source's language."""
        inner = escape.inline(text)
        if language.split("-")[0] == self.lang:
            if self.lang == "en" and _RIGHT_TO_LEFT.search(text):  # a source's Persian words
                return Markup(f'<q dir="rtl"{_persian_lang(text)}>{inner}</q>')
            return Markup(f"<q>{inner}</q>")
        code = escape.attribute(language)
        return Markup(f'<q lang="{code}" dir="{text_direction(language)}">{inner}</q>')

    def said(self, statement: Statement) -> Quote:
        """The words that name a statement: in English its original (or first translation), in
        another edition the words in that language if the archive has them."""
        if self.lang == "en":
            return statement.original or statement.translations[0]
        return words_in(statement, self.lang)[0]

    def said_elsewhere(self, statement: Statement) -> bool:
        """Whether a statement's words are not in this edition's language (no translation into
        it): its page's description then says in the edition's words what and whose they are."""
        return self.lang != "en" and words_in(statement, self.lang)[1]

    def index_line(self, item: Loaded) -> Markup:
        """A record's line in an index table of this edition: what it is, and its other names
        (so that a search for one finds the index too)."""
        r, ed = item.record, self.ed
        if isinstance(r, Event | Statement):
            return escape.inline(ed.date(r.date))
        if isinstance(r, Estimate):
            return self.t("index.attributed", count=ed.number(len(r.values)))
        if isinstance(r, Source):
            parts = [escape.inline(ed.kind_label(r.kind)),
                     self.val(r, "publisher", mark=False) if r.publisher else "", escape.inline(ed.date(r.date))]
            return Markup(" · ").join(p for p in parts if p)
        positions = sorted_positions(getattr(r, "positions", []))
        line = self.val(positions[0], "title") if positions else Markup("")
        for field in ("summary", "kind") if not positions else ():
            if getattr(r, field, None):
                value, fallback = self.localized(r, field)
                short = str(value)[:140]
                line = self.untranslated(short) if fallback else self.own(short)
                break
        aliases = getattr(r, "aliases", [])
        if aliases:
            line += Markup(" (") + self.t("index.also", names=self.names_list(aliases)) + Markup(")")
        return line
