"""The only writer of generated pages: writes files whose content changed, removes stale ones."""

from __future__ import annotations

from pathlib import Path


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
