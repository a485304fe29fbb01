"""Edit → page latency: run `casearchive serve` on a loopback port, rename a person in their YAML
file, and time how long until the person's page shows the new name. Every wait is bounded."""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from ..build import Project

POLL_S = 0.05


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


def _rename(path: Path, original: str, suffix: str) -> None:
    first, _, rest = original.partition("\n")
    assert first.startswith("name: "), f"{path}: expected the name on the first line"
    path.write_text(f"{first} {suffix}\n{rest}", encoding="utf-8")


def edit_latency(project: Project, person_id: str, rounds: int = 3,
                 startup_s: float = 900, edit_s: float = 120) -> dict[str, Any]:
    """Median and worst seconds from saving an edit to the page showing it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/archive/persons/{person_id}/"
    path = project.data / "persons" / f"{person_id}.yml"
    original = path.read_text(encoding="utf-8")
    log = (project.root / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "casearchive", "--root", str(project.root), "serve",
                               "--address", f"127.0.0.1:{port}"], cwd=project.root, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        startup = wait_until(lambda: "<h1" in fetch(url), startup_s)
        latencies = []
        for round_ in range(rounds):
            marker = f"Editmark{round_}x{os.getpid()}"
            _rename(path, original, marker)
            latencies.append(wait_until(partial(_shows, url, marker), edit_s))
            time.sleep(3)  # let the follow-up rebuild (of the regenerated pages) finish
    finally:
        path.write_text(original, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)  # the server's own session: it and its MkDocs child
        server.wait(timeout=60)
        log.close()
    return {"serve_startup_s": startup, "edit_latencies_s": latencies,
            "edit_median_s": statistics.median(latencies), "edit_max_s": max(latencies)}
