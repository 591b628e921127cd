"""A word a prefix denies, against a verb that only shares its stem.

A negative prefix denies an adjective or adverb ("inaccurately reported", "an improper
count"); the stemmer gives the same stem to an unrelated verb ("the count was proper" /
"the count was properized" aside, "accurately" / "accurated" do not exist, but "correctly" /
"corrected" and "formally" / "formed" do). "The toll was amended after an imprecise first
report" is no denial of what the claim states by "the toll was corrected"/"was rectified": a
correction is an act, correctness an attribute. Read as the same predicate negated on one
side, a true claim ("the figure was corrected after a wire service had misreported it") was
called contradicted by "the figure had been incorrectly reported".

So: the affirming text states the stem only by an inflected verb ("corrected", "correcting")
that is neither the prefixed word's rest itself nor one of that rest's WordNet derivations
that are verbs (`denied_kin`: "inaction" still denies "acted", "noncompliance" "complied"),
while the prefixed word is no verb ("disagree" is) and its rest no verb form ("correctly": an
attribute; "unchanged" denies "changed", a participle, and stays a conflict). "Incorrect" /
"corrected" stays a conflict too: its rest is the verb's own base, which the stem cannot
tell from the adjective.
"""
from __future__ import annotations

from ..search.wordnet import base_forms, can_be_verb
from .facts import Parsed, denied_by_prefix, denied_kin
from .vocabulary import Vocabulary

INFLECTIONS = ("ed", "ing")  # the verb endings that make a word a verb's form, not its base


def other_verb(denying: Parsed, cue: tuple[int, int], affirming: Parsed, term: str,
               vocab: Vocabulary) -> bool:
    """The denial is a prefix on an attribute, and the affirming text states its stem only by
    an inflected verb of another word (see the module)."""
    if denying.prefixed.get(term) != cue:
        return False
    word = denying.text[cue[0]:cue[1]].lower()
    rest = denied_by_prefix(word)
    if not rest or rest.endswith(INFLECTIONS) or can_be_verb(word):
        return False  # "unchanged": a participle denied; "disagree": a verb denied
    if any(term in vocab.analyzer.terms(kin) for kin in denied_kin(rest)):
        return False  # "noncompliance" denies "complied" ("comply"), "inaction" "acted"
    said = [t.lower for t in affirming.tokens if term in t.terms]
    return bool(said) and all(w.endswith(INFLECTIONS) and can_be_verb(w)
                              and rest not in base_forms(w) for w in said)
