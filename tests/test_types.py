"""The result types and the JSON contract generated from them."""
from __future__ import annotations

from dataclasses import asdict

from qa.types import Passage, PassageKind

BODY = PassageKind.BODY


def test_page_is_optional_and_cited_only_when_set():
    plain = Passage("a.txt", 3, 10, 12, "T", "", BODY, "Text.")
    assert plain.page is None and plain.citation == "a.txt ¶3 (lines 10-12)"
    paged = Passage("r.pdf", 5, 40, 47, "T", "", BODY, "Text.", page=2)
    assert paged.citation == "r.pdf p.2 ¶5 (lines 40-47)"
    assert Passage(**asdict(paged)) == paged  # the stored index round-trips the new field
    stored_before = {k: v for k, v in asdict(plain).items() if k != "page"}
    assert Passage(**stored_before) == plain
