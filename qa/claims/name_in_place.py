"""Another name in the place of a word of the claim's name: "Lindor Bay" / "Kessel Bay",
"Pelmo, Estonia" / "Tarvo, Estonia".

A real-world claim made false by changing one place or person keeps the rest of the name it
belongs to: the head of a two-word name ("Bay"), the country after a town, the first name
before a surname. The checker asks that a claim's name be in the passage, but names are
matched loosely (`compare.loosely_named`: half the words, the head among them, one of them
capitalised), and a capitalised word the parser reads as no name at all (a town opening the
claim) is only one unstated word among many: coverage reaches support and the sentence about
the other place supports the claim about this one.

Read here: a capitalised word of the claim (not written wholly in capitals: an acronym has
spellings this cannot see) that the passage never states, by any term or a long shared
start ("Nigerian" / "Niger"), standing beside a capitalised word of the same name that the
sentence does state; where the sentence has, on the same side of that word and with the
same break (a comma or none) between them, a capitalised word of its own that the claim does
not state, the sentence writes another name in the claim name's place. Both neighbours must
be capitalised and not open their text, so that the words are parts of one name, not a
capitalised first word ("Global temperatures" / "Earth's temperatures" is no such pair); the
two replaced words may open theirs ("Pelmo, Estonia had" / "Tarvo, Estonia had").

Read for abstention only: the sentence tells of another place or person, not that the
claim's is wrong (a town may share a record, a delta be flooded too).
"""
from __future__ import annotations

from .facts import Parsed, Token

# the shortest shared start of two terms that counts as one word ("niger" / "nigerian")
SHARED_START = 5


def name_replaced(claim: Parsed, sentence: Parsed, passage: Parsed) -> bool:
    """Whether the sentence writes another capitalised word in the place of a word of the
    claim's name that the passage never states (the module's reading)."""
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if not name_word(token, 1) or written(token, passage.terms):
            continue
        for step in (1, -1):
            j = i + step
            if not 0 <= j < len(tokens) or not name_word(tokens[j], j) \
                    or not set(tokens[j].terms) & sentence.terms:
                continue
            # the break between the two words: on the later one of the pair
            brk = tokens[max(i, j)].brk
            if replaced_beside(tokens[j], step, brk, sentence, claim.terms):
                return True
    return False


def replaced_beside(neighbour: Token, step: int, brk: bool, sentence: Parsed,
                    claim_terms: set[str]) -> bool:
    """The sentence states `neighbour` with a capitalised word of its own, unstated by the
    claim, on the side `-step` of it (before it for step 1), with the same break between."""
    words = sentence.tokens
    for k, token in enumerate(words):
        if not set(token.terms) & set(neighbour.terms) or not name_word(token, k):
            continue
        other = k - step
        if not 0 <= other < len(words):
            continue
        if words[max(k, other)].brk != brk:
            continue
        if name_word(words[other], 1) and not written(words[other], claim_terms):
            return True
    return False


def name_word(token: Token, position: int) -> bool:
    """A capitalised word past its text's opening (`position` > 0; the replaced words are
    asked with 1) that is not all capitals (an acronym), with terms to compare ("Pelmo",
    "Bay"; not "NATO", not a first word)."""
    word = token.word
    return position > 0 and bool(token.terms) and word[:1].isupper() \
        and any(c.islower() for c in word)


def written(token: Token, terms: set[str]) -> bool:
    """Any term of the token is among `terms`, or shares a long start with one of them."""
    for t in token.terms:
        if t in terms:
            return True
        if len(t) >= SHARED_START and any(
                len(p) >= SHARED_START and (p.startswith(t) or t.startswith(p))
                for p in terms):
            return True
    return False
