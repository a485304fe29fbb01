"""Strict, line-aware YAML: plain data only, each value's line kept, YAML 1.1 traps refused."""

from __future__ import annotations

import bisect
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

FastLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FastDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's safe loader and emitter for whole documents where PyYAML has them (the pinned wheels
do), else the pure-Python ones, ten times slower: for the tools and files that need no lines."""

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

_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_UNDERSCORED = re.compile(r"[-+]?[0-9][0-9_]*_[0-9_]*")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BREAK_LIKE = re.compile("[\x85\u2028\u2029]")
"""Characters YAML counts as line breaks and editors do not (they show them inside a line)."""
_BREAK = re.compile(r"\r\n?|\n")
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


def _scalar(event: ScalarEvent, path: Path, line: int) -> Any:
    value = event.value
    if event.tag not in (None, "!"):
        raise YamlError(line, f"the tag {event.tag!r} is not allowed; write plain "
                                      "values", path)
    if event.style:  # quoted or block: always a string
        return value
    if value in ("", "~", "null"):
        return None
    if value in ("true", "false"):
        return value == "true"
    lowered = value.lower()
    if lowered in _YAML11_BOOL or lowered in ("true", "false", "null"):
        raise YamlError(line, f"{value!r} is ambiguous (YAML reads it as true/false or "
                                      f"null); write true or false, or quote it: \"{value}\"", path)
    if value[0].isalpha():  # most plain text: none of the number forms below starts with a letter
        return value
    if _UNDERSCORED.fullmatch(value):
        raise YamlError(line, f"{value!r} has an underscore between digits, which YAML 1.1 reads as "
                              f"the number {value.replace('_', '')} and YAML 1.2 as text; write "
                              f"{value.replace('_', '')}, or quote it as text: \"{value}\"", path)
    if _OCTAL_LIKE.match(value) or _SEXAGESIMAL.match(value):
        raise YamlError(line, f"{value!r} would be read as a number in another base; quote it "
                              f"(\"{value}\") or write the number without leading zeros", path)
    if _INT.fullmatch(value):
        digits = value.replace("_", "").lstrip("+-")
        if len(digits) > MAX_DIGITS:
            raise YamlError(line, f"the number {value[:20]}... has {len(digits):,} digits; no "
                                  f"figure needs more than {MAX_DIGITS}, e.g. low: 2800", path)
        return int(value)
    if _FLOAT.match(value) or lowered in (".inf", "-.inf", "+.inf", ".nan"):
        raise YamlError(line, f"{value!r} is a fractional number; the archive counts whole "
                              f"numbers, or quote it as text: \"{value}\"", path)
    return value


class _Builder:
    """Turns parser events into Python data, recording lines and refusing what YAML hides."""

    def __init__(self, events: Iterator[Any], breaks: list[int] | None = None) -> None:
        self.events = events
        self.lines: dict[Path, int] = {}
        self.breaks = breaks
        """Where each line break is, when the text holds characters YAML alone counts as one."""

    def line(self, mark: Any) -> int:
        """The line of a parser mark, as an editor counts lines."""
        if self.breaks is None:
            return int(mark.line) + 1
        return bisect.bisect_right(self.breaks, mark.index) + 1

    def node(self, event: Any, path: Path) -> Any:
        # Dispatch on the exact event class: this runs once per value in the archive.
        kind = type(event)
        line = event.start_mark.line + 1 if self.breaks is None else self.line(event.start_mark)
        if len(path) > MAX_DEPTH:
            raise YamlError(line, f"values are nested more than {MAX_DEPTH} levels deep; no "
                                  "record nests deeper than a few levels", path[:1])
        if kind is AliasEvent or event.anchor is not None:
            raise YamlError(line, "anchors and aliases (& and *) are not allowed; write the "
                                  "value out in full", path)
        self.lines.setdefault(path, line)
        if kind is ScalarEvent:
            return _scalar(event, path, line)
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
            line = self.line(event.start_mark)
            if kind is not ScalarEvent:
                raise YamlError(line, "a key must be a plain word such as `name`", path)
            key = event.value
            where = (*path, key)
            if not _KEY.fullmatch(key):
                raise YamlError(line, _key_message(key), path)
            if key in result:
                raise YamlError(line, f"the key {key!r} appears twice (first on line "
                                      f"{self.lines[where]}); keep one", where)
            self.lines[where] = line
            result[key] = self.node(next(self.events), where)
        raise YamlError(1, "the file ends inside a mapping", path)  # pragma: no cover


def _key_message(key: str) -> str:
    if key == "<<":
        return ("the key '<<' (a YAML merge key, which copies another mapping's fields) is not "
                "allowed; write each field out, e.g. name: Ebrahim Raisi")
    return (f"the key {key!r} is not a field name; field names are plain words of letters, digits "
            "and underscores, e.g. name: Ebrahim Raisi")


def load(text: str) -> Document:
    """Parse one YAML document strictly; raise YamlError on anything ambiguous or unsupported."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise YamlError(line, "contains a tab; use spaces (two per indentation level)")
    if "\x85" in text:
        line = len(_BREAK.findall(text, 0, text.index("\x85"))) + 1
        raise YamlError(line, "contains the character U+0085 NEXT LINE, which YAML reads as a line "
                              "break where editors show none; delete it, or start a new line")
    events = _events(text)
    breaks = [m.end() for m in _BREAK.finditer(text)] if _BREAK_LIKE.search(text) else None
    builder = _Builder(events, breaks)
    try:
        data: Any = None
        documents = 0
        for event in events:
            if type(event) is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(builder.line(event.start_mark), "holds more than one document "
                                    "(---); put one record in each file")
                data = builder.node(next(events), ())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = builder.line(mark) if mark else 1
        raise YamlError(line, f"YAML syntax error: {error.problem or error}; check the "
                              "indentation and quote text that contains ': ' or '#'") from None
    except yaml.reader.ReaderError as error:  # a character YAML forbids anywhere in a file
        char = chr(error.character) if isinstance(error.character, int) else error.character
        line = text[: text.find(char)].count("\n") + 1 if char in text else 1
        raise YamlError(line, f"contains the character U+{ord(char):04X}, which YAML does not "
                              "allow in a file; delete it") from None
    return Document(data, builder.lines)
