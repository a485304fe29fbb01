"""The strict YAML reader: plain values, lines kept, every YAML 1.1 trap refused."""

import pytest

from casearchive.load import yamlstrict


def test_values_and_lines() -> None:
    doc = yamlstrict.load("name: Raisi\nborn: 1960\nwhen: 1988-07-28\nok: true\nlist:\n  - a\n  - b: ~\n")
    assert doc.data == {"name": "Raisi", "born": 1960, "when": "1988-07-28", "ok": True,
                        "list": ["a", {"b": None}]}
    assert doc.lines[("list", 1, "b")] == 7
    assert doc.line_of(("list", 1, "b", "missing")) == 7


def test_quoted_scalars_stay_text() -> None:
    assert yamlstrict.load('a: "no"\nb: \'0755\'\nc: "1.5"\n').data == {"a": "no", "b": "0755", "c": "1.5"}


@pytest.mark.parametrize(("text", "line", "fragment"), [
    ("a: no\n", 1, "'no' is ambiguous"),
    ("a: 1\nb: Off\n", 2, "'Off' is ambiguous"),
    ("a: 0755\n", 1, "another base"),
    ("a: 0x1F\n", 1, "another base"),
    ("a: 1:30\n", 1, "another base"),
    ("a: 1.5\n", 1, "fractional"),
    ("a: &x 1\nb: *x\n", 1, "anchors and aliases"),
    ("a: 1\nb: 2\na: 3\n", 3, "appears twice (first on line 1)"),
    ("a:\n\t- b\n", 2, "tab"),
    ("a: !!python/name:os.system x\n", 1, "tag"),
    ("a: 1\n---\nb: 2\n", 2, "more than one document"),
    ("a: [1,\n", 2, "YAML syntax error"),
    ("? [a, b]\n: c\n", 1, "key must be a plain word"),
])
def test_traps_are_refused_with_a_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(yamlstrict.YamlError) as caught:
        yamlstrict.load(text)
    assert caught.value.line == line
    assert fragment in caught.value.message


def test_billion_laughs_is_refused_before_expansion() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)]
    with pytest.raises(yamlstrict.YamlError, match="anchors and aliases"):
        yamlstrict.load("\n".join(lines))


@pytest.mark.parametrize(("raw", "fragment"), [
    (b"\xef\xbb\xbfa: 1\n", "byte order mark"),
    (b"a: 1\nb: \xff\n", "not UTF-8"),
    (b"a: " + b"x" * (yamlstrict.MAX_BYTES + 1), "must be under"),
])
def test_bytes_are_checked_before_parsing(raw: bytes, fragment: str) -> None:
    with pytest.raises(yamlstrict.YamlError, match=fragment):
        yamlstrict.decode(raw)
