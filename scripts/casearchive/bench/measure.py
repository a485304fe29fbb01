"""One benchmark run: build a synthetic archive of N records stage by stage, as `casearchive build`
does, timing each stage and weighing the result. Search indexing runs inside MkDocs' build, beside
it: its wall time is what it adds after MkDocs' last page, its CPU time is Pagefind's own.
Run in its own process per size (`python -m casearchive.bench.measure ROOT N SEED`), so each size's
peak memory is its own."""

from __future__ import annotations

import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from casearchive import processes as parallel
from casearchive.bench import plain
from casearchive.bench import project as projects
from casearchive.load.problems import errors
from casearchive.model.pages import MARK, ROOT
from casearchive.model.records import KINDS
from casearchive.publish import build
from casearchive.search import pages as search
from casearchive.search import stream

T = TypeVar("T")
MB = 1024 * 1024


@dataclass
class Stage:
    """One stage's wall-clock time, CPU time and peak memory: of this process for the stages it
    runs itself; for a child process, the child's peak plus what this process holds meanwhile."""

    name: str
    wall_s: float
    cpu_s: float
    peak_mb: float
    at_peak_mb: dict[str, float] = field(default_factory=dict)
    """For a child process: what each process of its tree held when their sum was highest."""
    each_peak_mb: dict[str, float] = field(default_factory=dict)
    """For a child process: each kind of process's own highest memory, at whatever moment."""


def _self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB  # Linux: kilobytes


def _label(pid: int) -> str:
    """A process in a few words: its program and, for MkDocs, the edition it builds."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return "?"
    words = [a.decode("utf-8", "replace") for a in argv if a]
    program = Path(words[0]).name if words else "?"
    if "-m" in words[:-1]:
        program = words[words.index("-m") + 1]
    elif "-c" in words[:-1]:
        program = "python -c"
    edition = next((e.split(b"=", 1)[1].decode() for e in environ
                    if e.startswith(b"CASEARCHIVE_EDITION=")), "")
    return f"{program} ({edition})" if edition else program


def _resident_mb(pid: int) -> float:
    """The memory a process holds (MB): its proportional share (PSS: each page it shares with
    other processes, such as the forked render workers' copy-on-write pages of their parent,
    counted as a fraction), so that the sum over processes is what they hold together; its
    resident size where the kernel gives no PSS. Summed resident sizes count a shared page
    once per process (though at 20,000 records the render stage measures 2.67 GB either way:
    its workers share little with their parent once they run)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    fields = Path(f"/proc/{pid}/statm").read_text().split()
    return int(fields[1]) * resource.getpagesize() / MB


def _tree_rss(pid: int) -> dict[int, tuple[str, float]]:
    """Memory (MB, `_resident_mb`) of a process and each of its descendants now (Linux /proc),
    with what each one is (its label)."""
    found: dict[int, tuple[str, float]] = {}
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            found[current] = ("", _resident_mb(current))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue  # it ended meanwhile
    return found


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants now (Linux /proc), in MB."""
    return sum(rss for _label_, rss in _tree_rss(pid).values())


class TreePeak:
    """Samples the memory of a process tree (a process and the workers or services it starts)
    five times a second; `peak_mb` is the highest sum seen, `at_peak` what each process held at
    that moment and `each_mb` each process's own highest (by label, the largest process of a
    label). ru_maxrss cannot give this: it is the largest single process, not the sum of
    processes that run at once."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_mb = pid, 0.0
        self.at_peak: dict[str, float] = {}
        self.each_mb: dict[str, float] = {}
        self.labels: dict[int, str] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.done.is_set():
            tree = _tree_rss(self.pid)
            now: dict[str, float] = {}
            for pid, (_none, rss) in tree.items():
                if pid not in self.labels:
                    self.labels[pid] = f"{_label(pid)} #{len(self.labels)}"
                label = self.labels[pid]
                now[label] = rss
                kind = label.rsplit(" #", 1)[0]
                self.each_mb[kind] = max(self.each_mb.get(kind, 0.0), rss)
            if sum(now.values()) > self.peak_mb:
                self.peak_mb, self.at_peak = sum(now.values()), now
            self.done.wait(0.2)

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        return self.peak_mb


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def in_process(name: str, work: Callable[[], T]) -> tuple[T, Stage]:
    """Run `work` here (and in the worker processes it starts); its CPU time counts the workers'
    and its peak is the highest memory of this process and its workers together."""
    wall, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu_s()
    sampler = TreePeak(os.getpid())
    result = work()
    peak = max(sampler.stop(), _self_peak_mb())
    cpu_s = time.process_time() - cpu + _children_cpu_s() - workers
    return result, Stage(name, time.perf_counter() - wall, cpu_s, peak)


