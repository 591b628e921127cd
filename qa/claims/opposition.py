"""Whether a sentence states the opposite of a word of the claim, anywhere in it.

A sentence may state most of a claim and still not state it: "the decision came two weeks
after the request" is not stated by "... two weeks before the request", nor "MINUSMA lost 174
peacekeepers" by "... won 174". Where the opposite stands in the claim word's own place,
`compare.opposites` finds a conflict; where it stands elsewhere (a paraphrase moved it), the
sentence still cannot support the claim: its share of the claim's words is no proof when the
word it misses is the one it reverses. The opposites are WordNet's antonyms for content words
and, for the closed-class words that carry an order, a comparison or a direction ("after",
"more", "above", "with"), a small table of general English (`words.json`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import (actor_noun, adjective_bases, antonyms, base_forms, can_be_verb,
                              irregular_base, synonyms, verb_base)
from ..text.lexicon import words
from .adverb_opposites import adverb_antonyms
from .adverb_words import manner_adverb
from .clause_ends import clause_end
from .fixed_adverb import bound_idiom
from .demonym_title import titled_name
from .capital_for import named_by_capital
from .capital_state import one_state
from .claim_owns_too import owns_it_in_claim
from .auxiliaries import DO, HAVE, TENSED_BE
from .compare import (DETERMINERS, antonym_terms, as_text, expand, gapped_pairs,
                      governing_country, government, is_place, name_found, negated,
                      one_word_family, same_denial, same_place, side_overlaps, unchanged)
from .comparatives import comparative_bases, compares
from .degree_reversed import degree_reversed
from .superlative_reversed import superlative_reversed
from .facts import (AUXILIARY_WORDS, BE, MONTHS, Mention, Parsed, Token, clause_words_after,
                    content, country_of, groups_of,
                    inside_figure, inside_name, last_words, relation_tokens, relation_words,
                    remembered, word_terms)
from .manner_by import manner_by
from .owned_otherwise import done_to_claims, owns_its_own
from .order_told import told_straight
from .owned_part import part_of_claims
from .particles import is_particle
from .past_forms import listed_or_regular_past, past_verb_form
from .period_parts import picks_period_part
from .relation_phrase import verb_phrases
from .sequence import causal_sign, opening, referring_back, reversed_order, told_in_order
from .shared_head import count_before, shares_head
from .derived_names import same_name_derived
from .short_forms import short_form
from .slot_filler import fills_other_place
from .sourced_noun import sourced
from .scarcity import wanting
from .titles import title_part
from .vocabulary import Vocabulary
from .word_groups import word_groups


def caused_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                     ) -> tuple[Token, Token] | None:
    """The claim's word of cause ("because") and the sentence's that tells cause and effect
    the other way round ("X led to Y" against "Y because X"); None without one. A word of
    cause is in no table of opposites, so the loop of `opposed` never reaches it."""
    # the claim's alone, remembered on its parse: asked for every sentence, and most claims
    # have no word of cause
    if not remembered(claim, ("words of cause",),
                      lambda: any(causal_sign(claim, t) for t in claim.tokens)):
        return None
    return reversed_order(claim, sentence, vocab)


def denied_antonym(sentence: Parsed, mine: Token, theirs, vocab: Vocabulary) -> bool:
    """The sentence's word reversing the claim's is an antonym of it that the sentence denies
    ("excluded" / "did not include", "decreased" / "did not increase"): no reversal, since
    denying the reverse says the claim's word again or says neither; nor support, since
    WordNet's antonyms do not tell which ("not include" is "exclude", "not increase" is not
    "decrease")."""
    terms = set(getattr(theirs, "terms", ()))
    return bool(terms & sentence.negated.keys()) \
        and bool(terms & antonym_terms(mine.word.lower(), vocab))


def antonyms_denied(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Token | None:
    """A word the claim denies whose antonym the sentence denies ("did not exclude the guild" /
    "did not include the guild"): two denials of opposite words, which `opposed` leaves out
    (it reads no denied word of the claim) and which may not be support, as one denial of
    the same word would be. The claim's word, or None."""
    denied = [t for t in sentence.tokens if set(t.terms) & sentence.negated.keys()]
    if not denied or not claim.negated:
        return None
    return next((token for token in claim.tokens
                 if set(token.terms) & claim.negated.keys() and token.word.isalpha()
                 and any(set(t.terms) & antonym_terms(token.word.lower(), vocab)
                         for t in denied)), None)


