"""A negation read against a sentence whose subject is another actor.

A report weighs several actors one after the other: "The Harbour Guild seems an unlikely
buyer. The Ferry Board and the Port Trust, though short of funds, remain more likely
buyers." The claim "the Harbour Guild seems unlikely to buy" shares "likely" with the second
sentence, negated on one side only, but that sentence says it of the Board and the Trust: its
polarity is theirs, no reversal of the claim's (nor support of it). So is an opposite word
(a relation conflict): "the Board seems a likelier buyer than the Guild" is not reversed by
"the Guild seems an unlikely buyer", whose subject the claim names, but not as its own.

The subject is read grammatically: the words from the sentence's start (after an opening
phrase, `check.subject_start`) up to its first verb (`subject_head.first_verb`), so that a
coordination ("the Board and the Trust") and an apposition ("the Trust, the older of the
two, ...") stay in it. Only a subject made of names counts (a name's phrase may end in a
common noun: "the Velden force"): one headed by a common noun ("the Guild's members", "a
sale by the Guild", "the mission in Velden") says nothing of who acts that its names give.
The two subjects are compared by their names, through the project's equivalences of names
(`compare.name_found`: acronyms, long forms, a country and its adjective): the sentence's
subject is another actor when the sentence does not name the claim's subject at all, while
another sentence of its passage does (the passage tells the actors apart, and the
equivalences read the claim's subject there). A subject without a name (a pronoun, "the
guild") may be the claim's actor, and is left alone; so is a claim whose subject names no
one. Only a conflict is dropped (with support vetoed, `check.align`): support is read as
before.
"""
from __future__ import annotations

from .compare import name_found
from .facts import Mention, Parsed
from .headline import headline_verb
from ..search.wordnet import base_verb, is_english, proper_noun
from .subject_head import first_verb
from .vocabulary import Vocabulary

# the words a subject made of names may have between them: "the Board and the Trust"
JOINING = frozenset("the and".split())


def subject_names(text: Parsed, start: int) -> list[Mention]:
    """The names a subject made of names consists of: from `start` (where an opening phrase
    ends) to the first verb, or else to a present verb right after a name's last word
    (`after_name`), the words up to the first break are names, "the", "and", or a common
    noun ending a name's phrase ("the G5 force,"); what a break opens after them is an
    apposition or a relative clause ("the latter of which ..."). [] for any other subject:
    one whose head is a common noun ("the mission in Mali", "the Guild's members", "a
    review of the Guild"), whose actor the names do not give; and without a verb."""
    verb = first_verb(text)
    end = text.tokens[verb].start if verb is not None else after_name(text)
    if end >= len(text.text):
        return []
    names = [m for m in text.mentions if m.family == "name" and start <= m.start < end]
    if any(generic(m) for m in names):
        return []  # "the Mission": a back-reference, which may be the claim's actor
    words = [t for t in text.tokens if start <= t.start < end]
    for n, token in enumerate(words):
        if n and token.brk:
            break  # an apposition or a relative clause follows the names
        if token.word.lower() in JOINING or any(
                m.start <= token.start and token.start + len(token.word) <= m.end
                for m in names):
            continue
        ends_phrase = n + 1 == len(words) or words[n + 1].brk
        after = n and any(words[n - 1].start < m.end <= token.start for m in names)
        if not (token.word.islower() and ends_phrase and after):
            return []
    return names


def generic(name: Mention) -> bool:
    """A common noun capitalised as a house style writes a body it named before ("the
    Mission", "the Council"): one word, no country nor acronym, that WordNet knows as a
    common word and not as a proper noun."""
    word = name.text
    return name.kind != "country" and " " not in word and not word.isupper() \
        and is_english(word) and not proper_noun(word)


def subject_of_another(claim: Parsed, claim_start: int, sentence: Parsed, sentence_start: int,
                       passage: Parsed, vocab: Vocabulary) -> bool:
    """The sentence's subject is made of names, the claim's too, and the sentence does not
    name the claim's subject, which another sentence of its passage names: the passage tells
    of the claim's actors apart, and this sentence of others, though the claim may name them
    elsewhere ("A seems likelier than B" / "B seems unlikely")."""
    mine = subject_names(claim, claim_start)
    if not mine or any(name_found(m, sentence, vocab) for m in mine) \
            or not all(name_found(m, passage, vocab) for m in mine):
        return False
    return bool(subject_names(sentence, sentence_start))


def after_name(text: Parsed) -> int:
    """Where a present verb right after a capitalised word starts: in -s, as a headline
    writes it (`headline.headline_verb`), or in its plain form after a plural subject ("the
    Board and the Trust seem", which `main_verb` does not read); the text's end if none."""
    end = headline_verb(text)
    tokens = text.tokens
    return next((t.start for before, t in zip(tokens, tokens[1:])
                 if t.start < end and before.word[:1].isupper() and not t.brk
                 and t.word.isalpha() and t.word.islower() and base_verb(t.word)), end)