def child(name: str, command: list[str], cwd: Path, env: dict[str, str]) -> Stage:
    """Run a command as a child process; its CPU time includes the processes it waited for, and
    its peak memory is that of the child and its own children together."""
    wall = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env)
    sampler = TreePeak(process.pid)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    peak = max(sampler.stop(), usage.ru_maxrss * 1024 / MB)
    if process.returncode:
        raise RuntimeError(f"{name} failed with exit code {process.returncode}: {' '.join(command)}")
    return Stage(name, time.perf_counter() - wall, usage.ru_utime + usage.ru_stime, peak,
                 sampler.at_peak, sampler.each_mb)


def _generate(project: build.Project, load_tries: int) -> list[Stage]:
    (archive, problems), load = in_process("load + validate", lambda: build.check_archive(project.data, freeze=True))
    if errors(problems):
        raise RuntimeError(f"the synthetic archive has errors, e.g. {errors(problems)[0]}")
    _written, render = in_process("render", lambda: build.generate(project, archive))
    return [_fastest_load(project, load, load_tries), render]


def _fastest_load(project: build.Project, first: Stage, tries: int) -> Stage:
    """The fastest of `tries` loads (on a shared machine one run can be a third slower than
    another); the memory figure stays that of the first, made as `casearchive build` makes it."""
    times = [first, *(in_process(first.name, lambda: build.check_archive(project.data, freeze=True))[1]
                      for _ in range(tries - 1))]
    fastest = min(times, key=lambda stage: stage.wall_s)
    return Stage(first.name, fastest.wall_s, fastest.cpu_s, first.peak_mb)


def _split_indexing(mkdocs: Stage, figures: list[dict[str, float]]) -> tuple[Stage, Stage]:
    """MkDocs' processes (one per edition) also indexed the pages (stream.py): indexing's wall
    time is what it added after the last page (the longer of the editions'); its CPU time is
    Pagefind's and the hand-over of pages."""
    cpu = sum(f["pagefind_cpu_s"] + f["handing_s"] for f in figures)
    writing = max(f["writing_s"] for f in figures)
    indexing = Stage("search indexing", writing, cpu, mkdocs.peak_mb)
    rendering = Stage(mkdocs.name, mkdocs.wall_s - writing, mkdocs.cpu_s - cpu, mkdocs.peak_mb,
                      mkdocs.at_peak_mb, mkdocs.each_peak_mb)
    return rendering, indexing


MKDOCS_STEP = ("import sys; from pathlib import Path; from casearchive.publish import build; "
               "sys.exit(build.run_mkdocs(build.Project(Path(sys.argv[1])), Path(sys.argv[2])))")
"""The MkDocs step of `casearchive build` (its editions side by side, merged), as a command."""


def build_stages(project: build.Project, load_tries: int = 3) -> list[Stage]:
    """The stages of `casearchive build`, each measured; raises if the archive has errors."""
    # As `casearchive build` does, in a process of its own: its memory is free before MkDocs runs.
    load, render = parallel.in_child(functools.partial(_generate, project, load_tries))
    fresh = project.root / ".site.new"
    waiting = _rss_mb(os.getpid())  # what this process holds while its children run
    stats = project.root / ".search-figures.json"
    env = {**build.mkdocs_env(index=True), stream.STATS_ENV: str(stats)}
    command = [sys.executable, "-c", MKDOCS_STEP, str(project.root), str(fresh)]
    both = child("MkDocs build", command, project.root, env)
    figures = [json.loads(stats.with_name(f"{stats.name}.{lang}").read_text(encoding="utf-8"))
               for lang in build.edition_folders(fresh)]
    mkdocs, indexing = _split_indexing(both, figures)
    _none, swap = in_process("swap", lambda: build.swap_in(project, fresh))
    for stage in (mkdocs, indexing):
        stage.peak_mb += waiting
    mkdocs.at_peak_mb["the benchmark, waiting"] = waiting
    return [load, render, mkdocs, indexing, swap]


def _sizes(paths: list[Path]) -> list[int]:
    return [path.stat().st_size for path in paths]


def site_sizes(site: Path) -> dict[str, Any]:
    """How much the built site weighs: in total, its search bundle, and its record pages."""
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = sorted(p for p in site.glob(f"{ROOT}/*/*/index.html") if p.parent.parent.name in KINDS)
    records = [page for page in pages if MARK not in page.parent.name]
    continued = [page for page in pages if MARK in page.parent.name]
    sizes = _sizes(records)
    largest = max(zip(sizes, records, strict=True)) if records else (0, site)
    pages = [path for path in files if path.suffix == ".html"]
    biggest_page = max(zip(_sizes(pages), pages, strict=True))
    return {
        "site_mb": sum(_sizes(files)) / MB, "site_files": len(files),
        "search_bundle_mb": sum(_sizes([p for p in files if search.BUNDLE in p.parts])) / MB,
        "record_pages": len(records),
        "record_page_median_kb": statistics.median(sizes) / 1024 if sizes else 0,
        "record_page_max_kb": largest[0] / 1024,
        "record_page_max": largest[1].relative_to(site).as_posix(),
        "continuation_pages": len(continued),
        "continuation_page_max_kb": max(_sizes(continued), default=0) / 1024,
        "largest_page_kb": biggest_page[0] / 1024,
        "largest_page": biggest_page[1].relative_to(site).as_posix(),
    }


