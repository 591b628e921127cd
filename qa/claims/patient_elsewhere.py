"""The claim's agent doing the claim's deed to another thing: "Language training for the
staff was financed by the Harbour Trust" / "the dredging project funded by the Harbour Trust";
"the Trust financed the pier's lighting" / "the project is funded with the support of the
Trust".

Coverage weighs words by rarity, and an agent's long name with the claim's verb (or its
synonym) outweighs the few words of what was done: the sentence reached support though what
it says the agent financed is another thing. Where the sentence gives the claim's verb, with
the claim's agent after it in its clause, a patient of its own right before it (the subject of
its passive, "the project is funded by", or the noun its reduced relative qualifies, "the
project funded by"), a noun the claim never states, and half the words of the claim's own
patient or more are words the sentence does not state (one may be a paraphrase: "the
research behind the brief" / "field research ... as part of the project"), the sentence
tells the deed of another thing. Read for
abstention only: the claim's thing may be part of the sentence's ("the training within the
project"), which no conflict can tell.
"""
from __future__ import annotations

from .adverb_words import manner_adverb
from .auxiliaries import HAVE
from .deed_elsewhere import alike
from .facts import BE, Parsed, Token
from .opposition import agents_of, finite, occurrences, outermost, passive

# a passive's auxiliaries between its subject and its participle ("is funded", "has been
# funded")
BE_FORMS = BE | HAVE
REACH = 12  # words after the sentence's verb within which its agent is named


def patient_elsewhere(claim: Parsed, sentence: Parsed, vocab, stated, bodies=None
                      ) -> tuple[str, str] | None:
    """(the claim's verb, the sentence's patient of it) where the sentence gives the claim's
    verb with the claim's agent but another patient, a noun the claim does not state, and
    half the claim's own patient's words or more are not stated (`stated`: the claim terms the
    sentence states, forms and synonyms counted); None otherwise."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not finite(claim, n):
            continue
        agents = agents_of(claim, n)
        words = patient_words(claim, n)
        if not agents or not words \
                or 2 * sum(not set(t.terms) & stated for t in words) < len(words):
            continue
        for k in occurrences(token, sentence, vocab):
            noun = participle_subject(sentence, k)
            if noun is not None and not occurrences(noun, claim, vocab) \
                    and agent_after(sentence, k, agents, claim, vocab, bodies):
                return token.word, noun.word
    return None


def patient_words(claim: Parsed, n: int) -> list[Token]:
    """The words with terms of what the claim's n-th word, a verb, is done to: a passive's
    subject (the words before its auxiliary, from the clause's start), an active verb's
    object (the words after it, to the next break)."""
    tokens = claim.tokens
    if passive(claim, n):
        j = n - 1
        while j >= 0 and tokens[j].word.lower() in BE_FORMS:
            j -= 1
        words = []
        while j >= 0 and not tokens[j + 1].brk:
            words.append(tokens[j])
            j -= 1
        return common(claim, words)
    words = []
    for t in tokens[n + 1:]:
        if words and t.brk:
            break
        words.append(t)
    return common(claim, words)


def common(text: Parsed, words: list[Token]) -> list[Token]:
    """The words with terms that are no part of a name ("Language" first in the claim is)."""
    names = [m for m in text.mentions if m.family == "name"]
    return [t for t in words if t.terms
            and not any(m.start <= t.start < m.end for m in names)]


def participle_subject(sentence: Parsed, k: int) -> Token | None:
    """The noun right before the sentence's k-th word, a participle, as its patient: "the
    project funded by", "the project is funded with"; an adverb between passed over. None
    if the word before is no lower-case content word (a name, a pronoun, "which")."""
    if not sentence.tokens[k].word.lower().endswith(("ed", "en", "wn", "id")):
        return None
    j = k - 1
    while j >= 0 and (sentence.tokens[j].word.lower() in BE_FORMS
                      or manner_adverb(sentence.tokens[j].word)):
        j -= 1
    if j < 0 or sentence.text[sentence.tokens[j].end:sentence.tokens[j + 1].start].strip():
        return None
    noun = sentence.tokens[j]
    return noun if noun.terms and noun.word.isalpha() and noun.word.islower() else None


def agent_after(sentence: Parsed, k: int, agents, claim: Parsed, vocab, bodies) -> bool:
    """One of the claim's agents is named in the sentence within REACH words after its k-th
    word, in its clause."""
    verb = sentence.tokens[k]
    last = sentence.tokens[min(k + REACH, len(sentence.tokens) - 1)]
    theirs = [m for m in outermost(sentence) if verb.end <= m.start <= last.end
              and ";" not in sentence.text[verb.end:m.start]]
    return bool(theirs) and alike(list(agents), theirs, claim, sentence, vocab, bodies)