def opposed(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> tuple[Token, Token] | None:
    """The claim's word and the sentence's word that reverses it, where the sentence does not
    state the claim's word itself: an antonym of one of the claim's content words, or the
    reverse of one of its relation words; None if there is none. A word negated in the claim
    is left out ("not more than" is no claim of "more"), and so is an antonym the claim
    states too ("more won than lost")."""
    opposites = vocab.relations
    theirs = relation_tokens(sentence)
    said = relation_words(sentence)
    groups = groups_of(sentence, vocab)
    for token in claim.tokens:
        word = token.word.lower()
        if word in opposites and inside_name(claim, token):
            continue  # "for" in "the Fund for Rural Schools" names the fund, relates nothing
        if word in opposites and bound_idiom(claim, token):
            continue  # "at least 20": a bound of a figure, no end of a scale (`bound_idiom`)
        if word in opposites:
            same, reverse = opposites[word]
            if not same & said and reverse & said and not reverse & claim_words(claim) \
                    and not same_denial(claim, token, sentence):  # "without X" / "not X"
                other = next((t for t in theirs if t.word.lower() in reverse
                              and not bound_idiom(sentence, t)), None)
                if other is None:
                    continue  # only "at least" / "at most" of the reverse (`bound_idiom`)
                if attributive(sentence, other):
                    continue  # "the preceding months": placed against the sentence's own event
                if word in vocab.direction_words \
                        and not goal_stated(claim, token, sentence, vocab):
                    continue  # "moved closer to the market" / "moved away from the base"
                if word in PREPOSITION_PAIRS and other_objects(claim, token, sentence, other,
                                                               vocab):
                    continue  # "tasked with protecting" / "without prejudice to": no same thing
                # an adverb after its one event ("Two weeks later, X") has no sides to cross:
                # reversed when its clause is the claim's event of the other time
                if told_in_order(claim, token, sentence, other, vocab) < 0 if anaphoric(
                        sentence, other) else not crossed_sides(claim, token, sentence, other,
                                                                vocab):
                    return token, other
            elif same & said and word in ORDER \
                    and not told_straight(claim, token, sentence, vocab):
                # the claim's own word (or one of its group) with the events on the other
                # sides: the order reversed, read as `compare.reordered` reads it
                found = reversed_order(claim, sentence, vocab, stated=True)
                if found:
                    return found
                # "Following the request, the council ended it": the clause after the object
                # is the later event, the claim's events turned if "after" has them crossed
                # (a connective, not an adverb after its one event: "a request two weeks
                # prior", "Three days later, ...", which `reversed_order` reads)
                other = next((t for t in theirs if t.word.lower() in same & ORDER
                              and (opens_clause(sentence, t) or opens_clause(claim, token))
                              and turned(*opening_overlaps(claim, token, sentence, t, vocab))),
                             None)
                if other:
                    return token, other
            continue
        # stopwords have no terms, and WordNet's antonyms of them are mostly of other senses
        # ("there" / "here", "in" / "outgoing"): only the table above speaks for them
        if not (token.terms or dropped_past(word)) or not token.word.isalpha() \
                or negated(claim, token) \
                or any(vocab.matches(t, sentence.terms, groups) for t in token.terms) \
                or not token.terms and word in sentence_words(sentence) \
                or is_particle(claim, token) or title_part(claim, token) \
                or inside_figure(claim, token) \
                or word == "short" and wanting(claim, token):  # "short of planes": no length
            continue
        reverse = (antonym_terms(word, vocab) | past_antonym_terms(word, vocab)) - claim.terms
        # an adverb without opposites of its own, by its adjective's, in its own place only
        # ("independently of the navy" / "reliant on the navy", `adverb_opposites`)
        by_adjective = set() if reverse else {
            t for w in adverb_antonyms(word) for t in vocab.analyzer.terms(w)} - claim.terms
        # (not a word of a name the sentence writes, unless the claim's is one too: "National"
        # in "the National Weather Agency" names the agency, it sets no scope against the
        # claim's "worldwide")
        found = next((t for t in sentence.tokens if set(t.terms) & reverse
                      and not name_word_only(sentence, t, claim, token)), None) \
            or (irregular_antonym(word, sentence, not compares(claim)) if reverse else None) \
            or next((t for t in sentence.tokens if set(t.terms) & by_adjective
                     and not name_word_only(sentence, t, claim, token)
                     and same_place(claim, token, sentence, t, vocab)), None)
        if found and not other_heads(claim, token, sentence, found, vocab) \
                and not claim_restates(found, claim, vocab) \
                and not date_part_against_word(claim, token, sentence, found) \
                and not fills_other_place(claim, token, sentence, found):  # `slot_filler`
            return token, found
    found = particle_reversed(claim, sentence, vocab) or caused_otherwise(claim, sentence, vocab) \
        or degree_reversed(claim, sentence, vocab) \
        or superlative_reversed(claim, sentence, vocab)  # "least busy" / "busiest"
    if found:
        return found
    # a change stated against no change ("grew" / "remained unchanged"), either way round
    found = unchanged(sentence, claim, vocab)
    return unchanged(claim, sentence, vocab) or (found and (found[1], found[0]))


def name_word_only(sentence: Parsed, theirs: Token, claim: Parsed, mine: Token) -> bool:
    """The sentence's word is part of a name it writes ("the National Weather Agency") whose
    other words the claim does not state, and the claim's word is part of no name: the name's
    word names its bearer and says nothing of the claim's thing. Where the claim states the
    rest of the name ("southern Lagos" / "Northern Lagos") it names the same place or body
    with the word turned, still a reversal; two names' words are left to the names' own
    comparison."""
    if not inside_name(sentence, theirs) or inside_name(claim, mine):
        return False
    name = next((m for m in sentence.mentions
                 if m.family == "name" and m.start <= theirs.start < m.end), None)
    rest = {term for t in sentence.tokens if name is not None and name.start <= t.start < name.end
            and t is not theirs for term in t.terms}
    return not rest & claim.terms


# the relation words of the table that are prepositions: each relates its own object, so
# two of them reverse each other only about the same object
PREPOSITION_PAIRS = frozenset("with without for against inside outside above below beneath "
                              "over under".split())
OBJECT_WORDS = 2  # content words of a preposition's object read


def other_objects(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                  vocab: Vocabulary) -> bool:
    """The two prepositions govern objects that share no word (nor a synonym group): "tasks it
    with protecting civilians" / "without prejudice to the responsibility" relate different
    things, as "with a provision of resources" / "without the provision of resources" do not.
    False where either has no object of content words in its clause (a figure, a month or
    nothing), which leaves the reading as it was."""
    def object_terms(text: Parsed, token: Token) -> set:
        words = [t for t in clause_words_after(text.tokens, text.tokens.index(token),
                                               OBJECT_WORDS) if content(t)]
        return expand(words, vocab)
    ours, others = object_terms(claim, mine), object_terms(sentence, theirs)
    return bool(ours) and bool(others) and not ours & others


def date_part_against_word(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token) -> bool:
    """The claim's word picks a part of its date ("by late 2023") and the sentence's antonym
    picks none ("Earlier in 2022, ..."): the one is the date's value, the other an adverb of
    the event's time; they play different roles, and no reversal is read. Against a part of
    a date of the sentence ("early 2023") the two are still read as opposed."""
    return picks_period_part(claim, mine) and not picks_period_part(sentence, theirs)


COORDINATORS = frozenset(("and", "or"))
# a verb's particle that relates it to its object as a relation word does: "voted down the
# bill" is "voted against the bill" (`words.json`), still the reverse of "voted for the bill"
PARTICLE_RELATIONS = words()["particle_relations"]


def particle_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                      ) -> tuple[Token, Token] | None:
    """The claim's relation word and the sentence's particle that reverses it after the same
    verb ("voted for" / "voted down"), or the claim's particle and the sentence's relation
    word ("voted down" / "voted for"); None if neither text has such a pair."""
    for text, other, theirs in ((claim, sentence, False), (sentence, claim, True)):
        for verb, particle, relation, phrase in [(v, p, PARTICLE_RELATIONS[p.word.lower()],
                                                  False) for v, p in verb_particles(text)] \
                + [(*found, True) for found in verb_phrases(text)]:
            # ("voted in favour of" is "voted for", `relation_phrase`)
            reverse = vocab.relations[relation][1]
            for before, word in zip(other.tokens, other.tokens[1:]):
                if word.word.lower() in reverse and set(before.terms) & set(verb.terms) \
                        and not word.brk and not inside_name(other, word) \
                        and not negated(other, before):
                    pair = (word, particle) if theirs else (particle, word)
                    if phrase and other_objects(claim, pair[0], sentence, pair[1], vocab):
                        continue  # "voted in favour of a levy" / "voted against the
                        # reform, and for the levy": another object
                    return pair
    return None


def verb_particles(text: Parsed) -> list[tuple[Token, Token]]:
    """(verb, particle) for each particle of `PARTICLE_RELATIONS` right after a verb, with
    its object after it in the same clause ("voted down the bill", not "the rate went down")."""
    tokens = text.tokens
    return [(tokens[i - 1], tokens[i]) for i in range(1, len(tokens) - 1)
            if tokens[i].word.lower() in PARTICLE_RELATIONS and not tokens[i].brk
            and not tokens[i + 1].brk and tokens[i - 1].terms
            and can_be_verb(tokens[i - 1].word) and not negated(text, tokens[i - 1])]


def other_heads(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                vocab: Vocabulary) -> bool:
    """Two opposite modifiers of different things: "civilian staff" / "military or police
    units" (the staff are escorted by the units), not "civilian casualties" / "military
    casualties". Each word's head is the first word after it past a coordinated modifier;
    the heads differ when the sentence states the claim's nowhere (not by its own head
    either, by the same word or a synonym)."""
    head, other = head_of(claim, mine), head_of(sentence, theirs)
    if head is None or other is None:
        return False
    groups = groups_of(sentence, vocab)
    return not any(vocab.matches(t, sentence.terms, groups) for t in head.terms)


