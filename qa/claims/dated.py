"""The date of a named thing: "Resolution 2100 of 25 April 2013", "Resolution 2100 (April 25,
2013)". A date written right after an identifier (`qa.claims.identifiers`: a number right after
a capitalised noun) is that thing's own date, whatever the verb around it: a claim that dates
the same identifier otherwise ("passed Resolution 2100 on 25 April 2014") is contradicted by
it even where the sentence tells no event of the claim's ("Based on Resolution 2100 of ...")."""
from __future__ import annotations

import re

from ..search.wordnet import can_be_verb
from ..text.lexicon import unchanged_pasts
from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed, Token, clause_bounds, last_words, remembered
from .identifiers import identifier
from .past_forms import past_verb_form
from .vocabulary import Vocabulary

# what may stand between an identifier and its date: "of", "on", "dated", "adopted on", an
# opening bracket, a comma
BETWEEN_RE = re.compile(r"\s*,?\s*(?:\(|of|on|dated|adopted|adopted on|passed on)?\s*",
                        re.IGNORECASE)


def date_start(text: Parsed, mention: Mention) -> int:
    """Where the date holding `mention` begins: a year after its day and month ("25 April
    2014", "April 25, 2013") begins with them."""
    start = mention.start
    for other in text.mentions:
        if other.family == "month" and other.end <= start \
                and re.fullmatch(r"\s*,?\s*", text.text[other.end:start]):
            start = other.start
    return start


def dated_identifier(text: Parsed, mention: Mention) -> str | None:
    """The identifier ("resolution 2100") whose own date `mention` is part of, if any."""
    start = date_start(text, mention)
    for other in text.mentions:
        if other.end <= start and identifier(text, other) \
                and BETWEEN_RE.fullmatch(text.text[other.end:start]):
            before = re.search(r"([^\W\d_][\w’'-]*)\s+$", text.text[:other.start])
            return f"{before.group(1).lower()} {other.text}" if before else None
    return None


