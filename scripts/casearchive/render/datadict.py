"""The data dictionary page: every kind of record and every field, generated from the model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from pydantic import BaseModel

from casearchive.i18n.languages import EDITIONS
from casearchive.load import yamllayout
from casearchive.model import dates, info
from casearchive.model.pages import ROOT
from casearchive.model.records import KINDS
from casearchive.render import blocks
from casearchive.render import escape as inert
from casearchive.render.environment import KIND_TITLES, environment
from casearchive.render.pagetext import PageText, isolate_right_to_left

PAGE = f"{ROOT}/reference/data-dictionary.md"
"""Where the page goes inside docs/."""
PAGES = {"en": PAGE, **{lang: PAGE.replace(".md", f".{lang}.md") for lang in EDITIONS}}
"""Edition → where its page goes. The reference is for contributors and stays in English; the
other editions' pages say so in their language and hold the English text, marked as English."""


@dataclass(frozen=True)
class Row:
    """One field as the page shows it."""

    name: str
    holds: Markup
    required: bool
    doc: Markup
    example: Markup


@dataclass(frozen=True)
class Section:
    """One model: a kind of record (with its folder) or a part used inside records."""

    title: str
    kind: str | None
    doc: Markup
    rows: list[Row]
    minimal: Markup


def prose(text: str) -> Markup:
    """Docstring text made inert, with `backticked` words shown as code and Persian examples
    isolated (the page is English in both editions)."""
    pieces = text.split("`")
    return Markup("").join(Markup("<code>{}</code>").format(inert.inline(p)) if i % 2 else
                           isolate_right_to_left(p) for i, p in enumerate(pieces) if p)


def _holds(model: type[BaseModel], name: str) -> Markup:
    words = info.type_words(model, name)
    nested = info.nested_model(model.model_fields[name])
    if nested is None:
        return inert.inline(words)
    prefix = words.removesuffix(nested.__name__)
    return inert.inline(prefix) + Markup(f"[{nested.__name__}](#{nested.__name__.lower()})")


def _yaml(value: Any) -> Markup:
    return Markup("<pre><code>{}</code></pre>").format(escape(yamllayout.dump(value)))


def flow(value: Any, inside: bool = False) -> str:
    """A value as one line of YAML (flow style), for table cells."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v, True)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v, True) for v in value) + "]"
    if isinstance(value, str) and yamllayout.plain_is_safe(value) and not (
            inside and set(value) & set(",[]{}")):
        return value
    return json.dumps(value, ensure_ascii=False)


def _example(model: type[BaseModel], name: str) -> Markup:
    text = f"{name}: {flow(info.example(model, name, brief=True))}"
    return Markup("<code>{}</code>").format(inert.inline(text))


def section(model: type[BaseModel], kind: str | None) -> Section:
    """The page's section for one model."""
    required = info.required_fields(model)
    rows = [Row(name, _holds(model, name), name in required, prose(info.doc(model, name)),
                _example(model, name)) for name in info.field_order(model)]
    title = KIND_TITLES[kind] if kind else model.__name__
    minimal = _yaml(info.model_example(model, brief=True)) if kind else Markup("")
    return Section(title, kind, prose(" ".join((model.__doc__ or "").split())), rows, minimal)


def data_dictionary(lang: str = "en") -> str:
    """The Markdown of the data dictionary page in one edition."""
    text = PageText(lang)
    records = list(KINDS.values())
    sections = [section(m, next((k for k, v in KINDS.items() if v is m), None))
                for m in info.all_models()]
    return blocks.end_tables(environment().get_template("datadict.md.j2").render(
        kinds=sections[:len(records)], parts=sections[len(records):], json=json.dumps,
        meta=inert.meta, date_examples=dates.EXAMPLES, **text.helpers(),
        title=text.t_plain("datadict.title")))
