"""Ready HTML in a generated page, passed through Python-Markdown without being parsed.

Why: a record page's claims and reference list are dense with links, spans and entities, and
Python-Markdown's inline patterns and its raw-HTML parsers (MkDocs' `_RawHTMLPreprocessor`, then
`html_block`) went over every character of them: a record page cost 5.6 to 6 times a simple page
of as much text in MkDocs (12.6 ms against 2.2 ms CPU at 2,000 records; bench/report.md), and
the same page stripped of its tags still cost half as much. So the generator writes those parts
as finished HTML (render/templates), each fenced by two marker lines, START and END, and this
extension hands each fenced region to Python-Markdown's HTML stash before any other
preprocessor runs: the region is never read again, and comes out of the build as written.

What MkDocs would have done to the region is done here, in plain functions:
- `rewrite_hrefs`: an internal link is written as the page file it leads to (`../places/x.md`,
  `x.md#r3`), as in Markdown; each is turned into the built page's address by MkDocs' own
  resolver (the `relpath` treeprocessor's `path_to_url`: directory URLs or the offline copy's
  `.html`, the i18n plugin's page of the reader's edition, and the record of links to anchors
  that MkDocs validates).
- `ids_in`: the ids in a region are added to the anchors MkDocs knows the page has (the
  `mkdocs_raw_html` preprocessor's `present_anchor_ids`), so a link to a claim is still checked.
Without MkDocs (plain Python-Markdown) hrefs are left as written.
"""

from __future__ import annotations

import posixpath
import re
import weakref
from collections.abc import Callable
from typing import Any, ClassVar
from urllib.parse import unquote as urlunquote

from markdown import Markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]
from mkdocs.utils import get_relative_url

from casearchive.model.pages import READY_HTML

START, END = READY_HTML
"""The lines that fence a region of ready HTML (alone on their lines, at the start of a line)."""

PRIORITY = 25
"""Before MkDocs' `mkdocs_raw_html` (21) and Python-Markdown's `html_block` (20), which would
otherwise parse the region; after `normalize_whitespace` (30), which strips the characters that
mark a stash placeholder."""

_HREF = re.compile(r'href="([^"#:/][^":]*)"')
"""A relative link to a file of the site, as the templates write it (`../places/x.md`, `x.md#r3`,
`../data/persons/x.json`): no scheme, not from the root. Links within the page (`#r3`) need no
rewriting; an address with an escaped colon (`https&#58;//…`) is external."""
_ID = re.compile(r'\sid="([^"]+)"')


def rewrite_hrefs(html: str, resolve: Callable[[str], str]) -> str:
    """`html` with each relative link to a file of the site (`href="../x/y.md#a"`, a page or a
    download) resolved by `resolve`, which gets and returns the link as written (the templates
    write ids and paths with no character to escape).

    >>> rewrite_hrefs('<a href="../places/x.md#r1">x</a> <a href="#r2">[2]</a>',
    ...               lambda href: href.replace(".md", "/"))
    '<a href="../places/x/#r1">x</a> <a href="#r2">[2]</a>'
    """
    return _HREF.sub(lambda m: m.group() if "&#58;" in m.group(1) else f'href="{resolve(m.group(1))}"',
                     html)


def ids_in(html: str) -> set[str]:
    """The ids of the elements in `html` (written by the templates, so always in double quotes).

    >>> sorted(ids_in('<span class="ca-refno" id="r1">1</span><a id="born" href="#born">¶</a>'))
    ['born', 'r1']
    """
    return set(_ID.findall(html))


