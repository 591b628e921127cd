"""The sentence's date of the claim's dated verb, among several dates of its kind.

A sentence often dates two events in one clause: "The relief flotilla was launched in January
2011 and was merged into the coastal fleet upon its sailing in July of that year."
A claim that dates one of them otherwise ("was merged into the coastal fleet in
October 2011") meets a sentence with two months, neither right beside the claim's words, so
neither is the claim's date by its neighbours (`compare.same_role`) and neither is the
sentence's one date (`compare.lone_date`): the wrong month went unread. But a date dates the
verb in the past nearest before it in its clause (`dated.dated_verb`): "July" dates
"incorporated", "January" dates "deployed". The sentence's one date of the claim's kind that
dates the claim date's own verb (the word, another form of it or a synonym) is the claim's
event's date, read as a lone date is (`check`: a conflict only where the sentence states the
claim's event and names its actors).

Headlines and bulletin lines date their events this way ("Relief mission deploys Jan 2011,
folds into regional force in October"): a verb and its date, several to a line, the verb often
in the present, which dates the event as a past does (`present_dated`).
"""
from __future__ import annotations

from .dated import dated_verb, deadline
from .facts import DATE_FAMILIES, Mention, Parsed, Token, clause_bounds
from .headline import present_verb
from .vocabulary import Vocabulary



def date_of_same_verb(claim: Parsed, mine: Mention, sentence: Parsed,
                      vocab: Vocabulary) -> Mention | None:
    """The sentence's one date of the kind of the claim's date (a day given as in the claim)
    that dates the same verb and differs from it, or None."""
    if mine.family not in DATE_FAMILIES:
        return None
    ours = dated_verb(claim, mine) or present_dated(claim, mine)
    if ours is None or not ours.terms:
        return None
    kin = [s for s in sentence.mentions if s.family == mine.family and s.kind == mine.kind
           and bool(s.day) == bool(mine.day)]
    if len(kin) < 2:
        return None  # one date alone is `compare.lone_date`'s
    same = [s for s in kin if dates_verb(sentence, s, ours.terms, vocab)]
    if len(same) != 1:
        return None
    theirs = same[0]
    if theirs.value == mine.value or deadline(sentence, theirs) != deadline(claim, mine):
        return None  # the same date; or "by July" (an end set) against "in October"
    return theirs


def present_dated(claim: Parsed, mention: Mention) -> Token | None:
    """A headline's verb in the present ("folds into the mission in October"): the nearest
    before the date in its clause, for a claim whose clause has no past (`dated.dated_verb`)."""
    low, _ = clause_bounds(claim, mention.start, mention.end)
    return next((t for t in reversed(claim.tokens)
                 if low <= t.start and t.end <= mention.start and t.terms
                 and present_verb(t.word)), None)


def dates_verb(sentence: Parsed, mention: Mention, terms, vocab: Vocabulary) -> bool:
    """The verb the sentence's date dates is one of `terms` or a synonym of one."""
    verb = dated_verb(sentence, mention)
    if verb is None or not verb.terms:
        return False
    theirs = set(verb.terms)
    return any(vocab.matches(t, theirs, vocab.expand(theirs)) for t in terms)
