"""Work in forked processes: how many cores there are, a function begun in a child and its result
collected (errors come back with their traceback), memory given back to the system."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")


class WorkerError(RuntimeError):
    """A job failed in its worker process; the message holds its traceback."""


def workers() -> int:
    """How many processes to use: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def collect_answer(process: multiprocessing.process.BaseProcess, receive: Connection) -> Any:
    try:
        status, value = receive.recv()
    except EOFError:
        status, value = "error", "the worker stopped without an answer"
    process.join()
    if status != "ok":
        raise WorkerError(f"a worker process failed:\n{value}")
    return value


def send_answer(work: Callable[[], T], connection: Connection) -> None:
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
    process = context.Process(target=send_answer, args=(work, send))
    process.start()
    send.close()

    def collect() -> T:
        answer: T = collect_answer(process, receive)
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


FEWER_COLLECTIONS = 50_000
"""Objects made (net) between two of the cycle collector's youngest-generation passes while pages
are rendered (Python's default: 700). Rendering makes millions of short-lived strings and
template contexts that reference counting frees at once; at the default the collector ran every
few hundred of them, and rendering the pages of 2,000 records took about a tenth longer."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often meanwhile (FEWER_COLLECTIONS), in this process and the
    processes it forks meanwhile; the usual thresholds after."""
    before = gc.get_threshold()
    gc.set_threshold(FEWER_COLLECTIONS, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
