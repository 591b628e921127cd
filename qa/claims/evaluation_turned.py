"""Whether the sentence, in the place of the claim's word of evaluation, has a word of
evaluation of the other polarity that no table of opposites links to it.

"The harbour board called the new quay useless" is no paraphrase of "... called the new quay
valuable", nor "a tranquil crossing" of "a turbulent crossing": the sentence states every
other word of the claim, and support, weighing words by rarity, reached SUPPORT with the one
word that carries the claim's point turned round. WordNet gives few such pairs as antonyms
(its antonyms link the heads of its adjective clusters, "useful" / "useless", not the
clusters' other words, "valuable" / "useless"); `polarity.opposed_polarity` reads predicates
(verbs) only, and `judged_otherwise` only a prefixed denial. The evaluation an adjective
carries is read here the way `polarity` reads a verb's: VADER's rating of the word
(`valence.polarity`), else the polarity WordNet's neighbours lend it (`wordnet.lent_polarity`:
"volatile" is a kind of "unstable"), one word of the pair at least rated (two lent
polarities are two guesses). A word counts as an evaluation only where WordNet makes it a
value of an attribute (`wordnet.attributes`: an adjective, "volatile" of changeableness) and
it stands where an adjective does (`adjective_place`): a noun's or a verb's rating judges no
thing's quality.

The claim's word (a predicate too: "is pleased with" against "is unhappy with", where
`polarity` reads the sentence's predicates only; a negated word has the polarity it denies)
must be unstated by the sentence, even by a synonym; the sentence's word unstated by the
claim, and in the claim word's place as `polarity.in_place` reads it,
between the claim's stated words nearest it on each side. It keeps support away only: a
polarity is no antonym, and two words of opposite polarity may judge two sides of one thing.
"""
from __future__ import annotations

from ..search.wordnet import adjective_bases, attributes, lent_polarity
from .compare import negated
from .facts import Parsed, Token, groups_of, inside_name, remembered
from .linked_predicate import linked
from .polar_kin import one_meaning
from .polarity import anchor_sides, circumstance_after, in_place, predicate, stated_places
from .valence import polarity
from .vocabulary import Vocabulary


def evaluation(word: str) -> tuple[int, bool]:
    """(+1 or -1, rated) for an adjective WordNet makes a value of an attribute (a
    superlative, of its adjective's: "warmest", temperature) that a polarity marks as good or
    bad, `rated` when VADER's raters (or its strong synonyms, `valence.polarity`) give it,
    not WordNet's neighbours alone; (0, False) for any other word. The attribute is the test
    of an adjective: a noun's or a verb's rating ("rights", "blamed", "fight") judges no
    thing's quality, and round 64 (branch polar67) measured lent polarities of verbs and
    nouns withholding 35 right supports."""
    if not any(attributes(form) for form in (word, *adjective_bases(word))):
        return 0, False
    rated = polarity(word)
    return (rated, True) if rated else (lent_polarity(word), False)


def evaluations(text: Parsed, claim: bool) -> list[tuple[int, Token, int, bool]]:
    """(position, word, polarity where it stands, rated) of the text's words of evaluation
    outside names, each in an adjective's place (`adjective_place`); a sentence's outside
    its predicates (`polarity` reads those). The text's alone, remembered on its parse."""
    return remembered(text, ("evaluations", claim), find_evaluations, text, claim)


def find_evaluations(text: Parsed, claim: bool) -> list[tuple[int, Token, int, bool]]:
    found = []
    for n, token in enumerate(text.tokens):
        word = token.word
        if not token.terms or not word.isalpha() or not word.islower() \
                or not claim and predicate(text, n) or inside_name(text, token) \
                or not adjective_place(text, n):
            continue
        value, rated = evaluation(word)
        if value:
            found.append((n, token, -value if negated(text, token) else value, rated))
    return found


def adjective_place(text: Parsed, n: int) -> bool:
    """The word stands where an adjective does: after a linking verb ("remained calm", "is
    pleased with"), as a superlative, or before the noun it qualifies, a content word with no
    break or hyphen between ("a tranquil crossing"). Not a word of a compound ("counter-") nor
    an adverb or particle before a preposition ("back in May", "pushed back on")."""
    token = text.tokens[n]
    if linked(text, n) or adjective_bases(token.word):
        return True
    after = text.tokens[n + 1] if n + 1 < len(text.tokens) else None
    return after is not None and bool(after.terms) and not after.brk \
        and text.text[token.end:after.start].isspace()


def evaluation_turned(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                      ) -> tuple[Token, Token] | None:
    """The claim's word of evaluation and the sentence's of the other polarity in its place,
    each unstated by the other text; None if there is none."""
    # the claim's predicates too ("is pleased with"): a sentence's predicate of the other
    # polarity is `opposed_polarity`'s, but its adjective ("is unhappy with") is not
    ours = evaluations(claim, True)
    if not ours:  # most claims: the sentence's words are not read
        return None
    theirs = evaluations(sentence, False)
    if not {-v for _, _, v, _ in ours} & {v for _, _, v, _ in theirs}:
        return None
    groups = groups_of(sentence, vocab)
    ours = [(i, a, v, r) for i, a, v, r in ours
            if not any(vocab.matches(t, sentence.terms, groups) for t in a.terms)]
    if not ours:
        return None
    mine = claim.terms
    theirs = [(k, b, v, r) for k, b, v, r in theirs if not set(b.terms) & set(mine)]
    stated = stated_places(claim, sentence, vocab, countries=True)
    for i, a, value, rated in ours:
        sides = anchor_sides(claim, i, sentence, stated, vocab)
        if not any(sides) or not sides[1] and circumstance_after(claim, i):
            continue  # nothing of the claim's word's circumstance stated (`opposed_polarity`)
        for k, b, other, also in theirs:
            # two lent polarities are two guesses ("early" / "whole"): one side rated
            if value == -other and (rated or also) and not one_meaning(a.word, b.word) \
                    and all(in_place(k, anchors, after) for after, anchors in enumerate(sides)):
                return a, b
    return None
