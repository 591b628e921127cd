"""Whose figure a figure is, in a sentence that gives two owners two figures.

"Ferries carried about 70% of the freight, while lorries carried 25%" gives each figure the
words before it in its own clause: the ferries own the 70%, the lorries the 25%. Read by
their values and their nouns alone, two such clauses were read wrongly both ways:
- a claim giving each owner its own figure in another order or form ("Lorries carried 25%
  of the freight and ferries about 70%") had its 25% read against the sentence's 70%, whose
  clause states the shared noun ("of the freight") that the second clause leaves unsaid, and
  a true claim was called contradicted;
- a claim giving the ferries the lorries' figure is stated figure by figure, and only the
  owners tell it is wrong.
The owner of a figure is the content words before it back to its clause's or list item's
start (a comma, "and", "while", "whereas", "but") or the previous figure. The claim's
figure is the sentence's figure of the same value when its owner words own that one (and
not every figure of the kind); it is given to another owner when the words only it has
own another figure of its kind, and the words only the sentence's owner has do not.
"""
from __future__ import annotations

from .facts import Mention, Parsed, remembered

OPENERS = frozenset(("and", "while", "whereas", "but", "or"))  # a clause's or item's start
REACH = 8  # words an owner may hold: "the average household in the province"


def owner_terms(text: Parsed, figure: Mention) -> frozenset[str]:
    """The terms of the words that own `figure` (remembered on the parse by its start)."""
    return remembered(text, ("figure owner", figure.start), find_owner, text, figure)


def find_owner(text: Parsed, figure: Mention) -> frozenset[str]:
    before = [t for t in text.tokens if t.end <= figure.start]
    found: set[str] = set()
    for token in reversed(before[-REACH:]):
        if any(m.start <= token.start < m.end for m in text.mentions if m.family != "name"):
            break  # the previous figure: its own item ends there
        if token.word.lower() in OPENERS:
            break
        found.update(token.terms)
        if token.brk:
            break  # a comma, a bracket: the item started with this word
    return frozenset(found)


def kin_figures(text: Parsed, figure: Mention) -> list[Mention]:
    """The text's figures of the same family as `figure` (a count, a percent, an amount)."""
    return [m for m in text.mentions if m.family == figure.family]


def owned_alike(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The claim's figure and the sentence's figure of the same value have the same owner:
    every owner word of the claim's owns the sentence's figure, and not every other figure
    of its kind (the words tell the owners apart)."""
    own = owner_terms(claim, mine)
    return bool(own) and own <= owner_terms(sentence, theirs) and any(
        owner_terms(sentence, m) and not own <= owner_terms(sentence, m)
        for m in kin_figures(sentence, theirs) if m is not theirs)  # (an owner left unsaid,
    # "sent 300 engineers to Kessa and 120 medics to Orm", is the first's: not another)


def given_to_other(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention
                   ) -> Mention | None:
    """The sentence's figure of the kind that the claim figure's owner owns instead of
    `theirs` (the figure of the claim's value, owned by someone else), or None. Both
    owners must hold words of their own: a figure whose clause names no owner ("... and in
    2020 they rose 7%") is its subject's from before, and no other owner is read."""
    own, others = owner_terms(claim, mine), owner_terms(sentence, theirs)
    mine_only, theirs_only = own - others, others - own
    if not mine_only or not theirs_only:
        return None
    return next((m for m in kin_figures(sentence, theirs)
                 if m is not theirs and m.value != mine.value
                 and mine_only <= owner_terms(sentence, m)
                 and theirs_only.isdisjoint(owner_terms(sentence, m))
                 and not others.isdisjoint(owner_terms(sentence, m))), None)
    # (the two owners' clauses parallel, sharing a word, "carried" or "pays": a figure in a
    # clause of another shape, "initially authorized to keep 40 barges, was later allowed
    # to run 60", may tell its owner's deed in other words, and no owner is read against it)
