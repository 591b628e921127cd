"""The country a hyphenated compound names by its first part, when its second is a participle:
"the Danish-led patrol force" is a force led by Denmark, "a Norland-funded survey" one Norland
funded.

A compound of that kind is a reduced passive ("led by the Danes"), its first part the agent:
a fact of the claim as much as the country of "the Danish patrol force". Read as one word it
named no country ("Danish-led" is in no table of countries), so a claim on "the Swedish-led
Operation Seagull" was supported by a sentence on "the Danish-led patrol force Operation
Seagull": the name is stated by its head (`compare.states_name`), and the claim's country,
never read, was never looked for. Support asks for it (`agent_unnamed`) as it asks for every
other country of the claim: the passage must name it, and a sentence whose own compound names
another country must name the claim's itself (a list of contributors elsewhere in the
passage does not make "the French-led force" the British-led one). Only support: the compound stays one
name for the rest, so that "the Swedish-led force" / "the Danish-led force" is still the
conflict of two names it was. Only a participle after the hyphen: "French-speaking" and
"French-language" tell a language, not a country that did something.
"""
from __future__ import annotations

import re

from ..search.wordnet import can_be_verb, verb_base
from .facts import Parsed, remembered
from .vocabulary import Vocabulary

COMPOUND = re.compile(r"\b[A-Z][\w'’]*-[a-z]+\b")  # "Danish-led", "Norland-funded"


def agent_unnamed(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                  background: set[str]) -> bool:
    """A country the claim names in such a compound that the passage names nowhere (neither
    by a country's name or adjective nor in a compound of its own), or that the sentence
    does not name while its own compound names another ("the French-led force" for "the
    British-led force", whatever country a list elsewhere in the passage names); the corpus's
    setting aside (`background`: "Malian-led" in reports on Mali)."""
    wanted = agent_countries(claim, vocab)
    if not wanted:  # nearly every claim
        return False
    wanted = wanted - {m.value for m in claim.mentions
                       if m.kind == "country" and m.text in background}
    theirs = agent_countries(sentence, vocab)
    return bool(wanted - named(passage, vocab)) \
        or bool(theirs - wanted) and bool(wanted - named(sentence, vocab))


def named(text: Parsed, vocab: Vocabulary) -> set[str]:
    """The countries the text names, by a name, an adjective or a compound."""
    return {m.value for m in text.mentions if m.kind == "country"} \
        | agent_countries(text, vocab)


def agent_countries(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The countries the text's compounds of a country and a participle name; remembered on
    the parse."""
    return remembered(text, ("agent countries", vocab), find_agent_countries, text, vocab)


def find_agent_countries(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(found[1] for match in COMPOUND.finditer(text.text)
                     if (found := agent_country(match.group(), vocab)))


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
