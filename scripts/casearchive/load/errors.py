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

from casearchive.model import textpolicy
from casearchive.model.fields import LANG_PATTERN, SLUG_PATTERN


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


def example(info: FieldInfo | None, item: bool = False) -> str:
    """A valid value for the field (or, with `item`, for one entry of a list field), as YAML
    would show it."""
    if info is None or not info.examples:
        return ""
    value = info.examples[0]
    if item and isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _describe(value: Any) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return textpolicy.quote(shown)
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


def _pattern_message(value: Any, pattern: str, sample: str) -> str:
    if pattern == SLUG_PATTERN:
        return (f"{_describe(value)} is not a valid id; use lowercase letters, digits and single "
                f"hyphens, e.g. {sample or 'ebrahim-raisi'}")
    if pattern == LANG_PATTERN:
        return f"{_describe(value)} is not a language tag; write a BCP 47 tag, e.g. {sample or 'en'}"
    return f"{_describe(value)} is not in the expected form; e.g. {sample}"  # pragma: no cover


def _type_message(kind: str, value: Any, name: str, sample: str) -> str:
    wanted = {"string_type": "text", "int_type": "a whole number", "bool_type": "true or false",
              "int_parsing": "a whole number"}.get(kind, "a mapping of fields")
    hint = f"; e.g. {name}: {sample}" if sample else ""
    return f"expected {wanted}, got {_describe(value)}{hint}"


def _bound_message(error: ErrorDetails, value: Any, hint: str) -> str:
    ctx = error.get("ctx", {})
    if error["type"] == "too_short":
        return f"needs at least one entry{hint}"
    if error["type"] == "string_too_long":
        return (f"{_describe(value)} is {len(value):,} characters long; the limit is "
                f"{ctx['max_length']:,}; shorten it")
    return f"{_describe(value)} is below {ctx['ge']}{hint}"


def message(model: type[BaseModel], error: ErrorDetails) -> str:
    """A plain-words message for one pydantic error: what is wrong, quoting it, and a valid form."""
    loc = tuple(error["loc"])
    kind = error["type"]
    holder, info = field_info(model, loc)
    sample = example(info, item=bool(loc) and isinstance(loc[-1], int))
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
    hint = f"; e.g. {name}: {sample}" if sample else ""
    value = error.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), list(holder.model_fields), n=1)
        guess = f"did you mean {close[0]!r}? " if close else ""
        return f"unknown field {loc[-1]!r}; {guess}allowed here: {', '.join(holder.model_fields)}"
    if kind == "missing":
        return f"is required{hint}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(value, str(error.get("ctx", {}).get("pattern")), sample)
    if kind == "value_error":  # our validators' messages, quoting the value unless they do
        text = error["msg"].removeprefix("Value error, ")
        quoted = isinstance(value, dict) or (isinstance(value, str) and (
            repr(value) in text or textpolicy.quote(value) in text))
        return text if quoted else f"{_describe(value)} {text}"
    if kind == "enum":
        return f"{_describe(value)} is not one of: {error['ctx']['expected']}"
    if kind == "list_type" or (_is_list(info) and kind.endswith("_type")):
        return f"expected a list, got {_describe(value)}; e.g. {name}: {sample or '[...]'}"
    if kind in ("string_type", "int_type", "bool_type", "model_type", "dict_type",
                "model_attributes_type", "int_parsing"):
        return _type_message(kind, value, name, sample)
    if kind in ("too_short", "string_too_long", "greater_than_equal"):
        return _bound_message(error, value, hint)
    detail = error["msg"][:1].lower() + error["msg"][1:]
    return f"{_describe(value)}: {detail}{hint}"  # pragma: no cover
