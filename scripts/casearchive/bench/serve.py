"""Edit → page latency: run `casearchive serve` on a loopback port, rename a person in their YAML
file, and time how long until the person's page shows the new name. Every wait is bounded."""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, Any

from casearchive.publish.build import Project
from casearchive.publish.incremental import FOLLOWED

POLL_S = 0.05
RELOADED = "Reloading browsers"
"""What MkDocs logs once a rebuild is served."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    """The page's text, or '' while the server is not answering (yet)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_until(check: Callable[[], bool], timeout_s: float) -> float:
    """Seconds until `check()` held; raises TimeoutError after `timeout_s`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout_s:
        if check():
            return time.perf_counter() - start
        time.sleep(POLL_S)
    raise TimeoutError(f"not done within {timeout_s:.0f} s")


def _shows(url: str, text: str) -> bool:
    return text in fetch(url)


EDITS = {
    "summary": ("summary: ", "summary: {marker} "),  # shows on the person's page only
    "name": ("name: ", "name: {marker} "),  # shows on every page that names the person
}
"""Edit kind → (text to find in the record, what to write instead)."""

EDIT_COUNT = 5
"""Edits timed by default, the kinds in turn: five give a median that one slow edit cannot move
far, in about two minutes at 2,000 records (each waits for the last one's background step)."""


def _edit(path: Path, original: str, kind: str, marker: str) -> None:
    find, replace = EDITS[kind]
    assert find in original, f"{path}: no {find!r} to edit"
    path.write_text(original.replace(find, replace.format(marker=marker), 1), encoding="utf-8")


def _followed(log: Path, start: int) -> bool:
    """Whether, since byte `start` of the log, the background step of an edit has written every
    page that shows the edited record and MkDocs has rebuilt them (or there was none)."""
    with log.open("rb") as stream:
        stream.seek(start)
        text = stream.read().decode("utf-8", "replace")
    at = text.find(FOLLOWED)
    if at < 0:
        return False
    nothing = text[at:].split("\n", 1)[0].endswith(" 0 updated, 0 removed")
    return nothing or RELOADED in text[at:]


def _quiet(log: Path, seconds: float, timeout_s: float) -> None:
    """Wait until the server has logged nothing for `seconds` (no rebuild under way)."""
    def still() -> bool:
        return time.time() - log.stat().st_mtime >= seconds
    wait_until(still, timeout_s)


def _start(project: Project, port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "casearchive", "--root", str(project.root), "serve",
                             "--address", f"127.0.0.1:{port}"], cwd=project.root,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def tree_cpu_s(pid: int) -> float:
    """CPU time of the processes under `pid` (not `pid` itself), including the children they
    have waited for: what a process killed before its children are waited for would not count."""
    total, pending, ticks = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while pending:
        current = pending.pop()
        try:
            if current != pid:
                fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
                total += sum(int(value) for value in fields[11:15]) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def edit_latency(project: Project, person_id: str, edits: int = EDIT_COUNT,
                 startup_s: float = 900, edit_s: float = 120, idle_s: float = 2,
                 meanwhile: Callable[[], None] = lambda: None) -> dict[str, Any]:
    """Seconds until the preview serves the page and its search index (indexed in the
    background); from saving an edit to the page showing it, and to every other page that shows
    the record following (the background step of serve, incremental.py): `edits` edits, the
    kinds in EDITS in turn, each made once the preview is idle (as after an author's pause).
    `meanwhile` runs while the preview starts (its startup time then counts that work too)."""
    port, log = free_port(), project.root / "serve.log"
    url = f"http://127.0.0.1:{port}/archive/persons/{person_id}/"
    path = project.data / "persons" / f"{person_id}.yml"
    original = path.read_text(encoding="utf-8")
    output = log.open("wb")
    server = _start(project, port, output)
    latencies: dict[str, list[float]] = {kind: [] for kind in EDITS}
    followed: dict[str, list[float]] = {kind: [] for kind in EDITS}
    cpu = 0.0
    try:
        ready: list[float] = []  # timed by a thread of its own, while `meanwhile` runs
        watcher = threading.Thread(target=lambda: ready.append(
            wait_until(lambda: "<h1" in fetch(url), startup_s)), daemon=True)
        watcher.start()
        meanwhile()
        watcher.join(startup_s)
        if not ready:
            raise TimeoutError(f"the preview did not start within {startup_s:.0f} s")
        startup = ready[0]
        index = url.split("/archive/")[0] + "/pagefind/pagefind-entry.json"
        search_ready = startup + wait_until(lambda: '"languages"' in fetch(index), startup_s)
        kinds = list(EDITS)
        for number, kind in ((i, kinds[i % len(kinds)]) for i in range(edits)):
            _quiet(log, 2, startup_s)
            time.sleep(idle_s)  # the background search indexing of the last rebuild ends too
            marker = f"Editmark{kind}{number}x{os.getpid()}"
            start = log.stat().st_size
            _edit(path, original, kind, marker)
            latencies[kind].append(wait_until(partial(_shows, url, marker), edit_s))
            followed[kind].append(latencies[kind][-1] + wait_until(partial(_followed, log, start), edit_s))
    finally:
        path.write_text(original, encoding="utf-8")
        cpu = tree_cpu_s(server.pid)  # MkDocs is ended with the server, never waited for
        os.killpg(server.pid, signal.SIGTERM)  # the server's own session: it and its MkDocs child
        server.wait(timeout=60)
        output.close()
    every = [seconds for kind in EDITS for seconds in latencies[kind]]
    after = [seconds for kind in EDITS for seconds in followed[kind]]
    return {"serve_startup_s": startup, "search_ready_s": search_ready, "edit_latencies_s": latencies,
            "edit_median_s": statistics.median(every), "edit_max_s": max(every),
            "followed_latencies_s": followed, "followed_median_s": statistics.median(after),
            "followed_max_s": max(after), "edits": len(every), "mkdocs_cpu_s": cpu}
