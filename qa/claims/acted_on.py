"""Whether a sentence does the opposite to the thing the claim's verb acts on: "the militaries
accepted the mission's report" / "the militaries joined forces to defend the strikes,
dismissing the mission's report"; "Bamako welcomed a new envoy of the bloc" / "officials had
expelled the bloc's envoy".

`polarity.opposed_polarity` places the sentence's verb of opposite polarity between the
claim's nearest stated words, which fails where the sentence puts a clause between the
subject and its verb ("joined forces to defend the strikes, dismissing ...") or names the
subject otherwise ("Bamako" / "Malian officials"). What a verb acts on places it as well: its
direct object, named by its head (the last word of the run of content words right after the
verb, past a determiner: "welcomed a new envoy of the bloc" -> envoy). The claim's verb
reverses the sentence's when the two are predicates (`polarity.signed_predicates`, or a
participle opening a clause after a break, "..., dismissing the report": what the subject
did), of opposite polarity where they stand, each unstated by the other text, and their
objects have the same head (a synonym counts). A verb with no direct object ("rose after
the patrols") is placed by nothing here.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import Parsed, Token, groups_of, remembered
from .object_phrase import phrase_after
from .passive_patient import passive_subject, trimmed_head
from .polarity import OBJECT_OPENERS, signed, signed_predicates
from .vocabulary import Vocabulary

OBJECT_SPAN = 4  # content words a direct object may have before its head ("a new envoy")


def actions(text: Parsed) -> list[tuple[Token, int, Token]]:
    """(verb, polarity where it stands, head of its direct object) of each polar predicate
    of the text with a direct object: the text's alone, remembered on its parse."""
    return remembered(text, ("actions",), find_actions, text)


def find_actions(text: Parsed) -> list[tuple[Token, int, Token]]:
    found = [(t, value) for t, value in signed_predicates(text)]
    seen = {id(t) for t, _ in found}
    for n, t in enumerate(text.tokens):
        if id(t) not in seen and participial(text, n):
            value = signed(text, t)
            if value:
                found.append((t, value))
    index = {id(t): n for n, t in enumerate(text.tokens)}
    # a passive acts on its subject ("the charter was vetoed": `passive_patient`)
    return [(t, value, head) for t, value in found
            if (head := object_head(text, index[id(t)])
                or passive_subject(text, index[id(t)])) is not None]


def participial(text: Parsed, n: int) -> bool:
    """The n-th word opens a participial clause after a break ("joined forces to defend the
    strikes, dismissing the report"): what the subject did, as its finite verb says."""
    token = text.tokens[n]
    word = token.lower
    return n > 0 and token.brk and token.terms and word.isalpha() and word.endswith("ing") \
        and can_be_verb(word)


def object_head(text: Parsed, n: int) -> Token | None:
    """The head of the n-th word's direct object: the last of the content words right after
    it (a determiner may open them), before a word of no content or a break; None if a
    preposition or a break comes first ("rose after the patrols")."""
    found = phrase_after(text, n, span=OBJECT_SPAN + 1, letters=True, openers=OBJECT_OPENERS)
    # "the charter drafted by the council": the reduced passive qualifies the head
    found = trimmed_head(text, found)
    return found[-1] if found else None


def reversed_action(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Token, Token] | None:
    """The claim's verb and the sentence's verb of opposite polarity acting on an object with
    the same head, each verb unstated by the other text; None if there is none."""
    ours = actions(claim)
    if not ours:
        return None
    theirs = actions(sentence)
    if not theirs:
        return None
    groups = groups_of(sentence, vocab)
    for a, value, head in ours:
        if any(vocab.matches(t, sentence.terms, groups) for t in a.terms):
            continue  # the sentence states the claim's verb: not reversed
        for b, other, other_head in theirs:
            if value == -other and not set(b.terms) & claim.terms \
                    and any(vocab.matches(t, set(other_head.terms),
                                          vocab.expand(set(other_head.terms)))
                            for t in head.terms):
                return a, b
    return None
