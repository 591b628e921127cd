"""The country a hyphenated compound names by its first part, when its second is a participle:
"the Danish-led patrol force" is a force led by Denmark, "a Norland-funded survey" one Norland
funded.

A compound of that kind is a reduced passive ("led by the Danes"), its first part the agent:
a country in the claim as much as "the Danish patrol force" names one. Read as one word it
named no country ("Danish-led" is in no table of countries), so a claim on "the Swedish-led
Operation Seagull" was supported by a sentence on "the Danish-led patrol force Operation
Seagull": the name matched by its head, and the claim's country, never read, was never
looked for. Only a participle after the hyphen: "French-speaking" and "French-language" tell
a language, not a country that did something.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, verb_base
from .vocabulary import Vocabulary


def agent_country(word: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The first part of a hyphenated word and the country it names ("Danish-led" ->
    ("Danish", denmark)) when the part after the hyphen is a participle; else None."""
    first, hyphen, rest = word.partition("-")
    if not hyphen or not rest.isalpha() or not rest.islower() or not participle(rest):
        return None
    country = vocab.countries.get(first.lower().replace("’", "'"))
    return (first, country) if country else None


def participle(word: str) -> bool:
    """A past participle: a regular "-ed" form of a verb ("funded", "based") or an irregular
    one WordNet gives a base of ("led" -> lead, "made" -> make)."""
    if word.endswith("ed"):
        return can_be_verb(word)
    base = verb_base(word)
    return base is not None and base != word
