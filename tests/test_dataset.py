"""Invariants of the real dataset in data/: it checks clean, every claim is cited, and the 1988 case
keeps the research brief's contested figures and dates side by side."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from functools import cache
from typing import Any

import annotated_types
import pytest
from pydantic import BaseModel

from casearchive.i18n import missing as persian
from casearchive.load import traceability
from casearchive.load.archive import Archive
from casearchive.load.checks import references
from casearchive.load.problems import errors
from casearchive.model import dates, records
from casearchive.model.records import Citation
from casearchive.publish.build import check_archive
from helpers import REPO

CASE_1988 = "iran-1988-prison-massacres"
SEED_SOURCES = (
    "pmoi-2020-crackdowns-reminder",
    "ncri-2020-32-years-unga",
    "saadati-2020-resistance-stronger",
    "ncri-2021-prevent-recurring-bloodshed",
    "call-to-end-impunity",
)
MEK_CAMP = {"pmoi-mek", "ncri", "jvmi"}


@cache
def _checked() -> tuple[Archive, tuple[Any, ...]]:
    archive, problems = check_archive(REPO / "data")
    return archive, tuple(problems)


@pytest.fixture(scope="module")
def archive() -> Archive:
    return _checked()[0]


def _citations(value: Any) -> list[Citation]:
    """Every citation anywhere inside a model."""
    if isinstance(value, Citation):
        return [value]
    if isinstance(value, list):
        return [c for item in value for c in _citations(item)]
    if hasattr(type(value), "model_fields"):
        return [c for name in type(value).model_fields for c in _citations(getattr(value, name))]
    return []


NOT_CLAIMS: dict[type[BaseModel], str] = {
    records.Citation: "the citation itself",
    records.Quote: "a statement's own words, cited by the statement (a Translation is a claim)",
}
"""The parts of a record that are not claims of their own, besides the `fa` blocks (records.Fa and
its subclasses: the Persian wording of values the record cites); every other part is a claim and
carries its own citations."""


def _is_claim(model: type[BaseModel]) -> bool:
    return model not in NOT_CLAIMS and not issubclass(model, records.Fa)


def _parts(annotation: Any) -> Iterator[type[BaseModel]]:
    """The models a field's type holds (`list[Position]`, `CitedDate | None`, ...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _parts(argument)


def _claim_models() -> dict[type[BaseModel], str]:
    """Every model reachable from a record kind that holds facts (sources are the evidence, not
    claims) → where it is first met, e.g. `persons.positions`."""
    found: dict[type[BaseModel], str] = {}
    todo: list[tuple[type[BaseModel], str]] = [(model, kind) for kind, model in records.KINDS.items()
                                               if kind != "sources"]
    while todo:
        model, where = todo.pop()
        if model in found or not _is_claim(model):
            continue
        found[model] = where
        todo += [(part, f"{where}.{name}") for name, info in model.model_fields.items()
                 for part in _parts(info.annotation)]
    return found


def uncited(value: Any, where: str = "") -> list[str]:
    """Where in a record (built by the loader or not) a claim has no citation: each model part
    that is a claim must hold a non-empty `citations` list."""
    if isinstance(value, list):
        return [found for i, item in enumerate(value) for found in uncited(item, f"{where}[{i}]")]
    if not isinstance(value, BaseModel) or not _is_claim(type(value)):
        return []
    missing = [f"{where}.citations".lstrip(".")] if not getattr(value, "citations", None) else []
    return missing + [found for name in type(value).model_fields if name != "citations"
                      for found in uncited(getattr(value, name), f"{where}.{name}")]


def test_data_checks_clean_with_no_errors_or_warnings() -> None:
    _, problems = _checked()
    assert not errors(list(problems)), "\n".join(map(str, problems))
    assert not problems, "warnings:\n" + "\n".join(map(str, problems))


def test_every_archive_voice_text_has_its_persian(archive: Archive) -> None:
    """CI fails when data/ has a text in the archive's own voice with no Persian (what
    `casearchive check` lists as 'no Persian yet')."""
    missing = persian.missing_persian(archive)
    assert not missing, f"{len(missing)} text(s) without Persian:\n" + "\n".join(map(str, missing))


def test_every_record_and_every_claim_in_it_is_cited(archive: Archive) -> None:
    claims = [loaded for loaded in archive.all() if loaded.kind != "sources"]
    assert len(claims) > 100
    assert [f"{loaded.path}: {where}" for loaded in claims for where in uncited(loaded.record)] == []


