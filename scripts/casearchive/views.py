"""Shape records for templates: roles, participants, members, claim descriptions, sort orders."""

from __future__ import annotations

from typing import Any

from . import dates
from .links import Links, Mention
from .load import Archive, Loaded
from .model import EstimateValue, Position

Claim = tuple[Loaded, str, list[Any]]  # (other record, role words, citations)
_LATE = (9999, 12, 31)


def _date_key(value: str | None) -> tuple[int, int, int]:
    return dates.parse(value).sort_key() if value else _LATE


def figure(value: EstimateValue) -> str:
    """An estimate's figure in words: 'at least 304', '2,800–5,000', 'more than 1,500'."""
    numbers = [n for n in (value.low, value.high) if n is not None]
    if not numbers:
        return value.figure_text or ""
    text = "–".join(f"{n:,}" for n in dict.fromkeys(numbers))
    prefix = {"about": "about ", "at_least": "at least ", "more_than": "more than ",
              "up_to": "up to ", "less_than": "less than "}.get(value.qualifier, "")
    return prefix + text



def sorted_positions(positions: list[Position]) -> list[Position]:
    """Posts in the order they were taken up; undated last."""
    return sorted(positions, key=lambda p: _date_key(p.start))


def sorted_values(values: list[EstimateValue]) -> list[EstimateValue]:
    """Figures from lowest to highest, so the spread is visible at a glance."""
    return sorted(values, key=lambda v: (v.low if v.low is not None else v.high or 0,
                                         v.high or 0, v.claimant))


def roles_of(archive: Archive, links: Links, item: Loaded) -> list[Claim]:
    """Roles a person or organisation had in events: from its own record and from events."""
    claims: list[Claim] = []
    for role in getattr(item.record, "roles", []):
        event = archive.get(role.event_id)
        if event:
            claims.append((event, role.role, role.citations))
    for mention in links.to(item.id, "id"):
        if mention.record.kind == "events":
            claims.append((mention.record, mention.value.role, mention.value.citations))
    return sorted(claims, key=lambda c: (_date_key(c[0].record.date), c[0].id))


def participants_of(archive: Archive, links: Links, item: Loaded) -> list[Claim]:
    """Who took part in an event: from the event and from people's own role lists."""
    claims: list[Claim] = []
    for party in item.record.participants:
        found = archive.get(party.id)
        if found:
            claims.append((found, party.role, party.citations))
    for mention in links.to(item.id, "event_id"):
        if mention.record.kind in ("persons", "organisations"):
            claims.append((mention.record, mention.value.role, mention.value.citations))
    return sorted(claims, key=lambda c: c[0].id)


def members_of(links: Links, item: Loaded) -> list[tuple[Loaded, Position]]:
    """People whose positions name this organisation."""
    found = [(m.record, m.value) for m in links.to(item.id, "organisation_id")
             if m.record.kind == "persons"]
    return sorted(found, key=lambda pair: (_date_key(pair[1].start), pair[0].id))


def mentioned_in(links: Links, item: Loaded) -> list[Loaded]:
    """Other records that name this one (not counting citations of sources)."""
    found = {m.record.id: m.record for m in links.to(item.id) if m.record.id != item.id}
    return sorted(found.values(), key=lambda r: (r.kind, r.id))


def claim_holder(record: Any, loc: tuple[str | int, ...]) -> tuple[Any, tuple[str | int, ...]]:
    """The object whose `citations` hold the citation at `loc`, and its location."""
    cut = max(i for i, part in enumerate(loc) if part == "citations")
    value = record
    for part in loc[:cut]:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value, loc[:cut]


def claim_words(mention: Mention) -> str:
    """What a citation supports, in words, for a source's 'what rests on it' list."""
    holder, loc = claim_holder(mention.record.record, mention.loc)
    if not loc:
        return "the record itself"
    field = next(str(p) for p in loc if isinstance(p, str))
    if field == "positions":
        return f"post: {holder.title}"
    if field in ("roles", "participants"):
        return f"role: {holder.role}"
    if field == "values":
        return f"figure: {figure(holder)} ({holder.claimant})"
    if field == "date_variants":
        return f"date: {dates.parse(holder.date).display()}"
    if field == "translations":
        return f"translation by {holder.translator}"
    if field in ("born", "died"):
        return f"{field}: {dates.parse(holder.date).display()}"
    return field  # pragma: no cover


def summary_of(item: Loaded) -> str:
    """A short line for index tables."""
    r = item.record
    if item.kind == "sources":
        parts = [str(r.kind.value).replace("_", " "), r.publisher or "",
                 dates.parse(r.date).display() if r.date else ""]
        return " · ".join(p for p in parts if p)
    if item.kind == "events":
        return dates.parse(r.date).display()
    if item.kind == "estimates":
        return f"{len(r.values)} attributed figures"
    if item.kind == "statements":
        return dates.parse(r.date).display() if r.date else ""
    if item.kind == "persons" and r.positions:
        return sorted_positions(r.positions)[0].title
    return str(getattr(r, "summary", None) or getattr(r, "kind", None) or "")[:140]
