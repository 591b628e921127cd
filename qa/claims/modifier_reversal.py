"""Whether the word a reversal reads in the claim word's place only qualifies a noun.

A reversal sets the claim's word against its WordNet opposite in the sentence. When that
opposite is a noun that stands inside a name or qualifies the noun after it ("the Ostmark
flood defence zone", "the Harbour Protection Board") it names a kind of place or body, not
a deed done to the claim's object; and when the sentence itself tells the claim's deed, by
its own verb or a noun WordNet derives from it ("the storm caused the erosion of 40
hectares of dune and coastal defence zone" for "the storm eroded 40 hectares"), the claim's
event is stated, not reversed. Read as a reversal, such a sentence called a true claim
contradicted ("destroyed ... park" against "the destruction of ... park ... protection
area"). A noun that heads its own phrase ("the protection of the dunes") is still read.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, derivations
from ..text.analyze import load_stopwords
from .facts import Parsed, Token, inside_name, token_index
from .past_forms import past_form
from .verb_kin import verb_bases


def qualifying_opposite(mine: Token, sentence: Parsed, theirs: Token) -> bool:
    """The sentence's opposite `theirs` qualifies a noun or is a word of a name
    (`qualifies`), and the sentence tells the claim word `mine` outside its names, by a form
    of it or a WordNet derivation (`deed_told`)."""
    return qualifies(sentence, theirs) and deed_told(mine, sentence, theirs)


def qualifies(sentence: Parsed, theirs: Token) -> bool:
    """A word of a name, or a word that is no verb in any form, right before a content word
    that is no inflected verb, with no break between: a compound's modifier ("defence
    zone")."""
    if can_be_verb(theirs.word):
        return False  # "the storm defended nothing": a verb tells a deed wherever it stands
    if inside_name(sentence, theirs):
        return True
    n = token_index(sentence, theirs)
    if n + 1 >= len(sentence.tokens) or theirs.brk:
        return False
    word = sentence.tokens[n + 1].word
    # the noun it qualifies: no inflected verb ("protection ended"), which opens a clause
    return word.isalpha() and word.islower() and word not in load_stopwords() \
        and not past_form(word) and not word.endswith("ing")


def deed_told(mine: Token, sentence: Parsed, theirs: Token) -> bool:
    """The sentence holds, outside its names and apart from the opposite, the claim word in
    a form of its own or a noun or adjective WordNet derives from it ("erosion" for
    "eroded")."""
    bases = verb_bases(mine.word.lower())
    told = set(bases) | {d for form in bases for d in derivations(form)}
    # a claim word that itself only qualifies a noun there tells no deed either: "more died in
    # dry years than in wet years" / "... in wet years than in dry years" holds the claim's
    # "dry" as the comparison's far side, which is the reversal, not the deed told
    return any(t is not theirs and t.word.lower() in told and not inside_name(sentence, t)
               and not qualifies(sentence, t) for t in sentence.tokens)
