"""`make lighthouse`: Lighthouse (mobile, Debian's Chromium) on six kinds of page of the built site in
both editions, served with gzip as a real host serves it; writes bench/lighthouse.md and .json and
fails when a page misses a target."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from casearchive.bench import statichost

TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
"""Category → the lowest score (0–100) a page may have."""
EDITIONS = ("en", "fa")
PREFERRED = {"persons": "ebrahim-raisi", "events": "khomeini-decree-1988",
             "sources": "amnesty-2018-blood-soaked-secrets"}
"""Well-known records of data/ to test when present; otherwise the kind's largest page (the
hardest one for a phone), so a synthetic archive is tested too."""
FIXED = {"home": "", "contested": "archive/contested/", "timeline": "archive/timeline/"}
RECORD_PAGES = {"person": "persons", "event": "events", "source": "sources"}
ORDER = ("home", "person", "event", "source", "contested", "timeline")
REPO = Path(__file__).resolve().parents[3]
LIGHTHOUSE = REPO / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
"""Debian's Chromium; Lighthouse never downloads a browser."""
TIMEOUT_S = 240
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index",
           "cumulative-layout-shift")
"""The measurements behind the performance score, kept in bench/lighthouse.json."""
RERUNS = 2
"""Runs added for a page under its performance target; the median run counts (Lighthouse's advice
for its run-to-run variance, which a shared machine's load widens)."""


@dataclass(frozen=True)
class Page:
    """One page to test: its kind, its edition and its path under the site's root."""

    kind: str
    edition: str
    path: str

    @property
    def url_path(self) -> str:
        return "/" + ("fa/" if self.edition == "fa" else "") + self.path


@dataclass
class Result:
    """A page's scores (0–100) and, per category under target, its failing audits."""

    page: Page
    scores: dict[str, int]
    failing: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    performance_runs: list[int] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)


def _page_file(site: Path, path: str, edition: str) -> Path:
    return site / ("fa" if edition == "fa" else "") / path / "index.html"


def largest_page(site: Path, folder: str) -> str | None:
    """The path of the largest page directly under `folder` (e.g. `archive/persons/`) that has a
    page in both editions (ties by name), continuation pages left out; None if there is none."""
    pages = [p for p in (site / folder).glob("*/index.html") if "--" not in p.parent.name
             and _page_file(site, f"{folder}{p.parent.name}/", "fa").is_file()]
    if not pages:
        return None
    return f"{folder}{max(pages, key=lambda p: (p.stat().st_size, p.parent.name)).parent.name}/"


def record_page(site: Path, folder: str) -> str:
    """The path of the record page of `folder` to test: the preferred record's when it has a page
    in both editions, else the largest page."""
    preferred = f"archive/{folder}/{PREFERRED.get(folder, '')}/"
    if folder in PREFERRED and all(_page_file(site, preferred, e).is_file() for e in EDITIONS):
        return preferred
    found = largest_page(site, f"archive/{folder}/")
    if found is None:
        raise SystemExit(f"lighthouse: {site}/archive/{folder}/ has no record page in both editions; "
                         "build the site first (make build)")
    return found


def choose_pages(site: Path) -> list[Page]:
    """The twelve pages: home, a person, an event, a source, the contested page and the timeline,
    in English then Persian; when the contested page is split into parts (per case), its largest
    part too."""
    paths = dict(FIXED) | {kind: record_page(site, folder) for kind, folder in RECORD_PAGES.items()}
    kinds = list(ORDER)
    part = largest_page(site, FIXED["contested"])
    if part is not None:
        paths["contested part"] = part
        kinds.insert(kinds.index("contested") + 1, "contested part")
    pages = [Page(kind, edition, paths[kind]) for edition in EDITIONS for kind in kinds]
    missing = [p.url_path for p in pages if not _page_file(site, p.path, p.edition).is_file()]
    if missing:
        raise SystemExit(f"lighthouse: the built site {site} has no {', '.join(missing)}; build it first")
    return pages


def command(lighthouse: Path, url: str, output: Path) -> list[str]:
    """Lighthouse's mobile defaults (a mid-range phone on a slow 4G link, simulated throttling)."""
    return ["node", str(lighthouse), url, "--quiet", "--output=json", f"--output-path={output}",
            f"--only-categories={','.join(TARGETS)}", "--throttling-method=simulate",
            "--chrome-flags=--headless=new --no-sandbox", f"--chrome-path={CHROME}"]


def scores(report: dict[str, Any]) -> dict[str, int]:
    """Category → score 0–100 (a category Lighthouse could not score counts as 0)."""
    return {name: round(100 * (report["categories"][name].get("score") or 0)) if name in report["categories"]
            else 0 for name in TARGETS}


def failing_audits(report: dict[str, Any], category: str) -> list[dict[str, Any]]:
    """The audits that cost `category` points: weighted, scored and under full marks."""
    found = []
    for ref in report["categories"].get(category, {}).get("auditRefs", []):
        audit = report["audits"].get(ref["id"], {})
        if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
            found.append({"id": ref["id"], "title": audit.get("title", ""), "score": audit["score"],
                          "value": audit.get("displayValue", "")})
    return found


def metrics(report: dict[str, Any]) -> dict[str, float]:
    """Metric → its simulated value (milliseconds; layout shift unitless), rounded."""
    values = {name: report["audits"].get(name, {}).get("numericValue") for name in METRICS}
    return {name: round(value, 3) if name == "cumulative-layout-shift" else round(value)
            for name, value in values.items() if isinstance(value, int | float)}