def test_every_part_of_a_record_that_is_a_claim_requires_citations() -> None:
    """What the loader refuses is what the data check above relies on: a model part added
    without a required, non-empty `citations` list fails here."""
    models = _claim_models()
    assert {records.Person, records.Position, records.Role, records.CitedDate, records.DateVariant,
            records.Participant, records.Translation, records.EstimateValue} <= set(models)
    for model, where in models.items():
        field = model.model_fields.get("citations")
        assert field is not None, f"{where} ({model.__name__}) is a claim without citations"
        assert field.is_required(), f"{where}: citations can be left out"
        assert annotated_types.MinLen(1) in field.metadata, f"{where}: citations can be empty"
    reached = {part for model in models for info in model.model_fields.values()
               for part in _parts(info.annotation)}
    assert set(NOT_CLAIMS) <= reached and any(issubclass(part, records.Fa) for part in reached)


def test_the_citation_check_finds_an_uncited_claim_the_loader_would_refuse(archive: Archive) -> None:
    """Records built past the loader (model_copy does not validate), one empty list at a time."""
    raisi = archive.records["persons"]["ebrahim-raisi"].record
    assert raisi.born is not None and raisi.positions and raisi.roles
    assert uncited(raisi) == []
    bare = raisi.model_copy(update={"citations": []})
    assert uncited(bare) == ["citations"]
    position = raisi.positions[1].model_copy(update={"citations": []})
    assert uncited(raisi.model_copy(update={"positions": [raisi.positions[0], position]})) == \
        ["positions[1].citations"]
    born = raisi.born.model_copy(update={"citations": []})
    assert uncited(raisi.model_copy(update={"born": born})) == ["born.citations"]
    toll = archive.records["estimates"]["death-toll-1988"].record
    value = toll.values[0].model_copy(update={"citations": []})
    assert uncited(toll.model_copy(update={"values": [value, *toll.values[1:]]})) == ["values[0].citations"]
    audio = archive.records["statements"]["montazeri-audio-1988-08-15"].record
    translation = audio.translations[2].model_copy(update={"citations": []})
    changed = audio.model_copy(update={"translations": [*audio.translations[:2], translation]})
    assert uncited(changed) == ["translations[2].citations"]


def test_every_source_is_cited_at_least_once(archive: Archive) -> None:
    cited = {value for loaded in archive.all() for _, value, kinds in references(loaded) if kinds == ("sources",)}
    uncited = sorted(set(archive.records["sources"]) - cited)
    assert not uncited, f"sources never cited: {uncited}"


def test_citations_of_copies_are_marked_as_seen_in_a_copy_or_unverified(archive: Archive) -> None:
    assert sum(len(_citations(loaded.record)) for loaded in archive.all()) > 100
    copies = {i for i, loaded in archive.records["sources"].items() if loaded.record.copy_of}
    wrong = [(loaded.path, c.source_id) for loaded in archive.all() for c in _citations(loaded.record)
             if c.source_id in copies and c.status.value == "seen"]
    assert not wrong, f"copies cited as 'seen': {wrong}"


def test_every_person_has_a_cited_position_or_role(archive: Archive) -> None:
    for loaded in archive.records["persons"].values():
        person = loaded.record
        cited = [p for p in person.positions if p.citations] + [r for r in person.roles if r.citations]
        assert cited, f"{loaded.path}: no cited position or role"


def test_the_agreed_1988_persons_exist_with_original_script_names(archive: Archive) -> None:
    persons = archive.records["persons"]
    for person_id in ("ruhollah-khomeini", "ali-khamenei", "hossein-ali-montazeri", "ebrahim-raisi",
                      "mostafa-pourmohammadi", "hossein-ali-nayyeri", "morteza-eshraghi", "alireza-avaei",
                      "morteza-bakhtiari", "mohammad-esmail-shushtari", "hamid-nouri", "morgan-ortagus",
                      "geoffrey-robertson", "tahar-boumedra", "javaid-rehman", "maryam-rajavi"):
        assert person_id in persons, person_id
    for person_id in ("ebrahim-raisi", "mostafa-pourmohammadi", "hossein-ali-nayyeri", "hamid-nouri"):
        assert persons[person_id].record.name_original, person_id
    aliases = {a for loaded in persons.values() for a in loaded.record.aliases}
    assert {"Pour-Mohammadi", "Poormohammadi", "Nayeri", "Eshraqi", "Noury", "Hamid Abbasi", "Raeisi"} <= aliases


