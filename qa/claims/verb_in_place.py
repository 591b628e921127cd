"""Whether the sentence denies, in the place of the claim's verb, another verb: "the groups
were brought into the agreement" / "the agreement did not include the groups".

Support weighs words by rarity, so a sentence stating the claim's subject, object, date and
place reaches SUPPORT without the claim's verb, the one word that says what happened.
Another verb in that verb's place is no test by itself: writers paraphrase verbs freely and
the shipped tables link few pairs ("stopped" / "suspended", "told" / "informed", "holding" /
"detaining"; bench/README, round 33, branch precision13: 193 right supports lost for 11 wrong
ones removed). A verb the sentence denies there is: a paraphrase of an affirmed verb is
affirmed. The place is read as `qa.claims.polarity` reads it, by the claim's stated words
nearest the verb on each side, both sides needed (the verb's two parties); a passive has
them the other way round from an active ("were brought into the agreement" / "the agreement
did not include them").

Read as a conflict (`denied_relation`), the denial must be of the claim's own relation: a verb
the sentence denies in that place that is the claim verb's paraphrase (the sentence's word for
it), or another verb denied in that place and done to the thing the claim's verb acts on (the
same head, as `qa.claims.acted_on` places a reversal): support already reads such a verb,
affirmed, as the claim's ("the council approved the levy" for "passed the levy"), so denied it
is the claim's denied. Only a plain denial of a plain fact (round 44, bench/README).
"""
from __future__ import annotations

from ..search.wordnet import MODALS, adjective_bases, base_forms, can_be_verb, synonyms
from .acted_on import object_head
from .actors import said
from .adverb_words import verb_group_adverb
from .attribution import reporting_verbs
from .compare import antonym_terms, negated, synonym_terms
from .continuation import continues
from .degree import of_degree
from .facts import Parsed, Token, inside_name
from .opposition import AUXILIARY_WORDS, agentless, passive
from .paraphrase import paraphrased_by
from .phrasal import OWN_STEM, phrasal_of
from .polarity import anchor_sides, in_place, polarity, predicate, stated_places
from .predicated import copula_at, subject_head
from .predicate import own_word_past, said_within
from .quantity_duality import oppositely_quantified
from .vocabulary import Vocabulary

# verbs that carry no event of their own: auxiliaries, "be", "have", modals
LIGHT = AUXILIARY_WORDS | MODALS | frozenset("being am having done".split())
PLAIN_DENIALS = frozenset(("not", "never"))  # the words that deny a verb outright
SEPARATION = frozenset("out away off aside back apart".split())  # particles of exclusion
PARTICLE_REACH = 5  # words a particle may stand after its verb ("kept the guild's pilots out")
MODAL_REACH = 4  # words a modal may stand before its verb ("could not have brought")
# what a modal is before "n't" ("wouldn't", "can't", "won't")
MODAL_STEMS = MODALS | frozenset(("ca", "wo", "sha"))


def denied_verb_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                         stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's affirmed verb, stated nowhere in the sentence, and a verb the sentence
    denies in its place ("were brought into the agreement" / "the agreement did not include
    them"); None if there is none."""
    stated_at = None
    for i, a in enumerate(claim.tokens):
        if not event_verb(claim, i) or negated(claim, a) or said(a, sentence, vocab, stated) \
                or all(said_within(t, sentence) for t in a.terms):
            continue
        if stated_at is None:
            stated_at = stated_places(claim, sentence, vocab)
        # "stayed" / "did not leave": the opposite denied affirms it
        k = verb_in_place(claim, i, sentence, vocab, stated_at, [
            k for k, b in enumerate(sentence.tokens) if event_verb(sentence, k)
            and negated(sentence, b) and not opposite(claim, a, b, vocab)])
        if k is not None:
            return a, sentence.tokens[k]
    return None


def denied_kin_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                        ) -> tuple[Token, Token] | None:
    """The claim's affirmed verb, which the sentence states only by a verb of the same
    meaning that it denies, in its place ("gave the crews winter training" / "did not provide
    the crews with winter training"): the claim's verb denied. The same word denied is
    `compare.flipped`'s; None if there is none."""
    if not sentence.negated:
        return None
    stated_at = None
    for i, a in enumerate(claim.tokens):
        if not event_verb(claim, i) or negated(claim, a) or not sentence.terms.isdisjoint(a.terms):
            continue
        stating = [k for k, b in enumerate(sentence.tokens) if b.terms and states(a, b, vocab)]
        if not stating or not all(negated(sentence, sentence.tokens[k]) for k in stating):
            continue  # stated by no word, or by a word affirmed
        if stated_at is None:
            stated_at = stated_places(claim, sentence, vocab)
        k = verb_in_place(claim, i, sentence, vocab, stated_at,
                          [k for k in stating if event_verb(sentence, k)])
        if k is not None:
            return a, sentence.tokens[k]
    return None


