"""`casearchive diff <ref>`: what a change does to records and claims, in words, not YAML lines."""

from __future__ import annotations

import subprocess
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from casearchive.load import archive as load
from casearchive.load.checks import walk
from casearchive.model import info
from casearchive.model.records import KINDS
from casearchive.render import claims

NOUNS = {"citations": "citation", "positions": "position", "roles": "role",
         "participants": "participant", "date_variants": "date variant", "values": "figure",
         "translations": "translation", "aliases": "alias", "authors": "author",
         "archive_urls": "archive link", "place_ids": "place", "former_ids": "former id"}
"""List field → what one item is called."""

IDENTITY = {"citations": ("source_id", "locator"), "positions": ("title", "organisation_id"),
            "roles": ("event_id", "role"), "participants": ("id",), "date_variants": ("date",),
            "values": ("claimant", "low", "high"), "translations": ("translator", "language")}
"""List field → the parts that tell one item from another, so an edited item is not read as a
removal plus an addition."""

_SHORT = 70


class DiffError(Exception):
    """The git reference cannot be read."""


def _git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], input=data,
                                capture_output=True, check=True)
    except subprocess.CalledProcessError as error:
        raise DiffError(error.stderr.decode(errors="replace").strip()) from None
    return result.stdout


def checkout_data(root: Path, ref: str, target: Path) -> None:
    """Write the data/ folder as it is at `ref` into target/data (git's object store, no checkout)."""
    _git(root, "rev-parse", "--git-dir")  # outside a repository, git's own message says so
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except DiffError:
        raise DiffError("no such branch, tag or commit here; try main or HEAD") from None
    names = _git(root, "ls-tree", "-r", "-z", "--name-only", ref, "--", "data/").split(b"\0")
    paths = [n.decode() for n in names if n]
    # One `git cat-file --batch` reads every `ref:path` blob, as `git show ref:path` would.
    output = _git(root, "cat-file", "--batch",
                  data="".join(f"{ref}:{path}\n" for path in paths).encode())
    position = 0
    for path in paths:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        blob = output[header_end + 1: header_end + 1 + size]
        position = header_end + 1 + size + 1
        destination = target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(blob)


def _show(value: Any) -> str:
    if isinstance(value, BaseModel):
        return "(details)"
    text = " ".join(str(value.value if isinstance(value, Enum) else value).split())
    if " " not in text and len(text) <= _SHORT:
        return text
    return f"“{text if len(text) <= _SHORT else text[:_SHORT - 1] + '…'}”"


def _item_words(field: str, item: Any) -> str:
    if field == "citations":
        return f"{item.source_id} {item.locator or ''}".strip()
    if field == "values":
        return f"{claims.figure(item)} ({item.claimant})"
    if field == "translations":
        return f"by {item.translator} ({item.language})"
    if field in ("roles", "participants"):
        target = f"event {item.event_id}" if field == "roles" else item.id
        return f"{_show(item.role)} ({target})"
    if field == "positions":
        return _show(item.title)
    if field == "date_variants":
        return _show(item.date)
    return _show(item)


def _match(field: str, old: list[Any], new: list[Any]) -> tuple[list[Any], list[Any],
                                                                  list[tuple[Any, Any]]]:
    """(removed, added, kept pairs) between two versions of a list."""
    def key(item: Any) -> Any:
        parts = IDENTITY.get(field)
        return tuple(getattr(item, p) for p in parts) if parts else item
    unmatched = list(new)
    removed, pairs = [], []
    for item in old:
        twin = next((n for n in unmatched if key(n) == key(item)), None)
        if twin is None:
            removed.append(item)
        else:
            unmatched.remove(twin)
            pairs.append((item, twin))
    return removed, unmatched, pairs


def _count(noun: str, items: list[Any], field: str) -> str:
    words = ", ".join(_item_words(field, i) for i in items)
    if field == "citations":
        plural = f"{len(items)} citations" if len(items) > 1 else "a citation"
        return f"{plural} ({words})"
    return f"{noun} {words}" if len(items) == 1 else f"{len(items)} {noun}s: {words}"


def _list_changes(owner: str, field: str, old: list[Any], new: list[Any]) -> list[str]:
    noun = NOUNS.get(field, field.replace("_", " "))
    removed, added, pairs = _match(field, old, new)
    found = []
    if added:
        found.append(f"adds {_count(noun, added, field)} to {owner}")
    if removed:
        found.append(f"removes {_count(noun, removed, field)} from {owner}")
    for before, after in pairs:
        if before != after and isinstance(before, BaseModel):
            part = f"{noun} {_item_words(field, before)} of {owner}"
            found.extend(compare(part, before, after, nested=True))
    return found


