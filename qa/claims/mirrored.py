"""Two things named by common nouns that a claim and a sentence put on opposite sides of the
same active verb: "the paper mill fined the authority" / "the authority fined the paper
mill". `qa.claims.roles` reads such swaps for participants that are actors (WordNet's persons
and groups, names); things such as a mill, a fishery or a treaty fell through it, and with
every word of the claim stated the sentence was read as support (1.0).

Read only in the plainest clause: a phrase of content words right before an active verb (an
auxiliary, a negation or an adverb between) and one right after it (an article or a
possessive between), on both sides, with the claim's verb stated by the sentence's (its word,
a synonym or another form: `roles.verb_places`). The swap must be crossed both ways: the
claim's subject head in the sentence's object phrase and its object head in the sentence's
subject phrase, neither in its own, and the two heads different words.

Each side is read in either voice (`roles_at`): the agent of a passive with its "by" ("the
mill was fined by the authority": the authority fined) is the active's subject, its subject
the active's object, so "Kessler invited Pomfret" is the converse of "Kessler was invited by
Pomfret" and what "Pomfret invited Kessler" says. A present "-s" form ("Vesk orbits Tessa")
counts as a verb where an article or a capitalised word follows it: a plural noun is
followed by neither in a plain clause ("Vesk orbits are ..." reads no verb).
"""
from __future__ import annotations

from .facts import Parsed, Token
from .opposition import AGENT_REACH, active, finite, passive, used_as_verb
from .participants import ARTICLES, BETWEEN_VERB, MODIFIERS, Party
from .roles import verb_places
from .vocabulary import Vocabulary


def mirrored(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> tuple[Party, Party] | None:
    """The claim's subject phrase and the sentence's in its place, where the sentence gives
    the claim's subject and object each other's sides of the claim's verb; None otherwise."""
    for n in range(1, len(claim.tokens) - 1):
        mine = roles_at(claim, n)
        if mine is None:
            continue
        subject, thing = mine
        for k in verb_places(claim.tokens[n], sentence, vocab):
            theirs = roles_at(sentence, k)
            if theirs is None:
                continue
            their_subject, their_thing = theirs
            mine_subject, mine_thing = head(claim, subject), head(claim, thing)
            if mine_subject & their_thing.terms and mine_thing & their_subject.terms \
                    and not mine_subject & their_subject.terms \
                    and not mine_thing & their_thing.terms:
                return subject, their_subject
    return None


def roles_at(text: Parsed, n: int) -> tuple[Party, Party] | None:
    """(the one who acts, the one acted on) at the verb at `n`: the phrases before and after
    an active verb (`sides`), or after a passive's "by" and before its form of "be"; None
    where the clause does not say them plainly."""
    if passive(text, n):
        by = next((k for k in range(n + 1, min(n + 1 + AGENT_REACH, len(text.tokens)))
                   if text.tokens[k].lower == "by"), None)
        if by is None or any(t.brk for t in text.tokens[n + 1:by + 1]):
            return None  # a reduced passive's "by" is past a break, or no agent's
        agent, patient = phrase_after(text, by), phrase_before(text, n)
        if agent is None or patient is None or head(text, agent) & head(text, patient):
            return None
        return agent, patient
    return sides(text, n)


def present_verb(text: Parsed, n: int) -> bool:
    """A present "-s" form of a verb with an article or a capitalised word right after it
    ("orbits the star", "orbits Tessa"): a plural noun ends its phrase before either."""
    tokens = text.tokens
    word = tokens[n].lower
    if not word.endswith("s") or word.endswith("ss") or n + 1 >= len(tokens) \
            or tokens[n + 1].brk or not used_as_verb(text, n):
        return False
    after = tokens[n + 1].word
    return after.lower() in ARTICLES or after[:1].isupper() and after.isalpha()


def head(text: Parsed, party: Party) -> frozenset[str]:
    """The terms of the phrase's last word, its head ("mill" of "the paper mill")."""
    return frozenset(text.tokens[party.last].terms)


def sides(text: Parsed, n: int) -> tuple[Party, Party] | None:
    """The phrases right before and right after an active finite verb at `n`, each of
    content words only; None where either is missing or they share their head."""
    if not ((finite(text, n) or present_verb(text, n)) and active(text, n)) \
            or text.tokens[n].brk:
        return None
    before = phrase_before(text, n)
    after = phrase_after(text, n)
    if before is None or after is None or head(text, before) & head(text, after):
        return None
    return before, after


def content(token: Token) -> bool:
    return bool(token.terms) and token.word.isalpha()


def phrase_before(text: Parsed, n: int) -> Party | None:
    """The content words ending right before the verb (words of `BETWEEN_VERB` between),
    back to the first word that is not one, at most MODIFIERS + 1 of them."""
    j = n - 1
    while j >= 0 and text.tokens[j].word.lower() in BETWEEN_VERB and not text.tokens[j + 1].brk:
        j -= 1
    if j < 0 or not content(text.tokens[j]) or text.tokens[j + 1].brk:
        return None
    first = j
    while first > 0 and first > j - MODIFIERS and content(text.tokens[first - 1]) \
            and not text.tokens[first].brk:
        first -= 1
    return phrase(text, first, j)


def phrase_after(text: Parsed, n: int) -> Party | None:
    """The content words right after the verb (an article or a possessive between), up to
    the first word that is not one or a figure, at most MODIFIERS + 1 of them."""
    tokens = text.tokens
    j = n + 1
    while j < len(tokens) and tokens[j].word.lower() in ARTICLES and not tokens[j].brk:
        j += 1
    figures = [(m.start, m.end) for m in text.mentions if m.family != "name"]
    last = j - 1
    while last + 1 < len(tokens) and last + 1 <= j + MODIFIERS \
            and content(tokens[last + 1]) and not (last + 1 > j and tokens[last + 1].brk) \
            and not any(s <= tokens[last + 1].start < e for s, e in figures):
        last += 1
    if last < j or j < len(tokens) and tokens[j].brk:
        return None
    return phrase(text, j, last)


def phrase(text: Parsed, first: int, last: int) -> Party:
    tokens = text.tokens[first:last + 1]
    return Party(text.text[tokens[0].start:tokens[-1].end], tokens[0].start, tokens[-1].end,
                 first, last, frozenset(t for token in tokens for t in token.terms))
