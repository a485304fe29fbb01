"""`make lighthouse` without Lighthouse: the pages it picks, the static host it serves them from,
how it reads Lighthouse's scores and the report it writes. The one test that runs Lighthouse needs
bench/node_modules (`cd bench && npm ci`): .ci/run installs it, so CI runs it; a laptop without it
skips it."""

from __future__ import annotations

import gzip
import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from casearchive.bench import lighthouse, statichost
from casearchive.bench.lighthouse import Page, Result


def _page(site: Path, path: str, size: int = 10) -> None:
    (site / path).mkdir(parents=True, exist_ok=True)
    (site / path / "index.html").write_text("x" * size, encoding="utf-8")


def _site(tmp_path: Path, preferred: bool) -> Path:
    for edition in ("", "fa/"):
        for path in ("", "archive/contested/", "archive/timeline/", "archive/events/small/",
                     "archive/sources/a/", "archive/sources/b/", "archive/persons/p/"):
            _page(tmp_path, edition + path)
        _page(tmp_path, edition + "archive/events/big/", 500)
        _page(tmp_path, edition + "archive/events/big--rows-2/", 900)  # a continuation page
        if preferred:
            _page(tmp_path, edition + "archive/persons/ebrahim-raisi/", 1)
    _page(tmp_path, "archive/persons/zz-only-english/", 5000)
    return tmp_path


def test_pages_are_the_six_kinds_in_both_editions_preferred_records_first(tmp_path: Path) -> None:
    pages = lighthouse.choose_pages(_site(tmp_path, preferred=True))
    assert [p.url_path for p in pages] == [
        "/", "/archive/persons/ebrahim-raisi/", "/archive/events/big/", "/archive/sources/b/",
        "/archive/contested/", "/archive/timeline/",
        "/fa/", "/fa/archive/persons/ebrahim-raisi/", "/fa/archive/events/big/", "/fa/archive/sources/b/",
        "/fa/archive/contested/", "/fa/archive/timeline/"]
    assert [p.kind for p in pages[:6]] == list(lighthouse.ORDER)


def test_without_the_preferred_record_the_largest_page_in_both_editions_is_chosen(tmp_path: Path) -> None:
    site = _site(tmp_path, preferred=False)
    assert lighthouse.record_page(site, "persons") == "archive/persons/p/"  # not the English-only one
    assert lighthouse.record_page(site, "events") == "archive/events/big/"  # not its continuation


def test_a_site_not_built_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make build"):
        lighthouse.choose_pages(tmp_path)


def _report(scores: dict[str, float | None], audits: dict[str, tuple[float | None, int]]) -> dict[str, Any]:
    """A Lighthouse JSON report in miniature: every audit is in every category."""
    refs = [{"id": name, "weight": weight} for name, (_score, weight) in audits.items()]
    return {"categories": {name: {"id": name, "score": score, "auditRefs": refs} for name, score in scores.items()},
            "audits": {name: {"id": name, "title": f"Title of {name}", "score": score, "displayValue": "1.6 s"
                              if name == "lcp" else ""} for name, (score, _weight) in audits.items()}}


def test_scores_are_read_as_percentages_and_failing_audits_are_the_weighted_ones_under_full_marks() -> None:
    report = _report({"performance": 0.944, "accessibility": 0.96, "best-practices": 1, "seo": None},
                     {"lcp": (0.8, 25), "target-size": (0, 7), "info": (0, 0), "manual": (None, 3), "ok": (1, 5)})
    assert lighthouse.scores(report) == {"performance": 94, "accessibility": 96, "best-practices": 100, "seo": 0}
    assert [a["id"] for a in lighthouse.failing_audits(report, "accessibility")] == ["lcp", "target-size"]
    got = lighthouse.result(Page("home", "en", ""), report)
    assert set(got.failing) == {"performance", "accessibility", "seo"}
    assert got.failing["performance"][0] == {"id": "lcp", "title": "Title of lcp", "score": 0.8, "value": "1.6 s"}


def test_the_metrics_behind_the_performance_score_are_kept() -> None:
    report = {"audits": {"largest-contentful-paint": {"numericValue": 1612.44},
                         "cumulative-layout-shift": {"numericValue": 0.00341}, "speed-index": {}}}
    assert lighthouse.metrics(report) == {"largest-contentful-paint": 1612, "cumulative-layout-shift": 0.003}


def test_a_category_lighthouse_left_out_counts_as_zero() -> None:
    assert lighthouse.scores({"categories": {}, "audits": {}})["seo"] == 0


def test_the_table_shows_every_page_and_marks_and_explains_each_miss() -> None:
    good = Result(Page("home", "en", ""), {"performance": 99, "accessibility": 100, "best-practices": 100, "seo": 100})
    bad = Result(Page("event", "fa", "archive/events/e/"),
                 {"performance": 95, "accessibility": 96, "best-practices": 100, "seo": 100},
                 {"accessibility": [{"id": "target-size", "title": "Touch targets", "score": 0, "value": ""}]})
    text = lighthouse.table([good, bad])
    assert "| home | en | `/` | 99 | 100 | 100 | 100 |" in text
    assert "| event | fa | `/fa/archive/events/e/` | 95 | **96** | 100 | 100 |" in text
    assert "- `/fa/archive/events/e/` accessibility: `target-size` Touch targets" in text
    assert lighthouse.misses([good, bad]) == ["/fa/archive/events/e/: accessibility 96 < 100 (target-size)"]
    assert "Under target: none." in lighthouse.table([good])