def head_of(text: Parsed, token: Token) -> Token | None:
    """The word a modifier modifies: the next word in its clause, past "or police" in
    "military or police units"; None if a break, a function word, a past verb ("the military
    rose": a noun, no modifier) or nothing follows."""
    tokens = text.tokens
    k = tokens.index(token) + 1
    while k + 1 < len(tokens) and tokens[k].word.lower() in COORDINATORS \
            and not tokens[k].brk and not tokens[k + 1].brk:
        k += 2
    if k >= len(tokens) or tokens[k].brk or not tokens[k].terms or not tokens[k].word.isalpha():
        return None
    word = tokens[k].word.lower()
    if listed_or_regular_past(word):
        return None
    return tokens[k]


def goal_stated(claim: Parsed, token: Token, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Whether the sentence states the goal of the claim's motion word `token`: the head (last
    word) of the phrase after it ("closer to the UN base for safety" -> base), else the last
    content word before it ("moved the herd away" -> herd)."""
    at = claim.tokens.index(token)
    phrase = []
    for t in claim.tokens[at + 1:]:
        if t.terms:
            phrase.append(t)
        elif phrase or not t.word.isalpha():
            break  # "for" after "the UN base", or a comma: the phrase has ended
    before = [t for t in claim.tokens[:at] if t.terms]
    goal = phrase[-1] if phrase else before[-1] if before else None
    groups = groups_of(sentence, vocab)
    return goal is not None and any(vocab.matches(t, sentence.terms, groups) for t in goal.terms)


# adverbs that place an event against one told before them ("In January the board imposed
# tariffs. A month earlier, it had ..."): unlike "before" and "after" between two events,
# their sides say nothing of the order, so no paraphrase turns them round
ANAPHORIC = frozenset("earlier later previously subsequently afterwards beforehand".split())


# the words that order two events ("A came after B"): the same word with the two events on the
# other sides ("B followed A") states the reverse order. Not a comparison ("more", "over") nor
# "with": their sides may trade places without a change of meaning ("A with B", "B with A")
ORDER = frozenset("after before follow follows followed following precede precedes preceded "
                  "preceding".split())


def attributive(text: Parsed, token: Token) -> bool:
    """A relation word after a determiner, qualifying a noun ("the deaths in the preceding
    months", "the following day"): it places that noun against the sentence's own event
    (deaths before the suspension), not one side of the sentence against the other, so its
    sides say nothing of the order the claim gives."""
    before = [t for t in text.tokens if t.end <= token.start]
    return bool(before) and before[-1].word.lower() in DETERMINERS


def anaphoric(text: Parsed, token: Token) -> bool:
    """`token` is an anaphoric adverb, not a comparison ("later than planned")."""
    if token.word.lower() not in ANAPHORIC:
        return False
    following = text.text[token.end:].split(None, 1)
    return not following or following[0].lower() != "than"


def crossed_sides(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """The sentence has the claim's two sides of a relation word the other way round about the
    reverse word: "X came two weeks after Y" told as "Y, two weeks before X", "A has more
    than B" as "B has fewer than A". The same statement, not a reversal."""
    if b.word.lower() in ORDER and (opens_clause(sentence, b) or opens_clause(claim, a)):
        return turned(*opening_overlaps(claim, a, sentence, b, vocab))
    return turned(*side_overlaps(claim, a, sentence, b, vocab))


def opening_overlaps(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary
                     ) -> tuple[tuple[int, int], tuple[int, int]]:
    """`compare.side_overlaps` with each word of order that opens its clause ("Following the
    request, the council ended the mandate") read as the sentence "the council ended the
    mandate following the request": its clause, after its object, is the side before it,
    its object the side after it."""
    mine, theirs = order_sides(claim, a, vocab), order_sides(sentence, b, vocab)
    return ((len(mine[0] & theirs[0]), len(mine[1] & theirs[1])),
            (len(mine[0] & theirs[1]), len(mine[1] & theirs[0])))


def order_sides(text: Parsed, token: Token, vocab: Vocabulary) -> tuple[set, set]:
    """The terms before and after a word of order, its clause and its object where it opens
    its clause (`opening_overlaps`)."""
    tokens = text.tokens
    n = tokens.index(token)
    if referring_back(text, n):  # "X, after which Y", "X; after that, Y": read as "Y after X"
        return expand(tokens[n + 1:], vocab), expand(tokens[:n], vocab)
    if not opens_clause(text, token):
        return expand(tokens[:n], vocab), expand(tokens[n + 1:], vocab)
    end = clause_end(tokens, n)
    clause = next((k for k in range(end + 1, len(tokens)) if tokens[k].brk), len(tokens))
    return expand(tokens[end:clause], vocab), expand(tokens[n + 1:end], vocab)


def opens_clause(text: Parsed, token: Token) -> bool:
    """A connective of order ("after", "following", not the adverb "earlier") opening its
    clause, an object after it (`sequence.opening`)."""
    return token.word.lower() in ORDER and (opening(text, token) or sentence_start(text, token))


def sentence_start(text: Parsed, token: Token) -> bool:
    """The word opens a sentence of a text read with its neighbour ("... the northern quay.
    Following the guild's request, ..."): `sequence.opening` looks back into the sentence
    before."""
    n = text.tokens.index(token)
    return n > 0 and text.text[text.tokens[n - 1].end:token.start].strip()[-1:] in (".", "!", "?")


def turned(straight: tuple[int, int], crossed: tuple[int, int]) -> bool:
    """Both sides shared crossed, more than straight."""
    return min(crossed) > 0 and sum(crossed) > sum(straight)


def irregular_antonym(word: str, sentence: Parsed, comparatives: bool = False
                      ) -> Token | None:
    """The sentence's irregular form of an antonym of `word` ("lost" for "won", "sold" for
    "bought"), or a superlative of one ("hottest" / "coldest"): stems do not bring "sold" back
    to "sell" nor "coldest" to "cold"; WordNet's tables of irregular forms and of pasts that
    are words of their own do (`verb_base`), and its forms of adjectives (`adjective_bases`).
    With `comparatives` (the claim compares nothing with "than"), a regular comparative of
    one before "than" too ("faster rates than" for "slowing": `comparatives`)."""
    reverse = set(antonyms(word)) | set(past_antonyms(word))
    for k, token in enumerate(sentence.tokens):
        form = token.word.lower()
        if token.word.isalpha() and (verb_base(form) in reverse
                                     or form in reverse and dropped_past(form)
                                     or not reverse.isdisjoint(adjective_bases(form))
                                     or comparatives and not reverse.isdisjoint(
                                         comparative_bases(sentence, k))):
            return token
    return None


@lru_cache(maxsize=4096)
def past_antonyms(word: str) -> tuple[str, ...]:
    """The antonyms of the verb a past is a form of, where the past is a word of its own
    ("sold" -> sell -> buy, "rose" -> rise -> fall): `antonyms` reads the word's own entry
    first ("unsold", "achromatic"), so the verb's opposites are not among them."""
    base = verb_base(word.lower())
    if base is None or base == word.lower() or base in AUXILIARY_VERBS:
        return ()
    return tuple(w for w in antonyms(base) if " " not in w and can_be_verb(w))


def past_antonym_terms(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of `past_antonyms`."""
    return {t for w in past_antonyms(word) for t in vocab.analyzer.terms(w)}


# verbs whose irregular forms are grammar, not events: "had" / "lacked" would oppose an auxiliary
AUXILIARY_VERBS = frozenset(("be", "have", "do"))


@lru_cache(maxsize=4096)  # asked of every claim word without a term ("the", "of")
def dropped_past(word: str) -> bool:
    """An irregular form of a content verb that the analyzer drops as a stopword: "won" (kept
    as a stopword for "won't") has no term, so neither its antonym "lost" nor a claim's "won"
    was ever read against the other ("won the regatta" / "lost the regatta" was supported)."""
    base = verb_base(word)
    return base is not None and base != word and base not in AUXILIARY_VERBS


def sentence_words(sentence: Parsed) -> frozenset[str]:
    """The sentence's words, lower-cased, remembered on its parse: a claim word without a term
    ("won", dropped as a stopword) is stated by the word itself."""
    return remembered(sentence, ("words",),
                      lambda: frozenset(t.word.lower() for t in sentence.tokens))


def claim_restates(theirs: Token, claim: Parsed, vocab: Vocabulary) -> bool:
    """The sentence's antonym of a claim word, a verb, is itself stated by another word of the
    claim, a synonym ("started in 2020 and ended in 2023" / "began in 2020 and was completed
    in 2023": "began" is the claim's "started", the other event of the two it names, not its
    "ended" reversed), as `opposed` already reads an antonym the claim states in the same
    word. A synonym of WordNet's first sense counts as the corpus's own synonyms do:
    "spoiled the harvest and imperiled the villagers" / "... and threatened the villagers"
    reads "threatened" as the claim's "imperiled", not as the antonym of an adjective the
    claim uses elsewhere ("we were clear that ...": clear / threatening, of the sky)."""
    if not can_be_verb(theirs.word.lower()):
        return False  # an event's verb only: "several" restated by "many" is no event
    groups = groups_of(claim, vocab)
    base = irregular_base(theirs.word.lower())  # "began": its stem is not "begin"'s
    terms = set(theirs.terms) | set(vocab.analyzer.terms(base) if base else ())
    return any(vocab.matches(t, claim.terms, groups) for t in terms) \
        or claim_verb_synonym(theirs, claim)


def claim_verb_synonym(theirs: Token, claim: Parsed) -> bool:
    """The sentence's verb is a one-word synonym, in WordNet's first sense of it, of a verb of
    the claim (compared by base forms: "threatened" / "imperiled")."""
    kin = {w for w in synonyms(theirs.word.lower()) if " " not in w}
    return bool(kin) and any(
        can_be_verb(t.word.lower()) and not kin.isdisjoint(base_forms(t.word.lower()))
        for t in claim.tokens)


def claim_words(claim: Parsed) -> set[str]:
    return {t.word.lower() for t in claim.tokens}


# the particles of phrasal verbs ("carrying out road convoys", "carried out by the army")
PARTICLES = frozenset("out up off down on over away back".split())
# forms of "be" that make the next verb a passive ("was detained by"): the subject is then
# the one the verb acts on, and the names around the verb trade places in a faithful paraphrase
PASSIVE_AUXILIARIES = BE
VOICE_REACH = 2  # words between "was" and its verb ("was not immediately detained")
AGENT_REACH = 4  # words between a passive verb and its "by" ("detained in Bamako by")


def swapped_names(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Mention, Mention] | None:
    """Two names of the claim on either side of one of its verbs, which the sentence states
    with the same verb, the names on the sides the other way round for the voices of the two
    verbs: "Mali detained 46 soldiers from Côte d'Ivoire" against "Côte d'Ivoire detained 46
    soldiers from Mali" (both active: the names swapped) or against "... were detained by
    Mali" (passive: the order turned as it should, no swap). Returns (the claim's name, the
    sentence's name in its place)."""
    names = [m for m in claim.mentions if m.family == "name"]
    if len(names) < 2:
        return None
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a.end > b.start or same_actor(a, b, vocab) or listed(claim, a, b) \
                    or dated_by(claim, a) or dated_by(claim, b):
                continue
            for verb in verbs_between(claim, a, b, sentence, vocab):
                if both_sides(claim, a, verb[0], vocab) or both_sides(claim, b, verb[0], vocab):
                    break  # "A, a framework which C launched, ... alongside C": the claim has
                    # C on both sides of its verb, so no one side of it to be swapped
                here = sentence_side(sentence, a, verb, vocab), sentence_side(sentence, b, verb,
                                                                               vocab)
                if None in here or here[0] == here[1]:
                    continue
                if denied_name(claim, a) or denied_name(claim, b) \
                        or any(denied_name(sentence, m) for m in sentence.mentions
                               if m.family == "name" and name_found(a, as_text(m), vocab)
                               or m.family == "name" and name_found(b, as_text(m), vocab)):
                    break  # "no Malian city has suffered the fate of Djibo": a name after
                    # "no" holds no side of the verb, which the sentence denies of it
                if active(claim, verb[0]) and (agentless(sentence, verb[1])
                                               or participle_clause(sentence, verb[1])) \
                        or (agentless(claim, verb[0]) or participle_clause(claim, verb[0])) \
                        and active(sentence, verb[1]) and not passive(sentence, verb[1]):
                    break  # "A declared B ..." / "B was declared ... A": A is no agent there
                    # (nor in "A's restrictions on B, imposed in reaction to C": the
                    # participle tells of the restrictions, B and C are no side of it)
                    # (nor is B in "B was angered when A ..." / "A angered B": its subject is
                    # what the verb acts on, and A stands in another clause)
                agents = agents_of(claim, verb[0]) if passive(claim, verb[0]) else []
                if agents and not any(m is a or m is b for m in agents):
                    break  # "claims about A were rejected by C as a cover for B": C did it
                agents = agents_of(sentence, verb[1])
                if agents and not any(name_found(x, as_text(m), vocab) or part_of_claims(
                        sentence, m, lambda name, x=x: name_found(x, as_text(name), vocab))
                                      for x in (a, b) for m in agents):
                    break  # "A, a framework launched by C, ... B": C did it, neither A nor B
                    # (but "A's Safety Committee fined B" is A's deed, `qa.claims.owned_part`)
                kept = here[0] == "before"  # a before the verb in the sentence, as in the claim
                # "with support from X": X does the noun's deed after it, as a passive's agent
                theirs_passive = passive(sentence, verb[1]) or sourced(sentence, verb[1])
                if kept != (passive(claim, verb[0]) == theirs_passive):
                    theirs = next(m for m in sentence.mentions if m.family == "name"
                                  and name_found(b, as_text(m), vocab))
                    return a, theirs
                break  # the first verb stated between them decides
    return None


def denied_name(text: Parsed, mention: Mention) -> bool:
    """The name stands right after "no" ("no Malian city", "No Ivorian troops"): what the
    text says of it, it denies."""
    return [w.lower() for w in last_words(text.text, mention.start, 1)] == ["no"]


def agent_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                   ) -> tuple[Mention, Mention] | None:
    """The claim's name right before one of its verbs (its subject: "the rebels signed the
    truce, which the council rejected"), where the sentence gives that verb as its agent
    another name of the claim and not this one ("the truce was signed by the council",
    "the council signed the truce"): the claim's other actor did it there, not the claim's.
    `swapped_names` reads which side of the verb each name is on, and needs both names in
    the sentence on different sides; the agent itself says who did it. Returns (the claim's
    name, the sentence's agent), or None."""
    names = [m for m in claim.mentions if m.family == "name"]
    if len(names) < 2:
        return None
    for a in names:
        n = next((i for i, t in enumerate(claim.tokens) if t.start >= a.end), None)
        if n is None or claim.text[a.end:claim.tokens[n].start].strip() \
                or not finite(claim, n) or not active(claim, n) \
                or governed_name(claim, a) \
                or reduced_passive(claim, n):  # "the forum launched by Norland": its patient
            continue
        # (a capital acting is its own country's government: "London announced that British
        # troops ..." names one actor twice, `capital_state`)
        others = [b for b in names if b is not a and not same_actor(a, b, vocab)
                  and not one_state(a.text, b.text, vocab)
                  and not listed(claim, *sorted((a, b), key=lambda m: m.start))]
        for k in [k for k in occurrences(claim.tokens[n], sentence, vocab)
                  if used_as_verb(sentence, k)][:1]:
            agents = agents_of(sentence, k)
            if agents and not any(name_found(a, as_text(m), vocab)
                                  or one_state(a.text, m.text, vocab) for m in agents):
                replaced = [m for m in agents
                            if any(name_found(b, as_text(m), vocab) for b in others)]
                if replaced:
                    return a, replaced[0]
    return None


def passive_agent_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                           ) -> tuple[Mention, Mention] | None:
    """The name the claim gives as the agent of a passive right before it ("a forum launched
    by Norland", "the truce was signed by the council"), where the sentence gives the same
    verb (its word or a synonym) named agents, none of them this one ("launched by
    Sudland"): another did it there. The active claim's counterpart is `agent_replaced`; here
    the sentence's agent may be any name, the claim's other names too, since a list of
    members that holds the claim's agent ("launched by Sudland, with Norland and ...")
    does not make it the one who acted. Returns (the claim's name, the sentence's agent)."""
    tokens = claim.tokens
    for m in claim.mentions:
        n = next((i for i, t in enumerate(tokens) if t.start >= m.start), None)
        if m.family != "name" or n is None:
            continue
        # the agent's article is no word of the verb's ("launched by the Harbour Council")
        by = n - 2 if n >= 2 and tokens[n - 1].lower == "the" and not tokens[n].brk else n - 1
        if by < 1 or tokens[n].brk or tokens[by + 1].brk or tokens[by].lower != "by" \
                or not passive(claim, by - 1):
            continue
        for k in [k for k in occurrences(tokens[by - 1], sentence, vocab)
                  if used_as_verb(sentence, k)][:1]:
            agents = agents_of(sentence, k)
            # either side's whole list of agents ("by the Institute, the Center and ...";
            # an active's subjects come nearest first)
            if agents and not named_alike(
                    mentions_in(claim, m.start, max(phrase_end(claim, n),
                                                    listed_from(claim, m).end)),
                    mentions_in(sentence, min(a.start for a in agents),
                                bracket_end(sentence, max(a.end for a in agents))), vocab):
                return m, agents[0]
    return None


