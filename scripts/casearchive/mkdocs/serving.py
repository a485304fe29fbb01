"""One `mkdocs serve` session: on each rebuild, re-check data/ and rewrite at once the pages of
the records that changed; render the rest of the edit in the background (a newer edit cancels
it) and ask for one more rebuild when it wrote pages; re-index the preview in the background
after a rebuild that changed pages; compile the theme's templates once per session."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from casearchive.i18n import glossary
from casearchive.load import history
from casearchive.load.problems import errors
from casearchive.mkdocs import homeblock, i18nfiles, themefiles, warmstart
from casearchive.model.pages import ROOT
from casearchive.publish import incremental
from casearchive.publish.build import Project, check_archive, data_version, write_generated
from casearchive.render import address, kindlegend
from casearchive.render.renderer import Renderer
from casearchive.search import pages

log = get_plugin_logger("casearchive")

EMBEDDED = (homeblock.MARKER, glossary.MARKER, kindlegend.MARKER)
"""The markers where a hand-written page shows a part made from the data or the code (the home
page's block, the glossary, the legend of source kinds)."""

REBUILD = ".rebuild"
"""The file in the generated folder whose change asks MkDocs for a rebuild (MkDocs leaves it out
of the site: its name starts with a dot)."""


class ServeSession:
    """What lives from one rebuild to the next while serving."""

    def __init__(self) -> None:
        i18nfiles.install()  # each rebuild's i18n file objects, from memory
        themefiles.install()  # and the theme's files
        self.indexer = pages.Background()
        self.regenerator = incremental.Regenerator()
        self.templates = incremental.TemplateCache()
        self.lock = threading.Lock()  # the generated files: a rebuild or the background render
        self.stop_completing = threading.Event()
        self.completing: Renderer | None = None
        """What the background render of the last edit renders (set stop_completing to end it)."""
        self.pages_built = 0  # pages MkDocs rendered in this rebuild (a dirty one skips unchanged)
        self.rebuild_marker: Path | None = None
        self.started = False
        self.warm = False
        """Whether this session started from the last build's site (`warmstart`): the first
        rebuild then takes out of it the pages whose Markdown is gone."""

    def configure(self, config: Any) -> None:
        """Make no sitemap: nobody crawls a preview, and it lists every page on every rebuild.
        Before the first build, start from the last `casearchive build` if it is current."""
        config.theme.static_templates.discard("sitemap.xml")
        if not self.started:
            self.started = True
            project = project_of(config)
            self.warm = warmstart.start_from(project.root, project.site, Path(config["site_dir"]))
            if self.warm:
                log.info(f"Starting from {project.site}: only pages newer than it are built")

    def watch(self, server: Any, config: Any) -> None:
        """Watch the hand-written pages but not the generated folder: this session writes there
        itself, and MkDocs would rebuild once more for every batch of pages written (its `watch`
        of data/ starts the rebuilds that regenerate them). A rebuild after the background step
        of an edit is asked for through the rebuild marker."""
        docs, generated = Path(config["docs_dir"]), project_of(config).generated
        server.unwatch(str(docs))
        server.watch(str(docs), recursive=False)
        for entry in sorted(docs.iterdir()):
            if entry.is_dir() and entry != generated:
                server.watch(str(entry))
        generated.mkdir(parents=True, exist_ok=True)
        self.rebuild_marker = generated / REBUILD
        self.rebuild_marker.write_text("", encoding="utf-8")
        server.watch(str(self.rebuild_marker))

    def regenerate(self, config: Any) -> None:
        """Re-check data/ and rewrite the pages of the records that changed (only the changed
        files are read again, only files whose text changed are written); everything else is
        rendered again in the background once this rebuild is done (`complete`)."""
        self.indexer.stop()  # it would compete with this rebuild and read pages half written
        self.pages_built = 0
        project = project_of(config)
        archive, problems = check_archive(project.data, self.regenerator.cache)
        if errors(problems):
            lines = "\n".join(str(p) for p in errors(problems))
            raise PluginError(f"The data has errors; the pages were not updated:\n{lines}")
        version = data_version(project.root)
        if self.regenerator.outdated(archive, version):
            self.stop_completing.set()  # a render of an older edit is of no use any more
        with self.lock:
            previous = self.regenerator.files or None  # none yet: the first build makes it exact
            files = self.regenerator.update(archive, version, address.read(project.root / "mkdocs.yml"),
                                            history.archive_histories(project.root))
            if files is not previous:
                write_generated(project, files, previous)
        if self.warm:  # the generated pages are now those of the current data
            self.warm = False
            removed = warmstart.prune(Path(config["site_dir"]), Path(config["docs_dir"]))
            if removed:
                log.info(f"Removed {removed} pages of the last build whose records are gone")

    def build_embedding_pages(self, files: Any) -> None:
        """`serve` rebuilds dirty: MkDocs renders only the pages whose Markdown file is newer than
        their built page. A hand-written page that shows a generated part (EMBEDDED: the home
        page's block of figures and latest events, the glossary, the legend of source kinds)
        changes when that part does while its own file does not, so it stayed as first built
        until a full build; those few pages are now rendered on every rebuild."""
        for file in files.documentation_pages():
            if file.src_uri.startswith(f"{ROOT}/") or file.abs_src_path is None:
                continue
            try:
                text = Path(file.abs_src_path).read_text(encoding="utf-8")
            except OSError:
                continue
            if any(marker in text for marker in EMBEDDED):
                file.is_modified = _always  # this file object only: MkDocs makes them anew

    def every_edition_built(self, config: Any) -> None:
        """Render the rest of the last edit and index the preview (so that search works there
        too), both in the background."""
        self.indexer.rebuilt(Path(config["site_dir"]), changed=self.pages_built > 0)
        pending = self.regenerator.pending
        if pending is not None and pending is not self.completing:  # not yet under way
            self.stop_completing = threading.Event()
            self.completing = pending
            threading.Thread(target=self.complete, args=(project_of(config), self.stop_completing),
                             daemon=True).start()

    def complete(self, project: Project, stop: threading.Event) -> None:
        """Render every page for the last edit and write those that changed (MkDocs sees them
        and rebuilds them); give up as soon as another edit comes."""
        completion = self.regenerator.complete(stop.is_set)
        with self.lock:
            if completion is None or stop.is_set():
                return
            previous = self.regenerator.accept(completion)
            if previous is not None:
                written, removed = write_generated(project, completion.files, previous)
                log.info(f"{incremental.FOLLOWED} {written} updated, {removed} removed")
                if (written or removed) and self.rebuild_marker is not None:
                    self.rebuild_marker.write_text(str(time.time()), encoding="utf-8")

    def close(self) -> None:
        """Stop whatever still runs in the background."""
        self.indexer.stop()
        self.stop_completing.set()


def _always() -> bool:
    """A page's `is_modified` when it is rendered on every rebuild."""
    return True


def project_of(config: Any) -> Project:
    """The project whose mkdocs.yml MkDocs runs."""
    return Project(Path(config["config_file_path"]).parent)
