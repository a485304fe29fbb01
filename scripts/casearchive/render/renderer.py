"""Records → Markdown pages through Jinja templates, in every edition (English, and Persian as
`x.fa.md` beside `x.md`); pure: returns {path: text}, writes nothing."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterator
from typing import Any

from markupsafe import Markup

from casearchive.i18n.languages import LANGUAGES
from casearchive.i18n.wording import Wording
from casearchive.load import traceability
from casearchive.load.archive import Archive, Loaded
from casearchive.load.errors import field_path
from casearchive.load.history import History
from casearchive.model.pages import ROOT, home_block_path, page_path
from casearchive.model.records import Citation, Estimate, Event, Source, SourceKind
from casearchive.render import (
    anchorregistry,
    blocks,
    charts,
    claims,
    datadict,
    escape,
    exports,
    paging,
    references,
    views,
)
from casearchive.render.address import Site
from casearchive.render.environment import environment
from casearchive.render.links import Links, build_links
from casearchive.render.names import Names
from casearchive.render.pagetext import PageText
from casearchive.render.permalinks import Permalinks
from casearchive.render.views import sorted_by_date


class Renderer:
    """Renders every page of one archive in one edition; helpers here are the templates' only
    way to link. `in_language` gives the same renderer for another edition."""

    def __init__(self, archive: Archive, version: str = "", site: Site | None = None,
                 histories: dict[str, History] | None = None, lang: str = "en",
                 anchors: anchorregistry.Registry | None = None) -> None:
        self.archive = archive
        self.anchors = anchors or anchorregistry.Registry()
        self.histories = histories or {}
        self.links: Links = build_links(archive)
        self.version = version
        self.site = site or Site()
        self.citing = claims.citing(archive)
        self._timelines = views.Timelines(archive)
        self.up = "../"
        """How a page reaches the archive's folders (archive/<folder>/ from a generated page)."""
        self._set_language(lang)

    def _set_language(self, lang: str) -> None:
        self.lang, self.ed, self.text = lang, Wording(lang), PageText(lang)
        self.names = Names(self.archive, self.text, self.ed)
        self._helpers = self._build_helpers()
        self.links_made: dict[tuple[str, str, str | None, bool], Markup] = {}
        self._source_lines: dict[str, Markup] = {}
        self._use_lines: dict[int, tuple[Citation, Markup]] = {}

    def at_home(self) -> Renderer:
        """This renderer for a block of the home page (docs/index.md), whose links start from
        the site's root."""
        other = copy.copy(self)
        other.up = f"{ROOT}/"
        other._set_language(self.lang)
        return other

    def in_language(self, lang: str) -> Renderer:
        """This renderer for the `lang` edition, sharing the cross-references already built."""
        other = copy.copy(self)
        other._set_language(lang)
        return other

    def link(self, target: str | Loaded, anchor: str = "", text: str | None = None,
             html: bool = False) -> Markup:
        """A Markdown link to a record page (or a claim on it), text escaped. The same link
        serves every edition: the i18n plugin points it at the page in the reader's language.
        With `html`, the same link as an HTML element, for a region of ready HTML (`a`)."""
        key = (target if isinstance(target, str) else target.id, anchor, text, html)
        if key not in self.links_made:  # the same sources and people are linked thousands of times
            loaded = self.archive.get(target) if isinstance(target, str) else target
            if loaded is None:
                self.links_made[key] = escape.inline(target)
            else:
                suffix = f"#{anchor}" if anchor else ""
                # Given words (a claim's description) with their Latin-script runs isolated in
                # a right-to-left edition, as a record's own name is (Names.markup).
                shown = (self.names.markup(loaded) if text is None
                         else escape.inline(text) if isinstance(text, Markup) else self.text.own(text))
                href = f"{self.up}{loaded.kind}/{loaded.id}.md{suffix}"
                self.links_made[key] = Markup(f'<a href="{href}">{shown}</a>' if html
                                              else f"[{shown}]({href})")
        return self.links_made[key]

    def a(self, target: str | Loaded, anchor: str = "", text: str | None = None) -> Markup:
        """`link` as an HTML element, for a region of ready HTML: its `.md` address is made
        the built page's by MkDocs (mkdocs/readyhtml.py), as a Markdown link's is."""
        return self.link(target, anchor, text, html=True)

    def case_mark(self, case_id: str) -> Markup:
        """A case in a few characters, for a column of many rows (the timeline's): the year it
        began, linked to the case, its full name in the link's title."""
        case = self.archive.get(case_id)
        if case is None:
            return escape.inline(case_id)
        period = str(getattr(case.record, "period", "") or "")
        shown = self.ed.year(int(period[:4])) if period[:4].isdigit() else self.names.plain(case)
        return Markup(f"[{escape.inline(shown)}]({self.up}cases/{case.id}.md)"
                      f'{{ title="{escape.attribute(self.names.plain(case))}" }}')

    def source_links(self, citations: list[Any]) -> Markup:
        """Links to the sources of some citations, in one line."""
        return Markup(self.ed.label("comma")).join(
            self.link(c.source_id) for c in citations)

    def kind_of(self, source_id: str) -> str:
        """A source's kind ('' if the id names no source)."""
        source = self.archive.get(source_id)
        return source.as_(Source).kind.value if source else ""

    def claimant_record(self, value: Any, table: bool = False) -> str | None:
        """The record that names who gives a figure, or None to show its claimant text. In a
        table of figures (`table`), every claimant with a record (the table's column links it);
        elsewhere only in a translated edition where the claimant text has no translation: the
        record's name there reads better than the English words, marked as such."""
        if value.claimant_id is None:
            return None
        if table or (self.lang != "en" and self.text.own_plain(value, "claimant") is None):
            return str(value.claimant_id)
        return None

    def claimant_plain(self, value: Any) -> str:
        """Who gives a figure, as plain text in this edition (charts): `claimant_record`'s name,
        else the claimant text (translated where it is)."""
        record = self.claimant_record(value)
        if record is not None:
            return self.names.plain(record)
        return self.text.own_plain(value, "claimant") or value.claimant

    def chart_of(self, item: Loaded) -> Markup:
        """The chart of an estimate's figures, with its text alternative (render/charts.py)."""
        values = views.sorted_values(item.as_(Estimate).values)
        listed = self.ed.label("semicolon").join(
            f"{self.claimant_plain(v)}: "
            f"{self.ed.figure(v) if v.low is not None or v.high is not None else v.figure_text}"
            for v in values)
        title = self.text.t_plain("chart.title", title=self.names.plain(item))
        description = self.text.t_plain("chart.description", count=self.ed.number(len(values)),
                                        figures=listed)
        return charts.chart(values, lambda v: self.kind_of(v.citations[0].source_id), self.ed.number,
                            title, description, self.claimant_plain, f"chart-{item.id}",
                            (self.ed.label("chart.linear"), self.ed.label("chart.log")))

    def data_link(self, text: str, item: Loaded | None = None, file: str = "index.md",
                  html: bool = False) -> Markup:
        """A Markdown link to a download: a record's JSON, or a file of the open-data folder
        (with `html`, an HTML element, for a region of ready HTML)."""
        path = exports.record_path(item) if item else f"{exports.FOLDER}/{file}"
        if html:
            return Markup(f'<a href="{self.up}{path}">{escape.inline(text)}</a>')
        return Markup(f"[{escape.inline(text)}]({self.up}{path})")

    def permalink_to(self, target: Loaded, anchor: str, html: bool = False) -> Markup:
        """A ¶ link to a claim on its record's page, for pages that only repeat the claim (with
        `html`, an HTML element, for a region of ready HTML)."""
        words = self.ed.label("permalink.elsewhere")  # ours, without a double quote
        href = f"{self.up}{target.kind}/{target.id}.md#{escape.attribute(anchor)}"
        if html:
            return Markup(f'<a class="ca-anchor" href="{href}" title="{words}">¶</a>')
        return Markup(f'[¶]({href}){{: .ca-anchor title="{words}" }}')

    def link_index(self, kind: str) -> Markup:
        """A Markdown link to the index of one record kind."""
        return Markup(f"[{escape.inline(self.ed.kind_title(kind))}]({self.up}{kind}/index.md)")

    def link_page(self, folder: str, text: str) -> Markup:
        """A Markdown link to a generated page that is not a record (timeline, contested...)."""
        return Markup(f"[{escape.inline(text)}]({self.up}{folder}/index.md)")

    def link_contested(self, case_id: str, text: str, anchor: str = "") -> Markup:
        """A Markdown link to one case's page of contested facts (or a section of it)."""
        suffix = f"#{escape.attribute(anchor)}" if anchor else ""
        return Markup(f"[{escape.inline(text)}]({self.up}{CONTESTED}/{case_id}.md{suffix})")

    def dated_events(self, case: Loaded) -> list[Loaded]:
        """A case's events whose dates sources disagree on, in date order."""
        return [e for e in sorted_by_date(self.links.from_kind(case.id, "events", "case_id"))
                if e.as_(Event).date_variants]

    def url(self, href: str, text: str | None = None) -> Markup:
        """An external link that leaks no referrer and no opener."""
        shown = self.text.own(text or href)
        return Markup(f'<a href="{escape.attribute(href)}" rel="noopener noreferrer">'
                      f"{shown}</a>")

    def context(self, **extra: Any) -> dict[str, Any]:
        """Names every template can use."""
        return {**self._helpers, **extra}

    def _build_helpers(self) -> dict[str, Any]:
        archive, links, text = self.archive, self.links, self.text
        return {**text.helpers(),
                "archive": archive, "links": links, "link": self.link, "a": self.a, "url": self.url,
                "case_mark": self.case_mark,
                "name": self.names.plain, "title_of": self.names.markup, "version": self.version,
                "json": json.dumps, "meta": escape.meta, "site": self.site,
                "quote": self.quote, "locator": self.locator, "source_of": self.source_of,
                "reference_source": self.reference_source, "reference_use": self.reference_use,
                "source_title": self.names.source_title, "figure_of": self.figure_of,
                "source_links": self.source_links, "summary_of": self.summary_of,
                "mark_class": references.mark_class, "chart_of": self.chart_of, "source_kind": SourceKind,
                "citing": self.citing, "describe": self.describe, "data_link": self.data_link,
                "link_index": self.link_index, "permalink_to": self.permalink_to, "link_page": self.link_page,
                "link_contested": self.link_contested, "dated_events": self.dated_events,
                "say": lambda item, field, holder: self.describe(claims.Claim(item, field, holder)),
                "anchor_of": claims.anchor_of, "claim_columns": exports.CLAIM_COLUMNS,
                "licence": exports.LICENCE, "licence_url": exports.LICENCE_URL,
                "sorted_by_date": sorted_by_date, "by_year": views.by_year,
                "sorted_positions": views.sorted_positions, "sorted_values": views.sorted_values,
                "ranked_values": views.ranked_values, "claimant_record": self.claimant_record,
                "traced": functools.cache(lambda: traceability.figures(archive)),
                "field_path": field_path,
                "sorted_variants": views.sorted_variants,
                "key_estimates": lambda: views.key_estimates(archive),
                "roles_of": lambda item: views.roles_of(archive, links, item, self._say),
                "participants_of": lambda item: views.participants_of(archive, links, item, self._say),
                "members_of": lambda item, field="organisation_id": views.members_of(
                    links, item, field),
                "figures_by": lambda item: views.figures_by(links, item),
                "events_at": lambda item: views.events_at(links, item),
                "case_parties": lambda events: views.case_parties(archive, links, events),
                "neighbours": self._timelines.neighbours,
                "mentioned_in": lambda item: views.mentioned_in(links, item)}

    def _say(self, key: str, other: Loaded, holder: Any) -> str:
        return self.ed.label(f"claim.{key}", name=self.names.plain(other),
                             role=self.text.plain(holder, "role"))

    def source_of(self, holder: Any) -> Loaded | None:
        """The source of a claim's first citation (whose language its quoted words are in)."""
        return self.archive.get(holder.citations[0].source_id)

    def quote(self, words: str, source: Loaded | None) -> Markup:
        """Words quoted from a source, marked with the source's language."""
        return self.text.quote(words, source.as_(Source).language if source else self.lang)

    def locator(self, citation: Citation, source: Loaded | None) -> Markup:
        """Where in its source a citation points, in this edition (PageText.locator); the
        source's own words in it marked with the source's language."""
        return self.text.locator(citation, source.as_(Source).language if source else "en")

    def reference_source(self, source_id: str) -> Markup:
        """A source's line in a page's reference list, after its number: the same on every page
        of this edition that cites it, so made once (_reference_source.md.j2)."""
        if source_id not in self._source_lines:
            self._source_lines[source_id] = self._piece(
                "_reference_source.md.j2", source_id=source_id, kind=self.kind_of(source_id))
        return self._source_lines[source_id]

    def reference_use(self, citation: Citation) -> Markup:
        """What a citation adds under its source in a page's reference list, after its number:
        made once per citation in this edition (_reference_use.md.j2)."""
        made = self._use_lines.get(id(citation))
        if made is None:  # the citation is kept with its line, so its id is never another's
            made = self._use_lines[id(citation)] = (
                citation, self._piece("_reference_use.md.j2", c=citation))
        return made[1]

    def _piece(self, template: str, **values: Any) -> Markup:
        """A part of a page from its own template, with the shared context only (nothing of
        the page it goes in)."""
        return Markup(environment().get_template(template).render(self.context(**values)))

    def figure_of(self, value: Any) -> Markup:
        """A figure in this edition's words; one given only in words is marked if untranslated."""
        if value.low is None and value.high is None:
            return self.text.val(value, "figure_text")
        return escape.inline(self.ed.figure(value))

    def summary_of(self, item: Loaded) -> Markup:
        """A short line for index tables (see views.summary_of for the English one)."""
        if self.lang == "en":
            return escape.inline(views.summary_of(item))
        return self.text.index_line(item)

    def describe(self, claim: claims.Claim) -> str:
        """What a claim asserts, in words, naming the records it refers to."""
        return claims.describe(claim, self.names.plain, self.lang)

    def render(self, template: str, path: str, title: str, **values: Any) -> str:
        """One page from its template, with the shared context and the page's permalinks."""
        item = values.get("item")
        aliases = self.anchors.aliases(anchorregistry.page_of(item) if isinstance(item, Loaded) else "")
        here = Permalinks(self.site, self.version, path, title, self.lang, aliases)
        refs = references.References(self.kind_of, self.ed.number, self.text.t("unverified"))
        return blocks.end_tables(environment().get_template(template).render(
            self.context(here=here, refs=refs, cite=refs.cite, title=title, **values)))

    def record_page(self, loaded: Loaded) -> str:
        """The page of one record."""
        return self.render(f"{loaded.kind.rstrip('s')}.md.j2",
                           page_path(loaded.kind, loaded.id, self.lang),
                           self.names.plain(loaded), item=loaded, r=loaded.record,
                           history=self.histories.get(loaded.path))

    def record_pages(self, loaded: Loaded) -> dict[str, str]:
        """The page of one record and, if it has long lists, their continuation pages."""
        path, title = page_path(loaded.kind, loaded.id, self.lang), self.names.plain(loaded)
        return paging.split_page(path, self.record_page(loaded), title, self._renders(path, title),
                                 paging.RECORD_ROWS, paging.RECORD_PAGE_ROWS)

    def _renders(self, path: str, title: str) -> paging.Renders:
        """`render` for the continuation pages of the page at `path`."""
        return lambda template, **values: self.render(template, path, title, **values)

    def page_parts(self, backwards: bool = False) -> Iterator[Callable[[], dict[str, str]]]:
        """Every generated page of this edition (paths inside docs/ → text) in small parts (each
        record's pages, then the listings), for a caller that may stop between them; with
        `backwards`, the records in the opposite order."""
        items = self.archive.all()
        for item in reversed(items) if backwards else items:
            yield functools.partial(self.record_pages, item)
        yield self.listing_pages

    def listing_pages(self) -> dict[str, str]:
        """The pages that list many records (one index per kind, the timeline, contested facts,
        the overview, open data): any edit may change them."""
        pages = {}
        for kind, by_id in self.archive.records.items():
            items = [by_id[i] for i in sorted(by_id)]
            path, title = page_path(kind, lang=self.lang), self.ed.kind_title(kind)
            text = self.render("index.md.j2", path, title, kind=kind, items=items)
            pages.update(paging.split_page(path, text, title, self._renders(path, title),
                                           paging.LISTING_ROWS, paging.LISTING_ROWS))
        for folder, template, title in SPECIAL_PAGES:
            path = page_path(folder, lang=self.lang)
            pages[path] = self.render(template, path, self.ed.label(title))
        pages[home_block_path(self.lang)] = self.home_block()
        pages.update(self.contested_pages())
        return pages

    def contested_pages(self) -> dict[str, str]:
        """Contested facts: an overview of every case's ranges, and one page per case with its
        charts, tables and citations (one page for all grew to megabytes)."""
        cases = sorted(self.archive.records["cases"].values(), key=lambda c: c.id)
        path = page_path(CONTESTED, lang=self.lang)
        pages = {path: self.render("contested.md.j2", path, self.ed.label("contested.title"),
                                   cases=cases, has_dates=any(map(self.dated_events, cases)),
                                   disputed=lambda case: views.disputed_estimates(self.archive, case.id),
                                   shown=OVERVIEW_FIGURES)}
        for case in cases:
            path = page_path(CONTESTED, case.id, self.lang)
            title = self.ed.label("contested.case_title", case=self.names.plain(case))
            pages[path] = self.render("contested_case.md.j2", path, title, case=case)
        return pages

    def home_block(self) -> str:
        """The generated part of the home page (mkdocs/homeblock.py puts it in docs/index.md):
        the cases with their dates and the range of each one's most disputed figure, each end
        with who gives it, and the latest events."""
        home = self.at_home()
        cases = sorted(self.archive.records["cases"].values(), key=lambda c: c.id)
        return blocks.end_tables(environment().get_template("home.md.j2").render(home.context(
            cases=cases[:HOME_CASES], more_cases=len(cases) - HOME_CASES,
            headline=lambda case: views.headline_estimate(self.archive, case.id),
            latest=views.latest_events(self.archive, HOME_LATEST))))


