"""Whether a sentence states some word of the claim's subject, for a value in conflict read
with little of the rest (`check.rest_for_event`).

A figure in its own role, with the claim's predicate stated, is the claim's fact
told otherwise however the claim words the rest; but the same count of the same thing may be
another actor's ("the pilots' guild sent fifteen dredgers to the western canal" / "the board
sent twelve dredgers to the western canal"). The subject is the words before the claim's
first verb (`subject_head.first_verb`), from the last clause break before it. A name before
that verb that the sentence does not give, and that is not the corpus's setting (which goes
unsaid), is another actor's place ("the Orsk guild declared" / "Tuareg rebels seized"), or
another place's ("Norvik, with its long winters, has warmed by 1 degree" / "in Tarland, days
above 35 degrees"). The subject's figures and dates are the conflict's or facts checked on
their own, and are left out, as are its names and words without terms; a subject with no
word left ("Here is", "When the board met") asks nothing more. A word of it stated, by its
own terms or a WordNet synonym, is enough: the claim's subject is said.
"""
from __future__ import annotations

from ..search.wordnet import is_english, proper_noun
from .facts import Parsed
from .subject_head import first_verb
from .vocabulary import Vocabulary


def subject_said(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 background: set[str] = frozenset()) -> bool:
    """Every name before the claim's first verb given by the sentence or the corpus's
    setting, and some content word of its subject the sentence's (or a synonym of one of
    its words), or none outside its names, figures and dates."""
    verb = first_verb(claim)
    tokens = claim.tokens
    if verb is None:
        return True
    start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    end = tokens[verb].start
    # a name anywhere before the verb: an apposition or an opening phrase may stand between
    # the subject's name and its verb ("Norvik, with its long winters, has warmed")
    if any(m.family == "name" and m.start < end and m.text not in background
           and not set(vocab.analyzer.terms(m.text)) <= sentence.terms
           for m in claim.mentions) or opening_name_unsaid(claim, verb, sentence, background):
        return False
    facts = [(m.start, m.end) for m in claim.mentions]
    terms = {t for token in tokens[start:verb]
             if not any(s <= token.start < e for s, e in facts) for t in token.terms}
    if not terms:
        return True
    groups = vocab.expand(sentence.terms)
    return any(vocab.matches(t, sentence.terms, groups) for t in terms)


def opening_name_unsaid(claim: Parsed, verb: int, sentence: Parsed, background: set[str]) -> bool:
    """The claim opens, before its verb, on a capitalised word WordNet knows as no common
    word ("Sudvik, the port's second-largest supplier, shipped ..."), which the sentence
    does not give: a name the parse leaves out, since any first word is capitalised, and
    another actor's place as a name in `subject_said`."""
    first = claim.tokens[0] if verb else None
    return first is not None and first.word[:1].isupper() and bool(first.terms) \
        and first.word not in background and not set(first.terms) <= sentence.terms \
        and (proper_noun(first.word) or not is_english(first.word))
