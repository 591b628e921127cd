"""Another name where the claim puts its own, after the same word and preposition.

"... had initially been re-hatted from the French-led Operation Barkhane" is not stated by
"... many of whom initially re-hatted from AFISMA": the passage may name Operation Barkhane
elsewhere (a name the passage gives counts as stated, as reports name an actor once and go on
about "it"), but the sentence fills the claim's place, "re-hatted from", with another name.
The place is the word before a preposition and the preposition ("funded by", "deployed to",
"withdrew from"); the claim's name must be one the sentence does not state, the sentence's one
the claim does not name, neither the corpus's setting. A capital acting is its country's
government ("ended its cooperation with Paris" / "with France", `compare.government`): the
country's own name in the place, not another.
"""
from __future__ import annotations

from .compare import government, name_found, states_name
from .facts import ARTICLES, Mention, Parsed, Token
from .vocabulary import Vocabulary

PREPOSITIONS = frozenset("from by to with under for against into of".split())


def places(text: Parsed) -> list[tuple[Token, str, Mention]]:
    """Each name right after a word and a preposition (an article between: "from the
    French-led Operation Barkhane"), with that word and the preposition, in one clause."""
    tokens, found = text.tokens, []
    for mention in text.mentions:
        if mention.family != "name":
            continue
        k = next((i for i, t in enumerate(tokens) if t.start >= mention.start), None)
        if k is None or tokens[k].brk:
            continue
        j = k - 1
        while j >= 0 and tokens[j].word.lower() in ARTICLES and not tokens[j + 1].brk:
            j -= 1
        if j < 1 or tokens[j].word.lower() not in PREPOSITIONS or tokens[j].brk \
                or not (tokens[j + 1].start == mention.start or not tokens[j + 1].brk) \
                or not tokens[j - 1].terms:
            continue
        found.append((tokens[j - 1], tokens[j].word.lower(), mention))
    return found


def another_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     background: set[str]) -> tuple[Mention, Mention] | None:
    """The claim's name and the sentence's other name after the same word and preposition;
    None if there is none."""
    theirs = [(word, preposition, name) for word, preposition, name in places(sentence)
              if name.text not in background and not name_found(name, claim, vocab)
              and not government(name, sentence, claim)]
    if not theirs:
        return None
    for word, preposition, mine in places(claim):
        if mine.text in background or states_name(mine, sentence, vocab) \
                or government(mine, claim, sentence):
            continue
        for other_word, other_preposition, other in theirs:
            if other_preposition == preposition and set(word.terms) & set(other_word.terms):
                return mine, other
    return None
