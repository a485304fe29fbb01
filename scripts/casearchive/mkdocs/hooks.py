"""The thin MkDocs adapter: feeds the generated redirect map to mkdocs-redirects (and writes its
redirects for the Persian edition too), marks what the search index holds and hands each
searchable page to the search index as it is rendered (for `casearchive build`); while serving, it
regenerates pages when data/ changes and re-indexes the preview in the background. All logic
lives in plain functions elsewhere."""

from __future__ import annotations

import copy
import json
import threading
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from casearchive import processes as parallel
from casearchive.mkdocs import i18nfiles, themefiles
from casearchive.publish import incremental
from casearchive.search import pages as search
from casearchive.search import stream

if TYPE_CHECKING:
    from casearchive.publish.build import Project

log = get_plugin_logger("casearchive")
_state = {"command": "", "404": "", "rebuild": ""}
"""The command; the English 404 page while /fa/ builds; while serving, the file whose change
asks for a rebuild."""
REBUILD = ".rebuild"
_built = {"pages": 0}  # pages MkDocs rendered in this build (a dirty rebuild skips unchanged ones)
_indexer = search.Background()
_regenerator = incremental.Regenerator()
_templates = incremental.TemplateCache()
_stream: dict[str, stream.Indexing] = {}  # the index being built, if this build makes one
_lock = threading.Lock()  # the generated files: written by a rebuild or by a background render
_packed: dict[int, bytes] = {}
"""In a build, each converted page's HTML (by page object), compressed until it is rendered."""
_completing: dict[str, Any] = {"stop": threading.Event(), "renderer": None}
"""The background render of the last edit: set `stop` to end it; `renderer` is what it renders."""


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether MkDocs is serving (only then do we regenerate on each rebuild); start the
    search index if `casearchive build` asked for it."""
    _state["command"] = command
    if command == "serve":
        i18nfiles.install()  # each rebuild's i18n file objects, from memory
        themefiles.install()  # and the theme's files
    if command == "build" and stream.requested():
        _stream["index"] = stream.Indexing()


def on_config(config: Any) -> Any:
    """Give mkdocs-redirects the map generated from every record's former_ids. While serving,
    make no sitemap: nobody crawls a preview, and it lists every page on every rebuild."""
    if _state["command"] == "serve":
        config.theme.static_templates.discard("sitemap.xml")
    path = Path(config["docs_dir"]) / "archive" / "redirects.json"
    if path.is_file() and "redirects" in config.plugins:
        maps = config.plugins["redirects"].config["redirect_maps"]
        maps.update(json.loads(path.read_text(encoding="utf-8")))
    return config


def on_template_context(context: Any, template_name: str, config: Any) -> Any:
    """The 404 page belongs to no edition's record: its language switcher leads to each
    edition's home (the i18n plugin would leave it the links of the page built last)."""
    i18n = config.plugins.get("i18n")
    if i18n is not None and template_name == "404.html":
        config.extra.alternate = copy.deepcopy(i18n.extra_alternate)  # as the plugin sets it
    return context


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Watch the hand-written pages but not the generated folder: this hook writes there itself,
    and MkDocs would rebuild once more for every batch of pages written (its `watch` of data/
    starts the rebuilds that regenerate them). A rebuild after the background step of an edit
    is asked for through one file there, which MkDocs leaves out of the site (its name starts
    with a dot)."""
    docs, generated = Path(config["docs_dir"]), _project(config).generated
    server.unwatch(str(docs))
    server.watch(str(docs), recursive=False)
    for entry in sorted(docs.iterdir()):
        if entry.is_dir() and entry != generated:
            server.watch(str(entry))
    generated.mkdir(parents=True, exist_ok=True)
    _state["rebuild"] = str(generated / REBUILD)
    Path(_state["rebuild"]).write_text("", encoding="utf-8")
    server.watch(_state["rebuild"])
    return server


def on_pre_build(config: Any) -> None:
    """While serving, re-check data/ and rewrite the pages of the records that changed (only the
    changed files are read again, only files whose text changed are written); everything else
    is rendered again in the background once this rebuild is done (`_complete`)."""
    i18n = config.plugins.get("i18n")
    if _state["command"] != "serve" or (i18n is not None and not i18n.is_default_language_build):
        return  # another edition's build, right after the first one regenerated every edition
    _indexer.stop()  # it would compete with this rebuild and read pages half written
    _built["pages"] = 0
    from casearchive.load import history
    from casearchive.load.problems import errors
    from casearchive.publish.build import check_archive, data_version, write_generated
    from casearchive.render import address as siteinfo

    project = _project(config)
    archive, problems = check_archive(project.data, _regenerator.cache)
    if errors(problems):
        lines = "\n".join(str(p) for p in errors(problems))
        raise PluginError(f"The data has errors; the pages were not updated:\n{lines}")
    version = data_version(project.root)
    if _regenerator.outdated(archive, version):
        _completing["stop"].set()  # a render of an older edit is of no use any more
    with _lock:
        previous = _regenerator.files or None  # none yet: the first build makes the folder exact
        files = _regenerator.update(archive, version, siteinfo.read(project.root / "mkdocs.yml"),
                                    history.archive_histories(project.root))
        if files is not previous:
            write_generated(project, files, previous)


def _project(config: Any) -> Project:
    from casearchive.publish.build import Project

    return Project(Path(config["config_file_path"]).parent)


def _complete(project: Project, stop: threading.Event) -> None:
    """Render every page for the last edit and write those that changed (MkDocs sees them and
    rebuilds them); give up as soon as another edit comes."""
    from casearchive.publish.build import write_generated

    completion = _regenerator.complete(stop.is_set)
    with _lock:
        if completion is None or stop.is_set():
            return
        previous = _regenerator.accept(completion)
        if previous is not None:
            written, removed = write_generated(project, completion.files, previous)
            log.info(f"{incremental.FOLLOWED} {written} updated, {removed} removed")
            if (written or removed) and _state["rebuild"]:
                Path(_state["rebuild"]).write_text(str(time.time()), encoding="utf-8")


def on_post_build(config: Any) -> None:
    """While serving, once every edition is rebuilt: render the rest of the last edit and index
    the preview (so that search works there too), both in the background. Each edition's build
    writes the site's one 404.html: keep the English one there (the
    Persian one goes to fa/404.html), and point each former id's address in another edition
    (/fa/...) at the record's page in that edition; mkdocs-redirects knows only English ones."""
    i18n, redirects = config.plugins.get("i18n"), config.plugins.get("redirects")
    if _state["command"] == "serve" and _last_edition(i18n):  # every edition is rebuilt
        _indexer.rebuilt(Path(config["site_dir"]), changed=_built["pages"] > 0)
        pending = _regenerator.pending
        if pending is not None and pending is not _completing["renderer"]:  # not yet under way
            stop = threading.Event()
            _completing.update(stop=stop, renderer=pending)
            threading.Thread(target=_complete, args=(_project(config), stop), daemon=True).start()
    if "index" in _stream:
        _write_index(Path(config["site_dir"]), last=_last_edition(i18n))
    if i18n is None:
        return
    lang, site = i18n.current_language, Path(config["site_dir"])
    if lang == i18n.default_language:
        _state["404"] = (site / "404.html").read_text(encoding="utf-8")
        return
    if _state["404"]:
        (site / "404.html").replace(site / lang / "404.html")
        (site / "404.html").write_text(_state["404"], encoding="utf-8")
    if redirects is not None:
        _redirect_edition(config, lang, redirects.config["redirect_maps"])


