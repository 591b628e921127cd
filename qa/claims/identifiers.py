"""Numbers that name something rather than count it.

"Resolution 2690", "Article 5", "Chapter 7", "Boeing 737": a number right after a capitalised
noun is part of a name, an identifier. Two identifiers name two things, so a sentence about
"Resolution 2164" says nothing about "Resolution 2690": a differing identifier is another
event, not the claim's figure stated wrongly. Its figure is never set against another
(`qa.claims.compare.rival_of`); left unstated, it still keeps support away and blocks a
contradiction, as any figure the passage does not state does.
"""
from __future__ import annotations

import re

from ..text.analyze import load_stopwords
from ..text.lexicon import capital_cities, country_names
from .adverb_words import manner_adverb
from .facts import BOUNDS, MONTHS, Mention, Parsed

# the capitalised word right before a figure, with nothing but spaces between
WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w’'-]*)\s+$")
# a word joined to the figure by a hyphen ("level-2"): the figure is the word's label
LABEL_BEFORE_RE = re.compile(r"[^\W\d_]-$")
# words the stopword list leaves out that open a sentence before a year or a count, not a name
# ("Since 2013, ...", "Within 2 years", "Another 300 troops")
PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|across|throughout)\s+$", re.I)
OPENERS = frozenset("since until till within following across among around circa another "
                    "additional overall total perhaps estimated".split())


def identifier(text: Parsed, mention: Mention) -> bool:
    """The figure is written as digits right after a capitalised word that is neither a
    function word ("In 2019", "Some 300", "Since 2013"), a hedge ("Nearly 300"), a month ("July
    2023") nor an adverb ("Roughly 40", by its -ly), and nothing hedges it: "Resolution
    2690"."""
    if mention.family not in ("count", "year") or mention.bound \
            or not mention.text[:1].isdigit():
        return False
    if mention.family == "count" and LABEL_BEFORE_RE.search(text.text, max(0, mention.start - 40),
                                                            mention.start):
        return True  # "a level-2 hospital", "COVID-19": a label's number, counting nothing
    before = WORD_BEFORE_RE.search(text.text, max(0, mention.start - 40), mention.start)
    if not before:
        return False
    word = before.group(1)
    lower = word.lower()
    return word[0].isupper() and lower not in load_stopwords() and lower not in BOUNDS \
        and lower not in MONTHS and lower not in OPENERS and not manner_adverb(lower) \
        and not placed_country(text.text, before.start(1), lower)


def placed_country(text: str, start: int, word: str) -> bool:
    """The word is a country or a capital after a preposition of place ("In Mali 147 blue
    helmets were killed", a comma left out): the figure after it counts, it labels nothing."""
    if word not in country_names() and word not in capital_cities():
        return False
    return bool(PLACE_BEFORE_RE.search(text, max(0, start - 8), start))
