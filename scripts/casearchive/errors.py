"""Turn pydantic's validation errors into plain `field: message` text that quotes the bad value."""

from __future__ import annotations

import difflib
import json
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from .fields import SLUG_PATTERN


def field_path(loc: tuple[str | int, ...]) -> str:
    """`("positions", 0, "start")` → `positions[0].start`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(record)"


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found.extend(_models_in(arg))
    return found


def field_info(model: type[BaseModel], loc: tuple[str | int, ...]) -> tuple[
        type[BaseModel], FieldInfo | None]:
    """The model that holds the last named field in `loc`, and that field's info."""
    info: FieldInfo | None = None
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return current, None
        nested = _models_in(info.annotation)
        if nested and part != loc[-1]:
            current = nested[0]
    return current, info


def example(info: FieldInfo | None) -> str:
    """A valid value for the field, as YAML would show it."""
    if info is None or not info.examples:
        return ""
    value = info.examples[0]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _describe(value: Any) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return repr(shown)
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "an empty value"
    return repr(value)  # pragma: no cover


def _is_list(info: FieldInfo | None) -> bool:
    origin = typing.get_origin(info.annotation) if info else None
    if origin in (typing.Union, types.UnionType) and info is not None:
        return any(typing.get_origin(a) is list for a in typing.get_args(info.annotation))
    return origin is list


def message(model: type[BaseModel], error: ErrorDetails) -> str:
    """A plain-words message for one pydantic error: what is wrong, quoting it, and a valid form."""
    loc = tuple(error["loc"])
    kind = error["type"]
    holder, info = field_info(model, loc)
    sample = example(info)
    value = error.get("input")
    if kind == "extra_forbidden":
        name = str(loc[-1])
        close = difflib.get_close_matches(name, list(holder.model_fields), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"unknown field {name!r}; {hint}allowed here: {', '.join(holder.model_fields)}"
    if kind == "missing":
        return f"is required; e.g. {loc[-1]}: {sample}" if sample else "is required"
    if kind == "string_pattern_mismatch" and SLUG_PATTERN in str(error.get("ctx", {})):
        return (f"{_describe(value)} is not a valid id; use lowercase letters, digits and "
                f"single hyphens, e.g. {sample or 'ebrahim-raisi'}")
    if kind == "value_error":
        text = error["msg"].removeprefix("Value error, ")
        # Date and URL checks quote the value themselves, and a whole mapping is named by
        # its field path: say neither twice.
        quoted = isinstance(value, dict) or text.startswith(repr(value))
        return text if quoted else f"{_describe(value)} {text}"
    if kind == "too_short":
        return f"needs at least one entry; e.g. {loc[-1]}: {sample or '[...]'}"
    if kind == "enum":
        return f"{_describe(value)} is not one of: {error['ctx']['expected']}"
    if kind in ("list_type",) or (_is_list(info) and kind.endswith("_type")):
        return f"expected a list, got {_describe(value)}; e.g. {loc[-1]}: {sample or '[...]'}"
    if kind in ("string_type", "int_type", "bool_type", "model_type", "dict_type",
                "model_attributes_type", "int_parsing"):
        wanted = {"string_type": "text", "int_type": "a whole number", "bool_type": "true or false",
                  "int_parsing": "a whole number"}.get(kind, "a mapping of fields")
        hint = f"; e.g. {loc[-1]}: {sample}" if sample else ""
        return f"expected {wanted}, got {_describe(value)}{hint}"
    hint = f"; e.g. {loc[-1]}: {sample}" if sample else ""
    text = error["msg"][:1].lower() + error["msg"][1:]  # lowering it all would change patterns
    return f"{_describe(value)}: {text}{hint}"
