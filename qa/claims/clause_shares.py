"""The parts of a claim a supporting sentence must state each of its own: the clauses joined
by "and" (`every_conjunct`), a second complement of one verb (`complements`), a participle's
clause (`every_participle`), a clause of cause (`every_cause`) and a clause of result
(`every_result`). Each is a fact a sentence
stating the rest of the claim may leave unsaid; the support vetoes (`vetoes`) read them.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .cause_clause import cause_clauses
from .facts import Parsed
from .negated_alike import denies_the_same
from .past_forms import past_verb
from .means_clause import means_phrases
from .result_clause import result_clauses
from .result_tie import stated_causes
from .shares import RELATED, SUPPORT, covered
from .vocabulary import Vocabulary

# an "and" before one of these joins two complements of one verb ("described as unenforceable
# and as drafted abroad"), not two clauses: a clause after "and" opens with its subject
# or its verb
COMPLEMENT_OPENERS = ("as",)
CONJUNCT_REACH = 5  # "and the harbour board chairman offered": article, subject, verb


def every_conjunct(claim: Parsed, sentence: Parsed, passage: Parsed, weights: dict[str, float],
                   vocab: Vocabulary, named: frozenset[str]) -> bool:
    """Each of two clauses joined by "and" is a claim of its own: the sentence must state
    SUPPORT of each ("the board asked for a second ferry and offered its pilots to crew it" is
    not stated by a sentence saying only that it asked for the ferry). A second complement
    of one verb ("and as drafted abroad") must be stated at RELATED (`complements`).
    The claim's negation is stated by any negation of the same word ("but never endorsed" /
    "but did not endorse", `denied_alike_here`)."""
    clauses = conjuncts(claim)
    named = named | denied_alike_here(claim, sentence, vocab)
    return (len(clauses) < 2 or states_each(clauses, SUPPORT, sentence, passage, weights, vocab,
                                            named)) \
        and states_each(complements(claim), RELATED, sentence, passage, weights, vocab, named)


def denied_alike_here(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's negation words ("never", "no") when the sentence denies the
    word they deny (`denies_the_same`): a negation is one fact however it is spelled, so its
    word is no term of the claim left unsaid; empty otherwise."""
    cues = [claim.tokens[i] for i in claim.cues]
    if not cues or not denies_the_same(claim, sentence, vocab):
        return frozenset()
    return frozenset(t for token in cues for t in token.terms)


def complements(claim: Parsed) -> list[set[str]]:
    """The terms of each second complement of one verb, after "and as" up to the next break
    ("described as unworkable and as drafted abroad"): a fact of its own, but not a
    clause (`conjuncts` does not split there), and often paraphrased ("a rule laid down by
    foreign shipowners"), so only RELATED of it is asked, as of a participle's clause."""
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens[:-2]):
        if token.word.lower() == "and" and tokens[i + 1].word.lower() in COMPLEMENT_OPENERS \
                and not tokens[i + 1].brk:
            end = next((k for k in range(i + 2, len(tokens)) if tokens[k].brk), len(tokens))
            found.append({term for t in tokens[i + 2:end] for term in t.terms})
    return found


def every_participle(claim: Parsed, sentence: Parsed, passage: Parsed,
                     weights: dict[str, float], vocab: Vocabulary, named: frozenset[str]) -> bool:
    """A clause the claim adds with a present participle after a comma ("..., prompting the
    mission to move its base") is a fact of its own: the sentence must state at least RELATED
    of it, however much it states of the rest. A participle often rephrases its sentence
    ("stretched thin, fielding 13,000 troops"), so only a share that weak is asked."""
    return states_each(participle_clauses(claim), RELATED, sentence, passage, weights, vocab,
                       named)


def every_cause(claim: Parsed, passage: Parsed, weights: dict[str, float], vocab: Vocabulary,
                named: frozenset[str]) -> bool:
    """The passage states at least RELATED of the common words of each clause of cause the
    claim joins to its main clause (`cause_clause.cause_clauses`): writers often give a cause
    in the sentence after its effect ("... slowed the ferries. Since most of its pilots had
    come from Brenna, ..."), so the passage is read, not the sentence alone."""
    return states_each(cause_clauses(claim), RELATED, passage, passage, weights, vocab, named)


