"""What a claim and what a sentence have that a reading of `check.align` needs before it can
find anything: a frequency word, a quantifier, a year, a hyphenated word, a pronoun subject...
Worked out once per parse and remembered on it (a claim meets ~39 sentences; a sentence, claim
after claim of a batch), so that `align` asks a set before calling a reading that would return
nothing at once: most readings find nothing on most pairs, and the call, its look-ups on the
two parses and the empty set it makes cost more than the test (round 52: ~60 readings a pair).

Each feature is the reading's own first test, made by the same helper the reading calls (the
feature is whether that helper's result is empty), so a pair without it gets from `align`
exactly the empty result the reading would have returned. A sentence's test that its reading
asked only of a claim that passed its own (whether the sentence reports, for a claim with a
reporting verb) is still asked so, by `align`, not worked out for every sentence.
"""
from __future__ import annotations

from typing import NamedTuple

from .adverbs import manner_adjectives
from .agent_compounds import compounds_of, offices
from .anaphora import subject_pronoun
from .attribution import reporting_tokens
from .capacity import free_room, full_state
from .change_multiples import change_multiple
from .class_nouns import owning_acronyms
from .compounds import ending_set, pairs_of, words_of
from .consequence import consequence_terms
from .compared_figures import comparison
from .clauses import alternative_cues
from .deadlines import onward_tokens
from .definite_noun import definite_nouns
from .described_acronym import apposed_acronyms
from .facts import UNMADE, Parsed, remembered
from .forms import derivations_of, every_derived, every_unprefixed
from .general import every_general, general_forms
from .frequency import frequencies
from .hedges import comparisons
from .hyphens import joined_words
from .initialled import acronym_names
from .initially import starts
from .noun_use import passive_terms
from .paraphrase import every_form, every_paraphrase
from .phrasal import claim_phrasals
from .quantifiers import quantities
from .referred import adjunct
from .reported import sayings
from .scene import scene_terms
from .short_of import short_of_cued
from .since import begun_terms
from .spellings import spans
from .still_undone import denied_adverbs
from .variants import claim_variants
from .vocabulary import Vocabulary

# the features, by the reading that needs them (`check.align`)
FREQUENCY = "frequency"  # frequency_terms: "every day", "daily"
DENIED_ADVERB = "denied adverb"  # undone_terms: "still not", "not yet"
QUANTIFIER = "quantifier"  # quantity_terms: "most", "a small number of"
START_WORD = "start word"  # initial_terms: "initially", "at the outset"
FORMULA = "formula"  # spelling_terms: "CO2", "carbon dioxide"
SAYING = "saying"  # reported_participles: ", insisting"
REPORTING_VERB = "reporting verb"  # reported_alike (the claim's side): "said"
VARIANT = "variant"  # variant_terms: "centres" / "centers"
NEGATED = "negated"  # refused_terms: "refused to accept"
YEAR = "year"  # inherited_years: a year the claim gives and the sentence leaves out
ONWARD = "onward"  # onward_stated: "from 2014 onward"
BEGUN = "begun"  # begun_since: "started"
SINCE = "since"  # begun_since (the sentence's side)
ALTERNATIVE = "alternative"  # contrast_terms: "rather than"
AS_ADJECTIVE_AS = "as adjective as"  # measured_terms: "as large as"
HYPHENATED = "hyphenated"  # hyphen_terms: "counter-terrorism", either side
AGENT_COMPOUND = "agent compound"  # agent_compound_terms: "penholder", either side
OFFICE = "office"  # agent_compound_terms: "held the penholdership"
MANNER_ADVERB = "manner adverb"  # adverb_terms: "temporarily halted"
PRONOUN_SUBJECT = "pronoun subject"  # antecedent_terms: "It published"
DEFINITE_NOUN = "definite noun"  # antecedent_modifier_terms: "The review"
OWNING_ACRONYM = "owning acronym"  # headed_terms: "MINUSMA's", "MINUSMA has"
COMPARISON = "comparison"  # comparison_terms, comparison_against_figures: "more than Benin"
CHANGE_MULTIPLE = "change multiple"  # multiple_terms, multiple_against_ends: "doubled"
CAPACITY = "capacity"  # capacity_conflict: "plenty of room for", "is already full"
APPOSED_ACRONYM = "apposed acronym"  # described_terms: "WRA, the regional water authority,"
INITIALLED = "initialled"  # initialled_terms: "CT actors"
PHRASAL = "phrasal"  # phrasal_terms: "pulled out", "took part"
SHORT_OF = "short of"  # short_of_terms: "stopped short of", "go as far as"
PASSIVE = "passive"  # nouned: "were based", "was mainly stationed"


class ClaimSide(NamedTuple):
    """What the claim has: its features, and the sets a reading meets with the sentence's."""
    has: frozenset[str]
    paraphrases: frozenset[str]  # paraphrased_terms: against the sentence's verb forms
    generals: frozenset[str]  # general_terms: against the sentence's general words
    derived: frozenset[str]  # derived_terms: its words' derived stems, against the
    derived_from: frozenset[str]  # sentence's terms; the words, against what prefixes leave
    endings: frozenset[str]  # compound_terms: against the sentence's particles
    # compound_terms: the compounds its words and particles spell ("pulled out": pullout),
    # against the sentence's plain words; its plain words, against the sentence's compounds
    spelled_pairs: frozenset[str]
    plain_words: frozenset[str]
    # the claim's own readings `align` weighs every pair's shares by, handed to it here once
    # per claim rather than looked up again on its parse for every sentence: the terms of its
    # consequence and of its scene (`qa.claims.consequence`, `qa.claims.scene`) and whether
    # it has a time adjunct (`qa.claims.referred`)
    consequence: frozenset[str]
    scene: frozenset[str]
    adjunct_told: bool


