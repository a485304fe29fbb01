"""The benchmark's parts: the byte-counting server, the staged build, the report's verdicts and
the edit → page loop of `serve`. Correctness only: no test here times anything."""

from __future__ import annotations

import gzip
import json
import os
import signal
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from casearchive.bench import browser, measure, offlinecopy, plain, report, serve, synth
from casearchive.bench.__main__ import first_visits
from casearchive.bench.project import SET_ASIDE, empty_set_aside, make_project, set_aside
from casearchive.publish import build
from casearchive.publish.build import Project
from helpers import REPO, needs_chromium


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
    return root, measure.run(REPO, root, 40, seed=9, pairs=2)


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
    anchor = result["plain"]
    assert [s["name"] for s in anchor["stages"]] == ["plain MkDocs build", "plain Pagefind"]
    assert anchor["ratio"] > 0 and anchor["ratio_cpu"] > 0
    # Two (project, anchor) pairs built in turn, the ratio their median (here: their mean).
    pairs = anchor["pairs"]
    assert len(pairs) == 2 and pairs[0]["project_s"] == result["total_s"]
    assert all(p["ratio"] == pytest.approx(p["project_s"] / p["plain_s"]) for p in pairs)
    assert anchor["ratio"] == pytest.approx((pairs[0]["ratio"] + pairs[1]["ratio"]) / 2)
    assert (root / "site" / "pagefind" / "pagefind-entry.json").is_file()  # the last pair's
    times = anchor["page_times"]
    assert times["pages"] > 0 and times["ratio"] > 1  # a record page costs more than plain text
    assert times["builds"] == plain.PAGE_TIME_BUILDS
    assert (root / "plain" / "mkdocs.yml").is_file() and not (root / "plain" / "site").exists()
    # The builds of the first pair (and the anchor's sites) were moved aside, not deleted: a
    # deletion just before a timed build slows it (project.SET_ASIDE).
    aside = sorted(p.relative_to(root.parent / SET_ASIDE).parts[1:] for p in
                   (root.parent / SET_ASIDE).glob("*/*"))
    assert aside.count(("site",)) == 3 and ("docs",) in aside  # the anchor's two, the first project's
    assert any((root.parent / SET_ASIDE).glob("*/docs/archive/persons/*.md"))


def test_what_was_set_aside_is_deleted_at_the_end(tmp_path: Path) -> None:
    build = tmp_path / "out" / "n40" / "site" / "archive"
    build.mkdir(parents=True)
    (build / "index.html").write_text("x", encoding="utf-8")
    set_aside(tmp_path / "out" / "n40" / "site", tmp_path / "out" / "n40")
    set_aside(tmp_path / "out" / "n40" / "missing", tmp_path / "out" / "n40")  # nothing to move
    assert not (tmp_path / "out" / "n40" / "site").exists()
    assert [p.name for p in (tmp_path / "out" / SET_ASIDE).glob("*/*")] == ["site"]
    empty_set_aside(tmp_path / "out")
    assert not (tmp_path / "out" / SET_ASIDE).exists() and (tmp_path / "out" / "n40").is_dir()


def test_the_plain_anchor_builds_with_no_plugin_and_the_project_nav(tmp_path: Path) -> None:
    config = yaml.safe_load(plain.write_config(
        tmp_path / "mkdocs.yml", tmp_path / "docs", plain.project_settings(Project(REPO))).read_text())
    assert config["plugins"] == [] and config["theme"] == {"name": "material"}
    assert "hooks" not in config and "md_in_html" in config["markdown_extensions"]
    assert config["nav"][0] == {"Home": "index.md"}


