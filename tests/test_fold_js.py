"""The browser's folding (docs/javascripts/fold.js) gives the same results as the Python one,
so that a query folded in the browser meets the keys folded at build time."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess

import pytest

from casearchive.i18n.folding import fold, joined, matches, search_key
from helpers import REPO
from test_persian import QUERIES, RECORDS

FOLD_JS = REPO / "docs" / "javascripts" / "fold.js"
NODE = shutil.which("node")

# Characters whose folding matters: Arabic and Persian letters, marks and digits, presentation
# forms, Latin with accents, format characters, hyphens, apostrophes and other punctuation.
POOL = ([chr(c) for c in range(0x0600, 0x0700)] + [chr(c) for c in range(0xFB50, 0xFB70)]
        + [chr(c) for c in range(0xFE80, 0xFEA0)] + [chr(c) for c in range(0x00A0, 0x0180)]
        + [chr(c) for c in range(0x0300, 0x0315)] + list("\u200b\u200c\u200d\u200e\u200f\u2010\u2011"
        "\u2013\u2014\u2018\u2019\u02bc\u02bb\u02be\u02bf\u2066\u2069\ufeff ,.-'_/()«»İΣσς")
        + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))

pytestmark = pytest.mark.skipif(NODE is None and os.environ.get("CI") != "true",
                                reason="node is not installed (required when CI=true)")


def _run_js(strings: list[str], keys: list[str]) -> dict[str, list[object]]:
    script = (f"const f = require({json.dumps(str(FOLD_JS))});"
              "const d = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "process.stdout.write(JSON.stringify({fold: d.strings.map(f.fold),"
              " joined: d.strings.map(f.joined),"
              " key: d.strings.map(s => f.searchKey([s, s.slice(1)])),"
              " match: d.strings.map(q => d.keys.map(k => f.matches(q, k)))}));")
    result = subprocess.run([NODE or "node", "-e", script], capture_output=True, check=True,
                            input=json.dumps({"strings": strings, "keys": keys}).encode())
    answer: dict[str, list[object]] = json.loads(result.stdout)
    return answer


def _strings() -> list[str]:
    table = [q for q, _ in QUERIES] + [t for texts in RECORDS.values() for t in texts]
    rng = random.Random(8)  # fixed, so a failure can be reproduced
    noise = ["".join(rng.choice(POOL) for _ in range(rng.randint(0, 12))) for _ in range(1500)]
    return table + noise


def test_python_and_javascript_fold_every_string_alike() -> None:
    strings = _strings()
    keys = [search_key(texts) for texts in RECORDS.values()]
    js = _run_js(strings, keys)
    differing = [(s, fold(s), j) for s, j in zip(strings, js["fold"], strict=True) if fold(s) != j]
    assert differing == []
    assert [(s, j) for s, j in zip(strings, js["joined"], strict=True) if joined(s) != j] == []
    assert joined("خامنه ای") == js["joined"][strings.index("خامنه ای")] == "خامنهای"
    assert js["key"] == [search_key([s, s[1:]]) for s in strings]
    assert js["match"] == [[matches(q, k) for k in keys] for q in strings]
