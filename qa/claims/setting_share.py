"""How widely the corpus must name a country or a name for it to be the corpus's setting.

A name in a large share of passages is what the documents are about, not a fact a claim
adds: "the mission" in reports about one mission, the country every report covers. Two
readers ask it: `check.setting` (a claim's setting is no actor a sentence must name) and
`label_check` (a label's place the whole corpus is set in is given by every passage). Both
take the share from here, so that they keep reading the same names as the setting.
"""
from __future__ import annotations

from ..index.model import Index

BACKGROUND = 0.25  # a country or name in this share of passages is the corpus's setting


def setting_floor(index: Index) -> float:
    """The count of passages above which a term names the corpus's setting."""
    return BACKGROUND * len(index.passages)
