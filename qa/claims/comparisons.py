"""Whether a sentence compares the other way round: "later than planned" / "earlier than
planned".

A comparison is the point of the clause it ends ("the troops left later than planned"), and
its word may stand elsewhere in the sentence in another role ("Three days later, the UK
announced ... earlier than planned"): the word then counts as stated, and `opposed` does not
look further (a claim word the sentence states is never reversed by it), though the sentence
compares the other way. Where both put a comparison before "than" and the sentence's is the
reverse of the claim's (a relation word of `words.json` or a WordNet antonym: "later" /
"earlier", "more" / "less", "larger" / "smaller"), the sentence does not state the claim. A
figure's bound ("more than 1,000") is a figure's fact (`qa.claims.compare`); "rather than",
"other than" set alternatives.
"""
from __future__ import annotations

from ..text.analyze import load_stopwords
from ..types import Conflict, ConflictKind
from .clause_ends import clause_end, clause_start
from .clauses import sides_traded
from .compare import antonym_terms
from .facts import UNITS, Parsed, Token
from .graded import graded_terms
from .vocabulary import Vocabulary

NOT_COMPARING = frozenset(("rather", "other"))
REACH = 3  # words before "than" that may hold the comparative: "more troops than", "later than"


def compared(text: Parsed) -> list[list[Token]]:
    """The words before each "than" of the text that compares (not a figure's bound, not an
    alternative), in its clause, at most REACH of them."""
    inside = [(m.start, m.end) for m in text.mentions]
    tokens, found = text.tokens, []
    for i, token in enumerate(tokens):
        if token.lower != "than" or not i \
                or tokens[i - 1].lower in NOT_COMPARING \
                or any(s <= tokens[i - 1].start < e for s, e in inside):
            continue
        before = []
        for k in range(i - 1, max(-1, i - 1 - REACH), -1):
            before.insert(0, tokens[k])
            if tokens[k].brk:
                break
        found.append(before)
    return found


def reversed_comparison(claim: Parsed, sentence: Parsed,
                        vocab: Vocabulary) -> tuple[Token, Token] | None:
    """A word before the claim's "than" and the word before the sentence's "than" that
    reverses it, the sentence's comparison not holding the claim's word; None if none. A
    comparison reversed with its sides traded says the same ("less on A than on B" / "more
    on B than on A")."""
    theirs = compared(sentence)
    if not theirs:
        return None
    for n, words in enumerate(compared(claim)):
        for k, other_words in enumerate(theirs):
            other = reversing_word(words, other_words, vocab)
            if other is not None and not traded(claim, n, sentence, k, vocab):
                return other
    return None


def reversing_word(words: list[Token], other_words: list[Token],
                   vocab: Vocabulary) -> tuple[Token, Token] | None:
    """(the claim's comparative, the sentence's word that reverses it) of two comparisons'
    words before "than"; None when none reverses (a word both hold is no reversal)."""
    for word in words:
        lower = word.word.lower()
        if any(o.word.lower() == lower for o in other_words):
            continue  # the same word in both
        reverse = vocab.relations[lower][1] if lower in vocab.relations else set()
        opposite = antonym_terms(lower, vocab) if word.word.isalpha() else set()
        other = next((o for o in other_words if o.word.lower() in reverse
                      or opposite & {*o.terms, *graded_terms(o.word.lower(), vocab)}),
                     None)
        if other is not None:
            return word, other
    return None


def traded(claim: Parsed, n: int, sentence: Parsed, k: int, vocab: Vocabulary) -> bool:
    """The claim's comparison `n` and the sentence's `k` compare the same two sides, traded,
    each side opening after its comparative ("more energy on X than on Y"): without one, the
    side read before "than" holds the comparative itself ("is larger than")."""
    mine, theirs = compared_sides(claim), compared_sides(sentence)
    return n < len(mine) and k < len(theirs) \
        and comparative_places(claim)[n][1] is not None \
        and comparative_places(sentence)[k][1] is not None \
        and sides_traded(mine[n], theirs[k], vocab)


