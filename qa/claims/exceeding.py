"""A comparison a verb of exceeding makes ("the harbour's share of the catch exceeds the
river's share of the nets"), read against a sentence that compares nothing.

`comparison_unstated` asks a sentence to compare where the claim compares before a "than";
a claim that compares by its verb ("exceeds", "outnumbered", "surpasses", "outweighs") has no
"than", and a sentence giving both its sides' figures ("the river towns landed 70 percent of
the catch, but the harbour has only 12 percent of the nets") reached support by the words of
the two sides, though its figures say the claim's order is the wrong way round. So where the
claim compares two things by such a verb, a sentence whose figures give each side one
(the one paired with the side's name, "Norland and Sudland ... 40 and 15 boats,
respectively", or whose counted words, the few after the figure, "percent of the nets", only
that side's words state) supports the comparison only when the subject's figure is the
larger; a sentence with no such figures only when it has a word that compares
(`comparison_unstated.compares`). A claim that gives both figures itself ("the 40
pilots outnumbered the 300 deckhands") says its order by them: the smaller first is no
comparison a sentence can state. A verb of exceeding with a figure as its object only ("the
fleet exceeded 400 boats") is a threshold, no comparison of two things, and is left to the
figures' readers.

It keeps support away only: the sentence's figures may count a part of what the claim's side
names, and a polarity read from them is no conflict written in the text.
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .clause_ends import clause_end
from .compare import as_text, name_found, paired_figures
from .comparison_unstated import compares
from .facts import Mention, Parsed, Token, remembered
from .vocabulary import Vocabulary

# the verbs that compare two things by which is the larger, a closed class as "more" and
# "fewer" are (`compared_figures.MORE`); the same as `comparison_unstated.SETS_APART` holds
EXCEEDING = frozenset("exceed outnumber surpass outweigh outstrip outpace overtake".split())
FIGURES = frozenset("count percent amount".split())
# between a figure and the noun it counts: its unit and the words that open the noun
COUNT_OPENERS = frozenset("percent per cent % of the all its their his her a an".split())
COUNTED_REACH = 4  # words after a figure that say what it counts: "percent of the nets in ..."


def exceeding_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim compares two things by a verb of exceeding, and the sentence neither
    compares nor gives the two sides figures that put the subject's above the object's."""
    read = remembered(claim, ("exceeding sides",), sides, claim)
    if read is None:
        return False
    left, right, own = read
    if own is not None:  # "the 40 pilots outnumbered the 300 deckhands": the claim's order
        return own[0] <= own[1]
    mine = side_figures(claim, left, right, sentence, vocab)
    theirs = side_figures(claim, right, left, sentence, vocab)
    if len(mine) == 1 and len(theirs) == 1:  # the figures decide, whatever else the
        # sentence compares ("earlier", "the largest")
        return not mine.pop() > theirs.pop()
    return not compares(sentence)


def sides(claim: Parsed) -> tuple[list[Token], list[Token], tuple[float, float] | None] | None:
    """(the words of the subject side, of the object side, and the two figures the claim
    gives them if it gives one each) of a claim whose verb is one of exceeding; None when it
    has none, or its object is a figure the subject side has no figure to match (a
    threshold)."""
    tokens = claim.tokens
    at = next((n for n, t in enumerate(tokens) if n and t.lower.isalpha()
               and exceeding(t.lower)), None)
    if at is None:
        return None
    start = max((n for n in range(at + 1) if tokens[n].brk), default=0)
    end = clause_end(tokens, at)
    left, right = tokens[start:at], tokens[at + 1:end]
    mine, theirs = figures_within(claim, left), figures_within(claim, right)
    if theirs and not mine:
        return None  # "exceeded 400 boats": a threshold
    own = (mine[0].value, theirs[0].value) if len(mine) == 1 and len(theirs) == 1 else None
    return left, right, own


def exceeding(word: str) -> bool:
    """Whether the word is a form of a verb of exceeding ("outpaced", "overtook")."""
    if word in EXCEEDING or verb_base(word) in EXCEEDING:
        return True
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem in EXCEEDING or stem + "e" in EXCEEDING:
                return True
    return False


def figures_within(text: Parsed, words: list[Token], families=FIGURES) -> list[Mention]:
    """The figures (or the mentions of `families`) of the text inside the span of `words`."""
    if not words:
        return []
    start, end = words[0].start, words[-1].end
    return [m for m in text.mentions if m.family in families and start <= m.start < end]


def side_figures(claim: Parsed, side: list[Token], other: list[Token], sentence: Parsed,
                 vocab: Vocabulary) -> set[float]:
    """The values of the sentence's figures given to `side`: the figure the sentence pairs
    with the one name the side holds ("Norland and Sudland ... 40 and 15 boats,
    respectively", `compare.paired_figures`), else those whose counted words share a term
    with the side's words and none with the other side's words that `side` lacks."""
    names = [m for m in figures_within(claim, side, ("name",))]
    if len(names) == 1:
        pairs = remembered(sentence, ("respective pairs",), paired_figures, sentence)
        paired = {figure.value for theirs, figure in pairs
                  if name_found(names[0], as_text(theirs), vocab)}
        if paired:
            return paired
    own = {term for t in side for term in t.terms}
    others = {term for t in other for term in t.terms} - own
    own -= {term for t in other for term in t.terms}
    found = set()
    for mention in sentence.mentions:
        if mention.family not in FIGURES:
            continue
        counted = counted_terms(sentence, mention)
        if counted & own and not counted & others:
            found.add(mention.value)
    return found


def counted_terms(sentence: Parsed, mention: Mention) -> set[str]:
    """The terms of the few words after a figure that say what it counts, its unit and the
    words that open a noun aside, up to the clause's end."""
    terms: set[str] = set()
    taken = 0
    for token in sentence.tokens:
        if token.start < mention.end:
            continue
        if token.brk or taken >= COUNTED_REACH:
            break
        if token.lower in COUNT_OPENERS and not taken:
            continue
        terms.update(token.terms)
        taken += 1
    return terms
