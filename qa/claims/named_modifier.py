"""The name that says whose a noun is, given in the sentence to another name of its kind:
"a response to AU sanctions" / "ECOWAS's imposition of sanctions", "painted with Malian army
markings" / "painted with UN markings".

The checker asks that every name of the claim be in the sentence's passage; a name said
elsewhere in it ("the AU could have helped") passes, and coverage, weighing the name, the noun
and the rest, reaches support. But a name standing right before a noun as its modifier says
whose the thing is (whose sanctions, whose markings), as a genitive or a "by" does; where the
sentence gives the very noun such an owner of the same kind, and it is another, the sentence
tells the claim's thing as another's: "ECOWAS's sanctions" are no evidence of "AU sanctions".

An owner is read where the phrase says it plainly (`noun_owners`): the name right before the
noun, after a preposition or an article, so that the noun is no verb ("to AU sanctions";
"Sweden receives 40 percent", "the AU sanctions Mali" have none), a name and one actor noun before it ("Malian
army markings": the army's), the genitive or "by"/"from" after it that `deed_elsewhere.owners`
reads, and the owner of the deed noun whose "of" governs it ("ECOWAS's imposition of
sanctions"). Owners of two kinds are no rivals: a country's adjective says where a thing is
from ("Bangladeshi peacekeepers"), a body's name whose it is ("UN peacekeepers"), and both are
true of one thing. The two owners must not be one body (`deed_elsewhere.alike`: a name written
otherwise, an acronym, the body one belongs to), and every owner the sentence gives the noun
counts (the names listed with the one right before it: "AU and ECOWAS sanctions" are the
AU's too); the claim's name may stand elsewhere in the sentence ("the AU could have helped";
two sentences read as one), where it owns no such thing. Read for abstention only: what the
claim's name did is not said, only not this.
"""
from __future__ import annotations

import re

from ..search.wordnet import actor_noun
from ..text.lexicon import capital_cities
from .compare import DETERMINERS
from .deed_elsewhere import COORDINATED_RE, alike, deed_noun, owners
from .facts import Mention, Parsed, last_words
from .opposition import occurrences, outermost
from .straddled import PREPOSITIONS
from .vocabulary import Vocabulary

# what may stand right before a name that modifies the noun after it: the phrase opens there
OPENERS = PREPOSITIONS | DETERMINERS


def modifier_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                       ) -> tuple[Mention, Mention] | None:
    """(the claim's owner of one of its nouns, the sentence's owner of that noun) where the
    sentence gives the noun owners, all of the same kind, none of them the claim's; None
    otherwise."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not token.word.islower():
            continue
        mine = noun_owners(claim, n)
        if not mine:
            continue
        theirs = [found for k in occurrences(token, sentence, vocab)
                  for found in noun_owners(sentence, k)]
        for m, kind in mine:
            rivals = [o for o, other in theirs if other == kind]
            if rivals and len(rivals) == len(theirs) and not alike(
                    [m], rivals, claim, sentence, vocab, bodies):
                return m, rivals[0]
    return None


def noun_owners(text: Parsed, k: int) -> list[tuple[Mention, str]]:
    """The names the phrase of the k-th word, a noun, gives as whose it is, each with its
    kind (`kind_of`): the name (and one actor noun) right before it as its modifier, its
    genitive or "by"/"from" (`deed_elsewhere.owners`), and the owner of the deed noun whose
    "of" governs it."""
    token = text.tokens[k]
    if not token.word.isalpha() or not token.word.islower():
        return []
    found = [(m, kind_of(text, m, m.end)) for m in owners(text, k)]
    found += [(m, kind_of(text, m, token.start)) for m in modifiers(text, k)]
    governor = governing_deed(text, k)
    if governor is not None:
        found += [(m, kind_of(text, m, m.end)) for m in owners(text, governor)]
    return found


def modifiers(text: Parsed, k: int) -> list[Mention]:
    """The name standing before the k-th word as its modifier: right before it, or before
    one actor noun that is ("the Malian army markings"), the phrase opening right before the
    name (a preposition or an article), and the k-th word no verb taking an object (no
    article or name after it)."""
    token = text.tokens[k]
    start = token.start
    if k and text.tokens[k - 1].word.islower() and actor_noun(text.tokens[k - 1].word) is not None \
            and not text.text[text.tokens[k - 1].end:start].strip():
        start = text.tokens[k - 1].start
    after = text.tokens[k + 1] if k + 1 < len(text.tokens) else None
    if after is not None and (after.word.lower() in DETERMINERS or after.word[:1].isupper()):
        return []
    names = outermost(text)
    found = [m for m in names if m.end <= start and not text.text[m.end:start].strip()]
    while found:  # and the names listed with it: "AU and ECOWAS sanctions" are both's
        listed = [m for m in names if COORDINATED_RE.fullmatch(text.text[m.end:found[-1].start])]
        if not listed:
            break
        found.append(listed[-1])
    return found if found and opens_phrase(text, found[-1]) else []


def opens_phrase(text: Parsed, name: Mention) -> bool:
    """A preposition or an article stands right before the name: it opens a noun phrase
    ("to AU sanctions", "with UN markings"), where a name first in its clause may be the
    subject of a verb ("Sweden receives 40 percent")."""
    words = last_words(text.text, name.start, 1)
    return bool(words) and words[-1].lower() in OPENERS


def governing_deed(text: Parsed, k: int) -> int | None:
    """The index of the deed noun whose "of" governs the k-th word ("imposition of [the]
    sanctions"), or None."""
    j = k - 1
    if j >= 0 and text.tokens[j].word.lower() == "the":
        j -= 1
    if j < 1 or text.tokens[j].word.lower() != "of" or not deed_noun(text.tokens[j - 1].word):
        return None
    return j - 1


def kind_of(text: Parsed, name: Mention, end: int) -> str:
    """"place" for a country, its adjective or its capital standing alone ("Bangladeshi
    peacekeepers"): where a thing is from; "body" for any other name, or a country with the
    actor noun that makes it a body ("Malian army markings")."""
    if not re.fullmatch(r"\s*", text.text[name.end:end]):
        return "body"
    return "place" if name.kind == "country" or name.text.lower() in capital_cities() else "body"
