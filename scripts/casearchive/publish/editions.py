"""One site from its editions' builds. `casearchive build` builds each edition in a MkDocs process
of its own, side by side on the cores, each into a folder of its own; here each later edition's
folder is laid over the first's as one process building the editions in turn leaves them: a later
edition's file replaces an earlier one's (the theme's files are the same in each), except its 404
page (kept at <lang>/404.html), the sitemap (one list of every edition's pages, in edition order)
and the search bundle (the editions' indexes merged)."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

from casearchive.search import pages, stream

SITEMAP = "sitemap.xml"
_END = "\n</urlset>"


def merge(part: Path, site: Path, lang: str) -> None:
    """Move the build of edition `lang` in `part` into `site`, the build of the editions before
    it; `part` is removed."""
    if (part / pages.BUNDLE).is_dir():
        stream.merge_bundle(part / pages.BUNDLE, site / pages.BUNDLE)
    if (part / SITEMAP).is_file() and (site / SITEMAP).is_file():
        _merge_sitemap(part, site)
    if (part / "404.html").is_file():
        (site / lang).mkdir(parents=True, exist_ok=True)
        (part / "404.html").replace(site / lang / "404.html")
    _lay_over(part, site)
    shutil.rmtree(part)


def _lay_over(part: Path, site: Path) -> None:
    """Move every file of `part` to the same place in `site`, replacing what is there; a folder
    `site` lacks moves whole."""
    for path in part.iterdir():
        target = site / path.name
        if path.is_dir() and target.is_dir():
            _lay_over(path, target)
        elif path.is_dir() and target.exists():
            raise FileExistsError(f"{target} is a file in one edition's build, a folder in another's")
        else:
            os.replace(path, target)


def sitemap_of_both(first: str, later: str) -> str:
    """One sitemap: the pages listed in `first`, then those listed in `later`."""
    start = later.index(">", later.index("<urlset")) + 1
    return first[:first.rindex(_END)] + later[start:later.rindex(_END)] + first[first.rindex(_END):]


def _merge_sitemap(part: Path, site: Path) -> None:
    """The sitemap of both builds and its gzip copy (as MkDocs writes it, with its timestamp)."""
    merged = sitemap_of_both((site / SITEMAP).read_text(encoding="utf-8"),
                             (part / SITEMAP).read_text(encoding="utf-8"))
    (site / SITEMAP).write_text(merged, encoding="utf-8")
    zipped, gz = site / f"{SITEMAP}.gz", part / f"{SITEMAP}.gz"
    stamp = int.from_bytes(zipped.read_bytes()[4:8], "little") if zipped.is_file() else 0
    with zipped.open("wb") as file, gzip.GzipFile(fileobj=file, filename=str(zipped), mode="wb",
                                                  mtime=stamp) as packed:
        packed.write(merged.encode("utf-8"))
    (part / SITEMAP).unlink()
    gz.unlink(missing_ok=True)