def dated_alike(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Whether the claim's one date conflict is about the date of an identifier the sentence
    dates too ("Resolution 2100 on 25 April 2014" / "Resolution 2100 of 25 April 2013")."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.DATE:
        return False
    conflict = conflicts[0]
    mine = next((m for m in claim.mentions if m.text == conflict.claim
                 and m.family in ("year", "month")), None)
    theirs = next((m for m in sentence.mentions if (m.start, m.end) == conflict.span), None) \
        or next((m for m in sentence.mentions if m.text == conflict.source
                 and m.family in ("year", "month")), None)
    if mine is None or theirs is None:
        return False
    named = dated_identifier(claim, mine)
    return named is not None and named == dated_identifier(sentence, theirs)


def dates_another_thing(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The sentence's date is the own date of a named thing the claim's date does not date
    ("On 1 July 2013, the mission replaced ..." / "Based on Resolution 2100 of 25 April 2013,
    the mission was to ..."): no rival of it."""
    if theirs.family not in ("year", "month"):
        return False
    named = dated_identifier(sentence, theirs)
    return named is not None and named != dated_identifier(claim, mine)


def dated_verb(text: Parsed, mention: Mention) -> Token | None:
    """The verb in the past a date dates: the nearest before it in its clause ("asked for the
    withdrawal on 16 June"), else after it ("on 16 June it asked"); None if its clause has none.
    An auxiliary ("has run") is no such verb: the one it helps is. Remembered on the parse
    by the date's place: asked for each candidate rival, in claim and sentence alike."""
    return remembered(text, ("dated verb", mention.start, mention.end),
                      find_dated_verb, text, mention)


def find_dated_verb(text: Parsed, mention: Mention) -> Token | None:
    """`dated_verb`, worked out."""
    low, high = clause_bounds(text, mention.start, mention.end)
    before = [t for t in text.tokens if low <= t.start and t.end <= mention.start]
    after = [t for t in text.tokens if t.start >= mention.end and t.start < high]
    return next((t for t in [*reversed(before), *after] if t.terms and datable_past(t.word)), None)


def datable_past(word: str) -> bool:
    """A word in lower case that is a verb's past form (`past_forms.past_verb_form`: "asked",
    "took") or a past that is its base ("put", `lexicon.unchanged_pasts`), which a date makes
    a past."""
    low = word.lower()
    return word == low and (past_verb_form(low)
                            or low in unchanged_pasts() and can_be_verb(low))


def dated_verbs(claim: Parsed, mine: Mention, sentence: Parsed,
                theirs: Mention) -> tuple[Token, Token] | None:
    """The past verbs the claim's date and the sentence's date (each a year or a month)
    date (`dated_verb`), or None where either dates none: the claim's first, since without
    it the sentence's is not read."""
    if mine.family not in ("year", "month") or theirs.family not in ("year", "month"):
        return None
    ours = dated_verb(claim, mine)
    their = dated_verb(sentence, theirs) if ours is not None else None
    return None if ours is None or their is None else (ours, their)


def dates_another_event(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                        vocab: Vocabulary) -> bool:
    """Each date dates a verb the other does not state, not even by a synonym: the claim's
    verb is not in the clause of the sentence's date, the sentence's verb not in the claim
    ("asked for the withdrawal on 16 June" / "Following the request, the council terminated
    the mandate on June 30th"): two events' dates, no conflict of one. Unless the same thing
    stands right before both dates ("took power in August" / "seized power in May", "the
    Moura massacres of March 2023" / "massacres in Moura in March 2022"), and neither is an
    end set for it ("called for the withdrawal on 16 June" / "the withdrawal would be
    completed by December 2023")."""
    verbs = dated_verbs(claim, mine, sentence, theirs)
    if verbs is None:
        return False
    ours, their = verbs
    said = lambda token, terms: any(vocab.matches(t, terms, vocab.expand(terms))
                                    for t in token.terms)
    low, high = clause_bounds(sentence, theirs.start, theirs.end)
    clause = {t for token in sentence.tokens if low <= token.start < high for t in token.terms}
    if said(ours, clause) or said(their, claim.terms):
        return False
    if deadline(sentence, theirs) != deadline(claim, mine):
        return True
    if not theirs.day:
        return False  # a month or a year may date what it says and a neighbour's event
    near = {t for token in word_before(sentence, theirs) for t in token.terms}
    return not any(said(token, near) for token in word_before(claim, mine))


def dates_another_actor(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                        named) -> bool:
    """The sentence's date dates a verb whose actor, the last name before it in its clause, the
    claim does not name, while the claim's actor is named elsewhere in the sentence ("MINUSMA
    deployed on 1 July 2013" / "AFISMA was deployed in January 2013 and was incorporated into
    MINUSMA"): another actor's event. `named(name, text)` tells whether a text names a name
    (`compare.name_found`)."""
    verbs = dated_verbs(claim, mine, sentence, theirs)
    if verbs is None:
        return False
    ours, their = verbs
    actor, other = actor_of(claim, ours), actor_of(sentence, their)
    return actor is not None and other is not None and not named(other, claim) \
        and named(actor, sentence)


def actor_of(text: Parsed, verb: Token) -> Mention | None:
    """The last name before the verb in its clause: its subject, as far as word order tells."""
    low, _ = clause_bounds(text, verb.start, verb.end)
    return next((m for m in reversed(text.mentions) if m.family == "name"
                 and low <= m.start and m.end <= verb.start), None)


# the words that make a date the end of a span: "completed by December 2023", "until June"
ENDS = frozenset("by until till".split())
NEAR = 2  # content words right before a date that name what it dates: "the Moura massacres of"


def deadline(text: Parsed, mention: Mention) -> bool:
    """The date is an end set for something ("by December 2023"): the word before the whole
    date is "by", "until" or "till"."""
    words = last_words(text.text, date_start(text, mention), 1)
    return bool(words) and words[-1].lower() in ENDS


def word_before(text: Parsed, mention: Mention) -> list[Token]:
    """The NEAR content words right before the whole date, in its clause."""
    start = date_start(text, mention)
    low, _ = clause_bounds(text, start, mention.end)
    return [t for t in text.tokens if low <= t.start and t.end <= start and t.terms
            and not t.word[0].isdigit()][-NEAR:]
