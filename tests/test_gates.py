"""The gates `check.align` and `compare.compare` ask before calling a reading
(`qa.claims.gates`, `qa.claims.compare_gates`) are exact: wherever a gate is closed, the reading
itself finds nothing, so skipping it changes no verdict. Each pair of the invented texts below
is read both ways; every gate must also open somewhere, so that each reading is exercised."""
import pytest

from qa.claims import gates as G
from qa.claims import compare_gates as K
from qa.claims.adverbs import adverb_terms
from qa.claims.agent_compounds import agent_compound_terms
from qa.claims.anaphora import antecedent_terms
from qa.claims.attribution import reported_alike, sentence_reports
from qa.claims.capacity import capacity_conflict
from qa.claims.change_multiples import multiple_against_ends, multiple_terms
from qa.claims.clauses import contrast_terms, swapped_alternative
from qa.claims.compare import (change_against_none, claim_compares, compare, denied_synonym,
                               exclusive_predicates, flipped, opposites, outranked,
                               reordered, reversed_change)
from qa.claims.compared_figures import comparison_against_figures, comparison_terms
from qa.claims.compounds import compound_terms
from qa.claims.continuation import ended_against_continued
from qa.claims.deadlines import onward_stated
from qa.claims.definite_noun import antecedent_modifier_terms
from qa.claims.facts import parse
from qa.claims.forms import derived_terms
from qa.claims.frequency import frequency_terms
from qa.claims.general import general_terms
from qa.claims.hedges import measured_terms
from qa.claims.hyphens import hyphen_terms
from qa.claims.inherited import inherited_years
from qa.claims.initially import initial_terms
from qa.claims.paraphrase import paraphrased_terms
from qa.claims.quantifiers import quantity_terms, share_against_counts
from qa.claims.refusals import refused_terms
from qa.claims.reported import reported_participles
from qa.claims.since import begun_since
from qa.claims.spellings import spelling_terms
from qa.claims.still_undone import undone_terms
from qa.claims.tallies import other_multiple
from qa.claims.vague_lengths import other_lengths
from qa.claims.variants import variant_terms
from qa.claims.vocabulary import vocabulary_for
from qa.claims.without_gerund import denied_by_without
from qa.text.analyze import Analyzer

TEXTS = [
    "The ferry runs every day and the crew logs the weather daily.",
    "The harbour board has still not reopened the northern pier.",
    "Most of the inspectors were from Tarland, a small number from Norland.",
    "Initially the council allowed 40 boats; at the outset it was cautious.",
    "CO2 emissions from the mill fell, carbon dioxide levels too.",
    "The union left the talks, insisting it had been ignored.",
    "The minister said the port would reopen in 2019.",
    "The board announced that the port will reopen in 2021.",
    "The visitor centres were closed; the visitor centers reopened.",
    "The guild refused to accept the offer and rejected the deal.",
    "From 2014 onward the fleet grew, and fishing started again in 2016.",
    "Since 2015 the authority has managed the quotas.",
    "The mill chose filters rather than a new chimney, not a levy.",
    "The lake is as large as the county, three times the size of the bay.",
    "Counter-terrorism units joined the review.",
    "The counterterrorism review began in May.",
    "Tarland, the penholder, held the pen on the file.",
    "The council temporarily halted the works, then quietly resumed them.",
    "It published the report in March. The review was strategic.",
    "MINUSMA's mandate ended, and MINUSMA has withdrawn its troops.",
    "Tarland sent more inspectors than Norland: 450 and 200 respectively.",
    "The number of boats doubled, from 15 in 2019 to 30 in 2021.",
    "The fleet on the lake tripled.",
    "The depot has plenty of room for more trucks; the other is already full.",
    "It was the second largest mill, the largest in the north.",
    "The board acted without consulting the fishermen and did not consult the guild.",
    "The authority kept the quota but ended the subsidy.",
    "The new pier is half the size of the old one.",
    "Fares climbed by 12 percent, while the number of crossings remained flat.",
    "The pier pulled out of the plan after the pullout of the investors.",
    "The decision to close was made after the council decided to close the pier.",
    "The inspectors were officials of the ministry and groups of organizations.",
    "Fees did not increase and the crossing was not cheap over the preceding months.",
]


@pytest.fixture(scope="module")
def pairs():
    vocab = vocabulary_for(Analyzer())
    parsed = [parse(text, vocab) for text in TEXTS]
    return vocab, [(claim, sentence) for claim in parsed for sentence in parsed]


