"""Citation locators in the Persian edition: the archive's structural words ("para. 3", "first
sentence", "infobox") in Persian with Persian digits, the source's quoted words kept verbatim and
marked in its language, a locator with an unknown word left to the data's own Persian locator or
else shown in English; English pages and the model's schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from casearchive.i18n import locators, missing
from casearchive.i18n.locators import Part
from casearchive.load import archive as load
from casearchive.model import schema
from casearchive.model.records import Citation, FaCitation
from casearchive.render import renderer
from casearchive.render.pagetext import PageText
from helpers import FIXTURE_DATA, run_doctests

LATIN_DIGIT = re.compile(r"[0-9]")


def test_doctests() -> None:
    run_doctests(locators, at_least=3)


@pytest.mark.parametrize(("english", "persian"), [
    ("para. 3", "بند ۳"),
    ("para. 15", "بند ۱۵"),
    ("paras. 1-2", "بندهای ۱–۲"),
    ("paragraph 4", "بند ۴"),
    ("p. 7", "ص ۷"),
    ("pp. 12–14", "صص ۱۲–۱۴"),
    ("p. 1 (cover page)", "ص ۱ (صفحهٔ جلد)"),
    ("p. 12 of the report", "ص ۱۲ گزارش"),
    ("first sentence", "جملهٔ نخست"),
    ("second paragraph", "بند دوم"),
    ("Fourth paragraph", "بند چهارم"),
    ("Introduction, para. 4", "مقدمه، بند ۴"),
    ("page text, para. 3", "متن صفحه، بند ۳"),
    ("lead (second paragraph)", "بخش آغازین (بند دوم)"),
    ("lead section", "بخش آغازین"),
    ("heading and para. 1", "سرعنوان و بند ۱"),
    ("heading, under the title", "سرعنوان، زیر عنوان"),
    ("title page, before the contents", "صفحهٔ عنوان، پیش از فهرست مطالب"),
    ("opening, before para. 1", "آغاز متن، پیش از بند ۱"),
    ("opening summary, before the table of contents", "خلاصهٔ آغازین، پیش از فهرست مطالب"),
    ("remarks, para. 4 (the first quotation)", "سخنان، بند ۴ (نقل‌قول نخست)"),
    ("introductory line above the remarks", "سطر آغازین بالای سخنان"),
    ("caption of the photo at the top of the page", "زیرنویس عکس بالای صفحه"),
    ("document 106", "سند ۱۰۶"),
    ("point 2", "مورد ۲"),
    ('infobox ("Died"); first sentence', "جعبهٔ اطلاعات («Died»)؛ جملهٔ نخست"),
    ('front matter, "Photographs" credit', "صفحات آغازین، سطر اعتبار «Photographs»"),
    ("section “Arrest”", "بخش «Arrest»"),
])
def test_known_patterns_in_persian(english: str, persian: str) -> None:
    assert locators.persian(english) == persian


@pytest.mark.parametrize("english", ["para. 3", "paras. 1-2", "p. 635", "document 106", "pp. 12–14"])
def test_numbers_in_persian_digits(english: str) -> None:
    found = locators.parts(english)
    assert found is not None
    assert not any(LATIN_DIGIT.search(p.text) for p in found if not p.kept)


@pytest.mark.parametrize(("english", "kept"), [
    ('section "Pourmohammadi’s role in the 1988 Massacre"', ["Pourmohammadi’s role in the 1988 Massacre"]),
    ('infobox ("Accused")', ["Accused"]),
    ('field "Position at the time of 1988 massacre"', ["Position at the time of 1988 massacre"]),
    ('section "A", para. 2, section "B"', ["A", "B"]),
    ("MDE 13/31/88", ["MDE 13/31/88"]),
    ("00:13:20", ["00:13:20"]),
])
def test_the_source_words_are_kept_verbatim(english: str, kept: list[str]) -> None:
    found = locators.parts(english)
    assert found is not None
    assert [p.text for p in found if p.kept] == kept  # the 1988 inside stays in Latin digits


@pytest.mark.parametrize("english", [
    "Montazeri's memoirs, p. 635, as quoted",  # never 'Montazeri's memoirs، ص ۶۳۵، as quoted'
    "1. Overview, para. 1",
    "Iran chapter, opening paragraph",
    "profile text, para. 6 (after the quoted decree)",
    "p. 12 of the report, as given by the NCRI",
    "para 3",  # the archive writes para. with its point
    "paragraph. 3",
    "para. 3a",
    "infobox (casualties)",
    "<b>para. 3</b>",
    'section "Arrest',  # a quotation mark left open
    "",
    "(), ;",  # punctuation only
    "para. 3 \x00",
])
def test_an_unknown_word_gives_none(english: str) -> None:
    assert locators.parts(english) is None


def _citation(locator: str, fa: str | None = None) -> Citation:
    return Citation(source_id="hrw-2022-qa", locator=locator, fa=FaCitation(locator=fa) if fa else None)


def test_a_persian_page_shows_the_locator_in_persian_with_the_source_words_marked() -> None:
    shown = PageText("fa").locator(_citation('infobox ("Accused"), para. 3'), "en")
    assert shown == 'جعبهٔ اطلاعات &#40;«<span lang="en" dir="ltr">Accused</span>»&#41;، بند ۳'


def test_quoted_words_that_look_like_html_are_escaped() -> None:
    # The model refuses tags in a locator; the page escapes them all the same.
    citation = Citation.model_construct(source_id="hrw-2022-qa", locator='section "<script>x</script>"',
                                        fa=None)
    shown = str(PageText("fa").locator(citation, "en"))
    assert "<script>" not in shown
    assert shown == 'بخش «<span lang="en" dir="ltr">&#60;script&#62;x&#60;/script&#62;</span>»'
    entity = str(PageText("fa").locator(_citation('section "&lt;b&gt; & a < b"'), "en"))
    assert entity == 'بخش «<span lang="en" dir="ltr">&#38;lt;b&#38;gt; &#38; a &#60; b</span>»'


def test_the_data_persian_locator_comes_before_the_english_one() -> None:
    page = PageText("fa")
    memoir = "Montazeri's memoirs, p. 635, as quoted"
    assert page.locator(_citation(memoir), "en") == (
        "<span lang=\"en\" dir=\"ltr\">Montazeri&#39;s memoirs, p. 635, as quoted</span>")
    assert page.locator(_citation(memoir, "خاطرات منتظری، ص ۶۳۵، به نقل از منبع"), "en") == (
        "خاطرات منتظری، ص ۶۳۵، به نقل از منبع")
    # An editor's Persian replaces the automatic one.
    assert page.locator(_citation("para. 3", "بند سوم"), "en") == "بند سوم"


def test_an_english_page_shows_the_locator_as_written() -> None:
    assert str(PageText("en").locator(_citation('infobox ("Accused"), para. 3', "بند ۳"), "en")) == (
        "infobox &#40;&#34;Accused&#34;&#41;, para. 3")


PERSON = """\
name: Locator Person
name_original: شخص نمونه
citations:
  - source_id: hrw-2022-qa
    locator: infobox ("Accused & a < b"), para. 12
    excerpt: Accused
  - source_id: seed-article
    locator: Montazeri's memoirs, p. 635, as quoted
    excerpt: seven hundred and fifty
    fa:
      locator: خاطرات منتظری، ص ۶۳۵، به نقل از منبع
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = tmp_path_factory.mktemp("data")
    (data / "sources").mkdir()
    for source in (FIXTURE_DATA / "sources").glob("*.yml"):
        (data / "sources" / source.name).write_bytes(source.read_bytes())
    (data / "persons").mkdir()
    (data / "persons" / "locator-person.yml").write_text(PERSON, encoding="utf-8")
    archive, problems = load.load_archive(data)
    assert not problems
    item = archive.get("locator-person")
    return {lang: renderer.Renderer(archive).in_language(lang).record_page(item) for lang in ("en", "fa")}


