"""`casearchive new`: a commented skeleton for a new record, with a fresh id made from its name."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from casearchive.load import pathpolicy, yamllayout, yamlstrict
from casearchive.load.placeholders import PLACEHOLDER, Blank, blanks
from casearchive.model import info as modelinfo
from casearchive.model.records import KINDS

_LATIN = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                        "ł": "l", "Ł": "l", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ı": "i",
                        "'": "", "’": "", "ʼ": "", "‘": "", "ʻ": "", "ʿ": "", "ʾ": ""})
_MAX_SLUG = 72  # leaves room for a "-2" suffix under the 80-character id limit


class ScaffoldError(Exception):
    """`new` cannot write the skeleton; the message says what to do instead."""


def kind_of(word: str) -> str:
    """The data/ folder for `person`, `persons`, `source`, ..."""
    kind = word if word in KINDS else word + "s"
    if kind not in KINDS:
        raise ScaffoldError(f"{word!r} is not a kind of record; use one of: "
                            f"{', '.join(k.removesuffix('s') for k in KINDS)}")
    return kind


def slug(name: str) -> str:
    """An id from a name: Latin letters without accents, digits and single hyphens."""
    latin = unicodedata.normalize("NFKD", name.translate(_LATIN))
    words = re.findall(r"[a-z0-9]+", latin.encode("ascii", "ignore").decode().lower())
    text = "-".join(words)
    if len(text) > _MAX_SLUG:
        text = text[:_MAX_SLUG + 1].rsplit("-", 1)[0] if "-" in text[:_MAX_SLUG] else \
            text[:_MAX_SLUG]
    return text


def taken_ids(data_dir: Path) -> set[str]:
    """Every id and former id in use, across all kinds (files that do not load count by name)."""
    taken: set[str] = set()
    for path in data_dir.glob("*/*.yml"):
        taken.add(path.stem)
        try:
            data = yamlstrict.load(yamlstrict.decode(path.read_bytes())).data
        except yamlstrict.YamlError:
            continue
        former = data.get("former_ids") if isinstance(data, dict) else None
        taken.update(i for i in former or [] if isinstance(i, str))
    return taken


def fresh_id(name: str, taken: set[str]) -> str:
    """The name's slug, with -2, -3, ... added if it is already used."""
    base = slug(name)
    if not base:
        raise ScaffoldError(f"cannot make an id from {name!r}: it has no Latin letters or "
                            "digits; give the name in Latin script, or choose the id with --id, "
                            "e.g. --id ebrahim-raisi")
    number, candidate = 2, base
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _comment(text: str, pad: str) -> list[str]:
    return [f"{pad}# {line}" for line in textwrap.wrap(text, 96 - len(pad))] if text else []


def _commented(name: str, value: Any, pad: str) -> list[str]:
    return [f"{pad}# {line}" for line in yamllayout.dump({name: value}).splitlines()]


def _value(model: type[BaseModel], name: str, pad: str, title: str) -> list[str]:
    info = model.model_fields[name]
    nested = modelinfo.nested_model(info)
    if nested is None:
        value = [PLACEHOLDER] if modelinfo.is_list(info) else title or PLACEHOLDER
        return [f"{pad}{line}" for line in yamllayout.dump({name: value}).splitlines()]
    if not modelinfo.is_list(info):
        return [f"{pad}{name}:", *_mapping(nested, pad + "  ")]
    item = _mapping(nested, pad + "    ")
    first = next(i for i, line in enumerate(item) if not line.lstrip().startswith("#"))
    item[first] = f"{pad}  - {item[first].lstrip()}"
    # The first field's description goes above the "- " line, where it stays when formatted.
    above = [f"{pad}  {line.lstrip()}" for line in item[:first]]
    return [f"{pad}{name}:", *above, *item[first:]]


def _mapping(model: type[BaseModel], pad: str, title_field: str = "", title: str = "") -> list[
        str]:
    required = modelinfo.required_fields(model)
    lines: list[str] = []
    for name in modelinfo.field_order(model):
        lines.extend(_comment(modelinfo.doc(model, name), pad))
        persian = _persian_block(model, required, pad) if name == "fa" and title_field else []
        if persian:
            lines.extend(persian)
        elif name in required:
            lines.extend(_value(model, name, pad, title if name == title_field else ""))
        else:
            lines.extend(_commented(name, modelinfo.example(model, name, brief=True), pad))
    return lines


def _persian_block(model: type[BaseModel], required: list[str] | set[str] | tuple[str, ...],
                   pad: str) -> list[str]:
    """A record's `fa` block: a blank for the Persian of each text the skeleton asks for, the
    other Persian fields commented out (none if the record asks for no text yet)."""
    block = modelinfo.nested_model(model.model_fields["fa"])
    owed = list(required)
    if block is None or not any(name in owed for name in block.model_fields):
        return []
    lines = [f"{pad}fa:"]
    for name in block.model_fields:
        lines.extend(_comment(modelinfo.doc(block, name), pad + "  "))
        if name in owed:
            lines.append(f"{pad}  {name}: {PLACEHOLDER}")
        else:
            lines.extend(_commented(name, modelinfo.example(block, name, brief=True), pad + "  "))
    return lines


def skeleton(kind: str, name: str) -> str:
    """The text of a new record of `kind` called `name`, every field described."""
    model = KINDS[kind]
    title_field = next((f for f in ("name", "title") if f in modelinfo.required_fields(model)), "")
    header = [f"# yaml-language-server: $schema=../../schema/{kind}.schema.json",
              *_comment(f"{model.__name__}: {' '.join((model.__doc__ or '').split())}", ""),
              f"# Replace each {PLACEHOLDER}. Fill in or delete the commented-out fields (remove "
              "the '# ' to use one).",
              "# Then run `make check`. CONTRIBUTING.md explains every field and check message.",
              ""]
    return "\n".join([*header, *_mapping(model, "", title_field, name)]) + "\n"


def create(data_dir: Path, kind: str, name: str, record_id: str | None = None) -> tuple[
        Path, list[Blank]]:
    """Write data/<kind>/<id>.yml for a new record; never overwrites. Returns it and its blanks."""
    linked = pathpolicy.linked_data_folder(data_dir)
    if linked:
        raise ScaffoldError(linked.message)
    taken = taken_ids(data_dir) | pathpolicy.reserved_ids(kind)
    if record_id is None:
        record_id = fresh_id(name, taken)
    elif pathpolicy.reserved(kind, record_id):
        raise ScaffoldError(f"the id {record_id!r} {pathpolicy.reserved(kind, record_id)}; choose "
                            "another, e.g. ebrahim-raisi")
    elif slug(record_id) != record_id:
        raise ScaffoldError(f"{record_id!r} is not a valid id; use lowercase letters, digits "
                            "and single hyphens, e.g. ebrahim-raisi")
    elif record_id in taken:
        raise ScaffoldError(f"the id {record_id!r} is already used (ids are unique across all "
                            "kinds, former ids included); choose another")
    path = data_dir / kind / f"{record_id}.yml"
    text = skeleton(kind, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise ScaffoldError(f"{path} exists; it was left as it is") from None
    return path, blanks(text, kind)
