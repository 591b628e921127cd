"""A rival that is the claim's own actor: an actor conflict whose source name the claim itself
names, in another of its places, is no other party. "grants for HG-run ferries, which most
of the Velden councils back" / "ferries run by the Harbour Guild (HG)": the Harbour Guild
stands where the claim has the councils, but the claim names the HG too; the sentence tells
of the claim's own guild, in another role, and brings in no actor the claim leaves out.

Unless the sentence names the claim's name too: both names in both texts is a swap ("A asked
B" / "B asked A"), which the sentence does contradict.

A date the claim itself gives another of its events is no rival either (`claim_dates_rival`):
"the tolls the guild set in March 2031 were dropped by late 2031" / "in March 2031, when it
set tolls": the sentence's March 2031 is the claim's own date of the setting, which the
sentence states, and the sentence never states the dropping that the claim's late 2031
dates. A date is compared whole (day, month and year as written): a year
alone or a month alone is a piece that many dates share ("30 June 2023" / "December 2023")."""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import name_found
from .dated import date_start, dated_verb
from .facts import DATE_FAMILIES, Parsed


def claim_names_rival(conflict: Conflict, claim: Parsed, sentence: Parsed, vocab) -> bool:
    """`conflict` is an actor conflict whose source name the claim names elsewhere, and whose
    claim name the sentence does not."""
    if conflict.kind != ConflictKind.ACTOR:
        return False
    theirs = next((m for m in sentence.mentions if m.family == "name"
                   and (m.start, m.end) == conflict.span), None)
    mine = next((m for m in claim.mentions if m.family == "name" and m.text == conflict.claim),
                None)
    if theirs is None or mine is None or name_found(mine, sentence, vocab):
        return False
    return any(name_found(name, claim, vocab) for name in names_of(theirs, sentence))


def names_of(name, sentence: Parsed) -> list:
    """The name and the acronym the sentence gives it in brackets right after it ("the African
    Union (AU)"): a claim may name the actor by either."""
    return [name] + [m for m in sentence.mentions if m.family == "name"
                     and sentence.text[name.end:m.start].strip() == "("]




def claim_dates_rival(conflicts, claim: Parsed, sentence: Parsed,
                      stated: set[str] | frozenset[str]) -> bool:
    """Every conflict is a date of the sentence whose whole date the claim writes as the date of
    another verb, one the sentence states (`stated`: the claim terms it states, forms and
    synonyms counted), while the claim's own date in the conflict dates a verb the sentence
    does not state."""
    return bool(conflicts) and all(
        c.kind == ConflictKind.DATE and own_date_elsewhere(c, claim, sentence, stated)
        for c in conflicts)


def own_date_elsewhere(conflict: Conflict, claim: Parsed, sentence: Parsed, stated) -> bool:
    theirs = whole_date(sentence, conflict.span)
    at = claim.text.find(conflict.claim)
    mine = [m for m in claim.mentions if m.family in DATE_FAMILIES
            and at <= m.start and m.end <= at + len(conflict.claim)] if at >= 0 else []
    if theirs is None or not mine:
        return False
    mine_verb = dated_verb(claim, mine[-1])
    if mine_verb is None or set(mine_verb.terms) & stated:
        return False  # the sentence tells the claim's dated event: its date is a rival
    return any(whole_date(claim, (m.start, m.end)) == theirs
               and (verb := dated_verb(claim, m)) is not None and verb is not mine_verb
               and set(verb.terms) & stated
               for m in claim.mentions if m.family in DATE_FAMILIES)


def whole_date(text: Parsed, span: tuple[int, int]) -> str | None:
    """The whole date (day, month and year) holding the text's date at `span`, as written, its
    letters and digits alone and in lower case; None where no date stands there."""
    within = [m for m in text.mentions if m.family in DATE_FAMILIES
              and m.start < span[1] and span[0] < m.end]
    if not within:
        return None
    last = max(within, key=lambda m: m.end)
    return "".join(ch for ch in text.text[date_start(text, last):last.end].lower()
                   if ch.isalnum())
