"""The archive's single schema: every record kind, every field, each documented once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from casearchive.model.dates import check_not_future
from casearchive.model.fields import Date as _Date
from casearchive.model.fields import Lang, Name, PersianName, PersianText, Slug, Text, Url


def _year_as_text(value: object) -> object:
    # `born: 1959` arrives as an integer; a bare year is still an honest date.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Date = Annotated[_Date, BeforeValidator(_year_as_text, json_schema_input_type=str | int)]
PastDate = Annotated[Date, AfterValidator(check_not_future)]
"""A date that cannot lie in the future (when something was checked)."""


class Strict(BaseModel):
    """Base for all models: unknown fields are errors and values are never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True,
                              use_attribute_docstrings=True)


class CitationStatus(StrEnum):
    """How far the archive has checked a citation."""

    seen = "seen"
    seen_in_copy = "seen_in_copy"
    unverified = "unverified"


class Fa(Strict):
    """Base of the `fa` blocks: a record's values for the Persian edition, kept in the record
    itself (never a second record). A field left out is shown in English, marked as such."""

    @model_validator(mode="after")
    def _not_empty(self) -> Fa:
        if all(value is None for value in self.__dict__.values()):
            raise ValueError("is empty; give at least one Persian value, e.g. fa: {summary: '...'} "
                             "or leave `fa` out")
        return self


class FaCitation(Fa):
    """Persian values of a citation. Its excerpt stays in the source's language; its locator's
    structural words ("para. 3", "first sentence", "infobox") are shown in Persian by the archive
    itself, so `locator` is given here only where that cannot be done (`check` says where)."""

    note: PersianText | None = Field(default=None, examples=["به نقل از گزارش عفو بین‌الملل."])
    """The note in Persian."""
    locator: PersianText | None = Field(default=None, examples=["خاطرات منتظری، ص ۶۳۵، به نقل از منبع",
                                                                "بخش ۱ («Overview»)، بند ۱"])
    """The locator in Persian, where the automatic rendering cannot give it, e.g. a source heading
    translated for the reader (the source's own heading may stay in its language, in quotes)."""


class Citation(Strict):
    """Where a claim comes from: a source and the place in it."""

    source_id: Slug = Field(examples=["amnesty-2018-blood-soaked-secrets"])
    """Id of the source record (the file name under data/sources/ without .yml)."""
    locator: Text | None = Field(default=None, examples=["p. 635", "para. 12", "00:13:20"])
    """Where in the source: page, paragraph, section or timestamp."""
    excerpt: Text | None = Field(default=None, examples=["...executed 2,800 or 3,800..."])
    """The supporting words, copied verbatim from the source."""
    status: CitationStatus = Field(default=CitationStatus.seen, strict=False, examples=["seen"])
    """`seen` (checked at the source), `seen_in_copy` (checked only in a copy or mirror) or
    `unverified` (not checked; shown as unverified)."""
    note: Text | None = Field(default=None, examples=["AP's paraphrase of the report"])
    """A caveat a reader should see beside this citation."""
    fa: FaCitation | None = Field(default=None, examples=[{"note": "برداشت آسوشیتدپرس از گزارش"}])
    """The note (and, where the archive cannot render it, the locator) for the Persian edition;
    left out, the English note is shown, marked, and the locator in English."""


class FaPerson(Fa):
    """Persian values of a person record."""

    name: PersianName | None = Field(default=None, examples=["جفری رابرتسون"])
    """The name as Persian readers write it; needed only when `name_original` is not already
    the Persian form (e.g. a foreign investigator)."""
    summary: PersianText | None = Field(default=None, examples=["روحانی ایرانی؛ رئیس‌جمهور ایران ۱۴۰۰ تا ۱۴۰۳."])
    """The summary in Persian, as neutral as the English one."""


class FaBody(Fa):
    """Persian values of an organisation or place record."""

    name: PersianName | None = Field(default=None, examples=["کمیسیون مرگ"])
    """The Persian name, when `name_original` is missing or not Persian."""
    kind: PersianText | None = Field(default=None, examples=["زندان"])
    """What sort of body or place it is, in Persian."""
    summary: PersianText | None = Field(default=None, examples=["زندانی در شمال تهران."])
    """The summary in Persian."""


