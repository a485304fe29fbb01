"""The word "unverified" beside a claim: only when none of its citations was checked, as a page
title says "reportedly" and a figure is left out of a range only then; an unchecked citation
beside checked ones is marked in the reference list alone."""

from __future__ import annotations

from casearchive.model.records import Citation
from casearchive.render.references import References


def _cite(*statuses: str) -> str:
    refs = References(lambda _id: "news", str, "unverified")
    return str(refs.cite([Citation.model_validate({"source_id": f"s{i}", "locator": "p. 1", "status": status})
                          for i, status in enumerate(statuses)]))


def test_a_claim_with_a_checked_citation_is_not_marked_unverified() -> None:
    assert "ca-unverified" not in _cite("seen", "unverified")
    assert "ca-unverified" not in _cite("unverified", "seen_in_copy")


def test_a_claim_resting_only_on_unchecked_citations_is_marked() -> None:
    marked = _cite("unverified", "unverified")
    assert marked.count('class="ca-ref') == 2
    assert marked.endswith(' <strong class="ca-unverified">unverified</strong>')
