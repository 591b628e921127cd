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

from ..text.sentences import split_sentences
from .facts import Parsed, remembered
from .figure_roles import participle
from .vocabulary import Vocabulary

COMPOUND = re.compile(r"\b[A-Z][\w'’]*-[a-z]+\b")  # "Danish-led", "Norland-funded"


def agent_unnamed(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                  background: set[str]) -> bool:
    """A country the claim names in such a compound that the passage names nowhere (neither
    by a country's name or adjective nor in a compound of its own), or that the sentence
    holding a compound of another country does not name ("the French-led force" for "the
    British-led force", whatever country a list elsewhere in the passage, or in the
    neighbour read with it, names); the corpus's setting aside (`background`: "Malian-led"
    in reports on Mali)."""
    wanted = agent_countries(claim, vocab)
    if not wanted:  # nearly every claim
        return False
    wanted = wanted - {m.value for m in claim.mentions
                       if m.kind == "country" and m.text in background}
    if wanted - named(passage, vocab, 0, len(passage.text)):
        return True
    for start, end, country in compounds(sentence, vocab):
        if country not in wanted:
            piece = next((s, e) for s, e in split_sentences(sentence.text) if s <= start < e)
            if wanted - named(sentence, vocab, *piece):
                return True
    return False


def named(text: Parsed, vocab: Vocabulary, start: int, end: int) -> set[str]:
    """The countries the text names between `start` and `end`, by a name, an adjective or a
    compound."""
    return {m.value for m in text.mentions if m.kind == "country" and start <= m.start < end} \
        | {country for at, _, country in compounds(text, vocab) if start <= at < end}


def agent_countries(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The countries the text's compounds of a country and a participle name."""
    return frozenset(country for _, _, country in compounds(text, vocab))


def compounds(text: Parsed, vocab: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country) of each compound of a country and a participle in the text;
    remembered on the parse."""
    return remembered(text, ("agent compounds", vocab), find_compounds, text, vocab)


def find_compounds(text: Parsed, vocab: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    return tuple((match.start(), match.end(), found[1]) for match in COMPOUND.finditer(text.text)
                 if (found := agent_country(match.group(), vocab)))


def agent_country(word: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The first part of a hyphenated word and the country it names ("Danish-led" ->
    ("Danish", denmark)) when the part after the hyphen is a participle; else None."""
    first, hyphen, rest = word.partition("-")
    if not hyphen or not rest.isalpha() or not rest.islower() or not participle(rest):
        return None
    country = vocab.countries.get(first.lower().replace("’", "'"))
    return (first, country) if country else None
