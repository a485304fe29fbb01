"""Comments in a YAML record: lifted out before formatting and put back beside the same fields.

Round-trip YAML libraries attach a comment to whatever precedes it, so reordering keys moves
comments onto the wrong field. Here each comment belongs to a field by where it stands: a comment
line belongs to the key or list item that follows it; one indented deeper than what follows
trails the field above it; a comment after a value belongs to that value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from casearchive.load.yamlstrict import FastLoader

Loc = tuple[str | int, ...]
_AFTER_CONTENT = re.compile(r"^(?P<gap>\s*(?::\s*)?(?:[|>][-+0-9]*\s*)?)(?P<comment>#.*)$")


class CommentError(Exception):
    """A comment the formatter cannot keep in its place."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Comment:
    """One comment or block of comment lines and the field it belongs to."""

    where: str
    """`header` (top of the file), `before` or `after` a field, or `eol` (end of a line)."""
    loc: Loc
    lines: tuple[str, ...]
    blank_before: bool = False
    role: str = ""
    """For `eol`: `key` (after `key:`) or `value` (after the value's last line)."""


@dataclass(frozen=True)
class Anchor:
    """Where a key or list item starts."""

    loc: Loc
    line: int
    column: int
    indent: int


@dataclass
class Layout:
    """Where every key, item, value and comment-free line is in one YAML text (0-based lines)."""

    lines: list[str]
    anchors: list[Anchor] = field(default_factory=list)
    ends: dict[int, list[tuple[int, Loc, str]]] = field(default_factory=dict)
    covered: set[int] = field(default_factory=set)
    opens: dict[int, int] = field(default_factory=dict)
    """Line → column where a quoted or plain value starts that goes on to later lines: the rest
    of that line is inside the value, whatever it holds (' #' included)."""
    last: dict[Loc, int] = field(default_factory=dict)
    end_line: dict[tuple[Loc, str], int] = field(default_factory=dict)

    def anchor(self, loc: Loc) -> Anchor:
        """The anchor of a key or item."""
        for anchor in self.anchors:
            if anchor.loc == loc:
                return anchor
        raise KeyError(loc)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Scanner:
    """Walks parser events once, recording anchors, value ends and multi-line scalars."""

    def __init__(self, text: str) -> None:
        self.layout = Layout(text.split("\n"))
        self.events: Iterator[Any] = iter(yaml.parse(text, Loader=FastLoader))

    def run(self) -> Layout:
        for event in self.events:
            if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent,
                                  yaml.MappingStartEvent)):
                self.node(event, ())
        return self.layout

    def end(self, loc: Loc, role: str, line: int, column: int) -> None:
        self.layout.ends.setdefault(line, []).append((column, loc, role))
        self.layout.end_line[(loc, role)] = line
        for size in range(len(loc) + 1):
            prefix = loc[:size]
            self.layout.last[prefix] = max(self.layout.last.get(prefix, 0), line)

    def scalar(self, event: Any, loc: Loc, role: str) -> None:
        start, stop = event.start_mark, event.end_mark
        if event.style in ("|", ">"):
            # A block scalar ends where the next line starts; its content is the lines between.
            before_end = self.layout.lines[stop.line][: stop.column]
            last = stop.line if before_end.strip() else stop.line - 1
            self.layout.covered.update(range(start.line + 1, last + 1))
            self.end(loc, role, last, len(self.layout.lines[last]))
            return
        self.layout.covered.update(range(start.line + 1, stop.line + 1))
        if stop.line > start.line:
            self.layout.opens[start.line] = start.column
        self.end(loc, role, stop.line, stop.column)

    def anchor(self, loc: Loc, event: Any) -> None:
        line, column = event.start_mark.line, event.start_mark.column
        text = self.layout.lines[line]
        dash = text.rfind("-", 0, column)
        if isinstance(loc[-1], int) and dash >= 0 and not text[:dash].strip(" -"):
            column = dash
        self.layout.anchors.append(Anchor(loc, line, column, _indent(text)))

    def node(self, event: Any, loc: Loc) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self.scalar(event, loc, "value")
        elif isinstance(event, yaml.SequenceStartEvent):
            for index, item in enumerate(self.until(yaml.SequenceEndEvent, loc, event)):
                self.anchor((*loc, index), item)
                self.node(item, (*loc, index))
        elif isinstance(event, yaml.MappingStartEvent):
            for key in self.until(yaml.MappingEndEvent, loc, event):
                self.anchor((*loc, key.value), key)
                self.scalar(key, (*loc, key.value), "key")
                self.node(next(self.events), (*loc, key.value))

    def until(self, closing: type[Any], loc: Loc, opening: Any) -> Iterator[Any]:
        for event in self.events:
            if isinstance(event, closing):
                if opening.flow_style:
                    self.end(loc, "value", event.end_mark.line, event.end_mark.column)
                return
            yield event


