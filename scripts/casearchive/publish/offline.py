"""The offline copy: the whole site built to open from disk, with a search that works there, a
SHA-256 manifest of every file and one reproducible zip that can be passed hand to hand."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from casearchive.i18n.folding import search_key
from casearchive.i18n.localize import localized, translatable
from casearchive.load.archive import Archive, Loaded
from casearchive.model.records import NAME_FIELDS
from casearchive.publish.build import Project, mkdocs_env
from casearchive.render.renderer import Renderer

NAME = "iran-case-archive-offline"
"""The zip's name (without .zip) and the folder it unpacks to."""
INDEX = "javascripts/search-index.js"
"""Where the offline search finds its index inside the copy."""
ENTRY_FIELDS = ("href", "title", "persian", "kind", "names", "text")
"""What each index entry holds, in order (arrays keep the index small)."""
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same commit always gives the same zip

_TEXT_FIELDS = ("summary", "context", "note", "date_label", "publisher", "authors", "kind",
                "original", "translations", "fa")
# Not needed on disk: sitemaps (dated on every build), the search plugin's worker and languages
# (the offline copy has its own search) and source maps (for debugging the theme).
_UNUSED = ("sitemap.xml", "sitemap.xml.gz", "assets/javascripts/lunr", "assets/javascripts/workers")


def _texts(value: Any) -> list[str]:
    if isinstance(value, Enum) or value is None:
        return []  # enum codes such as ngo_report are not words a reader searches for
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, BaseModel):  # a fa block, or a statement's quoted words
        return [t for name in type(value).model_fields if name != "citations"
                for t in _texts(getattr(value, name))]
    return []


def _entry(renderer: Renderer, item: Loaded) -> list[str]:
    record = item.record
    names = [t for f in NAME_FIELDS for t in _texts(getattr(record, f, None))]
    field = "name" if "name" in type(record).model_fields else "title"
    persian = ""
    if field in translatable(type(record)):
        value, fallback = localized(record, field, "fa")
        persian = "" if fallback or value is None else str(value)
    fa = getattr(record, "fa", None)
    names += [persian, getattr(fa, field, None) or "", item.id.replace("-", " ")]
    text = [t for f in _TEXT_FIELDS for t in _texts(getattr(record, f, None))]
    return [f"archive/{item.kind}/{item.id}.html", renderer.names.plain(item), persian,
            item.kind.removesuffix("s"), search_key(names), search_key(text)]


def index_entries(archive: Archive) -> list[list[str]]:
    """One entry per record (see ENTRY_FIELDS), its search keys folded as fold.js folds queries."""
    renderer = Renderer(archive)
    return [_entry(renderer, item) for item in archive.all()]


def index_script(entries: list[list[str]]) -> str:
    """The index as a script that a file:// page may load (JSON it could not fetch)."""
    data = json.dumps({"fields": ENTRY_FIELDS, "docs": entries}, ensure_ascii=True,
                      separators=(",", ":"))
    return f"window.caSearchIndex = {data};\n"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    """Every file under `folder`, as sorted POSIX paths relative to it."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def manifest(folder: Path) -> str:
    """`sha256sum -c` input for every file under `folder`."""
    lines = []
    for name in files_in(folder):
        if "\n" in name or "\\" in name:  # sha256sum would escape these; our paths never have them
            raise ValueError(f"{name!r}: a file name the manifest cannot hold")
        lines.append(f"{_sha256(folder / name)}  {name}\n")
    return "".join(lines)


def verify_text(files: int, version: str) -> str:
    """VERIFY.txt: how a reader checks that the copy they were handed is complete and unchanged."""
    return (_VERIFY.replace("{name}", NAME).replace("{files}", str(files))
            .replace("{version}", version))


def write_zip(folder: Path, target: Path) -> None:
    """Zip `folder` as NAME/..., byte-for-byte the same for the same files; replace `target`
    only when the zip is complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for name in files_in(folder):
            info = zipfile.ZipInfo(f"{NAME}/{name}", date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (folder / name).read_bytes(), compresslevel=9)
    partial.replace(target)


def _drop_unused(folder: Path) -> None:
    for name in _UNUSED:
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path)
        path.unlink(missing_ok=True)
    for path in folder.rglob("*.map"):
        path.unlink()


def _mkdocs(project: Project, destination: Path) -> int:
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "-q", "--strict",
               "-f", str(project.root / "mkdocs.offline.yml"), "-d", str(destination)]
    return subprocess.run(command, cwd=project.root, env=mkdocs_env()).returncode


def build(project: Project, archive: Archive, version: str, target: Path) -> int:
    """Build the offline copy of a generated site into the zip `target`."""
    work = project.root / ".offline.new"
    shutil.rmtree(work, ignore_errors=True)
    folder = work / NAME
    try:
        if _mkdocs(project, folder):
            print("MkDocs failed; no offline copy was written.", file=sys.stderr)
            return 1
        _drop_unused(folder)
        (folder / INDEX).write_text(index_script(index_entries(archive)), encoding="utf-8")
        (folder / "VERIFY.txt").write_text(verify_text(len(files_in(folder)) + 2, version),
                                           encoding="utf-8")
        (folder / "MANIFEST.sha256").write_text(manifest(folder), encoding="utf-8")
        write_zip(folder, target)
        summary = (f"{target}: {target.stat().st_size / 1e6:.1f} MB, {len(files_in(folder))} files\n"
                   f"SHA-256 of the zip:           {_sha256(target)}\n"
                   f"SHA-256 of MANIFEST.sha256:   {_sha256(folder / 'MANIFEST.sha256')}\n"
                   "Publish both checksums where readers can see them (see VERIFY.txt).")
        print(summary)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


_VERIFY = """\
Iran Case Archive: offline copy
===============================

Open index.html in any web browser. Nothing is fetched from the internet: every page, style
and script is in this folder. The search box at the top of each page works offline (it needs
JavaScript); every page can also be read without JavaScript.

Built from data version {version}.


Check that this copy is complete and unchanged
----------------------------------------------

MANIFEST.sha256 lists the SHA-256 checksum of every file in this folder. It has {files} files:
MANIFEST.sha256 itself and the ones it lists. Do not trust a file that is not listed.

In this folder ({name}), run:

  Linux:    sha256sum -c --quiet MANIFEST.sha256
  macOS:    shasum -a 256 -c --quiet MANIFEST.sha256
  Windows (PowerShell):
            Get-Content MANIFEST.sha256 | ForEach-Object { $h, $f = $_ -split '  ', 2;
              if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h) { "CHANGED: $f" } }

No output (Linux, macOS: exit status 0) means every file matches the manifest.

A manifest travels with the files it describes, so whoever changed a file could also have
changed the manifest. The check proves more only if you compare the checksum of the manifest
itself, or of the zip file you received, with the ones the archive publishes on its website
and in its release notes, obtained through a channel you trust:

  sha256sum MANIFEST.sha256      (macOS: shasum -a 256 MANIFEST.sha256;
                                   Windows: Get-FileHash -Algorithm SHA256 MANIFEST.sha256)

The zip is reproducible: building the same data version again gives a byte-identical file.
"""
