"""The Persian edition of the built fixture site: every page has a Persian twin at /fa/<same path>,
right to left, that the language switcher links to and back; claim anchors and citations are the
same in both; English standing in for a missing translation is marked and tagged as English; a
folded search query finds a record by the spellings readers type."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import markdown
import pytest
import yaml

from casearchive.i18n.folding import fold, joined
from casearchive.i18n.labels import LABELS
from casearchive.load import archive as load
from casearchive.render import renderer
from helpers import FIXTURE_DATA, REPO, run_doctests
from test_site_scan import pages

CLAIM_ID = re.compile(r"^(record|born|died|date|original|(position|role|participant|date|translation|value)"
                      r"-[0-9a-f]{8})$")


SOURCE_LINK = re.compile(r"(?:^|/)sources/([a-z0-9-]+)/(?:#|$)")


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the page's visible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def first(self, tag: str, **wanted: str) -> dict[str, str]:
        return next(a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in wanted.items()))


def _read(site: Path, path: str) -> Tags:
    return Tags((site / path).read_text(encoding="utf-8"))


def english_pages(site: Path) -> list[str]:
    """The English pages of a built site: not the Persian ones, the 404 page or redirect stubs."""
    return [path for path, page in pages(site).items()
            if not path.startswith(("fa/", "assets/")) and path != "404.html"
            and 'http-equiv="refresh"' not in (site / path).read_text(encoding="utf-8")]


def _switcher(site: Path, path: str, lang: str) -> str:
    """Where the language switcher of a page leads for `lang`, as a path inside the site."""
    href = _read(site, path).first("a", hreflang=lang,
                                   **{"class": "md-header__button ca-lang__link"})["href"]
    target = urljoin(f"http://site.invalid/{path}", href).removeprefix("http://site.invalid/")
    return target + "index.html" if target.endswith("/") or not target else target


def test_every_english_page_has_a_persian_twin_the_switcher_links_to(fixture_site: Path) -> None:
    site = fixture_site
    english = english_pages(site)
    assert len(english) > 30 and "archive/persons/jane-official/index.html" in english
    for path in english:
        assert (site / "fa" / path).is_file(), f"{path} has no Persian twin"
        assert _switcher(site, path, "fa") == f"fa/{path}", path
        assert _switcher(site, f"fa/{path}", "en") == path, path


def test_every_persian_page_is_persian_and_right_to_left(fixture_site: Path) -> None:
    site = fixture_site
    persian = [p for p in pages(site) if p.startswith("fa/")]
    assert len(persian) > 30
    for path in persian:
        html = (site / path).read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue
        tags = Tags(html)
        assert tags.first("html")["lang"] == "fa", path
        assert tags.first("body").get("dir") == "rtl", path


def test_english_standing_in_for_persian_is_marked_and_tagged_english(fixture_site: Path) -> None:
    site = fixture_site
    decree = (site / "fa/archive/events/decree/index.html").read_text(encoding="utf-8")
    heading = Tags(re.search(r"<h1.*?</h1>", decree, re.S).group())  # type: ignore[union-attr]
    assert "".join(heading.text).startswith("The decree (ترجمه نشده)")
    assert heading.first("span", lang="en", dir="ltr", **{"class": "ca-fallback"})
    fallbacks = 0
    for path in (p for p in pages(site) if p.startswith("fa/")):
        for tag, attrs in _read(site, path).tags:
            if "ca-fallback" in attrs.get("class", "").split():
                fallbacks += 1
                assert (attrs.get("lang"), attrs.get("dir")) == ("en", "ltr"), (path, tag, attrs)
    assert fallbacks > 50


def test_a_persian_value_is_shown_unmarked(fixture_site: Path) -> None:
    case = _read(fixture_site, "fa/archive/cases/iran-1988-prison-massacres/index.html")
    heading = "".join(case.text).split("اعدام‌های دسته‌جمعی زندانیان سیاسی در ۱۳۶۷", 1)
    assert len(heading) == 2 and not heading[0].strip().endswith("(ترجمه نشده)")
    place = (fixture_site / "fa/archive/places/evin-prison/index.html").read_text(encoding="utf-8")
    assert "<h1" in place and "زندان اوین" in place and "<strong>نوع:</strong> زندان" in place


def test_dates_and_figures_are_in_persian_digits_with_the_solar_hijri_date(fixture_site: Path) -> None:
    site = fixture_site
    event = "".join(_read(site, "fa/archive/events/decree/index.html").text)
    assert "۲۸ ژوئیهٔ ۱۹۸۸ (۶ مرداد ۱۳۶۷؛ نامطمئن)" in event
    toll = "".join(_read(site, "fa/archive/estimates/toll-1988/index.html").text)
    assert "۲٬۸۰۰–۵٬۰۰۰" in toll and "بیش از ۳۰٬۰۰۰" in toll and "2,800" not in toll


def _claims_and_sources(site: Path, path: str) -> tuple[set[str], set[str]]:
    tags = _read(site, path).tags
    ids = {a["id"] for _, a in tags if CLAIM_ID.match(a.get("id", ""))}
    cited = {m.group(1) for t, a in tags if t == "a" and "ca-lang__link" not in a.get("class", "")
             for m in [SOURCE_LINK.search(a.get("href", ""))] if m}
    return ids, cited


def test_claim_anchors_and_citations_are_the_same_in_both_editions(fixture_site: Path) -> None:
    site = fixture_site
    records = [p for p in english_pages(site) if re.match(r"archive/\w+/[\w-]+/index.html", p)
               and not p.startswith(("archive/data/", "archive/reference/"))]
    assert len(records) > 15
    for path in records:
        english, persian = _claims_and_sources(site, path), _claims_and_sources(site, f"fa/{path}")
        assert english == persian, path
    person, cited = _claims_and_sources(site, "archive/persons/jane-official/index.html")
    assert {"record", "born"} < person and any(i.startswith("position-") for i in person)
    assert cited == {"hrw-2022-qa", "seed-article"}


def test_a_former_id_redirects_in_the_persian_edition_too(fixture_site: Path) -> None:
    stub = (fixture_site / "fa/archive/persons/jane-officer/index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../jane-official/"' in stub


def test_the_offline_copy_builds_the_same_editions() -> None:
    def i18n(name: str) -> dict[str, Any]:
        config = yaml.load((REPO / name).read_text(encoding="utf-8"), Loader=_EnvLoader)
        found = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
        found.pop("reconfigure_search")
        for language in found["languages"]:
            language.pop("fixed_link")  # the offline copy's links end in index.html
        return dict(found)

    assert i18n("mkdocs.offline.yml") == i18n("mkdocs.yml")


def test_every_navigation_label_has_a_persian_one() -> None:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)

    def titles(items: list[Any]) -> set[str]:
        found: set[str] = set()
        for item in items:
            for title, value in item.items():
                found |= {title} | (titles(value) if isinstance(value, list) else set())
        return found

    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    persian = next(lang for lang in i18n["languages"] if lang["locale"] == "fa")
    assert titles(config["nav"]) == set(persian["nav_translations"])
    assert persian["site_name"] and persian["copyright"]


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tags read as plain values."""


