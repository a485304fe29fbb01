"""Invariants of the real dataset in data/: it checks clean, every claim is cited, and the 1988 case
keeps the research brief's contested figures and dates side by side."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from casearchive.load.archive import Archive
from casearchive.load.checks import references
from casearchive.load.problems import errors
from casearchive.model import dates
from casearchive.model.records import Citation
from casearchive.publish.build import check_archive
from conftest import REPO

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


def _all_citation_lists(value: Any) -> list[list[Any]]:
    """Every `citations` list anywhere inside a model (record, position, role, variant, value...)."""
    found: list[list[Any]] = []
    if hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            item = getattr(value, name)
            if name == "citations":
                found.append(item)
            found.extend(_all_citation_lists(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_all_citation_lists(item))
    return found


def test_data_checks_clean_with_no_errors_or_warnings() -> None:
    _, problems = _checked()
    assert not errors(list(problems)), "\n".join(map(str, problems))
    assert not problems, "warnings:\n" + "\n".join(map(str, problems))


def test_every_record_and_every_claim_in_it_is_cited(archive: Archive) -> None:
    for loaded in archive.all():
        if loaded.kind == "sources":
            continue
        assert loaded.record.citations, f"{loaded.path}: record has no citations"
        for cited in _all_citation_lists(loaded.record):
            assert cited, f"{loaded.path}: an empty citations list"


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
