"""Regeneration while `serve` runs: re-read only the data files that changed and re-render only the
pages that show something of a changed record, so that an edit reaches the browser in about a
second. The result is always what a full `render_archive` would give (tests hold it to that)."""

from __future__ import annotations

import jinja2

from . import checks, paging, render
from .history import History
from .links import Links
from .load import Archive, Cache, Loaded
from .model import KINDS
from .siteinfo import Site


def _by_id(archive: Archive) -> dict[str, Loaded]:
    return {item.id: item for item in archive.all()}


def changed_ids(old: Archive, new: Archive) -> set[str]:
    """Records added, removed or re-read: a file that did not change keeps its Loaded object."""
    before, after = _by_id(old), _by_id(new)
    return {i for i in before.keys() | after.keys() if before.get(i) is not after.get(i)}


def _named(item: Loaded) -> set[str]:
    return {target for _loc, target, _kinds in checks.references(item)}


def neighbours(archive: Archive, links: Links, ids: set[str]) -> set[str]:
    """The records whose pages show something of `ids`: the records they name (back-reference
    lists), the records that name them (links, names, dates) and, for a source, every page that
    shows a claim citing it (its title and kind appear beside each citation)."""
    found = set(ids)
    for record_id in ids:
        item = archive.get(record_id)
        citing = {mention.record.id: mention.record for mention in links.incoming.get(record_id, [])}
        found.update(citing)
        if item is None:
            continue
        found.update(_named(item))
        if item.kind == "sources":
            for other in citing.values():
                found.update(_named(other))
    return found


def _owner(path: str) -> str:
    """The page a file belongs to: itself, or the page a continuation page continues."""
    return path.removesuffix(".md").split(paging.MARK)[0]


def _is_listing(path: str) -> bool:
    parts = path.split("/")
    return len(parts) != 3 or parts[1] not in KINDS or _owner(parts[2]) == "index"


class Regenerator:
    """The last archive and generated files of a `serve` session, updated edit by edit."""

    def __init__(self) -> None:
        self.cache: Cache = {}
        """What loading each data file gave, reused while the file is unchanged."""
        self.archive: Archive | None = None
        self.version = ""
        self.links = Links()
        self.names: dict[str, str] = {}
        self.files: dict[str, str] = {}

    def update(self, archive: Archive, version: str = "", site: Site | None = None,
               histories: dict[str, History] | None = None) -> dict[str, str]:
        """Every generated file for `archive`, re-rendering only what the changes touch."""
        fresh = self.archive is None or version != self.version
        if not fresh and self.archive is not None and not changed_ids(self.archive, archive):
            return self.files  # e.g. the rebuild that MkDocs starts for the pages just written
        renderer = render.Renderer(archive, version, site, histories)
        names = {item.id: renderer.name(item) for item in archive.all()}
        files = renderer.pages() | render.extra_files(renderer) if fresh else \
            self._rerender(renderer, names)
        self.archive, self.version, self.links, self.names, self.files = \
            archive, version, renderer.links, names, files
        return files

    def _rerender(self, renderer: render.Renderer, names: dict[str, str]) -> dict[str, str]:
        assert self.archive is not None
        old, new = self.archive, renderer.archive
        changed = changed_ids(old, new)
        # A statement is named after its speaker: renaming a person renames their statements too.
        renamed = {i for i in names.keys() | self.names.keys() if names.get(i) != self.names.get(i)}
        touched = neighbours(old, self.links, changed | renamed) | \
            neighbours(new, renderer.links, changed | renamed)
        current = _by_id(new)
        # Pages to drop: those of removed records, and every page about to be rendered again
        # (with its continuation pages, whose number may change) and all listings.
        redone = {render.page_path(item.kind, item.id).removesuffix(".md")
                  for item in old.all() if item.id in touched}
        files = {path: text for path, text in self.files.items()
                 if _owner(path) not in redone and not _is_listing(path)}
        for record_id in touched:
            if record_id in current:
                files.update(renderer.record_pages(current[record_id]))
        files.update(renderer.listing_pages())
        files.update(render.extra_files(renderer))
        return files


class TemplateCache(jinja2.BytecodeCache):
    """Compiled theme templates kept for the whole `serve` session: MkDocs makes a new template
    environment on every rebuild and would otherwise compile Material's templates each time."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()
