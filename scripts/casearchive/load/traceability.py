"""Whether a reader can follow each claim to its original: every citation says where in its source
(an excerpt or a locator), every source has a URL or says why not, and the figures of the sources
report (`casearchive check` prints them on one line; the report page lists them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from casearchive.load.archive import Archive, Loaded
from casearchive.load.errors import field_path
from casearchive.load.problems import Problem
from casearchive.model.records import Citation, CitationStatus, Source, SourceKind, Statement

Loc = tuple[str | int, ...]

ADVOCACY = (SourceKind.advocacy,)
"""Source kinds that argue one side: a claim that rests only on them is counted apart."""


def claims(model: Any, loc: Loc = ()) -> Iterator[tuple[Loc, list[Citation]]]:
    """Every list of citations in a record (one claim each: the record's basic facts, a post, a
    role, a date, a figure, a translation...), with where it is."""
    if isinstance(model, BaseModel):
        for name in type(model).model_fields:
            value = getattr(model, name)
            if name == "citations" and isinstance(value, list):
                yield (*loc, name), value
            else:
                yield from claims(value, (*loc, name))
    elif isinstance(model, list):
        for index, item in enumerate(model):
            yield from claims(item, (*loc, index))


def citations(loaded: Loaded) -> Iterator[tuple[Loc, Citation]]:
    """Every citation in a record, with where it is."""
    for loc, cited in claims(loaded.record):
        for index, citation in enumerate(cited):
            yield (*loc, index), citation


def quoted_in(loaded: Loaded, loc: Loc, citation: Citation) -> bool:
    """Whether the words the page quotes are the citation's passage: a translation's citation
    (where those words were published), or a statement's own citation of a source that published
    one of its translations."""
    if "translations" in loc:
        return True
    record = loaded.record
    return (isinstance(record, Statement) and loc[0] == "citations"
            and any(c.source_id == citation.source_id
                    for t in record.translations for c in t.citations))


def located(loaded: Loaded, loc: Loc, citation: Citation) -> bool:
    """Whether a reader can find the citation's place in its source: it has an excerpt or a
    locator, or the page quotes its words; an unverified citation whose note says why it cannot
    be placed passes too (the page shows it as unverified)."""
    return bool(citation.excerpt or citation.locator or quoted_in(loaded, loc, citation)
                or (citation.status is CitationStatus.unverified and citation.note))


def check_citations(archive: Archive) -> list[Problem]:
    """A warning for each citation a reader cannot place in its source."""
    problems = []
    sources = archive.records["sources"]
    for loaded in archive.all():
        for loc, citation in citations(loaded):  # a wrong source id is reported as such
            if citation.source_id in sources and not located(loaded, loc, citation):
                problems.append(Problem(
                    loaded.path, loaded.line(*loc), field_path(loc),
                    f"the citation of {citation.source_id!r} has neither an excerpt nor a locator; "
                    "copy the supporting words into `excerpt`, or say where in the source they are, "
                    "e.g. locator: p. 12 (or para. 4, 00:13:20); if the archive cannot say where, set "
                    "status: unverified and say why in `note`", warning=True))
    return problems


def check_sources(archive: Archive) -> list[Problem]:
    """A warning for each source that has no URL and does not say why (`no_url`), or says why
    without a note."""
    problems = []
    for loaded in archive.records["sources"].values():
        source = loaded.as_(Source)
        if source.url is None and source.no_url is None:
            problems.append(Problem(
                loaded.path, 1, "url", f"the source {loaded.id!r} has no URL and does not say why; "
                "give its address in `url`, or say why there is none, e.g. no_url: print (or "
                "broadcast, private_copy, not_recorded, not_found), with a `note`", warning=True))
        elif source.url is not None and source.no_url is not None:
            problems.append(Problem(
                loaded.path, loaded.line("no_url"), "no_url", "the source has a URL; leave "
                "`no_url` out", warning=True))
        elif source.no_url is not None and not source.note:
            problems.append(Problem(
                loaded.path, loaded.line("no_url"), "no_url", "says there is no URL but not what "
                "the archive knows of the original; add a `note`, e.g. note: Printed in Kayhan, "
                "12 August 1988; no copy online was found", warning=True))
    return problems


def check_archive(archive: Archive) -> list[Problem]:
    """Every warning of this module."""
    return [*check_sources(archive), *check_citations(archive)]


@dataclass
class Figures:
    """How traceable the archive is: the figures of the sources report."""

    sources: int = 0
    with_url: int = 0
    with_archived_copy: int = 0
    with_date: int = 0
    no_url: Counter[str] = field(default_factory=Counter)
    """Why there is no URL → how many sources give that reason."""
    citations: int = 0
    with_excerpt: int = 0
    with_locator: int = 0
    quoted: int = 0
    """Citations placed by the quoted words of a statement's translation."""
    unplaced: int = 0
    """Unverified citations whose note says why they cannot be placed."""
    claims: int = 0
    advocacy_only: list[tuple[Loaded, Loc]] = field(default_factory=list)
    """Claims whose every citation is of an advocacy source, with where they are."""

    def line(self) -> str:
        """The figures on one line, as `casearchive check` prints them."""
        return (f"Sources: {self.sources}, {self.with_url} with a URL, "
                f"{sum(self.no_url.values())} with a reason for having none, {self.with_archived_copy} with an "
                f"archived copy, {self.with_date} dated. Citations: {self.citations}, "
                f"{self.with_excerpt} with an excerpt, {self.with_locator} with a locator. "
                f"Claims: {self.claims}, {len(self.advocacy_only)} resting only on advocacy "
                "sources.")


def figures(archive: Archive) -> Figures:
    """Count the archive's sources, citations and claims."""
    found = Figures()
    for loaded in archive.records["sources"].values():
        source = loaded.as_(Source)
        found.sources += 1
        found.with_url += source.url is not None
        found.with_archived_copy += bool(source.archive_urls)
        found.with_date += source.date is not None
        if source.url is None and source.no_url is not None:
            found.no_url[source.no_url.value] += 1
    kinds = {i: s.as_(Source).kind for i, s in archive.records["sources"].items()}
    for loaded in archive.all():
        for loc, cited in claims(loaded.record):
            found.claims += 1
            if all(kinds.get(c.source_id) in ADVOCACY for c in cited):
                found.advocacy_only.append((loaded, loc))
            for index, citation in enumerate(cited):
                found.citations += 1
                found.with_excerpt += citation.excerpt is not None
                found.with_locator += citation.locator is not None
                if not (citation.excerpt or citation.locator):
                    if quoted_in(loaded, (*loc, index), citation):
                        found.quoted += 1
                    elif citation.status is CitationStatus.unverified and citation.note:
                        found.unplaced += 1
    return found
