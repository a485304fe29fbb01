"""The benchmark's anchor: plain mkdocs-material (no hooks, no plugins, no i18n) building the very
Markdown the project generated, both editions' files as plain pages, then Pagefind's command line
on its output; and the per-page MkDocs time of record pages beside simple pages of as much text."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

import yaml

from casearchive.model.pages import MARK, ROOT
from casearchive.model.records import KINDS
from casearchive.publish.build import Project, mkdocs_env

SAMPLE = 100
"""Record pages (and as many simple pages) in the per-page measurement."""

PAGE_TIMES_ENV = "CASEARCHIVE_PAGE_TIMES"
"""Where the timing hook (bench/pagetimes.py) writes each page's CPU time."""


class _Tolerant(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its tags (!ENV ..., !!python/name:...)."""


_Tolerant.add_multi_constructor("!", lambda loader, suffix, node: None)
_Tolerant.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)


def _plain_extensions(extensions: list[Any]) -> list[Any]:
    """The extensions with the options the project sets through its own code (a tag read as None,
    e.g. the toc's slugify) left at their defaults: the plain site imports nothing of the project
    but its Markdown extension for regions of ready HTML (casearchive.mkdocs.readyhtml), without
    which the generated pages would not mean the same."""
    plain: list[Any] = []
    for entry in extensions:
        if isinstance(entry, dict):
            entry = {name: ({k: v for k, v in options.items() if v is not None}
                            if isinstance(options, dict) else options)
                     for name, options in entry.items()}
        plain.append(entry)
    return plain


def project_settings(project: Project) -> dict[str, Any]:
    """What the plain site keeps of the project's mkdocs.yml: the Markdown extensions (the pages
    need attr_list and the ready-HTML extension to mean the same) and the navigation (without one MkDocs lists
    every page in it, which makes each page heavy)."""
    config = yaml.load((project.root / "mkdocs.yml").read_text(encoding="utf-8"), _Tolerant)
    return {"markdown_extensions": _plain_extensions(config["markdown_extensions"]),
            "nav": config["nav"]}


def write_config(path: Path, docs: Path, settings: dict[str, Any],
                 hooks: list[str] | None = None) -> Path:
    """A minimal mkdocs.yml: theme material, no plugins (not even MkDocs' default search)."""
    config: dict[str, Any] = {"site_name": "Plain", "docs_dir": str(docs),
                              "theme": {"name": "material"}, "plugins": [], **settings}
    if hooks:
        config["hooks"] = hooks
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _mkdocs(config: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "-q", "--clean", "-f", str(config),
            "-d", str(site)]


def _pagefind(site: Path) -> list[str]:
    from pagefind.service import get_executable

    executable = get_executable()
    if executable is None:
        raise RuntimeError("the Pagefind binary is not installed (pip package pagefind[bin])")
    return [str(executable), "--site", str(site), "--silent"]


def commands(project: Project, work: Path) -> list[tuple[str, list[str]]]:
    """The two steps, named: plain Material on the project's docs/ (as generated), then Pagefind
    on what it built."""
    shutil.rmtree(work, ignore_errors=True)
    config = write_config(work / "mkdocs.yml", project.docs, project_settings(project))
    site = work / "site"
    return [("plain MkDocs build", _mkdocs(config, site)), ("plain Pagefind", _pagefind(site))]


def record_pages(docs: Path) -> list[Path]:
    """The generated record pages (both editions; not listings, not continuation pages)."""
    return sorted(page for kind in KINDS for page in (docs / ROOT / kind).glob("*.md")
                  if MARK not in page.name and not page.name.startswith("index."))


_TAG = re.compile(r"<[^>]+>|\{[:#.][^}]*\}|\{ data-[^}]*\}|\]\([^)]*\)|&#?\w+;|[*_#|>\[\]-]")


def simple_text(markdown: str) -> str:
    """As much text as a page shows, as plain paragraphs: no inline HTML, links or emphasis."""
    body = markdown.split("---", 2)[-1] if markdown.startswith("---") else markdown
    words = _TAG.sub(" ", body).split()
    paragraphs = [" ".join(words[i:i + 60]) for i in range(0, len(words), 60)]
    return "# A simple page\n\n" + "\n\n".join(paragraphs) + "\n"


def sample(docs: Path, target: Path, size: int = SAMPLE) -> None:
    """`size` record pages spread over the archive, and beside each a simple page of as much text;
    in folders of their own (`007/record.md`, `007/simple.md`), so that MkDocs converts and
    renders them in alternation: a record page and its simple page are timed moments apart, and
    a slow spell of the machine falls on both kinds alike, not on all the pages of one."""
    pages = record_pages(docs)
    step = max(1, len(pages) // size)
    target.mkdir(parents=True, exist_ok=True)
    (target / "index.md").write_text("# Sample\n", encoding="utf-8")
    for number, page in enumerate(pages[::step][:size]):
        text = page.read_text(encoding="utf-8")
        pair = target / f"{number:03d}"
        pair.mkdir(exist_ok=True)
        (pair / f"{RECORD}.md").write_text(text, encoding="utf-8")
        (pair / f"{SIMPLE}.md").write_text(simple_text(text), encoding="utf-8")


RECORD, SIMPLE = "record", "simple"
"""The names of a sampled record page and of its simple page, in their pair's folder."""


PAGE_TIME_BUILDS = 3
"""Builds of the sampled pages: each page's time is its median over them (one build's mean moved
from 3.3 to 4.6 ms for the same record pages between runs on this machine)."""


def page_times_commands(project: Project, work: Path,
                        builds: int = PAGE_TIME_BUILDS) -> list[tuple[list[str], dict[str, str]]]:
    """The builds of a small plain site of sampled record pages and as many simple pages of as
    much text, with a hook that times each page (bench/pagetimes.py), each with its environment
    (the times of build number n, from 1, in times_file(n)); the sample is made here, once."""
    shutil.rmtree(work, ignore_errors=True)
    sample(project.docs, work / "docs")
    settings = {**project_settings(project), "nav": ["index.md"],
                "validation": {"omitted_files": "ignore", "unrecognized_links": "ignore",
                               "absolute_links": "ignore", "anchors": "ignore",
                               "links": {"not_found": "ignore"}}}
    hook = Path(__file__).with_name("pagetimes.py")
    config = write_config(work / "mkdocs.yml", work / "docs", settings, hooks=[str(hook)])
    return [(_mkdocs(config, work / "site"), {**mkdocs_env(), PAGE_TIMES_ENV: str(work / times_file(n))})
            for n in range(1, builds + 1)]


def times_file(build: int) -> str:
    """The file of the page times of build number `build` (from 1)."""
    return f"times-{build}.json"


def page_times(work: Path, builds: int = PAGE_TIME_BUILDS) -> dict[str, Any]:
    """Plain Material's mean CPU time per page (Markdown conversion and theme), record pages and
    simple pages, each page's time the median of its `builds` builds of page_times_commands."""
    found = [json.loads((work / times_file(n)).read_text(encoding="utf-8")) for n in range(1, builds + 1)]
    median = {path: statistics.median(run[path] for run in found) for path in found[0]}
    by_kind = {kind: [s for path, s in median.items() if path.endswith(f"/{kind}.md")]
               for kind in (RECORD, SIMPLE)}
    record_ms, simple_ms = (1000 * sum(v) / len(v) for v in by_kind.values())
    return {"pages": len(by_kind[RECORD]), "builds": builds, "record_page_ms": record_ms,
            "simple_page_ms": simple_ms, "ratio": record_ms / simple_ms}
