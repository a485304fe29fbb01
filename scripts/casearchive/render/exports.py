"""Open data: the archive as JSON (whole and per record) and as CSV, one row per cited claim.

Every exported value keeps its citations: the JSON carries each record as validated, citations
included; the claims CSV has one row per (claim, citation), so no figure or role loses its source
when a spreadsheet flattens the data. Pure: returns {path: text}, writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from casearchive.load.archive import Archive, Loaded
from casearchive.model.pages import page_path
from casearchive.model.records import Source
from casearchive.render.address import Site
from casearchive.render.claims import Claim, claims_of, describe, facts

FOLDER = "data"
"""Folder inside the generated archive/ folder that holds the downloads."""
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

CLAIM_TYPES = {"record": "record", "born": "born", "died": "died", "positions": "position",
               "roles": "role", "participants": "participant", "date_variants": "date_variant",
               "translations": "translation", "values": "figure"}
"""Record field → the claim type named in the CSV."""

CLAIM_COLUMNS = {
    "claim_id": "The claim's permanent id: the record id, #, then its anchor (jane-doe#position-3f9a0c1e).",
    "claim_url": "The claim's permalink on this site.",
    "record_kind": "The kind of record holding the claim (persons, events, estimates, ...).",
    "record_id": "The record's id (its file name and URL).",
    "record_name": "The record's name or title.",
    "claim_type": "record (the record's basic facts), born, died, position, role, participant, "
                  "date_variant, translation or figure.",
    "claim": "What the claim asserts, in words.",
    "value": "The claim's value: a post, a role, a date in words, a figure, a translation.",
    "related_id": "The record it relates to: the post's organisation, the role's event, the "
                  "participant, the figure's claimant, the record's case.",
    "date": "The claim's date as the data gives it (1988-07-28?, 1988/1989~, ...).",
    "figure_low": "For a figure: the lowest number claimed.",
    "figure_high": "For a figure: the highest number claimed, for a range.",
    "figure_qualifier": "For a figure: exactly, about, at_least, more_than or up_to.",
    "citation_number": "1 for the claim's first citation, 2 for its second, and so on.",
    "source_id": "The cited source's id.",
    "source_title": "Its title.",
    "source_kind": "Its kind: un_document, court_record, ngo_report, news, memoir, state_media, "
                   "advocacy, government, wikipedia or other.",
    "source_publisher": "Its publisher.",
    "source_affiliation": "Who the outlet is close to, when that matters for weighing it.",
    "source_date": "Its publication date.",
    "source_url": "Where it is published.",
    "locator": "Where in the source: page, paragraph or timestamp.",
    "excerpt": "The supporting words, verbatim.",
    "citation_status": "seen, seen_in_copy or unverified.",
    "citation_note": "A caveat about this citation.",
}
"""Column → its meaning; the open-data page prints this list."""

SOURCE_COLUMNS = ["source_id", "title", "title_original", "kind", "publisher", "authors", "date",
                  "url", "archive_urls", "accessed", "language", "affiliation",
                  "copy_of_publisher", "copy_of_url", "copy_of_verified", "note", "page_url",
                  "claims_citing"]

NameOf = Callable[[str | Loaded | None], str]


def record_path(item: Loaded) -> str:
    """Where a record's JSON lives inside the generated folder."""
    return f"{FOLDER}/{item.kind}/{item.id}.json"


def about(archive: Archive, site: Site, version: str) -> dict[str, Any]:
    """What the files are, where from, under which licence."""
    return {"title": site.name, "url": site.url, "data_version": version or "unknown",
            "licence": LICENCE, "licence_url": LICENCE_URL,
            "counts": {kind: len(by_id) for kind, by_id in archive.records.items()},
            "how_to_cite": f"{site.name}, {site.url or '[address]'} (data version {version or 'unknown'}); "
                           "and the original sources named with each claim."}


def claim_record(claim: Claim, site: Site, name: NameOf) -> dict[str, str]:
    """A claim's identity, words and values, without its citations."""
    item = claim.record
    return {"claim_id": f"{item.id}#{claim.anchor}",
            "claim_url": site.page_url(page_path(item.kind, item.id), claim.anchor),
            "claim_type": CLAIM_TYPES[claim.field], "claim": describe(claim, name),
            **facts(claim)}


