"""A process gives back to the system the memory of what it has let go (MkDocs' pages, before
the search index is written beside it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from casearchive import processes

STATUS = Path("/proc/self/status")


def _rss_mb() -> int:
    lines = STATUS.read_text().splitlines()
    return int(next(line for line in lines if line.startswith("VmRSS")).split()[1]) // 1024


@pytest.mark.skipif(sys.platform != "linux" or not STATUS.exists(),
                    reason="reads its memory from /proc (Linux, as CI)")
def test_memory_freed_by_pages_let_go_is_given_back() -> None:
    kept, pages = [], []
    for number in range(4000):  # 160 MB of pages of 40 KB, between small objects that stay
        pages.append("x" * 40_000 + str(number))
        kept.append(bytearray(600))
    del pages
    held = _rss_mb()
    assert processes.give_back_memory()
    assert _rss_mb() < held - 100
    assert len(kept) == 4000
