"""Facts about the data model for tools: field order, plain-words types, docs and examples."""

from __future__ import annotations

import types
import typing
from enum import Enum
from typing import Any

from pydantic import AfterValidator, BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from casearchive.model.fields import SLUG_PATTERN, check_date, check_text, check_url
from casearchive.model.records import KINDS, EstimateValue, Statement
from casearchive.model.references import TARGETS

LAST = ("former_ids", "citations")
"""Fields every record has; they come after the record's own fields, as contributors write them."""

ALSO_REQUIRED: dict[type[BaseModel], tuple[str, ...]] = {Statement: ("original",),
                                                   EstimateValue: ("low",)}
"""Optional fields that a skeleton still needs, because a model rule asks for one of them."""


def field_order(model: type[BaseModel]) -> list[str]:
    """The canonical key order: the model's own fields as declared, then former_ids, citations."""
    names = list(model.model_fields)
    return [n for n in names if n not in LAST] + [n for n in LAST if n in names]


def required_fields(model: type[BaseModel]) -> list[str]:
    """Fields a new record must fill in, in canonical order."""
    extra = ALSO_REQUIRED.get(model, ())
    return [n for n in field_order(model) if model.model_fields[n].is_required() or n in extra]


def doc(model: type[BaseModel], name: str) -> str:
    """The field's docstring on one line."""
    return " ".join((model.model_fields[name].description or "").split())


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """The type inside Optional[...] and Annotated[...], and the Annotated metadata."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is typing.Annotated:
            annotation, *more = typing.get_args(annotation)
            metadata.extend(more)
        else:
            return annotation, metadata


def is_list(info: FieldInfo) -> bool:
    """Whether the field holds a list."""
    return typing.get_origin(_unwrap(info.annotation)[0]) is list


def nested_model(info: FieldInfo) -> type[BaseModel] | None:
    """The model of the mapping(s) the field holds, if it holds mappings."""
    inner, _ = _unwrap(info.annotation)
    if typing.get_origin(inner) is list:
        inner, _ = _unwrap(typing.get_args(inner)[0])
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def _scalar_words(annotation: Any, metadata: list[Any], name: str) -> str:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "one of: " + ", ".join(str(m.value) for m in annotation)
    if typing.get_origin(annotation) is typing.Literal:
        return "one of: " + ", ".join(str(a) for a in typing.get_args(annotation))
    if annotation is bool:
        return "true or false"
    if annotation is int:
        return "whole number"
    checks = {getattr(m, "func", None) for m in metadata if isinstance(m, AfterValidator)}
    patterns = {m.pattern for m in metadata if isinstance(m, StringConstraints)}
    if check_date in checks:
        return "date"
    if check_url in checks:
        return "web address"
    if check_text in checks:
        return "text"
    if SLUG_PATTERN in patterns:
        kinds = TARGETS.get(name.removesuffix("s") if name.endswith("_ids") else name)
        names = " or ".join(k.rstrip("s") for k in kinds or ())
        return f"id of {'an' if names[:1] in 'aeiou' else 'a'} {names}" if names else "id"
    return "language tag" if patterns else "text"


def type_words(model: type[BaseModel], name: str) -> str:
    """What the field holds, in plain words: 'date', 'id of a place', 'list of Citation', ..."""
    info = model.model_fields[name]
    inner, metadata = _unwrap(info.annotation)
    metadata = [*info.metadata, *metadata]
    nested = nested_model(info)
    if typing.get_origin(inner) is list:
        item, item_metadata = _unwrap(typing.get_args(inner)[0])
        words = nested.__name__ if nested else _scalar_words(item, item_metadata, name)
        return f"list of: {words}"
    return nested.__name__ if nested else _scalar_words(inner, metadata, name)


def example(model: type[BaseModel], name: str, brief: bool = False) -> Any:
    """An example value: the field's own, or one built from the examples of its parts.

    `brief` keeps only required parts, for skeletons and minimal examples."""
    info = model.model_fields[name]
    if info.examples:
        return info.examples[0]
    nested = nested_model(info)
    if nested is None:
        return None
    value = model_example(nested, brief)
    return [value] if is_list(info) else value


def model_example(model: type[BaseModel], brief: bool = False) -> dict[str, Any]:
    """A whole example mapping for the model (required fields only when `brief`)."""
    names = required_fields(model) if brief else field_order(model)
    found = {name: example(model, name, brief) for name in names}
    return {name: value for name, value in found.items() if value is not None}


def all_models() -> list[type[BaseModel]]:
    """Every record model, then every part used inside records, each once, in reading order."""
    records = list(KINDS.values())
    parts: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        for name in field_order(model):
            nested = nested_model(model.model_fields[name])
            if nested is not None and nested not in parts and nested not in records:
                parts.append(nested)
                visit(nested)

    for model in records:
        visit(model)
    return records + parts