def test_page_times_are_each_pages_median_over_builds_of_pages_in_alternation(tmp_path: Path) -> None:
    docs = tmp_path / "docs" / "archive" / "persons"
    docs.mkdir(parents=True)
    for n in range(3):
        (docs / f"p{n}.md").write_text(f"# P{n}\n\n<p>words {n}</p>\n", encoding="utf-8")
    plain.sample(tmp_path / "docs", tmp_path / "sample", size=3)
    pairs = sorted(p.relative_to(tmp_path / "sample").as_posix() for p in (tmp_path / "sample").glob("*/*.md"))
    assert pairs == ["000/record.md", "000/simple.md", "001/record.md", "001/simple.md",
                     "002/record.md", "002/simple.md"]  # MkDocs' order: record, simple, record...
    builds = [{"000/record.md": r, "000/simple.md": 0.002} for r in (0.004, 0.009, 0.005)]
    for number, times in enumerate(builds, start=1):
        (tmp_path / plain.times_file(number)).write_text(json.dumps(times), encoding="utf-8")
    found = plain.page_times(tmp_path, builds=3)
    assert found["record_page_ms"] == pytest.approx(5.0) and found["ratio"] == pytest.approx(2.5)
    assert found["pages"] == 1 and found["builds"] == 3  # 9 ms, a slow spell of one build, is left out


def test_a_simple_page_keeps_the_text_and_drops_the_markup() -> None:
    text = plain.simple_text('---\ntitle: "X"\n---\n\n# X { data-pagefind-weight="10" }\n\n'
                             '<a class="ca-anchor" id="a" href="#a">¶</a><span>Cite: one&#58; two</span> '
                             '**Born:** [Tehran](../places/t.md) 1944.\n{: .ca-noindex }\n')
    assert text == "# A simple page\n\nX ¶ Cite: one two Born: Tehran 1944.\n"


@needs_chromium
def test_first_visit_counts_every_request_of_a_person_page_in_both_editions(
        measured: tuple[Path, dict[str, Any]]) -> None:
    root, _result = measured
    person_id, name, _alias = synth.search_target(40, seed=9)
    visits = first_visits(Project(root), 40, seed=9)
    assert [visits[e]["page"] for e in ("en", "fa")] == \
        [f"/archive/persons/{person_id}/", f"/fa/archive/persons/{person_id}/"]
    assert visits["en"]["heading"] == name and visits["fa"]["heading"]
    for visit in visits.values():
        assert visit["readable_without_js"] and visit["foreign"] == []
        assert 0 < visit["gzip_kb"] < visit["raw_kb"]  # HTML, CSS and JS went compressed
    visit = browser.first_visit(root / "site", f"/fa/archive/persons/{person_id}/")
    asked = [path for path, _size in visit.requests]
    assert asked[0] == visit.path and visit.bytes == sum(size for _path, size in visit.requests)
    assert {Path(path).suffix for path in asked} >= {".css", ".js", ".png"}  # favicon included
    assert len(asked) == visits["fa"]["requests"]
    assert visit.heading_without_js == visit.heading != ""


@needs_chromium
def test_first_visit_tells_a_page_that_needs_javascript(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        "<!doctype html><title>t</title><article></article><script>document.querySelector("
        "'article').innerHTML = '<h1>Shown by script</h1>';</script><img src='missing.png' alt=''>")
    visit = browser.first_visit(tmp_path, "/")
    assert visit.heading == "Shown by script" and visit.heading_without_js == ""
    assert [path for path, _size in visit.requests][:2] == ["/", "/missing.png"]  # 404s count


