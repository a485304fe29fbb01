"""The only writer of generated pages: writes files whose content changed, removes stale ones;
renders and writes on every core: each job (a function giving files, paths inside the generated
folder → text) runs in a forked process that writes its own files, so nothing large travels
between processes. Where fork is missing or there is one core, the jobs run here in turn."""

from __future__ import annotations

import functools
import gc
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from casearchive import processes

Job = Callable[[], Iterable[dict[str, str]]]
"""Gives its files (paths inside the generated folder → text) a few at a time: each batch is
written before the next is made, so no process holds all its files at once."""


def _write(path: Path, data: bytes, folders: set[Path]) -> None:
    """Write `path` whole or not at all (a temporary file renamed over it); `folders`: the
    folders this call's caller has made already, added to (a `mkdir` per file cost a second per
    6,000 files here)."""
    if path.parent not in folders:
        path.parent.mkdir(parents=True, exist_ok=True)
        folders.add(path.parent)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def write_tree(root: Path, files: dict[str, str]) -> tuple[int, int]:
    """Make `root` hold exactly `files`; return (files written, files removed)."""
    return write_files(root, files), remove_others(root, set(files))


def write_files(root: Path, files: dict[str, str]) -> int:
    """Write the files under `root` whose content differs; return how many were written."""
    written = 0
    folders: set[Path] = set()
    for relative, text in files.items():
        path = root / relative
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue  # unchanged files keep their mtime, so `serve` rebuilds only what changed
        _write(path, data, folders)
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
    folders: set[Path] = set()
    for relative, text in files.items():
        if previous.get(relative) != text:
            _write(root / relative, text.encode("utf-8"), folders)
            written += 1
    stale = previous.keys() - files.keys()
    for relative in stale:
        (root / relative).unlink(missing_ok=True)
    return written, len(stale)


def _run_all(jobs: Sequence[Job], root: Path) -> list[tuple[int, list[str]]]:
    return [_run(job, root) for job in jobs]


def _run(job: Job, root: Path) -> tuple[int, list[str]]:
    written, paths = 0, list[str]()
    for files in job():
        written += write_files(root, files)
        paths += files
    return written, paths


def write_jobs(root: Path, jobs: Sequence[Job]) -> tuple[int, int]:
    """Make `root` hold exactly the files the jobs give: write those whose text changed, remove
    the others; return (written, removed). The jobs are dealt out to one process per core (this
    one and forked workers), each running its share in turn: a process more than there are
    cores adds no speed, only its own copy of the archive pages it touches (at 5,000 records,
    three processes on two cores held 567 MB together)."""
    with processes.fewer_collections():
        results = _run_jobs(jobs, root)
    written = sum(count for count, _paths in results)
    wanted = {path for _count, paths in results for path in paths}
    return written, remove_others(root, wanted)


def _run_jobs(jobs: Sequence[Job], root: Path) -> list[tuple[int, list[str]]]:
    count = min(processes.workers(), len(jobs))
    if count < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = _run_all(jobs, root)
    else:
        context = multiprocessing.get_context("fork")
        shares = [jobs[first::count] for first in range(count)]
        gc.freeze()  # the workers share the parent's objects: let no collection copy them
        started = []
        for share in shares[1:]:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=processes.send_answer,
                                      args=(functools.partial(_run_all, share, root), send), daemon=True)
            process.start()
            send.close()
            started.append((process, receive))
        try:
            results = _run_all(shares[0], root)
        finally:
            gc.unfreeze()
            answers = [processes.collect_answer(process, receive) for process, receive in started]
        results += [result for answer in answers for result in answer]
    return results
