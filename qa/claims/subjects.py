"""Whether the sentence gives the claim's subject and object the other way round.

`opposition.swapped_names` reads which side of one verb each of two names is on, and needs
the claim's verb stated by the sentence (its term or a synonym). A writer who swaps who did
what to whom often keeps the sentence's names and changes the verb too: "the port authority
notified the ferry company" against "the ferry company informed the port authority";
"Ruritania has angered Freedonia" against "Freedonia has riled Ruritania". Whatever the two
verbs, a claim whose subject name is the sentence's object name, and whose object name is
the sentence's subject name, says the deed went the other way: the sentence does not state
it. Read only where each text says it plainly: a name opening its clause right before its
finite verb (an auxiliary or an adverb between at most), no passive, the other name after
the verb in the same clause.
"""
from __future__ import annotations

from .adverb_words import manner_adverb
from .compare import as_text, name_found
from .facts import ARTICLES, Mention, Parsed
from .opposition import (AUXILIARY_WORDS, dated_by, finite, inside_name, listed, passive,
                         same_actor)
from .vocabulary import Vocabulary

REACH = 2  # words between a subject name and its verb ("has riled", "has since riled")


def subject_and_object(text: Parsed, vocab: Vocabulary) -> list[tuple[Mention, int, Mention]]:
    """(subject name, verb index, object name) of each plain active clause of the text: a
    name, at most REACH auxiliaries or adverbs, a finite verb that is no passive, then a name
    later in the clause (no break before it)."""
    names = [m for m in text.mentions if m.family == "name"]
    found = []
    for subject in names:
        n = next((i for i, t in enumerate(text.tokens) if t.start >= subject.end), None)
        if n is None or text.tokens[n].brk or dated_by(text, subject) \
                or not opens_clause(text, subject):
            continue
        for k in range(n, min(n + REACH + 1, len(text.tokens))):
            token = text.tokens[k]
            if k > n and token.brk:
                break
            if inside_name(text, token) or token.word.lower() in AUXILIARY_WORDS:
                continue
            if finite(text, k) and not passive(text, k):
                after = object_name(text, k, names)
                if after is not None and not same_actor(subject, after, vocab):
                    found.append((subject, k, after))
            if not manner_adverb(token.word):
                break
    return found


def opens_clause(text: Parsed, name: Mention) -> bool:
    """The name opens its clause (an article before it at most): the subject itself, not
    the end of a longer phrase ("the council's decision to end the mission followed")."""
    k = next(i for i, t in enumerate(text.tokens) if t.end > name.start)
    while k > 0 and not text.tokens[k].brk and text.tokens[k - 1].word.lower() in ARTICLES:
        k -= 1
    return k == 0 or text.tokens[k].brk


def object_name(text: Parsed, verb: int, names: list[Mention]) -> Mention | None:
    """The first name after the verb in its clause, not one that dates the event."""
    end = next((t.start for t in text.tokens[verb + 1:] if t.brk), len(text.text))
    return next((m for m in names if text.tokens[verb].end <= m.start < end
                 and not dated_by(text, m)), None)


def subject_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Mention, Mention] | None:
    """The claim's subject name and the sentence's subject name when the sentence's subject is
    the claim's object and its object the claim's subject; None otherwise."""
    theirs = subject_and_object(sentence, vocab)
    if not theirs:
        return None
    for a, _, b in subject_and_object(claim, vocab):
        if same_actor(a, b, vocab) or listed(claim, *sorted((a, b), key=lambda m: m.start)):
            continue
        for x, _, y in theirs:
            if name_found(b, as_text(x), vocab) and name_found(a, as_text(y), vocab) \
                    and not name_found(a, as_text(x), vocab):
                return a, x
    return None
