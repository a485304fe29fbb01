"""The contract between check and build: any data/ that `casearchive check` accepts builds.

Hypothesis writes contributions a careless or hostile contributor might: ids and former ids that
are generated page names, Windows device names or end in a line feed; names and texts mixing
Latin, Persian, markup, direction controls, fillers, combining marks and separators; dates in
other digit systems and out of range; URLs with credentials, invisible characters and look-alike
hosts. Whenever check accepts the result, generating the pages must succeed with every page and
redirect at an address of its own and every stored text inside the text policy; a few accepted
examples are built by MkDocs as well.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from casearchive.load import pathpolicy
from casearchive.load.problems import errors
from casearchive.model import textpolicy
from casearchive.publish import build
from casearchive.render import collisions
from casearchive.render import renderer as render
from helpers import FIXTURE_DATA, casearchive, make_project

IDS = st.one_of(
    st.sampled_from(["index", "readme", "con", "aux", "nul", "com1", "lpt9", "prn", "tehran",
                     "jane-official", "new-record", "x", "a-b", "index-2", "con-1"]),
    st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
)
FILE_IDS = st.one_of(IDS, IDS.map(lambda i: i + "\n"), IDS.map(lambda i: i.upper()))
LETTERS = ("abcdefghij ABC -'.,0123456789ابپتثجچحخدیکگ"
           "\u200c\u200d\u202e\u2067\u200b\u3164\u115f\u2800\u0301\u0654\u00ad\u2028\u2029\u0085"
           "\ufeff\ufe0f\u0430\u043e\u03bf\u064a\u0643<>{}[]()&#*_`\u00a0\u0007\u001b")
PLAIN = st.one_of(st.from_regex(r"[A-Z][a-z]{1,6}( [a-z]{1,6}){0,2}", fullmatch=True),
                  st.from_regex(r"[ابپتجدیکگ]{2,5}(\u200c[ابپتجدیکگ]{1,4})?", fullmatch=True))
TEXT = st.one_of(PLAIN, st.text(alphabet=LETTERS, min_size=0, max_size=14))
NAME = st.one_of(PLAIN, TEXT, st.sampled_from(["Jane Official", "J\u0430ne Official", "Tehran",
                                               "تهران", "\u3164\u3164", "\u0301\u0301", "Jose\u0301"]))
DIGITS = st.sampled_from(["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "०१२३४५६७८९"])
DATE = st.one_of(
    st.sampled_from(["1959", "1988-07-28", "2020-01~", "1988-07-25/1988-07-28"]),
    st.sampled_from(["1988", "1988-07-28", "1988-07~", "0000", "0999", "2101", "2999-01-01",
                     "2099-01-01", "1988-07-28\n", "1988-02-30", "[1988,1989]", "../1988"]),
    st.tuples(DIGITS, st.integers(1000, 2100)).map(
        lambda d: "".join(d[0][int(c)] for c in str(d[1]))),
)
URL = st.one_of(
    st.sampled_from(["https://www.hrw.org/news/2022/", "https://web.archive.org/web/2022/x"]),
    st.sampled_from(["https://www.hrw.org/", "https://www.amnesty.org:report@evil.example/",
                     "https://evil.example/\u202efdp.exe", "https://ev\u200bil.example/",
                     "https://www.\u0430mnesty.org/", "https://m\u00fcnchen.de/x",
                     "https://fa.wikipedia.org/wiki/تهران", "javascript:alert(1)",
                     "https://evil.example\\@good.example/", "http://[::1]/", "https://x.example/\x00"]),
    st.builds(lambda host, path: f"https://{host}/{path}",
              st.from_regex(r"[a-z0-9-]{1,8}\.(org|example)", fullmatch=True), TEXT),
)


def _yaml(value: Any) -> str:
    """A value as YAML: JSON is YAML, with every character outside ASCII escaped (\\uXXXX), except
    that YAML writes a character beyond U+FFFF as \\UXXXXXXXX, never as a pair of surrogates."""
    if not isinstance(value, str):
        return json.dumps(value)
    return '"' + "".join(c if c.isascii() and c.isprintable() and c not in '"\\'
                         else f"\\{c}" if c in '"\\'
                         else f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"
                         for c in value) + '"'



@st.composite
def records(draw: st.DrawFn) -> tuple[str, str]:
    """One record file: (path under data/, its text)."""
    kind = draw(st.sampled_from(["persons", "places", "organisations", "sources"]))
    record_id = draw(FILE_IDS)
    former = draw(st.lists(IDS, max_size=2))
    lines = [f"former_ids: {_yaml(former)}"] if former else []
    if kind == "sources":
        lines += [f"title: {_yaml(draw(NAME))}", "kind: news", "language: en",
                  f"url: {_yaml(draw(URL))}", f"accessed: {_yaml(draw(DATE))}"]
    else:
        lines += [f"name: {_yaml(draw(NAME))}", f"summary: {_yaml(draw(TEXT))}"]
        lines.append("citations:\n  - source_id: hrw-2022-qa")
    if kind == "persons":
        lines.append(f"born:\n  date: {_yaml(draw(DATE))}\n  citations:\n    - source_id: hrw-2022-qa")
    if kind in ("places", "organisations"):
        lines.append("kind: prison")
        field = "located_in_id" if kind == "places" else "parent_id"
        target = draw(st.sampled_from([None, record_id, "tehran", "evin-prison", "death-commission"]))
        if target:
            lines.append(f"{field}: {_yaml(target.strip())}")
    return f"{kind}/{record_id}.yml", "\n".join(lines) + "\n"


def _write(root: Path, files: list[tuple[str, str]]) -> Path:
    data = root / "data"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(FIXTURE_DATA, data)
    for relative, text in files:
        (data / relative).write_bytes(text.encode("utf-8"))
    return data


def _stored_texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _stored_texts(item)]
    if isinstance(value, BaseModel):
        return [text for name in type(value).model_fields for text in _stored_texts(getattr(value, name))]
    return []


def assert_builds(archive: Any) -> None:
    """Every page of an accepted archive renders at an address of its own, no redirect lands on a
    page, and every stored text is inside the text policy."""
    seen: dict[str, int] = {}
    for part in render.parts(render.Renderer(archive)):
        for path in part():
            seen[path] = seen.get(path, 0) + 1
    assert [path for path, count in seen.items() if count > 1] == []
    addresses = [collisions.address(p) for p in seen if p.endswith(".md")]
    assert len(addresses) == len(set(addresses)), "two pages at one address"
    landing = {collisions.address(old) for old in render.redirects(archive)}
    assert landing.isdisjoint(addresses), "a redirect would replace a page"
    for loaded in archive.all():
        assert pathpolicy.reserved(loaded.kind, loaded.id) is None
        for text in _stored_texts(loaded.record):
            assert textpolicy.invisible(text) is None, (loaded.path, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=3))
def test_what_check_accepts_generates(tmp_path_factory: Any, files: list[tuple[str, str]]) -> None:
    data = _write(tmp_path_factory.getbasetemp() / "property", files)
    archive, problems = build.check_archive(data)
    event("accepted" if not errors(problems) else "refused")
    if not errors(problems):
        assert_builds(archive)


# Contributions check accepts, edge cases included (Persian with its joiners, an IDNA host, ids
# beside reserved names, old ids), for the slow part of the contract: a real MkDocs build.
ACCEPTED_NAMES = st.sampled_from(["Jane Officiel", "می‌خواهم", "زندان قصر", "José Ramos",
                                  "O'Brien-Smith", "Ali 2", "👩‍⚕ Doctor"])
ACCEPTED_IDS = st.sampled_from(["index-2", "con-1", "readme-x", "indexes", "aux2", "lpt10", "a"])


@st.composite
def accepted(draw: st.DrawFn) -> list[tuple[str, str]]:
    ids = draw(st.lists(ACCEPTED_IDS, min_size=1, max_size=3, unique=True))
    files = []
    for number, record_id in enumerate(ids):
        kind = draw(st.sampled_from(["persons", "places", "organisations"]))
        extra = "kind: prison\n" if kind != "persons" else ""
        files.append((f"{kind}/{record_id}.yml",
                      f"name: {_yaml(draw(ACCEPTED_NAMES))}\n{extra}former_ids: [old-{number}]\n"
                      "citations:\n  - source_id: hrw-2022-qa\n"))
    url = draw(st.sampled_from(["https://m\u00fcnchen.de/x", "https://fa.wikipedia.org/wiki/تهران",
                                "http://[::1]/a", "https://www.hrw.org/?q=a%20b#c"]))
    files.append(("sources/extra-source.yml", f"title: T\nkind: news\nlanguage: en\nurl: {_yaml(url)}\n"
                  "accessed: 2020-01-01\n"))
    return files


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(accepted())
def test_what_check_accepts_builds_with_mkdocs(tmp_path_factory: Any,
                                               files: list[tuple[str, str]]) -> None:
    root = tmp_path_factory.mktemp("accepted")
    _write(root, files)
    checked = casearchive(root, "check")
    assert checked.returncode == 0, checked.stderr
    project = make_project(root / "project", root / "data")
    result = casearchive(project, "build")
    assert result.returncode == 0, result.stderr[-3000:]
