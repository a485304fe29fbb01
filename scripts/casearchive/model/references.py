"""Which fields of the model are references to other records, and to which kinds of record."""

from __future__ import annotations

_PARTY = ("persons", "organisations")
TARGETS: dict[str, tuple[str, ...]] = {
    "source_id": ("sources",),
    "case_id": ("cases",),
    "event_id": ("events",),
    "place_id": ("places",),
    "place_ids": ("places",),
    "located_in_id": ("places",),
    "organisation_id": ("organisations",),
    "parent_id": ("organisations",),
    "speaker_id": _PARTY,
    "claimant_id": _PARTY,
    "id": _PARTY,
}
"""Reference field name → the kinds of record it may point to."""
