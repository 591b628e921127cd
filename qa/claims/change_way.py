"""A phrasal verb of change of the claim that the sentence states going the other way, in
the same place: "tensions eased off" / "tensions increased", "scaled back" / "stepped up".

WordNet's antonym pointers join single verbs ("increase" / "decrease"), not a phrasal verb
and a single one, so `compare.opposites` misses these. The direction table
(`wordnet.direction`: a kind of increase +1, a kind of decrease -1, within two hypernym
steps) joins them: a phrasal verb goes the way its single verbs
(`particles.phrasal_spans`) agree on: "ease off" -> decrease, diminish, lessen (-1); it has
no direction where they disagree ("cut down" -> reduce ... inflate) or have none.

The sentence's verb must stand in the claim verb's place: the same word right before both
(`compare.same_subject`), or the claim's subject phrase as the sentence verb's object
(`compare.changed_object`); a change the other way of another thing ("costs rose in 2021"
/ "quotas eased off in 2021") reverses nothing. The claim's verb must be unstated by the
sentence (a sentence that says "eased off" as well is about two changes), and neither word
negated ("did not increase" is no increase). Here the claim's changes; the sentence is read
by `compare.reversed_change`.

A single verb goes the way of its first sense of change of magnitude or of vertical motion
(`wordnet.scale_direction`: "climbed", "soared" +1; "fell", "plunged" -1) where it tells how a
quantity moved of itself (`quantity_changes`): a past verb with nothing after it but a
function word, an adverb, a figure or a break ("fares climbed by 12 percent", "costs fell
sharply"). Used with an object its first sense strays ("limited tickets to 400" / "raised
the cap to 400", "delayed the deadline" / "extended it"), and such verbs are left to the
antonyms; and the sentence's verb must then have the claim's subject right before it
(`compare.same_subject`), not merely share its object."""
from __future__ import annotations

from ..search.wordnet import direction, scale_direction
from .adverb_words import manner_adverb
from .facts import Parsed, Token, clause_bounds, negated_word, remembered
from .past_forms import past_verb_form_or_own_word
from .vocabulary import Vocabulary
from .particles import OWN_STEM, phrasal_spans


def changes_of(claim: Parsed) -> list[tuple[Token, int]]:
    """Each affirmed phrasal verb of change of the claim with its direction, from its single
    verbs. A single word's own direction is left to the antonyms: read from the hypernyms of
    its first senses it strays too often (a noun, "troop cap"; a rate, "slow", "delayed"),
    where several single verbs agreeing on one direction seldom do."""
    phrasal = {i: singles for i, _, singles in phrasal_spans(tuple(claim.tokens))}
    found = []
    for n, token in enumerate(claim.tokens):
        if not token.word.isalpha() or not token.terms \
                or negated_word(claim, token):
            continue
        way = phrasal_direction(phrasal[n]) if n in phrasal else 0
        if way:
            found.append((token, way))
    return found


def phrasal_direction(singles: str) -> int:
    """The direction a phrasal verb's single verbs agree on, 0 if they disagree or have none."""
    ways = {direction(w) for w in singles.lstrip(OWN_STEM).split()} - {0}
    return ways.pop() if len(ways) == 1 else 0


def quantity_changes(text: Parsed) -> list[tuple[Token, int]]:
    """Each affirmed past single verb of the text that tells a quantity moving of itself
    (`of_itself`), with its direction of magnitude (`wordnet.scale_direction`); the text's
    alone, remembered on its parse (a claim meets sentence after sentence, and a sentence
    claim after claim)."""
    return remembered(text, ("quantity changes",), find_quantity_changes, text)


def find_quantity_changes(text: Parsed) -> list[tuple[Token, int]]:
    found = []
    for n, token in enumerate(text.tokens):
        if not token.word.isalpha() or not token.terms \
                or negated_word(text, token):
            continue
        way = scale_direction(token.word)
        if way and past(token.word) and of_itself(text, n):
            found.append((token, way))
    return found


def past(word: str) -> bool:
    """A verb's past form by its shape: "climbed", "rose", "fell" (an irregular past that is a
    word of its own, `wordnet.verb_base`). A present form ("rises") is not read: after a
    noun it is as often a noun ("price rises")."""
    low = word.lower()
    return word == low and past_verb_form_or_own_word(low)


def of_itself(text: Parsed, n: int) -> bool:
    """Nothing after the verb that could be its object: the end, a break, a preposition or a
    conjunction (`AFTER_CHANGE`: "by", "from", "in"; not a determiner, which opens an object:
    "raised the cap"), an adverb in "-ly" or a figure ("rose 12 percent")."""
    if n + 1 >= len(text.tokens):
        return True
    after = text.tokens[n + 1]
    word = after.word.lower()
    return after.brk or word in AFTER_CHANGE or manner_adverb(word) \
        or any(m.start <= after.start < m.end for m in text.mentions if m.family != "name")


# the function words that may follow a verb of change used of itself ("fell by 12 percent",
# "rose to 20", "grew in 2021 as ...")
AFTER_CHANGE = frozenset("""by from to in into on at during over through throughout across within
between around after before since for until till than as and or but while when again back
further""".split())


SUBJECT_WORDS = 4  # the claim's content words before its verb that name what moves


def subject_stated(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                   vocab: Vocabulary) -> bool:
    """Every content word of the claim's clause before its verb (the SUBJECT_WORDS nearest,
    a figure's and a date's left out) is in the sentence's clause before its verb (a synonym
    counts): the same thing moves. One shared word is no sign where two clauses end their
    subjects alike ("enrolment at Brell college fell" / "attendance at Foss college soared,
    and enrolment at Brell college went down")."""
    wanted = before_verb(claim, mine)[-SUBJECT_WORDS:]
    if not wanted:
        return False
    said = before_verb(sentence, theirs)
    terms = {t for token in said for t in token.terms}
    groups = vocab.expand(terms)
    return all(any(vocab.matches(t, terms, groups) for t in token.terms) for token in wanted)


def before_verb(text: Parsed, verb: Token) -> list[Token]:
    """The content words of the verb's clause before it, outside figures and dates."""
    low, _ = clause_bounds(text, verb.start, verb.end)
    figures = [(m.start, m.end) for m in text.mentions if m.family != "name"]
    return [t for t in text.tokens if low <= t.start < verb.start and t.terms
            and t.word.isalpha() and not any(s <= t.start < e for s, e in figures)]
