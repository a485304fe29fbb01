"""Regions of ready HTML (mkdocs/readyhtml.py): Python-Markdown passes them through unparsed;
MkDocs resolves their links to pages as it does a Markdown link's, and counts their ids as the
page's anchors when it validates links."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import markdown
import yaml

from casearchive.mkdocs.readyhtml import END, START, ids_in, regions, rewrite_hrefs
from casearchive.publish.build import mkdocs_env

EXTENSIONS = ["attr_list", "md_in_html", "casearchive.mkdocs.readyhtml"]


def _region(html: str) -> str:
    return f"{START}\n{html}\n{END}"


def test_rewrite_hrefs_resolves_only_relative_links_to_files() -> None:
    html = ('<a href="../places/tehran.md">T</a> <a href="x.md#r3">[3]</a> <a href="#r3-1">[3]</a>'
            ' <a href="https&#58;//example.org/a.md" rel="noopener noreferrer">Link</a>'
            ' <a href="../data/persons/x.json">JSON</a>')
    seen: list[str] = []

    def resolve(href: str) -> str:
        seen.append(href)
        return href.replace(".md", "/").upper()

    out = rewrite_hrefs(html, resolve)
    assert seen == ["../places/tehran.md", "x.md#r3", "../data/persons/x.json"]
    assert '<a href="../PLACES/TEHRAN/">T</a>' in out and '<a href="X/#R3">[3]</a>' in out
    assert '<a href="#r3-1">' in out and 'href="https&#58;//example.org/a.md"' in out
    assert 'href="../DATA/PERSONS/X.JSON"' in out


def test_ids_in_and_regions() -> None:
    html = '<li><span class="ca-alias" id="role-1"></span><a class="ca-anchor" id="role-2">¶</a></li>'
    assert ids_in(html) == {"role-1", "role-2"}
    listed = "<ul>\n<li>b</li>\n</ul>"
    text = f"# T\n\n{_region('<p>a</p>')}\n\nmiddle\n\n{_region(listed)}\n"
    assert [inner for _, _, inner in regions(text)] == ["<p>a</p>", listed]


def test_python_markdown_passes_a_region_through_unparsed() -> None:
    # Markdown syntax inside a region is not Markdown: the templates write HTML there, and any
    # text from data is already escaped (render/escape.py).
    inside = '<p><strong>Born:</strong> 1960 **not bold** [not](a link.md) <a href="../x.md">X</a></p>'
    source = f"# Title\n\n**bold** before\n\n{_region(inside)}\n\n[after](y.md)\n"
    html = markdown.markdown(source, extensions=EXTENSIONS)
    assert inside in html  # as written: hrefs left alone without MkDocs
    assert "<p><strong>bold</strong> before</p>" in html
    assert '<p><a href="y.md">after</a></p>' in html
    assert START not in html and END not in html and "<p><p>" not in html


def test_a_page_without_regions_converts_as_before() -> None:
    source = "# Title\n\n- a [link](x.md)\n\n<div markdown>\n\n*em*\n\n</div>\n"
    assert (markdown.markdown(source, extensions=EXTENSIONS)
            == markdown.markdown(source, extensions=EXTENSIONS[:2]))


def _site(tmp_path: Path, directory_urls: bool) -> tuple[str, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "b.md").write_text(
        "# B\n\n" + _region('<ul>\n<li><a class="ca-anchor" id="position-1" href="#position-1">¶</a>'
                            ' post <a class="ca-ref" href="#r1">[1]</a></li>\n</ul>')
        + "\n\n" + _region('<ul>\n<li><span class="ca-refno" id="r1">1</span>'
                           ' <a href="a.md">A</a></li>\n</ul>') + "\n", encoding="utf-8")
    (docs / "a.md").write_text(
        "# A\n\n" + _region('<p><a href="b.md#position-1">the post</a>'
                            ' <a href="b.md#r1">[1]</a></p>')
        + "\n\n[claim](b.md#position-1) and [gone](b.md#missing)\n", encoding="utf-8")
    config = {"site_name": "T", "docs_dir": str(docs), "site_dir": str(tmp_path / "site"),
              "use_directory_urls": directory_urls, "nav": ["index.md", "a.md", "b.md"],
              "markdown_extensions": EXTENSIONS, "validation": {"anchors": "warn"}}
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(tmp_path / "mkdocs.yml")],
                          capture_output=True, text=True, env=mkdocs_env(), check=True)
    return done.stderr, tmp_path / "site"


def test_mkdocs_resolves_region_links_and_validates_their_anchors(tmp_path: Path) -> None:
    log, site = _site(tmp_path, directory_urls=True)
    page = (site / "a" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../b/#position-1">the post</a> <a href="../b/#r1">[1]</a>' in page
    assert '<a href="../a/">A</a>' in (site / "b" / "index.html").read_text(encoding="utf-8")
    # An id inside a region is an anchor MkDocs knows; a missing one is still reported.
    assert "'b.md#missing'" in log and "position-1" not in log and "#r1" not in log


def test_the_offline_copy_links_region_pages_by_their_html_files(tmp_path: Path) -> None:
    log, site = _site(tmp_path, directory_urls=False)
    page = (site / "a.html").read_text(encoding="utf-8")
    assert '<a href="b.html#position-1">the post</a> <a href="b.html#r1">[1]</a>' in page
    assert "'b.md#missing'" in log and "position-1" not in log


def test_an_empty_region_leaves_nothing() -> None:
    html = markdown.markdown(f"# T\n\n{START}\n{END}\n\ntext\n", extensions=EXTENSIONS)
    assert html == '<h1>T</h1>\n<p>text</p>'


def test_regions_are_whole_lines_and_an_unclosed_one_is_left_as_written() -> None:
    text = f"{START}\n<p>a</p>\n{END}\n\nx {START} y\n\n{START}\n<p>b</p>\n{END}\n{START}\n<p>c</p>\n"
    assert [inner for _, _, inner in regions(text)] == ["<p>a</p>", "<p>b</p>"]
    start, end, _ = regions(text)[0]
    assert text[start:end] == f"{START}\n<p>a</p>\n{END}"


def _hrefs(html: str, marker: str) -> list[str]:
    """The addresses of the links in `html` whose text starts with `marker`, in order."""
    return re.findall(rf'<a href="([^"]*)">{marker}\d', html)


def test_a_folder_s_pages_resolve_a_region_link_each_to_its_own_address(tmp_path: Path) -> None:
    # Targets are looked up once per folder (FolderTargets), but the address is each page's own:
    # the same links written in a region and as Markdown come out the same on every page of a
    # folder (its index page one level up), and a missing page or anchor is still reported.
    docs = tmp_path / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    links = ["d.md#dd", "../index.md", "c.md", "d.md"]
    body = ("\n\n" + _region(" ".join(f'<a href="{link}">R{i}</a>' for i, link in enumerate(links)))
            + "\n\n" + " ".join(f"[M{i}]({link})" for i, link in enumerate(links)) + "\n")
    for name in ("index", "c", "d"):
        (docs / "p" / f"{name}.md").write_text(f"# {name}\n\n<span id=\"dd\"></span>" + body,
                                              encoding="utf-8")
    (docs / "p" / "c.md").write_text((docs / "p" / "c.md").read_text(encoding="utf-8") + "\n"
                                     + _region('<a href="gone.md">x</a> <a href="d.md#nowhere">y</a>')
                                     + "\n", encoding="utf-8")
    config = {"site_name": "T", "docs_dir": str(docs), "site_dir": str(tmp_path / "site"),
              "markdown_extensions": EXTENSIONS, "validation": {"anchors": "warn"}}
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    log = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(tmp_path / "mkdocs.yml")],
                         capture_output=True, text=True, env=mkdocs_env(), check=True).stderr
    site = tmp_path / "site" / "p"
    seen = {}
    for page in (site / "index.html", site / "c" / "index.html", site / "d" / "index.html"):
        html = page.read_text(encoding="utf-8")
        seen[page.parent.name] = _hrefs(html, "R")
        assert _hrefs(html, "R") == _hrefs(html, "M"), page
    assert seen["p"][0] == "d/#dd" and seen["c"][0] == "../d/#dd" and seen["c"][1] == "../../"
    assert "'gone.md'" in log and "'d.md#nowhere'" in log and "'d.md#dd'" not in log
