"""Open data: the JSON and CSV downloads keep every value's citations and round-trip to the data."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from casearchive.model.records import KINDS
from casearchive.publish import build
from casearchive.render import renderer
from casearchive.render.address import Site
from helpers import FIXTURE_DATA, SITE_URL

SITE = Site(name="Test Archive", url=SITE_URL)


def export(data: Path = FIXTURE_DATA) -> dict[str, str]:
    archive, problems = build.check_archive(data)
    assert not [p for p in problems if not p.warning], problems
    return {path.removeprefix("archive/data/"): text
            for path, text in renderer.render_archive(archive, "v1", SITE).items()
            if path.startswith("archive/data/")}


def rows(files: dict[str, str], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files[name])))


def citations_in_yaml(value: Any) -> list[dict[str, Any]]:
    """Every citation in a raw YAML record, found without the archive's own code."""
    if isinstance(value, dict):
        found = [value] if "source_id" in value else []
        return found + [c for v in value.values() for c in citations_in_yaml(v)]
    if isinstance(value, list):
        return [c for v in value for c in citations_in_yaml(v)]
    return []


def raw_records() -> dict[tuple[str, str], Any]:
    return {(p.parent.name, p.stem): yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in FIXTURE_DATA.glob("*/*.yml")}


def test_claims_csv_has_one_row_per_citation_in_the_data() -> None:
    files = export()
    found = Counter((r["record_id"], r["source_id"], r["locator"], r["excerpt"])
                    for r in rows(files, "claims.csv"))
    expected = Counter((record_id, c["source_id"], c.get("locator") or "", c.get("excerpt") or "")
                       for (kind, record_id), raw in raw_records().items() if kind != "sources"
                       for c in citations_in_yaml(raw))
    assert found == expected


def test_every_csv_row_names_its_source_kind_and_affiliation() -> None:
    raw = raw_records()
    for row in rows(export(), "claims.csv"):
        source = raw[("sources", row["source_id"])]
        assert row["source_kind"] == source["kind"]
        assert row["source_affiliation"] == source.get("affiliation", "")
        assert row["claim_url"].startswith(f"{SITE_URL}archive/{row['record_kind']}/"
                                           f"{row['record_id']}/#")
        assert row["claim_id"] == f"{row['record_id']}#{row['claim_url'].partition('#')[2]}"


def test_figures_keep_their_numbers_claimant_and_citation_status() -> None:
    figures = [r for r in rows(export(), "claims.csv")
               if r["claim_type"] == "figure" and r["record_id"] == "toll-1988"]
    assert {(r["figure_low"], r["figure_high"], r["figure_qualifier"], r["source_id"])
            for r in figures} == {("2800", "5000", "exactly", "hrw-2022-qa"),
                                  ("30000", "", "more_than", "seed-article")}
    role = next(r for r in rows(export(), "claims.csv")
                if r["claim_type"] == "role" and r["record_id"] == "jane-official")
    assert (role["citation_status"], role["citation_note"]) == \
        ("unverified", "not seen in an independent source")


def test_archive_json_round_trips_to_the_validated_records() -> None:
    archive, _ = build.check_archive(FIXTURE_DATA)
    whole = json.loads(export()["archive.json"])
    assert whole["about"]["data_version"] == "v1" and whole["about"]["licence"] == "CC BY 4.0"
    seen = 0
    for kind, objects in whole["records"].items():
        for obj in objects:
            loaded = archive.records[kind][obj["id"]]
            assert KINDS[kind].model_validate(obj["data"]) == loaded.record
            assert obj["url"] == f"{SITE_URL}archive/{kind}/{obj['id']}/"
            seen += 1
    assert seen == len(archive.all())


def test_record_json_carries_the_sources_it_cites() -> None:
    person = json.loads(export()["persons/jane-official.json"])
    assert set(person["sources"]) == {"hrw-2022-qa", "seed-article"}
    assert person["sources"]["seed-article"]["affiliation"].startswith("Outlet close")
    assert {c["claim_type"] for c in person["claims"]} == {"record", "born", "position", "role"}


def test_sources_csv_counts_what_rests_on_each_source() -> None:
    files = export()
    counts = Counter(r["source_id"] for r in rows(files, "claims.csv"))
    for row in rows(files, "sources.csv"):
        assert int(row["claims_citing"]) == counts[row["source_id"]]
    seed = next(r for r in rows(files, "sources.csv") if r["source_id"] == "seed-article")
    assert (seed["copy_of_publisher"], seed["copy_of_verified"]) == ("NCRI", "false")


def test_spreadsheet_formulas_are_neutralised_but_json_keeps_the_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    formula = '=HYPERLINK("https://evil.example/","click")'
    person = yaml.safe_load((data / "persons" / "jane-official.yml").read_text(encoding="utf-8"))
    person["roles"][0]["role"] = formula
    (data / "persons" / "jane-official.yml").write_text(yaml.safe_dump(person), encoding="utf-8")
    files = export(data)
    role = next(r for r in rows(files, "claims.csv")
                if r["claim_type"] == "role" and r["record_id"] == "jane-official")
    assert role["value"] == "'" + formula
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows(files, "claims.csv")
                   for cell in r.values())
    assert json.loads(files["persons/jane-official.json"])["data"]["roles"][0]["role"] == formula