def test_the_persian_page_reference_list_has_persian_locators(pages: dict[str, str]) -> None:
    fa = pages["fa"]
    assert ('جعبهٔ اطلاعات &#40;«<span lang="en" dir="ltr">Accused &#38; a &#60; b</span>»&#41;، '
            "بند ۱۲" in fa)
    assert "خاطرات منتظری، ص ۶۳۵، به نقل از منبع" in fa
    assert "para. 12" not in fa and "memoirs" not in fa


def test_the_english_page_keeps_the_english_locators(pages: dict[str, str]) -> None:
    en = pages["en"]
    assert "infobox &#40;&#34;Accused &#38; a &#60; b&#34;&#41;, para. 12" in en
    assert "Montazeri&#39;s memoirs, p. 635, as quoted" in en
    assert "بند" not in en and "خاطرات" not in en


def test_the_model_takes_a_persian_locator_only_in_persian() -> None:
    assert _citation("1. Overview, para. 1", "بخش ۱ («Overview»)، بند ۱").fa.locator == (  # type: ignore[union-attr]
        "بخش ۱ («Overview»)، بند ۱")
    with pytest.raises(ValidationError, match="no Persian letters"):
        FaCitation(locator="para. 3")


def test_the_schema_has_the_persian_locator() -> None:
    events = json.loads(schema.schemas()["events.schema.json"])
    fields = events["$defs"]["FaCitation"]["properties"]
    assert "locator" in fields and "note" in fields
    assert "automatic rendering" in fields["locator"]["description"]


def test_check_asks_for_a_persian_locator_only_where_the_archive_cannot_render_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    for source in (FIXTURE_DATA / "sources").glob("*.yml"):
        (data / "sources" / source.name).write_bytes(source.read_bytes())
    (data / "persons").mkdir()
    (data / "persons" / "p.yml").write_text(
        "name: P\nname_original: پ\ncitations:\n"
        "  - source_id: hrw-2022-qa\n    locator: para. 3\n"
        "  - source_id: seed-article\n    locator: Iran chapter, opening paragraph\n", encoding="utf-8")
    archive, problems = load.load_archive(data)
    assert not problems
    warned = [p for p in missing.missing_persian(archive) if "locator" in p.message]
    assert [p.message.split("'")[1] for p in warned] == ["Iran chapter, opening paragraph"]


def test_every_locator_in_the_data_is_in_persian() -> None:
    """Every citation of data/ shows its locator in Persian: rendered, or given in fa."""
    archive, _ = load.load_archive(Path(__file__).parents[1] / "data")
    left = [p.message for p in missing.missing_persian(archive) if "fa: {locator" in p.message]
    assert not left


def test_parts_are_plain_data() -> None:
    assert locators.parts("p. 2") == (Part("ص ۲"),)