class FaEvent(Fa):
    """Persian values of an event record."""

    title: PersianText | None = Field(default=None, examples=["فرمان خمینی درباره‌ی زندانیان «منافق»"])
    """The title in Persian."""
    date_label: PersianText | None = Field(default=None, examples=["بی‌تاریخ؛ معمولاً ۶ مرداد ۱۳۶۷"])
    """The date in words, in Persian (it may give the Solar Hijri date)."""
    summary: PersianText | None = Field(default=None, examples=["عفو بین‌الملل گزارشی درباره‌ی کشتارها منتشر کرد."])
    """What happened, in Persian; contested details attributed as in English."""


class FaCase(Fa):
    """Persian values of a case record."""

    title: PersianText | None = Field(default=None, examples=["اعدام‌های دسته‌جمعی زندانیان سیاسی در ۱۳۶۷"])
    """The title in Persian, when `title_original` is missing or not Persian."""
    summary: PersianText | None = Field(default=None, examples=["هزاران زندانی سیاسی اعدام شدند."])
    """The overview in Persian."""


class FaEstimate(Fa):
    """Persian values of an estimate record."""

    title: PersianText | None = Field(default=None, examples=["شمار زندانیان اعدام‌شده در ۱۳۶۷"])
    """What is being counted, in Persian."""
    unit: PersianText | None = Field(default=None, examples=["نفر"])
    """The unit counted, in Persian."""
    note: PersianText | None = Field(default=None, examples=["هیچ رقم رسمی‌ای وجود ندارد."])
    """The note in Persian."""


class FaSource(Fa):
    """Persian values of a source record (its title stays as published: see `title_original`)."""

    publisher: PersianText | None = Field(default=None, examples=["دیده‌بان حقوق بشر"])
    """The publisher's name as Persian readers know it (see the glossary), when it has one;
    left out, the name is shown as published."""
    affiliation: PersianText | None = Field(default=None, examples=["رسانه‌ی وابسته به سازمان مجاهدین خلق"])
    """Who the outlet is close to, in Persian."""
    note: PersianText | None = Field(default=None, examples=["تنها رونوشتی از آن دیده شده است."])
    """The note in Persian."""


class FaPosition(Fa):
    """Persian values of a post a person held."""

    title: PersianText | None = Field(default=None, examples=["معاون دادستان تهران"])
    """The post in Persian, in the glossary's terms (e.g. «دادستان», «قاضی شرع»)."""
    note: PersianText | None = Field(default=None, examples=["منابع این سمت را به شکل‌های گوناگون نوشته‌اند."])
    """The note in Persian."""


class FaRole(Fa):
    """Persian values of a reported role in an event."""

    role: PersianText | None = Field(default=None, examples=["عضو «هیئت مرگ» تهران، به گفته‌ی عفو بین‌الملل"])
    """The role in Persian, attributed as in English (whose words a contested term is)."""


class FaDateVariant(Fa):
    """Persian values of a date a source gives."""

    label: PersianText | None = Field(default=None, examples=["۴ مرداد ۱۳۶۷، به گفته‌ی منتظری"])
    """How the source words the date, in Persian."""


class FaEstimateValue(Fa):
    """Persian values of one party's figure (its quoted `wording` stays in the source's language)."""

    figure_text: PersianText | None = Field(default=None, examples=["هزاران"])
    """The figure in words, in Persian."""
    claimant: PersianText | None = Field(default=None, examples=["دیده‌بان حقوق بشر"])
    """Who makes the claim, in Persian (shown when the claimant has no record)."""
    scope: PersianText | None = Field(default=None, examples=["سراسر کشور، دست‌کم ۳۲ شهر"])
    """What the figure covers, in Persian."""
    method: PersianText | None = Field(default=None, examples=["فهرست نام‌ها و برآورد مقام‌های پیشین"])
    """How the claimant arrived at it, in Persian."""
    wording: PersianText | None = Field(default=None, examples=["میان ۲۸۰۰ تا ۵۰۰۰ زندانی"])
    """The archive's Persian translation of the claim's words, shown after them and marked as
    the archive's translation (the words themselves stay in `wording`)."""


class FaStatement(Fa):
    """Persian values of a statement record (its words go in `original` or `translations`)."""

    context: PersianText | None = Field(default=None, examples=["در نشستی در تهران ضبط شد."])
    """Where and why it was said, in Persian."""


Citations = Annotated[list[Citation], Field(min_length=1)]


