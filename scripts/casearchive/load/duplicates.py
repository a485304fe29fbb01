"""Duplicates: the same assertion stated twice in the data, or the same page recorded twice.

A page shows a claim once; two wordings of one claim show twice. Two cases are warned about:
- a role in an event stated on a person's (or organisation's) record and on the event's, in words
  that differ (in the same words, the pages show them as one claim, with the citations of both);
- two claims of one record, in one field, about the same thing (the same event, organisation,
  post or date) whose words are nearly the same.

A reader who sees two sources where there is one page counts two sources: two source records with
the same address (scheme, `www.`, a default port, a final slash and a `#` part aside) are warned
about too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Any
from urllib.parse import urlsplit

from casearchive.load.archive import Archive, Loaded
from casearchive.load.problems import Problem
from casearchive.model.records import Source

SIMILAR = 0.8
"""Two wordings this alike (difflib ratio of their normalised words) are one claim."""
_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """A wording reduced to its lower-case words, for comparing."""
    return " ".join(_WORD.findall(text.casefold()))


def alike(one: str, other: str) -> bool:
    """Whether two wordings say nearly the same: equal words, one inside the other, or close."""
    a, b = words(one), words(other)
    if not a or not b:
        return a == b
    if a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return SequenceMatcher(None, a, b).ratio() >= SIMILAR


def _subject(field: str, holder: Any) -> tuple[str, str] | None:
    """What a claim is about and its words, for the fields that can repeat within a record."""
    if field == "roles":
        return holder.event_id, holder.role
    if field == "participants":
        return holder.id, holder.role
    if field == "positions":
        return f"{holder.organisation_id}|{holder.start}", holder.title
    if field == "date_variants":
        return holder.date, holder.label or holder.date
    return None


def _within(loaded: Loaded) -> Iterator[Problem]:
    for field in ("roles", "participants", "positions", "date_variants"):
        items = list(getattr(loaded.record, field, None) or [])
        for later in range(len(items)):
            for earlier in range(later):
                one, other = _subject(field, items[earlier]), _subject(field, items[later])
                if one and other and one[0] == other[0] and alike(one[1], other[1]):
                    yield Problem(
                        loaded.path, loaded.line(field, later), f"{field}[{later}]",
                        f"says nearly what {field}[{earlier}] says ({other[1]!r} and {one[1]!r}); "
                        f"a page would show it twice: keep one entry with the citations of both",
                        warning=True)


def _across(archive: Archive) -> Iterator[Problem]:
    """A role on a person's (or organisation's) record and on the event's, worded apart."""
    for event in archive.records["events"].values():
        for index, party in enumerate(getattr(event.record, "participants", [])):
            other = archive.get(party.id)
            if other is None:
                continue
            for at, role in enumerate(getattr(other.record, "roles", [])):
                # One pair, two wordings: one role said twice (the same words show once).
                if role.event_id == event.id and role.role != party.role:
                    yield Problem(
                        other.path, other.line("roles", at, "role"), f"roles[{at}].role",
                        f"the event {event.id!r} states this role in other words "
                        f"({event.path}:{event.line('participants', index, 'role')}: "
                        f"{party.role!r}); it is one claim, shown twice: give both the same words, "
                        f"e.g. role: {party.role!r}, and keep the citations of both",
                        warning=True)


_DEFAULT_PORT = {"http": 80, "https": 443}


def address(url: str) -> str:
    """A web address as compared for sameness: its scheme, a leading `www.`, the scheme's default
    port, a final slash and a `#` part do not count; the host's case does not either.

    >>> address("http://www.HRW.org:80/news/x/#top") == address("https://hrw.org/news/x")
    True
    >>> address("https://hrw.org/news/x?id=1") == address("https://hrw.org/news/x?id=2")
    False
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # not a number: the URL check reports it; compare the text as given
        port = None
    if port is not None and port != _DEFAULT_PORT.get(parts.scheme.lower()):
        host += f":{port}"
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def _same_address(archive: Archive) -> Iterator[Problem]:
    """Two source records with one address: one page recorded twice."""
    holders: dict[str, list[tuple[Loaded, str]]] = {}
    for loaded in archive.records["sources"].values():
        url = loaded.as_(Source).url
        if url is not None:
            holders.setdefault(address(url), []).append((loaded, url))
    for same in holders.values():
        for loaded, url in same:  # every holder is told, since either may be the one to keep
            others = [(o, o_url) for o, o_url in same if o is not loaded]
            if not others:
                continue
            listed = "; ".join(f"{o.path} ({o_url!r})" for o, o_url in others)
            yield Problem(
                loaded.path, loaded.line("url"), "url",
                f"{url!r} is also the address of {listed}, leaving aside the scheme, 'www.' and "
                "a final slash; one page is one source: keep one record, move the other's "
                "citations to it and list the other's id in its former_ids so that its page "
                f"redirects, e.g. former_ids: [{loaded.id}] in {others[0][0].path}",
                warning=True)


def check_archive(archive: Archive) -> list[Problem]:
    """Warnings for near-duplicate claims and for sources recorded twice in the archive."""
    found = [*_across(archive), *_same_address(archive)]
    for loaded in archive.all():
        found.extend(_within(loaded))
    return found
