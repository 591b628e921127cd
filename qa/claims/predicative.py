"""What a claim says its subject is, in relation to something: a word after "be" (or after
"as" in "regarded as", "described as") that "with" follows ("were consistent with the
agreements", "was compatible with the plan", "were regarded as satisfied with the talks").
That word is the claim's point: a sentence that names the same agreements, plan or delays
but not the word, not even by a synonym or another form, may say the opposite ("a serious
violation of the agreements") and does not support the claim, however much else it states.
`vetoes.complement` asks the same of a complement that ends the claim.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, irregular_base
from ..text.analyze import load_stopwords
from ..text.lexicon import valences
from .actors import said
from .adverb_words import manner_adverb
from .facts import Parsed, Token
from .predicate import BE, said_within
from .vocabulary import Vocabulary

# "consistent with", "compatible with"; not "to", "for", "of": "were responsible for",
# "is due to", "was chosen to" are paraphrased freely ("killed by", "set to"), which a
# measurement on every claim set showed (bench/README, round 30, precision10)
RELATING = frozenset(("with",))


def predicative(claim: Parsed) -> list[Token]:
    """The claim's words after "be" (adverbs in "-ly" skipped) or after "as" following a
    verb ("regarded as"), each followed by "with"; not a verb form ("were met with", "was
    taken with") nor a function word ("was a violation of": the noun
    phrase opens with its article, and its noun is weighed like any other word)."""
    tokens, found = claim.tokens, []
    inside = [(m.start, m.end) for m in claim.mentions]
    for i, token in enumerate(tokens[:-1]):
        word = token.word.lower()
        if token.brk or not token.terms or word.endswith(("ed", "ing", "ly")) \
                or irregular_base(word) is not None \
                or word in load_stopwords() or any(s <= token.start < e for s, e in inside):
            continue
        k = i - 1
        while k >= 0 and manner_adverb(tokens[k].word) and not tokens[k].brk:
            k -= 1
        before = tokens[k].word.lower() if k >= 0 else ""
        opens = before in BE or before == "as" and k > 0 \
            and can_be_verb(tokens[k - 1].word.lower())  # "seen as", "regarded as"
        following = tokens[i + 1]
        if opens and not following.brk and (following.word.lower() in RELATING
                                            or following.word.lower() == "of"
                                            and attitude(word)):
            found.append(token)
    return found


def attitude(word: str) -> bool:
    """A word VADER's raters gave a polarity, before "of" after "be": an attitude toward
    the complement ("was supportive of", "was critical of", "were wary of"), which a sentence
    naming the same complement may turn ("had doubts about"). Other words before "of"
    ("was part of", "is capable of") stay unread, as round 30 measured."""
    return bool(valences().get(word))


def unstated_relation(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> Token | None:
    """The first predicative word (`predicative`) the sentence does not state, by its
    terms, a synonym, another form or inside a longer word; None if it states them all."""
    for token in predicative(claim):
        if not said(token, sentence, vocab, stated) \
                and not all(said_within(t, sentence) for t in token.terms):
            return token
    return None
