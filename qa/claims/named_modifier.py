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
"Sweden receives 40 percent", "the AU sanctions Mali" have none), a name and one actor noun
before it ("Malian army markings": the army's), the genitive or "by"/"from" after it that
`deed_elsewhere.owners` reads, and the owner of the deed noun whose "of" governs it ("ECOWAS's
imposition of sanctions"). Owners of two kinds are no rivals: a country's adjective says where
a thing is from ("Bangladeshi peacekeepers"), a body's name whose it is ("UN peacekeepers"),
and both are true of one thing. No owner the sentence gives the noun may be one of the claim's
(`deed_elsewhere.alike`: a name written otherwise, an acronym, the body one belongs to; with
the names listed with them: "AU and ECOWAS sanctions" are the AU's too), and the sentence must
leave some word of the claim's owner phrase unsaid: a sentence that has them all may name the
owner in another phrase ("the Mopti camp" / "the mission's camp in Mopti"), where a name
elsewhere in the passage ("the AU could have helped") owns no such thing. Read for abstention
only: what the claim's name did is not said, only not this. A claim's country whose capital
acts in the sentence owns what the capital stands for ("the Ostrian government" / "Valdria says
the Sudlandic government ...", `capital_for`): no owner to set against the sentence's.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun
from ..text.lexicon import capital_cities
from .capital_for import named_by_capital
from .compare import DETERMINERS, governing_country
from .deed_elsewhere import COORDINATED_RE, alike, deed_noun, owners
from .facts import UNMADE, Mention, Parsed, Token, last_words, remembered
from .opposition import occurrences, outermost
from .straddled import PREPOSITIONS
from .vocabulary import Vocabulary

# what may stand right before a name that modifies the noun after it: the phrase opens there
OPENERS = PREPOSITIONS | DETERMINERS


def modifier_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated,
                       bodies=None) -> tuple[Mention, Mention] | None:
    """(the claim's owner of one of its nouns, the sentence's owner of that noun) where the
    sentence gives the noun owners, all of the claim owner's kind, none of them one of the
    claim's owners of it, and does not state the claim's owner phrase (`stated`: the claim
    terms the sentence states, forms and synonyms counted); None otherwise."""
    for n, token, owned in owned_nouns(claim):
        mine = [(m, kind) for m, kind in owned
                if not owner_stated(claim, m, n, stated)
                and not named_by_capital(m, claim, sentence, 0, governing_country)]
        if not mine:
            continue
        theirs = [found for k in occurrences(token, sentence, vocab)
                  for found in noun_owners(sentence, k, listed=True)]
        if not theirs or alike([m for m, _ in noun_owners(claim, n, listed=True)],
                               [o for o, _ in theirs], claim, sentence, vocab, bodies):
            continue
        for m, kind in mine:
            if all(other == kind for _, other in theirs):
                return m, theirs[0][0]
    return None


def owned_nouns(claim: Parsed) -> tuple[tuple[int, Token, list], ...]:
    """(index, word, `noun_owners` not listed) of each lower-case claim word with terms that
    has owners, in order: the claim's alone, remembered on its parse (`modifier_elsewhere`
    read every claim word's owners again with every sentence; most words have none)."""
    found = claim.memo.get(("owned nouns",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("owned nouns",), find_owned_nouns, claim)
    return found


def find_owned_nouns(claim: Parsed) -> tuple[tuple[int, Token, list], ...]:
    return tuple((n, token, owned) for n, token in enumerate(claim.tokens)
                 if token.terms and token.word.islower()
                 for owned in [noun_owners(claim, n, listed=False)] if owned)


def owner_stated(claim: Parsed, owner: Mention, n: int, stated) -> bool:
    """Every word from the claim's owner to its noun (the name's, and an actor noun's
    between) is one the sentence states: it may name the claim's owner in another phrase
    ("the Mopti camp" / "the mission's camp in Mopti")."""
    between = [t for t in claim.tokens if owner.start <= t.start < claim.tokens[n].start]
    return all(set(t.terms) & stated for t in between if t.terms)


def noun_owners(text: Parsed, k: int, listed: bool) -> list[tuple[Mention, str]]:
    """The names the phrase of the k-th word, a noun, gives as whose it is, each with its
    kind (`kind_of`): the name (and one actor noun) right before it as its modifier (with
    the names `listed` with it), its genitive or "by"/"from" (`deed_elsewhere.owners`), and
    the owner of the deed noun whose "of" governs it."""
    token = text.tokens[k]
    if not token.word.isalpha() or not token.word.islower():
        return []
    found = [(m, kind_of(m, False)) for m in owners(text, k)]
    names, headed = modifiers(text, k, listed)
    found += [(m, kind_of(m, headed)) for m in names]
    governor = governing_deed(text, k)
    if governor is not None:
        found += [(m, kind_of(m, False)) for m in owners(text, governor)]
    return found


def modifiers(text: Parsed, k: int, listed: bool) -> tuple[list[Mention], bool]:
    """The name standing before the k-th word as its modifier, and whether an actor noun
    stands between: right before it, or before one actor noun that is ("the Malian army
    markings"), the phrase opening right before the name (a preposition or an article), and
    the k-th word no verb taking an object (no article or name after it); with the names
    `listed` before it ("AU and ECOWAS sanctions" are both's), which a claim is not read
    with: "Barkhane, the G5 Force and EU missions" may list three things."""
    token = text.tokens[k]
    start = token.start
    headed = k > 0 and text.tokens[k - 1].word.islower() \
        and actor_noun(text.tokens[k - 1].word) is not None \
        and not text.text[text.tokens[k - 1].end:start].strip()
    if headed:
        start = text.tokens[k - 1].start
    after = text.tokens[k + 1] if k + 1 < len(text.tokens) else None
    if after is not None and (after.word.lower() in DETERMINERS or after.word[:1].isupper()):
        return [], headed
    names = outermost(text)
    found = [m for m in names if m.end <= start and not text.text[m.end:start].strip()]
    while listed and found:
        joined = [m for m in names if COORDINATED_RE.fullmatch(text.text[m.end:found[-1].start])]
        if not joined:
            break
        found.append(joined[-1])
    return (found if found and opens_phrase(text, found[-1]) else []), headed


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


def kind_of(name: Mention, headed: bool) -> str:
    """"place" for a country, its adjective or its capital standing alone ("Bangladeshi
    peacekeepers"): where a thing is from; "body" for any other name, or a country with the
    actor noun that makes it a body (`headed`: "Malian army markings")."""
    if headed:
        return "body"
    return "place" if name.kind == "country" or name.text.lower() in capital_cities() else "body"