def compound_agent_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                            ) -> tuple[Mention, Mention] | None:
    """The agent a hyphenated compound gives its participle ("a Sudland-launched forum", "an
    Algerian-brokered deal": Sudland launched it), where the sentence gives the same verb
    named agents, none of them this one ("a forum launched by Norland"): another did it
    there. `passive_agent_replaced` reads the agent after "by"; a compound's participle is no
    verb with sides (`compound_participle`), so this is where its agent is read. Returns (the
    claim's compound name, the sentence's agent)."""
    for token in claim.tokens:
        if not compound_participle(claim, token) or not can_be_verb(token.lower):
            continue
        whole = next((m for m in claim.mentions if m.family == "name"
                      and m.start < token.start < m.end), None)
        if whole is None:
            continue
        first = claim.text[whole.start:token.start - 1]
        country = country_of(first, vocab)
        agent = Mention("name", country or frozenset(vocab.analyzer.terms(first)), first,
                        whole.start, token.start - 1, kind="country" if country else "name")
        if not agent.value:
            continue
        for k in [k for k in occurrences(token, sentence, vocab)
                  if used_as_verb(sentence, k)][:1]:
            agents = agents_of(sentence, k)
            if agents and not named_alike([agent], agents, vocab):
                return whole, agents[0]
    return None


