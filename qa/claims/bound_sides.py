"""Two bounds on the same side are no conflict: "more than 60 centimetres of snow" is not
contradicted by "over 40 centimetres", nor "under 5%" by "less than 8%".

A lower bound says only that the value is above it, so two lower bounds hold together
whatever their figures (the value may be above both); so do two upper bounds. `compare.agree`
lets the higher lower bound state the lower one, and the figure left over was read as a rival,
so a claim giving a higher floor than the sentence's was called contradicted. Such a figure is
not stated (no support) and not rivalled (no contradiction). A maximum reached ("up to",
"at most": the most it came to) is a value, not a bound, and two maxima still differ; a range's
end ("between 40 and 60") is one side of a value, left to the range's own reading. A figure
in brackets right after a bound and its unit ("over 40 inches (1,000 mm)") is that bound
converted, a bound on the same side.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed, range_partner

SIDES = ("lower", "upper")
MAXIMA = ("up to", "at most")  # an upper bound that is reached: the maximum, a value


# between a bound's figure and its conversion: the unit, then an opening bracket
CONVERSION_GAP_RE = re.compile(r"\s*[^\s\d()]{1,12}\s*\(\s*")


def bound_mention(text: Parsed, mention: Mention) -> Mention:
    """The mention itself, or the bound it converts when it opens a bracket right after that
    bound's unit ("over 40 inches (1,000 mm)")."""
    if mention.bound:
        return mention
    before = max((m for m in text.mentions if m.end <= mention.start),
                 key=lambda m: m.end, default=None)
    if before is not None and before.bound in SIDES \
            and CONVERSION_GAP_RE.fullmatch(text.text, before.end, mention.start):
        return before
    return mention


def same_side_bounds(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """Both figures are bounds on the same side, neither a maximum nor a range's end."""
    if mine.bound not in SIDES:
        return False
    theirs = bound_mention(sentence, theirs)
    return mine.bound == theirs.bound \
        and not any(m.text.lower().startswith(MAXIMA) for m in (mine, theirs)) \
        and range_partner(claim, mine) is None and range_partner(sentence, theirs) is None