PAIRS_UP_TO = 5000, 3
"""Archives of up to this many records are built this many times, the project's build and the
anchor's in turn: at 2,000 records the ratio of one pair moved between 1.02 and 1.35 in runs
back to back on the same code (the anchor's time alone between 26 and 35 s), so the ratio
reported is the median of the pairs, each pair given beside it. Larger archives: one pair."""


def pairs_for(n: int) -> int:
    """How many (project, anchor) pairs an archive of n records is measured in."""
    return PAIRS_UP_TO[1] if n <= PAIRS_UP_TO[0] else 1


def plain_build(project: build.Project) -> list[Stage]:
    """Plain Material then Pagefind on the project's generated Markdown, each step timed."""
    work = project.root / "plain"
    env = build.mkdocs_env()
    stages = [child(name, command, project.root, env) for name, command in plain.commands(project, work)]
    projects.set_aside(work / "site", project.root)  # as large as the project's site
    return stages


Pair = tuple[float, float, list[Stage]]
"""One (project, anchor) pair: the project's build, wall and CPU time; the anchor's stages."""


def totals(stages: list[Stage]) -> tuple[float, float]:
    """The wall-clock and CPU time of stages run one after the other."""
    return sum(s.wall_s for s in stages), sum(s.cpu_s for s in stages)


def anchor(project: build.Project, pairs: list[Pair]) -> dict[str, Any]:
    """The project's build as a multiple of plain Material and Pagefind on the same generated
    Markdown (plain.py), built right after it: the median over `pairs`, each given; and the
    per-page times."""
    walls, cpus = zip(*(totals(stages) for _w, _c, stages in pairs), strict=True)
    ratios = [w / a for (w, _c, _s), a in zip(pairs, walls, strict=True)]
    ratios_cpu = [c / a for (_w, c, _s), a in zip(pairs, cpus, strict=True)]
    work = project.root / "plain"
    for command, timed_env in plain.page_times_commands(project, work / "pages"):
        child("plain MkDocs, per page", command, project.root, timed_env)
    return {"stages": [asdict(s) for s in pairs[0][2]], "total_s": walls[0], "total_cpu_s": cpus[0],
            "ratio": statistics.median(ratios), "ratio_cpu": statistics.median(ratios_cpu),
            "pairs": [{"project_s": w, "plain_s": a, "ratio": r}
                      for (w, _c, _s), a, r in zip(pairs, walls, ratios, strict=True)],
            "page_times": plain.page_times(work / "pages")}


def more_pairs(repo: Path, project: build.Project, count: int) -> list[Pair]:
    """`count` more (project, anchor) pairs on the same archive, each from a fresh start (the
    generated pages and the built site removed, as for the first)."""
    found = []
    for _ in range(count):
        projects.site_setup(repo, project.root)
        found.append((*totals(build_stages(project, load_tries=1)), plain_build(project)))
    return found


def run(repo: Path, root: Path, n: int, seed: int, with_anchor: bool = True,
        pairs: int | None = None) -> dict[str, Any]:
    """Generate, build and weigh an archive of n records (and build the anchor beside it, unless
    not `with_anchor`, in `pairs` pairs: by default pairs_for(n)); everything JSON-ready."""
    started = time.perf_counter()
    project = projects.make_project(repo, root, n, seed)
    generated = time.perf_counter() - started
    stages = build_stages(project)
    own = [s for s in stages if s.name != "MkDocs build"]
    total_s, total_cpu_s = totals(stages)
    sizes = site_sizes(project.site)
    plain_figures = None
    if with_anchor:
        built = [(total_s, total_cpu_s, plain_build(project))]
        built += more_pairs(repo, project, (pairs_for(n) if pairs is None else pairs) - 1)
        plain_figures = anchor(project, built)
    return {
        "records": n, "seed": seed, "generate_s": generated,
        "stages": [asdict(s) for s in stages],
        "total_s": total_s, "own_s": sum(s.wall_s for s in own),
        "total_cpu_s": total_cpu_s, "own_cpu_s": sum(s.cpu_s for s in own),
        "peak_mb": max(s.peak_mb for s in stages),
        "peak_processes_mb": next(s.at_peak_mb for s in stages if s.name == "MkDocs build"),
        "process_peaks_mb": next(s.each_peak_mb for s in stages if s.name == "MkDocs build"),
        **sizes,
        **({"plain": plain_figures} if plain_figures is not None else {}),
    }


def main(argv: list[str]) -> int:
    """`python -m casearchive.bench.measure REPO ROOT N SEED [--no-anchor]`: print one run as
    JSON (--no-anchor: the project's build only, e.g. for its memory at a larger size)."""
    repo, root, n, seed = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    print(json.dumps(run(repo, root, n, seed, with_anchor="--no-anchor" not in argv[4:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