def test_offline_copy_is_built_into_the_given_zip_and_weighed(
        measured: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    root, _result = measured
    copy = offlinecopy.measure(Project(root), tmp_path / "copy.zip")
    with zipfile.ZipFile(tmp_path / "copy.zip") as packed:
        names = packed.namelist()
    assert copy["records"] == 40 and copy["files"] == len(names)
    assert "iran-case-archive-offline/index.html" in names
    assert "iran-case-archive-offline/MANIFEST.sha256" in names
    assert copy["zip_mb"] == (tmp_path / "copy.zip").stat().st_size / offlinecopy.MB
    assert 0 < copy["zip_mb"] < copy["unpacked_mb"] and copy["build_s"] > 0
    assert not (root / ".offline.new").exists() and not (root / "dist").exists()


def _results(load_s: float, total_small: float, total_large: float, page_kb: float,
             search_kb: float, edit_s: float, visit_kb: float = 80) -> dict[str, Any]:
    def run(n: int, total: float) -> dict[str, Any]:
        times = {"load + validate": load_s, "render": 1.0, "MkDocs build": total - load_s - 2.0,
                 "search indexing": 1.0, "swap": 0.0}
        stages = [{"name": name, "wall_s": s, "cpu_s": s} for name, s in times.items()]
        anchor = {"stages": [{"name": "plain MkDocs build", "wall_s": total, "cpu_s": total}],
                  "total_s": total, "total_cpu_s": total, "ratio": 1.05, "ratio_cpu": 1.05,
                  "page_times": {"pages": 100, "builds": 3, "record_page_ms": 3.0, "simple_page_ms": 2.5,
                                 "ratio": 1.2}}
        return {"records": n, "stages": stages, "total_s": total, "total_cpu_s": total,
                "plain": anchor,
                "own_s": load_s + 2.0, "own_cpu_s": load_s + 2.0,
                "record_page_max_kb": page_kb, "record_page_max": "archive/x", "peak_mb": 900,
                "search": {"name_gzip_kb": search_kb, "name_raw_kb": 2 * search_kb,
                           "name_found": True, "alias_found": True},
                "first_visit": {edition: {"page": f"/{edition}/p/", "gzip_kb": visit_kb,
                                          "raw_kb": 4 * visit_kb, "requests": 11, "foreign": [],
                                          "heading": "P", "readable_without_js": True}
                                for edition in ("en", "fa")}}
    small = run(2000, total_small)
    small["offline"] = {"records": 2000, "zip_mb": 12.34, "files": 4321, "build_s": 61.0,
                        "unpacked_mb": 80.0}
    return {"machine": "test", "runs": [small, run(20000, total_large)],
            "offline": {"records": 363, "zip_mb": 3.21, "files": 901, "build_s": 9.0,
                        "unpacked_mb": 20.5},
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
    slow = _results(8, 30, 300, 40, 250, 2)
    slow["runs"][1]["plain"]["ratio"] = 1.3
    slow["runs"][0]["plain"]["page_times"]["ratio"] = 2.0
    judged = {v.target: v for v in report.verdicts(slow)}
    anchored = judged["project ≤ 1.1 × plain Material + Pagefind on the same pages, at 20,000"]
    assert anchored.met is False and anchored.measured.startswith("1.30 × in wall-clock time")
    paired = _results(8, 30, 300, 40, 250, 2)
    paired["runs"][0]["plain"]["pairs"] = [{"project_s": 33.5, "plain_s": 29.7, "ratio": 1.128},
                                           {"project_s": 35.7, "plain_s": 26.4, "ratio": 1.352},
                                           {"project_s": 35.4, "plain_s": 34.7, "ratio": 1.020}]
    paired["runs"][0]["plain"]["ratio"] = 1.128
    small = {v.target: v for v in report.verdicts(paired)}[
        "project ≤ 1.1 × plain Material + Pagefind on the same pages, at 2,000"]
    assert small.met is False and small.measured.startswith(
        "1.13 × in wall-clock time (median of 3 pairs built in turn: 33.5 s against 29.7 s (1.13), "
        "35.7 s against 26.4 s (1.35), 35.4 s against 34.7 s (1.02))")
    per_page = "MkDocs time per record page ≤ 1.5 × a simple page's of as much text (plain Material)"
    assert judged[f"{per_page}, at 2,000"].met is False and judged[f"{per_page}, at 20,000"].met
    assert bad["record page HTML ≤ 60 KB at 20,000"] is False
    assert bad["edit → page ≤ 3 s at 2,000 (make serve), median of the edits"] is False
    spread = _results(8, 30, 300, 40, 250, 2)
    spread["serve"].update(edit_median_s=2.7, edit_max_s=3.1)  # the target is the median's
    served = {v.target: v for v in report.verdicts(spread)}[
        "edit → page ≤ 3 s at 2,000 (make serve), median of the edits"]
    assert served.met and served.measured == "median 2.7 s, worst 3.1 s"
    first_visit = "first visit to an entity page ≤ 300 KB compressed, readable without JavaScript"
    assert bad[f"{first_visit}, at 2,000"] is True
    heavy = {v.target: v for v in report.verdicts(_results(8, 30, 300, 40, 250, 2, visit_kb=301))}
    assert heavy[f"{first_visit}, at 20,000"].met is False
    assert heavy[f"{first_visit}, at 20,000"].measured == "en 301 KB in 11 requests; fa 301 KB in 11 requests"
    scripted = _results(8, 30, 300, 40, 250, 2)
    scripted["runs"][0]["first_visit"]["fa"]["readable_without_js"] = False
    judged = {v.target: v for v in report.verdicts(scripted)}[f"{first_visit}, at 2,000"]
    assert judged.met is False and "fa 80 KB in 11 requests, heading NOT shown" in judged.measured


def test_report_shows_the_first_visit_and_the_offline_copies(
        measured: tuple[Path, dict[str, Any]]) -> None:
    made = _results(8, 30, 300, 40, 250, 2)
    small = {**measured[1], **{key: made["runs"][0][key] for key in ("first_visit", "offline")}}
    results = {"machine": "test", "runs": [small, measured[1]], "offline": made["offline"]}
    text = report.markdown(results)
    assert "| first visit to a person page, compressed (KB, requests) | 80 (320 uncompressed), 11 | — |" in text
    assert "| offline copy (zip MB, files, build s) | 12.3 MB, 4,321 files, 61 s | — |" in text
    assert ("Offline copy of the archive in data/ (363 records, `make offline`): one zip of "
            "3.2 MB, 901 files, 9 s to build (20.5 MB unpacked).") in text
    assert "| first visit to an entity page ≤ 300 KB compressed, readable without JavaScript, " \
        "at 40 | en 80 KB in 11 requests; fa 80 KB in 11 requests | met |" in text
    assert json.loads(report.as_json(results))["offline"]["files"] == 901


def test_report_says_what_was_not_measured(measured: tuple[Path, dict[str, Any]]) -> None:
    results = {"machine": "test", "runs": [measured[1]]}
    verdicts = {v.target: v for v in report.verdicts(results)}
    assert verdicts["peak memory ≤ 2 GB at 20,000"].met is None
    assert verdicts["record page HTML ≤ 60 KB at 40"].met is True
    text = report.markdown(results)
    assert "| 40 records |" in text and "| peak memory ≤ 2 GB at 20,000 | not measured |" in text
    first_visit = verdicts["first visit to an entity page ≤ 300 KB compressed, readable without "
                           "JavaScript, at 40"]
    assert (first_visit.met, first_visit.measured) == (None, "not measured (no Chromium)")
    assert "| offline copy (zip MB, files, build s) | — |" in text
    assert json.loads(report.as_json(results))["targets"][0]["met"] is None


def test_serve_shows_an_edit_of_the_data(tmp_path: Path) -> None:
    project = make_project(REPO, tmp_path / "serve", 40, seed=9)
    person_id = synth.search_target(40, seed=9)[0]
    before = (project.data / "persons" / f"{person_id}.yml").read_text()
    result = serve.edit_latency(project, person_id, edits=2, startup_s=300, edit_s=60, idle_s=0)
    # The page showed the new summary and the new name (else wait_until raises TimeoutError).
    assert {kind: len(seconds) for kind, seconds in result["edit_latencies_s"].items()} == \
        {"summary": 1, "name": 1}
    assert result["search_ready_s"] >= result["serve_startup_s"]  # the preview has a search index
    assert (project.data / "persons" / f"{person_id}.yml").read_text() == before


def test_serve_brings_every_page_up_to_date_after_an_edit(tmp_path: Path) -> None:
    project = make_project(REPO, tmp_path / "serve", 40, seed=9)
    person_id = synth.search_target(40, seed=9)[0]
    path, log, port = project.data / "persons" / f"{person_id}.yml", tmp_path / "serve.log", serve.free_port()
    base = f"http://127.0.0.1:{port}/archive/persons/"
    with log.open("wb") as output:
        server = serve._start(project, port, output)
        try:
            serve.wait_until(lambda: "<h1" in serve.fetch(f"{base}{person_id}/"), 300)
            assert "Renamedperson" not in serve.fetch(base)
            start = log.stat().st_size
            path.write_text(path.read_text().replace("name: ", "name: Renamedperson ", 1))
            serve.wait_until(lambda: "Renamedperson" in serve.fetch(f"{base}{person_id}/"), 60)
            serve.wait_until(lambda: serve._followed(log, start), 120)
            assert "Renamedperson" in serve.fetch(base)  # the people index, from the second step
            # The home page shows a block generated from the data (each case, its figures):
            # `serve` rebuilds dirty, and docs/index.md itself does not change, yet the page must.
            case = sorted((project.data / "cases").glob("*.yml"))[0]
            home = f"http://127.0.0.1:{port}/"
            assert "Renamedcase" not in serve.fetch(home)
            start = log.stat().st_size
            case.write_text(case.read_text().replace("title: ", "title: Renamedcase ", 1))
            serve.wait_until(lambda: "Renamedcase" in serve.fetch(home), 120)
            serve.wait_until(lambda: serve._followed(log, start), 120)
            # The generated pages are now exactly what a full generation writes (which removes
            # only the file through which the background step asked MkDocs for a rebuild).
            assert (project.generated / ".rebuild").is_file()
            archive = build.check_archive(project.data)[0]
            assert build.generate(project, archive) == (0, 1)
            assert not (project.generated / ".rebuild").exists()
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)


def test_every_target_has_a_reason_for_when_it_is_missed() -> None:
    results = _results(12, 20, 300, 70, 350, 4)
    for verdict in report.verdicts(results):
        assert len(report._why(verdict.target, results)) > 80, verdict.target


def test_serve_after_a_build_starts_from_its_site_and_shows_edits(tmp_path: Path) -> None:
    project = make_project(REPO, tmp_path / "serve", 40, seed=9)
    person_id = synth.search_target(40, seed=9)[0]
    measure.build_stages(project, load_tries=1)
    result = serve.edit_latency(project, person_id, edits=2, startup_s=300, edit_s=60, idle_s=0)
    assert result["edits"] == 2
    log = (project.root / "serve.log").read_text(encoding="utf-8")
    assert f"Starting from {project.site}" in log


def test_serve_after_a_build_leaves_out_the_pages_of_removed_records(tmp_path: Path) -> None:
    project = make_project(REPO, tmp_path / "serve", 40, seed=9)
    person_id = synth.search_target(40, seed=9)[0]
    measure.build_stages(project, load_tries=1)
    for prefix in ("", "fa/"):  # the pages of a record removed since that build
        ghost = project.site / f"{prefix}archive" / "persons" / "ghost-record" / "index.html"
        ghost.parent.mkdir(parents=True)
        ghost.write_text("<h1>Ghost record</h1>", encoding="utf-8")
    os.utime(project.site / "index.html")  # the build is still newer than every input
    log, port = tmp_path / "serve.log", serve.free_port()
    base = f"http://127.0.0.1:{port}/"
    with log.open("wb") as output:
        server = serve._start(project, port, output)
        try:
            serve.wait_until(lambda: "<h1" in serve.fetch(f"{base}archive/persons/{person_id}/"), 300)
            assert f"Starting from {project.site}" in log.read_text(encoding="utf-8")
            assert "Removed 2 pages" in log.read_text(encoding="utf-8")
            for prefix in ("", "fa/"):
                assert serve.fetch(f"{base}{prefix}archive/persons/ghost-record/") == ""
                assert "<h1" in serve.fetch(f"{base}{prefix}archive/persons/{person_id}/")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