def record_object(item: Loaded, site: Site, name: NameOf) -> dict[str, Any]:
    """One record as exported: id, kind, page URL, the validated data and its claims."""
    return {"id": item.id, "kind": item.kind, "name": name(item),
            "url": site.page_url(page_path(item.kind, item.id)),
            "data": item.record.model_dump(mode="json"),
            "claims": [claim_record(c, site, name) for c in claims_of(item)]}


def sources_cited(archive: Archive, item: Loaded) -> dict[str, Any]:
    """Every source a record cites, so its JSON can be read alone."""
    ids = sorted({c.source_id for claim in claims_of(item) for c in claim.citations})
    return {i: archive.records["sources"][i].record.model_dump(mode="json") for i in ids
            if i in archive.records["sources"]}


def _cell(value: object) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets; a leading ' keeps it text.
    text = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _cell(row.get(k)) for k in columns} for row in rows)
    return out.getvalue()


def claim_rows(archive: Archive, site: Site, name: NameOf) -> list[dict[str, Any]]:
    """One row per claim and citation."""
    rows = []
    for item in archive.all():
        for claim in claims_of(item):
            base = {"record_kind": item.kind, "record_id": item.id, "record_name": name(item),
                    **claim_record(claim, site, name)}
            if claim.field == "values":
                h = claim.holder
                base.update(figure_low=h.low, figure_high=h.high, figure_qualifier=h.qualifier)
            for number, citation in enumerate(claim.citations, start=1):
                rows.append({**base, **_citation_columns(archive, citation), "citation_number":
                             number})
    return rows


def _citation_columns(archive: Archive, citation: Any) -> dict[str, Any]:
    source = archive.records["sources"].get(citation.source_id)
    s = source.as_(Source) if source else None
    return {"source_id": citation.source_id, "source_title": s.title if s else "",
            "source_kind": s.kind.value if s else "", "source_publisher": s and s.publisher,
            "source_affiliation": s and s.affiliation, "source_date": s and s.date,
            "source_url": s and s.url, "locator": citation.locator, "excerpt": citation.excerpt,
            "citation_status": citation.status.value, "citation_note": citation.note}


def source_rows(archive: Archive, site: Site) -> list[dict[str, Any]]:
    """One row per source, with how many claims rest on it."""
    counts: dict[str, int] = {}
    for item in archive.all():
        for claim in claims_of(item):
            for citation in claim.citations:
                counts[citation.source_id] = counts.get(citation.source_id, 0) + 1
    rows = []
    for item in archive.all():
        if item.kind != "sources":
            continue
        s = item.as_(Source)
        copy = s.copy_of
        rows.append({"source_id": item.id, **s.model_dump(include={
            "title", "title_original", "publisher", "date", "url", "accessed", "language",
            "affiliation", "note"}), "kind": s.kind.value, "authors": "; ".join(s.authors),
            "archive_urls": " ".join(s.archive_urls), "copy_of_publisher": copy and copy.publisher,
            "copy_of_url": copy and copy.url, "copy_of_verified": copy and copy.verified,
            "page_url": site.page_url(page_path("sources", item.id)),
            "claims_citing": counts.get(item.id, 0)})
    return rows


def _json(value: Any) -> str:
    # Compact, because only compact output uses the C encoder (indenting is ~5x slower at
    # 20,000 records); browsers and jq pretty-print it for readers.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


BATCH = 500
"""Record files made at a time by `export_parts`."""


def export_parts(archive: Archive, site: Site, version: str, name: NameOf) -> Iterator[dict[str, str]]:
    """Every download, keyed by its path inside the generated folder, a few at a time (the whole
    archive's file, then the records' files in batches, then the tables), for a writer that need
    not hold them all at once."""
    head = about(archive, site, version)
    yield {f"{FOLDER}/archive.json": _json({"about": head, "records": {
        kind: [record_object(by_id[i], site, name) for i in sorted(by_id)]
        for kind, by_id in archive.records.items()}})}
    items = list(archive.all())
    for start in range(0, len(items), BATCH):
        yield {record_path(item): _json({"about": head, **record_object(item, site, name),
                                         "sources": sources_cited(archive, item)})
               for item in items[start:start + BATCH]}
    yield {f"{FOLDER}/claims.csv": _csv(list(CLAIM_COLUMNS), claim_rows(archive, site, name)),
           f"{FOLDER}/sources.csv": _csv(SOURCE_COLUMNS, source_rows(archive, site))}
