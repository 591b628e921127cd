"""A range writes its scale and its unit once, after its second end: "between 40 and 65
million tonnes", "12 to 18 kilometres", "3.5–4 gigawatts".

Read figure by figure, the first end was a bare number: "40" of "40 to 65 million tonnes" is
forty of nothing. A claim's range in one unit ("40 to 65 million tonnes") against the
sentence's in another ("40 to 65 teragrams") then matched end against end as bare numbers,
and the first end was stated by any figure the sentence wrote as 40 of anything; worse, a
range "between 40 and 65 million" allowed every figure from forty up to 65 million, so a
sentence's "55 gigatonnes" (a thousand times more) lay inside it. The first end takes the
second's scale when, read without it, it is the smaller number (so "from 800 to 2 million"
keeps its 800), and the second's unit when it has none.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

# what joins a range's two ends when no "between" or "from" opens it: "to" or a dash
JOIN_RE = re.compile(r"\s*(?:to|[–—-])\s*", re.I)
SHARED = ("count",)  # figures of things or measures; amounts and percents have their own


def scale_word(text: str, scales: dict) -> str:
    """The scale word a figure is written with ("65 million" -> "million"), or ""."""
    last = text.rsplit(None, 1)[-1].lower()
    return last if last in scales and len(text.split()) > 1 else ""


def shared_scale(found: list, text: str, scales: dict,
                 joined: Callable[[str, object, object], bool]) -> list:
    """Each bare first end of a range of counts with the second end's scale and unit
    (`joined`: "between ... and", "from ... to"; or "to" or a dash alone between them)."""
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if first.family not in SHARED or second.family != first.family \
                or not isinstance(first.value, (int, float)) \
                or not (joined(text, first, second)
                        or JOIN_RE.fullmatch(text, first.end, second.start)):
            continue
        changed = {}
        scale = scale_word(second.text, scales)
        if scale and not scale_word(first.text, scales) \
                and first.value < second.value / scales[scale]:
            changed["value"] = first.value * scales[scale]
        if second.unit and not first.unit:
            changed["unit"] = second.unit
        if changed:
            found[i] = replace(first, **changed)
    return found
