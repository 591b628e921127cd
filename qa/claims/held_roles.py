"""Who holds a duty, a lead or a support: the participant a clause gives a noun of a role, or
the deed of an infinitive it is "there to" do, read from the clause's grammar.

`roles.read_roles` reads the agent of a verb (its subject, or a passive's "by") and of a deed's
noun ("the council's decision"). A writer who swaps two parties' parts in a division of labour
says it with nouns held and infinitives of purpose as often: "the duty to inspect the ferries
lies with the harbour board, with the coast guard there to assist it" against "the coast guard
has the chief duty to inspect the ferries; the board is only there to help it on patrols";
"the audit was run by the regional office with support from the capital" against "run from
the capital, with the regional office merely in support". With neither part read, the swapped
claim was supported by coverage.

Who holds a noun (any noun, read in these frames only): its "holder", who has it or with whom
it rests; its "agent", who gives or does it (a source after "with", one "in" its part):

- "X has / holds / bears the (main) N": X, the subject of the verb of having;
- "X's (main) N": X, the genitive of its phrase;
- "... is the (main) N of X": X, the "of" after a predicate's noun;
- "N ... rests / lies with X": X, after the "with" of a verb of resting, in the noun's clause;
- "with N from X", "with the N of X": X, the source of the noun a "with" opens;
- "with X (in Y) in N": X, the participant a "with" opens, "in" the noun's part.

The agent of an infinitive after "there" ("X is there to assist", "with X there to assist")
is X: `there_to`.
"""
from __future__ import annotations

from ..text.analyze import load_stopwords
from .facts import Parsed
from .participants import (ARTICLES, Party, ending_before, modifier, parties, phrase_ends,
                           starting)
from .vocabulary import Vocabulary

# verbs of having a thing as one's own: the subject holds the noun after them
HAVING = frozenset("has have had having holds hold held holding bears bear bore borne "
                   "bearing".split())
# verbs of a thing's lying with its holder: "the duty rests with X"
RESTING = frozenset("rests rest rested resting lies lie lay lain lying".split())
REACH = 8  # words between a noun and its verb of resting ("the duty to inspect the ferries")
# adverbs of focus that may stand between a participant and its part ("merely in support",
# "only there to assist")
FOCUS = frozenset("only merely just simply solely mainly chiefly largely".split())
BE = frozenset("is are was were be been being".split())


def holder(text: Parsed, k: int, vocab: Vocabulary, event: bool = False
           ) -> tuple[str, tuple[Party, ...]]:
    """The role and the participant the text gives the k-th word, a noun, in one of the
    frames above; ("", ()) if none is read. One who has a thing or with whom it rests is its
    "holder", which is not its giver: "a mandate from the board" gives the board the "agent"
    role of a mandate, as "a mandate given by the board" does, and the holder is the one
    who has it. A genitive is the agent of a deed's noun (`event`), the holder of another."""
    tokens = text.tokens
    word = tokens[k].lower
    if not word.isalpha() or not tokens[k].word.islower() or word in load_stopwords() \
            or word.endswith("ly") or not phrase_ends(text, k) \
            or any(p.first <= k <= p.last for p in parties(text, vocab)):
        return "", ()  # no noun ending its phrase: "primary" of "primary duty", "to", "in"
    j = k - 1  # the word before the noun's phrase: its modifiers and article skipped
    while j >= 0 and k - j <= 3 and not tokens[j + 1].brk and modifier(tokens[j]) \
            and not any(p.last == j for p in parties(text, vocab)):
        j -= 1
    while j >= 0 and tokens[j].lower in ARTICLES and not tokens[j + 1].brk:
        j -= 1
    if j >= 0 and not tokens[j + 1].brk:
        owners = [p for p in parties(text, vocab) if p.last == j and p.possessive]
        if owners:  # "the board's main duty"
            return "agent" if event else "holder", (min(owners, key=lambda p: p.first),)
        if tokens[j].lower in HAVING:  # "the board has the main duty"
            return "holder", ending_before(text, j, vocab)
        if tokens[j].lower in BE and not event and k + 2 < len(tokens) \
                and tokens[j + 1].lower in ARTICLES \
                and tokens[k + 1].lower == "of" and not tokens[k + 1].brk:
            # "inspecting the ferries is the main duty of the board": the predicate's noun,
            # after its article, and its "of"; elsewhere an "of" after a noun names a part, a
            # patient, a place, and "is one of several" a member of a set
            found = starting(text, k + 2, vocab)
            return "holder", (found,) if found is not None and not found.possessive else ()
        if tokens[j].lower == "with" and k + 2 < len(tokens) and not tokens[k + 1].brk \
                and tokens[k + 1].lower in ("from", "of"):  # "with support from X"
            source = starting(text, k + 2, vocab)
            return "agent", (source,) if source is not None and not source.possessive else ()
        if tokens[j].lower == "in" and j == k - 1:  # "with X (merely) in support"
            found = with_party(text, j, vocab)
            if found:  # the one "in support", "in charge": the doer
                return "agent", found
    for m in range(k + 1, min(len(tokens) - 1, k + REACH + 1)):
        if tokens[m].brk:
            break
        if tokens[m].lower in RESTING and tokens[m + 1].lower == "with" \
                and not tokens[m + 1].brk:  # "the duty ... rests with X"
            found = starting(text, m + 2, vocab)
            return "holder", (found,) if found is not None and not found.possessive else ()
    return "", ()


def with_party(text: Parsed, j: int, vocab: Vocabulary) -> tuple[Party, ...]:
    """The participant a "with" opens, when only its own place ("in Y") and adverbs of focus
    stand between it and the j-th word: "with the regional office in Tarn merely in"."""
    tokens = text.tokens
    m = j - 1
    while m >= 0 and tokens[m].lower in FOCUS and not tokens[m + 1].brk:
        m -= 1
    ending = [p for p in parties(text, vocab) if p.last == m]
    while ending and not tokens[min(p.first for p in ending)].brk:
        first = min(p.first for p in ending)
        before = first - 1
        while before >= 0 and tokens[before].lower in ARTICLES:
            before -= 1
        if before < 0:
            return ()
        if tokens[before].lower == "with":
            party = max((p for p in ending if p.first == first), key=lambda p: p.last)
            return (party,) if not party.possessive else ()
        if tokens[before].lower not in ("in", "at") or tokens[before + 1].brk:
            return ()
        ending = [p for p in parties(text, vocab) if p.last == before - 1]
    return ()


def there_to(text: Parsed, verb: int, vocab: Vocabulary) -> tuple[Party, ...]:
    """The agent of the infinitive at `verb` after "there to": the subject of the "be" before
    "there" ("the coast guard is only there to assist"), or the participant a "with" opens
    right before it ("with the coast guard there to assist"); () otherwise."""
    tokens = text.tokens
    if verb < 3 or tokens[verb - 1].lower != "to" or tokens[verb - 2].lower != "there" \
            or tokens[verb - 1].brk or tokens[verb - 2].brk:
        return ()
    j = verb - 3
    while j >= 0 and tokens[j].lower in FOCUS and not tokens[j + 1].brk:
        j -= 1
    if j < 0 or tokens[j + 1].brk:
        return ()
    if tokens[j].lower in BE:
        return ending_before(text, j, vocab)
    return with_party(text, j + 1, vocab)
