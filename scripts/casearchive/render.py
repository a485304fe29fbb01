"""Records → Markdown pages through Jinja templates; pure: returns {path: text}, writes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from . import dates, escape, paging, views
from .links import Links, build_links
from .load import Archive, Loaded
from .model import SourceKind

ROOT = "archive"
"""Folder inside docs/ that holds every generated page (gitignored)."""

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


def page_path(kind: str, record_id: str = "index") -> str:
    """Where a record's page lives inside docs/."""
    return f"{ROOT}/{kind}/{record_id}.md"


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
    env.filters.update(join=escape.join, paras=escape.paragraphs, when=when, figure=views.figure,
                       kind_label=lambda k: KIND_LABELS[k], dir=text_direction)
    return env


def when(value: str | None) -> str:
    """An honest date in words, or an empty string."""
    return dates.parse(value).display() if value else ""


def text_direction(language: str) -> str:
    """`rtl` for right-to-left scripts."""
    return "rtl" if language.split("-")[0] in ("fa", "ar", "he", "ur", "ps", "ckb") else "ltr"


def display_name(loaded: Loaded) -> str:
    """A record's name or title."""
    record = loaded.record
    return str(getattr(record, "name", None) or getattr(record, "title", None) or loaded.id)


class Renderer:
    """Renders every page of one archive; helpers here are the templates' only way to link."""

    def __init__(self, archive: Archive, version: str = "") -> None:
        self.archive = archive
        self.links: Links = build_links(archive)
        self.version = version
        self.links_made: dict[tuple[str, str], Markup] = {}

    def link(self, target: str | Loaded, anchor: str = "") -> Markup:
        """A Markdown link to a record page, text escaped."""
        key = (target if isinstance(target, str) else target.id, anchor)
        if key not in self.links_made:  # the same sources and people are linked thousands of times
            loaded = self.archive.get(target) if isinstance(target, str) else target
            suffix = f"#{anchor}" if anchor else ""
            self.links_made[key] = escape.inline(target) if loaded is None else Markup(
                f"[{escape.inline(self.name(loaded))}](../{loaded.kind}/{loaded.id}.md{suffix})")
        return self.links_made[key]

    def url(self, href: str, text: str | None = None) -> Markup:
        """An external link that leaks no referrer and no opener."""
        shown = escape.inline(text or href)
        return Markup(f'<a href="{escape.attribute(href)}" rel="noopener noreferrer">'
                      f"{shown}</a>")

    def context(self, **extra: Any) -> dict[str, Any]:
        """Names every template can use."""
        archive, links = self.archive, self.links
        return {"archive": archive, "links": links, "link": self.link, "url": self.url,
                "name": self.name, "version": self.version, "json": json.dumps,
                "meta": escape.meta,
                "sorted_by_date": sorted_by_date, "sorted_positions": views.sorted_positions,
                "sorted_values": views.sorted_values, "summary_of": views.summary_of,
                "claim_of": views.claim_words, "title_of": self.name,
                "roles_of": lambda item: views.roles_of(archive, links, item),
                "participants_of": lambda item: views.participants_of(archive, links, item),
                "members_of": lambda item: views.members_of(links, item),
                "mentioned_in": lambda item: views.mentioned_in(links, item), **extra}

    def name(self, loaded: Loaded | None) -> str:
        """A record's name; a statement is named by its speaker, date and first words."""
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

    def render(self, template: str, **values: Any) -> str:
        """One template with the shared context."""
        return environment().get_template(template).render(self.context(**values))

    def record_page(self, loaded: Loaded) -> str:
        """The page of one record."""
        return self.render(f"{loaded.kind.rstrip('s')}.md.j2", item=loaded, r=loaded.record,
                           title=self.name(loaded))

    def record_pages(self, loaded: Loaded) -> dict[str, str]:
        """The page of one record and, if it has long lists, their continuation pages."""
        return paging.split_page(page_path(loaded.kind, loaded.id), self.record_page(loaded),
                                 self.name(loaded), self.render, paging.RECORD_ROWS,
                                 paging.RECORD_PAGE_ROWS)

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
            text = self.render("index.md.j2", kind=kind, items=items, title=KIND_TITLES[kind])
            pages.update(paging.split_page(page_path(kind), text, KIND_TITLES[kind], self.render,
                                           paging.LISTING_ROWS, paging.LISTING_ROWS))
        pages[f"{ROOT}/timeline/index.md"] = self.render("timeline.md.j2", title="Timeline")
        pages[f"{ROOT}/contested/index.md"] = self.render("contested.md.j2",
                                                          title="Contested facts")
        return pages


def sorted_by_date(items: Iterable[Loaded], attribute: str = "date") -> list[Loaded]:
    """Records in date order (earliest possible day first), undated last, then by id."""
    def key(item: Loaded) -> tuple[tuple[int, int, int], str]:
        value = getattr(item.record, attribute, None)
        return (dates.parse(value).sort_key() if value else (9999, 12, 31), item.id)
    return sorted(items, key=key)


def redirects(archive: Archive) -> dict[str, str]:
    """Old page → current page for every former id (paths inside docs/)."""
    return {page_path(item.kind, old): page_path(item.kind, item.id)
            for item in archive.all() for old in getattr(item.record, "former_ids", [])}


def extra_files(archive: Archive) -> dict[str, str]:
    """Generated files other than pages: the redirect map."""
    return {f"{ROOT}/redirects.json": json.dumps(redirects(archive), indent=1, sort_keys=True)}


def render_archive(archive: Archive, version: str = "") -> dict[str, str]:
    """All generated files: Markdown pages and the redirect map."""
    return Renderer(archive, version).pages() | extra_files(archive)
