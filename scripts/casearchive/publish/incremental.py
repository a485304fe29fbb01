"""Regeneration while `serve` runs, in two steps. At once: re-read only the data files that
changed and render only the pages of the records that changed (the page being edited shows its
change in about a second). Then, in the background: render everything, so that every page that
shows those records (a timeline, a listing, a claim quoted elsewhere) follows. Only files whose
text changed are written, so MkDocs rebuilds only those. After the second step the files are
always what a full `render_archive` gives (tests hold it to that)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import jinja2

from casearchive.load.archive import Archive, Cache, Loaded
from casearchive.load.history import History
from casearchive.model import pages
from casearchive.render import renderer as render
from casearchive.render.address import Site

FOLLOWED = "Pages that show the edited records:"
"""How `serve` logs the background step of an edit (the benchmark waits for it)."""


def _by_id(archive: Archive) -> dict[str, Loaded]:
    return {item.id: item for item in archive.all()}


def changed_ids(old: Archive, new: Archive) -> set[str]:
    """Records added, removed or re-read: a file that did not change keeps its Loaded object."""
    before, after = _by_id(old), _by_id(new)
    return {i for i in before.keys() | after.keys() if before.get(i) is not after.get(i)}


def owner(path: str) -> tuple[str, str]:
    """(kind, id) of the record whose own page a generated path may be: its page in any edition
    or a continuation page of it, x.md, x.fa.md, x--list-2.md... (ids never hold `--`)."""
    page = pages.PageAddress.parse(path)
    if page is None:  # a download (archive/data/x.json): named by its folder and file
        folder, _, name = path.removeprefix(f"{pages.ROOT}/").rpartition("/")
        return folder, name.split(".")[0]
    return page.kind, page.id


def record_files(renderer: render.Renderer, loaded: Loaded) -> dict[str, str]:
    """A record's own pages in every edition, as a full render gives them."""
    files: dict[str, str] = {}
    for edition in render.editions(renderer):
        files.update(edition.record_pages(loaded))
    return files


class Regenerator:
    """The last archive and generated files of a `serve` session, updated edit by edit."""

    def __init__(self) -> None:
        self.cache: Cache = {}
        """What loading each data file gave, reused while the file is unchanged."""
        self.archive: Archive | None = None
        self.version = ""
        self.files: dict[str, str] = {}
        """The generated files as last written."""
        self.pending: render.Renderer | None = None
        """After an edit, the renderer whose full render `complete` has still to give."""

    def outdated(self, archive: Archive, version: str = "") -> bool:
        """Whether `update` would render anything for `archive`."""
        old = self.archive
        return old is None or version != self.version or bool(changed_ids(old, archive))

    def update(self, archive: Archive, version: str = "", site: Site | None = None,
               histories: dict[str, History] | None = None) -> dict[str, str]:
        """The files to write now for `archive`: every generated file on the first call (or
        when the data's version changed); after an edit, the files as they were with the pages
        of the changed records rendered again (and those of removed records gone), `complete`
        giving the rest. The same object when no record changed."""
        old = self.archive
        partly = old is not None and version == self.version
        changed = changed_ids(old, archive) if old is not None and partly else set()
        if partly and not changed:
            return self.files  # e.g. the rebuild after the background step wrote its pages
        renderer = render.Renderer(archive, version, site, histories)
        self.archive, self.version = archive, version
        if old is None or not partly:
            self.files, self.pending = render.render_all(renderer), None
            return self.files
        owners = {(item.kind, item.id) for item in (*old.all(), *archive.all()) if item.id in changed}
        files = {path: text for path, text in self.files.items() if owner(path) not in owners}
        for record_id in sorted(changed):
            loaded = archive.get(record_id)
            if loaded is not None:
                files.update(record_files(renderer, loaded))
        self.files, self.pending = files, renderer
        return files

    def complete(self, stopped: Callable[[], bool] = lambda: False) -> Completion | None:
        """Every generated file for the archive of the last `update`, if that rendered only
        part of them; None if nothing is left to render or `stopped()` became true on the way.
        Safe to run in another thread than `update` (it reads only the renderer it starts with)."""
        renderer = self.pending
        if renderer is None:
            return None
        files: dict[str, str] = {}
        for part in render.parts(renderer):
            if stopped():
                return None
            files.update(part())
        return Completion(renderer, files)

    def accept(self, completion: Completion) -> dict[str, str] | None:
        """Take a completed render as the files written, unless another edit came after the one
        it renders; return the files it replaces (for writing only the differences), or None."""
        if self.pending is not completion.renderer:
            return None
        previous, self.files, self.pending = self.files, completion.files, None
        return previous


@dataclass(frozen=True)
class Completion:
    """A full render of the archive that an edit's `update` rendered only in part."""

    renderer: render.Renderer
    files: dict[str, str]


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