_EnvLoader.add_constructor("!ENV", lambda loader, node: None)
_EnvLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, name, node: name)


# Search: a folded query (docs/javascripts/fold.js) must find its words on the page as words,
# since a search engine that indexes page text (Pagefind) knows only the text. search.js asks for
# the folded query and for its `joined` form (no spaces between Persian words).
KHAMENEI = """\
name: Ali Khamenei
name_original: علی خامنه‌ای
aliases: [Seyyed Ali Hosseini Khamenei]
born:
  date: 1939-04-19
  citations:
    - source_id: hrw-2022-qa
citations:
  - source_id: hrw-2022-qa
"""
POUR_NAJJAR = """\
name: Reza Pour Najjar
name_original: رضا پور نجار
citations:
  - source_id: hrw-2022-qa
"""
QUERIES = ["علي خامنه‌اي", "خامنه ای", "خامنهاي", "علی خامنهای", "علیخامنه ای", "علی خامنه ای",
           "۱۳۱۸", "1318", "khamenei", "hosseini khamenei", "۱۹ آوریل ۱۹۳۹"]
SPACED_QUERIES = ["پورنجار", "پور نجار", "پور‌نجار", "رضا پورنجار", "رضاپور نجار", "رضاپورنجار"]
"""For a name written with a space (پور نجار): typed without one, or with a ZWNJ."""


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _finds(query: str, page_words: set[str]) -> bool:
    """Whether a search given fold(query), or else joined(query), finds the page: every word of
    the one or of the other is on it."""
    return any(set(form.split()) <= page_words for form in (fold(query), joined(query)))


