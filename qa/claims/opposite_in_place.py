"""Whether the sentence puts an opposite of a claim's word in that word's place, by a link
WordNet makes through one more relation than a direct antonym.

Support weighs words by rarity, so a sentence that states a claim's participants, date and
place reaches SUPPORT without the claim's verb or adjective: "the board detained the three
fishermen" was supported by "the board released the three fishermen", and "gave the police a
weak mandate" by "... a robust mandate". A different word in that place is no proof of a
different claim (writers reword: "halted" / "suspended"; round 45 measured a gate requiring
the claim's verb: 95 right supports lost). An opposite there is: the direct antonyms are read
by `opposition.opposed`, and `wordnet_indirect_antonyms.txt` gives the ones WordNet reaches
through a similar adjective, a derivation or a hypernym ("robust" ~ "strong" / "weak",
"released" ~ "free" / "detain", "shrank" ~ "decrease" / "increase" ~ "enlarge"). The place is
read as `verb_in_place` reads it, between the claim's stated words nearest it on each side.

Such a sentence keeps support away (`related`); it contradicts nothing: the indirect link is
weaker than an antonym, and an abstention costs less than a wrong verdict either way.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, base_forms, indirect_antonyms, verb_base
from .actors import said
from .compare import negated
from .facts import Parsed, Token, inside_name
from .polarity import stated_places
from .verb_in_place import verb_in_place
from .vocabulary import Vocabulary


def opposite_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's word, stated nowhere in the sentence, and the sentence's affirmed word in
    its place that WordNet opposes to it (indirectly); None if there is none. A word negated
    on either side is left out ("did not release" says what "detained" says)."""
    stated_at = None
    for i, mine in enumerate(claim.tokens):
        if not candidate(claim, mine):
            continue
        opposites = indirect_antonyms(mine.word)
        if not opposites or negated(claim, mine) or said(mine, sentence, vocab, stated):
            continue
        direct = set(antonyms(mine.word))  # `opposition.opposed` reads those, with its care
        found = [k for k, theirs in enumerate(sentence.tokens)
                 if candidate(sentence, theirs) and not negated(sentence, theirs)
                 and forms(theirs.word) & opposites and not forms(theirs.word) & direct]
        if not found:
            continue
        if stated_at is None:
            stated_at = stated_places(claim, sentence, vocab)
        k = verb_in_place(claim, i, sentence, vocab, stated_at, found)
        if k is not None:
            return mine, sentence.tokens[k]
    return None


def candidate(text: Parsed, token: Token) -> bool:
    """A word that may be a verb or an adjective of the text's own: a word of letters, lower
    case (not a name), outside names."""
    return bool(token.terms) and token.word.isalpha() and token.word.islower() \
        and not inside_name(text, token)


def forms(word: str) -> set[str]:
    """The word and its base forms, an irregular form's verb among them ("shrank" -> shrink)."""
    found = set(base_forms(word.lower()))
    base = verb_base(word.lower())
    if base:
        found.add(base)
    return found
