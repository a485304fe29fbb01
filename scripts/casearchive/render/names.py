"""A record's name in one edition: the one place that decides how a record is named, as plain
text (titles, citations, exports) or as markup (links and headings, where a name standing in for
a missing Persian one is marked as English)."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from casearchive.i18n.wording import Wording
from casearchive.load import traceability
from casearchive.load.archive import Archive, Loaded
from casearchive.model.records import CitationStatus, Source, Statement, name_field
from casearchive.render import escape
from casearchive.render.pagetext import PageText, text_direction

_RIGHT_TO_LEFT_SCRIPT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


class Names:
    """The names of an archive's records in the edition of `text` and `ed`."""

    def __init__(self, archive: Archive, text: PageText, ed: Wording) -> None:
        self.archive, self.text, self.ed = archive, text, ed
        self.lang = text.lang

    def plain(self, loaded: Loaded | str | None) -> str:
        """A record's name as plain text (an id names the record it is, or stands for itself); a
        statement is named by its speaker, date and first words."""
        if isinstance(loaded, str):
            return self.plain(self.archive.get(loaded)) or loaded
        if loaded is None:
            return ""
        if loaded.kind != "statements":
            return self.text.plain(loaded.record, name_field(type(loaded.record))) or loaded.written_name
        r = loaded.as_(Statement)
        speaker = self.archive.get(r.speaker_id)
        quoted = self.ed.label(self._quoted(loaded), title=self._opening(r))
        return f"{self.plain(speaker) if speaker else r.speaker_id}{self._when_said(r)}: {quoted}"

    def _opening(self, statement: Statement) -> str:
        """A statement's first eight words, in this edition's words if it has them."""
        words = self.text.said(statement).text.split()
        return " ".join(words[:8]) + ("…" if len(words) > 8 else "")

    def _when_said(self, statement: Statement) -> str:
        return f"{self.ed.label('comma')}{self.ed.date(statement.date)}" if statement.date else ""

    def _quoted(self, loaded: Loaded) -> str:
        return "citation.reportedly" if self.reported(loaded) else "citation.quoted"

    def statement_markup(self, loaded: Loaded) -> Markup:
        """A statement's name as markup: its speaker's name as `markup` gives it, and its first
        words marked with their language where that is not the page's, so that in a Persian
        sentence an English quotation (or in an English one a Persian quotation) keeps its
        punctuation on its own side."""
        r = loaded.as_(Statement)
        speaker = self.archive.get(r.speaker_id)
        said = self.text.said(r)
        name = self.markup(speaker) if speaker else escape.inline(r.speaker_id)
        opening = self.text.foreign(self._opening(r), said.language)
        return (name + escape.inline(self._when_said(r)) + escape.inline(":") + Markup(" ")
                + self.text.t(self._quoted(loaded), title=opening))

    def reported(self, loaded: Loaded) -> bool:
        """Whether a statement's words are only reported: the record says so (`reported`), every
        citation of it is unverified, or every one is of an advocacy source (its title then says
        "reportedly")."""
        cited = [citation for _, citation in traceability.citations(loaded)]
        sources = [self.archive.get(c.source_id) for c in cited]
        if loaded.as_(Statement).reported:
            return True
        return bool(cited) and (
            all(c.status is CitationStatus.unverified for c in cited)
            or all(s is not None and s.as_(Source).kind in traceability.ADVOCACY for s in sources))

    def markup(self, loaded: Loaded) -> Markup:
        """A record's name for a link or heading: a name that stands in for a missing Persian
        one is marked as English (a source keeps its title as published)."""
        if loaded.kind == "sources":
            return self.source_title(loaded.record)
        if loaded.kind == "statements":
            return self.statement_markup(loaded)
        return self.text.val(loaded.record, name_field(type(loaded.record)), mark=False)

    def source_title(self, record: Any) -> Markup:
        """A source's title as published: its original title if that is in this edition's
        language, else its title (in English when an original title exists)."""
        if self.lang != "en" and record.title_original and record.language == self.lang:
            return escape.inline(record.title_original)
        title = record.title
        right_to_left = bool(_RIGHT_TO_LEFT_SCRIPT.search(title))
        if self.lang == "en":  # a title in Persian or Arabic letters is marked as such
            rtl = record.language if text_direction(record.language) == "rtl" else "fa"
            return self.text.foreign(title, rtl) if right_to_left else escape.inline(title)
        if right_to_left:
            return self.text.own(title)
        # In Latin letters: the source's language, or English for a description the archive
        # wrote of a source in this edition's language.
        language = "en" if record.title_original or record.language == self.lang else record.language
        return self.text.foreign(title, language)
