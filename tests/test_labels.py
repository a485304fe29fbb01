"""The interface strings: every one in English and Persian with the same placeholders, every one
used, and every one a template asks for defined."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import get_args

import pytest

from casearchive.i18n import labels
from casearchive.i18n.labels import LABELS, LANGUAGE_NAMES, LANGUAGE_NAMES_EN
from casearchive.i18n.wording import Wording
from casearchive.mkdocs import themewords
from casearchive.model.records import KINDS, EstimateValue, NoUrl, SourceKind
from casearchive.render import renderer
from helpers import run_doctests

PACKAGE = Path(renderer.__file__).parent
TEMPLATES = sorted((PACKAGE / "templates").glob("*.j2"))
THEME = sorted((PACKAGE.parents[2] / "overrides").rglob("*.html"))
"""The theme's own templates, which ask for strings with ca_words (mkdocs/themewords.py)."""
# Keys that code builds from a value (a source's kind, a folder, a qualifier...), each family
# with the values it must cover.
FAMILIES = {
    "source.": [k.value for k in SourceKind], "kind_help.": [k.value for k in SourceKind],
    "kind.": list(KINDS), "index.": list(KINDS), "no_url.": [reason.value for reason in NoUrl],
    "qualifier.": [q for q in get_args(EstimateValue.model_fields["qualifier"].annotation) if q != "exactly"],
    "nouns.": ["record", "event", "contested_figure", "statement", "figure", "citation", "case"],
    "noun.": ["record", "event", "contested_figure", "statement", "figure", "citation", "case"],
    "month.": [str(month) for month in range(1, 13)],
    "search.": list(themewords.SCRIPT_WORDS),
    "claim.": ["record", "born", "died", "post", "role_in", "role_of", "figure", "date_given", "date",
               "translation"],
}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_string_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    assert set(LABELS[key]) == {"en", "fa"}
    english, persian = LABELS[key]["en"], LABELS[key]["fa"]
    assert english.strip() and persian.strip()
    assert _placeholders(english) == _placeholders(persian)
    # Persian words, or at least Persian punctuation («» for “”): never the English left as is.
    assert re.search("[\u0600-\u06ff]", persian) or persian != english, f"{key}: not translated"


def _sources() -> str:
    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in [*TEMPLATES, *THEME, *PACKAGE.parent.rglob("*.py")])
    return text.replace("'", '"')


def test_every_string_is_used() -> None:
    text = _sources()
    built = {prefix + value for prefix, values in FAMILIES.items() for value in values}
    unused = [key for key in LABELS if f'"{key}"' not in text and key not in built]
    assert not unused, f"strings nothing uses: {unused}"


def test_every_family_is_complete() -> None:
    missing = [prefix + value for prefix, values in FAMILIES.items() for value in values
               if prefix + value not in LABELS]
    assert not missing


def test_every_key_a_template_asks_for_exists() -> None:
    asked = set()
    for template in TEMPLATES:
        text = template.read_text(encoding="utf-8")
        asked |= set(re.findall(r'\b(?:t|t_plain|h|heading_id_of)\("([a-z_.]+)"', text))
        asked |= {f"noun.{noun}" for noun in re.findall(r'counted\("([a-z_]+)"\)', text)}
    assert len(asked) > 100
    theme = {key for template in THEME
             for key in re.findall(r"(?<![.\w])t\('([a-z_.]+)'", template.read_text(encoding="utf-8"))}
    assert len(theme) >= 7
    assert (asked | theme) - set(LABELS) == set()


def test_wording_reads_each_edition() -> None:
    value = EstimateValue.model_validate({"low": 2800, "high": 5000, "qualifier": "about",
                                          "claimant": "X", "citations": [{"source_id": "x"}]})
    assert Wording("en").figure(value) == "about 2,800–5,000"
    assert Wording("fa").figure(value) == "حدود ۲٬۸۰۰–۵٬۰۰۰"
    assert (Wording("en").counted(2, "record"), Wording("fa").counted(2, "record")) == \
        ("2 records", "۲ رکورد")
    assert Wording("fa").kind_label(SourceKind.ngo_report) == "گزارش سازمان غیردولتی"
    assert (Wording("fa").language("sv"), Wording("en").language("sv")) == ("سوئدی", "sv")
    # In running text and tables a language has its name in both editions; headings keep the tag.
    assert (Wording("fa").language_name("sv"), Wording("en").language_name("sv-SE")) == \
        ("سوئدی", "Swedish")
    assert Wording("en").language_name("xx") == "xx"
    assert LANGUAGE_NAMES.keys() == LANGUAGE_NAMES_EN.keys()  # a name in each edition


def test_doctests() -> None:
    run_doctests(labels)


def _value(low: int, high: int | None = None, qualifier: str = "exactly") -> EstimateValue:
    return EstimateValue.model_validate({"low": low, "high": high, "qualifier": qualifier,
                                         "claimant": "X", "citations": [{"source_id": "x"}]})


QUALIFIERS = list(get_args(EstimateValue.model_fields["qualifier"].annotation))


@pytest.mark.parametrize("low_qualifier", QUALIFIERS)
@pytest.mark.parametrize("high_qualifier", QUALIFIERS)
@pytest.mark.parametrize("ranges", [(False, False), (True, False), (False, True)])
def test_the_span_of_figures_reads_naturally_in_each_edition(low_qualifier: str, high_qualifier: str,
                                                             ranges: tuple[bool, bool]) -> None:
    """A case page's "N attributed figures, from X to Y" for every kind of lowest and highest
    figure: Persian never «تا تا», «از بیش از», «از کمتر از» or «از تا», English never "to up to"
    or "from less than", and neither "from" nor "to" beside a figure that is itself a range."""
    low = _value(3, 5 if ranges[0] else None, low_qualifier)
    high = _value(14, 20 if ranges[1] else None, high_qualifier)
    persian, english = Wording("fa").figure_span([low, high]), Wording("en").figure_span([low, high])
    assert not re.search("[A-Za-z0-9]", persian)
    assert not re.search(r"تا تا|از (بیش|کمتر) از|از تا", persian), persian
    assert not re.search(r"\bto up to\b|\bfrom (less than|up to)\b", english), english
    assert not (persian.startswith("از ") and "–" in persian), persian
    assert not (english.startswith("from ") and "–" in english), english
    if (low_qualifier, high_qualifier, ranges) == ("exactly", "exactly", (False, False)):
        assert (english, persian) == ("from 3 to 14", "از ۳ تا ۱۴")
    if (high_qualifier, ranges) == ("up_to", (False, False)) and low_qualifier == "exactly":
        assert persian == "کمترین: ۳؛ بیشترین: تا ۱۴" and english == "lowest 3, highest up to 14"


def test_the_span_of_one_figure_or_of_equal_figures() -> None:
    assert Wording("fa").figure_span([_value(750), _value(750)]) == "همه ۷۵۰"
    assert Wording("en").figure_span([_value(750, 800, "about")]) == "about 750–800"
    assert Wording("fa").figure_span([_value(120_000, 200_000)]) == "۱۲۰٬۰۰۰–۲۰۰٬۰۰۰"
