"""A word one text grades down with "little" or "less" and the other states as it is.

"Norvik favoured tighter harbour safety oversight" was supported by "with Norvik in favour
of less harbour safety oversight": the sentence states every word of the claim but its degree,
and coverage weighs words by rarity, so the one word that reverses it ("tighter", unread)
weighs little against the names. "Little" and "less" before a word are downward-entailing
quantifiers (like a negation, "little value" says "not much value", "less oversight" says
"not as much oversight"): a text that grades the word down so says the opposite of one that
states it ungraded or graded up ("highly valuable" / "have little value"), not lowered
another way (denied, or after a verb of decrease: "less able" / "limiting their ability"). Such a sentence
does not support the claim, read in both directions. Nor does it contradict it: the other
text's own degree word may grade the same way ("weaker oversight" / "less oversight"), and no
table tells which way "tighter" or "weaker" goes, so the claim is left unsupported.

Only the quantifier right before a content word of the other text (or, as an adverb, right
after a verb of it: "relied far less on" / "relied heavily on"), stated there without
such a quantifier before it: the same word, a synonym, or another form of it ("valuable" /
"value"). Not "less than 300" nor "less time on A than on B" (a bound, a comparison: read with
figures and comparisons), "a little" (some), "no less", "the little town" (the adjective small), "more or
less", nor "little more than" (a function word follows: the quantifier grades no word of
the claim); "few" and "fewer" are left out, as counts are paraphrased freely ("few people"
/ "a small number of people") and figures have their own readings.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, direction
from .compare import negated
from .defining_clause import stopwords  # the list read once
from .facts import Parsed, Token, remembered, token_index
from .forms import derived_stems
from .vocabulary import Vocabulary

DIMINISHERS = frozenset(("little", "less"))
# what makes the quantifier something else: "a little" (some), "no less", "not less" (as
# much), "the little town" (small), "more or less" (nearly)
NOT_GRADING = frozenset(("a", "no", "not", "the", "or"))
# the words that grade a comparative adverb itself: "far less", "much less", "even less"
COMPARATIVE_GRADES = frozenset(("far", "much", "even", "still"))
LOWERING = 3  # words before it a verb of decrease may stand: "limiting their ability"
PHRASE = 4  # content words a quantifier may grade: "less harbour safety oversight"


def graded_down(text: Parsed) -> list[tuple[Token, tuple[Token, ...]]]:
    """Each "little" or "less" of the text with the words it grades: the text's alone,
    remembered on its parse (most texts have none)."""
    return remembered(text, ("graded down",), find_graded_down, text)


def find_graded_down(text: Parsed) -> list[tuple[Token, tuple[Token, ...]]]:
    tokens = text.tokens
    found = []
    for n, token in enumerate(tokens[:-1]):
        if token.lower not in DIMINISHERS:
            continue
        if n and not token.brk and tokens[n - 1].lower in NOT_GRADING:
            continue
        if compared(tokens, n):
            continue  # "less than 300", "less time on A than on B": a bound or a comparison,
            # read with figures and comparisons (`qa.claims.comparisons`)
        graded = graded_phrase(tokens[n + 1:n + 1 + PHRASE]) or graded_verb(tokens, n)
        if graded:
            found.append((token, graded))
    return found


def graded_verb(tokens: list, n: int) -> tuple[Token, ...]:
    """The verb the adverb "less" or "little" grades: the word before it, past a word that
    grades the comparative ("relied far less on", "cared little for"); () if that is no
    verb or a clause break stands between."""
    k = n
    while k and not tokens[k].brk:
        k -= 1
        word = tokens[k]
        if word.lower in COMPARATIVE_GRADES:
            continue
        return (word,) if word.terms and word.word.isalpha() and word.lower not in stopwords() \
            and can_be_verb(word.lower) else ()
    return ()


def compared(tokens: list, n: int) -> bool:
    """"than" follows the quantifier in its clause: it compares, it does not grade."""
    for token in tokens[n + 1:]:
        if token.brk:
            return False
        if token.lower == "than":
            return True
    return False


def graded_phrase(after: list[Token]) -> tuple[Token, ...]:
    """The content words right after the quantifier, up to a function word or a break: the
    phrase it grades ("less harbour safety oversight")."""
    words = []
    for token in after:
        if token.brk or not token.terms or not token.word.isalpha() \
                or token.lower in stopwords():
            break
        words.append(token)
    return tuple(words)


def graded_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                     ) -> tuple[Token, Token] | None:
    """The quantifier of one text and the other text's word it grades there, stated ungraded
    ("less" / "harbour" of "tighter harbour safety oversight"); None otherwise (most pairs:
    neither text has such a quantifier)."""
    ours, theirs = graded_down(claim), graded_down(sentence)
    if not ours and not theirs:
        return None
    for graded, other in ((theirs, claim), (ours, sentence)):
        others_graded = {id(w) for _, words in graded_down(other) for w in words}
        for cue, words in graded:
            for word in words:
                match = stating(word, other, vocab)
                if match is None:
                    continue  # the first word of the phrase the other text states decides
                if id(match) not in others_graded and not lowered(other, match):
                    return cue, match
                break
    return None


def lowered(text: Parsed, token: Token) -> bool:
    """The text lowers its word another way: denied ("not able"), or after a verb of decrease
    in its phrase ("limiting their ability" / "less able"; `wordnet.direction`)."""
    if negated(text, token):
        return True
    n = token_index(text, token)
    for before in reversed(text.tokens[max(0, n - LOWERING):n]):
        if direction(before.lower) < 0:
            return True
        if before.brk:
            break
    return False


def stating(word: Token, other: Parsed, vocab: Vocabulary) -> Token | None:
    """The other text's word that states `word`: itself, a synonym, or another form of it
    ("valuable" / "value"); None if there is none."""
    own = set(word.terms)
    groups = vocab.expand(own)
    forms = derived_stems(word.lower, vocab.analyzer)
    for token in other.tokens:
        if token.terms and (any(vocab.matches(t, own, groups) for t in token.terms)
                            or not forms.isdisjoint(token.terms)):
            return token
    return None
