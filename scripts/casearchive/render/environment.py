"""The Jinja environment every page template is rendered in: strict about undefined names,
escaping every value, with the filters that word values in the page's edition."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from jinja2.runtime import Context
from markupsafe import Markup

from casearchive.i18n.labels import label
from casearchive.model.records import KINDS, SourceKind
from casearchive.render import escape
from casearchive.render.pagetext import text_direction

KIND_TITLES = {kind: label(f"index.{kind}", "en") for kind in KINDS}
"""Folder → the English title of its index (the data dictionary names kinds by these)."""


def _finalize(value: Any) -> Any:
    # Every {{ value }} is escaped unless a template helper already produced safe Markup.
    if value is None:
        return ""
    return value if isinstance(value, Markup) else escape.inline(value)


# Filters that depend on the edition read its wording from the template context.
@jinja2.pass_context
def _when(context: Context, value: str | None) -> str:
    return str(context["ed"].date(value))


@jinja2.pass_context
def _figure(context: Context, value: Any) -> str:
    return str(context["ed"].figure(value))


@jinja2.pass_context
def _kind_label(context: Context, kind: SourceKind) -> str:
    return str(context["ed"].kind_label(kind))


@jinja2.pass_context
def _counted(context: Context, number: int, noun: str) -> str:
    return str(context["ed"].counted(number, noun))


@cache
def environment() -> jinja2.Environment:
    """The template environment: strict about undefined names, escaping by default."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("casearchive.render", "templates"),
        undefined=jinja2.StrictUndefined, finalize=_finalize, autoescape=True,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False)  # the templates are the package's: no stat() per page to see if they changed
    env.filters.update(join=escape.join, paras=escape.paragraphs, when=_when, figure=_figure,
                       kind_label=_kind_label, dir=text_direction, counted=_counted)
    return env


def compile_all() -> None:
    """Compile every template now: done before rendering forks its workers, each of them uses
    the compiled code instead of compiling the templates again."""
    env = environment()
    for name in env.list_templates():
        env.get_template(name)
