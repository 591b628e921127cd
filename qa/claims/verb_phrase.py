"""A verb with the words between it and its auxiliary: "have since remained", "has steadily
grown", "were also raised". Such a word is the verb's own adverb, not a word of what the verb
is said of, so a test for the same subject on both sides ("troop and police levels have since
remained" / "troop and police numbers have grown": `compare.change_against_none`) reads the
words before the whole phrase, as it would before a verb without one."""
from __future__ import annotations

from .auxiliaries import AUXILIARY_WORDS
from .facts import Mention, Parsed, Token, token_index

# the auxiliaries an adverb may follow before a participle or base form
AUXILIARIES = AUXILIARY_WORDS | frozenset(("having",))  # "having grown"
MAX_BETWEEN = 2  # "have since then remained", "has not yet grown"


def verb_span(text: Parsed, token: Token) -> Mention:
    """`token` as a mention, widened back over up to MAX_BETWEEN words that stand between it
    and an auxiliary in the same clause; the token alone when no auxiliary precedes them."""
    tokens = text.tokens
    i = token_index(text, token)
    for between in range(1, MAX_BETWEEN + 1):
        k = i - between - 1
        if k < 0 or any(tokens[j].brk for j in range(k + 1, i + 1)):
            break
        if not tokens[k + 1].word.isalpha():
            break
        if tokens[k].word.lower() in AUXILIARIES:
            start = tokens[k + 1].start
            return Mention("word", token.word, text.text[start:token.end], start, token.end)
    return Mention("word", token.word, token.word, token.start, token.end)