# the words that make the compared side of "than" ("more energy on X than on Y")
COMPARATIVES = frozenset("more less fewer".split())


def compared_sides(text: Parsed) -> list[tuple[set[str], set[str]]]:
    """The terms each side of each comparing "than" of the text: from the comparative ("more",
    "less", "fewer") before it in its clause (else the words `compared` reads), and after it
    to the clause's end:
    ({energy, protect, civilian}, {keep, convoy}) for "spends more energy on protecting
    civilians than on keeping its convoys safe"."""
    tokens, found = text.tokens, []
    for before, (at, start) in zip(compared(text), comparative_places(text)):
        start = at - len(before) - 1 if start is None else start  # no "more" in the clause:
        # the words `compared` reads
        end = clause_end(tokens, at)
        found.append(({t for tok in tokens[start + 1:at] for t in tok.terms},
                      {t for tok in tokens[at + 1:end] for t in tok.terms}))
    return found


def comparative_places(text: Parsed) -> list[tuple[int, int | None]]:
    """(the index of "than", the index of the comparative before it in its clause, or None)
    for each comparison `compared` reads."""
    tokens, found = text.tokens, []
    for before in compared(text):
        at = next(k for k, t in enumerate(tokens) if t is before[-1]) + 1
        start = None
        for k in range(at - 1, -1, -1):
            if tokens[k].word.lower() in COMPARATIVES:
                start = k
                break
            if tokens[k].brk:
                break
        found.append((at, start))
    return found


def restated_traded(conflict: Conflict, claim: Parsed, sentence: Parsed,
                    vocab: Vocabulary) -> bool:
    """The conflict sets the claim's comparative against the sentence's reverse ("less" /
    "more") where the two compare the same sides traded: "less energy on protecting civilians
    than on keeping its convoys safe" says what "more energy on keeping its convoys safe than
    on protecting civilians" says."""
    return conflict.kind == ConflictKind.RELATION \
        and (restated_words(conflict.claim, conflict.source, claim, sentence, vocab)
             or subjects_traded(conflict.claim, conflict.source, claim, sentence, vocab))


def restated_words(mine: str, theirs: str, claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary) -> bool:
    """The claim's word `mine` and the sentence's `theirs` are the comparatives of two
    comparisons of the same sides, traded (`restated_traded`)."""
    ours = [n for n, (_, start) in enumerate(comparative_places(claim))
            if start is not None and claim.tokens[start].word == mine]
    if not ours:
        return False
    others = [k for k, (_, start) in enumerate(comparative_places(sentence))
              if start is not None and sentence.tokens[start].word == theirs]
    return any(traded(claim, n, sentence, k, vocab) for n in ours for k in others)


def subjects_traded(mine: str, theirs: str, claim: Parsed, sentence: Parsed,
                    vocab: Vocabulary) -> bool:
    """The claim's word `mine` and the sentence's `theirs` end two comparisons of a subject
    with what follows "than", the two traded: "Wages rose slower than prices" says what
    "Prices rose faster than wages" says. What follows "than" in each (`than_phrase`) is
    stated before the comparative in the other and not after its "than" (the verb, the place,
    the time they share are no side)."""
    ours = subject_comparisons(claim, mine)
    others = subject_comparisons(sentence, theirs) if ours else []
    for c_left, c_right in ours:
        for s_left, s_right in others:
            both = (c_left & c_right) | (s_left & s_right)  # "the western dyke ... the eastern dyke"
            c_left, c_right, s_left, s_right = (side - both for side in (c_left, c_right,
                                                                          s_left, s_right))
            found = lambda a, b: bool(a) and all(vocab.matches(t, b, vocab.expand(b)) for t in a)
            if found(c_right, s_left) and found(s_right, c_left) and not c_right & s_right:
                return True
    return False