CONTESTED = "contested"
"""The folder of the contested facts: index.md, the overview, and <case id>.md per case."""
OVERVIEW_FIGURES = 6
"""Contested figures per case whose range the contested facts' overview shows (the most disputed;
the case's own page has them all): the overview stays light however many the archive holds."""
HOME_CASES, HOME_LATEST = 4, 5
"""Cases and latest events the home page's first screen shows (the rest are a link away)."""

SPECIAL_PAGES = [
    ("timeline", "timeline.md.j2", "timeline.title"),
    ("overview", "overview.md.j2", "overview.title"),
    (exports.FOLDER, "data.md.j2", "open_data.title"),
    ("sources-report", "sourcesreport.md.j2", "sources_report.title"),
]
"""Folder → template and title (a label key) of each generated page that is not a record or an
index."""


def redirects(archive: Archive) -> dict[str, str]:
    """Old page → current page for every former id (paths inside docs/)."""
    return {page_path(item.kind, old): page_path(item.kind, item.id)
            for item in archive.all() for old in getattr(item.record, "former_ids", [])}


def extra_files(renderer: Renderer) -> dict[str, str]:
    """Generated files other than pages: the open-data exports and the redirect map."""
    return {path: text for part in extra_parts(renderer) for path, text in part.items()}


def extra_parts(renderer: Renderer) -> Iterator[dict[str, str]]:
    """`extra_files` a few at a time (exports.export_parts)."""
    archive = renderer.archive
    for part in exports.export_parts(archive, renderer.site, renderer.version, renderer.names.plain):
        yield {f"{ROOT}/{path}": text for path, text in part.items()}
    yield {f"{ROOT}/redirects.json": json.dumps(redirects(archive), indent=1, sort_keys=True),
           **{path: datadict.data_dictionary(lang) for lang, path in datadict.PAGES.items()}}


