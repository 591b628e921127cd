"""A capital acting in the claim, only qualifying a noun in the sentence: no support.

A capital that acts stands for its country's government ("Norvik signed the treaty": the
Norlandic government signed it, `compare.governing_country`). A capital right before a noun
it qualifies names no actor, only which thing is meant: "the Norvik talks", "the 2031 Norvik
accord between the two militias" tell of talks held there or named for it, and nothing the
government did. Found there, the claim's capital counted as stated, and a sentence whose
deed was done by other parties ("an accord between the militias") supported the claim that
the capital's government did it (round 65, branch capital69: "Norvik signed the accord").
A capital the sentence names as a place ("a review led from Norvik", "talks in Norvik") is
no government's deed either. So where every naming of the claim's acting capital in the
sentence only qualifies a noun or is a place, and the sentence names its country nowhere, the
claim's actor is unstated: no support (a sentence naming it acting anywhere is read as
before).

A capital qualifies the noun after it when nothing stands between them (no genitive, no
comma), that word is a lower-case content word that names no person or group (a capital
before "officials" or "leaders" names the government's people: acting), and it cannot be
a verb, or the capital follows an article, a possessive or a number, which no capital acting
as a subject does ("the Norvik process stalled" / "Norvik processes the requests"), or an
adjective ("the earlier Norvik deal"). A capital opening a longer name ("the Norvik Accord")
qualifies it; its country as a place ("an accord in Norland") names no actor either.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, can_be_verb
from ..text.lexicon import capital_cities
from .compare import governing_country, is_place
from .facts import ARTICLES, Mention, Parsed
from .opposition import POSSESSIVES
from .vocabulary import Vocabulary


def capital_only_qualifying(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim's capital acts, and the sentence names it only as a qualifier of a noun,
    its country nowhere."""
    cities = capital_cities()
    for mine in claim.mentions:
        if mine.family != "name" or mine.text.lower() not in cities:
            continue
        country = governing_country(mine, claim)
        if country is None or qualifies(claim, mine, vocab):
            continue
        city = mine.text.lower()
        qualifying = acting = False
        for theirs in sentence.mentions:
            if theirs.family != "name":
                continue
            text = theirs.text.lower()
            if theirs.kind == "country" and theirs.value == country:
                if is_place(sentence, theirs):
                    qualifying = True  # "a peace accord in Norland": where, not who
                else:
                    acting = True
            elif text == city:
                if qualifies(sentence, theirs, vocab) or is_place(sentence, theirs):
                    qualifying = True  # "the Norvik talks", "held in Norvik": no deed of its
                else:
                    acting = True
            elif text.startswith(city + " "):
                qualifying = True  # "the Norvik Accord": a name the capital opens
        if qualifying and not acting:
            return True
    return False


def qualifies(text: Parsed, name: Mention, vocab: Vocabulary) -> bool:
    """The name stands right before a noun it qualifies (module docstring)."""
    after = next((t for t in text.tokens if t.start >= name.end), None)
    if after is None or text.text[name.end:after.start] != " ":
        return False
    word = after.word
    if not word.isalpha() or not word.islower() or word in vocab.analyzer.stopwords \
            or actor_noun(word):
        return False
    if not can_be_verb(word):
        return True
    before = [t for t in text.tokens if t.end <= name.start]
    if not before or text.text[before[-1].end:name.start] != " ":
        return False  # a clause opens on the capital ("..., Norvik says")
    last = before[-1].word
    if last.lower() in ARTICLES or last.lower() in POSSESSIVES \
            or last.replace(",", "").isdigit():
        return True
    # an adjective before it ("the earlier Norvik deal"): a lower-case word that is no
    # function word and no verb, which no subject follows
    return last.isalpha() and last.islower() and last not in vocab.analyzer.stopwords \
        and not can_be_verb(last)
