"""Render and write generated files on every core: each job (a function giving files, paths inside
the generated folder → text) runs in a forked process that writes its own files, so nothing large
travels between processes. Where fork is missing or there is one core, the jobs run here in turn."""

from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from . import site

Job = Callable[[], dict[str, str]]


class WorkerError(RuntimeError):
    """A job failed in its worker process; the message holds its traceback."""


def _run(job: Job, root: Path) -> tuple[int, list[str]]:
    files = job()
    return site.write_files(root, files), list(files)


def _child(job: Job, root: Path, connection: Connection) -> None:
    try:
        connection.send(("ok", _run(job, root)))
    except BaseException:  # reported to the parent, which raises it
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()


def workers() -> int:
    """How many processes to use: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def write_jobs(root: Path, jobs: Sequence[Job]) -> tuple[int, int]:
    """Make `root` hold exactly the files the jobs give: write those whose text changed, remove
    the others; return (written, removed)."""
    parallel = workers() > 1 and len(jobs) > 1 and "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        results = [_run(job, root) for job in jobs]
    else:
        context = multiprocessing.get_context("fork")
        gc.freeze()  # the workers share the parent's objects: let no collection copy them
        started = []
        for job in jobs[1:]:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(job, root, send), daemon=True)
            process.start()
            send.close()
            started.append((process, receive))
        try:
            results = [_run(jobs[0], root)]
        finally:
            gc.unfreeze()
            answers = [_collect(process, receive) for process, receive in started]
        results += answers
    written = sum(count for count, _paths in results)
    wanted = {path for _count, paths in results for path in paths}
    return written, site.remove_others(root, wanted)


def _collect(process: multiprocessing.process.BaseProcess, receive: Connection) -> tuple[int, list[str]]:
    try:
        status, value = receive.recv()
    except EOFError:
        status, value = "error", "the worker stopped without an answer"
    process.join()
    if status != "ok":
        raise WorkerError(f"rendering failed in a worker process:\n{value}")
    return value  # type: ignore[no-any-return]
