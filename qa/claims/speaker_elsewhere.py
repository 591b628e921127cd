"""Who said it: the claim's words of what a named speaker said, which the sentence gives
another named speaker ("Bamako says they were supporting the mission" / "Abidjan says they
were supporting the mission").

Coverage weighs words by rarity, and the two speakers of a dispute are both named in the
sentence that tells it, so a claim that swaps them states every word: "the port says the
crews were unpaid, while the union calls them volunteers" was supported by "the union says
the crews were unpaid; the port calls them volunteers". The verbs of saying carry no event
of their own (`main_verb` leaves them to what is said), so the checks of a deed's agent
(`deed_elsewhere`) never read them. Here what was said is matched to its speaker: the words
after a verb of saying up to the clause's end, and the name right before the verb.

Read for abstention only: the two speakers may be two names of one body that the tables do
not link, so no conflict is drawn.
"""
from __future__ import annotations

from ..search.wordnet import communicates, is_english, proper_noun
from .deed_elsewhere import alike
from ..text.analyze import load_stopwords
from .facts import Mention, Parsed, Token
from .opposition import outermost
from .vocabulary import Vocabulary

# what may stand between a speaker's name and its verb of saying: nothing, an auxiliary,
# or an adverb of time ("Abidjan says", "Bamako has said", "the port later claimed")
BETWEEN = frozenset("has have had also later still now".split())
STOPWORDS = load_stopwords()
# content words of what was said that both texts must give the speaker's verb: two, and at
# least half of the claim's
SAID_WORDS = 2
# words that end what was said and open another clause
CLAUSE_LINKS = frozenset("while whereas but although though because since when as and or "
                         "after before until".split())


def speaker_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                      ) -> tuple[Mention, Mention] | None:
    """(the claim's speaker, the sentence's) where the claim's named speaker says words that
    the sentence puts after another named speaker's verb of saying, and no speaker of the
    claim's says them there; None otherwise."""
    mine = sayings(claim)
    if not mine:
        return None
    theirs = sayings(sentence)
    if not theirs:
        return None
    for speaker, said in mine:
        same_said = [who for who, words in theirs
                     if len(said & words) >= max(SAID_WORDS, len(said) / 2)]
        if same_said and not any(alike([speaker], named_with(sentence, who), claim, sentence,
                                       vocab, bodies) for who in same_said):
            return speaker, same_said[0]
    return None


def named_with(text: Parsed, speaker: Mention) -> list[Mention]:
    """The speaker and every name before it in its clause: the title and country of a
    person who speaks for a body ("Malian Foreign Minister Abdoulaye Diop said"), by any of
    which a claim may name the speaker."""
    start = next((t.start for t in reversed(text.tokens) if t.brk and t.start <= speaker.start),
                 0)
    return [speaker] + [m for m in text.mentions if m.family == "name"
                        and start <= m.start and m.end <= speaker.start]


def capitalised(token: Token) -> Mention | None:
    """A capitalised word as a name: the parse leaves a word after a bracket or at a
    sentence's start unnamed, as it may be any word written first ("(Abidjan says ..."); a
    word WordNet knows only as a common word is none ("Officials say")."""
    if not (token.terms and token.word.isalpha() and token.word[0].isupper()
            and token.word[1:].islower()) or token.word.lower() in STOPWORDS \
            or is_english(token.word) and not proper_noun(token.word):
        return None  # "Officials say": a common word written first
    return Mention("name", frozenset(token.terms), token.word, token.start, token.end,
                   kind="name")


def sayings(text: Parsed) -> list[tuple[Mention, frozenset[str]]]:
    """Each verb of saying with a name right before it (its speaker), and the terms of the
    words after it to the end of its clause (what was said)."""
    names = outermost(text)
    tokens = text.tokens
    found = []
    for n, token in enumerate(tokens):
        if not token.word.isalpha() or not token.word.islower() or not communicates(token.word):
            continue
        k = n - 1
        while k >= 0 and tokens[k].word.lower() in BETWEEN and not tokens[k + 1].brk:
            k -= 1
        if k < 0 or tokens[k + 1].brk:
            continue
        speaker = next((m for m in names if m.start <= tokens[k].start < m.end
                        and m.end == tokens[k].end), None) or capitalised(tokens[k])
        if speaker is None:
            continue
        words = clause_terms(tokens, n + 1)
        if words:
            found.append((speaker, words))
    return found + according(text, names)


def clause_terms(tokens: list[Token], start: int) -> frozenset[str]:
    """The terms of the words from `start` to the end of their clause: a break, a word that
    links another clause ("while Abidjan says", "three days after Côte d'Ivoire notified")
    or another verb of saying."""
    end = next((k for k in range(start + 1, len(tokens)) if tokens[k].brk
                or tokens[k].word.lower() in CLAUSE_LINKS or communicates(tokens[k].word)),
               len(tokens))
    return frozenset(term for t in tokens[start:end] for term in t.terms)


def according(text: Parsed, names: list[Mention]) -> list[tuple[Mention, frozenset[str]]]:
    """"According to X, ..." opening the text and "..., according to X" closing it: X the
    speaker, the clause after the comma (or before it) what was said."""
    tokens = text.tokens
    found = []
    for n in range(len(tokens) - 2):
        if tokens[n].word.lower() != "according" or tokens[n + 1].word.lower() != "to":
            continue
        k = n + 2 + (tokens[n + 2].word.lower() == "the" and n + 3 < len(tokens))
        speaker = next((m for m in names if m.start == tokens[k].start), None) \
            or capitalised(tokens[k])
        if speaker is None:
            continue
        if n == 0:  # "According to X, the silt was dumped legally"
            after = next((j for j in range(k + 1, len(tokens)) if tokens[j].brk), None)
            words = clause_terms(tokens, after) if after is not None else frozenset()
        elif tokens[n].brk:  # "The silt was dumped legally, according to X"
            words = frozenset(term for t in tokens[:n] for term in t.terms)
        else:
            continue
        if words:
            found.append((speaker, words))
    return found
