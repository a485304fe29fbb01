"""The text, date and path policies on their own: what they accept matters as much as what they
refuse (the hostile corpus pins the refusals' messages)."""

from __future__ import annotations

import pytest

from casearchive.load import pathpolicy, yamlstrict
from casearchive.model import dates, textpolicy
from casearchive.model.fields import SLUG_PATTERN, check_text
from casearchive.render import collisions

ACCEPTED_TEXT = ["Jane Official", "می\u200cخواهم", "زندان اوین", "José", "O'Brien – 1988",
                 "\U0001f469\u200d\u2695", "p. 635", "00:13:20", "line one\nline two", "\u0645\u064e\u0646"]
REFUSED_TEXT = ["\u3164\u3164", "\u0301", "Jose\u0301", "a\u2028b", "a\u202eb", "a\u200bb",
                "Jane\u200c", "a\u00adb", "a\ufe0fb", "a\U000e0041", "\u2800", "x\x1b"]


@pytest.mark.parametrize("text", ACCEPTED_TEXT)
def test_the_text_policy_accepts_real_text(text: str) -> None:
    assert check_text(text) == text


@pytest.mark.parametrize("text", REFUSED_TEXT)
def test_the_text_policy_refuses_hidden_text(text: str) -> None:
    with pytest.raises(ValueError):
        check_text(text)


@pytest.mark.parametrize("url", ["https://www.hrw.org/news/2022/06/08/x?a=1#b", "http://[::1]/",
                                 "https://m\u00fcnchen.de/", "https://xn--mnchen-3ya.de/",
                                 "https://fa.wikipedia.org/wiki/تهران", "https://a.example:8443/"])
def test_the_url_rule_accepts_real_addresses(url: str) -> None:
    assert textpolicy.check_url(url) == url


@pytest.mark.parametrize("url", ["https://u:p@evil.example/", "https://evil.example/\u202e",
                                 "https://www.\u0430mnesty.org/", "ftp://x.example/",
                                 "https://x.example/a b", "https://x.example:70000/",
                                 "https://a\u2620b.example/", "https:///path", "https://x..example/"])
def test_the_url_rule_refuses_disguised_addresses(url: str) -> None:
    with pytest.raises(ValueError):
        textpolicy.check_url(url)


def test_look_alike_names_share_a_skeleton_and_different_names_do_not() -> None:
    assert textpolicy.skeleton("J\u0430ne \u041efficial") == textpolicy.skeleton("Jane Official")
    assert textpolicy.skeleton("\u0639\u0644\u064a") == textpolicy.skeleton("\u0639\u0644\u06cc")
    assert textpolicy.skeleton("Jane Official") != textpolicy.skeleton("June Official")


def test_quoting_escapes_what_shows_as_nothing() -> None:
    assert textpolicy.quote("a\u3164b") == "'a\\u3164b'"
    assert textpolicy.quote("\u0301x") == "'\\u0301x'"
    assert textpolicy.quote("Jos\u00e9 زندان") == "'Jos\u00e9 زندان'"


@pytest.mark.parametrize("text", ["۱۹۸۸", "1988\n", "0000", "2101", "１９８８", "𝟏𝟗𝟖𝟖"])
def test_dates_take_ascii_digits_in_range_only(text: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse(text)


def test_ids_are_matched_whole_and_never_hold_the_continuation_mark() -> None:
    import re

    from casearchive.render import paging

    assert not re.fullmatch(SLUG_PATTERN, "test-person\n")
    assert not re.fullmatch(SLUG_PATTERN, f"a{paging.MARK}b")


def test_addresses_are_compared_as_published() -> None:
    assert collisions.address("archive/persons/index.md") == "archive/persons/"
    assert collisions.address("archive/persons/README.md") == "archive/persons/"
    assert collisions.address("archive/persons/jane.md") == "archive/persons/jane/"
    assert {"index", "readme", "con", "lpt9"} <= pathpolicy.reserved_ids("persons")


def test_line_numbers_count_only_the_breaks_an_editor_shows() -> None:
    document = yamlstrict.load('a: "x\u2028y\u2029z"\nb: 1\n')
    assert document.line_of(("b",)) == 2
    with pytest.raises(yamlstrict.YamlError) as raised:
        yamlstrict.load('a: "x\u2028"\nb: [\n')
    assert raised.value.line == 3