def test_the_five_seed_sources_are_advocacy_with_an_affiliation(archive: Archive) -> None:
    sources = archive.records["sources"]
    for source_id in SEED_SOURCES:
        assert source_id in sources, f"seed source {source_id} is missing"
        source = sources[source_id].record
        assert source.kind.value == "advocacy", source_id
        assert source.affiliation and source.affiliation.strip(), source_id


def test_the_1988_death_toll_shows_every_claimant_side_by_side(archive: Archive) -> None:
    toll = archive.records["estimates"]["death-toll-1988"].record
    assert toll.case_id == CASE_1988
    claimants = {v.claimant for v in toll.values}
    assert len(toll.values) >= 10 and len(claimants) >= 10
    assert any(v.low == 30000 and (v.claimant_id in MEK_CAMP or "MEK" in v.claimant) for v in toll.values)
    assert any(v.low == 2800 and v.high == 5000 and v.claimant_id == "human-rights-watch" for v in toll.values)
    assert any(v.low == 2800 and v.high == 3800 and v.claimant_id == "hossein-ali-montazeri" for v in toll.values)
    assert toll.note and "official" in toll.note


def test_death_commission_membership_counts_are_attributed(archive: Archive) -> None:
    members = archive.records["estimates"]["death-commission-members-named"].record
    assert {96, 87, 86} <= {v.low for v in members.values}


def test_the_1988_case_has_enough_events_and_statements(archive: Archive) -> None:
    assert CASE_1988 in archive.records["cases"]
    events = [e for e in archive.records["events"].values() if e.record.case_id == CASE_1988]
    statements = [s for s in archive.records["statements"].values() if s.record.case_id == CASE_1988]
    assert len(events) >= 30
    assert len(statements) >= 15


@pytest.mark.parametrize(("event_id", "variant"), [
    ("khomeini-decree-1988", "1988-07-26"),
    ("executions-begin-1988", "1988-07-19"),
    ("montazeri-audio-released-2016", "2016-08-10"),
    ("nouri-arrest-2019", "2019-11-06"),
])
def test_conflicting_dates_are_kept_as_attributed_variants(archive: Archive, event_id: str, variant: str) -> None:
    event = archive.records["events"][event_id].record
    assert event.date_variants, f"{event_id} has no date_variants"
    assert variant in {v.date for v in event.date_variants}
    for v in event.date_variants:
        assert v.citations
        dates.parse(v.date)


def test_montazeri_audio_keeps_several_translations_side_by_side(archive: Archive) -> None:
    statement = archive.records["statements"]["montazeri-audio-1988-08-15"].record
    assert len(statement.translations) >= 3
    assert len({t.translator for t in statement.translations}) == len(statement.translations)


def test_the_ortagus_wording_is_shown_as_unverified(archive: Archive) -> None:
    statement = archive.records["statements"]["ortagus-2020-07-17-video"].record
    assert all(c.status.value == "unverified" for c in statement.citations)


def test_official_iranian_responses_are_recorded_as_statements(archive: Archive) -> None:
    speakers = {s.record.speaker_id for s in archive.records["statements"].values()
                if s.record.case_id == CASE_1988}
    assert {"government-of-iran", "mostafa-pourmohammadi", "hossein-ali-nayyeri", "hamid-nouri"} <= speakers


def test_every_citation_can_be_placed_in_its_source(archive: Archive) -> None:
    # An excerpt, a locator, the quoted words of a translation, or `unverified` with a note.
    unplaced = [f"{loaded.path}:{loaded.line(*loc)}" for loaded in archive.all()
                for loc, citation in traceability.citations(loaded)
                if not traceability.located(loaded, loc, citation)]
    assert not unplaced, f"citations with neither an excerpt nor a locator: {unplaced}"


def test_every_source_has_a_url_or_says_why_not(archive: Archive) -> None:
    silent = [loaded.path for loaded in archive.records["sources"].values()
              if not (loaded.record.url or (loaded.record.no_url and loaded.record.note))]
    assert not silent, f"sources with no URL and no reason: {silent}"
