"""The claim a "rather than" sets aside: the alternative put in the place of the claim's fact.

"Farwick, rather than the port board, closed the pier in May" says the port board did not
close it. When the sources state that the port board closed the pier in May, they state the
very thing the claim denies: the claim is contradicted. Read the claim's own way, the
sentence names another actor, and a claim whose fact the sentences never state was left
not_found however plainly they stated its alternative (`check.check` reads this only then).

`set_aside_claim` writes the alternative claim: the claim with its fact replaced by the
alternative after its one "rather than" ("instead of", or a contrastive "not" after a comma:
"Farwick, not the port board, closed it"), and the cue dropped. The fact is the
phrase right before the cue that runs parallel to the alternative, told by the alternative's
first word (a closed class each, never a list of phrases met):
- a preposition (or "because", "when", "while"): the fact opens at the nearest such word
  before the cue, the same one if the clause has it ("moored at the quay rather than in the
  bay": "at the quay");
- an article or an owner: at the nearest such word ("as a first resort rather than a last
  one": "a first resort");
- a participle in "-ing": at the nearest such word ("growing rather than shrinking");
- any other word (a name, a noun, an adjective, an adverb): the content words right before
  the cue ("the Varn Guild, rather than the board," / "a divided council rather than
  unanimously": "Varn Guild", "divided council"); not a lower-case word that can be a verb
  ("to support the wardens rather than replace them": a verb's phrase, which has no noun's
  place to take).
The fact never reaches back past a comma other than the one right before the cue, nor past
the claim's start. A claim with two cues is not read.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from ..types import CheckResult, Conflict, ConflictKind, Stance, Verdict
from .facts import DETERMINERS as ARTICLES_AND_OWNERS

CUE_RE = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
# a contrastive "not" after a comma, opening the phrase it sets aside ("the guild, not the
# council, closed it"); not one of degree, time or focus ("not least", "not only", "not yet")
NOT_RE = re.compile(r",\s+(not)\s+(?!(?:least|only|just|merely|even|yet|until|all|every|always|"
                    r"that|whether|if|simply|necessarily|quite|so|to\s+mention)\b)(?=\w)",
                    re.IGNORECASE)
WORD_RE = re.compile(r"[\w'’-]+|[,;:()\u2013\u2014]")
# what ends the alternative after the cue: a clause's punctuation
CLOSING = frozenset(",;:()\u2013\u2014")
# and the conjunctions that open a clause of cause or time as a preposition opens its phrase
# ("because it lacks funds rather than because the board withdrew")
PREPOSITIONS = frozenset("about above across after against along among around at because before "
                         "behind below beside between by during for from in inside into near of "
                         "off on onto outside over since through throughout to toward towards "
                         "under until upon when while with within without".split())
DETERMINERS = ARTICLES_AND_OWNERS | {"your", "my"}  # a speaker's own too ("my first choice")


class SetAside(NamedTuple):
    text: str  # the claim with its fact replaced by the alternative
    fact: str  # the claim's fact, as written
    alternative: str  # the alternative the claim sets aside, as written


def set_aside_claim(claim: str) -> SetAside | None:
    """The alternative claim of `claim`'s one "rather than" ("instead of", ", not"), or
    None."""
    cues = [(m.start(), m.end()) for m in CUE_RE.finditer(claim)] \
        + [(m.start(1), m.end(1)) for m in NOT_RE.finditer(claim)]
    if len(cues) != 1:
        return None
    cue_start, cue_end = cues[0]
    after = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(claim, cue_end)]
    end = next((k for k, w in enumerate(after) if w[0] in CLOSING), len(after))
    alternative = after[:end]
    if not alternative:
        return None
    before = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(claim[:cue_start])]
    apposed = bool(before) and before[-1][0] == ","
    if apposed:
        before = before[:-1]
    start = fact_start([w for w, _, _ in before], alternative[0][0])
    if start is None:
        return None
    fact_text = claim[before[start][1]:before[-1][2]]
    alt_text = claim[alternative[0][1]:alternative[-1][2]]
    # the alternative in the fact's place; with the cue and its comma (an apposed
    # alternative closes on a comma too, dropped with it)
    rest = claim[alternative[-1][2]:]
    if apposed and end < len(after) and after[end][0] == ",":
        rest = claim[after[end][2]:]
    text = claim[:before[start][1]] + alt_text + rest
    return SetAside(" ".join(text.split()), fact_text, alt_text)


def fact_start(words: list[str], first: str) -> int | None:
    """Where the fact opens among `words` (the claim before the cue), parallel to the
    alternative opening on `first`; None when no such phrase is there."""
    lowered = [w.lower() for w in words]
    bound = max((k + 1 for k, w in enumerate(words) if w in CLOSING), default=0)
    head = first.lower()
    if head in PREPOSITIONS:
        same = nearest(lowered, bound, lambda w: w == head)
        return same if same is not None else nearest(lowered, bound, PREPOSITIONS.__contains__)
    if head in DETERMINERS:
        owner = nearest(lowered, bound, DETERMINERS.__contains__)
        if owner is not None:
            return owner
    elif head.endswith("ing") and len(head) > 4:
        return nearest(lowered, bound, lambda w: w.endswith("ing") and len(w) > 4, alone=True)
    elif first[:1].islower() and can_be_verb(head):
        return None  # a verb's phrase ("support rather than replace them"): no noun's place
    stop = load_stopwords()
    k = len(words)
    while k > bound and lowered[k - 1] not in stop:
        k -= 1
    return k if k < len(words) else None


def nearest(words: list[str], bound: int, test, alone: bool = False) -> int | None:
    """The last index from `bound` on whose word passes `test`, if a word follows it (or,
    `alone`, the word may be the whole fact: a participle)."""
    found = next((k for k in range(len(words) - 1, bound - 1, -1) if test(words[k])), None)
    return found if found is not None and (alone or found < len(words) - 1) else None


def contradicted_by_alternative(claim: str, aside: SetAside, alone: CheckResult,
                                terms) -> CheckResult | None:
    """`claim` contradicted when the sources support its set-aside alternative (`alone`, the
    verdict on `aside.text`) with no word of it left unverified (a support leaving a word
    unsaid is right less often, bench/README round 74, and here a wrong one is a wrong
    contradiction), by the supporting sentences that choose the alternative (`chooses`).
    `terms` is the index's analyzer."""
    if alone.verdict != Verdict.SUPPORTED or alone.unverified:
        return None  # a contradiction resting on a support needs all of it: every word
    own = set(terms(aside.fact)) - set(terms(aside.text))
    other = set(terms(aside.alternative)) - set(terms(aside.fact))
    conflict = Conflict(aside.fact, aside.alternative, ConflictKind.RELATION)
    kept = [e for e in alone.evidence
            if e.stance == Stance.SUPPORTS and chooses(e.sentence, own, other, terms)]
    if not kept:
        return None
    evidence = tuple(replace(e, stance=Stance.CONTRADICTS, conflicts=(conflict,)) for e in kept)
    return replace(alone, claim=claim, verdict=Verdict.CONTRADICTED, evidence=evidence,
                   disagreement=False)


def chooses(sentence: str, own: set[str], other: set[str], terms) -> bool:
    """The sentence states the alternative (at least half of its own terms, `other`) and not
    the claim's fact (less than half of its terms, `own`), each outside what the sentence
    sets aside itself: a sentence naming both ("Norland and Varnia deployed") tells nothing
    of the choice, one setting the alternative aside ("to the quay rather than to the bay")
    states the claim, and one setting the fact aside ("to the bay rather than to the quay")
    the alternative. Terms only in the support's reading do not count: the corpus's
    setting, which a support may leave unsaid, is no alternative stated."""
    passed = set(terms(set_aside_in(sentence)))
    said = set(terms(sentence)) - passed
    return bool(own) and bool(other) and not other & passed \
        and 2 * len(other & said) >= len(other) and 2 * len(own & said) < len(own)


def set_aside_in(sentence: str) -> str:
    """What a sentence sets aside after its own "rather than" ("instead of"), to the clause's
    end; empty when it has none."""
    cue = CUE_RE.search(sentence)
    if cue is None:
        return ""
    return re.split(r"[,;:()\u2013\u2014]", sentence[cue.end():], maxsplit=1)[0]