class SentenceSide(NamedTuple):
    """What the sentence has: its features, and the sets a reading meets with the claim's."""
    has: frozenset[str]
    forms: frozenset[str]
    generals: frozenset[str]
    unprefixed: frozenset[str]
    particles: frozenset[str]
    spelled_pairs: frozenset[str]  # compound_terms, as the claim's
    plain_words: frozenset[str]


def claim_side(claim: Parsed, vocab: Vocabulary) -> ClaimSide:
    """The claim's side, remembered on its parse."""
    memo_key = ("claim side", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, read_claim_side, claim, vocab)
    return found


def read_claim_side(claim: Parsed, vocab: Vocabulary) -> ClaimSide:
    return ClaimSide(
        claim_features(claim, vocab), every_paraphrase(claim), general_forms(claim, vocab),
        every_derived(claim, vocab),
        frozenset(term for term, _ in derivations_of(claim, vocab)),
        ending_set(claim), frozenset(pairs_of(claim)), words_of(claim, particles=False),
        consequence_terms(claim), scene_terms(claim), adjunct(claim) is not None)


def sentence_side(sentence: Parsed, vocab: Vocabulary) -> SentenceSide:
    """The sentence's side, remembered on its parse."""
    memo_key = ("sentence side", vocab)
    found = sentence.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(sentence, memo_key, read_sentence_side, sentence, vocab)
    return found


def read_sentence_side(sentence: Parsed, vocab: Vocabulary) -> SentenceSide:
    return SentenceSide(
        sentence_features(sentence, vocab), every_form(sentence),
        every_general(sentence, vocab), every_unprefixed(sentence),
        words_of(sentence, particles=True), frozenset(pairs_of(sentence)),
        words_of(sentence, particles=False))


def may_spell_compound(ours: ClaimSide, given: SentenceSide) -> bool:
    """`compound_terms`'s own tests, as far as the two sides' sets tell them: a claim word
    ending in one of the sentence's particles that a word and particle of the sentence spell
    ("pullout" / "pull out"), or a compound of a claim word and its particle that is a word
    of the sentence ("pulled out" / "the pullout"). Most pairs have neither: a particle ends
    some claim word in nearly every pair ("on" of "mission"), a spelled compound rarely."""
    return not given.particles.isdisjoint(ours.endings) \
        and not given.spelled_pairs.isdisjoint(ours.plain_words) \
        or not ours.spelled_pairs.isdisjoint(given.plain_words)


def claim_features(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The features the claim has."""
    return frozenset(
        name for name, has in (
            (FREQUENCY, frequencies(claim)),
            (DENIED_ADVERB, denied_adverbs(claim)),
            (QUANTIFIER, quantities(claim)),
            (START_WORD, starts(claim)),
            (FORMULA, spans(claim)),
            (SAYING, sayings(claim)),
            (REPORTING_VERB, reporting_tokens(claim)),
            (VARIANT, claim_variants(claim, vocab)),
            (NEGATED, claim.negated),
            (YEAR, any(m.family == "year" for m in claim.mentions)),
            (ONWARD, onward_tokens(claim)),
            (BEGUN, begun_terms(claim, vocab)),
            (ALTERNATIVE, alternative_cues(claim)),
            (AS_ADJECTIVE_AS, comparisons(claim)),
            (HYPHENATED, joined_words(claim)),
            (AGENT_COMPOUND, compounds_of(claim)),
            (OFFICE, offices(claim)),
            # the claim's readings those three readings remember on its parse, by their keys
            (COMPARISON, remembered(claim, ("comparison of actors",),
                                    comparison, claim) is not None),
            (CHANGE_MULTIPLE, remembered(claim, ("change multiple",),
                                         change_multiple, claim) is not None),
            (CAPACITY, remembered(claim, ("free room",), free_room, claim) is not None
             or remembered(claim, ("full state",), full_state, claim) is not None),
            (APPOSED_ACRONYM, apposed_acronyms(claim)),
            (INITIALLED, acronym_names(claim)),
            (PHRASAL, claim_phrasals(claim)),
            (SHORT_OF, short_of_cued(claim)),
            (PASSIVE, passive_terms(claim)))
        if has)


def sentence_features(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The features the sentence has."""
    return frozenset(
        name for name, has in (
            (YEAR, any(m.family == "year" for m in sentence.mentions)),
            (SINCE, "since" in sentence.text.lower()),
            (HYPHENATED, joined_words(sentence)),
            (AGENT_COMPOUND, compounds_of(sentence)),
            (MANNER_ADVERB, manner_adjectives(sentence, vocab)),
            (PRONOUN_SUBJECT, subject_pronoun(sentence) is not None),
            (DEFINITE_NOUN, definite_nouns(sentence)),
            (OWNING_ACRONYM, owning_acronyms(sentence)))
        if has)
