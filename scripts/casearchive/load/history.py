"""Each record's "last updated" date and change history, read from git; returns data, writes nothing.

Only the date, the commit and its subject line are kept: contributors' names and addresses stay
out of the pages, because some contributors to a human-rights archive need not to be named.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_RECORD = "\x1e"  # separates commits in `git log` output
_UNIT = "\x1f"  # separates the fields of one commit
_FORMAT = f"--format={_RECORD}%H{_UNIT}%as{_UNIT}%s"


@dataclass(frozen=True)
class Change:
    """One commit that changed a record's file."""

    commit: str
    date: str
    """The commit's author date, YYYY-MM-DD."""
    subject: str


@dataclass(frozen=True)
class History:
    """A record's commits, newest first."""

    changes: tuple[Change, ...] = ()

    @property
    def last_updated(self) -> str | None:
        """The date of the newest change, or None outside git."""
        return self.changes[0].date if self.changes else None

    @property
    def created(self) -> str | None:
        """The date of the oldest change."""
        return self.changes[-1].date if self.changes else None


@dataclass
class _Commit:
    change: Change
    files: list[list[str]] = field(default_factory=list)


def _git_log(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(root), "log", _FORMAT, *args],
                                capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""  # not a checkout, or git missing: pages simply show no history
    return result.stdout


def parse_log(text: str) -> list[_Commit]:
    """Commits from `git log` output in _FORMAT, each with its --name-status lines, if any."""
    commits = []
    for chunk in text.split(_RECORD)[1:]:
        head, _, rest = chunk.partition("\n")
        commit, date, subject = head.split(_UNIT, 2)
        files = [line.split("\t") for line in rest.splitlines() if "\t" in line]
        commits.append(_Commit(Change(commit, date, subject), files))
    return commits


def record_history(root: Path, path: str) -> History:
    """The history of one record file (path relative to the repository), following renames."""
    commits = parse_log(_git_log(root, "--follow", "--", path))
    return History(tuple(c.change for c in commits))


def archive_histories(root: Path, folder: str = "data") -> dict[str, History]:
    """The history of every record file under `folder`, from one `git log` (renames followed).

    Gives what record_history gives for each file, without one git process per record."""
    commits = parse_log(_git_log(root, "--name-status", "-M", "--", f"{folder}/"))
    current = {name: name for name in _tracked(root, folder)}
    found: dict[str, list[Change]] = {}
    for commit in commits:
        for status, *names in commit.files:
            name = names[-1]
            if name not in current:
                continue
            owner = current[name]
            found.setdefault(owner, []).append(commit.change)
            if status.startswith("R"):
                current[names[0]] = current.pop(name)  # older commits know it by its old name
    return {path: History(tuple(changes)) for path, changes in found.items()}


def _tracked(root: Path, folder: str) -> list[str]:
    try:
        result = subprocess.run(["git", "-C", str(root), "ls-files", "--", f"{folder}/"],
                                capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return []
    return result.stdout.splitlines()
