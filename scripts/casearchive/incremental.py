"""Regeneration while `serve` runs: re-read only the data files that changed, render, and write only
the files whose text changed, so that MkDocs rebuilds only those pages. The result is always what
a full `render_archive` would give (tests hold it to that)."""

from __future__ import annotations

import jinja2

from . import render
from .history import History
from .load import Archive, Cache, Loaded
from .siteinfo import Site


def _by_id(archive: Archive) -> dict[str, Loaded]:
    return {item.id: item for item in archive.all()}


def changed_ids(old: Archive, new: Archive) -> set[str]:
    """Records added, removed or re-read: a file that did not change keeps its Loaded object."""
    before, after = _by_id(old), _by_id(new)
    return {i for i in before.keys() | after.keys() if before.get(i) is not after.get(i)}


class Regenerator:
    """The last archive and generated files of a `serve` session, updated edit by edit."""

    def __init__(self) -> None:
        self.cache: Cache = {}
        """What loading each data file gave, reused while the file is unchanged."""
        self.archive: Archive | None = None
        self.version = ""
        self.files: dict[str, str] = {}

    def update(self, archive: Archive, version: str = "", site: Site | None = None,
               histories: dict[str, History] | None = None) -> dict[str, str]:
        """Every generated file for `archive`; nothing is rendered when no record changed."""
        fresh = self.archive is None or version != self.version
        if not fresh and self.archive is not None and not changed_ids(self.archive, archive):
            return self.files  # e.g. the rebuild that MkDocs starts for the pages just written
        # Every page is rendered again: since pages show neighbours in a case's timeline, claims
        # of other records and numbered continuation pages, a partial re-render cannot be proved
        # equal to a full one. What is saved: unchanged files are not read again (the cache) and
        # only files whose text changed are written, so MkDocs rebuilds only those.
        files = render.render_all(render.Renderer(archive, version, site, histories))
        self.archive, self.version, self.files = archive, version, files
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