def render_archive(archive: Archive, version: str = "", site: Site | None = None,
                   histories: dict[str, History] | None = None,
                   anchors: anchorregistry.Registry | None = None) -> dict[str, str]:
    """All generated files: Markdown pages in every edition, open-data exports and the redirect
    map; `anchors`: the published anchors that answer beside their claims' current ones."""
    return render_all(Renderer(archive, version, site, histories, anchors=anchors))


def render_all(renderer: Renderer) -> dict[str, str]:
    """Every generated file of the renderer's archive, in every edition."""
    files: dict[str, str] = {}
    for part in parts(renderer):
        files.update(part())
    return files


def parts(renderer: Renderer) -> Iterator[Callable[[], dict[str, str]]]:
    """render_all in small parts, in the order of `jobs`, for a caller that may stop between
    them."""
    for edition in editions(renderer):
        yield from edition.page_parts()
    yield lambda: extra_files(renderer)


def jobs(renderer: Renderer) -> list[Callable[[], Iterator[dict[str, str]]]]:
    """render_all in independent jobs (each edition's pages, then the other files), for
    rendering them in parallel; each job gives its files a few at a time (a record's pages, the
    listings), so that its writer never holds a whole edition: at 20,000 records an edition's
    pages held at once were most of the render stage's 2.7 GB. Every other edition goes through
    the records backwards: the editions' pages of a record share its folder, and two processes
    making files in the same folders at the same time wait on each other (writing the pages of
    2,000 records, a third more time than in folders apart)."""
    pages = [functools.partial(_in_parts, edition, bool(number % 2))
             for number, edition in enumerate(editions(renderer))]
    return [*pages, lambda: extra_parts(renderer)]


def _in_parts(renderer: Renderer, backwards: bool) -> Iterator[dict[str, str]]:
    for part in renderer.page_parts(backwards):
        yield part()


def editions(renderer: Renderer) -> list[Renderer]:
    """The renderer in every edition (English first)."""
    return [renderer.in_language(lang) for lang in LANGUAGES]
