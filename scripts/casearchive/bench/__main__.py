"""`make bench` (`python -m casearchive.bench`): build synthetic archives of each size, measure every
stage, the pages, a first visit to a person's page and a search in Chromium, the offline copy
(of data/ and of the smallest synthetic archive) and the edit → page latency of `make serve`, and
write bench/report.md and bench/report.json."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from casearchive.bench import browser, offlinecopy, report, serve, synth
from casearchive.bench.project import empty_set_aside, make_project
from casearchive.publish.build import Project

KB = 1024
OFFLINE_ZIP = "iran-case-archive-offline.zip"


def machine() -> str:
    """The machine in a few words; the load shows whether other work competed for the CPU."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, Python "
            f"{platform.python_version()}, load average {load} at the start, {time.strftime('%Y-%m-%d')}")


def measure(repo: Path, work: Path, n: int, seed: int) -> dict[str, Any]:
    """One size, measured in a fresh process so that its peak memory is its own."""
    command = [sys.executable, "-m", "casearchive.bench.measure", str(repo), str(work), str(n), str(seed)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=repo).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def search_costs(project: Project, n: int, seed: int) -> dict[str, Any]:
    """Bytes downloaded to search for one person's name and for their alias, and whether the
    person's page is among the results each time."""
    person_id, name, alias = synth.search_target(n, seed)
    page = f"/archive/persons/{person_id}/"
    by_name = browser.search(project.site, name, compress=True)
    by_name_raw = browser.search(project.site, name, compress=False)
    by_alias = browser.search(project.site, alias, compress=True)
    return {"name": name, "alias": alias, "page": page,
            "name_found": page in by_name.links, "alias_found": page in by_alias.links,
            "name_gzip_kb": by_name.bytes / KB, "name_raw_kb": by_name_raw.bytes / KB,
            "alias_gzip_kb": by_alias.bytes / KB, "name_requests": by_name.requests}


