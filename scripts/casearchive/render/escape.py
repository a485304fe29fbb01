"""Make contributor text inert in Markdown and HTML: every significant character becomes an entity."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from markupsafe import Markup

# Characters that mean something to Markdown, its extensions, HTML, attribute lists or templates.
_SIGNIFICANT = set("&<>\"'\\`*_{}[]()#|!~=^:$%@+")
_LINE_BREAKS = re.compile(r"\n\s*")
_LIST_START = re.compile(r"^(?:\d+[.)]|[-.])")
_WHITESPACE = re.compile(r"\s+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _entity(char: str) -> str:
    return f"&#{ord(char)};"


_ENTITIES = {ord(char): _entity(char) for char in _SIGNIFICANT}  # for str.translate: one C pass


def inline(text: object) -> Markup:
    """One line of inert text: whitespace folded, Markdown and HTML characters as entities."""
    if isinstance(text, Markup):
        return text
    return _inline(str(text))


@lru_cache(maxsize=1 << 16)
def _inline(text: str) -> Markup:
    # Cached: names, labels and dates are escaped again on page after page.
    folded = _WHITESPACE.sub(" ", text).strip()
    escaped = folded.translate(_ENTITIES)
    # Text that starts like a list item ("1. ", "2) ", "- ") or a rule could open a block.
    if _LIST_START.match(escaped):
        escaped = _entity(escaped[0]) + escaped[1:]
    return Markup(escaped)


def paragraph_list(text: object) -> list[Markup]:
    """Inert paragraphs: each line break (a blank line in a `>-` block) starts one."""
    return [inline(p) for p in _LINE_BREAKS.split(str(text).strip()) if p.strip()]


def paragraphs(text: object) -> Markup:
    """Inert text kept as Markdown paragraphs."""
    return Markup("\n\n".join(paragraph_list(text)))


def meta(text: object, limit: int = 300) -> str:
    """Text for front matter (title, description): the theme prints these raw, in text and in
    attributes, so every HTML-significant character is escaped here, once."""
    folded = _WHITESPACE.sub(" ", str(text)).strip()
    if len(folded) > limit:
        folded = folded[: limit - 1].rstrip() + "…"
    # Templates write this as a JSON string, which spells a character beyond U+FFFF as two
    # surrogate escapes that YAML front matter refuses; MkDocs would then print the front matter
    # as page text. As an HTML entity the character survives both.
    return _ASTRAL.sub(lambda m: _entity(m.group()), html.escape(folded, quote=True))


def attribute(text: str) -> Markup:
    """A value for an HTML attribute in double quotes."""
    return Markup(inline(text))


def join(items: Iterable[object], separator: str = ", ") -> Markup:
    """Join values, each made inert (Jinja's own join would only HTML-escape them)."""
    glue = "".join(_entity(c) if c in _SIGNIFICANT else c for c in separator)
    return Markup(glue.join(inline(i) for i in items))
