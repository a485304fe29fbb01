"""While `serve` runs, remember which of the theme's files a build adds to the site.

On every rebuild MkDocs lists every file of the theme (Material ships some 14,000, most of them
icons it leaves out) and matches each name against a dozen patterns to find the few dozen it
copies: about a tenth of a second per edition, for an answer that changes only when the theme
does. `remember` wraps `Files.add_files_from_theme` so that the answer is computed once per theme
state and the files are added from memory. The installed themes do not change while serving;
the project's own theme folder (`custom_dir`, overrides/) is part of the key, so a file added
there is seen. `casearchive build` does not use it: each build asks once per edition.

Written against MkDocs 1.6 (requirements.lock); tests hold the result equal to MkDocs' own."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

Add = Callable[[Any, Any, Any], None]


def _own_files(folder: str | None) -> tuple[str, ...]:
    """Every file under the project's theme folder (a handful), as the key's part that changes."""
    if not folder or not os.path.isdir(folder):
        return ()
    return tuple(sorted(os.path.relpath(os.path.join(top, name), folder)
                        for top, _dirs, names in os.walk(folder) for name in names))


def remember(add: Add) -> Add:
    """`add` (Files.add_files_from_theme), answering from memory for a theme already listed."""
    from mkdocs.structure.files import File, Files

    found: dict[tuple[Any, ...], list[tuple[str, str | None]]] = {}

    @functools.wraps(add)
    def add_files_from_theme(self: Any, env: Any, config: Any) -> None:
        theme = config.theme
        key = (tuple(theme.dirs), tuple(sorted(theme.static_templates)),
               _own_files(theme.custom_dir))
        if key not in found:
            listed = Files([])  # nothing to shadow: every file the theme would add, and from where
            add(listed, env, config)
            found[key] = [(file.src_uri, file.src_dir) for file in listed]
        for path, folder in found[key]:
            if self.get_file_from_path(path) is None:  # the docs folder's file wins, as in MkDocs
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    add_files_from_theme.remembered = found  # type: ignore[attr-defined]
    return add_files_from_theme


def install() -> None:
    """Make MkDocs use `remember` for the rest of this process (once)."""
    from mkdocs.structure.files import Files

    if not hasattr(Files.add_files_from_theme, "remembered"):
        Files.add_files_from_theme = remember(Files.add_files_from_theme)  # type: ignore[method-assign, assignment]
