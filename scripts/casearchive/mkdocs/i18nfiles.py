"""While `serve` runs, remember how mkdocs-static-i18n reconfigures each file for each edition.

On every rebuild the i18n plugin makes, for every file of the site and every edition, a new
file object with the edition's paths (`create_i18n_file`), mostly path arithmetic: about
two-thirds of a rebuild's time at 2,000 records, though the answer for a file changes only
when its name or the configuration does. `remember` wraps that function so that each answer is
computed once per session and handed out as a fresh copy (MkDocs and the plugin change the file
objects they get: the page, the alternates). `casearchive build` does not use it: each build
asks each question once.

Written against mkdocs-static-i18n 1.3 (requirements.lock); tests hold the copies equal to
what the plugin makes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

Create = Callable[..., Any]


def remember(create: Create) -> Create:
    """`create` (the plugin's create_i18n_file), answering the same question from memory."""
    made: dict[tuple[Any, ...], Any] = {}

    @functools.wraps(create)
    def create_i18n_file(file: Any, current_language: str, default_language: str,
                         all_languages: list[str], config: Any) -> Any:
        key = (file.src_uri, file.dest_uri, file.inclusion, current_language, default_language,
               tuple(all_languages), config.docs_dir, config.site_dir, config.use_directory_urls)
        if key not in made:
            fresh = create(file, current_language, default_language, all_languages, config)
            made[key] = _copy(fresh, current_language)  # untouched by what happens to `fresh`
            return fresh
        return _copy(made[key], current_language)

    create_i18n_file.remembered = made  # type: ignore[attr-defined]
    return create_i18n_file


def _copy(file: Any, current_language: str) -> Any:
    """A copy of a file as the plugin makes it: its own alternates, listing only itself.
    (`copy.copy` of a MkDocs file, four times faster: its state is its __dict__.)"""
    twin: Any = object.__new__(type(file))
    twin.__dict__.update(vars(file))
    twin.alternates = {current_language: twin}
    return twin


def install() -> None:
    """Make the i18n plugin use `remember` for the rest of this process (once), and remember
    which paths lie inside the docs folder (a question it asks of every file, every rebuild)."""
    from mkdocs_static_i18n import reconfigure, suffix

    if not hasattr(suffix.create_i18n_file, "remembered"):
        suffix.create_i18n_file = remember(suffix.create_i18n_file)
        reconfigure.is_relative_to = functools.lru_cache(maxsize=None)(reconfigure.is_relative_to)
