"""The offline copy: one reproducible zip of the whole site that works from file:// with the
network off, search included, and whose every file a reader can check against its manifest."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from casearchive.i18n.folding import matches
from casearchive.publish import build, offline
from helpers import build_site, chromium, generate, make_project
from readersafety import scan_site

# A person found only through an alias or a Persian spelling, not through the English name.
RAISI = """\
name: Ebrahim Raisi
name_original: ابراهیم رئیسی
aliases: [Raisol-Sadati]
summary: Iranian cleric.
fa:
  summary: روحانی ایرانی.
citations:
  - source_id: hrw-2022-qa
    locator: para. 3
"""
# An event whose title sorts first, to show that the person's own page ranks above it.
APPOINTMENT = """\
case_id: iran-1988-prison-massacres
title: Appointment of Ebrahim Raisi
date: 1988-07
summary: Raisi was appointed, according to Human Rights Watch.
citations:
  - source_id: hrw-2022-qa
    locator: para. 3
"""
# Enough posts at one organisation that its list continues on a page of its own, whose source
# markers link back to the organisation's reference list.
MEMBER = """\
name: Member {n}
summary: Official.
positions:
  - title: Clerk
    organisation_id: death-commission
    start: 1988
    citations:
      - source_id: hrw-2022-qa
        locator: para. {n}
citations:
  - source_id: hrw-2022-qa
    locator: para. 3