def _last_edition(i18n: Any) -> bool:
    """Whether the edition just built is the last (mkdocs-static-i18n builds the default
    language first, then the others in their configured order)."""
    if i18n is None:
        return True
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    return bool(i18n.current_language == (others[-1] if others else i18n.default_language))


def _write_index(site: Path, last: bool) -> None:
    """Write the index of the edition just built (apart, if another edition follows), once the
    memory of the pages MkDocs has let go is given back: the indexing service needs most
    memory while it writes, and the two processes run side by side."""
    parallel.give_back_memory()
    if not last:
        _stream["index"].edition_done(site / search.BUNDLE)
        return
    try:
        figures = _stream.pop("index").write(site / search.BUNDLE)
    except stream.ServiceError as error:
        raise PluginError(f"Search indexing failed: {error}") from error
    log.info(f"Search index: {figures.pages} pages, written {figures.writing_s:.1f} s after the last page")


def _redirect_edition(config: Any, lang: str, maps: dict[str, str]) -> None:
    from mkdocs.structure.files import File
    from mkdocs_redirects.plugin import get_html_path, get_relative_html_path, write_html

    directory_urls = config["use_directory_urls"]
    for old, new in maps.items():
        old_page = f"{lang}/{old}"
        new_url = f"{lang}/{File(new, '', '', directory_urls).url}"
        write_html(config["site_dir"], get_html_path(old_page, directory_urls),
                   get_relative_html_path(old_page, new_url, directory_urls))


def on_env(env: Any, config: Any, files: Any) -> Any:
    """While serving, compile the theme's templates once per session, not once per rebuild."""
    if _state["command"] == "serve":
        env.bytecode_cache = _templates
    return env


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """In a build, let the page's Markdown go once it is HTML, and keep the HTML compressed until
    the page is rendered (`on_page_context`): MkDocs converts every page of an edition before it
    renders the first, and would hold every page's source and HTML at once (about 1 GB for the
    Persian edition of 20,000 records, whose text Python stores at two bytes a character)."""
    if _state["command"] != "build":
        return html
    page.markdown = None
    _packed[id(page)] = zlib.compress(html.encode("utf-8"), 1)
    return ""


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """Give the page its HTML back just before its template renders it."""
    packed = _packed.pop(id(page), None)
    if packed is not None:
        page.content = zlib.decompress(packed).decode("utf-8")
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Index only the article of hand-written and record pages (see search.searchable)."""
    _built["pages"] += 1
    if _state["command"] == "build":
        # Written once and never read again: let the page's text go, so that a build holds one
        # page's text at a time (a few hundred MB at 20,000 records in two editions).
        page.content = None
    if not search.searchable(page.file.src_uri):
        return output
    output = search.mark_body(output)
    if "index" in _stream:
        try:
            _stream["index"].add("/" + page.url, output)
        except stream.ServiceError as error:
            raise PluginError(f"Search indexing failed: {error}") from error
    return output


def on_shutdown() -> None:
    """Stop any indexing still running when `serve` stops, or left by a failed build."""
    _indexer.stop()
    _completing["stop"].set()
    _packed.clear()
    if "index" in _stream:
        _stream.pop("index").close()