def align_gates(claim, sentence, vocab):
    """(gate open, the reading's result) for each reading `check.align` gates."""
    ours, given = G.claim_side(claim, vocab), G.sentence_side(sentence, vocab)
    c, s = ours.has, given.has
    found = compare(claim, sentence, sentence, vocab)
    return {
        "spelling_terms": (G.FORMULA in c, lambda: spelling_terms(claim, sentence)),
        "inherited_years": (G.YEAR in c and G.YEAR not in s,
                            lambda: inherited_years(claim, found, sentence, sentence)),
        "contrast_terms": (G.ALTERNATIVE in c, lambda: contrast_terms(claim, sentence)),
        "measured_terms": (G.AS_ADJECTIVE_AS in c, lambda: measured_terms(claim, sentence)),
        "undone_terms": (G.DENIED_ADVERB in c, lambda: undone_terms(claim, sentence, vocab)),
        "variant_terms": (G.VARIANT in c, lambda: variant_terms(claim, sentence, vocab)),
        "hyphen_terms": (G.HYPHENATED in c or G.HYPHENATED in s,
                         lambda: hyphen_terms(claim, sentence)),
        "frequency_terms": (G.FREQUENCY in c, lambda: frequency_terms(claim, sentence)),
        "initial_terms": (G.START_WORD in c, lambda: initial_terms(claim, sentence)),
        "agent_compound_terms": (G.AGENT_COMPOUND in s or G.AGENT_COMPOUND in c
                                 or G.OFFICE in c,
                                 lambda: agent_compound_terms(claim, sentence)),
        "refused_terms": (G.NEGATED in c, lambda: refused_terms(claim, sentence, vocab)),
        "adverb_terms": (G.MANNER_ADVERB in s, lambda: adverb_terms(claim, sentence, vocab)),
        "reported_participles": (G.SAYING in c,
                                 lambda: reported_participles(claim, sentence)),
        "quantity_terms": (G.QUANTIFIER in c, lambda: quantity_terms(claim, sentence)),
        "antecedent_terms": (G.PRONOUN_SUBJECT in s, lambda: antecedent_terms(
            claim, sentence, sentence, vocab, frozenset())),
        "antecedent_modifier_terms": (G.DEFINITE_NOUN in s, lambda: antecedent_modifier_terms(
            claim, sentence, sentence, vocab, frozenset())),
        "reported_alike": (G.REPORTING_VERB in c and sentence_reports(sentence),
                           lambda: reported_alike(claim, sentence)),
        "onward_stated": (G.ONWARD in c, lambda: onward_stated(claim, sentence)),
        "begun_since": (G.BEGUN in c and G.SINCE in s,
                        lambda: begun_since(claim, sentence, vocab)),
        "comparison_against_figures": (G.COMPARISON in c, lambda: comparison_against_figures(
            claim, sentence, vocab)),
        "comparison_terms": (G.COMPARISON in c,
                             lambda: comparison_terms(claim, sentence, vocab)),
        "multiple_against_ends": (G.CHANGE_MULTIPLE in c,
                                  lambda: multiple_against_ends(claim, sentence, vocab)),
        "multiple_terms": (G.CHANGE_MULTIPLE in c,
                           lambda: multiple_terms(claim, sentence, vocab)),
        "capacity_conflict": (G.CAPACITY in c,
                              lambda: capacity_conflict(claim, sentence, vocab)),
        "derived_terms": (not sentence.terms.isdisjoint(ours.derived)
                          or not given.unprefixed.isdisjoint(ours.derived_from),
                          lambda: derived_terms(claim, sentence, vocab)),
        "compound_terms": (G.may_spell_compound(ours, given),
                           lambda: compound_terms(claim, sentence)),
        "paraphrased_terms": (not given.forms.isdisjoint(ours.paraphrases),
                              lambda: paraphrased_terms(claim, sentence, vocab)),
        "general_terms": (not given.generals.isdisjoint(ours.generals),
                          lambda: general_terms(claim, sentence, vocab)),
    }


def compare_gates(claim, sentence, vocab):
    """(gate open, the reading's result) for each reading `compare.compare` gates."""
    c, s = claim_compares(claim, vocab), K.sentence_compares(sentence)
    return {
        "share_against_counts": (K.QUANTIFIER in c and K.FIGURE in s,
                                 lambda: share_against_counts(claim, sentence)),
        "other_multiple": (K.MULTIPLE in c and K.sentence_shows(K.MULTIPLE, sentence),
                           lambda: other_multiple(claim, sentence)),
        "other_lengths": (K.TIME in c and K.sentence_shows(K.TIME, sentence),
                          lambda: other_lengths(claim, sentence)),
        "outranked": (K.ORDINAL in c or K.ORDINAL in s,
                      lambda: outranked(claim, sentence, vocab)),
        "exclusive_predicates": (K.EXCLUSIVE in c,
                                 lambda: exclusive_predicates(claim, sentence, vocab)),
        "opposites": (K.OPPOSITE in c, lambda: opposites(claim, sentence, vocab)),
        "reversed_change": (K.CHANGE in c, lambda: reversed_change(claim, sentence, vocab)),
        "ended_against_continued": (K.CONTINUATION in c
                                    and K.sentence_shows(K.CONTINUATION, sentence),
                                    lambda: ended_against_continued(claim, sentence)),
        "flipped": (bool(claim.negated or sentence.negated),
                    lambda: flipped(claim, sentence, vocab)),
        "denied_synonym": (bool(not claim.has_negation and sentence.negated
                                or claim.negated and not sentence.has_negation),
                           lambda: denied_synonym(claim, sentence, vocab)),
        "denied_by_without": (K.WITHOUT in c or K.WITHOUT in s,
                              lambda: denied_by_without(claim, sentence, vocab)),
        "swapped_alternative": (K.SET_AGAINST in c and K.sentence_shows(K.SET_AGAINST, sentence),
                                lambda: swapped_alternative(claim, sentence, vocab)),
        "change_against_none": (K.STASIS in c, lambda: change_against_none(claim, sentence, vocab)),
        "reordered": (K.RELATION in c, lambda: reordered(claim, sentence, vocab)),
    }


@pytest.mark.parametrize("gated", [align_gates, compare_gates])
def test_a_closed_gate_means_the_reading_finds_nothing(pairs, gated):
    vocab, texts = pairs
    opened = set()
    for claim, sentence in texts:
        for name, (open_, read) in gated(claim, sentence, vocab).items():
            if open_:
                opened.add(name)
            else:
                assert not read(), (name, claim.text, sentence.text)
    names = set(gated(texts[0][0], texts[0][1], vocab))
    assert opened == names  # each gate opens on some pair: each reading was tried