def states(a: Token, b: Token, vocab: Vocabulary) -> bool:
    """Word `b` states word `a` as support reads it: the same terms, a synonym of the
    thesaurus or WordNet's, a WordNet paraphrase (`paraphrase.paraphrased_by`: "gave" /
    "provide")."""
    terms = set(b.terms)
    return any(vocab.matches(t, terms, vocab.expand(terms)) for t in a.terms) \
        or bool(synonym_terms(a.word.lower(), vocab) & terms) \
        or paraphrased_by(a.word.lower(), b.word.lower())


def verb_in_place(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
                  stated_at: list[int], candidates: list[int]) -> int | None:
    """The first of the sentence's words at `candidates` that stands in the place of the
    claim's word `i`: between the sentence's forms of the claim's stated words nearest it on
    each side (both needed: the verb's two parties), read by those words and again by those
    that are no figure, the sides traded when one text is passive and the other active."""
    if not candidates:
        return None
    for places in (stated_at, parties(claim, stated_at)):
        sides = anchor_sides(claim, i, sentence, places, vocab)
        if not all(sides):
            continue  # the place needs a stated word on both sides: the verb's parties
        for k in candidates:
            # a passive has the claim's two sides the other way round from an active
            order = sides[::-1] if passive_voice(claim, i) != passive_voice(sentence, k) \
                else sides
            if all(in_place(k, anchors, after) for after, anchors in enumerate(order)):
                return k
    return None


