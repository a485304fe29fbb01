"""A page's numbered references: claims carry compact markers ([1] [2]); the page ends with each
source once, numbered, and under it what each citation adds (locator, excerpt, status, note).

A marker links to the line of its citation in the list (or to the source, when the citation adds
nothing): the evidence is one step away and needs no JavaScript. Numbers are given in the order
sources are first cited on the page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

WEIGHTS: dict[str, str] = {
    "un_document": "record", "court_record": "record", "government": "state",
    "state_media": "state", "ngo_report": "ngo", "news": "news", "memoir": "account",
    "advocacy": "advocacy", "wikipedia": "reference", "other": "other",
}
"""Source kind → its visual weight (docs/stylesheets/archive.css): UN and court records, state
bodies and media, NGO reports, news, personal accounts, advocacy or affiliated outlets,
encyclopedias, anything else. Each has its own mark and border, never colour alone."""

PREFIX = "r"
"""Ids of the list: `r3` for the third source, `r3-2` for its second distinct citation."""


def mark_class(kind: str) -> str:
    """The CSS class that gives a source kind its look."""
    return f"ca-w-{WEIGHTS.get(kind, 'other')}"


@dataclass
class Use:
    """One distinct way a page cites a source: where in it, which words, how far checked."""

    id: str
    citation: Any


@dataclass
class Entry:
    """One source in the page's list, with its number and its distinct citations."""

    number: int
    source_id: str
    kind: str
    uses: list[Use] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{PREFIX}{self.number}"


def _adds(citation: Any) -> bool:
    """Whether a citation says more than its source: a place, words, a status or a note."""
    return bool(citation.locator or citation.excerpt or citation.note
                or citation.status.value != "seen")


def _key(citation: Any) -> tuple[Any, ...]:
    return (citation.locator, citation.excerpt, citation.status.value, citation.note)


class References:
    """The references of one page, numbered as claims cite them."""

    def __init__(self, kind_of: Any, number: Any, unverified: str = "unverified") -> None:
        self._kind_of = kind_of
        """source id → its kind's value ('' for an unknown source)."""
        self._number = number
        self._unverified = unverified
        """The word shown beside a claim that rests only on citations the archive has not checked."""
        """int → the number in this edition's digits."""
        self.entries: dict[str, Entry] = {}
        self._uses: dict[tuple[str, tuple[Any, ...]], Use] = {}

    def target(self, citation: Any) -> tuple[Entry, str]:
        """The entry of a citation's source and the id its marker links to."""
        entry = self.entries.get(citation.source_id)
        if entry is None:
            entry = Entry(len(self.entries) + 1, citation.source_id, self._kind_of(citation.source_id))
            self.entries[citation.source_id] = entry
        if not _adds(citation):
            return entry, entry.id
        key = (citation.source_id, _key(citation))
        use = self._uses.get(key)
        if use is None:
            use = Use(f"{entry.id}-{len(entry.uses) + 1}", citation)
            entry.uses.append(use)
            self._uses[key] = use
        return entry, use.id

    def cite(self, citations: list[Any], full: bool = False) -> Markup:
        """Markers for a claim's citations: one small link per source, in citing order; the claim
        is marked unverified when none of its citations was checked (an unchecked one beside checked
        ones is marked in the reference list only)."""
        marks: list[str] = []
        seen: set[str] = set()
        for citation in citations:
            entry, target = self.target(citation)
            if target in seen:
                continue
            seen.add(target)
            marks.append(f'<a class="ca-ref {mark_class(entry.kind)}" href="#{target}">'
                         f"[{self._number(entry.number)}]</a>")
        if citations and all(c.status.value == "unverified" for c in citations):  # as titles and figures
            marks.append(f' <strong class="ca-unverified">{self._unverified}</strong>')
        return Markup("".join(marks))

    def kinds(self) -> list[str]:
        """The source kinds this page cites, in a fixed order (for its legend)."""
        present = {entry.kind for entry in self.entries.values()}
        return [kind for kind in WEIGHTS if kind in present]

    def listed(self) -> list[Entry]:
        """The entries in number order."""
        return sorted(self.entries.values(), key=lambda e: e.number)

