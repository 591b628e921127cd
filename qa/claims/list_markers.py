"""A list marker that opens a claim: layout, not a fact (round 73).

Claims are pasted from numbered evidence, minutes and bullet lists: "17. The ferry ran
twice a week", "(iv) The depot closed in May", "b) ...", "[3] ...", "• ...", "Item 9: ...".
Left in, the marker's numeral is read as a figure of the claim that no sentence states (a
supporting sentence leaves "17" unverified) and its letter as a word, so a stated claim is
not found. `unlisted` gives the claim without it; `check.check` reads that claim in its
place, so every reading sees the clause alone.

A marker is read only in its syntactic place: at the very start, closed by "." or ")" or
held in brackets, and followed by a capitalised word, the start of a clause of its own.
A figure that counts something ("17 wells were dug", "12 soldiers ...") has no such
punctuation and stays a fact. Not read as markers: a capital letter with a full stop
("J. Okafor chaired ...", an initial of a name, unlike "(J)" or "j."), a number of four or
more digits ("2019. ..." is no list's numbering), and a number before a small letter.
"""
from __future__ import annotations

import re

# arabic numerals of a list, lower-case roman numerals, a lower-case letter; upper-case
# roman numerals of two letters or more ("IV."): "I." or "V." may be an initial
NUMERAL = r"(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{2,6}|[a-z])"
# a noun that names a place in a numbered list, before its numeral ("Item 9:", "Para 12.")
POSITION = r"(?:Point|Item|Paragraph|Para\.?|Step|No\.|Number)"
MARKER_RE = re.compile(
    r"^\s*(?:"
    rf"\(?{NUMERAL}[.)]"                          # "17." "17)" "(17)" "iv." "b)" "(b)"
    rf"|\((?:{NUMERAL}|[A-Z])\)"                  # "(iv)" "(B)": brackets never hold an initial
    rf"|[A-Z]\)"                                  # "B)"
    r"|\[(?:\d{1,3}|[ivxlc]{1,6}|[a-zA-Z])\]"     # "[3]"
    rf"|{POSITION}\s+\d{{1,3}}\s*[:.)\u2013\u2014]"  # "Item 9:" "Point 4 -"
    r"|\u00a7+\s*\d{1,3}[.:)]?"                   # "§ 12"
    r"|[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u25ba"
    r"\u25b6\u00b7*\u2013\u2014-]"                # bullets and dashes
    r")\s+(?=[\"'\u201c\u2018(]?[A-Z])")


def unlisted(text: str) -> str:
    """`text` without the list marker it opens with (itself when it has none)."""
    match = MARKER_RE.match(text)
    return text if match is None else text[match.end():]
