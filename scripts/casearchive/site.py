"""The only writer of generated pages: writes files whose content changed, removes stale ones."""

from __future__ import annotations

from pathlib import Path


def write_tree(root: Path, files: dict[str, str]) -> tuple[int, int]:
    """Make `root` hold exactly `files`; return (files written, files removed)."""
    written = removed = 0
    for relative, text in files.items():
        path = root / relative
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue  # unchanged files keep their mtime, so `serve` rebuilds only what changed
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        written += 1
    wanted = {(root / r).resolve() for r in files}
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path.resolve() not in wanted:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed
