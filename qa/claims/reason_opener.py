"""A cause or a stance opened by an abstract noun between two prepositions ("in objection
to", "in protest at", "out of concern for", "on the grounds that"), read by its grammar.

`unsaid.unstated_reason` keeps support from a sentence that states a claim's deed but not the
cause the claim adds after it. Its openers were a fixed list of connectives ("because of",
"due to", "in response to"), so "the league abstained on the budget in objection to its
travel rules" was supported by a sentence telling only of the abstention, with the objection
and the rules nowhere; "the port board postponed the dredging out of worry for the reed
beds" by the postponement alone. Such an opener is a complex preposition: "in", "on", "for" or
"out of", an article at most, an abstract noun, then "to", "at", "against", "of", "for",
"over", "with" or "that". The noun is abstract when WordNet's first sense of it is no
concrete kind (a time, an object, an artifact: "for years to", "on bases to"), no location
("in the north of", "in the middle of"), no person or body and no stopword ("for it to");
a word WordNet lists as it is ("grounds": a motive) is judged as written, before its
singular ("ground": the earth). A lowercase word is required: "for Oslo to", "in Tromsø
with" name a party or a place.

What the phrase holds is then read as `unstated_reason` reads any cause: more than half its
content words unstated withholds support, so a reworded cause ("citing the loss of four
ferries" / "in response to the loss of four ferries") still supports.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, base_forms, concrete_kinds, entry
from ..text.analyze import load_stopwords
from .place_reading import location_nouns

# the prepositions of such an opener: the ones before the noun (one word, or "out of") and
# the ones after it
BEFORE = frozenset("in on for".split())
AFTER = frozenset("to at against of for over with that".split())
ARTICLES = frozenset("the a an".split())


def noun_opener(words: list[str], i: int) -> int:
    """The number of words of the complex preposition opening at `i` ("in objection to": 3,
    "on the grounds that": 4, "out of concern for": 4), 0 if none opens there. `words` are
    the claim's words as written (case kept: a name is no abstract noun)."""
    k = i
    low = [w.lower() for w in words]
    if low[k] == "out" and k + 1 < len(low) and low[k + 1] == "of":
        k += 2
    elif low[k] in BEFORE:
        k += 1
    else:
        return 0
    if k < len(low) and low[k] in ARTICLES:
        k += 1
    if k + 1 >= len(low) or low[k + 1] not in AFTER or not abstract_noun(words[k]):
        return 0
    return k + 2 - i


def abstract_noun(word: str) -> bool:
    """A lowercase word whose first sense in WordNet is no concrete kind, location, person or
    body: "objection", "protest", "concern", "grounds" (not "years", "north", "officials")."""
    if not word.isalpha() or not word.islower() or word in load_stopwords():
        return False  # a name, or a pronoun ("for it to leave")
    # a word listed as written is judged as written ("grounds"); else by its base forms
    forms = (word,) if entry(word) is not None else base_forms(word)
    kinds, places = concrete_kinds(), location_nouns()
    return not any(form in kinds or form in places for form in forms) \
        and actor_noun(word) is None
