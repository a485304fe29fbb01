"""The registry of published claim anchors (`anchors.yml`, beside data/): every anchor a build has
ever written, so that a link to a claim keeps answering after the claim is edited.

A claim's anchor is a hash of its key words (claims.key_of): rewording a role, correcting a
post's start or an estimate's figure gives the claim a new anchor. The registry remembers each
anchor with its claim's field and key; when an anchor's claim is gone, the claim of the same
record and field whose key shares the most parts with it (the same event, title, claimant or
date) inherits it, and the record's page carries the old anchor as an alias beside the claim's
new one. An anchor whose claim left no such heir answers at the record's own claim (`record`).
`casearchive check` and `build` keep the file current; the test suite checks that it is, and that
every anchor in it answers on its record's page. Entries are never removed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from casearchive.load.archive import Archive, Loaded
from casearchive.load.yamlstrict import FastDumper, FastLoader  # an entry per claim, every build
from casearchive.render import claims, views
from casearchive.render.links import Links, build_links

FILE = "anchors.yml"
"""The registry's file name, in the repository's root beside data/."""

HEADER = """\
# Every claim anchor the archive has published (see scripts/casearchive/render/anchorregistry.py).
# Kept by `casearchive check` and `casearchive build`: commit it with the data; never edit it.
# record (kind/id) -> anchor -> the claim's field and key words; `now`: the anchor that answers
# for it since its claim was edited.
"""

FIXED = ("record", "born", "died")
"""Anchors that are not hashes: they never change."""


@dataclass(frozen=True)
class Entry:
    """One published anchor: its claim's field, key words (folded), and its heir if any."""

    field: str
    key: tuple[str, ...]
    now: str = ""


def page_of(loaded: Loaded) -> str:
    """A record's key in the registry: kind/id."""
    return f"{loaded.kind}/{loaded.id}"


def current(loaded: Loaded, archive: Archive, links: Links) -> dict[str, Entry]:
    """The claim anchors a record's page has today: its own claims' in file order, then those
    of the roles other records state about it (an event's participant on the person's page, a
    person's role on the event's page), keyed as its own would be."""
    found: dict[str, Entry] = {}
    for claim in claims.claims_of(loaded):
        if claim.field in FIXED:
            continue
        key = tuple(claims.fold(part) for part in claims.key_of(claim.field, claim.holder))
        found.setdefault(claim.anchor, Entry(claim.field, key))
    if loaded.kind not in ("events", "persons", "organisations"):
        return found
    shown = views.participants_of(archive, links, loaded) if loaded.kind == "events" else \
        views.roles_of(archive, links, loaded)
    field = "participants" if loaded.kind == "events" else "roles"
    for s in shown:
        found.setdefault(s.anchor, Entry(field, (claims.fold(s.other.id), claims.fold(s.role))))
    return found


class Registry:
    """Published anchors by record (kind/id)."""

    def __init__(self, entries: dict[str, dict[str, Entry]] | None = None) -> None:
        self.entries: dict[str, dict[str, Entry]] = entries or {}

    @classmethod
    def read(cls, path: Path) -> Registry:
        """The registry in `path` (empty if there is none)."""
        if not path.is_file():
            return cls()
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=FastLoader) or {}
        return cls({page: {anchor: Entry(str(e["field"]), tuple(str(k) for k in e["key"]),
                                         str(e.get("now") or ""))
                           for anchor, e in anchors.items()}
                    for page, anchors in raw.items()})

    def text(self) -> str:
        """The registry as its file holds it: sorted, one anchor per line."""
        lines = [HEADER.rstrip("\n")]
        for page in sorted(self.entries):
            lines.append(f"{page}:")
            for anchor, entry in sorted(self.entries[page].items()):
                value: dict[str, Any] = {"field": entry.field, "key": list(entry.key)}
                if entry.now:
                    value["now"] = entry.now
                flow = yaml.dump(value, Dumper=FastDumper, default_flow_style=True, allow_unicode=True,
                                 sort_keys=False, width=10**9).strip()
                lines.append(f"  {anchor}: {flow}")
        return "\n".join(lines) + "\n"

    def updated(self, archive: Archive) -> Registry:
        """This registry with every anchor the archive has today, each renamed record's anchors
        under its new id, and an heir for every anchor whose claim is gone."""
        entries = {page: dict(anchors) for page, anchors in self.entries.items()}
        links = build_links(archive)
        for loaded in archive.all():
            page = page_of(loaded)
            for old in getattr(loaded.record, "former_ids", []):
                moved = entries.pop(f"{loaded.kind}/{old}", {})
                entries[page] = {**moved, **entries.get(page, {})}
            now = current(loaded, archive, links)
            published = entries.setdefault(page, {})
            added = set(now) - set(published)
            published.update(now)
            for anchor, entry in list(published.items()):
                if anchor not in now and entry.now not in (*now, "record"):
                    published[anchor] = Entry(entry.field, entry.key, _heir(entry, now, added))
        return Registry({page: anchors for page, anchors in entries.items() if anchors})

    def aliases(self, page: str) -> dict[str, list[str]]:
        """Current anchor → the old anchors that answer beside it, on one record's page."""
        found: dict[str, list[str]] = defaultdict(list)
        for anchor, entry in sorted(self.entries.get(page, {}).items()):
            if entry.now:
                found[entry.now].append(anchor)
        return dict(found)

    def unanswered(self, archive: Archive) -> list[str]:
        """Published anchors that no page of the archive carries (`kind/id#anchor`)."""
        missing: list[str] = []
        links = build_links(archive)
        for page, anchors in sorted(self.entries.items()):
            kind, _, record_id = page.partition("/")
            loaded = archive.records.get(kind, {}).get(record_id)
            if loaded is None:
                missing.extend(f"{page}#{anchor}" for anchor in sorted(anchors))
                continue
            now = current(loaded, archive, links)
            for anchor, entry in sorted(anchors.items()):
                if anchor not in now and entry.now not in (*now, *FIXED):
                    missing.append(f"{page}#{anchor}")
        return missing


def _heir(entry: Entry, now: dict[str, Entry], added: set[str]) -> str:
    """The claim that answers for a published anchor whose claim is gone: the claim of the same
    field sharing the most key parts with it (a claim added since first), else the only claim
    added in that field since, else the record's own claim."""
    same = [(anchor, e) for anchor, e in now.items() if e.field == entry.field]

    def score(item: tuple[str, Entry]) -> tuple[int, bool]:
        shared = sum(a == b for a, b in zip(item[1].key, entry.key, strict=False) if a or b)
        return shared, item[0] in added

    best = max(same, key=score, default=None)
    if best is not None and score(best)[0] > 0:
        return best[0]
    new = [anchor for anchor, _ in same if anchor in added]
    return new[0] if len(new) == 1 else "record"


def keep(root: Path, archive: Archive) -> Registry:
    """Bring `root`/anchors.yml up to date with the archive (written only if it changed)."""
    path = root / FILE
    before = Registry.read(path)
    after = before.updated(archive)
    text = after.text()
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return after
