"""A claim of two or more sentences, each read alone with its pronoun subject named: the
claim is one claim whose facts are spread over its sentences.

"The Tarvik guild leased two dredgers in 2031. It moored them at Sudvik." asserts two facts,
one a sentence. Read whole, the claim needs one source sentence (or a neighbour pair) that
states both, and its words meet the sentences of other events: the headline's words and the
body's in "Guild leases dredgers. The Tarvik guild leased two dredgers in 2031." reach a
sentence of another year, whose date then conflicts with the whole claim, though each
sentence, read as a claim of its own, is stated. `clause_parts.read_by_clauses` reads the
sentences alone too, but asks their support of one document and neighbouring paragraphs (a
clause of one sentence stated far off tells of another event); a sentence of its own is an
assertion of its own, and the sources may state each in its own place.

So, when the whole reading does not support the claim, each sentence is read alone, and the
claim is supported when every sentence is, each with its own evidence (all shown). A later
sentence that opens with a subject pronoun ("It", "They", "Its") is read with the subject of
the sentence before in its place: alone, "It moored them at Sudvik" is anyone's deed; a
pronoun stands for the subject before it more often than for anything else, and a wrong
guess leaves the sentence unstated, never a wrong one stated. A sentence that opens on a
demonstrative standing for the whole statement before ("This delayed the works", "That is
right, 2032") says something of that statement, which no reading of it alone can check: such
a claim is left to the whole reading. So is one whose sentences relate their events ("Then",
"So", "As a result": what ties them is a fact neither states; `read_by_clauses` reads those).

Nothing here makes a conflict: a sentence contradicted alone may be another event's, as last
measured (round 76: 3 gains, 3 losses), and `contradicted_part` keeps its gates.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import CheckResult, Stance, Verdict
from .clause_parts import past_or_finite, sentence_split

# a later sentence's opening subject pronoun, read as the sentence before's subject
SUBJECT_PRONOUNS = frozenset("it they he she".split())
# an opening possessive, read as the subject's ("Its budget" -> "The guild's budget")
POSSESSIVES = frozenset("its their his her".split())
# an opening demonstrative that stands for a statement when a verb follows it ("This made
# it harder", "That is right")
DEMONSTRATIVES = frozenset("this that these those".split())
MAX_SUBJECT = 6  # words: a longer run before the verb is no subject phrase this can name
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def sentences_alone(claim: str) -> list[str] | None:
    """The claim's sentences, each as a claim of its own, a later one's opening pronoun
    subject replaced by the subject of the sentence before; None for a claim of one
    sentence, one whose sentences relate their events, or one with a sentence no reading
    alone can check (a demonstrative for the statement before, a pronoun with no subject
    to stand for)."""
    split = sentence_split(claim.strip().rstrip(".!"))
    if split is None or split[1]:
        return None
    sentences = [split[0][0]]
    for sentence in split[0][1:]:
        named = named_subject(sentence, sentences[-1])
        if named is None:
            return None
        sentences.append(named)
    return sentences


def named_subject(sentence: str, before: str) -> str | None:
    """The sentence with an opening pronoun subject replaced by `before`'s subject ("It
    moored them" -> "The Tarvik guild moored them"), or as it is when it opens otherwise;
    None when it opens on a demonstrative standing for a statement, or on a pronoun whose
    sentence before has no subject phrase to name."""
    words = sentence.split()
    first = words[0].lower().strip(",")
    if first in DEMONSTRATIVES and len(words) > 1 and past_or_finite(words[1].strip(",")):
        return None
    if first not in SUBJECT_PRONOUNS | POSSESSIVES:
        return sentence
    subject = subject_of(before)
    if subject is None:
        return None
    if first in POSSESSIVES:
        subject += "'" if subject.endswith("s") else "'s"
    return " ".join([subject, *words[1:]])


def subject_of(sentence: str) -> str | None:
    """The words before the sentence's first finite verb, after any opening phrase set off by
    a comma ("In 2031, the Tarvik guild leased ..." -> "the Tarvik guild"), as the subject
    phrase, capitalised; None when there is no such verb or the run is no short phrase."""
    words = sentence.split()
    for i, word in enumerate(words[1:], start=1):
        bare = word.strip(",;:")
        if bare[:1].islower() and WORD_RE.fullmatch(bare) and past_or_finite(bare):
            run = " ".join(words[:i]).rsplit(",", 1)[-1].split()
            if not run or len(run) > MAX_SUBJECT or run[0].lower() in SUBJECT_PRONOUNS \
                    or run[0].lower() in DEMONSTRATIVES:
                return None
            return " ".join([run[0][:1].upper() + run[0][1:], *run[1:]])
    return None


def read_by_sentences(claim: str, result: CheckResult, check_one) -> CheckResult:
    """`result` (the claim read whole and by its clauses), or, when that is not a support,
    every sentence of the claim read alone (`sentences_alone`) is supported by a sentence of
    one document, and any conflict the whole reading found is `refuted_alone`, the claim
    supported by those sentences, each claim sentence's own shown. `check_one`: the checker
    of one sentence (only called for a claim of two or more sentences)."""
    if result.verdict == Verdict.SUPPORTED or result.attribution is not None:
        return result
    sentences = sentences_alone(claim)
    if sentences is None:
        return result
    found = []
    for sentence in sentences:
        alone = check_one(sentence)
        if alone.verdict != Verdict.SUPPORTED:
            return result  # a sentence unstated: the claim is half-stated at best
        found.append(alone)
    source = one_source(found)
    if source is None or result.verdict == Verdict.CONTRADICTED \
            and not refuted_alone(result, sentences, found):
        return result
    evidence, seen = [], set()
    for alone in found:
        e = next(e for e in supports(alone) if e.hit.passage.source == source)
        if (e.hit.passage.paragraph, e.sentence) not in seen:  # one stating two: shown once
            seen.add((e.hit.passage.paragraph, e.sentence))
            evidence.append(replace(e, hit=replace(e.hit, rank=len(evidence) + 1)))
    return replace(result, verdict=Verdict.SUPPORTED,
                   confidence=min(alone.confidence for alone in found),
                   disagreement=any(alone.disagreement for alone in found),
                   unverified=tuple(dict.fromkeys(w for a in found for w in a.unverified)),
                   evidence=tuple(evidence))


def supports(result: CheckResult):
    return [e for e in result.evidence if e.stance == Stance.SUPPORTS]


def one_source(found: list[CheckResult]) -> str | None:
    """The document with a sentence supporting each claim sentence (the first sentence's
    first such), or None. A claim of sentences tells one account, and a report tells its
    account in one place: sentences supported only by different documents meet each
    document's own event ("The guild arrived in 2031. It was paid in amber." / the arrival in
    one report, a payment of another kind in another), as `clause_parts.in_sequence` asks one
    document of a claim's clauses (and neighbouring paragraphs, which a sentence of its own,
    a headline or a summary line, need not keep to)."""
    shared = set.intersection(*({e.hit.passage.source for e in supports(a)} for a in found))
    return next((e.hit.passage.source for e in supports(found[0])
                 if e.hit.passage.source in shared), None)


def refuted_alone(whole: CheckResult, sentences: list[str], found: list[CheckResult]) -> bool:
    """Every conflict the whole claim's reading found is in a source sentence that supports,
    alone, the claim sentence whose value it conflicts with: read whole, the words of one
    claim sentence placed another's value in that source sentence's event ("Guild, port
    sign lease. The 2031 lease was the first signed by the guild." / a sentence of the
    guild's 2031 lease, the headline's "port" read as the actor), and the sentence carrying
    the value, read alone, finds that very sentence stating it. A conflict of no value
    (a reversal, a polarity) has no carrier and stands."""
    for e in whole.evidence:
        if e.stance != Stance.CONTRADICTS:
            continue
        if not e.conflicts:
            return False
        for conflict in e.conflicts:
            if not any(conflict.claim in sentence
                       and any(s.sentence == e.sentence for s in supports(alone))
                       for sentence, alone in zip(sentences, found)):
                return False
    return True