def layout(text: str) -> Layout:
    """The positions of everything in a YAML text that parses."""
    return _Scanner(text).run()


def _blocks(found: Layout) -> Iterator[tuple[int, int]]:
    """(first, last) line of each run of whole-line comments at one indentation."""
    start = None
    for number, line in enumerate([*found.lines, ""]):
        is_comment = number not in found.covered and line.lstrip().startswith("#")
        same = start is not None and _indent(line) == _indent(found.lines[start])
        if start is not None and not (is_comment and same):
            yield start, number - 1
            start = None
        if is_comment and start is None:
            start = number


def _owner(found: Layout, first: int, last: int) -> tuple[str, Loc]:
    lines = found.lines
    column = _indent(lines[first])
    earlier = [a for a in found.anchors if a.line < first]
    later = next((a for a in found.anchors if a.line > last), None)
    followed_by_blank = last + 1 < len(lines) and not lines[last + 1].strip()
    if not earlier:
        if later is None or followed_by_blank:
            return "header", ()
        return "before", later.loc
    if later is not None and column <= later.indent:
        return "before", later.loc
    shallower = [a for a in earlier if a.column <= column]
    return "after", (shallower or earlier)[-1].loc


def _line_comments(found: Layout) -> Iterator[tuple[int, int, Comment]]:
    """(line, column where the comment starts, comment) for each comment after content."""
    for number, line in enumerate(found.lines):
        if "#" not in line or line.lstrip().startswith("#"):
            continue
        ends = found.ends.get(number)
        if number in found.opens and found.opens[number] >= max((e[0] for e in ends or ()), default=0):
            continue  # the rest of the line is inside a value that goes on below: no comment
        if not ends:
            if number in found.covered:
                continue
            raise CommentError(number + 1, "a comment here has no field before it on its line; "
                                           "put it on its own line above the field")
        column, loc, role = max(ends, key=lambda end: end[0])
        rest = line[column:]
        if "#" not in rest:
            continue
        match = _AFTER_CONTENT.match(rest)
        if not match:
            raise CommentError(number + 1, "cannot keep this comment in place; put it on its own "
                                           "line above the field")
        yield number, column + match.start("comment"), Comment("eol", loc, (match["comment"],),
                                                               role=role)


def extract(text: str) -> tuple[str, list[Comment]]:
    """The text without comments, and the comments with the fields they belong to."""
    found = layout(text)
    comments: list[Comment] = []
    lines = list(found.lines)
    for first, last in _blocks(found):
        where, loc = _owner(found, first, last)
        previous = found.lines[first - 1] if first > 0 else "x"
        blank = not previous.strip() and first - 1 not in found.covered
        block = tuple(found.lines[n].strip() for n in range(first, last + 1))
        comments.append(Comment(where, loc, block, blank_before=blank))
        for number in range(first, last + 1):
            lines[number] = ""
    for number, column, comment in _line_comments(found):
        comments.append(comment)
        lines[number] = lines[number][:column].rstrip()
    # Blank lines go too: a round-trip parser would keep them as comments of their own.
    kept = [line for n, line in enumerate(lines) if line.strip() or n in found.covered]
    return "\n".join(kept) + "\n", comments


def insert(text: str, comments: list[Comment]) -> str:
    """Put comments back into comment-free YAML text beside the fields they belong to."""
    found = layout(text)
    lines = found.lines
    before: dict[int, list[str]] = {}
    after: dict[int, list[str]] = {}
    line_end: dict[int, str] = {}
    for comment in comments:
        try:
            _place(found, comment, before, after, line_end)
        except KeyError:
            raise CommentError(1, f"cannot find the field of the comment {comment.lines[0]!r}"
                               ) from None
    output: list[str] = []
    for number, line in enumerate(lines):
        output.extend(before.get(number, []))
        output.append(line + (f"  {line_end[number]}" if number in line_end else ""))
        output.extend(after.get(number, []))
    return "\n".join(output)


def _place(found: Layout, comment: Comment, before: dict[int, list[str]],
           after: dict[int, list[str]], line_end: dict[int, str]) -> None:
    if comment.where == "eol":
        number = found.end_line[(comment.loc, comment.role)]
        if number in line_end:
            raise CommentError(number + 1, "two comments would end up on one line; put one of "
                                           "them on its own line")
        line_end[number] = comment.lines[0]
        return
    if comment.where == "header":
        before.setdefault(0, []).extend([*comment.lines, ""])
        return
    anchor = found.anchor(comment.loc)
    if comment.where == "before":
        target, column = before.setdefault(anchor.line, []), anchor.indent
    else:
        target, column = after.setdefault(found.last.get(comment.loc, anchor.line), []), \
            anchor.column
    if comment.blank_before and target[-1:] != [""]:
        target.append("")
    target.extend(" " * column + line if line else "" for line in comment.lines)
