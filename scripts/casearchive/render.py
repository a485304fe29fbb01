"""Records → Markdown pages through Jinja templates; pure: returns {path: text}, writes nothing."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from . import claims, dates, escape, exports, paging, views
from .history import History
from .links import Links, build_links
from .load import Archive, Loaded
from .model import SourceKind
from .permalinks import Permalinks
from .siteinfo import ROOT as ROOT  # re-exported: build.py and others name render.ROOT
from .siteinfo import Site
from .siteinfo import page_path as page_path
from .views import display_name, sorted_by_date

KIND_LABELS = {
    SourceKind.un_document: "UN document", SourceKind.court_record: "court record",
    SourceKind.ngo_report: "NGO report", SourceKind.news: "news",
    SourceKind.memoir: "memoir", SourceKind.state_media: "state media",
    SourceKind.advocacy: "advocacy / affiliated outlet", SourceKind.government: "government",
    SourceKind.wikipedia: "Wikipedia", SourceKind.other: "other",
}
KIND_TITLES = {
    "sources": "Sources", "cases": "Cases", "persons": "People",
    "organisations": "Organisations", "places": "Places", "events": "Events",
    "statements": "Statements", "estimates": "Estimates",
}


def _finalize(value: Any) -> Any:
    # Every {{ value }} is escaped unless a template helper already produced safe Markup.
    if value is None:
        return ""
    return value if isinstance(value, Markup) else escape.inline(value)


@cache
def environment() -> jinja2.Environment:
    """The template environment: strict about undefined names, escaping by default."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("casearchive", "templates"),
        undefined=jinja2.StrictUndefined, finalize=_finalize, autoescape=True,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(join=escape.join, paras=escape.paragraphs, when=when, figure=claims.figure,
                       kind_label=lambda k: KIND_LABELS[k], dir=text_direction, counted=counted)
    return env


def when(value: str | None) -> str:
    """An honest date in words, or an empty string."""
    return dates.parse(value).display() if value else ""