class Record(Strict):
    """Fields every record kind has."""

    former_ids: list[Slug] = Field(default_factory=list, examples=[["raisi"]])
    """Ids this record had before a rename; their URLs redirect to the current one."""
    citations: Citations = Field(examples=[[{"source_id": "hrw-2022-qa", "locator": "para. 3"}]])
    """Sources for the record's basic facts (its name, title, what it is)."""


class SourceKind(StrEnum):
    """The type of a source, shown beside every claim that rests on it."""

    un_document = "un_document"
    court_record = "court_record"
    ngo_report = "ngo_report"
    news = "news"
    memoir = "memoir"
    state_media = "state_media"
    advocacy = "advocacy"
    government = "government"
    wikipedia = "wikipedia"
    other = "other"


class CopyOf(Strict):
    """The original of a source that was seen only as a mirror or copy."""

    publisher: Text = Field(examples=["Amnesty International"])
    """Who published the original."""
    url: Url | None = Field(default=None, examples=["https://www.amnesty.org/en/documents/mde13/031/1988/en/"])
    """Where the original is (or is believed to be)."""
    verified: bool = Field(default=False, examples=[False])
    """Whether the copy was checked against the original."""


class NoUrl(StrEnum):
    """Why a source has no URL."""

    print = "print"
    broadcast = "broadcast"
    private_copy = "private_copy"
    not_recorded = "not_recorded"
    not_found = "not_found"


class Source(Strict):
    """A document, article, recording or report that claims rest on."""

    former_ids: list[Slug] = Field(default_factory=list, examples=[["hrw-qa"]])
    """Ids this record had before a rename; their URLs redirect to the current one."""
    title: Text = Field(examples=["Iran's 1988 Mass Executions"])
    """The title as published."""
    title_original: Text | None = Field(default=None, examples=["اعدام‌های ۱۳۶۷"])
    """The title in its original language or script, when not English."""
    kind: SourceKind = Field(strict=False, examples=["ngo_report"])
    """un_document, court_record, ngo_report, news, memoir, state_media, advocacy (advocacy or
    affiliated outlet), government, wikipedia or other."""
    publisher: Text | None = Field(default=None, examples=["Human Rights Watch"])
    """The outlet or body that published it."""
    authors: list[Text] = Field(default_factory=list, examples=[["Shamsi Saadati"]])
    """Named authors, as credited."""
    date: Date | None = Field(default=None, examples=["2022-06-08"])
    """Publication date, no more precise than known."""
    url: Url | None = Field(default=None, examples=["https://www.hrw.org/news/2022/06/08/irans-1988-mass-executions"])
    """Where it is published."""
    no_url: NoUrl | None = Field(default=None, strict=False, examples=["not_found"])
    """Why there is no `url`, when there is none: `print` (published on paper only), `broadcast`
    (radio or television, no page), `private_copy` (a copy the archive holds, not published online),
    `not_recorded` (read online, but its address was not recorded; to be found again) or
    `not_found` (the original's address was looked for and not found); `note` says more."""
    archive_urls: list[Url] = Field(default_factory=list, examples=[["https://web.archive.org/web/2022/https://www.hrw.org/"]])
    """Archived copies (Wayback Machine, archive.today) a reader can use if the original disappears."""
    accessed: PastDate | None = Field(default=None, examples=["2026-11-01"])
    """When the archive last checked the URL."""
    language: Lang = Field(examples=["en"])
    """Language of the source text (BCP 47, e.g. en, fa, ar, sv)."""
    affiliation: Text | None = Field(default=None, examples=["Outlet of the PMOI/MEK, a party to the events."])
    """Who the outlet is close to, when that matters for weighing it."""
    copy_of: CopyOf | None = None
    """Set when the text was seen only as a mirror or copy of another publisher's document."""
    note: Text | None = Field(default=None, examples=["Seen only in a copy; the full report was not seen."])
    """What a reader should know about this source."""
    fa: FaSource | None = Field(default=None, examples=[{"note": "تنها رونوشتی از آن دیده شده است."}])
    """Values for the Persian edition; a field left out there is shown in English."""