def _value_change(owner: str, label: str, before: Any, after: Any, nested: bool) -> str:
    """One field's change: 'changes event x's date from A to B' ('changes date from A to B in
    position "..." of person y' inside a part of a record)."""
    def phrase(verb: str, rest: str, joiner: str = "in") -> str:
        return f"{verb} {label}{rest} {joiner} {owner}" if nested else \
            f"{verb} {owner}'s {label}{rest}"
    if before is None:
        return phrase("sets", f" to {_show(after)}")
    if after is None:
        return phrase("removes", f" ({_show(before)})", "from")
    if isinstance(before, str) and max(len(before), len(after)) > _SHORT:
        return phrase("rewrites", "")
    return phrase("changes", f" from {_show(before)} to {_show(after)}")


def compare(owner: str, old: BaseModel, new: BaseModel, nested: bool = False) -> list[str]:
    """Every difference between two versions of one record (or part), as phrases."""
    found: list[str] = []
    for field in info.field_order(type(new)):
        before, after = getattr(old, field), getattr(new, field)
        label = field.replace("_", " ")
        if before == after:
            continue
        if isinstance(before, list):
            found.extend(_list_changes(owner, field, before, after))
        elif isinstance(before, BaseModel) and isinstance(after, BaseModel):
            found.extend(compare(f"{label} of {owner}", before, after, nested=True))
        elif isinstance(after, BaseModel):
            found.append(f"adds {label} to {owner}")
        elif isinstance(before, BaseModel):
            found.append(f"removes {label} from {owner}")
        else:
            found.append(_value_change(owner, label, before, after, nested))
    return found


def _citation_count(record: BaseModel) -> int:
    return sum(1 for loc, _ in walk(record) if loc and loc[-1] == "source_id")


def _name(loaded: load.Loaded) -> str:
    return f"{loaded.kind.removesuffix('s')} {loaded.id}"


def _added(item: load.Loaded) -> str:
    count = _citation_count(item.record)
    title = getattr(item.record, "name", None) or getattr(item.record, "title", None)
    cited = f" with {count} citation{'s' if count != 1 else ''}" if count else ""
    return f"adds {_name(item)}" + (f" ({_show(title)})" if title else "") + cited


def _renamed(old: load.Loaded, new: load.Loaded) -> list[str]:
    implied = f"adds former id {old.id} to {_name(new)}"
    changes = compare(_name(new), old.record, new.record)
    return [f"renames {_name(old)} to {new.id}", *(p for p in changes if p != implied)]


def _kind_changes(kind: str, old: load.Archive, new: load.Archive) -> list[str]:
    before, after = old.records[kind], new.records[kind]
    renamed = {former: after[rid] for rid in after if rid not in before
               for former in after[rid].record.former_ids if former in before and former not in after}
    found: list[str] = []
    for rid in sorted(set(before) | set(after)):
        if rid in renamed:
            found.extend(_renamed(before[rid], renamed[rid]))
        elif rid in before and rid in after:
            found.extend(compare(_name(after[rid]), before[rid].record, after[rid].record))
        elif rid in before:
            broken = rid in new.invalid
            found.append(f"cannot compare {_name(before[rid])} (its file has errors; run "
                         "casearchive check)" if broken else f"removes {_name(before[rid])}")
        elif rid in old.invalid:
            found.append(f"repairs {_name(after[rid])} (its file had errors)")
        elif after[rid] not in renamed.values():
            found.append(_added(after[rid]))
    return found


def describe(old: load.Archive, new: load.Archive) -> list[str]:
    """Phrases for every record added, renamed, changed or removed, in kind and id order."""
    return [phrase for kind in KINDS for phrase in _kind_changes(kind, old, new)]


def diff(root: Path, ref: str) -> tuple[list[str], list[str]]:
    """(phrases, files with errors) between `ref` and the working tree's data/."""
    with tempfile.TemporaryDirectory() as temporary:
        checkout_data(root, ref, Path(temporary))
        old, old_problems = load.load_archive(Path(temporary) / "data")
    new, new_problems = load.load_archive(root / "data")
    broken = sorted({f"{ref}:{p.path}" for p in old_problems if not p.warning} |
                    {p.path for p in new_problems if not p.warning})
    return describe(old, new), broken