def regions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner HTML) of each fenced region of `text`, in order (found with str.find:
    a regular expression over the whole page cost a tenth of the page's time).

    >>> regions(f"a\\n{START}\\n<p>x</p>\\n{END}\\nb")[0][2]
    '<p>x</p>'
    """
    found: list[tuple[int, int, str]] = []
    start = text.find(START)
    while start != -1:
        if start and text[start - 1] != "\n":  # not a line of its own
            start = text.find(START, start + 1)
            continue
        inner = start + len(START) + 1
        close = text.find("\n" + END, inner - 1)
        if close == -1:
            break  # an unclosed region is left to Markdown, as written
        found.append((start, close + 1 + len(END), text[inner:close] if close >= inner else ""))
        start = text.find(START, close + 1 + len(END))
    return found


class FolderTargets:
    """The page file each link of a folder's pages leads to, looked up once per folder.

    Why: MkDocs' `path_to_url` finds a link's target in the site's files anew for every link of
    every page (with the i18n plugin, through its `get_file_from_path`: 3 s of a 36 s edition
    build at 2,000 records, 65,000 calls), though the target of a relative link depends only on
    the folder of the page it is written in. So the target is found once per folder and link;
    what depends on the page itself is still done per page, as MkDocs does it: the address
    relative to the page, and the record of links to anchors that MkDocs validates. A link whose
    target is missing or excluded from the site goes to `path_to_url` every time, which says so
    (a warning, an error under `--strict`)."""

    _of: ClassVar[weakref.WeakKeyDictionary[Any, FolderTargets]] = weakref.WeakKeyDictionary()

    def __init__(self) -> None:
        self._found: dict[tuple[Any, str, str], Any] = {}

    @classmethod
    def of(cls, relpath: Any) -> FolderTargets:
        """The targets found for the files of `relpath`'s build (a new set for each build)."""
        files = relpath.files
        if files not in cls._of:
            cls._of[files] = cls()
        return cls._of[files]

    def url(self, relpath: Any, href: str) -> str:
        """`href` (`../places/x.md#r1`, as written in `relpath`'s page) as the built page's
        address relative to that page (`../../places/x/#r1`)."""
        path, _, anchor = href.partition("#")
        page = relpath.file
        language = getattr(getattr(relpath.files, "plugin", None), "current_language", None)
        key = (language, posixpath.dirname(page.src_uri), path)
        if key not in self._found:
            uri = next(relpath._possible_target_uris(page, urlunquote(path),
                                                     relpath.config.use_directory_urls))
            self._found[key] = relpath.files.get_file_from_path(uri)
        target = self._found[key]
        if target is None or target.inclusion.is_excluded() or "?" in path:
            return str(relpath.path_to_url(href))
        if anchor:
            relpath.links_to_anchors.setdefault(target, {}).setdefault(anchor, href)
        address = get_relative_url(target.url, page.url)
        return f"{address}#{anchor}" if anchor else address


class ReadyHtmlPreprocessor(Preprocessor):  # type: ignore[misc]
    """Replaces each fenced region by one placeholder line of Python-Markdown's HTML stash."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if START not in text:
            return lines
        relpath = self._relpath()
        resolve: Callable[[str], str] | None = None
        if relpath is not None:
            resolved: dict[str, str] = {}  # a page links to the same records again and again
            targets = FolderTargets.of(relpath)

            def resolve(href: str) -> str:
                if href not in resolved:
                    resolved[href] = targets.url(relpath, href)
                return resolved[href]
        found: set[str] = set()
        out: list[str] = []
        done = 0
        for start, end, html in regions(text):
            if resolve is not None:
                html = rewrite_hrefs(html, resolve)
            found |= ids_in(html)
            out.append(text[done:start])
            if html.strip():  # an empty region (a template's optional lines, none shown) is nothing
                out += ["\n\n", self.md.htmlStash.store(html), "\n\n"]
            done = end
        out.append(text[done:])
        self._count_ids(found)
        return "".join(out).split("\n")

    def _relpath(self) -> Any:
        """MkDocs' link resolver of this page, if MkDocs is converting it."""
        try:
            return self.md.treeprocessors["relpath"]
        except KeyError:  # Python-Markdown alone: links stay as written
            return None

    def _count_ids(self, ids: set[str]) -> None:
        """Adds `ids` to the anchors MkDocs collects from the page's raw HTML: its preprocessor
        runs after this one and sets its set from what it reads, which no longer has them."""
        if not ids or "mkdocs_raw_html" not in self.md.preprocessors:
            return
        collector = self.md.preprocessors["mkdocs_raw_html"]
        collect = collector.run

        def run(lines: list[str]) -> list[str]:
            result: list[str] = collect(lines)
            collector.present_anchor_ids = set(collector.present_anchor_ids) | ids
            return result

        collector.run = run  # this page's instance only: MkDocs makes one per page


class ReadyHtmlExtension(Extension):  # type: ignore[misc]
    """`casearchive.mkdocs.readyhtml` in mkdocs.yml's `markdown_extensions`."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(ReadyHtmlPreprocessor(md), "casearchive_ready_html", PRIORITY)


def makeExtension(**kwargs: Any) -> ReadyHtmlExtension:
    return ReadyHtmlExtension(**kwargs)
