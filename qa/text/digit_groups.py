"""Figures whose digits are grouped by another mark than the comma, written with commas.

English reports write "13,000" and "1,250,000"; other conventions group the same digits with
a space ("13 000": French, the SI style of scientific summaries), a no-break, thin or
narrow no-break space ("13 000", "1 250 000"), an apostrophe (Swiss: "13'000"), full stops
("1.250.000": German, Italian, Spanish), or in lakhs and crores ("1,25,000", "1,25,00,000":
Indian English). Left as written, each is read as two or more figures ("13" and "000"), so a
claim's "12 640 troops" conflicts with the "12,640" that states it. Read here, they are the
figure a report writes ("13,000"), by the claim checker, the search and the fact reader of
passages alike (`qa.text.spoken.readings`).

A decimal after such a figure is kept, after a point or a comma: with digits grouped by a
space or a full stop, a comma is no thousands separator ("12 640,5", "1.250.000,75": a
decimal comma). Not read: one group after a single full stop ("13.000" is thirteen in English,
a decimal), and a group of other than three digits after a space ("28 June 2015", "in 2015 300
soldiers": a figure of four digits leads no group).
"""
from __future__ import annotations

import re

# the marks that group digits in threes, each used alone through a figure: a space (plain,
# no-break, figure, thin, narrow no-break) or an apostrophe, from one group on; full stops
# from two groups on ("1.250.000"), since one would be a decimal point. Then the decimal: a
# point or a comma after spaces or apostrophes, a comma after full stops
SPACES = " \u00a0\u2007\u2009\u202f"
LEAD = r"(?<![\w.,'’])\d{1,3}"
GROUPED_RE = re.compile(
    rf"{LEAD}(?:(?P<mark>[{SPACES}'’])\d{{3}}(?:(?P=mark)\d{{3}})*(?:[.,](?P<decimal>\d+))?"
    r"|\.\d{3}(?:\.\d{3})+(?:,(?P<comma_decimal>\d+))?)(?![\d.,'’]\d|\d)")
# lakhs and crores: groups of two, then the last three digits ("12,34,567")
INDIAN_RE = re.compile(r"(?<![\w.,'’])\d{1,2}(?:,\d{2})+,\d{3}(?:\.(?P<decimal>\d+))?"
                       r"(?![\d.,'’]\d|\d)")
# what any of them holds: a digit, a mark, three digits (or a lakh's two and a comma); most
# texts have none, and this pattern costs a tenth of the reading of a sentence's figures
CUE_RE = re.compile(rf"[0-9][{SPACES}'’.][0-9]{{3}}|[0-9],[0-9]{{2}},[0-9]")


def digit_groups(text: str) -> list[tuple[int, int, str]]:
    """Each figure grouped by another mark than the comma: (start, end, the figure with its
    thousands separated by commas), in order."""
    if CUE_RE.search(text) is None:
        return []
    return sorted((m.start(), m.end(), written(m))
                  for pattern in (GROUPED_RE, INDIAN_RE) for m in pattern.finditer(text))


def written(match: re.Match) -> str:
    """The figure as a report writes it: "1 250 000,5" -> "1,250,000.5"."""
    decimal = match.groupdict().get("decimal") or match.groupdict().get("comma_decimal")
    whole = match.group()
    if decimal:
        whole = whole[:-len(decimal) - 1]
    figure = f"{int(re.sub(r'[^0-9]', '', whole)):,}"
    return f"{figure}.{decimal}" if decimal else figure
