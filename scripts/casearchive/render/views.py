"""Shape records for templates: cross-references both ways, claim lists and sort orders."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from casearchive.i18n import datewords
from casearchive.i18n.labels import label
from casearchive.load.archive import Archive, Loaded
from casearchive.model import dates
from casearchive.model.records import (
    CitationStatus,
    DateVariant,
    Estimate,
    EstimateValue,
    Event,
    Person,
    Position,
    Source,
    Statement,
)
from casearchive.render.claims import Claim, anchor_of, stable_id
from casearchive.render.links import Links

_LATE = (9999, 12, 31)


class Shown(NamedTuple):
    """A claim about a pair of records, as listed on one of them."""

    other: Loaded
    role: str
    citations: list[Any]
    anchor: str
    """The claim's anchor on the page that lists it."""
    words: str
    """What the claim asserts, for its citation."""
    holder: Any = None
    """The role or participant entry itself (its `fa` block has the Persian role)."""


Say = Callable[[str, Loaded, Any], str]
"""How a role claim is worded for its citation: (label key, the other record, the role entry)
→ words."""


def english(key: str, other: Loaded, holder: Any) -> str:
    """A role claim's words in English: 'role in The decree: member of the commission'."""
    return label(f"claim.{key}", "en", name=other.written_name, role=holder.role)


def _date_key(value: str | None) -> tuple[int, int, int]:
    return dates.parse(value).sort_key() if value else _LATE


def sorted_by_date(items: Iterable[Loaded], attribute: str = "date") -> list[Loaded]:
    """Records in date order (earliest possible day first), undated last, then by id."""
    return sorted(items, key=lambda item: (_date_key(getattr(item.record, attribute, None)),
                                           item.id))


def by_year(events: Iterable[Loaded]) -> list[tuple[int, list[Loaded]]]:
    """Events in date order, grouped by the earliest year each may fall in."""
    groups: dict[int, list[Loaded]] = {}
    for event in sorted_by_date(events):
        groups.setdefault(_date_key(event.as_(Event).date)[0], []).append(event)
    return list(groups.items())


def sorted_positions(positions: list[Position]) -> list[Position]:
    """Posts in the order they were taken up; undated last; ties by title, not file order."""
    return sorted(positions, key=lambda p: (_date_key(p.start), _date_key(p.end), p.title))


def sorted_values(values: list[EstimateValue]) -> list[EstimateValue]:
    """Figures from lowest to highest, so the spread is visible at a glance; figures given only
    in words ("thousands") come last, since they have no place on that scale."""
    return sorted(values, key=lambda v: (not has_number(v),
                                         v.low if v.low is not None else v.high or 0,
                                         v.high or 0, v.claimant, v.date or ""))


def has_number(value: EstimateValue) -> bool:
    """Whether a figure is a number (not only words such as "thousands")."""
    return value.low is not None or value.high is not None


def unverified(value: EstimateValue) -> bool:
    """Whether every citation of a figure is unverified."""
    return all(c.status is CitationStatus.unverified for c in value.citations)


def ranked_values(values: list[EstimateValue]) -> list[EstimateValue]:
    """The figures a "lowest"/"highest" summary may name, lowest first: numbers resting on at
    least one checked citation. Figures in words only and unverified figures are left out, and
    the summary says how many (a hedged figure, "at least 32", keeps its hedge beside it)."""
    return [v for v in sorted_values(values) if has_number(v) and not unverified(v)]


def sorted_variants(variants: list[DateVariant]) -> list[DateVariant]:
    """Attributed dates in date order, whatever their order in the file."""
    return sorted(variants, key=lambda v: (_date_key(v.date), v.date))


def sorted_claims(shown: list[Shown]) -> list[Shown]:
    """Claims in date order of the other record, then by its id and the role's words."""
    return sorted(shown, key=lambda s: (_date_key(getattr(s.other.record, "date", None)),
                                        s.other.id, s.role))


def merged(shown: list[Shown]) -> list[Shown]:
    """One line per claim: the same role stated by two records (a person's and an event's) is
    shown once, with the citations of both."""
    by_anchor: dict[str, Shown] = {}
    for s in shown:
        first = by_anchor.get(s.anchor)
        citations = list(dict.fromkeys([*first.citations, *s.citations])) if first else s.citations
        by_anchor[s.anchor] = (first or s)._replace(citations=citations)
    return list(by_anchor.values())


def roles_of(archive: Archive, links: Links, item: Loaded, say: Say = english) -> list[Shown]:
    """Roles a person or organisation had in events: from its own record and from events."""
    found: list[Shown] = []
    for role in getattr(item.record, "roles", []):
        event = archive.get(role.event_id)
        if event:
            found.append(Shown(event, role.role, role.citations, anchor_of("roles", role),
                               say("role_in", event, role), role))
    for mention in links.to(item.id, "id"):
        if mention.record.kind == "events":
            party = mention.value
            found.append(Shown(mention.record, party.role, party.citations,
                               stable_id("role", mention.record.id, party.role),
                               say("role_in", mention.record, party), party))
    return sorted_claims(merged(found))


def participants_of(archive: Archive, links: Links, item: Loaded,
                    say: Say = english) -> list[Shown]:
    """Who took part in an event: from the event and from people's own role lists."""
    found: list[Shown] = []
    for party in item.as_(Event).participants:
        other = archive.get(party.id)
        if other:
            found.append(Shown(other, party.role, party.citations,
                               anchor_of("participants", party), say("role_of", other, party),
                               party))
    for mention in links.to(item.id, "event_id"):
        if mention.record.kind in ("persons", "organisations"):
            role = mention.value
            found.append(Shown(mention.record, role.role, role.citations,
                               stable_id("participant", mention.record.id, role.role),
                               say("role_of", mention.record, role), role))
    return sorted(merged(found), key=lambda s: (s.other.kind, s.other.id, s.role))


