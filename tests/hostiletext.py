"""Test support: hostile text, and the fixture archive with it in every free-text field.

The loader refuses most of this text; these helpers bypass it on purpose, to prove that the
templates and escaping alone keep pages inert.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from casearchive.load import archive as load
from casearchive.model import fields
from helpers import FIXTURE_DATA

PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](data:text/html,y)",
    "![pixel](https://tracker.example/p.png)", "[x]: javascript:alert(1)", "[x][x]",
    "<https://tracker.example/>", "{: onclick=\"alert(1)\" }", "{ #id .cls onmouseover=alert(1) }",
    "--8<-- \".git/config\"", "{{ config.extra }}", "{% include 'x' %}", "{# c #}", "<!-- c -->",
    "<![CDATA[x]]>", "&lt;script&gt;", "&#60;script&#62;", "\\<script>", "`code`", "**b**",
    "_i_", "# heading", "1. item", "- item", "+ item", "> quote", "---", "===", "| a | b |",
    "!!! danger \"x\"", "    indented", "\n\n    code block", "\n\n- list\n- list", "\n\n# h\n",
    "\" onmouseover=\"alert(1)", "' onmouseover='alert(1)", "javascript:alert(1)", "]]>",
    "*[HTML]: Hyper", "[^1]", "$$x$$", "\u00a0", "\u200c", "\U0001f600", "\x00", "\r\n\r\n",
]


def _is_text(annotation: Any) -> bool:
    """Whether a field's type is (or contains) the free-text type `fields.Text`."""
    if getattr(annotation, "func", None) is fields.check_text:
        return True
    return any(_is_text(arg) for arg in typing.get_args(annotation))


def overwrite(value: Any, text: str) -> Any:
    """A copy of a model with every free-text field, set or not, holding `text` (no validation)."""
    if isinstance(value, list):
        return [overwrite(item, text) for item in value]
    if not isinstance(value, BaseModel):
        return value
    update = {}
    for name, info in type(value).model_fields.items():
        current = getattr(value, name)
        if _is_text(info.annotation) or any(_is_text(m) for m in info.metadata):
            is_list = typing.get_origin(info.annotation) is list
            update[name] = [text, text] if is_list else text
        else:
            update[name] = overwrite(current, text)
    return value.model_copy(update=update)


def archive_with(text: str, data: Path = FIXTURE_DATA) -> load.Archive:
    """The archive in `data` (the fixture by default) with `text` in every free-text field."""
    archive, problems = load.load_archive(data)
    assert not problems
    for by_id in archive.records.values():
        for record_id, loaded in by_id.items():
            by_id[record_id] = load.Loaded(loaded.kind, loaded.id, overwrite(loaded.record, text),
                                           loaded.path, loaded.document)
    return archive