def counted(number: int, noun: str) -> str:
    """'1 record', '2 records'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def text_direction(language: str) -> str:
    """`rtl` for right-to-left scripts."""
    return "rtl" if language.split("-")[0] in ("fa", "ar", "he", "ur", "ps", "ckb") else "ltr"


class Renderer:
    """Renders every page of one archive; helpers here are the templates' only way to link."""

    def __init__(self, archive: Archive, version: str = "", site: Site | None = None,
                 histories: dict[str, History] | None = None) -> None:
        self.archive = archive
        self.histories = histories or {}
        self.links: Links = build_links(archive)
        self.version = version
        self.site = site or Site()
        self.citing = claims.citing(archive)
        self._timelines = views.Timelines(archive)
        self._helpers = self._build_helpers()
        self.links_made: dict[tuple[str, str, str | None], Markup] = {}

    def link(self, target: str | Loaded, anchor: str = "", text: str | None = None) -> Markup:
        """A Markdown link to a record page (or a claim on it), text escaped."""
        key = (target if isinstance(target, str) else target.id, anchor, text)
        if key not in self.links_made:  # the same sources and people are linked thousands of times
            loaded = self.archive.get(target) if isinstance(target, str) else target
            suffix = f"#{anchor}" if anchor else ""
            self.links_made[key] = escape.inline(target) if loaded is None else Markup(
                f"[{escape.inline(text or self.name(loaded))}](../{loaded.kind}/{loaded.id}.md{suffix})")
        return self.links_made[key]

    def data_link(self, text: str, item: Loaded | None = None, file: str = "index.md") -> Markup:
        """A Markdown link to a download: a record's JSON, or a file of the open-data folder."""
        path = exports.record_path(item) if item else f"{exports.FOLDER}/{file}"
        return Markup(f"[{escape.inline(text)}](../{path})")

    def permalink_to(self, target: Loaded, anchor: str) -> Markup:
        """A ¶ link to a claim on its record's page, for pages that only repeat the claim."""
        return Markup(f"[¶](../{target.kind}/{target.id}.md#{escape.attribute(anchor)})"
                      '{: .ca-anchor title="This claim on its record\'s page, with its permalink" }')

    def link_index(self, kind: str) -> Markup:
        """A Markdown link to the index of one record kind."""
        return Markup(f"[{escape.inline(KIND_TITLES[kind])}](../{kind}/index.md)")

    def link_page(self, folder: str, text: str) -> Markup:
        """A Markdown link to a generated page that is not a record (timeline, contested...)."""
        return Markup(f"[{escape.inline(text)}](../{folder}/index.md)")

    def url(self, href: str, text: str | None = None) -> Markup:
        """An external link that leaks no referrer and no opener."""
        shown = escape.inline(text or href)
        return Markup(f'<a href="{escape.attribute(href)}" rel="noopener noreferrer">'
                      f"{shown}</a>")

    def context(self, **extra: Any) -> dict[str, Any]:
        """Names every template can use."""
        return {**self._helpers, **extra}

    def _build_helpers(self) -> dict[str, Any]:
        archive, links = self.archive, self.links
        return {"archive": archive, "links": links, "link": self.link, "url": self.url,
                "name": self.name, "title_of": self.name, "version": self.version,
                "json": json.dumps, "meta": escape.meta, "site": self.site,
                "citing": self.citing, "describe": self.describe, "data_link": self.data_link,
                "link_index": self.link_index, "permalink_to": self.permalink_to, "link_page": self.link_page,
                "say": lambda item, field, holder: self.describe(claims.Claim(item, field, holder)),
                "anchor_of": claims.anchor_of, "claim_columns": exports.CLAIM_COLUMNS,
                "licence": exports.LICENCE, "licence_url": exports.LICENCE_URL,
                "sorted_by_date": sorted_by_date, "by_year": views.by_year,
                "sorted_positions": views.sorted_positions, "sorted_values": views.sorted_values,
                "sorted_variants": views.sorted_variants, "summary_of": views.summary_of,
                "key_estimates": lambda: views.key_estimates(archive),
                "roles_of": lambda item: views.roles_of(archive, links, item),
                "participants_of": lambda item: views.participants_of(archive, links, item),
                "members_of": lambda item, field="organisation_id": views.members_of(
                    links, item, field),
                "figures_by": lambda item: views.figures_by(links, item),
                "events_at": lambda item: views.events_at(links, item),
                "case_parties": lambda events: views.case_parties(archive, links, events),
                "neighbours": self._timelines.neighbours,
                "mentioned_in": lambda item: views.mentioned_in(links, item)}

    def name(self, loaded: Loaded | str | None) -> str:
        """A record's name; a statement is named by its speaker, date and first words."""
        if isinstance(loaded, str):
            return self.name(self.archive.get(loaded)) or loaded
        if loaded is None:
            return ""
        if loaded.kind != "statements":
            return display_name(loaded)
        r = loaded.record
        speaker = self.archive.get(r.speaker_id)
        words = (r.original or r.translations[0]).text.split()
        opening = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
        when_said = f", {when(r.date)}" if r.date else ""
        return f"{display_name(speaker) if speaker else r.speaker_id}{when_said}: “{opening}”"

    def describe(self, claim: claims.Claim) -> str:
        """What a claim asserts, in words, naming the records it refers to."""
        return claims.describe(claim, self.name)

    def render(self, template: str, path: str, title: str, **values: Any) -> str:
        """One page from its template, with the shared context and the page's permalinks."""
        here = Permalinks(self.site, self.version, path, title)
        return environment().get_template(template).render(
            self.context(here=here, title=title, **values))

    def record_page(self, loaded: Loaded) -> str:
        """The page of one record."""
        return self.render(f"{loaded.kind.rstrip('s')}.md.j2", page_path(loaded.kind, loaded.id),
                           self.name(loaded), item=loaded, r=loaded.record,
                           history=self.histories.get(loaded.path))

    def record_pages(self, loaded: Loaded) -> dict[str, str]:
        """The page of one record and, if it has long lists, their continuation pages."""
        path, title = page_path(loaded.kind, loaded.id), self.name(loaded)
        return paging.split_page(path, self.record_page(loaded), title, self._renders(path, title),
                                 paging.RECORD_ROWS, paging.RECORD_PAGE_ROWS)

    def _renders(self, path: str, title: str) -> paging.Renders:
        """`render` for the continuation pages of the page at `path`."""
        return lambda template, **values: self.render(template, path, title, **values)

    def pages(self) -> dict[str, str]:
        """Every generated page, keyed by its path inside docs/."""
        pages: dict[str, str] = {}
        for item in self.archive.all():
            pages.update(self.record_pages(item))
        return pages | self.listing_pages()

    def listing_pages(self) -> dict[str, str]:
        """The pages that list many records: one index per kind, the timeline, contested facts."""
        pages = {}
        for kind, by_id in self.archive.records.items():
            items = [by_id[i] for i in sorted(by_id)]
            text = self.render("index.md.j2", page_path(kind), KIND_TITLES[kind], kind=kind,
                               items=items)
            pages.update(paging.split_page(page_path(kind), text, KIND_TITLES[kind],
                                           self._renders(page_path(kind), KIND_TITLES[kind]),
                                           paging.LISTING_ROWS, paging.LISTING_ROWS))
        for folder, template, title in SPECIAL_PAGES:
            path = f"{ROOT}/{folder}/index.md"
            pages[path] = self.render(template, path, title)
        return pages


SPECIAL_PAGES = [
    ("timeline", "timeline.md.j2", "Timeline"),
    ("contested", "contested.md.j2", "Contested facts"),
    ("overview", "overview.md.j2", "The archive at a glance"),
    (exports.FOLDER, "data.md.j2", "Open data"),
]
"""Folder → template and title of each generated page that is not a record or an index."""


def redirects(archive: Archive) -> dict[str, str]:
    """Old page → current page for every former id (paths inside docs/)."""
    return {page_path(item.kind, old): page_path(item.kind, item.id)
            for item in archive.all() for old in getattr(item.record, "former_ids", [])}


def extra_files(renderer: Renderer) -> dict[str, str]:
    """Generated files other than pages: the open-data exports and the redirect map."""
    archive = renderer.archive
    files = {f"{ROOT}/{path}": text for path, text in
             exports.export_files(archive, renderer.site, renderer.version, renderer.name).items()}
    files[f"{ROOT}/redirects.json"] = json.dumps(redirects(archive), indent=1, sort_keys=True)
    from . import datadict  # it renders with this module's environment: imported late, no cycle

    files[datadict.PAGE] = datadict.data_dictionary()
    return files


def render_archive(archive: Archive, version: str = "", site: Site | None = None,
                   histories: dict[str, History] | None = None) -> dict[str, str]:
    """All generated files: Markdown pages, open-data exports and the redirect map."""
    renderer = Renderer(archive, version, site, histories)
    return renderer.pages() | extra_files(renderer)