def subject_comparisons(text: Parsed, word: str) -> list[tuple[set[str], set[str]]]:
    """(the terms before the comparative in its clause, the terms of the phrase after "than")
    of each comparison of the text whose words before "than" hold `word` as written, with no
    "more" or "less" before it (`restated_words` reads those)."""
    tokens, found = text.tokens, []
    for before, (at, start) in zip(compared(text), comparative_places(text)):
        if start is not None or not any(t.word == word for t in before):
            continue
        k = next(k for k, t in enumerate(tokens) if t.word == word and t in before)
        first = clause_start(tokens, k)
        found.append(({t for tok in tokens[first:k] for t in tok.terms}, than_phrase(text, at)))
    return found


def than_phrase(text: Parsed, at: int) -> set[str]:
    """The terms of the phrase after "than" at `at`: its content words up to the first word
    with no terms after one with terms ("than prices during the drought": prices)."""
    terms: set[str] = set()
    for token in text.tokens[at + 1:]:
        if token.brk or not token.terms and terms:
            break
        terms.update(token.terms)
    return terms


def swapped_comparison(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                       ) -> tuple[Token, Token] | None:
    """The two sides of a comparison traded: the claim compares X with Y ("more energy on
    protecting civilians than on keeping its convoys safe"), the sentence Y with X ("more
    energy on keeping its convoys safe than on protecting civilians"), as
    `clauses.sides_traded` reads two sides, and the comparative not reversed (which would
    say the same again). Returns the claim's and the sentence's "than", or None."""
    theirs = compared_sides(sentence)
    if not theirs:
        return None
    words, other_words = comparative_words(claim), comparative_words(sentence)
    for n, mine in enumerate(compared_sides(claim)):
        for k, other in enumerate(theirs):
            if sides_traded(mine, other, vocab) \
                    and reversing_word(words[n], other_words[k], vocab) is None:
                return than_tokens(claim)[n], than_tokens(sentence)[k]
    return None


def comparative_words(text: Parsed) -> list[list[Token]]:
    """The comparative ("more", "less") of each comparison `compared` reads, with the words
    it reads before "than"."""
    return [([text.tokens[start]] if start is not None else []) + before
            for before, (_, start) in zip(compared(text), comparative_places(text))]


def than_tokens(text: Parsed) -> list[Token]:
    """The "than" of each comparison `compared` reads, in order."""
    tokens = text.tokens
    return [tokens[next(k for k, t in enumerate(tokens) if t is before[-1]) + 1]
            for before in compared(text)]


# a multiple: "three times the size", "twice as many", "a tenfold rise"
MULTIPLES = frozenset(("twice", "thrice"))
MULTIPLE_REACH = 5  # words after a multiple that say what it multiplies: "times the size of Germany"


def multiples(text: Parsed) -> list[int]:
    """Where the text states a multiple: the index of "twice", of "times" after a number ("3
    times", "three times") or of a word ending in "fold"."""
    tokens, found = text.tokens, []
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if word in MULTIPLES or word.endswith("fold") and len(word) > 4 \
                or word == "times" and i and not token.brk \
                and (tokens[i - 1].word.isdigit() or tokens[i - 1].word.lower() in UNITS):
            found.append(i)
    return found


def unstated_multiple(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Token | None:
    """The sentence multiplies something the claim speaks of ("a country more than three
    times the size of Germany") and the claim states no multiple ("a country roughly the
    size of Germany", "smaller than Germany"): the ratio is a fact of the sentence that the
    claim gives otherwise or leaves out, so the sentence does not state the claim. Returns
    the claim's word the multiple speaks of, or None."""
    if multiples(claim):
        return None
    stop = load_stopwords()
    tokens = sentence.tokens
    for i in multiples(sentence):
        for token in tokens[i + 1:i + 1 + MULTIPLE_REACH]:
            if token.brk:
                break
            if token.word.lower() not in stop and token.terms and any(
                    vocab.matches(t, claim.terms, vocab.expand(claim.terms))
                    for t in token.terms):
                return token
    return None
