"""Contributor text is inert: Markdown, HTML, attribute lists and template syntax all become entities."""

from html.parser import HTMLParser

import markdown
import pytest

from casearchive.render import escape

EXTENSIONS = ["toc", "tables", "admonition", "attr_list"]


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "text {: onclick=\"alert(1)\" }",
    "<https://evil.example>",
    "--8<-- \".git/config\"",
    "{{ config }} {% include 'x' %}",
    "1. not a list",
    "- not a list",
    "# not a heading",
    "| not | a table |",
    "`code` *em* __strong__",
])
def test_inline_text_renders_as_one_plain_paragraph_of_the_same_text(text: str) -> None:
    html = markdown.markdown(str(escape.inline(text)), extensions=EXTENSIONS)
    parser = _Elements()
    parser.feed(html)
    assert parser.elements == [("p", [])]  # no link, image, script, list, heading, attribute
    assert "".join(parser.text) == text  # and the reader sees exactly what was written


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_paragraphs_split_on_line_breaks_only() -> None:
    assert str(escape.paragraphs("One.\nTwo.\n\n\nThree.")) == "One.\n\nTwo.\n\nThree."


def test_meta_text_is_safe_in_attributes_and_title() -> None:
    assert escape.meta('a "quote" <b> & </title>') == "a &quot;quote&quot; &lt;b&gt; &amp; &lt;/title&gt;"
    assert escape.meta("x" * 400).endswith("…") and len(escape.meta("x" * 400)) == 300


def test_join_keeps_the_separator_and_escapes_each_item() -> None:
    assert str(escape.join(["Raeisi", "[x](javascript:1)"], ", ")) == (
        "Raeisi, &#91;x&#93;&#40;javascript&#58;1&#41;")