def test_lighthouse_runs_mobile_on_debians_chromium_and_only_the_four_categories() -> None:
    args = lighthouse.command(Path("lh"), "http://127.0.0.1:1/", Path("out.json"))
    assert "--only-categories=performance,accessibility,best-practices,seo" in args
    assert "--chrome-flags=--headless=new --no-sandbox" in args
    assert "--throttling-method=simulate" in args and not any(a.startswith("--preset") for a in args)
    assert f"--chrome-path={lighthouse.CHROME}" in args


def _get(url: str, encoding: str = "gzip") -> tuple[int, Any, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_static_host_gzips_text_only_and_sends_a_hosts_cache_headers(tmp_path: Path) -> None:
    page = "<!doctype html><p>Raisi رئیسی</p>\n".encode() * 200
    _page(tmp_path, "archive/persons/p")
    (tmp_path / "archive/persons/p/index.html").write_bytes(page)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/main.0123abcd.min.css").write_text("a{}\n" * 100, encoding="utf-8")
    (tmp_path / "x.png").write_bytes(b"\x89PNG" * 100)
    (tmp_path / "404.html").write_text("<p>Not here</p>", encoding="utf-8")
    with statichost.serve(tmp_path) as base:
        status, headers, body = _get(base + "/archive/persons/p/")
        assert (status, headers["Content-Encoding"]) == (200, "gzip")
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert gzip.decompress(body) == page and int(headers["Content-Length"]) == len(body) < len(page)
        assert headers["Cache-Control"] == "public, max-age=600" and headers["Vary"] == "Accept-Encoding"
        status, headers, body = _get(base + "/archive/persons/p/index.html", encoding="")
        assert (body, headers["Content-Encoding"]) == (page, None)
        assert _get(base + "/assets/main.0123abcd.min.css")[1]["Cache-Control"].endswith("immutable")
        status, headers, body = _get(base + "/x.png")
        assert (body, headers["Content-Encoding"], headers["Content-Type"]) == (b"\x89PNG" * 100, None, "image/png")
        status, headers, body = _get(base + "/no/such/page/")
        assert (status, gzip.decompress(body)) == (404, b"<p>Not here</p>")
        assert _get(base + "/../../etc/passwd")[0] == 404


def test_lighthouse_scores_a_served_page(tmp_path: Path) -> None:
    # CI installs the pinned Lighthouse (.ci/run: npm ci in bench/) and runs this; elsewhere it
    # runs once `cd bench && npm ci` has been done.
    missing = [str(p) for p in (lighthouse.LIGHTHOUSE, Path(lighthouse.CHROME)) if not p.is_file()]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run Lighthouse; missing: {missing}")
        pytest.skip("runs Lighthouse: `cd bench && npm ci` first")
    site = tmp_path / "site"
    _page(site, "")
    (site / "index.html").write_text('<!doctype html><html lang="en"><head><meta charset="utf-8">'
                                     '<meta name="viewport" content="width=device-width,initial-scale=1">'
                                     "<title>Archive</title></head><body><h1>Archive</h1></body></html>",
                                     encoding="utf-8")
    with statichost.serve(site) as base:
        report = lighthouse.run_page(lighthouse.LIGHTHOUSE, base, Page("home", "en", ""), tmp_path)
    got = lighthouse.scores(report)
    assert got["performance"] >= 95 and got["accessibility"] == 100, json.dumps(got)


def test_a_page_run_again_counts_by_its_median_performance_run() -> None:
    def run(performance: int, accessibility: int) -> Result:
        scores = {"performance": performance, "accessibility": accessibility, "best-practices": 100, "seo": 100}
        return Result(Page("contested", "fa", "archive/contested/"), scores, {}, [performance])
    chosen = lighthouse.median_run([run(90, 100), run(99, 96), run(96, 100)])
    assert (chosen.scores["performance"], chosen.scores["accessibility"]) == (96, 100)
    assert chosen.performance_runs == [90, 99, 96]
    assert "| 96 (median of 90, 99, 96) | 100 |" in lighthouse.table([chosen])


def test_lighthouse_is_pinned_exactly_and_the_lock_matches() -> None:
    package = json.loads((lighthouse.REPO / "bench" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((lighthouse.REPO / "bench" / "package-lock.json").read_text(encoding="utf-8"))
    assert package["dependencies"] == {"lighthouse": "12.8.2"}
    assert lock["packages"][""]["dependencies"] == package["dependencies"]
    assert lock["packages"]["node_modules/lighthouse"]["version"] == "12.8.2"
    # puppeteer (not -core) downloads a browser when installed; no package runs an install script
    assert "node_modules/puppeteer" not in lock["packages"]
    assert not any(entry.get("hasInstallScript") for entry in lock["packages"].values())


def test_a_contested_page_split_in_parts_adds_its_largest_part(tmp_path: Path) -> None:
    site = _site(tmp_path, preferred=True)
    for edition in ("", "fa/"):
        _page(site, edition + "archive/contested/case-a/", 50)
        _page(site, edition + "archive/contested/case-b/", 70)
    paths = [p.url_path for p in lighthouse.choose_pages(site)]
    assert len(paths) == 14
    assert paths[4:7] == ["/archive/contested/", "/archive/contested/case-b/", "/archive/timeline/"]
    assert paths[12] == "/fa/archive/contested/case-b/"
