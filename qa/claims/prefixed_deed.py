"""Whether the claim's verb is its sentence verb's deed done again, over, under or against:
a WordNet troponym whose own word is the general verb with a prefix, where the sentence
states only the general verb.

A troponym names a deed of its hypernym done in a manner of its own; where the troponym's word
is the hypernym's word with a prefix ("repaint" a kind of "paint", "overstay" of "stay",
"undercharge" of "charge"), the prefix spells that manner: the deed again, too much, too
little, against. The paraphrase table links a verb and the verb one hypernym step above it
both ways (`qa.claims.paraphrase`), so "In May the board repainted the lighthouse" was
supported by "In May the board painted the lighthouse": the same actors, object and date,
and another deed, the first painting, not a second. Here a claim word whose verb is such a prefixed
troponym (in any WordNet sense: the paraphrase and hypernym tables) withholds support from a
sentence that states its general verb and not the troponym itself: the sentence tells the
plain deed, and the claim's manner, the part its prefix adds, is unstated.

The sentence's general verb must be a verb there, not a noun after a determiner ("the
number of" is no "outnumbered"). A sentence that writes the prefixed word itself, joined or
hyphenated ("re-painted"), states it. Only the prefixes that keep a word's sense
(`forms.KEEPING_PREFIXES`: a negative prefix denies, and is read elsewhere).

The wider class, a claim verb with no WordNet kin against another verb in its place ("the
board dredged the canal" / "the board surveyed the canal"), found no WordNet signal that
parts it from a reworded verb (round 65, branch deed68, over the read sets' supported claims
of lead65-8, pairs whose unstated claim verb has sentence words between its stated
neighbours): 274 right supports for 28 wrong; of those, a sentence verb sharing no
lexicographer file with the claim verb 16 right for 4 wrong (and 2 of 12 fresh wrong
supports); sister troponyms of one hypernym 13 right for 2 wrong; a sentence verb whose
antonym is a synonym of the claim verb 10 right (light verbs: "took", "brought") for 1
fresh wrong; a claim verb that is a troponym of any sentence verb, in any sense, about 1,000
right. Writers reword with verbs WordNet files apart, in other lexicographer files and
under no shared hypernym, as often as they invent another deed. A prefix is the one mark
found that spells the manner a troponym adds in its own word: 0 of the read sets' 2,251
supports.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import can_be_verb, hypernyms
from .facts import DETERMINERS, Parsed, Token, remembered
from .forms import PREFIXES_BY_LETTER
from .opposition import inside_name
from .paraphrase import paraphrases, verb_forms

MIN_LETTERS = 4  # the general verb left once the prefix is off, as `forms.without_prefix`


def prefixed_deed(claim: Parsed, sentence: Parsed) -> Token | None:
    """The claim's word whose verb is a prefixed troponym of a verb the sentence states as a
    verb, when the sentence does not state the troponym itself; None otherwise."""
    troponyms = remembered(claim, ("prefixed troponyms",), prefixed_troponyms, claim)
    if not troponyms:  # nearly every claim
        return None
    written, verbs = remembered(sentence, ("verb forms",), verb_uses, sentence)
    for token, own, general in troponyms:
        if own.isdisjoint(written) and general in verbs:
            return token
    return None


def prefixed_troponyms(claim: Parsed) -> tuple[tuple[Token, frozenset[str], str], ...]:
    """Each claim word outside names whose verb is a prefixed troponym (`general_verb`), with
    the troponym's forms and its general verb."""
    found = []
    for token in claim.tokens:
        word = joined(token.word)
        if word is None or inside_name(claim, token):
            continue
        for form in verb_forms(word):
            general = general_verb(form)
            if general:
                found.append((token, frozenset(verb_forms(word)), general))
                break
    return tuple(found)


@lru_cache(maxsize=8192)
def general_verb(verb: str) -> str | None:
    """The verb `verb` is a kind of when its word is that verb's word with a prefix that keeps
    a sense (WordNet: "repaint" -> paint, "undercharge" -> charge); None otherwise."""
    if not can_be_verb(verb):
        return None
    for prefix in PREFIXES_BY_LETTER.get(verb[:1], ()):
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and len(rest) >= MIN_LETTERS and can_be_verb(rest) \
                and rest in paraphrases(verb) | hypernyms(verb):
            return rest
    return None


def verb_uses(sentence: Parsed) -> tuple[frozenset[str], frozenset[str]]:
    """The forms of every word of the sentence (a hyphenated one joined), and the forms of
    those used as verbs: not after a determiner ("the number of")."""
    written, verbs = set(), set()
    tokens = sentence.tokens
    for n, token in enumerate(tokens):
        word = joined(token.word)
        if word is None:
            continue
        forms = verb_forms(word)
        written.update(forms)
        if n == 0 or tokens[n - 1].word.lower() not in DETERMINERS:
            verbs.update(forms)
        if n + 1 < len(tokens) and hyphened(sentence, token, tokens[n + 1]):
            # "re-painted": the tokenizer splits it, the writer wrote one word
            after = joined(tokens[n + 1].word)
            if after is not None:
                written.update(verb_forms(word + after))
    return frozenset(written), frozenset(verbs)


def hyphened(text: Parsed, first: Token, second: Token) -> bool:
    """The two tokens are one word written with a hyphen between them."""
    return second.start == first.end + 1 and text.text[first.end] == "-"


def joined(word: str) -> str | None:
    """The word in lower case, a hyphen in it dropped; None for a word with other marks or
    digits."""
    word = word.lower().replace("-", "")
    return word if word.isalpha() else None