def first_visits(project: Project, n: int, seed: int) -> dict[str, Any]:
    """A first visit (empty cache, gzip as static hosts serve text) to the benchmark's person's
    page in each edition: what it transfers, in how many requests, and whether its heading is
    there with JavaScript turned off."""
    person_id, _name, _alias = synth.search_target(n, seed)
    found: dict[str, Any] = {}
    for edition, prefix in (("en", ""), ("fa", "/fa")):
        visit = browser.first_visit(project.site, f"{prefix}/archive/persons/{person_id}/")
        found[edition] = {
            "page": visit.path, "gzip_kb": visit.bytes / KB, "raw_kb": visit.stored_bytes / KB,
            "requests": len(visit.requests), "foreign": visit.foreign, "heading": visit.heading,
            "readable_without_js": bool(visit.heading) and visit.heading_without_js == visit.heading}
    return found


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m casearchive.bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 20000],
                        help="archive sizes in records (default: 2000 20000)")
    parser.add_argument("--seed", type=int, default=1988, help="seed of the synthetic archive")
    parser.add_argument("--serve-size", type=int, default=2000,
                        help="archive size for the edit → page latency of `make serve` (0: skip); "
                        "the archive of that size built in this run is reused")
    parser.add_argument("--serve-edits", type=int, default=serve.EDIT_COUNT,
                        help=f"edits timed under `make serve` (default {serve.EDIT_COUNT})")
    parser.add_argument("--offline-sizes", type=int, nargs="*", default=[],
                        help="sizes whose offline copy is built and weighed (default: none; the "
                        "offline copy of data/ is measured unless --no-offline-real)")
    parser.add_argument("--offline-real", action=argparse.BooleanOptionalAction, default=True,
                        help="build and weigh the offline copy of the archive in data/ (default: yes)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    parser.add_argument("--out", type=Path, default=Path("bench"), help="where the report goes")
    return parser.parse_args(argv)


def cpu_s() -> float:
    """CPU time of this process and of every child process it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Phases:
    """Wall-clock and CPU time of each part of the run, and of the whole."""

    def __init__(self) -> None:
        self.started, self.cpu_started = time.perf_counter(), cpu_s()
        self.phases: list[dict[str, Any]] = []

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), cpu_s()
        yield
        self.phases.append({"name": name, "wall_s": time.perf_counter() - wall, "cpu_s": cpu_s() - cpu})

    def add_cpu(self, seconds: float) -> None:
        """CPU time of processes this one never waited for, counted in the last part."""
        self.cpu_started -= seconds
        self.phases[-1]["cpu_s"] += seconds

    def summary(self) -> dict[str, Any]:
        return {"wall_s": time.perf_counter() - self.started, "cpu_s": cpu_s() - self.cpu_started,
                "load_end": [round(value, 2) for value in os.getloadavg()], "phases": self.phases}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the report."""
    args = _arguments(argv)
    repo = args.root.resolve()
    run_time = Phases()
    results: dict[str, Any] = {"machine": machine(), "runs": []}
    offline_sizes = set(args.offline_sizes)
    beside_serve: list[Callable[[], None]] = []
    """Measurements of bytes and sizes, made while the preview of `serve` starts (on the other
    core): what they measure does not depend on the time they take."""
    for n in sorted(args.sizes):
        work = repo / "bench" / "out" / f"n{n}"
        print(f"{n:,} records: building in {work} ...", flush=True)
        with run_time.phase(f"build and anchor, {n:,} records"):
            run = measure(repo, work, n, args.seed)
        if browser.chromium():
            def visit(run: dict[str, Any] = run, work: Path = work, n: int = n) -> None:
                with run_time.phase(f"first visit and search in Chromium, {n:,} records"):
                    run["first_visit"] = first_visits(Project(work), n, args.seed)
                    run["search"] = search_costs(Project(work), n, args.seed)
            beside_serve.append(visit)
        if n in offline_sizes:
            print(f"  the offline copy of {n:,} records ...", flush=True)
            with run_time.phase(f"offline copy, {n:,} records"):
                run["offline"] = offlinecopy.measure(Project(work), work / OFFLINE_ZIP)
        results["runs"].append(run)
        print(f"  {run['total_s']:.1f} s, largest record page {run['record_page_max_kb']:.0f} KB", flush=True)
    if args.offline_real:
        def offline_real() -> None:
            # As `make offline` builds it (generated pages in docs/archive, as `make build` writes
            # them), but into bench/out/ rather than dist/.
            print("the offline copy of data/ ...", flush=True)
            with run_time.phase("offline copy of data/"):
                results["offline"] = offlinecopy.measure(
                    Project(repo), repo / "bench" / "out" / "offline" / OFFLINE_ZIP)
        beside_serve.append(offline_real)

    def side_measurements() -> None:
        for task in beside_serve:
            task()

    if args.serve_size:
        n = args.serve_size
        print(f"make serve on {n:,} records: timing {args.serve_edits} edits ...", flush=True)
        with run_time.phase(f"make serve, {n:,} records, {args.serve_edits} edits (Chromium and the "
                            "offline copy measured while its preview starts, their time included)"):
            built = repo / "bench" / "out" / f"n{n}"
            # The archive measured above, if it was: the same data, the same setup.
            project = (Project(built) if n in args.sizes else
                       make_project(repo, repo / "bench" / "out" / f"serve{n}", n, args.seed))
            person_id, _name, _alias = synth.search_target(n, args.seed)
            results["serve"] = {"records": n, **serve.edit_latency(
                project, person_id, args.serve_edits, meanwhile=side_measurements),
                "startup_shared": bool(beside_serve)}
        run_time.add_cpu(results["serve"]["mkdocs_cpu_s"])
    else:
        side_measurements()
    results["run"] = {"command": " ".join(["make bench", *map(str, sys.argv[1:])]), **run_time.summary()}
    empty_set_aside(repo / "bench" / "out")  # the earlier builds, kept out of the way until now
    out = args.out if args.out.is_absolute() else repo / args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.md").write_text(report.markdown(results), encoding="utf-8")
    (out / "report.json").write_text(report.as_json(results), encoding="utf-8")
    print((out / "report.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