class Position(Strict):
    """An office or post a person held."""

    title: Text = Field(examples=["Deputy prosecutor of Tehran"])
    """The post as the source words it."""
    organisation_id: Slug | None = Field(default=None, examples=["judiciary-of-iran"])
    """The organisation, if it has a record."""
    place_id: Slug | None = Field(default=None, examples=["tehran"])
    """Where the post was held, if it has a record."""
    start: Date | None = Field(default=None, examples=["1988"])
    """When the person took the post."""
    end: Date | None = Field(default=None, examples=["1989~"])
    """When the person left it."""
    note: Text | None = Field(default=None, examples=["Wording varies between sources."])
    """A caveat, e.g. that sources describe the post differently."""
    citations: Citations
    """Sources saying the person held this post."""
    fa: FaPosition | None = Field(default=None, examples=[{"title": "معاون دادستان تهران"}])
    """The post's title and note for the Persian edition."""


class Role(Strict):
    """A role a source alleges or reports a person or body had in an event."""

    event_id: Slug = Field(examples=["tehran-death-commission-hearings-1988"])
    """The event."""
    role: Text = Field(examples=["member of the Tehran 'death commission'"])
    """The role, in the source's terms; the page always shows it as the source's account."""
    citations: Citations
    """Who alleges or reports it."""
    fa: FaRole | None = Field(default=None, examples=[{"role": "عضو هیئت"}])
    """The role for the Persian edition."""


class CitedDate(Strict):
    """A date with its sources, e.g. a birth or death."""

    date: Date = Field(examples=["1959-12"])
    """The date, no more precise than the sources."""
    citations: Citations
    """Sources for the date."""


class Person(Record):
    """A named person: official, victim, witness, investigator or commentator."""

    name: Name = Field(examples=["Ebrahim Raisi"])
    """The name as most English sources write it."""
    name_original: Name | None = Field(default=None, examples=["ابراهیم رئیسی"])
    """The name in its original script."""
    aliases: list[Name] = Field(default_factory=list, examples=[["Raeisi", "Raisol-Sadati"]])
    """Other names and transliterations, so that search finds the person by any of them."""
    born: CitedDate | None = None
    """Date of birth, with its sources."""
    died: CitedDate | None = None
    """Date of death, with its sources."""
    summary: Text | None = Field(default=None, examples=["Iranian cleric; President of Iran 2021–2024."])
    """One or two neutral sentences on who the person is; allegations belong in roles."""
    positions: list[Position] = Field(default_factory=list)
    """Posts held over time."""
    roles: list[Role] = Field(default_factory=list)
    """Roles in events that sources allege or report."""
    fa: FaPerson | None = Field(default=None, examples=[{"summary": "روحانی ایرانی."}])
    """Values for the Persian edition; a field left out there is shown in English."""


class Organisation(Record):
    """A state body, commission, party, NGO or other organisation."""

    name: Name = Field(examples=["Ministry of Intelligence"])
    """Its name in English."""
    name_original: Name | None = Field(default=None, examples=["وزارت اطلاعات"])
    """Its name in the original script."""
    aliases: list[Name] = Field(default_factory=list, examples=[["Ministry of Information", "MOIS"]])
    """Other names, acronyms and transliterations."""
    kind: Text = Field(examples=["government ministry"])
    """What sort of body it is, e.g. government ministry, commission (as reported), NGO."""
    parent_id: Slug | None = Field(default=None, examples=["government-of-iran"])
    """The organisation it belongs to, if it has a record."""
    place_id: Slug | None = Field(default=None, examples=["tehran"])
    """Where it sits, if that has a record."""
    summary: Text | None = Field(default=None, examples=["Iran's intelligence ministry."])
    """One or two neutral sentences."""
    fa: FaBody | None = Field(default=None, examples=[{"kind": "وزارتخانه"}])
    """Values for the Persian edition; a field left out there is shown in English."""


class Place(Record):
    """A prison, cemetery, city, province or country."""

    name: Name = Field(examples=["Evin Prison"])
    """Its name in English."""
    name_original: Name | None = Field(default=None, examples=["زندان اوین"])
    """Its name in the original script."""
    aliases: list[Name] = Field(default_factory=list, examples=[["Zendan-e Evin"]])
    """Other names and transliterations."""
    kind: Text = Field(examples=["prison"])
    """prison, cemetery, city, province, country, ..."""
    located_in_id: Slug | None = Field(default=None, examples=["tehran"])
    """The place it lies in, if that has a record."""
    summary: Text | None = Field(default=None, examples=["Prison in northern Tehran."])
    """One or two neutral sentences."""
    fa: FaBody | None = Field(default=None, examples=[{"kind": "زندان"}])
    """Values for the Persian edition; a field left out there is shown in English."""