"""
EXTRA = {"persons/ebrahim-raisi.yml": RAISI, "events/raisi-appointment.yml": APPOINTMENT,
         **{f"persons/member-{n}.yml": MEMBER.format(n=n) for n in range(1, 31)}}
PERSON_PAGE = "archive/persons/ebrahim-raisi.html"


def _build(folder: Path) -> Path:
    root = make_project(folder, extra=EXTRA)
    archive = generate(root)
    target = folder / "dist" / f"{offline.NAME}.zip"
    assert offline.build(build.Project(root), archive, "abc123", target) == 0
    return target


@pytest.fixture(scope="module")
def zip_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("offline"))


@pytest.fixture(scope="module")
def copy(zip_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(zip_file) as archive:
        archive.extractall(folder)
    return folder / offline.NAME


def _manifest(copy: Path) -> dict[str, str]:
    lines = (copy / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def test_the_zip_unpacks_to_one_folder_of_html_pages(zip_file: Path, copy: Path) -> None:
    with zipfile.ZipFile(zip_file) as archive:
        assert {name.split("/")[0] for name in archive.namelist()} == {offline.NAME}
    assert (copy / "index.html").is_file() and (copy / PERSON_PAGE).is_file()
    hrefs = re.findall(r'href="([^"#]+)"', (copy / PERSON_PAGE).read_text(encoding="utf-8"))
    internal = [h for h in hrefs if not h.startswith(("http", "https&#58;"))]
    assert internal and all(h.endswith((".html", ".css", ".png", ".json", ".csv")) for h in internal), internal
    page_dir = (copy / PERSON_PAGE).parent
    assert all((page_dir / h).resolve().is_file() for h in internal), internal


@pytest.mark.parametrize("edition", ["", "fa/"])
def test_source_markers_on_continuation_pages_reach_their_reference(copy: Path, edition: str) -> None:
    folder = copy / edition / "archive" / "organisations"
    continued = sorted(folder.glob("death-commission--*-2.html"))
    assert continued, sorted(p.name for p in folder.iterdir())
    markers = re.findall(r'<a class="ca-ref[^"]*" href="([^"]+)"', continued[0].read_text(encoding="utf-8"))
    assert len(markers) >= 5
    for href in markers:
        file, _, anchor = href.partition("#")
        target = (continued[0].parent / file).resolve()
        assert file.endswith(".html") and target.is_file(), href
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_the_manifest_lists_and_matches_every_other_file(copy: Path) -> None:
    listed = _manifest(copy)
    files = set(offline.files_in(copy)) - {"MANIFEST.sha256"}
    assert set(listed) == files
    assert all(hashlib.sha256((copy / n).read_bytes()).hexdigest() == d for n, d in listed.items())
    assert f"It has {len(files) + 1} files" in (copy / "VERIFY.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils' sha256sum is missing")
def test_sha256sum_accepts_the_copy_and_names_a_changed_file(copy: Path, tmp_path: Path) -> None:
    check = ["sha256sum", "-c", "--quiet", "MANIFEST.sha256"]
    assert subprocess.run(check, cwd=copy, capture_output=True).returncode == 0
    changed = tmp_path / "changed"
    shutil.copytree(copy, changed)
    with (changed / PERSON_PAGE).open("a", encoding="utf-8") as page:
        page.write("<script>alert(1)</script>")
    result = subprocess.run(check, cwd=changed, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout == f"{PERSON_PAGE}: FAILED\n"


def test_the_same_data_gives_a_byte_identical_zip(zip_file: Path, tmp_path: Path) -> None:
    assert _build(tmp_path).read_bytes() == zip_file.read_bytes()


def test_the_copy_holds_no_search_plugin_sitemap_or_source_map(copy: Path) -> None:
    names = offline.files_in(copy)
    assert not [n for n in names if "lunr" in n or "workers" in n or "sitemap" in n or n.endswith(".map")]


def test_the_copy_contacts_no_third_party(copy: Path) -> None:
    assert scan_site(copy) == []


def test_the_index_finds_people_by_alias_and_by_persian_spelling(tmp_path: Path) -> None:
    archive, _ = build.check_archive(make_project(tmp_path, extra=EXTRA) / "data")
    entries = {e[0]: dict(zip(offline.ENTRY_FIELDS, e, strict=True)) for e in offline.index_entries(archive)}
    raisi, jane = entries[PERSON_PAGE], entries["archive/persons/jane-official.html"]
    assert (raisi["title"], raisi["persian"], raisi["kind"]) == ("Ebrahim Raisi", "ابراهیم رئیسی", "person")
    for query in ("Raisol Sadati", "raisolsadati", "رئيسي", "ابراهيم"):
        assert matches(query, raisi["names"]) and not matches(query, jane["names"]), query
    assert matches("روحاني", raisi["text"])  # the fa summary, typed with an Arabic yeh
    script = offline.index_script(offline.index_entries(archive))
    assert script.startswith("window.caSearchIndex = {") and script.isascii()


def test_offline_pages_load_everything_online_pages_load(copy: Path, tmp_path: Path) -> None:
    online = build_site(make_project(tmp_path, extra=EXTRA))

    def assets(html: str) -> set[str]:
        found = re.findall(r'(?:<script (?:defer )?src|<link rel="stylesheet" href)="([^"]+)"', html)
        return {Path(u).name for u in found}

    online_page = (online / "archive/persons/ebrahim-raisi/index.html").read_text(encoding="utf-8")
    # Pagefind, the online search, and its dialog (search.js) cannot run from file:// (see
    # offline-search.js, which replaces them).
    online_assets = {name for name in assets(online_page) if "pagefind" not in name and name != "search.js"}
    offline_assets = assets((copy / PERSON_PAGE).read_text(encoding="utf-8"))
    assert online_assets and online_assets <= offline_assets
    assert offline_assets - online_assets == {"offline-search.js"}


def test_the_copy_works_from_disk_with_the_network_off(copy: Path) -> None:
    from playwright.sync_api import Route, sync_playwright

    requested: list[str] = []
    failed: list[str] = []
    errors: list[str] = []

    def refuse(route: Route) -> None:
        requested.append(route.request.url)
        route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        context = browser.new_context()
        context.route(re.compile(r"^(?!file:)"), refuse)
        page = context.new_page()
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((copy / "index.html").as_uri())
        page.click("nav.md-nav--primary >> text=People")
        page.click("article >> text=Ebrahim Raisi")
        assert page.url == (copy / PERSON_PAGE).as_uri()
        assert page.locator("h1").inner_text().startswith("Ebrahim Raisi")
        search = page.locator(".ca-offline-search input")
        for query in ("Raisol-Sadati", "رئيسي"):  # an alias; the Persian name typed with Arabic letters
            search.fill(query)
            page.wait_for_selector(".ca-offline-results a")
            assert page.locator(".ca-offline-results a").all_inner_texts() == ["Ebrahim Raisi · ابراهیم رئیسی person"]
        search.fill("raisi")
        page.wait_for_selector(".ca-offline-results a >> nth=1")
        assert page.locator(".ca-offline-results a").all_inner_texts() == [
            "Ebrahim Raisi · ابراهیم رئیسی person", "Appointment of Ebrahim Raisi event"]
        page.goto((copy / "about" / "privacy.html").as_uri())
        search.fill("official")
        page.wait_for_selector(".ca-offline-results a")
        page.click(".ca-offline-results a >> text=Jane Official")
        assert page.url == (copy / "archive/persons/jane-official.html").as_uri()
        browser.close()
    assert (requested, failed, errors) == ([], [], [])


def test_the_persian_edition_is_in_the_copy_and_searches_in_persian(copy: Path) -> None:
    from playwright.sync_api import sync_playwright

    persian = copy / "fa" / PERSON_PAGE
    assert persian.is_file() and 'lang="fa"' in persian.read_text(encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((copy / "fa" / "archive/persons/jane-official.html").as_uri())
        page.locator(".ca-offline-search input").fill("رئيسي")  # Arabic yeh, as some keyboards type it
        page.wait_for_selector(".ca-offline-results a")
        assert page.locator(".ca-offline-results a").all_inner_texts() == ["ابراهیم رئیسی · Ebrahim Raisi فرد"]
        page.click(".ca-offline-results a")
        assert page.url == persian.as_uri()
        page.goto((copy / "index.html").as_uri())
        switcher = [a.get_attribute("href") for a in page.query_selector_all(".ca-lang__link")]
        browser.close()
    assert switcher == ["fa/index.html"] and errors == []
