"""The noun or participle inside a complex preposition of cause ("owing to", "in response
to", "in reaction to", "in the wake of") is stated by a sentence that ties its events with a
cause marker of its own, for support only.

"because" is a stopword, so "The ferry line closed because of the strike" costs nothing for
its connective; "The ferry line closed in response to the strike" paid for "response", a rare
word that no sentence repeats when it ties the same two events otherwise ("the strike led the
line to close", "closed due to the strike"). The connective is the tie, not a fact of its
own: whether the tie is the sentence's is read by the cause readers (`unsaid.unstated_reason`
withholds support when most of the cause's words are unstated, `cause_reversed` and
`cause_elsewhere` when the sentence ties the events the other way round or gives the cause
outside any cause). So the word that only opens the cause counts as stated where the sentence
marks a cause itself (`cause_reversed.relations`, or one of the same openers), and as
unstated elsewhere, as before: a sentence telling both events with no tie does not state
that one answered the other. For support only: a contradiction's rest keeps the word as
written (a sentence writing the same opener still states it).

The connectives are the multiword causal openers those readers already know
(`unsaid.REASONS`, `circumstance.PHRASES`), less the ones naming an asking
(`circumstance.ASKED`: "at the request of" says someone asked, a fact of its own) and the
ones ending in "for" or "at" ("in protest at": a protest is a deed of its own), and
"as a N to" / "as N to" with a noun of such an opener ("as a reaction to"). "due to" after a
form of "be" is a schedule ("was due to sail"), no cause.
"""
from __future__ import annotations

from .auxiliaries import BE
from .circumstance import ASKED, PHRASES
from .cause_reversed import relations
from .facts import ARTICLES, Parsed, remembered
from .unsaid import REASONS

# an opener ending in "to" or "of" only ties the event to its cause; one ending in "for" or
# "at" ("in retaliation for", "in protest at") names a deed of its own against the cause
TYING = frozenset("to of".split())


def openers() -> tuple[tuple[str, ...], ...]:
    """The multiword causal openers, each with one word that is neither a preposition nor an
    article (the word that weighs)."""
    found = []
    for phrase in (*REASONS, *PHRASES):
        if len(phrase) < 2 or ASKED & set(phrase) or phrase[-1] not in TYING:
            continue
        found.append(phrase)
    return tuple(found)


OPENERS = openers()
# the nouns of "in <noun> to" openers, also written "as (a) <noun> to" ("as a reaction to")
NOUNS = frozenset(p[1] for p in OPENERS if len(p) == 3 and p[0] == "in")


def connective_words(claim: Parsed) -> frozenset[int]:
    """The positions of the claim's words that only open a cause: the weighing word of each
    causal opener (`OPENERS`) the claim writes ("response" in "in response to")."""
    return remembered(claim, ("cause connective words",), _connective_words, claim)


def _connective_words(claim: Parsed) -> frozenset[int]:
    words = [t.word.lower() for t in claim.tokens]
    found = set()
    for i in range(len(words)):
        for phrase in OPENERS:
            if tuple(words[i:i + len(phrase)]) != phrase:
                continue
            if phrase[0] == "due" and i and words[i - 1] in BE:
                continue  # "was due to sail": a schedule
            found.update(k for k in range(i, i + len(phrase))
                         if words[k] not in ARTICLES and k > i or len(phrase) == 2 and k == i)
        if words[i] == "as":
            k = i + 1 + (i + 1 < len(words) and words[i + 1] in ARTICLES)
            if k + 1 < len(words) and words[k] in NOUNS and words[k + 1] == "to":
                found.add(k)
    return frozenset(found)


def tie_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's connective words (`connective_words`) when the sentence marks
    a cause of its own, by a verb or connective of causing (`cause_reversed.relations`) or by
    one of the openers; none otherwise."""
    at = connective_words(claim)
    if not at:
        return frozenset()
    terms = frozenset(t for i in at for t in claim.tokens[i].terms)
    if not terms or not (relations(sentence) or opens_cause(sentence)):
        return frozenset()
    return terms


def opens_cause(sentence: Parsed) -> bool:
    """The sentence writes one of the causal openers (or "because")."""
    words = [t.word.lower() for t in sentence.tokens]
    if "because" in words:
        return True
    return any(tuple(words[i:i + len(p)]) == p for i in range(len(words)) for p in OPENERS
               if p[0] == words[i])
