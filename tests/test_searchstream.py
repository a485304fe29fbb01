"""Search indexing beside MkDocs: pages go to a Pagefind service as they are rendered, reduced to
their article; the index written after the last edition holds every page in its language, the
same excerpts as indexing the built files would, and a failing Pagefind fails the build."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from casearchive.search import pages as search
from casearchive.search import stream as searchstream
from casearchive.search.pagefind import Service, ServiceError
from helpers import casearchive, make_project, snapshot

PAGE = """<!doctype html><html lang="{lang}" dir="ltr"><head><title>{title} - Archive</title></head>
<body><header>Site header, navigation: Evin, Gohardasht</header>
<article class="md-content__inner md-typeset" data-pagefind-body><h1 id="x">{title}</h1>
<p>{text}<a class="headerlink" href="#x">¶</a></p>
<span class="ca-cite">Source: Hidden citation words</span></article>
<footer>Footer words</footer></body></html>"""


def page(title: str, text: str, lang: str = "en") -> str:
    return PAGE.format(lang=lang, title=title, text=text)


def fragments(bundle: Path) -> dict[str, dict[str, object]]:
    """Every indexed page's fragment (its URL, words, title), by URL."""
    found = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        found[fragment["url"]] = fragment
    return found


def test_the_index_document_is_the_article_in_the_page_language() -> None:
    document = searchstream.article_document(page("Jane", "Words", lang="fa"))
    assert document is not None
    assert document.startswith('<!DOCTYPE html><html lang="fa">')
    assert "<h1" in document and "Hidden citation words" in document  # left out by the selector
    assert "Site header" not in document and "Footer words" not in document
    assert searchstream.article_document("<html><body><p>no article</p></body></html>") is None


def test_a_stream_indexes_each_page_once_in_its_language(tmp_path: Path) -> None:
    stream = searchstream.Stream()
    stream.add("/archive/persons/jane/", page("Jane Official", "Ordered the executions in Evin."))
    stream.add("/fa/archive/persons/jane/", page("جین", "دستور اعدام‌ها", lang="fa"))
    stream.add("/no-article/", "<html><body>nothing to index</body></html>")
    figures = stream.write(tmp_path / "pagefind")
    assert figures.pages == 2
    assert figures.pagefind_cpu_s >= 0  # CPU time counts in clock ticks: two tiny pages may take none
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert {lang: v["page_count"] for lang, v in entry["languages"].items()} == {"en": 1, "fa": 1}
    found = fragments(tmp_path / "pagefind")
    assert set(found) == {"/archive/persons/jane/", "/fa/archive/persons/jane/"}
    english = found["/archive/persons/jane/"]
    assert english["meta"] == {"title": "Jane Official"}  # type: ignore[comparison-overlap]
    assert "Ordered the executions in Evin." in str(english["content"])
    for left_out in ("Hidden citation", "Site header", "Footer", "¶"):
        assert left_out not in str(english["content"])
    assert not list((tmp_path / "pagefind").glob("pagefind-*ui*"))  # Pagefind's unused interfaces


def test_a_streamed_index_holds_what_indexing_the_files_gives(tmp_path: Path) -> None:
    pages = {"archive/persons/jane/index.html": page("Jane Official", "Ordered the executions."),
             "fa/archive/persons/jane/index.html": page("جین", "دستور اعدام‌ها", lang="fa"),
             "about/index.html": page("About", "The archive's method.")}
    stream = searchstream.Stream()
    for path, html in pages.items():
        (tmp_path / "site" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / path).write_text(html, encoding="utf-8")
        stream.add("/" + path.removesuffix("index.html"), html)
    stream.write(tmp_path / "streamed")
    subprocess.run(search.command(tmp_path / "site"), check=True)
    from_files = fragments(tmp_path / "site" / search.BUNDLE)
    assert fragments(tmp_path / "streamed") == from_files and len(from_files) == 3


def test_the_service_reports_a_refused_message() -> None:
    service = Service()
    try:
        with pytest.raises(ServiceError):
            service.request({"type": "AddFile", "index_id": 99, "url": "/x/", "file_path": None,
                             "file_contents": "<html></html>"}, timeout=60)
    finally:
        service.close()