def every_result(claim: Parsed, sentence: Parsed, passage: Parsed, weights: dict[str, float],
                 vocab: Vocabulary, named: frozenset[str]) -> bool:
    """The sentence states SUPPORT of each clause the claim tells as a result of another
    (`result_clause.result_clauses`): the result is the claim's point, so stating its cause
    and its subject is not enough; and RELATED of the clause of cause the claim ties it to
    ("since ..., ... as a result", `result_tie.stated_causes`): a sentence telling the result
    of another cause does not state that tie."""
    return states_each(result_clauses(claim), SUPPORT, sentence, passage, weights, vocab, named) \
        and states_each(stated_causes(claim), RELATED, sentence, passage, weights, vocab, named)


def states_each(parts: list[set[str]], share: float, sentence: Parsed, passage: Parsed,
                weights: dict[str, float], vocab: Vocabulary, named: frozenset[str]) -> bool:
    """The sentence states at least `share` of each part's weighted terms."""
    for terms in parts:
        part = {t: w for t, w in weights.items() if t in terms}
        if part and covered(part, sentence, passage, vocab, named=named) < share:
            return False
    return True


def participle_clauses(claim: Parsed) -> list[set[str]]:
    """The terms of each clause that starts at a present participle after a comma, in a claim
    with a past verb before it, up to the next comma or the end; "according to" attributes."""
    tokens, clauses = claim.tokens, []
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if not (0 < i < len(tokens) - 1 and token.brk and word.endswith("ing")
                and word not in ATTRIBUTING and can_be_verb(word)
                and any(past_verb(t.word) for t in tokens[:i])):
            continue
        end = next((k for k in range(i + 1, len(tokens)) if tokens[k].brk
                    and not quoted(claim.text[tokens[k - 1].end:tokens[k].start])), len(tokens))
        clauses.append({term for t in tokens[i:end] for term in t.terms})
    return clauses


ATTRIBUTING = ("according",)  # "..., according to the analysis": a source, not a clause


def quoted(between: str) -> bool:
    """Only quotation marks (and spaces) between two words: a quotation inside the clause
    ("calling the toll "wholly unworkable" and ..."), no end of it."""
    return not between.strip(" \"“”'‘’«»")


def conjuncts(claim: Parsed) -> list[set[str]]:
    """The claim's terms clause by clause, split at each "and" or "but" joining two clauses
    whose predicates are past-tense verbs ("asked ... and offered ..."), the second
    within CONJUNCT_REACH words of the "and" (its subject, if any, is short) and before a
    comma; "Kenya and Peru withdrew" joins two subjects, not two clauses."""
    tokens = claim.tokens
    clauses, start = [], 0
    for i, token in enumerate(tokens):
        if token.word.lower() not in ("and", "but") or not 0 < i < len(tokens) - 1:
            continue
        after = tokens[i + 1:i + 1 + CONJUNCT_REACH]
        after = after[:next((k for k, t in enumerate(after) if k and t.brk), len(after))]
        if any(past_verb(t.word) for t in tokens[start:i]) \
                and any(past_verb(t.word) for t in after) \
                and not after[0].word.lower().endswith("ing") \
                and after[0].word.lower() not in COMPLEMENT_OPENERS:  # "and as imposed"
            clauses.append(tokens[start:i])
            start = i + 1
    clauses.append(tokens[start:])
    return [{term for t in clause for term in t.terms} for clause in clauses]


def every_means(claim: Parsed, sentence: Parsed, passage: Parsed, weights: dict[str, float],
                vocab: Vocabulary, named: frozenset[str]) -> bool:
    """The sentence states SUPPORT of each means the claim adds to its deed ("mainly by
    taxing fuel", `means_clause.means_phrases`): the deed stated, how it was done is a fact
    of its own."""
    return states_each(means_phrases(claim), SUPPORT, sentence, passage, weights, vocab, named)