def _persian_page(data: Path, record_id: str) -> str:
    archive, problems = load.load_archive(data)
    assert not problems
    page = renderer.Renderer(archive).in_language("fa").record_page(archive.get(record_id))
    return markdown.markdown(page.split("---", 2)[2], extensions=["attr_list"])


@pytest.fixture(scope="module")
def persian_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    for kind in ("sources",):
        (data / kind).mkdir()
        for source in (FIXTURE_DATA / kind).glob("*.yml"):
            (data / kind / source.name).write_bytes(source.read_bytes())
    (data / "persons").mkdir()
    (data / "persons" / "ali-khamenei.yml").write_text(KHAMENEI, encoding="utf-8")
    (data / "persons" / "reza-pour-najjar.yml").write_text(POUR_NAJJAR, encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def khamenei_page(persian_data: Path) -> str:
    return _persian_page(persian_data, "ali-khamenei")


@pytest.fixture(scope="module")
def pour_najjar_page(persian_data: Path) -> str:
    return _persian_page(persian_data, "reza-pour-najjar")


@pytest.mark.parametrize("query", QUERIES)
def test_a_folded_query_finds_the_persian_page(query: str, khamenei_page: str) -> None:
    assert _finds(query, _words("".join(Tags(khamenei_page).text)))


@pytest.mark.parametrize("query", SPACED_QUERIES)
def test_a_name_written_with_a_space_is_found_typed_without_one(
        query: str, pour_najjar_page: str) -> None:
    assert _finds(query, _words("".join(Tags(pour_najjar_page).text)))


def test_the_spaceless_form_is_what_finds_a_name_typed_with_a_space(khamenei_page: str) -> None:
    keys = re.search(r'<p class="ca-search-keys"[^>]*>(.*?)</p>', khamenei_page)
    assert keys is not None
    words = _words(keys.group(1))  # the hidden keys: folded, so خامنه‌ای is one word there
    assert not set(fold("خامنه ای").split()) <= words  # ای is no word of the keys
    assert set(joined("خامنه ای").split()) <= words
    assert not _finds("سید علی خامنه ای", words)  # the joined form needs every part on the page


def test_without_the_search_keys_the_variants_would_not_be_found(
        khamenei_page: str, pour_najjar_page: str) -> None:
    shown = re.sub(r'<p class="ca-search-keys"[^>]*>.*?</p>', "", khamenei_page)
    words = _words("".join(Tags(shown).text))
    assert not _finds("علي خامنه‌اي", words) and not _finds("1318", words)
    assert "ca-search-keys" in khamenei_page and 'aria-hidden="true"' in khamenei_page
    shown = re.sub(r'<p class="ca-search-keys"[^>]*>.*?</p>', "", pour_najjar_page)
    assert not _finds("پورنجار", _words("".join(Tags(shown).text)))


def test_the_404_page_is_english_and_the_persian_one_is_under_fa(fixture_site: Path) -> None:
    site = fixture_site
    english, persian = _read(site, "404.html"), _read(site, "fa/404.html")
    assert english.first("html")["lang"] == "en" and english.first("body").get("dir") == "ltr"
    assert persian.first("html")["lang"] == "fa" and persian.first("body").get("dir") == "rtl"
    # The other edition's home, not the links of the page built last; relative to the page's
    # <base>, the site's root (mkdocs/editions.relative_404).
    switcher = [a["href"] for t, a in english.tags if "ca-lang__link" in a.get("class", "")]
    assert switcher == ["fa/"]
    switcher = [a["href"] for t, a in persian.tags if "ca-lang__link" in a.get("class", "")]
    assert switcher == ["./"]


def _article(html: str) -> str:
    return html.split('<article', 1)[1].split(">", 1)[1].split("</article>", 1)[0]


def test_the_persian_404_page_reads_in_persian_and_leads_into_the_persian_edition(
        fixture_site: Path) -> None:
    html = (fixture_site / "fa" / "404.html").read_text(encoding="utf-8")
    title = LABELS["notfound.title"]["fa"]
    assert f"<title>{title} - " in html and f"<h1>{title}</h1>" in html
    article = _article(html)
    links = re.findall(r'<a href="([^"]*)"', article)
    # Relative to the page's <base> (the site's root): all into fa/, but the English home.
    assert len(links) >= 12 and [href for href in links if not href.startswith("fa/")] == ["./"]
    # Latin letters only in the English line and in isolated runs (JSON, CSV).
    english = re.findall(r'<p lang="en" dir="ltr">(.*?)</p>', article)
    assert english and "Page not found" in english[0]
    rest = re.sub(r'<p lang="en" dir="ltr">.*?</p>|<bdi dir="ltr">[A-Z]+</bdi>|<[^>]+>', "", article)
    assert not re.search("[A-Za-z]", rest), rest
    # The English 404 page, served for unknown addresses under fa/ too, says it in Persian.
    english_page = _article((fixture_site / "404.html").read_text(encoding="utf-8"))
    assert "<h1>Page not found</h1>" in english_page
    assert f'<p lang="fa" dir="rtl">{title}: <a href="fa/">' in english_page


def test_every_persian_page_describes_itself_in_persian_for_link_previews(fixture_site: Path) -> None:
    """A preview's description (meta description, og: and twitter:) is Persian on a Persian page,
    also where a record's summary or a statement's words have no Persian version (the fixture
    archive has few): proper names and titles may stay in their own letters."""
    checked, english = 0, []
    for path in sorted((fixture_site / "fa").rglob("*.html")):
        html_text = path.read_text(encoding="utf-8")
        found = {name: re.search(rf'<meta (?:name|property)="{name}" content="([^"]*)"', html_text)
                 for name in ("description", "og:description", "twitter:description")}
        if 'http-equiv="refresh"' in html_text:
            continue
        texts = {name: m.group(1) if m else None for name, m in found.items()}
        assert len(set(texts.values())) == 1 and texts["description"], path
        description = texts["description"] or ""
        checked += 1
        if len(re.findall("[\u0600-\u06ff]", description)) <= len(re.findall("[A-Za-z]", description)):
            english.append(f"{path.relative_to(fixture_site)}: {description}")
    assert checked > 20 and english == []


def _heading_ids(path: Path) -> list[str]:
    return re.findall(r'<h[1-6][^>]* id="([^"]*)"', path.read_text(encoding="utf-8"))


def test_persian_headings_have_ids_that_mean_something(fixture_site: Path) -> None:
    """No Persian heading is `#_1`: its id is the English heading's (sections, the figures and
    dates of the overview and contested facts, the home page's sections) or its own words; and
    a section's link works in both editions."""
    meaningless = [(str(path.relative_to(fixture_site)), i) for path in (fixture_site / "fa").rglob("*.html")
                   for i in _heading_ids(path) if re.fullmatch(r"_\d+", i)]
    assert meaningless == []
    for page in ("archive/overview/index.html", "archive/contested/index.html", "index.html"):
        english, persian = _heading_ids(fixture_site / page), _heading_ids(fixture_site / "fa" / page)
        # All but the page's title; the Persian home page has one section fewer.
        shared = set(english[1:]) & set(persian[1:])
        assert len(shared) >= 5 and shared >= set(english[1:] if page != "index.html" else persian[1:]), page
    assert _heading_ids(fixture_site / "fa" / "index.html")[0] == "بایگانی-پرونده\u200cهای-ایران"


def test_heading_ids_doctests() -> None:
    from casearchive.mkdocs import headings
    run_doctests(headings, at_least=3)
