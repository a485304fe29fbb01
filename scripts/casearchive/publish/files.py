"""The only writer of generated pages: writes files whose content changed, removes stale ones;
renders and writes on every core: each job (a function giving files, paths inside the generated
folder → text) runs in a forked process that writes its own files, so nothing large travels
between processes. Where fork is missing or there is one core, the jobs run here in turn."""

from __future__ import annotations

import functools
import gc
import multiprocessing
from collections.abc import Callable, Sequence
from pathlib import Path

from casearchive import processes

Job = Callable[[], dict[str, str]]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def write_tree(root: Path, files: dict[str, str]) -> tuple[int, int]:
    """Make `root` hold exactly `files`; return (files written, files removed)."""
    return write_files(root, files), remove_others(root, set(files))


def write_files(root: Path, files: dict[str, str]) -> int:
    """Write the files under `root` whose content differs; return how many were written."""
    written = 0
    for relative, text in files.items():
        path = root / relative
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue  # unchanged files keep their mtime, so `serve` rebuilds only what changed
        _write(path, data)
        written += 1
    return written


def remove_others(root: Path, files: set[str]) -> int:
    """Remove every file under `root` but `files` (relative paths), and the folders left empty;
    return how many files were removed."""
    removed = 0
    wanted = {(root / relative).as_posix() for relative in files}
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path.as_posix() not in wanted:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed


def update_tree(root: Path, files: dict[str, str], previous: dict[str, str]) -> tuple[int, int]:
    """What write_tree does when `root` holds exactly `previous`, touching only the files that
    differ and reading none back: `serve` calls this on every edit."""
    written = 0
    for relative, text in files.items():
        if previous.get(relative) != text:
            _write(root / relative, text.encode("utf-8"))
            written += 1
    stale = previous.keys() - files.keys()
    for relative in stale:
        (root / relative).unlink(missing_ok=True)
    return written, len(stale)


def _run(job: Job, root: Path) -> tuple[int, list[str]]:
    files = job()
    return write_files(root, files), list(files)


def write_jobs(root: Path, jobs: Sequence[Job]) -> tuple[int, int]:
    """Make `root` hold exactly the files the jobs give: write those whose text changed, remove
    the others; return (written, removed)."""
    parallel = processes.workers() > 1 and len(jobs) > 1 and "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        results = [_run(job, root) for job in jobs]
    else:
        context = multiprocessing.get_context("fork")
        gc.freeze()  # the workers share the parent's objects: let no collection copy them
        started = []
        for job in jobs[1:]:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=processes.send_answer, args=(functools.partial(_run, job, root), send),
                                      daemon=True)
            process.start()
            send.close()
            started.append((process, receive))
        try:
            results = [_run(jobs[0], root)]
        finally:
            gc.unfreeze()
            answers = [processes.collect_answer(process, receive) for process, receive in started]
        results += answers
    written = sum(count for count, _paths in results)
    wanted = {path for _count, paths in results for path in paths}
    return written, remove_others(root, wanted)
