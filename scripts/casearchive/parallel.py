"""Render and write generated files on every core: each job (a function giving files, paths inside
the generated folder → text) runs in a forked process that writes its own files, so nothing large
travels between processes. Where fork is missing or there is one core, the jobs run here in turn."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from . import site

Job = Callable[[], dict[str, str]]
T = TypeVar("T")


class WorkerError(RuntimeError):
    """A job failed in its worker process; the message holds its traceback."""


def _run(job: Job, root: Path) -> tuple[int, list[str]]:
    files = job()
    return site.write_files(root, files), list(files)


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
            process = context.Process(target=_answer, args=(functools.partial(_run, job, root), send),
                                      daemon=True)
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


def _collect(process: multiprocessing.process.BaseProcess, receive: Connection) -> Any:
    try:
        status, value = receive.recv()
    except EOFError:
        status, value = "error", "the worker stopped without an answer"
    process.join()
    if status != "ok":
        raise WorkerError(f"a worker process failed:\n{value}")
    return value


def _answer(work: Callable[[], T], connection: Connection) -> None:
    try:
        connection.send(("ok", work()))
    except BaseException:  # reported to the parent, which raises it
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()


def start(work: Callable[[], T]) -> Callable[[], T]:
    """`work()` begun in a forked process; calling what is returned waits for its result (sent
    back pickled). Where fork is missing, `work()` runs here, at once."""
    if "fork" not in multiprocessing.get_all_start_methods():
        done = work()
        return lambda: done
    sys.stdout.flush()  # else what waits in the buffers would be written twice
    sys.stderr.flush()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_answer, args=(work, send))
    process.start()
    send.close()

    def collect() -> T:
        answer: T = _collect(process, receive)
        return answer

    return collect


def in_child(work: Callable[[], T]) -> T:
    """`work()` run in a forked process, its result sent back: whatever memory it used goes back
    to the system when it ends (a Python process keeps what it once held). `casearchive build`
    loads and renders this way, so that MkDocs does not run beside a process holding the
    archive."""
    return start(work)()


def give_back_memory() -> bool:
    """Return to the system the memory this process has freed: glibc's allocator keeps freed
    blocks for reuse, so a process that held every page at once goes on weighing that much
    beside the processes that run next to it. Whether it could (glibc only)."""
    import ctypes
    import ctypes.util

    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        return bool(libc is not None and libc.malloc_trim(0))
    except (OSError, AttributeError):  # not glibc: nothing to do
        return False