def denied_relation(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's verb and the verb the sentence denies in its place, read as the claim's
    relation denied ("the talks brought the guild to the table" / "the talks did not include
    the guild"; "gave the crews training" / "did not provide the crews with training"): the
    sentence says, of the claim's two parties, that what the claim says happened did not, in
    its own verb. Another verb than the claim's paraphrase must act on the same thing
    (`acted_on_alike`). A plain denial of a plain fact only: denied by "not", "never" or
    "n't" right before the verb (`plainly_denied`: not "not yet", "barely", "incorrectly");
    not when the claim denies something itself ("went ahead without the inclusion of the
    guild": the two may deny alike), nor when either verb is under a modal ("should not
    include", "would bring": advice or a condition, not what happened), nor when the denied
    verb governs another ("did not want to exclude them": the verb after "to" is the event),
    nor when the claim's verb says a denial in its own meaning (`denying`, `separated`,
    `opposed_by_synonym`: "ignored", "halted", "turned them away", "omitted"). None if
    there is none."""
    if claim.has_negation:
        return None
    # the same verb's denial, in the sentence's word for it; or another verb denied in its
    # place, done to the same thing
    found = denied_kin_in_place(claim, sentence, vocab)
    if found is None:
        found = denied_verb_in_place(claim, sentence, vocab, stated)
        if found is not None and not acted_on_alike(claim, found[0], sentence, found[1], vocab):
            found = None
    if found is None:
        return None
    mine, theirs = found
    if not plainly_denied(sentence, theirs) \
            or modal_before(claim, mine) or modal_before(sentence, theirs) \
            or governs_another(sentence, theirs) or denying(mine) \
            or separated(claim, mine) \
            or opposed_by_synonym(mine, theirs, vocab) \
            or oppositely_quantified(claim, mine, sentence, theirs, vocab):
        return None  # ("few crews renewed" / "many crews did not renew": one statement)
    return found


def opposed_by_synonym(mine: Token, theirs: Token, vocab: Vocabulary) -> bool:
    """A WordNet synonym of the claim's verb is an antonym of the sentence's ("omitted" ->
    exclude / "did not include"): the denial says what the claim says."""
    return any(set(theirs.terms) & antonym_terms(word, vocab)
               for word in synonyms(mine.word.lower()) if " " not in word)


def denying(verb: Token) -> bool:
    """A verb whose meaning holds a denial: of negative polarity (`qa.claims.polarity`:
    "excluded", "declined", "lacked", "failed") or one that ends a state
    (`qa.claims.continuation`: "halted", "ended"). Against a verb the sentence denies it may
    say the same ("excluded the guild" / "did not include the guild"), whatever WordNet's
    antonyms know."""
    word = verb.word.lower()
    return polarity(word) < 0 or continues(word) != 0


def separated(claim: Parsed, verb: Token) -> bool:
    """A particle of separation follows the claim's verb within its object ("kept the guild
    out", "left them out", "held the funds back", "turned the crews away"): the verb and the
    particle make a verb of exclusion, which a denied verb may paraphrase."""
    n = claim.tokens.index(verb)
    return any(t.word.lower() in SEPARATION for t in claim.tokens[n + 1:n + 1 + PARTICLE_REACH])


def acted_on_alike(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                   vocab: Vocabulary) -> bool:
    """The two verbs act on things with the same head (a synonym counts): the direct object
    of an active verb (`acted_on.object_head`: "brought civil society actors into the talks"
    -> actors), the subject of a passive ("the pilots were brought into the talks" ->
    pilots, `predicated.subject_head`)."""
    a, b = acted_on_head(claim, mine), acted_on_head(sentence, theirs)
    return a is not None and b is not None and any(
        vocab.matches(t, set(b.terms), vocab.expand(set(b.terms))) for t in a.terms)


def acted_on_head(text: Parsed, verb: Token) -> Token | None:
    """The head of what the verb acts on: an active's direct object, a passive's subject."""
    n = text.tokens.index(verb)
    if passive_voice(text, n):
        copula = copula_at(text, n)
        return subject_head(text, copula) if copula is not None else None
    return object_head(text, n)


def plainly_denied(text: Parsed, verb: Token) -> bool:
    """The text denies the verb by "not", "never" or a verb in "n't" ("did not include",
    "never reached", "didn't include"), not by a word that grades or judges it ("barely
    reached", "incorrectly reported", "failed to"), nor a gerund's "from" ("barred them from
    joining")."""
    n = text.tokens.index(verb)
    if n == 0 or verb.brk:
        return False
    cue = text.tokens[n - 1].word.lower().replace("’", "'")
    return cue in PLAIN_DENIALS or cue.endswith("n't")


def modal_before(text: Parsed, verb: Token) -> bool:
    """A modal among the words of the verb's own clause right before it ("should not
    include", "wouldn't include", "could have brought")."""
    n = text.tokens.index(verb)
    for t in reversed(text.tokens[max(0, n - MODAL_REACH):n]):
        word = t.word.lower().replace("’", "'")
        if word in MODALS or word.endswith("n't") and word[:-3] in MODAL_STEMS:
            return True
        if t.brk:
            break
    return False


def governs_another(text: Parsed, verb: Token) -> bool:
    """The denied verb opens another verb right after it ("did not want to exclude")."""
    n = text.tokens.index(verb)
    return n + 1 < len(text.tokens) and text.tokens[n + 1].word.lower() == "to"


def opposite(claim: Parsed, a: Token, b: Token, vocab: Vocabulary) -> bool:
    """The two verbs are opposites: WordNet antonyms (of the verb, its base form or, for the
    claim's phrasal verb, its single verbs, `qa.claims.phrasal`), a verb that continues a
    state and one that ends it (`qa.claims.continuation`), or verbs of opposite polarity
    (`qa.claims.polarity`)."""
    mine, theirs = a.word.lower(), b.word.lower()
    # a phrasal verb by its single verbs: "left out" is "exclude", whose antonym is "include"
    singles = [w for terms, verbs, _ in phrasal_of(tuple(claim.tokens)) if terms == a.terms
               for w in verbs.lstrip(OWN_STEM).split()]
    if any(set(b.terms) & antonym_terms(form, vocab)
           for form in [*base_forms(mine), *singles]) \
            or any(set(a.terms) & antonym_terms(form, vocab) for form in base_forms(theirs)):
        return True
    return continues(mine) * continues(theirs) < 0 or polarity(mine) * polarity(theirs) < 0


def passive_voice(text: Parsed, n: int) -> bool:
    """The text's n-th word is a passive, with its agent or without ("were brought into",
    "was signed by"). A word of degree has no voice, nor has a word WordNet never reads as a
    verb: a superlative ("was the driest month": `wordnet.adjective_bases`) or a comparative
    ("is wetter than", "being closer to": `degree.of_degree`), which `can_be_verb` reads as
    a verb with its ending ("warm"). Read as an agentless passive after "was", such a word's
    sides were traded against the sentence's "made it the wettest month" (a word with no
    form of "be" before it), and an opposite standing between the claim's own neighbours
    went unplaced."""
    word = text.tokens[n].word
    return (passive(text, n) or agentless(text, n)) and can_be_verb(word) \
        and not adjective_bases(word.lower()) and not of_degree(word)


def parties(claim: Parsed, places: list[int]) -> list[int]:
    """The stated words that may be a verb's parties: not a date or a figure ("rejected the
    deal in March 2015" / "the deal was signed by the government in March 2015"), which a
    sentence puts where it likes. (A figure may still place the verb where the sentence
    breaks its subject off by an apposition: "the review, submitted in January 2023,
    offered": both readings are tried.)"""
    figures = [(m.start, m.end) for m in claim.mentions if m.family != "name"]
    return [n for n in places
            if not any(s <= claim.tokens[n].start < e for s, e in figures)]


def event_verb(text: Parsed, n: int) -> bool:
    """The text's n-th word is a verb stating what someone did (`polarity.predicate`, or a
    past that is a word of its own after its subject, "Egypt kept"), not an auxiliary, an
    adverb after one ("had still not reached"), a verb that reports ("said", "noted": what
    was said is the event, and any of them frames it alike), nor a word of a name."""
    token = text.tokens[n]
    word = token.word.lower()
    return bool(token.terms) and token.word.isalpha() and word not in LIGHT \
        and not verb_group_adverb(word) \
        and (predicate(text, n) or own_word_past(text, n)) and word not in reporting_verbs() \
        and not inside_name(text, token)
