"""Back-references between records: who cites a source, who took part in an event, and so on."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from casearchive.load.archive import Archive, Loaded
from casearchive.load.checks import Loc, references


@dataclass(frozen=True)
class Mention:
    """A place in one record that names another record."""

    record: Loaded
    loc: Loc
    value: Any  # the model that holds the reference (a citation, role, position, ...)


@dataclass
class Links:
    """Every record's incoming references, grouped by the referring field."""

    incoming: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def to(self, record_id: str, *fields: str) -> list[Mention]:
        """Mentions of `record_id` through any of `fields` (all fields if none given)."""
        return [m for m in self.incoming.get(record_id, [])
                if not fields or _field_name(m.loc) in fields]

    def from_kind(self, record_id: str, kind: str, *fields: str) -> list[Loaded]:
        """The distinct records of `kind` that mention `record_id`, in id order."""
        found = {m.record.id: m.record for m in self.to(record_id, *fields)
                 if m.record.kind == kind and m.record.id != record_id}
        return [found[i] for i in sorted(found)]


def _field_name(loc: Loc) -> str:
    return next(str(p) for p in reversed(loc) if isinstance(p, str))


def _holder(record: Any, loc: Loc) -> Any:
    value = record
    for part in loc[:-1]:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def build_links(archive: Archive) -> Links:
    """Index every reference in the archive by its target."""
    links = Links()
    for loaded in archive.all():
        for loc, target, _kinds in references(loaded):
            holder_loc = loc[:-1] if isinstance(loc[-1], int) else loc
            links.incoming[target].append(Mention(loaded, loc, _holder(loaded.record, holder_loc)))
    return links