class DateVariant(Strict):
    """Another date that a source gives for the same event."""

    date: Date = Field(examples=["1988-07-26"])
    """The date this source gives."""
    label: Text | None = Field(default=None, examples=["26 July 1988, per Montazeri as quoted by JVMI"])
    """How the source words it, if a reader needs more than the date."""
    citations: Citations
    """Who gives this date."""
    fa: FaDateVariant | None = Field(default=None, examples=[{"label": "۴ مرداد ۱۳۶۷"}])
    """The label for the Persian edition."""


class Participant(Strict):
    """A person or organisation and their reported role in an event."""

    id: Slug = Field(examples=["hossein-ali-montazeri"])
    """Id of a person or organisation."""
    role: Text = Field(examples=["wrote to Khomeini objecting to the executions"])
    """The role, as the sources describe it."""
    citations: Citations
    """Who reports this role."""
    fa: FaRole | None = Field(default=None, examples=[{"role": "به خمینی نامه نوشت و به اعدام‌ها اعتراض کرد"}])
    """The role for the Persian edition."""


class Event(Record):
    """Something that happened at a (possibly imprecise) date."""

    case_id: Slug = Field(examples=["iran-1988-prison-massacres"])
    """The case this event belongs to."""
    title: Text = Field(examples=["Khomeini's decree on imprisoned 'monafeqin'"])
    """A short neutral title."""
    date: Date = Field(examples=["1988-07-28?"])
    """The date most sources give, no more precise than they are; other dates go in date_variants."""
    date_label: Text | None = Field(default=None, examples=["undated; commonly dated 28 July 1988"])
    """How to say the date in words when the date alone misleads (e.g. an undated document)."""
    date_variants: list[DateVariant] = Field(default_factory=list)
    """Other dates given by other sources, each attributed."""
    place_ids: list[Slug] = Field(default_factory=list, examples=[["evin-prison"]])
    """Where it happened."""
    participants: list[Participant] = Field(default_factory=list)
    """Who took part, and in what reported role."""
    summary: Text = Field(examples=["Amnesty International published a report on the killings."])
    """What happened, in neutral words; contested details are attributed ("according to ...")."""
    fa: FaEvent | None = Field(default=None, examples=[{"title": "فرمان"}])
    """Values for the Persian edition; a field left out there is shown in English."""


class Quote(Strict):
    """Words in one language."""

    text: Text = Field(examples=["Finally, they executed 2,800 or 3,800 women and men"])
    """The words, verbatim."""
    language: Lang = Field(examples=["en"])
    """The language of the words."""


class Translation(Quote):
    """A translation of a statement, naming who made it."""

    translator: Text = Field(examples=["NCRI/JVMI", "archive editors"])
    """Who translated it (a person, outlet or 'archive editors')."""
    citations: Citations
    """Where this translation was published."""


class Statement(Record):
    """Words someone said or wrote, kept verbatim, with translations side by side."""

    speaker_id: Slug = Field(examples=["hossein-ali-montazeri"])
    """Id of the person or organisation that spoke or wrote."""
    case_id: Slug = Field(examples=["iran-1988-prison-massacres"])
    """The case it concerns."""
    event_id: Slug | None = Field(default=None, examples=["montazeri-meeting-1988-08-15"])
    """The event at which it was said, if it has a record."""
    date: Date | None = Field(default=None, examples=["1988-08-15"])
    """When it was said or written."""
    original: Quote | None = None
    """The words in their original language, where known."""
    translations: list[Translation] = Field(default_factory=list)
    """Translations, each naming its translator; several may stand side by side."""
    context: Text | None = Field(default=None, examples=["Recorded at a meeting in Tehran."])
    """Where and why it was said."""
    reported: bool = Field(default=False, examples=[True])
    """True when the words are known only as others report them (e.g. unnamed sources cited by
    a news agency), not from a record or the speaker's own text: the title then says
    "reportedly", as it does when every citation is unverified or of an advocacy source."""
    fa: FaStatement | None = Field(default=None, examples=[{"context": "در نشستی در تهران ضبط شد."}])
    """Values for the Persian edition; a field left out there is shown in English."""

    @model_validator(mode="after")
    def _has_words(self) -> Statement:
        if self.original is None and not self.translations:
            raise ValueError("has neither `original` nor `translations`; give the words, e.g. "
                             "original: {text: '...', language: fa}")
        return self


