"""Who says what in a text: each named speaker and the words it says. One finder for the two
readers of who said what: a cited claim's evidence that gives the claim's content to another
speaker (`citing.spoken_otherwise`), and a claim giving one speaker's words to another
(`speaker_elsewhere`).

A saying is a verb of saying or citing ("says", "has argued", "found", "later claimed"; no
auxiliary: "Wagner will likely stymie") with a name right before it, what it says the words
after it to the end of their clause; or "According to X, ..." opening a text (what X says:
the clause after the comma), "..., according to X" closing it (the words before) or "...,
according to X, ..." inside it (the words around). Its speaker is the name, as the parse gives it ("Kessport", "Foreign Minister
Abdoulaye Diop"), or a capitalised word the parse leaves unnamed ("Pellamar says ...", first
in the sentence); after "according to", the first name up to the clause's end ("according
to fishers interviewed by the Coastal Watch Network").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..search.wordnet import communicates, is_english, proper_noun
from ..text.analyze import load_stopwords
from .cited import lists
from .facts import Mention, Parsed, Token, remembered
from .opposition import outermost

# what may stand between a speaker's name and its verb of saying: nothing, an auxiliary,
# an adverb of time ("Tarland says", "Velden has said", "the port later claimed",
# "Crisis Group would argue"), a reflexive that stresses the speaker ("Tarland itself says")
# or the relative pronoun of a cleft ("it is Tarland that calls them")
BETWEEN = frozenset("has have had also will would could may might later still now itself "
                    "himself herself themselves that who".split())
# words that end what was said and open another clause
CLAUSE_LINKS = frozenset("while whereas but although though because since when as and or "
                         "after before until".split())
# content words of what was said that a text must give a speaker to say the same: two, and
# at least half of the other's
SAID_WORDS = 2


@dataclass(frozen=True)
class Saying:
    """A named speaker of a text and the terms of what it says."""
    speaker: Mention
    words: frozenset[str]


def sayings(text: Parsed) -> tuple[Saying, ...]:
    """The text's sayings, in order: those of its verbs of saying, then of "according to".
    Remembered on the parse (the claim's two readings align the same sentences)."""
    return remembered(text, ("sayings of speakers",), lambda: tuple(find_sayings(text)))


def says_same(words: frozenset[str], said: frozenset[str]) -> bool:
    """`words` say what `said` says: SAID_WORDS of its terms at least, and half of them."""
    return len(said & words) >= max(SAID_WORDS, len(said) / 2)


def named_with(text: Parsed, speaker: Mention) -> list[Mention]:
    """The speaker and every name before it in its clause: the title and country of a
    person who speaks for a body ("Malian Foreign Minister Abdoulaye Diop said"), by any of
    which a claim may name the speaker."""
    start = next((t.start for t in reversed(text.tokens) if t.brk and t.start <= speaker.start),
                 0)
    return [speaker] + [m for m in text.mentions if m.family == "name"
                        and start <= m.start and m.end <= speaker.start]


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The single-word verbs of citing (`qa/data/citations.json`: "found", "shows", "notes");
    any verb of communication WordNet knows is one too (`communicates`), but an auxiliary
    ("will": WordNet's "to bequeath")."""
    return frozenset(v for v in lists()["citing_verbs"] if " " not in v)


def find_sayings(text: Parsed) -> list[Saying]:
    names = outermost(text)
    tokens = text.tokens
    verbs = saying_verbs()
    found = []
    for n, token in enumerate(tokens):
        word = token.word
        if not word.isalpha() or not word.islower() or word in BETWEEN \
                or not (word in verbs or communicates(word)):
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
            found.append(Saying(speaker, words))
    return found + according(text, names)


def capitalised(token: Token) -> Mention | None:
    """A capitalised word as a name: the parse leaves a word after a bracket or at a
    sentence's start unnamed, as it may be any word written first ("(Abidjan says ..."); a
    word WordNet knows only as a common word is none ("Officials say")."""
    if not (token.terms and token.word.isalpha() and token.word[0].isupper()
            and token.word[1:].islower()) or token.word.lower() in load_stopwords() \
            or is_english(token.word) and not proper_noun(token.word):
        return None  # "Officials say": a common word written first
    return Mention("name", frozenset(token.terms), token.word, token.start, token.end,
                   kind="name")


def clause_terms(tokens: list[Token], start: int) -> frozenset[str]:
    """The terms of the words from `start` to the end of their clause: a break, a word that
    links another clause ("while Abidjan says", "three days after Côte d'Ivoire notified")
    or another verb of saying (an auxiliary is none: "that it will start", though WordNet
    knows "will" as a verb of communication)."""
    end = next((k for k in range(start + 1, len(tokens)) if tokens[k].brk
                or tokens[k].word.lower() in CLAUSE_LINKS
                or communicates(tokens[k].word) and tokens[k].word.lower() not in BETWEEN),
               len(tokens))
    return frozenset(term for t in tokens[start:end] for term in t.terms)


def according(text: Parsed, names: list[Mention]) -> list[Saying]:
    """"According to X, ..." opening the text, "..., according to X" closing it and "...,
    according to X, ..." inside it: X the first name up to the clause's end (or a
    capitalised word right after "to" or "to the"), the clause after the comma, before it,
    or around it what was said."""
    tokens = text.tokens
    found = []
    for n in range(len(tokens) - 2):
        if tokens[n].word.lower() != "according" or tokens[n + 1].word.lower() != "to":
            continue
        end = next((j for j in range(n + 2, len(tokens)) if tokens[j].brk), len(tokens))
        k = n + 2 + (tokens[n + 2].word.lower() == "the" and n + 3 < end)
        speaker = next((m for m in names if tokens[n + 2].start <= m.start
                        and (end == len(tokens) or m.end <= tokens[end].start)), None) \
            or capitalised(tokens[k])
        if speaker is None:
            continue
        if n == 0:  # "According to X, the silt was dumped legally"
            words = clause_terms(tokens, end) if end < len(tokens) else frozenset()
        elif tokens[n].brk:  # "The silt was dumped legally, according to X(, ...)"
            words = frozenset(term for t in tokens[:n] + tokens[end:] for term in t.terms)
        else:
            continue
        if words:
            found.append(Saying(speaker, words))
    return found
