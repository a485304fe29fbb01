"""Claims: every cited assertion in a record, its stable anchor, its words and its plain values.

An anchor is derived from what the claim says, never from its position in a list, so reordering
a record's positions, roles or figures keeps every published link working. Editing a claim's key
words (a post's title, a role's wording) changes its anchor: it is then a different claim.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from casearchive.i18n import datewords
from casearchive.i18n.localize import localized
from casearchive.i18n.wording import Wording
from casearchive.load.archive import Archive, Loaded

PREFIXES = {
    "positions": "position", "roles": "role", "participants": "participant",
    "date_variants": "date", "translations": "translation", "values": "value",
}
"""List field → the anchor prefix of each of its claims."""

_WHITESPACE = re.compile(r"\s+")


def fold(value: object) -> str:
    # Re-wrapping a folded YAML block or changing case must not break a published link.
    return "" if value is None else _WHITESPACE.sub(" ", str(value)).strip().casefold()


def stable_id(prefix: str, *key: object) -> str:
    """`prefix-` plus 8 hex digits of a hash of the key fields, e.g. position-3f9a0c1e."""
    text = "\x1f".join(fold(part) for part in key)
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def key_of(field: str, holder: Any) -> tuple[object, ...]:
    """The fields that identify a claim within its record."""
    if field == "positions":
        return (holder.title, holder.start)
    if field == "roles":
        return (holder.event_id, holder.role)
    if field == "participants":
        return (holder.id, holder.role)
    if field == "values":
        return (holder.claimant, holder.low, holder.high, holder.date)
    if field == "date_variants":
        return (holder.date,)  # sources giving the same date share one variant
    if field == "translations":
        return (holder.translator, holder.language)
    raise KeyError(field)


def anchor_of(field: str, holder: Any) -> str:
    """The claim's anchor on its record's page: `record`, `born`, `died` or a stable id."""
    if field in ("record", "born", "died"):
        return field
    return stable_id(PREFIXES[field], *key_of(field, holder))


@dataclass(frozen=True)
class Claim:
    """One cited assertion: the record holding it, the field and the model with the citations."""

    record: Loaded
    field: str
    holder: Any

    @property
    def anchor(self) -> str:
        """Its anchor on the record's page."""
        return anchor_of(self.field, self.holder)

    @property
    def citations(self) -> list[Any]:
        """The citations that support it."""
        return list(self.holder.citations)


def claims_of(loaded: Loaded) -> list[Claim]:
    """Every cited assertion in a record, in file order; the record's own citations first."""
    record = loaded.record
    found = [Claim(loaded, "record", record)] if "citations" in type(record).model_fields else []
    for name in type(record).model_fields:
        if name == "citations":
            continue
        value = getattr(record, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel) and "citations" in type(item).model_fields:
                found.append(Claim(loaded, name, item))
    return found


def citing(archive: Archive) -> dict[str, list[tuple[Claim, Any]]]:
    """Source id → every (claim, citation) that rests on it, in record order."""
    found: dict[str, list[tuple[Claim, Any]]] = defaultdict(list)
    for loaded in archive.all():
        for claim in claims_of(loaded):
            for citation in claim.citations:
                found[citation.source_id].append((claim, citation))
    return found


def figure(value: Any) -> str:
    """An estimate's figure in words: 'at least 304', '2,800–5,000', 'more than 1,500'."""
    return Wording().figure(value)


def describe(claim: Claim, name: Callable[[str], str], lang: str = "en") -> str:
    """What the claim asserts, in words in `lang`; `name` turns a record id into its name."""
    h, field, words = claim.holder, claim.field, Wording(lang)

    def own(name: str) -> Any:  # the holder's value in this edition (English if untranslated)
        return localized(h, name, lang)[0]

    if field == "record":
        return words.label("claim.record")
    if field in ("born", "died"):
        return words.label(f"claim.{field}", date=words.date(h.date))
    if field == "positions":
        where = words.label("comma").join(name(i) for i in (h.organisation_id, h.place_id) if i)
        period = words.span(h.start, h.end)
        return words.label("claim.post", title=own("title")) + \
            (f"{words.label('comma')}{where}" if where else "") + (f" ({period})" if period else "")
    if field == "roles":
        return words.label("claim.role_in", name=name(h.event_id), role=own("role"))
    if field == "participants":
        return words.label("claim.role_of", name=name(h.id), role=own("role"))
    if field == "values":
        figure = words.figure(h) if h.low is not None or h.high is not None else own("figure_text")
        return words.label("claim.figure", figure=figure, claimant=own("claimant"))
    if field == "date_variants":
        return words.label("claim.date_given", date=words.date(h.date))
    if field == "translations":
        return words.label("claim.translation", translator=h.translator,
                           language=words.language_name(h.language))
    raise KeyError(field)


def _facts(value: object, related_id: str | None, date: str | None) -> dict[str, str]:
    return {"value": "" if value is None else str(value), "related_id": related_id or "",
            "date": date or ""}


def facts(claim: Claim) -> dict[str, str]:
    """The claim's plain values for open data: its value, the record it relates to, its date."""
    h, field = claim.holder, claim.field
    if field == "record":
        return _facts("", getattr(h, "case_id", None),
                      getattr(h, "date", None) or getattr(h, "period", None))
    if field in ("born", "died"):
        return _facts(datewords.display(h.date), None, h.date)
    if field == "date_variants":
        return _facts(h.label or datewords.display(h.date), None, h.date)
    if field == "positions":
        period = f"{h.start or '..'}/{h.end or '..'}" if h.start or h.end else None
        return _facts(h.title, h.organisation_id or h.place_id, period)
    if field == "roles":
        return _facts(h.role, h.event_id, None)
    if field == "participants":
        return _facts(h.role, h.id, None)
    if field == "values":
        return _facts(figure(h), h.claimant_id, h.date)
    if field == "translations":
        return _facts(h.text, None, None)
    raise KeyError(field)
