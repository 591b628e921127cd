"""From which side a hedged figure comes near its value: "just under six" and "nearly six"
are about six and under it, "a little over two months" about two months and over. A module of
its own so that the span between two dates (`qa.claims.intervals`), below `compare`, reads the
hedge as the figures' comparison does."""
from __future__ import annotations

from .facts import Mention

# hedges of an approximate figure that say from which side it comes near: "just under six" is
# about six and under it
APPROACHING = {"just under": "upper", "nearly": "upper", "almost": "upper",
               "just over": "lower"}
# the same hedges in other words: "a little over", "slightly less than", "just above"
APPROACHING.update({f"{degree} {word}": side for degree in ("just", "slightly", "a little")
                    for word, side in (("over", "lower"), ("above", "lower"),
                                       ("more than", "lower"), ("under", "upper"),
                                       ("below", "upper"), ("less than", "upper"),
                                       ("fewer than", "upper"))})


def approached_from(mention: Mention) -> str:
    """"upper" for a figure approached from below ("just under six", "nearly six"), "lower"
    from above ("just over six"), "" otherwise."""
    text = mention.text.lower()
    return next((side for hedge, side in APPROACHING.items() if text.startswith(hedge + " ")),
                "") if mention.bound == "approx" else ""
