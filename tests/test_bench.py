"""The benchmark's parts: the byte-counting server, the staged build, the report's verdicts and
the edit → page loop of `serve`. Correctness only: no test here times anything."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from casearchive.bench import browser, measure, report, serve, synth
from casearchive.bench.project import make_project

REPO = Path(__file__).resolve().parents[1]


def _get(url: str, compressed: bool) -> bytes:
    headers = {"Accept-Encoding": "gzip"} if compressed else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        body: bytes = response.read()
        return gzip.decompress(body) if response.headers.get("Content-Encoding") == "gzip" else body


def test_server_counts_what_it_sends_and_compresses_only_text(tmp_path: Path) -> None:
    script = b"var x = 1;\n" * 500
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "a.js").write_bytes(script)
    (tmp_path / "pagefind" / "b.pf_index").write_bytes(gzip.compress(b"index"))
    with browser.serve(tmp_path, compress=True) as (base, counter):
        assert _get(base + "/pagefind/a.js", compressed=True) == script
        assert _get(base + "/pagefind/b.pf_index", compressed=True) == gzip.compress(b"index")
        sent = dict(counter.sent)
    assert sent["/pagefind/a.js"] < len(script) / 10  # gzip, plus a few headers
    assert len(gzip.compress(b"index")) < sent["/pagefind/b.pf_index"] < 200  # as stored
    with browser.serve(tmp_path, compress=False) as (base, counter):
        _get(base + "/pagefind/a.js", compressed=True)
        assert counter.total() > len(script)


def test_server_refuses_paths_outside_the_site(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "secret.txt").write_text("no")
    with browser.serve(tmp_path / "site") as (base, _counter):
        try:
            _get(base + "/../secret.txt", compressed=False)
            raise AssertionError("served a file outside the site")
        except urllib.error.HTTPError as error:
            assert error.code == 404


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("run")
    return root, measure.run(REPO, root, 40, seed=9)


def test_staged_build_measures_every_stage_and_weighs_the_site(
        measured: tuple[Path, dict[str, Any]]) -> None:
    root, result = measured
    assert [s["name"] for s in result["stages"]] == \
        ["load + validate", "render", "MkDocs build", "search indexing", "swap"]
    assert result["record_pages"] == 40
    assert (root / "site" / "pagefind" / "pagefind-entry.json").is_file()
    assert 0 < result["record_page_median_kb"] <= result["record_page_max_kb"]
    assert result["record_page_max"].startswith("archive/")
    assert result["peak_mb"] > 0 and result["site_files"] > 40


def _results(load_s: float, total_small: float, total_large: float, page_kb: float,
             search_kb: float, edit_s: float) -> dict[str, Any]:
    def run(n: int, total: float) -> dict[str, Any]:
        times = {"load + validate": load_s, "render": 1.0, "MkDocs build": total - load_s - 2.0,
                 "search indexing": 1.0, "swap": 0.0}
        stages = [{"name": name, "wall_s": s, "cpu_s": s} for name, s in times.items()]
        return {"records": n, "stages": stages, "total_s": total, "total_cpu_s": total,
                "own_s": load_s + 2.0,
                "record_page_max_kb": page_kb, "record_page_max": "archive/x", "peak_mb": 900,
                "search": {"name_gzip_kb": search_kb, "name_raw_kb": 2 * search_kb,
                           "name_found": True, "alias_found": True}}
    return {"machine": "test", "runs": [run(2000, total_small), run(20000, total_large)],
            "serve": {"records": 2000, "edit_median_s": edit_s, "edit_max_s": edit_s,
                      "edit_latencies_s": {"name": [edit_s]}, "serve_startup_s": 5.0,
                      "search_ready_s": 9.0}}


def test_report_judges_each_target() -> None:
    good = report.verdicts(_results(8, 30, 300, 40, 250, 2))
    assert all(v.met for v in good), good
    bad = {v.target: v.met for v in report.verdicts(_results(12, 20, 300, 70, 350, 4))}
    assert bad["load + validate 20,000 records ≤ 10 s"] is False
    assert bad["t(20,000) / t(2,000) ≤ 11"] is False  # 300 / 20 = 15
    assert bad["own stages ≤ 10 % of the build at 20,000"] is True  # 14 s of 300 s
    assert bad["record page HTML ≤ 60 KB at 20,000"] is False
    assert bad["edit → page ≤ 3 s at 2,000 (make serve)"] is False


def test_report_says_what_was_not_measured(measured: tuple[Path, dict[str, Any]]) -> None:
    results = {"machine": "test", "runs": [measured[1]]}
    verdicts = {v.target: v for v in report.verdicts(results)}
    assert verdicts["peak memory ≤ 2 GB at 20,000"].met is None
    assert verdicts["record page HTML ≤ 60 KB at 40"].met is True
    text = report.markdown(results)
    assert "| 40 records |" in text and "| peak memory ≤ 2 GB at 20,000 | not measured |" in text
    assert json.loads(report.as_json(results))["targets"][0]["met"] is None


def test_serve_shows_an_edit_of_the_data(tmp_path: Path) -> None:
    project = make_project(REPO, tmp_path / "serve", 40, seed=9)
    person_id = synth.search_target(40, seed=9)[0]
    before = (project.data / "persons" / f"{person_id}.yml").read_text()
    result = serve.edit_latency(project, person_id, rounds=1, startup_s=300, edit_s=60, idle_s=0)
    # The page showed the new summary and the new name (else wait_until raises TimeoutError).
    assert {kind: len(seconds) for kind, seconds in result["edit_latencies_s"].items()} == \
        {"summary": 1, "name": 1}
    assert result["search_ready_s"] >= result["serve_startup_s"]  # the preview has a search index
    assert (project.data / "persons" / f"{person_id}.yml").read_text() == before


def test_every_target_has_a_reason_for_when_it_is_missed() -> None:
    results = _results(12, 20, 300, 70, 350, 4)
    for verdict in report.verdicts(results):
        assert len(report._why(verdict.target, results)) > 80, verdict.target