class EstimateValue(Strict):
    """One party's figure for a contested quantity."""

    low: int | None = Field(default=None, ge=0, examples=[2800])
    """The lowest figure claimed (or the only one)."""
    high: int | None = Field(default=None, ge=0, examples=[5000])
    """The highest figure claimed, for a range."""
    qualifier: Literal["exactly", "about", "at_least", "more_than", "up_to", "less_than"] = Field(
        default="exactly", examples=["at_least"])
    """How the figure is hedged: exactly, about, at_least, more_than, up_to or less_than."""
    figure_text: Text | None = Field(default=None, examples=["thousands"])
    """The figure in words when the claimant gives no number (e.g. "thousands"); leave low and
    high out rather than invent a number."""
    claimant: Text = Field(examples=["Human Rights Watch"])
    """Who makes this claim, in words."""
    claimant_id: Slug | None = Field(default=None, examples=["human-rights-watch"])
    """The claimant's person or organisation record, if it has one."""
    date: Date | None = Field(default=None, examples=["2022-06-08"])
    """When the claim was made."""
    scope: Text | None = Field(default=None, examples=["nationwide, at least 32 cities"])
    """What the figure covers (place, time, who)."""
    method: Text | None = Field(default=None, examples=["names lists and former officials' estimates"])
    """How the claimant arrived at it, if stated."""
    wording: Text | None = Field(default=None, examples=["between 2,800 and 5,000 prisoners"])
    """The claim's own words."""
    citations: Citations
    """Where the claim is made."""
    fa: FaEstimateValue | None = Field(default=None, examples=[{"scope": "سراسر کشور"}])
    """Values for the Persian edition: scope, method, claimant, a figure in words, and a
    translation of the wording."""

    @model_validator(mode="after")
    def _has_figure(self) -> EstimateValue:
        if self.low is None and self.high is None and self.figure_text is None:
            raise ValueError("has no figure; give `low` (and `high` for a range), e.g. low: 2800, "
                             "or figure_text: thousands when the claim gives no number")
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError(f"high ({self.high}) is below low ({self.low}); swap them")
        return self


class Estimate(Record):
    """A contested quantity, shown as every party's figure side by side, never merged."""

    case_id: Slug = Field(examples=["iran-1988-prison-massacres"])
    """The case it concerns."""
    title: Text = Field(examples=["Number of prisoners executed in 1988"])
    """What is being counted."""
    unit: Text = Field(default="people", examples=["people"])
    """The unit counted."""
    values: list[EstimateValue] = Field(min_length=1)
    """The figures, each attributed to its claimant."""
    note: Text | None = Field(default=None, examples=["No official Iranian figure exists."])
    """Context a reader needs to weigh the figures."""
    fa: FaEstimate | None = Field(default=None, examples=[{"unit": "نفر"}])
    """Values for the Persian edition; a field left out there is shown in English."""


class Case(Record):
    """A top-level case: a set of events the archive documents."""

    title: Text = Field(examples=["1988 mass executions of political prisoners in Iran"])
    """The case's title."""
    title_original: Text | None = Field(default=None, examples=["اعدام‌های ۱۳۶۷"])
    """The title in Persian or another original language."""
    period: Date = Field(examples=["1988-07/1988-12"])
    """The period the case covers."""
    place_ids: list[Slug] = Field(default_factory=list, examples=[["iran"]])
    """Where it happened."""
    summary: Text = Field(examples=["Thousands of political prisoners were executed..."])
    """A neutral overview; contested figures are attributed."""
    fa: FaCase | None = Field(default=None, examples=[{"title": "اعدام‌های ۱۳۶۷"}])
    """Values for the Persian edition; a field left out there is shown in English."""


AnyRecord = Source | Case | Person | Organisation | Place | Event | Statement | Estimate
"""A record of any kind."""

KINDS: dict[str, type[Strict]] = {
    "sources": Source,
    "cases": Case,
    "persons": Person,
    "organisations": Organisation,
    "places": Place,
    "events": Event,
    "statements": Statement,
    "estimates": Estimate,
}
"""Folder under data/ → the model of the records in it."""

NAME_FIELDS = ("name", "name_original", "title", "title_original", "aliases")
"""Every field that names a record: its name or title, as written in its original script, and its
other names (no kind has both a name and a title)."""


def name_field(model: type[BaseModel]) -> str:
    """The field that holds a record's name: `name` (people, bodies, places) or `title`."""
    return "name" if "name" in model.model_fields else "title"
