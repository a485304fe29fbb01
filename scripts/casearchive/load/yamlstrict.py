"""Strict, line-aware YAML: plain data only, each value's line kept, YAML 1.1 traps refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

try:  # libyaml's parser, called once per event: the pure-Python parser is ten times slower.
    from yaml._yaml import CParser

    def _events(text: str) -> Iterator[Any]:
        return iter(CParser(text).get_event, None)
except ImportError:  # pragma: no cover
    def _events(text: str) -> Iterator[Any]:
        return iter(yaml.parse(text, Loader=yaml.SafeLoader))

Path = tuple[str | int, ...]
MAX_BYTES = 1_000_000
MAX_DEPTH = 24  # records nest about six levels; deeper input is an attack on the recursion limit
MAX_DIGITS = 15  # no count or year comes close; Python refuses to parse ints over 4,300 digits

_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_OCTAL_LIKE = re.compile(r"^[-+]?0[0-9_]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_YAML11_BOOL = {"yes", "no", "on", "off", "y", "n"}
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9]+(?::[0-5]?[0-9])+$")


class YamlError(Exception):
    """A problem that stops reading the file; carries the line and a field path."""

    def __init__(self, line: int, message: str, path: Path = ()) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.path = path


@dataclass
class Document:
    """A loaded file: plain Python data and the line of every value in it."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Path) -> int:
        """The line of the value at `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


def check_size(size: int) -> None:
    """Refuse a file by its size alone, before anything reads it."""
    if size > MAX_BYTES:
        raise YamlError(1, f"the file is {size:,} bytes; a record must be under {MAX_BYTES:,} "
                           "bytes; split long texts into separate records")


def decode(raw: bytes) -> str:
    """UTF-8 text, or a YamlError saying where the bad bytes are."""
    check_size(len(raw))
    if raw.startswith(b"\xef\xbb\xbf"):
        raise YamlError(1, "the file starts with a byte order mark (BOM); save it as UTF-8 "
                           "without BOM")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise YamlError(line, f"byte {raw[error.start:error.start + 1]!r} is not UTF-8; "
                              "save the file as UTF-8") from None


def _line(event: Any) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 1


def _scalar(event: ScalarEvent, path: Path) -> Any:
    value = event.value
    if event.tag not in (None, "!"):
        raise YamlError(_line(event), f"the tag {event.tag!r} is not allowed; write plain "
                                      "values", path)
    if event.style:  # quoted or block: always a string
        return value
    if value in ("", "~", "null"):
        return None
    if value in ("true", "false"):
        return value == "true"
    lowered = value.lower()
    if lowered in _YAML11_BOOL or lowered in ("true", "false", "null"):
        raise YamlError(_line(event), f"{value!r} is ambiguous (YAML reads it as true/false or "
                                      f"null); write true or false, or quote it: \"{value}\"", path)
    if value[0].isalpha():  # most plain text: none of the number forms below starts with a letter
        return value
    line = _line(event)
    if _OCTAL_LIKE.match(value) or _SEXAGESIMAL.match(value):
        raise YamlError(line, f"{value!r} would be read as a number in another base; quote it "
                              f"(\"{value}\") or write the number without leading zeros", path)
    if _INT.match(value):
        digits = value.replace("_", "").lstrip("+-")
        if len(digits) > MAX_DIGITS:
            raise YamlError(line, f"the number {value[:20]}... has {len(digits):,} digits; no "
                                  f"figure needs more than {MAX_DIGITS}, e.g. low: 2800", path)
        return int(value.replace("_", ""))
    if _FLOAT.match(value) or lowered in (".inf", "-.inf", "+.inf", ".nan"):
        raise YamlError(line, f"{value!r} is a fractional number; the archive counts whole "
                              f"numbers, or quote it as text: \"{value}\"", path)
    return value


class _Builder:
    """Turns parser events into Python data, recording lines and refusing what YAML hides."""

    def __init__(self, events: Iterator[Any]) -> None:
        self.events = events
        self.lines: dict[Path, int] = {}

    def node(self, event: Any, path: Path) -> Any:
        # Dispatch on the exact event class: this runs once per value in the archive.
        kind = type(event)
        line = event.start_mark.line + 1
        if len(path) > MAX_DEPTH:
            raise YamlError(line, f"values are nested more than {MAX_DEPTH} levels deep; no "
                                  "record nests deeper than a few levels", path[:1])
        if kind is AliasEvent or event.anchor is not None:
            raise YamlError(line, "anchors and aliases (& and *) are not allowed; write the "
                                  "value out in full", path)
        self.lines.setdefault(path, line)
        if kind is ScalarEvent:
            return _scalar(event, path)
        if event.tag not in (None, "!"):
            raise YamlError(line, f"the tag {event.tag!r} is not allowed; write plain values", path)
        if kind is SequenceStartEvent:
            return self.sequence(path)
        if kind is MappingStartEvent:
            return self.mapping(path)
        raise YamlError(line, f"unexpected {kind.__name__}", path)  # pragma: no cover

    def sequence(self, path: Path) -> list[Any]:
        items: list[Any] = []
        for event in self.events:
            if type(event) is SequenceEndEvent:
                return items
            items.append(self.node(event, (*path, len(items))))
        raise YamlError(1, "the file ends inside a list", path)  # pragma: no cover

    def mapping(self, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for event in self.events:
            kind = type(event)
            if kind is MappingEndEvent:
                return result
            if kind is not ScalarEvent:
                raise YamlError(_line(event), "a key must be a plain word such as `name`", path)
            key = event.value
            where = (*path, key)
            if key in result:
                raise YamlError(_line(event), f"the key {key!r} appears twice (first on line "
                                              f"{self.lines[where]}); keep one", where)
            self.lines[where] = event.start_mark.line + 1
            result[key] = self.node(next(self.events), where)
        raise YamlError(1, "the file ends inside a mapping", path)  # pragma: no cover


def load(text: str) -> Document:
    """Parse one YAML document strictly; raise YamlError on anything ambiguous or unsupported."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise YamlError(line, "contains a tab; use spaces (two per indentation level)")
    events = _events(text)
    builder = _Builder(events)
    try:
        data: Any = None
        documents = 0
        for event in events:
            if type(event) is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(_line(event), "holds more than one document "
                                    "(---); put one record in each file")
                data = builder.node(next(events), ())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(line, f"YAML syntax error: {error.problem or error}; check the "
                              "indentation and quote text that contains ': ' or '#'") from None
    except yaml.reader.ReaderError as error:  # a character YAML forbids anywhere in a file
        char = chr(error.character) if isinstance(error.character, int) else error.character
        line = text[: text.find(char)].count("\n") + 1 if char in text else 1
        raise YamlError(line, f"contains the character U+{ord(char):04X}, which YAML does not "
                              "allow in a file; delete it") from None
    return Document(data, builder.lines)