def listed_from(text: Parsed, first: Mention) -> Mention:
    """The last of the names listed from `first` on ("the Institute, the Center and the
    Council"), as `agents_of` lists a passive's agents."""
    last = first
    for m in outermost(text):
        if m.start >= last.end:
            if not LIST_JOINERS.fullmatch(text.text[last.end:m.start].lower()):
                break
            last = m
    return last


def bracket_end(text: Parsed, end: int) -> int:
    """Past the brackets right after `end`, where a name's short form stands ("the
    Velden Pilots' Association (VPA)"): one agent under both its names."""
    bracket = BRACKETED.match(text.text, end)
    return bracket.end() if bracket else end


def phrase_end(text: Parsed, n: int) -> int:
    """Where the phrase from the n-th word ends: at the next clause break."""
    return next((t.start for t in text.tokens[n + 1:] if t.brk), len(text.text))


def mentions_in(text: Parsed, start: int, end: int) -> list[Mention]:
    """The text's names between `start` and `end`, those inside a longer name too ("Norway"
    of "Norway's Ministry of Defence", "Norwegian" of "the Norwegian Ministry")."""
    return [m for m in text.mentions if m.family == "name" and start <= m.start < end]


def named_alike(mine: list[Mention], theirs: list[Mention], vocab: Vocabulary) -> bool:
    """One of the two agents' names states one of the other's, either way round: "Norway's
    Ministry of Defence" and "the Norwegian Ministry of Defence" are one agent."""
    return any(name_found(a, as_text(b), vocab) or name_found(b, as_text(a), vocab)
               for a in mine for b in theirs)


def agents_of(sentence: Parsed, verb: int) -> list[Mention]:
    """The names that do what the sentence's verb says: those listed right after its "by" in
    a passive ("was signed by the council and the rebels"), right before it in an active verb
    ("the council signed"); [] when the verb's agent is no name."""
    tokens, text = sentence.tokens, sentence.text
    # "Malian" inside "the Malian Foreign Minister" is no agent of its own, and read as one it
    # parted the minister from the verb
    names = outermost(sentence)
    if passive(sentence, verb):
        by = next(k for k in range(verb + 1, len(tokens)) if tokens[k].word.lower() == "by")
        at, found = tokens[by].end, []
        for m in names:
            if m.start >= at:
                if not LIST_JOINERS.fullmatch(text[at:m.start].lower()) \
                        and not (found and titled_name(text, found[-1], m)):
                    break  # (but "by Danish chemist Ole Brandt": one agent, `demonym_title`)
                found.append(m)
                at = m.end
        return found
    if active(sentence, verb):
        return names_before(sentence, verb, names)
    return []


def names_before(text: Parsed, verb: int, names: list[Mention] | None = None
                 ) -> list[Mention]:
    """The names listed right before the text's verb, nearest first ("the council and the
    rebels signed"): its subject where the verb is active. `names`: the text's outermost
    names, if known."""
    at, found = text.tokens[verb].start, []
    for m in reversed(outermost(text) if names is None else names):
        if m.end <= at:
            if not LIST_JOINERS.fullmatch(text.text[m.end:at].lower()):
                break
            found.append(m)
            at = m.start
    return found


def outermost(text: Parsed) -> list[Mention]:
    """The text's names but those inside another ("Malian" in "the Malian Foreign
    Minister")."""
    names = [m for m in text.mentions if m.family == "name"]
    return [m for m in names if not any(o.start <= m.start and m.end <= o.end
                                        and (o.start, o.end) != (m.start, m.end) for o in names)]


BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")  # "(CMA)" after the name it shortens
LIST_JOINERS = re.compile(r"(?:\s|,|and\b|the\b)*")  # what may stand between listed names


def owner_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary, placed_as=None
                  ) -> tuple[Mention, Mention] | None:
    """A word the claim gives to one actor ("Mali's government", "French airstrikes") that the
    sentence gives only to another ("MINUSMA's government", "MINUSMA airstrikes"): the owner
    of a thing is its role, and the name right before a verb its subject, so the names are in
    each other's places. Returns (the claim's name, the sentence's name owning the word), or
    None when the sentence gives the word to the claim's actor too (under any of its names:
    "Malian", a capital acting for its country), or, anywhere, to no one. `placed_as(mine,
    owner)`, when given, keeps the owners in the role of the claim's (`sides`): "several
    Peruvian sailors" is set against "several Chilean sailors", not "Ecuadorian sailors
    patrolled"."""
    for mine in claim.mentions:
        if mine.family != "name":
            continue
        head = owned(claim, mine)
        if head is None or after_possessive(claim, mine):
            continue  # "Senegal reinforced its MINUSMA contingent": "its" owns it, not MINUSMA
        if named_by_capital(mine, claim, sentence, 0, governing_country):
            continue  # "The Ostrian government says" / "Valdria says the Sudlandic government
            # ...": the capital is the claim's government, the word it owns is stated by it
        # "MINUSMA's Mopti-Sévaré base": the name in the genitive may own the base, the one
        # after it saying which base ("central Mali's Bankass Cercle area": or where it is);
        # the sentence giving the word to either is no swap
        genitive = genitive_before(claim, mine)
        # a person named by the deed ("the Ruvala harbour chief" for "heads") is owned by
        # what the deed is done to: "X heads the agency" / "agency chief X"
        deed = used_as_verb(claim, claim.tokens.index(head))
        places = [k for k in occurrences(head, sentence, vocab)
                  if not (deed and actor_noun(sentence.tokens[k].word))]
        if any(shares_head(sentence, sentence.tokens[k],
                           lambda name: name_found(name, as_text(mine), vocab),
                           count_before(claim.text, mine)) for k in places):
            continue  # "one Norlandic, two Sudlandic sailors": the claim's actor has the word
            # too, its noun left to the list's last item (`qa.claims.shared_head`)
        owners = [owner for k in places
                  for owner in [owner_of(sentence, sentence.tokens[k])] if owner is not None]
        # the very word given to no one somewhere ("174 peacekeepers killed") may be the
        # claim's; another form ("UN peacekeeping" for "MINUSMA peacekeepers") is another thing
        free = any(sentence.tokens[k].word.lower() == head.word.lower()
                   and owner_of(sentence, sentence.tokens[k]) is None
                   and not inside_name(sentence, sentence.tokens[k]) for k in places)
        if owners and not free \
                and not (genitive is None and placed(mine, sentence, vocab)
                         and not any(name_found(o, claim, vocab) for o in owners)) \
                and not any(owns_alike(name, o, claim, sentence, vocab) for o in owners
                            for name in (mine, genitive, stacked_before(claim, mine))
                            if name is not None):
            # not where the sentence does the deed to the claim's name ("expanded Sector
            # Centre"), or gives only a synonym of the word to another while the claim's name
            # owns a noun of its own (`qa.claims.owned_otherwise`)
            names = lambda name, m: name_found(name, as_text(m), vocab)
            excused = {id(owner_of(sentence, sentence.tokens[k])) for k in places
                       if done_to_claims(claim, head, sentence, k, mine, names)
                       or owns_its_own(head, sentence, k, mine, owned, names)}
            # nor the owner of the claim's own other use of the word ("the Norlandic
            # ministry warned that the Sudlandic ministry ..." / "Norvik warned that the
            # Sudlandic ministry ...", `qa.claims.claim_owns_too`)
            rivals = [o for o in owners if id(o) not in excused
                      and not same_name_derived(mine, o)  # "Oceanic" / "Ocean"
                      and (placed_as is None or placed_as(genitive or mine, o))
                      and not owns_it_in_claim(claim, head, o, lambda name, owner: owns_alike(
                          name, owner, claim, sentence, vocab), owner_of)]
            if rivals:
                return genitive or mine, rivals[0]
    return None


def owns_alike(mine: Mention, owner: Mention, claim: Parsed, sentence: Parsed,
               vocab: Vocabulary) -> bool:
    """The sentence's owner of the word is the claim's name under any of its names."""
    return same_actor(mine, owner, vocab) or name_found(mine, as_text(owner), vocab) \
        or government(mine, claim, as_text(owner)) or complements(sentence, mine, owner, vocab) \
        or listed_before(sentence, owner, lambda name: name_found(mine, as_text(name), vocab)
                         # the list's item named by the claim's capital acting ("Norvik and
                         # Osterburg signalled" / "Norland and Osterland signalled")
                         or government(mine, claim, as_text(name))) \
        or gapped_alike(sentence, mine, owner, vocab) \
        or short_form(mine, owner) \
        or part_of_claims(sentence, owner, lambda name: name_found(mine, as_text(name), vocab))
    # "the UNSC requested" / "the Security Council asked"; "the Board's Safety Committee fined"


def gapped_alike(sentence: Parsed, mine: Mention, owner: Mention, vocab: Vocabulary) -> bool:
    """The owner and the claim's name are each the subject of one of the sentence's clauses
    that share a verb, the second leaving it out ("Norway receives 60 percent and Sweden 40
    percent": Sweden receives too)."""
    names = [name for name, _ in gapped_pairs(sentence)]
    return any(name.start == owner.start for name in names) \
        and any(name_found(mine, as_text(name), vocab) for name in names)


def listed_before(sentence: Parsed, owner: Mention, claims) -> bool:
    """The sentence's owner ends a list of names that holds the claim's ("after Sweden,
    Ireland and Uruguay withdrew" for "Sweden and Ireland withdrew"): the list owns the word,
    and the name right before it is only its last item. `claims(name)`: the sentence's name
    is the claim's, under any of its names."""
    current = owner
    for name in sorted((m for m in sentence.mentions if m.family == "name"
                        and m.end <= owner.start), key=lambda m: m.start, reverse=True):
        if not listed(sentence, name, current):
            return False
        if claims(name):
            return True
        current = name
    return False


OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def complements(sentence: Parsed, mine: Mention, owner: Mention, vocab: Vocabulary) -> bool:
    """The sentence's owner of the word completes the claim's name in an "of" phrase ("the
    Reef Task Force of the Harbour Guild left"): the name is still the one before the verb,
    the other only says whose it is."""
    return any(m.family == "name" and m.end <= owner.start and name_found(mine, as_text(m), vocab)
               and OF_PHRASE.fullmatch(sentence.text[m.end:owner.start])
               for m in sentence.mentions)


OWNING = re.compile(r"(?:['’]s?)?\s*")  # "Mali's government", "Mali government"