def test_a_pagefind_that_fails_fails_the_build_and_keeps_the_last_site(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    assert casearchive(root, "build").returncode == 0
    assert (root / "site" / "pagefind" / "pagefind-entry.json").is_file()
    before = snapshot(root / "site")
    broken = tmp_path / "pagefind-broken"
    broken.write_text(f"#!{sys.executable}\nimport sys\nsys.exit(3)\n", encoding="utf-8")
    broken.chmod(0o755)
    result = casearchive(root, "build", env={"PAGEFIND_BINARY_PATH": str(broken)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Search indexing failed: Pagefind stopped before it answered" in result.stderr
    assert "the previous site/ is unchanged" in result.stderr
    assert snapshot(root / "site") == before
    assert not (root / ".site.new").exists()


def test_editions_indexed_apart_end_in_one_bundle(tmp_path: Path) -> None:
    indexing = searchstream.Indexing()
    indexing.add("/archive/persons/jane/", page("Jane Official", "Ordered the executions."))
    indexing.edition_done(tmp_path / "pagefind")  # English written apart while Persian goes on
    indexing.add("/fa/archive/persons/jane/", page("جین", "دستور اعدام‌ها", lang="fa"))
    figures = indexing.write(tmp_path / "pagefind")
    assert figures.pages == 2
    entry = json.loads((tmp_path / "pagefind" / searchstream.ENTRY).read_text())
    assert sorted(entry["languages"]) == ["en", "fa"]
    for lang in ("en", "fa"):
        assert (tmp_path / "pagefind" / f"pagefind.{entry['languages'][lang]['hash']}.pf_meta").is_file()
    assert set(fragments(tmp_path / "pagefind")) == {"/archive/persons/jane/", "/fa/archive/persons/jane/"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pagefind"]  # the part was moved in


def test_bundles_of_the_same_language_are_not_merged(tmp_path: Path) -> None:
    for name in ("a", "b"):
        stream = searchstream.Stream()
        stream.add("/x/", page("Jane", "Words"))
        stream.write(tmp_path / name)
    with pytest.raises(ServiceError, match="cannot merge"):
        searchstream.merge_bundle(tmp_path / "a", tmp_path / "b")


SLOW_WRITER = """
import sys, time
with open(sys.argv[1], "w") as out:
    print("open", flush=True)
    time.sleep(float(sys.argv[2]))
    out.write("written")
time.sleep(60)
"""


def holding_a_file(path: Path, seconds: float) -> Service:
    """A Service whose process, like Pagefind after it answered WriteFiles, still has a file of
    the bundle open: it writes the file `seconds` later and then keeps running."""
    service = Service.__new__(Service)
    service.process = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(path), str(seconds)],
                                       stdout=subprocess.PIPE, text=True)
    assert service.process.stdout is not None and service.process.stdout.readline() == "open\n"
    return service


def test_settle_waits_until_the_service_has_finished_writing_the_bundle(tmp_path: Path) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("open files are listed from /proc")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    service = holding_a_file(bundle / "pagefind-entry.json", 0.5)
    try:
        assert (bundle / "pagefind-entry.json").read_text() == ""
        service.settle(bundle)
        assert (bundle / "pagefind-entry.json").read_text() == "written"
    finally:
        service.process.kill()
        service.process.communicate()


def test_settle_gives_up_on_a_service_that_never_finishes_writing(tmp_path: Path) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("open files are listed from /proc")
    service = holding_a_file(tmp_path / "pagefind-entry.json", 60)
    try:
        with pytest.raises(ServiceError, match="did not finish writing"):
            service.settle(tmp_path, timeout=0.3)
    finally:
        service.process.kill()
        service.process.communicate()


def test_two_services_write_their_indexes_one_after_the_other(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The editions' processes take turns through a file lock: while one holds it (here the
    # test), the other's Pagefind service does not write.
    import fcntl
    import threading

    lock = tmp_path / "search.lock"
    monkeypatch.setenv(searchstream.LOCK_ENV, str(lock))
    indexing = searchstream.Stream()
    indexing.add("/a/", page("Evin prison", "Held in Evin."))
    with lock.open("a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        writer = threading.Thread(target=indexing.write, args=(tmp_path / "bundle",))
        writer.start()
        writer.join(timeout=3)
        assert writer.is_alive() and not (tmp_path / "bundle" / searchstream.ENTRY).exists()
        fcntl.flock(other, fcntl.LOCK_UN)
    writer.join(timeout=60)
    assert not writer.is_alive() and (tmp_path / "bundle" / searchstream.ENTRY).is_file()
    assert indexing.service is None  # stopped before the turn passed on


def test_an_edition_is_indexed_in_parts_written_as_they_fill(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Parts of two pages: each edition's first two pages make the main bundle, the third its
    # part-1 (both editions' in one folder), listed by language for the search dialog.
    monkeypatch.setenv(searchstream.PART_PAGES_ENV, "2")
    indexing = searchstream.Indexing()
    english = ["/archive/persons/jane/", "/archive/persons/john/", "/archive/places/evin/"]
    for url, name in zip(english, ("Jane", "John", "Evin"), strict=True):
        indexing.add(url, page(name, f"{name} words."))
    assert len(indexing.edition) == 1 and indexing.current is not None  # the first part is written
    indexing.edition_done(tmp_path / "pagefind")
    persian = ["/fa/archive/persons/jane/", "/fa/archive/persons/john/", "/fa/archive/places/evin/"]
    for url, name in zip(persian, ("جین", "جان", "اوین"), strict=True):
        indexing.add(url, page(name, "واژه‌ها", lang="fa"))
    figures = indexing.write(tmp_path / "pagefind")
    assert figures.pages == 6
    bundle = tmp_path / "pagefind"
    assert set(fragments(bundle)) == {english[0], english[1], persian[0], persian[1]}
    assert set(fragments(bundle / "part-1")) == {english[2], persian[2]}
    for folder in (bundle, bundle / "part-1"):
        entry = json.loads((folder / searchstream.ENTRY).read_text())
        assert {lang: v["page_count"] for lang, v in entry["languages"].items()} == (
            {"en": 2, "fa": 2} if folder == bundle else {"en": 1, "fa": 1})
    assert json.loads((bundle / searchstream.PARTS).read_text()) == {"en": ["part-1/"], "fa": ["part-1/"]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pagefind"]
    assert indexing.staging is None


def test_bundles_in_parts_merge_part_by_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # How the editions' processes leave their bundles: English in two parts, Persian in three.
    monkeypatch.setenv(searchstream.PART_PAGES_ENV, "1")
    for name, lang, count in (("en", "en", 2), ("fa", "fa", 3)):
        indexing = searchstream.Indexing()
        for number in range(count):
            indexing.add(f"/{lang}/{number}/", page(f"Page {number}", "Words", lang=lang))
        indexing.write(tmp_path / name)
    searchstream.merge_bundle(tmp_path / "fa", tmp_path / "en")
    bundle = tmp_path / "en"
    assert json.loads((bundle / searchstream.PARTS).read_text()) == {
        "en": ["part-1/"], "fa": ["part-1/", "part-2/"]}
    assert set(fragments(bundle / "part-1")) == {"/en/1/", "/fa/1/"}
    assert set(fragments(bundle / "part-2")) == {"/fa/2/"}
    assert not (tmp_path / "fa").exists()


def test_a_bundle_rewritten_whole_loses_its_parts(tmp_path: Path) -> None:
    bundle = tmp_path / "pagefind"
    (bundle / "part-1").mkdir(parents=True)
    (bundle / "part-1" / searchstream.ENTRY).write_text("{}")
    (bundle / searchstream.PARTS).write_text('{"en":["part-1/"]}')
    (bundle / "partial-notes").mkdir()
    search.drop_parts(bundle)
    assert sorted(p.name for p in bundle.iterdir()) == ["partial-notes", searchstream.PARTS]
    assert (bundle / searchstream.PARTS).read_text() == "{}"


def test_the_pages_of_a_part_are_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(searchstream.PART_PAGES_ENV, "many")
    with pytest.raises(ServiceError, match=r"'many' is not a number of pages, e\.g\. 2500"):
        searchstream.part_pages()


def test_parts_have_smaller_word_files_so_a_search_fetches_about_as_much(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(searchstream.PART_PAGES_ENV, "2500")
    assert searchstream.chunk_size(2400) is None  # one part: Pagefind's own
    assert searchstream.chunk_size(20_000) == 2500  # eight parts: files an eighth of the size
    assert searchstream.chunk_size(10**7) == searchstream.MIN_CHUNK
    # Whole parts: 20,005 pages in 8 parts of 2,501 (not a ninth of 5 pages); 3,000 in one.
    assert (searchstream.parts_of(20_005), searchstream.part_size(20_005)) == (8, 2501)
    assert (searchstream.parts_of(3000), searchstream.part_size(3000)) == (1, 3000)
    assert searchstream.part_size(0) == 2500  # not known: parts of PART_PAGES
    monkeypatch.setenv(searchstream.PART_PAGES_ENV, "2")
    indexing = searchstream.Indexing()
    indexing.expect(4)
    indexing.add("/0/", page("Page", "Words"))
    assert indexing.current is not None and indexing.current.chunk == 10_000
    indexing.close()
    words = " ".join(f"word{number}" for number in range(1500))
    for name, chunk in (("small", 1000), ("default", None)):
        stream = searchstream.Stream(chunk)
        for number in range(2):
            stream.add(f"/{number}/", page(f"Page {number}", words))
        stream.write(tmp_path / name)
    files = {name: len(list((tmp_path / name / "index").iterdir())) for name in ("small", "default")}
    assert files["default"] == 1 and files["small"] >= 3