def members_of(links: Links, item: Loaded, field: str = "organisation_id") -> list[Claim]:
    """Posts that name this organisation (or place, with field='place_id'), as claims."""
    found = [Claim(m.record, "positions", m.value) for m in links.to(item.id, field)
             if m.record.kind == "persons"]
    return sorted(found, key=lambda c: (_date_key(c.holder.start), c.record.id, c.holder.title))


def figures_by(links: Links, item: Loaded) -> list[Claim]:
    """Figures this person or organisation gave, as claims of their estimate records."""
    found = [Claim(m.record, "values", m.value) for m in links.to(item.id, "claimant_id")
             if m.record.kind == "estimates"]
    return sorted(found, key=lambda c: (c.record.id, _date_key(c.holder.date)))


def places_within(links: Links, item: Loaded) -> list[Loaded]:
    """The place and every place inside it, at any depth (a loop in the data stops the walk)."""
    found = {item.id: item}
    todo = [item]
    while todo:
        for inner in links.from_kind(todo.pop().id, "places", "located_in_id"):
            if inner.id not in found:
                found[inner.id] = inner
                todo.append(inner)
    return list(found.values())


def events_at(links: Links, item: Loaded) -> list[tuple[Loaded, Loaded]]:
    """(event, place) for events at this place or at a place inside it, in date order."""
    pairs = {e.id: (e, place) for place in places_within(links, item)
             for e in links.from_kind(place.id, "events", "place_ids")}
    return [pairs[e.id] for e in sorted_by_date(e for e, _ in pairs.values())]


LISTED_FIELDS = frozenset({"participants", "roles", "speaker_id", "event_id", "values", "positions",
                           "place_ids"})
"""Fields through which a record names another that the other's page already lists (roles,
participants, statements, figures given, posts, events at a place): "Mentioned in" leaves them
out rather than repeat those lists."""


def mentioned_in(links: Links, item: Loaded) -> list[Loaded]:
    """Other records that name this one and that no other list on its page shows (not counting
    citations of sources)."""
    found = {m.record.id: m.record for m in links.to(item.id)
             if m.record.id != item.id and m.loc[0] not in LISTED_FIELDS}
    return sorted(found.values(), key=lambda r: (r.kind, r.id))


def case_parties(archive: Archive, links: Links, events: list[Loaded]) -> list[Loaded]:
    """Everyone reported as taking part in any of the events, by kind then id."""
    found = {s.other.id: s.other for event in events
             for s in participants_of(archive, links, event)}
    return sorted(found.values(), key=lambda r: (r.kind, r.id))


class Timelines:
    """Each case's events in date order, computed once for every event page."""

    def __init__(self, archive: Archive) -> None:
        self.by_case: dict[str, list[Loaded]] = {}
        for event in sorted_by_date(archive.records["events"].values()):
            self.by_case.setdefault(event.as_(Event).case_id, []).append(event)
        self.index = {e.id: i for events in self.by_case.values() for i, e in enumerate(events)}

    def neighbours(self, item: Loaded) -> tuple[Loaded | None, Loaded | None]:
        """The events just before and after this one in its case's timeline."""
        events, index = self.by_case[item.as_(Event).case_id], self.index[item.id]
        before = events[index - 1] if index > 0 else None
        after = events[index + 1] if index + 1 < len(events) else None
        return before, after


def key_estimates(archive: Archive) -> list[Loaded]:
    """Contested figures, the most disputed (most claimants) first."""
    return sorted(archive.records["estimates"].values(),
                  key=lambda e: (-len(e.as_(Estimate).values), e.as_(Estimate).case_id, e.id))


def disputed_estimates(archive: Archive, case_id: str) -> list[Loaded]:
    """A case's contested figures, the most disputed first: the most claimants, then the most
    that can be ranked, then by id."""
    found = [e for e in archive.records["estimates"].values() if e.as_(Estimate).case_id == case_id]
    return sorted(found, key=lambda e: (-len(e.as_(Estimate).values),
                                        -len(ranked_values(e.as_(Estimate).values)), e.id))


def headline_estimate(archive: Archive, case_id: str) -> Loaded | None:
    """A case's most disputed figure, or None if it has none."""
    return next(iter(disputed_estimates(archive, case_id)), None)


def latest_events(archive: Archive, count: int) -> list[Loaded]:
    """The `count` events that may have happened most recently, latest first (by the earliest
    day each date may stand for, so a bare year is not taken for its last day); undated events
    are left out."""
    dated = [e for e in archive.records["events"].values() if e.as_(Event).date]
    return sorted(dated, key=lambda e: (_date_key(e.as_(Event).date), e.id), reverse=True)[:count]


def summary_of(item: Loaded) -> str:
    """A short line for index tables; aliases are included so a search for one lands here too."""
    r = item.record
    if isinstance(r, Source):
        parts = [str(r.kind.value).replace("_", " "), r.publisher or "",
                 datewords.display(r.date) if r.date else ""]
        return " · ".join(p for p in parts if p)
    if isinstance(r, Event):
        return datewords.display(r.date)
    if isinstance(r, Estimate):
        return label("index.attributed", "en", count=len(r.values))
    if isinstance(r, Statement):
        return datewords.display(r.date) if r.date else ""
    first = sorted_positions(r.positions)[0].title if isinstance(r, Person) and r.positions else ""
    text = first or str(getattr(r, "summary", None) or getattr(r, "kind", None) or "")[:140]
    aliases = getattr(r, "aliases", [])
    return text + (f" ({label('index.also', 'en', names=', '.join(aliases))})" if aliases else "")