def placed(name: Mention, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence names the claim's owner as a place ("the supercamp in Mopti-Sévaré"): the
    claim's "the Mopti-Sévaré supercamp" says where the thing is, and whoever the sentence
    gives it to owns it there, not instead (unless the claim names that owner elsewhere: "the
    Timbuktu contingent in Sweden" / "the Swedish contingent in Timbuktu" swaps them)."""
    return any(m.family == "name" and is_place(sentence, m) and name_found(name, as_text(m), vocab)
               for m in sentence.mentions)


def owned(text: Parsed, name: Mention) -> Token | None:
    """The common noun right after a name, which the name owns or qualifies; not a verb
    after a name a preposition governs ("the audit on Tarrow published in May": the audit
    was published), as `owner_of` reads the sentence's."""
    token = next((t for t in text.tokens if t.start >= name.end), None)
    if token is None or not token.terms or not token.word[:1].islower() \
            or not OWNING.fullmatch(text.text[name.end:token.start]):
        return None
    if governed_name(text, name) and token.word.lower().endswith("ed") \
            and can_be_verb(token.word):
        return None
    return token


POSSESSIVES = frozenset("its their his her our my your whose".split())


def after_possessive(text: Parsed, name: Mention) -> bool:
    """A possessive determiner right before the name ("its MINUSMA contingent", "their UN
    bases"): the determiner owns the noun after the name, and the name only says which one."""
    before = [t for t in text.tokens if t.end <= name.start]
    return bool(before) and before[-1].word.lower() in POSSESSIVES \
        and not text.text[before[-1].end:name.start].strip()


def genitive_before(text: Parsed, name: Mention) -> Mention | None:
    """The name in the genitive right before `name` ("Mali's" in "Mali's Gao airport"), which
    owns what `name` qualifies."""
    return next((m for m in text.mentions if m.family == "name" and m.end <= name.start
                 and GENITIVE.fullmatch(text.text[m.end:name.start])), None)


GENITIVE = re.compile(r"['’]s?\s+")


def stacked_before(text: Parsed, name: Mention) -> Mention | None:
    """A country's adjective right before `name`, both qualifying the same noun ("Senegalese
    MINUSMA soldiers": soldiers of Senegal, in MINUSMA): the sentence giving the noun to
    either ("Senegalese soldiers of ... MINUSMA") is no swap."""
    return next((m for m in text.mentions if m.family == "name" and m.kind == "country"
                 and m.end < name.start and not text.text[m.end:name.start].strip()), None)


def owner_of(text: Parsed, token: Token) -> Mention | None:
    """The name right before a word, owning or qualifying it; not a verb's when a preposition
    governs the name ("the hospital in Carrow opened": the hospital opened)."""
    name = next((m for m in text.mentions if m.family == "name" and m.end <= token.start
                 and OWNING.fullmatch(text.text[m.end:token.start])), None)
    if name is not None and governed_name(text, name) and token.word.lower().endswith("ed") \
            and can_be_verb(token.word):
        return None
    return name


# prepositions whose object is a name inside the subject's phrase, never the subject itself
PHRASE_PREPOSITIONS = frozenset("in at of from near on for with by".split())


def governed_name(text: Parsed, name: Mention) -> bool:
    """A preposition right before the name (an article between at most): "in Carrow"."""
    before = [w.lower() for w in text.text[:name.start].split()[-2:]]
    if before and before[-1] in DETERMINERS:
        before.pop()
    return bool(before) and before[-1] in PHRASE_PREPOSITIONS


def same_actor(a: Mention, b: Mention, vocab: Vocabulary) -> bool:
    """Two mentions of one actor ("Mali" and "Malian", "the UN" in "UN Security Council")."""
    if a.kind == "country" and b.kind == "country":
        return a.value == b.value
    terms_a, terms_b = set(word_terms(a.text, vocab)), set(word_terms(b.text, vocab))
    # or one word in two forms ("Calvinist" / "Calvinistic"): one actor written otherwise
    return bool(terms_a & terms_b) or one_word_family(a, b, vocab)


# words that make the name after them the time of an event ("imposed after ECOWAS sanctions",
# "before the Mali elections"), not one of the parties of the verb
TIME_WORDS = frozenset("after before since until till following during prior amid".split())


def dated_by(text: Parsed, name: Mention) -> bool:
    """The name stands in a phrase of time (`TIME_WORDS`, an article between at most): it
    names when, not who, so it has no side of a verb to be swapped to."""
    before = [w.lower() for w in text.text[:name.start].split()]
    while before and before[-1] in ("the", "a", "an"):
        before.pop()
    if not before or before[-1] not in TIME_WORDS:
        return False
    # a clause after the word ("after MINUSMA's director was selected") has a subject with a
    # side of its own; a noun phrase ("after ECOWAS sanctions,") only dates
    for token in text.tokens:
        if token.start < name.end:
            continue
        if token.brk:
            break
        if token.lower in CLAUSE_VERBS:
            return False
    return True


CLAUSE_VERBS = TENSED_BE | HAVE | DO | frozenset(("will", "would"))


def listed(claim: Parsed, a: Mention, b: Mention) -> bool:
    """The two names are items of one list ("Benin and Sweden", "IPI, the Stimson Center"):
    nothing but "and", "or", a comma and articles between them."""
    between = claim.text[a.end:b.start].lower().replace(",", " ").split()
    return all(w in ("and", "or", "the", "&") for w in between)


def both_sides(claim: Parsed, name: Mention, n: int, vocab: Vocabulary) -> bool:
    """The claim names `name` (or the same actor) both before and after its n-th word."""
    at = claim.tokens[n].start
    alike = [m for m in claim.mentions if m.family == "name" and same_actor(m, name, vocab)]
    return any(m.end <= at for m in alike) and any(m.start > at for m in alike)


def verbs_between(claim: Parsed, a: Mention, b: Mention, sentence: Parsed, vocab: Vocabulary):
    """(claim token index, sentence token index) of each verb between the two names that the
    sentence states, by the same term or a synonym ("notified" / "informed")."""
    for n, token in enumerate(claim.tokens):
        if not a.end <= token.start < b.start or not token.terms or not finite(claim, n) \
                or compound_participle(claim, token):
            continue
        # the sentence's word must be a verb there: a noun of the same stem orders its
        # arguments otherwise ("the removal of France", "the recall of France" are "France was
        # removed", "recalled")
        for k in [k for k in occurrences(token, sentence, vocab) if used_as_verb(sentence, k)][:1]:
            yield n, k


COMPOUND_HYPHENS = "-\u2010\u2011"


def compound_participle(text: Parsed, token: Token) -> bool:
    """The word is the participle half of a hyphenated compound ("an Algerian-launched
    framework", "a UN-brokered deal"): an adjective whose agent is the compound's first half,
    so the names around it stand on no side of a verb ("A, a Norland-launched forum, grouped
    Norland" / "A, a forum launched by Norland, comprised Norland": no swap)."""
    start = token.start
    return start > 1 and text.text[start - 1] in COMPOUND_HYPHENS \
        and text.text[start - 2].isalnum()


def used_as_verb(text: Parsed, k: int) -> bool:
    """The k-th word can be a verb and is not a noun after a determiner ("the recall") nor
    the object of a verb (`object_noun`)."""
    return can_be_verb(text.tokens[k].word) \
        and not (k and text.tokens[k - 1].word.lower() in DETERMINERS) \
        and not object_noun(text, k)


def object_noun(text: Parsed, k: int) -> bool:
    """The k-th word is an -s form between a verb and a preposition ("require escorts from
    the mission", "conduct patrols in the north"): after a finite verb another verb's -s form
    is no English, and a transitive verb is not followed by a preposition, so it is a plural
    noun, the object ("the mission escorts convoys" keeps its verb)."""
    tokens = text.tokens
    word = tokens[k].word.lower()
    if not 2 <= k < len(tokens) - 1 or not word.endswith("s") or word.endswith("ss") \
            or tokens[k].brk or tokens[k - 1].brk or tokens[k + 1].brk \
            or tokens[k + 1].word.lower() not in PREPOSITIONS:
        return False
    verb = tokens[k - 1].word.lower()
    return verb.isalpha() and verb not in NOT_LEXICAL and can_be_verb(verb) \
        and not manner_adverb(verb)


PREPOSITIONS = frozenset("from of for to with on in at into about against among between "
                         "across over under within".split())
# auxiliaries and modals: "officials will escorts" is no English, "will escort" a verb
NOT_LEXICAL = AUXILIARY_WORDS | frozenset(("to",))


def occurrences(token: Token, text: Parsed, vocab: Vocabulary) -> list[int]:
    """Where `text` states the claim's `token` (by its terms or a synonym). Asked first
    whether the text states it anywhere (its terms hold every word's, its groups every
    word's groups): most claim words asked are in no sentence, which is then not walked."""
    if not any(vocab.matches(t, text.terms, groups_of(text, vocab)) for t in token.terms):
        return []
    # loops rather than `any(...)` in a comprehension: a generator made for each word of
    # each sentence asked (~120 a claim)
    found, mine, matches = [], token.terms, vocab.matches
    for k, terms, groups in word_groups(text, vocab):
        for t in mine:
            if matches(t, terms, groups):
                found.append(k)
                break
    return found


def finite(text: Parsed, n: int) -> bool:
    """The word is a verb stating what someone did: a past form ("detained", "took"), or a
    verb right after an auxiliary ("has detained", "will send"); "process" and "mediator" are
    nouns here, though "process" can be a verb."""
    word = text.tokens[n].lower
    if not can_be_verb(word):
        return False
    if word.endswith("ed") or irregular_base(word):
        return True
    for t in text.tokens[max(0, n - VOICE_REACH):n]:  # a loop: no generator per word asked
        if t.lower in AUXILIARY_WORDS:
            return True
    return False


def sentence_side(sentence: Parsed, name: Mention, verb: tuple[int, int],
                  vocab: Vocabulary) -> str | None:
    """Whether the sentence names `name` before or after its verb (None: not, or both)."""
    at = sentence.tokens[verb[1]].start
    where = {"before" if m.end <= at else "after" for m in sentence.mentions
             if m.family == "name" and name_found(name, as_text(m), vocab)}
    return where.pop() if len(where) == 1 else None


def agentless(text: Parsed, verb: int) -> bool:
    """The verb is a passive without its agent ("the director was declared persona non
    grata following the selection of a Malian representative"): its subject is what it acts
    on, and a name after it stands in some other phrase, not in the agent's place. Against an
    active verb the names' sides then say nothing of who did it; against another passive they
    still do (the two subjects swapped)."""
    before = text.tokens[max(0, verb - VOICE_REACH - 1):verb]
    return any(t.word.lower() in PASSIVE_AUXILIARIES for t in before) and not passive(text, verb)


def participle_clause(text: Parsed, verb: int) -> bool:
    """The verb is a past participle opening a clause of its own after a break, with a
    preposition after it and no agent ("restrictions on rotations of West African
    contingents, imposed in reaction to ECOWAS sanctions"): a reduced relative, a passive
    whose subject is the phrase before the break; the names before and after it are in
    other phrases, not its agent's place nor its object's. A date right before the participle
    opens it as a break does ("a trend of 0.4 °C/decade during 1970–2010 recorded at the Vell
    hut"): a date is no subject of an active verb."""
    tokens = text.tokens
    if not (tokens[verb].brk or after_date(text, verb)) or verb + 1 >= len(tokens) \
            or tokens[verb + 1].brk:
        return False
    word, after = tokens[verb].word.lower(), tokens[verb + 1]
    return past_verb_form(word) and not after.terms \
        and after.word.isalpha() and after.word.lower() not in DETERMINERS | {"by"}


def after_date(text: Parsed, verb: int) -> bool:
    """The word before the verb ends a year or a month the text dates something by."""
    if verb == 0:
        return False
    before = text.tokens[verb - 1]
    return any(m.family in ("year", "month") and m.start <= before.start < m.end
               for m in text.mentions)


ACTIVE_REACH = 6  # words before a verb with no form of "be": "was, for the first time, not adopted"


def active(text: Parsed, verb: int) -> bool:
    """No form of "be" in the words before the verb: an active verb for certain."""
    return not any(t.lower in PASSIVE_AUXILIARIES
                   for t in text.tokens[max(0, verb - ACTIVE_REACH):verb])


def reduced_passive(text: Parsed, verb: int) -> bool:
    """A past participle right before its agent's "by", with no auxiliary of the perfect
    before it: the reduced relative "a framework launched by Algeria" is "a framework (that
    was) launched by Algeria", its agent after the verb, whatever names come before; its
    particle may stand between ("the raid carried out by Velm guards"). "By" of degree
    or time ("launched by far the largest", "signed by 2015", "by May") is no agent."""
    tokens = text.tokens
    if not past_verb_form(tokens[verb].word.lower()):
        return False
    if verb + 1 < len(tokens) and tokens[verb + 1].word.lower() in PARTICLES \
            and not tokens[verb + 1].brk:
        verb += 1  # "carried out by": the agent's "by" comes after the particle
    return by_agent(text, verb)


def by_agent(text: Parsed, verb: int) -> bool:
    """An agent's "by" right after the token `verb` (the participle or its particle), with
    no auxiliary of the perfect before it."""
    tokens = text.tokens
    if verb + 2 >= len(tokens) or tokens[verb + 1].word.lower() != "by" \
            or tokens[verb + 1].brk:
        return False
    if any(t.word.lower() in PERFECT for t in tokens[max(0, verb - VOICE_REACH):verb]):
        return False  # "Algeria had launched by then": an active perfect
    agent = tokens[verb + 2].word  # "by Norway's ministry": the letters before the "'s"
    return agent[:1].isalpha() and agent.lower() not in NOT_AGENTS \
        and agent.lower() not in MONTHS and not manner_by(text, verb + 1)  # "by consensus"


PERFECT = frozenset("has have had having".split())
NOT_AGENTS = frozenset("far then now end mid early late".split())


def passive(text: Parsed, verb: int) -> bool:
    """The verb is a passive with its agent: a form of "be" at most VOICE_REACH words before
    it and "by" after it in the same clause ("were detained by Mali"). Without an agent the
    subject keeps its place ("AFISMA was deployed in January and absorbed into MINUSMA").
    A participle right before "by" is a passive without "be" too (`reduced_passive`: "a
    framework launched by Algeria", "a team escorted by peacekeepers")."""
    before = text.tokens[max(0, verb - VOICE_REACH - 1):verb]
    if not any(t.lower in PASSIVE_AUXILIARIES for t in before):
        return reduced_passive(text, verb)
    for k, token in enumerate(text.tokens[verb + 1:verb + 1 + AGENT_REACH], verb + 1):
        if token.brk:
            return False
        if token.lower == "by":
            return not manner_by(text, k)  # "was not adopted by unanimity": no agent
    return False
