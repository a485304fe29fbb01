"""A small synchronous client of Pagefind's indexing service (`pagefind --service`), so that pages
can be indexed one by one as MkDocs writes them, in a second process on the second core.

Pagefind's own Python client reads at most ten replies a second (it sleeps 0.1 s before each), too
slow for one message per page. The protocol is simple: each message, and each reply, is a JSON
object encoded in base64 and followed by a comma."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from pagefind.service import get_executable


class ServiceError(RuntimeError):
    """Pagefind could not be started, refused a message, or stopped."""


def _encode(message_id: int, payload: dict[str, Any]) -> bytes:
    text = json.dumps({"message_id": message_id, "payload": payload})
    return base64.b64encode(text.encode("utf-8")) + b","


def _open_files(listing: Path) -> list[str]:
    """What the file descriptors in a /proc/<pid>/fd folder point to (those still open)."""
    found = []
    for link in listing.iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            found.append(os.readlink(link))
    return found


class Service:
    """One running Pagefind service. `send` does not wait for the reply (replies are matched by
    message id in a reader thread); `wait` does. Errors in replies to messages nobody waits for
    are kept in `errors`."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        """Start the service, with `env` added to its environment."""
        executable = get_executable()
        if executable is None:
            raise ServiceError("the Pagefind binary is not installed (pip package pagefind[bin])")
        self.process = subprocess.Popen([str(executable), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env={**os.environ, **(env or {})})
        self.lock = threading.Condition()
        self.replies: dict[int, dict[str, Any]] = {}
        self.waited: set[int] = set()
        self.errors: list[str] = []
        self.answered = 0
        self.last_id = 0
        self.closed = False
        self.cpu_s = 0.0
        """The service's CPU time, known once it is closed."""
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        stdout = self.process.stdout.fileno()
        pending = b""
        while True:
            chunk = os.read(stdout, 1 << 16)
            if not chunk:
                break
            pending += chunk
            *whole, pending = pending.split(b",")
            for part in whole:
                self._reply(json.loads(base64.b64decode(part)))
        with self.lock:
            self.closed = True
            self.lock.notify_all()

    def _reply(self, reply: dict[str, Any] | None) -> None:
        if reply is None:
            return
        payload = reply.get("payload") or {}
        with self.lock:
            self.answered += 1
            message_id = reply.get("message_id")
            if message_id in self.waited:
                self.replies[message_id] = payload
            elif payload.get("type") == "Error":
                self.errors.append(str(payload.get("message")))
            self.lock.notify_all()

    def send(self, payload: dict[str, Any], wait: bool = False) -> int:
        """Send one message; its id. With `wait`, `wait(id)` will return its reply."""
        with self.lock:
            self.last_id += 1
            message_id = self.last_id
            if wait:
                self.waited.add(message_id)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(_encode(message_id, payload))
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise ServiceError(f"Pagefind stopped: {error}") from error
        return message_id

    def wait(self, message_id: int, timeout: float = 600) -> dict[str, Any]:
        """The reply to a message sent with `wait=True`; raises if it is an error."""
        with self.lock:
            if not self.lock.wait_for(lambda: message_id in self.replies or self.closed, timeout):
                raise ServiceError(f"Pagefind did not answer within {timeout:.0f} s")
            if message_id not in self.replies:
                raise ServiceError("Pagefind stopped before it answered")
            reply = self.replies.pop(message_id)
        if reply.get("type") == "Error":
            raise ServiceError(str(reply.get("message")))
        return reply

    def request(self, payload: dict[str, Any], timeout: float = 600) -> dict[str, Any]:
        """Send one message and wait for its reply."""
        return self.wait(self.send(payload, wait=True), timeout)

    def drain(self, timeout: float = 600) -> None:
        """Wait until every message sent so far has its reply."""
        with self.lock:
            if not self.lock.wait_for(lambda: self.answered >= self.last_id or self.closed, timeout):
                raise ServiceError(f"Pagefind did not finish within {timeout:.0f} s")
            if self.answered < self.last_id:
                raise ServiceError("Pagefind stopped before it indexed every page")

    def settle(self, folder: Path, timeout: float = 60) -> None:
        """Wait until the service holds no file open under `folder`. Pagefind answers a WriteFiles
        message once it has handed the last bytes of each file to a background thread, not once
        they are written; stopping it then can leave files empty (seen on a loaded machine: an
        empty pagefind-entry.json). Each file stays open until its last write is done. Where
        open files cannot be listed (no /proc), wait a second."""
        listing = Path(f"/proc/{self.process.pid}/fd")
        if not listing.is_dir():
            time.sleep(1.0)
            return
        inside = str(folder.resolve()) + os.sep
        deadline = time.monotonic() + timeout
        while any(target.startswith(inside) for target in _open_files(listing)):
            if time.monotonic() > deadline:
                raise ServiceError(f"Pagefind did not finish writing {folder} within {timeout:.0f} s")
            time.sleep(0.01)

    def close(self) -> None:
        """Stop the service (whatever it was doing)."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            with contextlib.suppress(OSError):  # it may have stopped already
                self.process.stdin.close()
        if self.process.returncode is None:  # not reaped yet: a zombie ignores the signal
            self.process.terminate()
            try:
                _pid, status, usage = os.wait4(self.process.pid, 0)
                self.process.returncode = os.waitstatus_to_exitcode(status)
                self.cpu_s = usage.ru_utime + usage.ru_stime
            except ChildProcessError:  # reaped elsewhere: its CPU time is unknown
                self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
