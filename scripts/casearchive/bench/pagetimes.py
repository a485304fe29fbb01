"""A MkDocs hook for the benchmark's per-page measurement (bench/plain.py): each page's CPU time in
its two phases (reading and converting its Markdown; rendering it into the theme), written as JSON
to the file named by CASEARCHIVE_PAGE_TIMES after the build."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

_spent: dict[str, float] = {}
_started: dict[str, float] = {}


def _start(page: Any) -> None:
    _started[page.file.src_uri] = time.process_time()


def _stop(page: Any) -> None:
    uri = page.file.src_uri
    _spent[uri] = _spent.get(uri, 0.0) + time.process_time() - _started.pop(uri)


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    _start(page)
    return page


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    _stop(page)
    return html


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    _start(page)
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    _stop(page)
    return output


def on_post_build(config: Any) -> None:
    Path(os.environ["CASEARCHIVE_PAGE_TIMES"]).write_text(json.dumps(_spent), encoding="utf-8")
