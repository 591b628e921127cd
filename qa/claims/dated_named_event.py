"""A year that names an event with a place: "the 2031 Norlandic ice storm", "the 1998
Sudlandic floods". The year and the place qualify one noun together, so the year is that
event's, in that place. A claim about the same kind of event in another place it names ("an
ice storm killed 40 people in Westria in 2013") tells another event, and the year is no rival
of the claim's: read as one, a true claim was called contradicted by a neighbouring event's
year (round 72, branch sc77). A claim that names no place of its own, or names the
sentence's, is still set against the year."""
from __future__ import annotations

import re

from ..search.wordnet import derivations, proper_noun
from ..text.analyze import load_stopwords
from .facts import Mention, Parsed

STOPWORDS = load_stopwords()
# between the year and the place's name: nothing but a space
SPACE = re.compile(r"\s+")
# after the name: a lower-case word, the noun the two qualify
NOUN_AFTER = re.compile(r"\s+([a-z]+)")


def year_of_placed_event(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                         named) -> bool:
    """The sentence's year stands right before a place's adjective (`place_adjective`) that
    qualifies a noun after it (a content word, no "for" or "in"); the claim does not name
    that place (`named(name, text)`, `compare.name_found`) and names a country of its own."""
    if theirs.family != "year" or mine.family != "year":
        return False
    place = next((m for m in sentence.mentions if m.family == "name"
                  and SPACE.fullmatch(sentence.text, theirs.end, m.start)), None)
    if place is None or not place_adjective(place.text):
        return False
    noun = NOUN_AFTER.match(sentence.text, place.end)
    if noun is None or noun.group(1) in STOPWORDS or named(place, claim):
        return False
    return any(m.family == "name" and m.kind == "country" for m in claim.mentions)


def place_adjective(word: str) -> bool:
    """One word whose WordNet derivation is a proper noun: the adjective of a place
    ("Norlandic" of "Norland"; WordNet's "European" of "Europe"), not a body's name."""
    return " " not in word and any(proper_noun(d) for d in derivations(word.lower()))