def result(page: Page, report: dict[str, Any]) -> Result:
    got = scores(report)
    return Result(page, got, {c: failing_audits(report, c) for c, low in TARGETS.items() if got[c] < low},
                  [got["performance"]], metrics(report))


def median_run(runs: list[Result]) -> Result:
    """The run with the median performance score (the lower middle one of an even count), with
    every run's performance score."""
    chosen = sorted(runs, key=lambda r: r.scores["performance"])[(len(runs) - 1) // 2]
    return Result(chosen.page, chosen.scores, chosen.failing, [r.scores["performance"] for r in runs], chosen.metrics)


def misses(results: list[Result]) -> list[str]:
    """One line per page and category under target."""
    return [f"{r.page.url_path}: {c} {r.scores[c]} < {low} ({', '.join(a['id'] for a in r.failing.get(c, []))})"
            for r in results for c, low in TARGETS.items() if r.scores[c] < low]


def table(results: list[Result]) -> str:
    """Markdown: one row per page with its scores (a miss in bold), then the failing audits."""
    lines = ["| page | edition | path | " + " | ".join(TARGETS) + " |",
             "|---|---|---|" + "---:|" * len(TARGETS),
             "| target | | | " + " | ".join(("≥ " if c == "performance" else "") + str(t)
                                             for c, t in TARGETS.items()) + " |"]
    for r in results:
        cells = [f"**{r.scores[c]}**" if r.scores[c] < TARGETS[c] else str(r.scores[c]) for c in TARGETS]
        if len(r.performance_runs) > 1:
            cells[0] += f" (median of {', '.join(map(str, r.performance_runs))})"
        lines.append(f"| {r.page.kind} | {r.page.edition} | `{r.page.url_path}` | " + " | ".join(cells) + " |")
    failing = [f"- `{r.page.url_path}` {c}: " + "; ".join(
        f"`{a['id']}` {a['title']}" + (f" ({a['value']})" if a["value"] else "") for a in audits)
        for r in results for c, audits in r.failing.items()]
    return "\n".join([*lines, "", "Under target: " + ("none." if not failing else ""), *failing]) + "\n"


def report_markdown(results: list[Result], note: str) -> str:
    return ("# Lighthouse\n\n" + note + "\n\n" + table(results)
            + "\nRe-run: `make lighthouse` (see README, Lighthouse).\n")


def run_page(lighthouse: Path, base: str, page: Page, scratch: Path) -> dict[str, Any]:
    """Lighthouse's JSON report of one page (one Chromium at a time: the runs are CPU-heavy)."""
    output = scratch / "report.json"
    env = os.environ | {"CHROME_PATH": CHROME}
    done = subprocess.run(command(lighthouse, base + page.url_path, output), env=env, timeout=TIMEOUT_S,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not output.is_file():
        raise SystemExit(f"lighthouse failed on {page.url_path} (exit {done.returncode}):\n{done.stderr[-2000:]}")
    loaded: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    if loaded.get("runtimeError"):
        raise SystemExit(f"lighthouse could not load {page.url_path}: {loaded['runtimeError']}")
    return loaded


def run(site: Path, lighthouse: Path = LIGHTHOUSE) -> list[Result]:
    results = []
    with statichost.serve(site) as base, tempfile.TemporaryDirectory() as scratch:
        for page in choose_pages(site):
            runs = [result(page, run_page(lighthouse, base, page, Path(scratch)))]
            if runs[0].scores["performance"] < TARGETS["performance"]:
                runs += [result(page, run_page(lighthouse, base, page, Path(scratch))) for _ in range(RERUNS)]
            results.append(median_run(runs))
            print(f"lighthouse: {page.url_path} {results[-1].scores} (performance runs: "
                  f"{results[-1].performance_runs})", file=sys.stderr)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casearchive.bench.lighthouse", description=__doc__)
    parser.add_argument("--site", type=Path, default=REPO / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=REPO / "bench", help="where lighthouse.md/.json go")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.is_file() or not Path(CHROME).is_file():
        raise SystemExit(f"lighthouse: needs {LIGHTHOUSE} (cd bench && npm ci) and Chromium at {CHROME}")
    load = os.getloadavg()[0]
    results = run(args.site)
    version = subprocess.run(["node", str(LIGHTHOUSE), "--version"], capture_output=True, text=True,
                             check=False).stdout.strip()
    note = (f"Lighthouse {version}, mobile defaults (simulated slow 4G and 4× CPU slowdown), Chromium "
            f"at {CHROME}, the site built from `data/` served on 127.0.0.1 with gzip and a host's cache headers; "
            f"{os.cpu_count()} cores, load average {load:.1f} at the start (simulated throttling scales the "
            "main-thread work it observes, so a busy machine lowers performance scores).")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lighthouse.md").write_text(report_markdown(results, note), encoding="utf-8")
    (args.out / "lighthouse.json").write_text(json.dumps(
        {"lighthouse": version, "targets": TARGETS, "pages": [asdict(r) for r in results]},
        indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    missed = misses(results)
    for line in missed:
        print(f"lighthouse: under target: {line}", file=sys.stderr)
    print(f"lighthouse: {len(results)} pages, {len(missed)} scores under target; see {args.out / 'lighthouse.md'}",
          file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
