"""Checking a claim against the sources: supported, contradicted, or not found.

1. Retrieve candidate passages with `rank` (the same entry point as `ask`).
2. Align the claim with every sentence of those passages: the idf-weighted share of the claim's
   terms the sentence states (a synonym counts; for support, so do another form of the word
   and the words of a figure or date the sentence states, and the words attributing the claim
   to an unnamed text are not weighed, `qa.claims.attribution`; when judging the rest of a
   conflicting sentence, a term found only elsewhere in the passage counts half, since a
   sentence often leans on its neighbours for "it" or "the mission"; whole, for whether the
   rest is clearly matched, in a neighbour the sentence is linked to by "this", "these", "it"
   ..., `linked`).
3. Compare the facts (`qa.claims.compare`). A sentence *supports* when it states SUPPORT of the
   claim, every figure and date of the claim (a date with its day), and a negation if the
   claim has one, every country and name of the claim is in its passage (unless the
   corpus's setting), for a claim "X is Y" that ends with Y, Y itself, and POINT of the claim's
   point (its words weighted by how few retrieved passages state them: what every passage
   states is the topic); it *contradicts* when it states one fact differently (one kind of
   conflict, never across types), states the claim's event (EVENT) and clearly matches the
   rest (CONTRADICT; REVERSED_REST when the conflict is the claim's relation reversed in its
   place or the word it affirms denied, or one value the claim's other facts place in its event,
   `rest_needed`). A sentence that would support the
   claim but reverses one of its words (an antonym, a relation word,
   `qa.claims.opposition`) or has, in a predicate's place, a predicate of the opposite
   polarity ("eased" / "obstructing", `qa.claims.polarity`) does not support it; if it
   states REVERSAL of the claim, it contradicts it. A claim's fact the sentence leaves
   unsaid makes it about another event unless it is said around it: a year the
   passage leaves to its context, a date given by its distance from another, a country that
   describes a name, the name the claim is attributed to (`stance_of`). Two neighbouring
   sentences read as one support or contradict only when together they state every word of
   the claim (and contradict never by a name). The plain vetoes of support, and the droppers
   of a contradiction about another thing, are named stages of `qa.claims.vetoes` that `align`
   walks in order; those that judge a conflict of their own stay in `align`. The
   facts each evidence sentence states, and those the first does not (`unverified`), are
   reported.
4. The verdict: supported if a passage states the claim, else contradicted if one contradicts
   it, else not_found, the honest answer when the evidence is weak. When the sources give
   different figures for the claim's facts, `disagreement` is set and both are shown.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from ..errors import UsageError
from ..index.model import Index
from ..inputs import decode_argument
from ..search.query import Query
from ..search.rank import rank
from ..search.wordnet import can_be_verb, is_english
from ..text.acronyms import acronym_letters, match_long_form
from ..text.analyze import load_stopwords, remove_invisible
from ..text.lexicon import capital_cities
from ..text.scripts import split_unspaced
from ..text.sentences import split_sentences
from ..types import (FIGURE_KINDS, VALUE_KINDS, Attribution, CheckResult, Conflict,
                     ConflictKind, Evidence, Hit, Placement, Stance, Verdict)
from .adverbs import adverb_terms
from .counted_place import counted_in_full, counted_in_place
from .cross_reference import unreferenced
from .continental import english_figures
from .subject_said import subject_said
from .kin_in_place import kin_in_place
from .claim_sentences import read_by_sentences
from .dated_apart import OFFSET_CUE_RE, read_anchor, read_apart
from .clause_parts import read_by_clauses
from .contradicted_part import PartReader, contradicted_before_participle, contradicted_by_part
from .unasserted import frame_asks
from .anchored import anchored, anchors_value, date_part_stated, event_anchored
from .counted_event import counted_event
from .share_whole import share_in_place
from .subject_names import subject_of_another
from .series import another_of_series
from .title_subject import title_subject
from .headed_share import HEADED_SUPPORT, lends_name, nearly_said, verb_reworded
from .title_names import title_names
from .pertained_heading import pertained_headed
from .lent_names import lent_names
from .adjective_names import adjective_named, proper_adjective
from .titled_other import titled_other
from .unit_initials import initialled_unit_figures
from .unstated_phrase import unstated_phrase
from .owned_name import owned_by
from .sole_holder import sole_held_other
from .set_aside_actor import set_aside_actor
from .set_aside_claim import contradicted_by_alternative, set_aside_claim
from .recurring import recurring_dates
from .record_check import field_unstated
from .actors import agent_named, another_actor, another_in_role
from .antecedents import another_antecedent
from .around import AUX, described, differences, qualifying, said_around
from .cause_connective import tie_terms
from .attribution import (attributed, framing_terms, passive_reports, reported_alike,
                          reports_speech, sentence_reports, unattributed)
from .capacity import capacity_conflict
from .capital_state import one_state
from .state_held import held_against_reached
from .label_check import label_given, label_unstated, placed_clause, read_label
from .setting_share import setting_floor
from .lead_in import elaboration
from .list_markers import unlisted
from .speaker_asides import assured, doubting_remark
from .speaker_hedges import doubted, unhedged
from .commentary import commented
from .capital_for import named_by_capital
from .own_text import own_text_clause
from .document_voice import DOCUMENT, document_frame, text_doubts, voiced_by_speaker
from .claim_own_name import claim_names_rival
from .bodies import Bodies
from .bounds import past_bound
from .class_nouns import headed_terms
from .calibration import contradiction_confidence, support_confidence
from .clause_scope import placed_elsewhere
from .clauses import (alternative_cues, alternative_in_place, alternative_terms, contrast_terms,
                      crossed_clauses, crossed_pair, strayed_terms, unstated_alternative)
from .compared_figures import comparison_against_figures, comparison_terms
from .contrasted import contrast_swapped
from .deadline_place import deadline_in_place
from .change_multiples import multiple_against_ends, multiple_mentions, multiple_terms
from .comparisons import (restated_traded, restated_words, reversed_comparison, subjects_traded,
                          swapped_comparison)
from .compared_order import (names_told_from_other_side, order_reversed,
                             relation_from_other_side, scale_reversed,
                             told_alike_elsewhere, told_from_other_side)
from .compare import (DETERMINERS, Comparison, compare, conflict_of, dated_object,
                      every_stasis_term, figure_kind, government, governing_country, is_place,
                      loosely_named, name_found, opposed_predicate, unit_terms)
from .compounds import compound_terms
from .spaced_compounds import spaced_terms
from .dated import dated_alike
from .converse import kin_swapped
from .noun_use import nouned
from .defining_clause import another_defined, named_otherwise
from .told_both import reversed_within
from .whole_account import whole_account
from .modifier_reversal import qualifying_opposite
from .direction_reversed import direction_reversed
from .deadlines import onward_stated
from .degree_change import degree_reversed
from .denied import denied_object, unsaid_denied
from .gates import (AGENT_COMPOUND, ALTERNATIVE, APPOSED_ACRONYM, AS_ADJECTIVE_AS, BEGUN,
                    CAPACITY, CHANGE_MULTIPLE, COMPARISON, DEFINITE_NOUN,
                    DENIED_ADVERB, FORMULA, FREQUENCY, HYPHENATED, INITIALLED, MANNER_ADVERB,
                    NEGATED, OFFICE, ONWARD, OWNING_ACRONYM, PASSIVE, PHRASAL, PRONOUN_SUBJECT,
                    QUANTIFIER, REPORTING_VERB, SAYING, SHORT_OF, SINCE, START_WORD, VARIANT,
                    YEAR,
                    claim_side, may_spell_compound, sentence_side)
from .facts import (DATE_FAMILIES, UNMADE, Mention, Parsed, Token, groups_of, one_unit_span,
                    parse, remembered, undotted, word_terms, written_word)
from .discourse import tag_question
from .estimative import even_chance
from .frames import asks, denial_of, denied_clause, unframed
from .reported_clause import Frame, given_to_another, own_assertion, reported_clause, \
    speaker_terms, told_by_speaker
from .cited import Citation, cited
from .citing import attribution_of, documented, spoken_otherwise
from .general import general_terms
from .anaphora import antecedent_terms
from .definite_noun import antecedent_modifier_terms
from .headline import headline_verb
from .informal import written_out
from .shorthand import spelled_shorthand
from .dated_back import dated_back
from .carried_year import carried_year
from .inherited import inherited_years, shown
from .continued import continues, graded_only
from .headings import DERIVED, heading_facts, heading_text, names_headed
from .speaker_elsewhere import speaker_elsewhere
from .spellings import spelling_terms
from .state_verbs import state_terms
from .forms import denied_ability, denied_forms, derived_terms, figure_terms, irregular_terms
from .hedges import exact_terms, hedge_terms, measured_terms
from .intervals import has_offset, spanned_by, spanned_terms
from .period_parts import named_part_terms, part_terms
from .still_undone import undone_terms
from .variants import variant_terms
from .identity import Known, NOTHING_KNOWN, identities, known
from .hyphens import hyphen_terms
from .attested import value_attested
from .figure_predicate import exact, figure_of_another
from .frequency import frequency_terms
from .initially import initial_terms
from .agent_compounds import agent_compound_terms
from .place_reading import one_place
from .denied_noun import denied_noun
from .told_clause import told_terms
from .initialled import initialled_terms
from .long_forms import long_form_terms
from .short_of import denied_short_of, short_of_terms
from .qualified import another_kind, office_replaced
from .qualifier_in_place import qualifier_in_place
from .count_place import count_in_place
from .unit_place import unit_in_place
from .phrase_place import replaced_in_phrase
from .place_in_place import place_in_place
from .modality import not_yet
from .to_come import told_to_come
from .nouns_in_place import another_in_place as noun_in_place
from .occasion_in_place import another_occasion
from .nouns_in_place import one_kind as means_of_one_kind
from .occurrence import occurred_terms
from .open_readings import reading_shown
from .quotations import introduced_terms, introduction
from .reckoned import with_reckoned_dates
from .resulting import resulting_adjunct
from .reference_event import reference_owner
from .short_forms import headed_acronym_in
from .described_acronym import described_terms
from .opposition import (agent_replaced, antonyms_denied, denied_antonym, opposed, owner_swapped,
                         passive_agent_replaced, swapped_names, compound_agent_replaced)
from .options import one_option
from .joined import (ANAPHORS, LEANING, describing, ends_said, joined, lent_fact,  # `leans`: ANAPHORS
                     part_of_counted, split_between)
from .pairs import paraphrased_verbs
from .result_tie import tied_connectives
from .modifier_kin import modifier_kin_terms
from .noun_kin import kin_anchored, noun_kin_terms
from .placement import with_placement
from .phrasal import phrasal_terms
from .paraphrase import apart_from_conflicts, paraphrased_terms
from .verb_slot_kin import verb_slot_kin_terms
from .paraphrase_nouns import nominalised_terms
from .value_rest import value_rest_terms
from .opposite_in_place import opposite_in_place, opposite_reversed
from .opposite_nearer import opposite_of_another
from .lent_polarity import lent_reversal
from .polarity import opposed_polarity
from .predicate_kin import kin_terms
from .verb_in_place import denied_kin_in_place, denied_relation, denied_verb_in_place
from .apposed import denied_party, named_as_circumstance
from .apposed_denial import deed_not_given
from .apposed_value import apposed_value
from .scene import aside_terms
from .crossed_names import crossed_names
from .quantifiers import quantity_terms, reversed_quantity
from .sequence import ORDER_ADVERBS, ORDER_WORDS
from .since import begun_since
from .reported import reported_participles
from .referred import referred_terms
from .refusals import refused_alike, refused_terms
from .absence_restated import absence_alike, absence_terms
from .contrast_not import denied_as_set_aside
from .reversed_manner import manner_terms
from .mirrored import mirrored
from .named_back import named_back
from .reworded import open_to_rewording, reworded_terms
from .roles import role_taken, roles_swapped
from .restricted import restricted
from .quantity_duality import dual_quantities
from .reversals import Reversal, placed_antonym, placed_as, reversed_placed, same_head
from .sides import names_in_other_roles, other_role, placed_alike
from .slots import another_in_place
from .unsaid import owner_replaced
from .named_role import named_in_role
from .without import affirmed_without, denied_by_verb
from .vocabulary import Vocabulary, vocabulary_for
from .shares import RELATED, SUPPORT, covered, stated_terms
from .expectations import expects, hedged, likelihoods
from .negated_alike import denies_the_same
from .past_forms import past_verb
from .cause_reversed import crossed_markers
from .vetoes import (ANOTHER_EVENT, DEED_NOT_TOLD_DONE, DEED_PARTS_UNSAID, DENIED_OR_LEFT_OUT,
                     EXPECTED_ONLY, FIGURE_OF_ANOTHER, JUDGEMENT_UNSAID, MEASURE_UNSAID,
                     PARTS_UNSAID, PREDICATE_UNSTATED, ROLE_OR_GRADE_ELSEWHERE, SET_AGAINST,
                     SETTING_UNSAID, SUBJECT_OR_NEGATION_UNSAID, UNSAID_AFTER_REVERSALS, Pair,
                     holds)

CANDIDATES = 8  # passages retrieved: their words weigh the claim's point (`point_weights`)
# ... of which only those scoring at least this share of the best one's are aligned: every
# stating passage of the not_found claims of read sets 85-92 ranked 1-3, and aligning the
# weak tail is most of a claim's time; the losses of 0.4 (round 62's full run) were passages
# long enough for BM25 to score them at 0.37 of the best (bench/README)
CANDIDATE_SHARE = 0.3
CONTRADICT = 0.6  # share of the claim's other terms a conflicting sentence must state
# the same, when the conflict is the claim's relation reversed (`rest_needed`)
REVERSED_REST = 0.5
# the same, and the share of its predicate, when two kinds of fact conflict (`two_accounts`):
# all but a word or two of the claim (the report sets' one-event pairs state 0.95-0.99)
WHOLE_REST = 0.9
# share of the claim a sentence must state to contradict it by the reverse of a claim word
# found away from that word's place ("lifted" / "imposed", "before" / "after"): a reversal
# elsewhere in a sentence that states less is often about another event (CLIMATE-FEVER: "cold"
# against "warming" in a sentence stating 0.61 of the claim; report claims: 0.80-0.84)
REVERSAL = 0.75
SUPPORT_CONTEXT = 0.0  # credit for a claim term found in the passage, not in the sentence
REST_CONTEXT = 0.5  # the same, when judging whether the rest of a conflicting sentence matches
# share of the claim's words besides its names, figures and dates (its predicate) that a
# contradicting sentence must state: the same event (0.3 and 0.5 gave the same results)
EVENT = 0.3
PAIR = 0.2  # share of the claim each of two neighbouring sentences must state to be read as one
# share of the claim two joined neighbours (`qa.claims.joined`) must state together to support
PAIR_SUPPORT = 0.8
MAX_EVIDENCE = 5
NAMED_KINDS = frozenset({ConflictKind.ACTOR, ConflictKind.PLACE})
# a predicate negated or turned to its opposite: said of whoever the sentence's subject is
REVERSED_KINDS = frozenset({ConflictKind.POLARITY, ConflictKind.RELATION})
# a relation reversed ("accepted" / "rejected") and a word denied ("reflecting" / "did not
# reflect") are one kind of fact: the sentence says the opposite of the claim, in one place or
# two, not another fact stated otherwise
REVERSALS = {ConflictKind.POLARITY: ConflictKind.RELATION}
# not_found rests on an absence: a lexical search that finds no sentence stating the claim is
# weak evidence that none does (on CLIMATE-FEVER dev, 0.40 of the not_found verdicts with
# confidence >= 0.8 were right), so its confidence stays at or below this
ABSENCE = 0.5
MAX_CLAIM_CHARS = 2_000
CLOSING = "\"'”’»)]* "  # what may follow a sentence's last mark
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
FIGURES = ("count", "percent", "amount", "year", "month", "time", "ordinal", "rank")
SINGULARS = frozenset({"a", "an", "one"})


@dataclass(frozen=True)
class Alignment:
    passage_id: int
    score: float
    sentence: str
    coverage: float  # share of the claim the sentence states
    rest: float  # share of the claim, leaving out the conflicting facts
    stance: Stance
    conflicts: tuple[Conflict, ...]
    values: tuple[tuple[str, object], ...]  # the sentence's value for each claim fact
    parsed: Parsed = field(compare=False, repr=False)  # the sentence, for what it states
    found: Comparison = field(compare=False, repr=False)
    named: frozenset[str] = field(compare=False, repr=False)
    # the claim terms the sentence states as support counts them (its words, their synonyms,
    # and every form, paraphrase and table of `named`): the one answer the coverage, the pair
    # rule, the denials and the `unverified` report all read
    said: frozenset[str] = field(compare=False, repr=False)
    # the facts the sentence takes from its context (`qa.claims.inherited`), as shown
    context: tuple[str, ...] = field(default=(), compare=False)


# a caption or a note: a subject, a colon, dash or equals sign, and what is said of it, without
# a verb ("Principal mediator: Algeria", "Troops in 2015 - 8,831", "Share of the force = 17%")
CAPTION_RE = re.compile(r"^[^:=]*[^\W\d_][^:=]*(?::|\s=|\s[-\u2013\u2014])\s*(?=\S*\w)")


# the stances as module names for `align`, which compares a pair's stance with them ~80 times:
# on Python 3.11 each `Stance.X` goes through the enum metaclass's __getattr__ hook (a global
# name is a dict look-up; ~1.5% of a batch's instructions)
STANCE_SUPPORTS, STANCE_CONTRADICTS, STANCE_RELATED = \
    Stance.SUPPORTS, Stance.CONTRADICTS, Stance.RELATED


def validate(claim: str) -> str:
    claim = " ".join(remove_invisible(decode_argument(claim)).split())
    if not claim:
        raise UsageError("the claim is empty")
    # a tag question ("..., didn't it?") asserts its clause (`qa.claims.discourse`)
    # a statement followed by a question that asserts nothing ("..., What did they
    # expect?") is the statement's claim (`qa.claims.commentary`)
    if claim.rstrip(CLOSING).endswith("?") and not tag_question(claim) \
            and commented(claim) is None:
        raise UsageError("a claim states something, this is a question (ask it with `qa ask`)")
    if not has_verb(WORD_RE.findall(claim)) and not CAPTION_RE.match(claim):
        raise UsageError("a claim needs a statement, not a word or a phrase "
                         "(e.g. \"174 peacekeepers were killed\")")
    return claim[:MAX_CLAIM_CHARS]


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """Read once per process: a batch validates every line before opening the index."""
    return load_stopwords()


def has_verb(words: list[str]) -> bool:
    """Whether the words can make a statement: one of them can be a verb. Verbs are known for
    English only (WordNet), so a claim whose common words (names left out: they tell no
    language) are mostly not English ("Конвой был атакован возле Гао", "Le convoi a été
    attaqué") is taken as a statement when it has two or more of them: it cannot be judged
    here, and refusing every claim in another language would be the worse error. Scripts
    written without spaces count their character pairs as words."""
    if any(can_be_verb(word) for word in words):
        return True
    stopwords = english_stopwords()
    common = [piece for word in words if not word[0].isupper()
              for piece in split_unspaced(word)]
    judged = sum(1 for word in common if word.lower() in stopwords or is_english(word))
    return len(common) >= 2 and judged * 2 <= len(common)


def check(index: Index, claim: str, source_globs: tuple[str, ...] = (),
          own_voice: bool = True) -> CheckResult:
    """Whether the sources support `claim`, contradict it or say nothing, with the evidence
    (only from sources matching `source_globs`, when given); `own_voice` False for the
    clause a speaker's frame reports, whose set-aside alternative is not read."""
    claim = validate(claim)
    bare = assured(unhedged(unlisted(unreferenced(english_figures(claim,
                                                                  english_stopwords())))))
    if bare != claim and has_verb(WORD_RE.findall(bare)):
        # a list marker ("17.", "(iv)", "•") is layout, a first-person hedge ("I
        # understand that", "..., as I recall, ...", "to my knowledge") the speaker's access
        # to the fact, a frame of certainty ("I have no doubt that") the speaker's and a
        # cross-reference ("See also tidal range.") a pointer for the reader: the clause they
        # frame is read in the claim's place, by every reading (`qa.claims.list_markers`,
        # `qa.claims.speaker_hedges`, `qa.claims.speaker_asides`, `qa.claims.cross_reference`);
        # figures, dates and a named source written the continental way ("3.047", "17.
        # March", "end 17") are read as English writes them (`qa.claims.continental`)
        return replace(check(index, bare, source_globs, own_voice), claim=claim)
    result = checked(index, claim, source_globs)
    if result.verdict == Verdict.SUPPORTED and (doubted(claim) or doubting_remark(claim)
                                                or even_chance(claim) or text_doubts(claim)):
        # "I doubt that P", "We do not believe that P", "I remain unconvinced that P", "P, I
        # doubt, ...": the speaker denies the clause a source states, so the source does not
        # support the claim (`qa.claims.speaker_hedges`, `qa.claims.speaker_asides`); "there
        # is a roughly even chance that P" asserts neither way (`qa.claims.estimative`); nor
        # does "The memo disputes that P" (`qa.claims.document_voice`)
        return not_supported(result)
    if result.verdict == Verdict.NOT_FOUND:
        # "Our delegation recalls that P", "P, officials say": the clause alone, read only
        # when the whole claim finds nothing (`qa.claims.reported_clause`); so is "The
        # field memo says that P", "P, the commentary reports.": the text the claim was
        # read in, speaking (`qa.claims.document_voice`)
        frame = reported_clause(claim) or document_frame(claim)
        # ("We assess there is a roughly even chance that P" asserts neither P nor its
        # opposite: `qa.claims.estimative`)
        if frame is not None and not even_chance(claim):
            return clause_read(index, claim, check(index, frame.clause, source_globs,
                                                   own_voice=False), frame) or result
        # "A, rather than B, did X": the sources stating that B did X state what the claim
        # denies (`qa.claims.set_aside_claim`), read only when the claim finds nothing, and
        # in the claim's own voice: a speaker's "P, not Q" is the speaker's choice, and the
        # sources may give Q as another's view ("what the leaders see as a weak mandate")
        aside = set_aside_claim(claim) if own_voice else None
        if aside is not None:
            return contradicted_by_alternative(claim, aside, check(index, aside.text,
                                                                   source_globs),
                                               index.analyzer.terms) or result
    return result


def clause_read(index: Index, claim: str, alone: CheckResult, frame: Frame) -> CheckResult | None:
    """The verdict on the clause a speaker's frame reports, as the claim's, when it may be
    taken (`qa.claims.reported_clause`): a contradiction from passages that do not name the
    speaker; a support of every fact of the clause, for a frame in the claim's own voice
    that asserts it, by sentences that give it to no other speaker. The frame is shown as
    the attribution, not weighed."""
    terms = index.analyzer.terms
    speaker = speaker_terms(frame, terms)
    if frame.voice == DOCUMENT:
        # a text that asks for its clause in the mandative ("The report insists that the
        # board hire pilots", `unasserted.frame_asks`) tells no deed done
        vocab = vocabulary_for(index.analyzer)
        asked = frame_asks(parse(claim, vocab), parse(frame.clause, vocab))
        return None if asked else document_read(claim, alone, frame)
    if alone.verdict == Verdict.CONTRADICTED:
        if any(told_by_speaker(e.hit.passage.text, speaker, terms) for e in alone.evidence
               if e.stance == Stance.CONTRADICTS):
            return None
    elif alone.verdict != Verdict.SUPPORTED or alone.unverified or not own_assertion(frame) \
            or any(given_to_another(e.sentence, speaker, terms) for e in alone.evidence
                   if e.stance == Stance.SUPPORTS):
        return None
    voice = Attribution(frame.words, (), None, "document")
    return replace(alone, claim=claim, attribution=voice)


def document_read(claim: str, alone: CheckResult, frame: Frame) -> CheckResult | None:
    """The verdict on the clause the text's own voice frames ("The field memo says that
    P", `qa.claims.document_voice`), as the claim's: a support that states every fact of P
    (the clause alone is a looser reading than the claim, its frame's words no longer
    weighing against a sentence that states less: read sets, two false claims a sentence
    stated but for a verb and its object) by sentences that give P to no speaker
    ("officials said P", "according to X": the text reports P, it does not assert it,
    `voiced_by_speaker`). A contradiction of P alone is not taken, as `own_text` takes none:
    read alone, a clause whose actor a sentence about another deed names otherwise was
    contradicted, and the claim stays as the whole reading has it."""
    if alone.verdict != Verdict.SUPPORTED or alone.unverified or any(
            voiced_by_speaker(e.sentence) for e in alone.evidence
            if e.stance == Stance.SUPPORTS):
        return None
    return replace(alone, claim=claim, attribution=Attribution(frame.words, (), None,
                                                               "document"))


def checked(index: Index, claim: str, source_globs: tuple[str, ...] = ()) -> CheckResult:
    """`check` of a claim validated and without a list marker or a speaker's hedge."""
    comment = commented(claim)
    if comment is not None and comment[2]:
        # a closing question asserts nothing: the claim is the statement before it, read
        # alone (`qa.claims.commentary`); a closing "False." denies it
        statement, sign, _ = comment
        alone = replace(check(index, statement, source_globs), claim=claim)
        return not_supported(alone) if sign < 0 and alone.verdict == Verdict.SUPPORTED \
            else alone
    denial = denied_clause(claim)
    if denial:  # "It is not true that X": X checked, its verdict turned (`qa.claims.frames`)
        frame, clause = denial
        return denial_of(check(index, clause, source_globs), claim, frame)
    citation = cited(claim, lambda speaker: not spoken_of(index, speaker))
    if citation is None:
        # a claim of clauses each stated by its own sentence of one document
        # (`qa.claims.clause_parts`)
        # and one of its clauses contradicted alone (`qa.claims.contradicted_part`)
        # and, that not, its main clause before a closing participle's clause contradicted
        # alone (`qa.claims.participle_part`)
        reader = PartReader(lambda part: read_claim(index, part, source_globs))
        vocab = vocabulary_for(index.analyzer)
        result = contradicted_before_participle(contradicted_by_part(
            read_by_clauses(claim, read_claim(index, claim, source_globs), reader), reader,
            vocab), reader, vocab)
        # and, none of those a support, each of its sentences supported alone
        # (`qa.claims.claim_sentences`)
        result = read_by_sentences(claim, result, reader)
    else:
        result = check_cited(index, claim, citation, source_globs)
    label = read_label(index, claim)
    if label and label_unstated(index, label, result):
        # the label's place or date left unverified and given nowhere near the support
        # (`qa.claims.label_check`)
        return not_supported(result)
    if unstated_phrase(index, claim, result, english_stopwords()):
        # a phrase of the claim's own, every word unverified, written nowhere in the
        # support's document and with nothing in its place in the sentence
        # (`qa.claims.unstated_phrase`)
        return not_supported(result)
    if field_unstated(claim, result):
        # a record's field left unstated by its evidence: each field is a fact of the claim
        # (`qa.claims.record_check`)
        return not_supported(result)
    if comment is not None and comment[1] < 0 and result.verdict == Verdict.SUPPORTED:
        # the writer's closing verdict calls the statement false ("Wrong!"): a source
        # stating it does not support the claim (`qa.claims.commentary`)
        return not_supported(result)
    if result.verdict == Verdict.CONTRADICTED and OFFSET_CUE_RE.search(claim):
        # a conflict met in the offset's words or the other event's date is that event's
        # (`qa.claims.placed_event`)
        result = read_anchor(claim, result, lambda part: check(index, part, source_globs),
                             vocabulary_for(index.analyzer))
    if result.verdict == Verdict.NOT_FOUND and OFFSET_CUE_RE.search(claim):
        # an offset between two events, each dated by its own sentence of one document
        # (`qa.claims.dated_apart`)
        result = read_apart(claim, result, lambda part: check(index, part, source_globs),
                            vocabulary_for(index.analyzer))
    if result.verdict != Verdict.NOT_FOUND:
        return result
    # the claim's core read alone, which supports it: what the colon introduces ("Closures
    # are old hat here: in May 2031, ...", its lead-in holds no fact, `qa.claims.lead_in`),
    # then what the writer's own text is said to find ("The memo notes that P": a text the
    # sources never speak of, `qa.claims.own_text`), then the clause after a label whose
    # facts the support gives around it ("Varna, May 2029: P", `qa.claims.label_facts`);
    # each read only if the one before is not
    # first the statement before the writer's closing approval ("..., Quite right.",
    # `qa.claims.commentary`)
    for core_of in (lambda: comment[0] if comment is not None and comment[1] > 0 else None,
                    lambda: elaboration(claim, has_verb),
                    lambda: own_text_clause(claim, lambda noun: spoken_of(index, noun),
                                            has_verb),
                    lambda: placed_clause(index, label)):
        core = core_of()
        if core is not None:
            alone = check(index, core, source_globs)
            if alone.verdict == Verdict.SUPPORTED and (
                    label is None or label_given(index, alone, label.facts)):
                return replace(alone, claim=claim)
    return result


def spoken_of(index: Index, speaker: str) -> bool:
    """The sources speak of such a speaker ("minister", "officials"): their passages hold the
    noun. "The witness said that ..." in a hearing's minutes names someone no report speaks
    of: who said it cannot be checked here, what was said can (`cited`); "the minister" is
    a party of the story."""
    terms = index.analyzer.terms(speaker)
    return bool(terms) and index.doc_freq(terms[-1]) > 0


def check_cited(index: Index, claim: str, citation: Citation,
                source_globs: tuple[str, ...]) -> CheckResult:
    """A claim that says where it was read (`qa.claims.cited`), read two ways: whole, its
    source a fact of the sentence as before (a sentence naming the source as its speaker,
    "Crisis Group has stressed that ..."), and as its content alone, the source and the
    citation's year facts of the evidence's document (`qa.claims.citing`). A supporting
    reading wins, then a contradicting one (the whole claim's first). A source that is a
    party inside the story (a country, a capital, the corpus's setting: "Bamako says", "the
    UN reported") is read whole only; a citation with a year in brackets ("(Crisis Group,
    2022)", "Crisis Group (2022) found") only as its content: its year is no date of the
    event. Either way a sentence that gives the content to another named speaker does not
    support it (`citing.spoken_otherwise`).

    The two readings share one retrieval, the claim's as written (its content's where the
    claim is read as its content only): the passages that state the content with its source
    rank first, and those are the content's passages too. Measured on every cited claim of
    the bench sets (272, round 50): no verdict changed against each reading's own retrieval
    (retrieving both with the content moved one); a retrieval is 3-8% of a reading's time."""
    vocab = vocabulary_for(index.analyzer)
    content = parse(written_out(unframed(citation.content)), vocab)
    said = parse(written_out(unframed(claim)), vocab)  # who says what, as the claim has it
    party = citation.party or any(setting(index, parse(source, vocab))
                                  for source in citation.sources)
    # a clause the frame asks for ("suggests that the board hire pilots",
    # `unasserted.frame_asks`) is no content told alone: the asking is the fact. Only
    # the frame's own clause: one the content asks within itself ("finds that the board
    # demanded that the pier be sold") is the content's fact, read alone as any other
    asked = frame_asks(said, content)
    read_whole = "(" not in citation.frame or party or asked
    ranked = retrieved(index, claim if read_whole else citation.content, source_globs)
    whole = None
    if read_whole:
        whole = read_claim(index, claim, source_globs, citation, content, "sentence",
                           said, ranked)
        if whole.verdict == Verdict.SUPPORTED or party:
            return whole
        if asked:
            # the content alone, which the frame asks for, only confirms the whole claim's
            # contradiction: its frame's own words ("the study", "the report") stated
            # nowhere, a conflict the whole reading found elsewhere ("north" / "western")
            # is no contradiction of the deed the claim asks for
            if whole.verdict != Verdict.CONTRADICTED or read_claim(
                    index, citation.content, source_globs, citation, content, "document",
                    said, ranked).verdict == Verdict.CONTRADICTED:
                return whole
            return not_supported(whole)
    alone = read_claim(index, citation.content, source_globs, citation, content, "document",
                       said, ranked)
    alone = replace(alone, claim=claim)
    if alone.verdict == Verdict.SUPPORTED and alone.unverified and not spoken_clause(citation):
        # the content alone is a looser reading than the claim (its frame's words no longer
        # weigh against a sentence that states less): it supports only when its evidence
        # states every fact of it, as two sentences read as one must (`neighbour_pairs`).
        # Read sets: each content supported with words unstated was a false claim (a
        # reversed judgement, "presence" for "absence"); each stated whole, a true one
        alone = not_supported(alone)
    if whole is None or alone.verdict == Verdict.SUPPORTED:
        return alone
    if whole.verdict == Verdict.CONTRADICTED and not citation.named \
            and alone.verdict != Verdict.CONTRADICTED:
        # a source without a name ("a diplomat told reporters") is nobody of the event: a
        # conflict the content alone does not have is one with the frame's own words
        # ("diplomat" / "Council members")
        return alone
    if whole.verdict == Verdict.CONTRADICTED or alone.verdict != Verdict.CONTRADICTED:
        return whole
    return alone


def spoken_clause(citation: Citation) -> bool:
    """The citation opens the claim with a speaker without a name whom the sources never
    speak of ("The inspector told the council that X", "According to the inspector, X", "An
    official said X", `cited`): the frame is who passed X on, no fact the sources could
    state, so X is read as any bare claim is, the share of its facts a sentence states
    deciding, not every one of them (bench/README, round 59). Not a frame closing the claim
    ("X, officials said"): a headline before it drops its verbs' auxiliaries ("ferry crews
    mostly hired abroad, officials said") and, read bare, was supported by a sentence
    stating its figure and place alone."""
    return citation.speaker and citation.shape != "closing"


def retrieved(index: Index, claim: str, source_globs: tuple[str, ...] = ()) -> list:
    """The CANDIDATES passages retrieved for the claim (its frame and dates that point back
    read as `read_claim` reads them)."""
    framed = checked_text(index, claim)
    # claims are retrieved like questions for now: the same query, frames and filters
    query = Query.parse(index, framed, source_globs)
    # without feedback: on CLIMATE-FEVER it cost 2 right verdicts of each kind (bench/README)
    return rank(index, query, CANDIDATES, expand_by_feedback=False)


def within_share_of_best(ranked: list) -> list:
    """The ranked passages scoring at least CANDIDATE_SHARE of the best one's score; all of
    them when one scores zero or less: in a corpus that small the claim's words each stand in
    half its passages or more, BM25 weighs them at nothing or below, and the scores tell no
    evidence from a passage that merely shares words (another actor's same act, shown as
    related; `rank` keeps such passages for the same reason)."""
    if not ranked or min(passage.score for passage in ranked) <= 0:
        return ranked
    floor = CANDIDATE_SHARE * ranked[0].score
    return [passage for passage in ranked if passage.score >= floor]


@lru_cache(maxsize=64)  # a claim's two asks come one after the other
def framed_fact(claim: str) -> str:
    """The fact the claim frames, its dates that point back read as written (`read_claim`),
    remembered: a claim is retrieved and then read with the same text, and the two patterns'
    passes over it cost as much as a passage's ranking (bench/README, round 51)."""
    return dated_back(written_out(unframed(claim)))


def checked_text(index: Index, claim: str) -> str:
    """The text a claim is retrieved and read by: the fact it frames, without "frankly",
    "reports say" ... (`qa.claims.frames`), its dates that point back read as written
    ("the 25th of that month", `qa.claims.dated_back`), and its shorthand the corpus never
    writes spelled out as the corpus does ("HQ": "headquarters", `qa.claims.shorthand`). One
    function for both, so that retrieval and reading never take two texts."""
    return spelled_shorthand(index, framed_fact(claim))


def not_supported(result: CheckResult) -> CheckResult:
    """The result as not_found: its supporting evidence shown as related."""
    return replace(result, verdict=Verdict.NOT_FOUND, confidence=min(result.confidence, ABSENCE),
                   disagreement=False,
                   evidence=tuple(replace(e, stance=Stance.RELATED, conflicts=())
                                  for e in result.evidence))


def read_claim(index: Index, claim: str, source_globs: tuple[str, ...] = (),
               citation: Citation | None = None, content: Parsed | None = None,
               reading: str = "", said: Parsed | None = None,
               ranked: list | None = None) -> CheckResult:
    """`check` of one reading of the claim; with a `citation`, its source checked as
    `reading` says ("sentence" or "document", `check_cited`); `ranked`: the passages
    retrieved for it (by default the claim's own, `retrieved`)."""
    vocab = vocabulary_for(index.analyzer)
    framed = checked_text(index, claim)
    parsed = parse(framed, vocab)
    weights = claim_weights(index, parsed)
    background = setting(index, parsed)
    events = fact_terms(parsed, vocab)
    if ranked is None:
        ranked = retrieved(index, claim, source_globs)
    points = point_weights(index, ranked, weights, vocab)
    background |= settings_named(index, ranked, vocab)
    described, memo = identities(parsed, background, vocab), {}
    bodies = Bodies(index)
    alignments = [a for r in within_share_of_best(ranked)
                  for a in align_passage(index, r.passage_id, r.score, parsed, weights, vocab,
                                         background, events, points,
                                         known(index, r.passage_id, parsed, described, vocab,
                                               memo), bodies,
                                         # a cited claim's speaker is the citation's
                                         # (`citation_stated`)
                                         speakers=citation is None)]
    # a support that leaves out the claim's word another sentence denies (`qa.claims.denied`)
    alignments = unsaid_denied(alignments, parsed, vocab)
    # a date or figure given otherwise by one sentence and as the claim gives it by another
    # that states more of the claim: the first is another event (`qa.claims.attested`)
    alignments = value_attested(alignments, vocab.analyzer, EVENT)
    if citation is not None:  # the citation stated (`qa.claims.citing`)
        alignments = with_citation(index, alignments, citation, content, reading, vocab,
                                   said or parsed, bodies)
    chosen = outweighed(choose(alignments))
    verdict, confidence, disagreement = decide(chosen, alignments)
    ordered = order(chosen, verdict)
    facts = lambda a: claim_facts(parsed, a.found, a.said, weights, vocab, background,
                                  parse(index.passages[a.passage_id].text, vocab))
    evidence = tuple(to_evidence(index, a, n, facts(a)[0], matched_spans(parsed, a.parsed, vocab))
                     for n, a in enumerate(ordered, 1))
    best_aligned = ordered[0] if ordered else max(alignments, key=lambda a: a.coverage,
                                                  default=None)
    unverified = facts(best_aligned)[1] if best_aligned else facts_of(parsed, weights, vocab)
    attribution = None
    if citation is not None:
        attribution = attribution_of(index, citation,
                                     best_aligned.passage_id if best_aligned else None,
                                     best_aligned.parsed if best_aligned else None, content,
                                     reading, vocab)
        unverified += tuple(unstated_citation(citation, attribution, unverified))
    return CheckResult(claim, verdict, confidence, evidence, disagreement=disagreement,
                       unverified=unverified, attribution=attribution)


def with_citation(index: Index, alignments: list[Alignment], citation: Citation,
                  content: Parsed, reading: str, vocab: Vocabulary,
                  said: Parsed, bodies: Bodies | None = None) -> list[Alignment]:
    """The alignments with the supports that do not state the citation made related
    (`citation_stated`). Where the content alone was supported, the claim is not_found, not
    contradicted: what another sentence says against it was outweighed by the support, which
    states the content and leaves only who said it unstated."""
    cited_ = [citation_stated(index, a, citation, content, reading, vocab, said, bodies)
              for a in alignments]
    if sum(a.stance == Stance.SUPPORTS for a in cited_) \
            == sum(a.stance == Stance.SUPPORTS for a in alignments) \
            or decide(outweighed(choose(alignments)), alignments)[0] != Verdict.SUPPORTED:
        return cited_
    return [replace(a, stance=Stance.RELATED, conflicts=()) if a.stance == Stance.CONTRADICTS
            else a for a in cited_]


def citation_stated(index: Index, a: Alignment, citation: Citation, content: Parsed,
                    reading: str, vocab: Vocabulary, said: Parsed,
                    bodies: Bodies | None = None) -> Alignment:
    """A supporting sentence that gives the claim's content to another named speaker (the
    whole sentence's, `spoken_otherwise`, or the very words the claim's source says, when the
    sentence has both speakers: `speaker_elsewhere` on the claim as written), or (read as its
    content alone) whose document names neither the cited source nor the citation's year,
    does not support the cited claim: related. Nor, for a speaker without a name ("witnesses
    said"), one that reports a statement of its own ("The coastguard said ..."): whose it is,
    the claim as written is read for (its whole reading), not its content alone."""
    if a.stance != Stance.SUPPORTS:
        return a
    if spoken_otherwise(citation, content, a.parsed, vocab, index.acronyms) is not None \
            or speaker_elsewhere(said, a.parsed, vocab, bodies) is not None \
            or reading == "document" \
            and (not documented(index, a.passage_id, citation, a.parsed, vocab)[0]
                 or citation.speaker and reports_speech(a.parsed)):
        return replace(a, stance=Stance.RELATED)
    return a


def unstated_citation(citation: Citation, attribution, unverified: tuple[str, ...]):
    """The citation's source and year the evidence's document does not name, for the report
    of what is not stated."""
    if attribution.named is False:
        yield from (s for s in citation.sources if s not in unverified)
    if attribution.year_named is False and citation.year not in unverified:
        yield citation.year
    if attribution.other_speaker:
        yield f"{' / '.join(citation.sources)} (the sentence's speaker: {attribution.other_speaker})"


def facts_of(claim: Parsed, weights: dict[str, float], vocab: Vocabulary) -> tuple[str, ...]:
    """Every fact of the claim (no sentence states any)."""
    empty = Parsed("", [], set(), [], {})
    return claim_facts(claim, compare(claim, empty, empty, vocab), frozenset(), weights,
                       vocab)[1]


def setting(index: Index, claim: Parsed) -> set[str]:
    """The claim's countries and names that a large share of passages name: the corpus's
    setting ("the mission" stands for MINUSMA in reports about MINUSMA). A name is looked
    up with its dotted initials closed up, as its mention's terms are (`facts.undotted`): the
    analyzer splits "U.H." into two letters, so "the U.H. depot" was no setting where "the UH
    depot" was, and a sentence's "CPSR depot" read as another actor in its place."""
    found = set()
    for m in claim.mentions:
        terms = index.analyzer.terms(m.value if m.kind == "country"
                                     else undotted(governed(claim, m)))
        if m.family == "name" and terms \
                and index.doc_freq(terms[-1]) > setting_floor(index):
            found.add(m.text)
    return found


def governed(claim: Parsed, name: Mention) -> str:
    """The name a setting is looked up by: a capital acting stands for its country's
    government ("Bamako scrapped the agreement" / "the government terminated it", as
    `compare.government` reads it), so it is the setting when its country is; a capital as a
    place ("talks in Bamako") is itself, a place the sentence must name."""
    return governing_country(name, claim) or name.text


def settings_named(index: Index, ranked, vocab: Vocabulary) -> set[str]:
    """The countries (by name, lower-case: "mali") the retrieved passages name that are the
    corpus's setting as `setting` defines it: a sentence naming the setting ("Malian
    politicians") names no other actor in the claim's place."""
    found = set()
    for r in ranked:
        for m in parse(index.passages[r.passage_id].text, vocab).mentions:
            if m.kind == "country" and m.value not in found:
                terms = word_terms(m.value, vocab)
                if terms and index.doc_freq(terms[-1]) > setting_floor(index):
                    found.add(m.value)
    return found


def claim_weights(index: Index, claim: Parsed) -> dict[str, float]:
    """Positive idf of each claim term: rare words say more about what the claim states. The
    words attributing the claim to an unnamed source ("according to the brief") state nothing
    a sentence would repeat, and are left out (unless the claim uses them elsewhere too)."""
    attributing = unattributed(claim)
    said = {t for i, token in enumerate(claim.tokens) if i not in attributing
            for t in token.terms}
    return {t: index.weight_of(t) for t in claim.terms if t in said or not attributing}


def point_weights(index: Index, ranked, weights: dict[str, float],
                  vocab: Vocabulary) -> dict[str, float]:
    """Each claim term's weight times the share of the retrieved passages that do not state
    it (one more passage counted: a term every passage states keeps a little weight). What
    every retrieved passage states is the claim's topic, which retrieval guaranteed; what few
    state is its point ("overestimate" in "IPCC overestimate temperature rise", "coming out
    of" in "We're coming out of the Little Ice Age")."""
    passages = [parse(index.passages[r.passage_id].text, vocab) for r in ranked]
    return {t: w * (1 - sum(vocab.matches(t, p.terms, groups_of(p, vocab)) for p in passages)
                    / (len(passages) + 1))
            for t, w in weights.items()}


def align_passage(index: Index, passage_id: int, score: float, claim: Parsed,
                  weights: dict[str, float], vocab: Vocabulary, background: set[str],
                  events: set[str], points: dict[str, float],
                  document: Known = NOTHING_KNOWN, bodies: Bodies | None = None,
                  speakers: bool = True) -> list[Alignment]:
    """Each sentence of the passage (and each pair of neighbours) aligned with the claim;
    `document`: the claim's facts of identity its document states (`qa.claims.identity`);
    `bodies`: the corpus's long forms of acronyms (`qa.claims.bodies`); `speakers`: whether
    a support that gives the claim's words to another speaker is withheld here
    (`speaker_elsewhere`; a cited claim's is withheld with its citation, `citation_stated`,
    which leaves the claim not_found rather than contradicted)."""
    text = index.passages[passage_id].text
    passage = parse(text, vocab)
    # a claim that places one event from another ("and three days later ...") is read
    # against the dates as written: its own offset is matched to them (`qa.claims.intervals`),
    # and a reckoned date would set its other event's date against the later event's
    reckoned = not has_offset(claim)
    spans, sentences = sentences_of(passage, vocab, reckoned=reckoned)
    # the neighbours each sentence is read with: the passage's alone, remembered on its parse
    # (claim after claim aligns the same sentences)
    links = remembered(passage, ("linked", reckoned, vocab),
                       lambda: [linked(sentences, i) for i in range(len(sentences))])
    # a quotation set off in a paragraph of its own: who said it, said before it
    # (`qa.claims.quotations`)
    introduced = remembered(passage, ("introduced", passage_id, vocab),
                            introduction, index, passage_id, vocab)
    heading = remembered(passage, ("heading", passage_id, vocab),
                         headed, index, passage_id, vocab)
    # the year the paragraphs before, under the same heading, leave set
    # (`qa.claims.carried_year`): asked only of a claim with a year
    carried = remembered(passage, ("carried year", passage_id, vocab), carried_year, index,
                         passage_id, heading, vocab) if any(
        m.family == "year" for m in claim.mentions) else None
    aligned = [align(passage_id, score, claim, sentence, passage, weights, vocab,
                     background, events, index.acronyms, points, document, bodies,
                     links[i], introduced, speakers=speakers, carried=carried)
               for i, sentence in enumerate(sentences)]
    # another actor's deed of a series the passage tells, the claim's actor's dated in
    # another of its sentences (`qa.claims.series`): no contradiction
    # and an event that recurs, the claim's occurrence dated in the corpus, this sentence's
    # another year's (`qa.claims.recurring`)
    aligned = [replace(a, stance=Stance.RELATED, conflicts=())
               if a.stance == Stance.CONTRADICTS
               and (another_of_series(claim, a.parsed, a.conflicts, sentences, vocab)
                    or recurring_dates(index, claim, a.parsed, a.conflicts, vocab)) else a
               for a in aligned]
    # a sentence that states the claim's event with its setting in the headings (the
    # document's title, the section's heading), for support only (`qa.claims.headings`)
    if heading is not None:
        # and the subject the document's title names, which its sentences leave to it
        # (`qa.claims.title_subject`)
        title = remembered(passage, ("title", passage_id, vocab), titled, index, passage_id,
                           vocab)
        # a conflict of an article titled by another name than the claim's, which the
        # passage never names: that other thing's (`qa.claims.titled_other`)
        aligned = [replace(a, stance=Stance.RELATED, conflicts=())
                   if a.stance == Stance.CONTRADICTS
                   and titled_other(claim, a.found, passage, title, background, vocab) else a
                   for a in aligned]
        aligned = [with_heading(a, heading, claim, passage, weights, vocab, background, events,
                                index.acronyms, points, document, bodies, links[i], introduced,
                                speakers=speakers, title=title)
                   for i, a in enumerate(aligned)]
    return aligned + [pair for pair in neighbour_pairs(text, spans, aligned, claim, passage,
                                                      weights, vocab, background, events,
                                                      index.acronyms, points, document, bodies,
                                                      speakers)]


def terms_in_headings(heading: Parsed, terms: tuple[str, ...], vocab: Vocabulary
                      ) -> frozenset[str]:
    """The terms the passage's headings state (`with_heading`)."""
    return frozenset(
        t for t in terms if vocab.matches(t, heading.terms, groups_of(heading, vocab)))


def with_heading(a: Alignment, heading: Parsed, claim: Parsed, passage: Parsed, weights,
                 vocab: Vocabulary, background: set[str], *rest, speakers: bool = True,
                 title: Parsed | None = None) -> Alignment:
    """The sentence's alignment read with its passage's headings lending the claim's names
    and year the sentence leaves unsaid, when it then supports the claim and the two state
    every word of it (the corpus's setting may go unsaid); else the sentence's own. The
    issue's full rule, as for two sentences read as one (`neighbour_pairs`): without it, a
    name lent lifted claims whose verb or object no text states ("the mission evacuated the
    villages" / "Roads to the villages remain cut" under the mission's title). Nor to a
    sentence that tells the claim's deed as still to come (`qa.claims.to_come`). The
    document's title lends its words too when the claim names the subject it titles and the
    sentence leaves that subject to it (`qa.claims.title_subject`). Where the headings lend a
    name, the two need state only HEADED_SUPPORT of the claim: a verb reworded is no reason
    to lose a claim whose name the article leaves to its title (`qa.claims.headed_share`)."""
    if a.stance != Stance.RELATED:
        return a
    if a.conflicts:  # the claim's name the sentence leaves to its title, in conflict
        return contradicted_under_heading(a, heading, claim, passage, weights, vocab,
                                          background, *rest, speakers=speakers)
    # the claim's terms the headings state: the same for every sentence of the passage (and
    # of the document's other passages), remembered on the headings' parse by the terms asked
    terms = tuple(weights)
    in_headings = remembered(heading, ("terms in headings", terms, vocab),
                             terms_in_headings, heading, terms, vocab) \
        | remembered(heading, ("names headed", claim.text, vocab), names_headed, claim,
                     heading, vocab) \
        | remembered(heading, ("pertained", claim.text, vocab), pertained_headed, claim,
                     heading, vocab)  # "Chile" under "Chilean drought"; "polar ... Pole"
    if not in_headings:  # (before the claim's setting is gathered: most headings state none)
        return a
    # the claim's short names that spell out words of the title ("UK" under "... United
    # Kingdom ..."), lent with the title's subject (`qa.claims.title_names`)
    spelled, short_names = title_names(claim, title, vocab)
    unsaid = setting_named(claim, background, vocab) | in_headings | short_names
    # the two state every word (checked first: it is cheap, and most sentences fail it), or,
    # where the headings lend the claim a name, HEADED_SUPPORT of it (`qa.claims.headed_share`)
    whole = all(t in a.said or t in unsaid for t in weights)
    if not whole and not nearly_said(weights, a.said, unsaid):
        return a
    subject = title_subject(claim, a.parsed, title, spelled)
    if subject:
        subject |= short_names
    lent = () if subject else heading_facts(claim, a.found, a.parsed, heading, vocab)
    if not subject and not lent or not whole and not lends_name(claim, subject, lent):
        return a
    both = align(a.passage_id, a.score, claim, a.parsed, passage, weights, vocab, background,
                 *rest, heading=heading, speakers=speakers, lent=subject)
    # the words the two leave unsaid: none, once the headings' names let the sentence's own
    # readings in (a verb stated by its kin in its place, `qa.claims.verb_slot_kin`, is read
    # only where every other word is stated)
    left = {t for t in weights if t not in both.said and t not in unsaid}
    if both.stance != Stance.SUPPORTS \
            or left and (whole or both.coverage < HEADED_SUPPORT
                         or not verb_reworded(claim, a.parsed, left)) \
            or told_to_come(claim, a.parsed, past_verb):  # "closed" / "will have to close"
        return a
    return replace(both, said=both.said | in_headings)  # shown as stated in the report


def contradicted_under_heading(a: Alignment, heading: Parsed, claim: Parsed, passage: Parsed,
                               weights, vocab: Vocabulary, background: set[str], *rest,
                               speakers: bool = True) -> Alignment:
    """The sentence's alignment read with its headings lending the claim's names the sentence
    leaves unsaid, when it then contradicts the claim; else the sentence's own."""
    lendable = lent_names(claim, a, heading, vocab)
    if not lendable:
        return a
    both = align(a.passage_id, a.score, claim, a.parsed, passage, weights, vocab, background,
                 *rest, heading=heading, speakers=speakers)
    return both if both.stance == Stance.CONTRADICTS else a


def headed(index: Index, passage_id: int, vocab: Vocabulary) -> Parsed | None:
    """The passage's headings (its document's title and its section), parsed; None without."""
    stored = index.passages[passage_id]
    text = heading_text(stored.title, stored.section)
    return parse(text, vocab) if text else None


def titled(index: Index, passage_id: int, vocab: Vocabulary) -> Parsed | None:
    """The passage's document title, parsed; None without one (or with one the index made of
    a paragraph's first words)."""
    title = index.passages[passage_id].title
    return parse(title, vocab) if title and not title.endswith(DERIVED) else None


def split_parsed(passage: Parsed, vocab: Vocabulary) -> tuple[list, list[Parsed]]:
    spans = split_sentences(passage.text)
    return spans, [parse(passage.text[s:e], vocab) for s, e in spans]


def sentences_of(passage: Parsed, vocab: Vocabulary,
                 reckoned: bool = True) -> tuple[list, list[Parsed]]:
    """The passage's sentence spans and their parses: the passage's alone, remembered on its
    parse (a batch retrieves the same passages claim after claim). `reckoned`: a sentence
    opening on "Three days later" is given the date it counts from the sentence before
    (`qa.claims.reckoned`)."""
    spans, sentences = remembered(passage, ("sentences", vocab), split_parsed, passage, vocab)
    if not reckoned:
        return spans, sentences
    return spans, remembered(passage, ("reckoned sentences", vocab),
                             with_reckoned_dates, sentences)


def linked(sentences: list[Parsed], i: int) -> list[Parsed]:
    """The neighbours sentence `i` is read with for the rest of a contradiction: the one
    before, when sentence `i` leans on it (`leans`: "These organizations only approve ..."),
    and the one after, when that one leans on sentence `i` ("This number had been
    incorrectly reported ...")."""
    return [sentences[j] for j in (i - 1, i + 1)
            if 0 <= j < len(sentences) and leans(sentences[max(i, j)])]


def leans(sentence: Parsed) -> bool:
    """The sentence refers back to the one before it: a demonstrative or a pronoun among its
    first LEANING words ("This article was edited ...", "As a rule these organizations ...")
    makes it go on about the same thing, so the words of the claim its neighbour states are
    the same event's."""
    return remembered(sentence, ("leans",), find_leans, sentence)


def find_leans(sentence: Parsed) -> bool:
    return any(t.word.lower() in ANAPHORS for t in sentence.tokens[:LEANING])


def every_word(weights: dict[str, float], a: Alignment, b: Alignment, vocab: Vocabulary,
               setting_terms: frozenset[str] = frozenset()) -> bool:
    """Each weighted claim term is stated by one of the two sentences, or is a word of the
    corpus's setting (before parsing them as one: most pairs fail here)."""
    return all(t in a.said or t in b.said or t in setting_terms
               for t, w in weights.items() if w > 0)


def setting_named(claim: Parsed, background: set[str], vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's names that are the corpus's setting (`setting`): support
    lets them go unsaid ("the mission" for MINUSMA), so a pair of sentences need not say them
    either to state every word of the claim."""
    return frozenset(t for m in claim.mentions if m.family == "name" and m.text in background
                     for t in word_terms(m.text, vocab))


def neighbour_pairs(text: str, spans, aligned: list[Alignment], claim: Parsed, passage: Parsed,
                    weights, vocab: Vocabulary, background: set[str], events: set[str],
                    defined: dict[str, str], points: dict[str, float],
                    document: Known = NOTHING_KNOWN, bodies: Bodies | None = None,
                    speakers: bool = True):
    """Two neighbouring sentences that support or contradict the claim together where neither
    does alone: "Egypt, the third-largest contributor, ..." then "In July, it temporarily
    suspended ..."; "... in March 2031, when it set tolls ..." then "A month
    earlier, Velden officials closed ..." against "a month after". Only where each sentence
    states some of the claim, neither conflicts with it alone, and the two state every word of
    it (the corpus's setting may go unsaid, as in one sentence, and so may a past verb whose
    object they state, `qa.claims.pairs`, and an agentless passive of saying that frames a
    statement, "described as", `attribution.passive_reports`): what two sentences say
    together is a looser unit than one sentence, so the issue's full rule applies ("the
    standard of care was poor" is not stated by a sentence about the facility and the next
    saying its care "is very good"). A pair contradicts when the rest of the claim is stated
    whole, and never by a name (an actor or a place): the name one sentence gives is often the
    subject the other calls "it"."""
    # the claim's setting and what frames a statement in it ("described as", "was said to
    # have"): the claim's alone, read once for the first pair that passes the first bar below
    # (most passages have none)
    setting = reporting = None
    for i in range(len(spans) - 1):
        a, b = aligned[i], aligned[i + 1]
        # a figure of one sentence that its neighbour states as the claim does
        settled = bool(a.conflicts or b.conflicts) and figures_settled(a, b, claim) \
            and figures_settled(b, a, claim)
        if {a.stance, b.stance} - {Stance.RELATED} - ({Stance.CONTRADICTS} if settled else set()) \
                or min(a.coverage, b.coverage) < PAIR \
                or (a.conflicts or b.conflicts) and not settled:
            continue
        if setting is None:
            setting = setting_named(claim, background, vocab)
            reporting = frozenset(t for n in passive_reports(claim)
                                  for t in claim.tokens[n].terms)
        # a verb the pair paraphrases, its object stated, may go unsaid (`qa.claims.pairs`),
        # and so may the words that frame a statement (`reporting`) and a connective of cause
        # or result one of the two ties itself ("..., complicating", `qa.claims.result_tie`)
        unsaid = setting | paraphrased_verbs(claim, a.parsed, a.named, b.parsed, b.named, vocab) \
            | reporting \
            | tied_connectives(claim, ((a.parsed, a.said), (b.parsed, b.said)), weights)
        if has_offset(claim):  # "two weeks later": one date in each sentence (`intervals`)
            unsaid |= spanned_by(claim, parse(text[spans[i][0]:spans[i + 1][1]], vocab), vocab)
        # two sentences joined (the second refers back to the first, or both state the
        # claim's subject) need not state every word, only as much as PAIR_SUPPORT; neither
        # lends a date or figure to the other's verb (`qa.claims.joined`)
        together = joined(claim, a.parsed, b.parsed, a.named, b.named, vocab) \
            and ends_said(claim, a, b, vocab)
        whole = every_word(weights, a, b, vocab, unsaid)
        # the second goes on about the first's event by a connective or a definite noun: as
        # joined, for support only, leaving unsaid only gradable adjectives (`continued`)
        going_on = not (together or whole) and continues(a.parsed, b.parsed, vocab, defined) \
            and ends_said(claim, a, b, vocab)
        # two coordinated clauses each told by one sentence: as joined, for support only
        split = not (together or whole) and split_between(claim, a, b, vocab) \
            and ends_said(claim, a, b, vocab)
        # one sentence only describes the thing the claim's date names, the other tells the
        # event: the date is the thing's, and who acts in the first is not the claim's actor
        # ("the March 2015 preliminary peace deal", `qa.claims.joined.describing`)
        describer = next((x for x, y in ((a, b), (b, a))
                          if describing(claim, x, y, weights, vocab)), None)
        if not (together or whole or split or going_on) \
                or describer is None and lent_fact(claim, a, b, vocab, whole) \
                or part_of_counted(claim, b.parsed) \
                or any(acting_elsewhere(x, claim, background, vocab) for x in (a, b)
                       if x is not describer):
            continue  # a sentence whose subject is another name does not go on about the claim's
        pair = parse(text[spans[i][0]:spans[i + 1][1]], vocab)
        both = align(a.passage_id, a.score, claim, pair, passage, weights, vocab, background,
                     events, defined, points, document, bodies, speakers=speakers)
        if both.stance == Stance.SUPPORTS and (both.coverage >= 1.0 or unsaid and covered(
                weights, pair, passage, vocab, named=both.named | unsaid) >= 1.0
                or (together or split) and both.coverage >= PAIR_SUPPORT
                or going_on and both.coverage >= PAIR_SUPPORT and graded_only(
                    claim, {t for t, w in weights.items()
                            if w > 0 and t not in both.said and t not in unsaid})) \
                or both.stance == Stance.CONTRADICTS and not settled and not split \
                and (both.rest >= 1.0 or (
                    setting and covered(weights, pair, passage, vocab, both.found.excluded,
                                        both.named | setting) >= 1.0)
                    # an order reversed across two joined sentences (the claim's "after"
                    # against "A month earlier, ..." opening the second): the rest at
                    # PAIR_SUPPORT, as for support; order relates the two sentences' events,
                    # which no one sentence states
                    or together and both.rest >= PAIR_SUPPORT and reordered_only(both)) \
                and not {c.kind for c in both.conflicts} & NAMED_KINDS:
            # what the pair may leave unsaid counts as said by it, in the report as in support
            yield replace(both, said=both.said | unsaid) if both.stance == Stance.SUPPORTS \
                else both


def reordered_only(aligned: Alignment) -> bool:
    """Every conflict is the claim's word of order reversed (`qa.claims.sequence`): a figure
    or a relation read across two sentences is as often misread ("two weeks later" / "after
    ten years", "excluded" / "did not include")."""
    return bool(aligned.conflicts) and all(
        c.kind == ConflictKind.RELATION and c.claim.lower() in ORDER_WORDS | ORDER_ADVERBS
        for c in aligned.conflicts)


def acting_elsewhere(aligned: Alignment, claim: Parsed, background: set[str],
                     vocab: Vocabulary) -> bool:
    """The sentence's subject is a name in the place of the claim's (`another_named`), and no
    name of the claim: of two sentences read as one, the second may tell the claim's second
    clause, with its own actor ("Mali requested the withdrawal." then "The UN Security Council
    ended the mandate.")."""
    other = another_named(aligned.found, claim, aligned.parsed, background, vocab)
    return bool(other) and not loosely_named(other[1], claim, vocab)


def figures_settled(a: Alignment, b: Alignment, claim: Parsed) -> bool:
    """Each conflict of sentence `a` is a figure of the claim that its neighbour `b` states
    as the claim does ("an authorised strength of 12,640, of which 11,200 military" then
    "only 8,831 military personnel deployed"): `a`'s figure counts another thing (authorised,
    not deployed), and the two sentences may state the claim together. Figures only: a name
    or a relation set against the claim is not undone by a neighbour."""
    figures = [m for m in claim.mentions if m.family not in ("name", "year", "month")]
    for c in a.conflicts:
        mine = next((m for m in figures if m.text == c.claim), None)
        if c.kind != ConflictKind.NUMBER or mine is None \
                or not any(m.family == mine.family and m.value == mine.value
                           for m in b.parsed.mentions):
            return False
    return True


def align(passage_id, score, claim: Parsed, sentence: Parsed, passage: Parsed,
          weights: dict[str, float], vocab: Vocabulary, background: set[str],
          events: set[str], defined: dict[str, str], points: dict[str, float],
          document: Known = NOTHING_KNOWN, bodies: Bodies | None = None,
          around: list[Parsed] = (), introduced: Parsed | None = None,
          heading: Parsed | None = None, speakers: bool = True,
          lent: frozenset[str] = frozenset(),
          carried: tuple | None = None) -> Alignment:
    found = compare(claim, sentence, passage, vocab)
    # what each side has that a reading needs before it can find anything
    # (`qa.claims.gates`): a reading is called only where both sides have it
    ours, given = claim_side(claim, vocab), sentence_side(sentence, vocab)
    claim_has, sentence_has = ours.has, given.has
    # "more personnel than Benin" against the two actors' figures the sentence gives
    # (`qa.claims.compared_figures`)
    # "tripled" against "from 15,000 in 2019 to 30,000" (`qa.claims.change_multiples`)
    for reversal in (comparison_against_figures(claim, sentence, vocab)
                     if COMPARISON in claim_has else []) \
            + (multiple_against_ends(claim, sentence, vocab) if CHANGE_MULTIPLE in claim_has
               else []):
        found.conflicts.append(reversal)
        found.excluded.update(vocab.analyzer.terms(reversal.claim))
    # "has plenty of room for more troops" / "is already full" (`qa.claims.capacity`): what
    # the room is for is part of the reversal, not a rest the sentence must state
    capacity = capacity_conflict(claim, sentence, vocab) if CAPACITY in claim_has else None
    if capacity is not None:
        found.conflicts.append(capacity[0])
        found.excluded.update(capacity[1])
    multiple = multiple_terms(claim, sentence, vocab) if CHANGE_MULTIPLE in claim_has \
        else frozenset()  # read once: asked again below
    if multiple:  # "halved", read as a fraction, is the ratio of
        for n, m in enumerate(claim.mentions):  # the sentence's two ends: stated by them
            if m in multiple_mentions(claim):
                mark_stated(found, n, m)
    if found.conflicts:  # "less on A than on B" / "more on B than on A": the same comparison
        found.conflicts = [c for c in found.conflicts
                           if not restated_traded(c, claim, sentence, vocab)
                           and not relation_from_other_side(c, claim, sentence, vocab)]
    if found.conflicts:  # how each is placed, told once (`rest_needed` reads it)
        found.conflicts = with_placement(found.conflicts, claim, sentence, vocab)
    if bodies is not None and found.conflicts:  # "the UN mission" / "MINUSMA": a body and
        # the one it belongs to
        found.conflicts = [c for c in found.conflicts if c.kind != ConflictKind.ACTOR
                           or not (bodies.within(c.claim, c.source)
                                   or bodies.within(c.source, c.claim)
                                   # "UNSC" / "the Council": the head of its long form
                                   or bodies.same_names(c.claim, c.source)
                                   # "UN Norvik" / "the Office", where the sentence names
                                   # UNHON: the long form's owner and words, and its head
                                   or bodies.one_body(c.claim, c.source, sentence)
                                   # "the UH service ... including the Norte fleet" /
                                   # "CPSR ... alongside Sur": CPSR is the claim's
                                   or any(m.family == "name" and bodies.whole(claim, m, c.source)
                                          for m in claim.mentions))]
    if found.conflicts:  # "HG-run ferries ... the councils" / "run by the Harbour Guild":
        # the claim's own actor in another place, no rival (`qa.claims.claim_own_name`)
        found.conflicts = [c for c in found.conflicts
                           if not claim_names_rival(c, claim, sentence, vocab)]
    # a negation read from a sentence whose subject is another actor ("the Guild seems an
    # unlikely buyer" / "the Board and the Trust remain more likely buyers"): theirs, no
    # reversal of the claim's, nor support of it (`qa.claims.subject_names`)
    of_another = any(c.kind in REVERSED_KINDS for c in found.conflicts) \
        and subject_of_another(claim, subject_start(claim), sentence, subject_start(sentence),
                               passage, vocab)
    if of_another:
        found.conflicts = [c for c in found.conflicts if c.kind not in REVERSED_KINDS]
    spelled = spelled_out(claim, sentence, vocab, defined)  # "AU"; "TOB": "temporary operating base"
    if FORMULA in claim_has:  # "CO2": "carbon dioxide" (`qa.claims.spellings`)
        spelled |= spelling_terms(claim, sentence)
    # "IEDs": "improvised explosive devices", as the corpus defines it (`qa.claims.long_forms`)
    spelled |= long_form_terms(claim, sentence, vocab, defined)
    # "CT actors": "counter-terrorism actors", undefined, beside the same word
    # (`qa.claims.initialled`)
    if INITIALLED in claim_has:
        spelled |= initialled_terms(claim, sentence, vocab)
    # "WRA, the regional water authority," by a sentence naming the WRA, whose long form the
    # passage gives (`qa.claims.described_acronym`)
    if APPOSED_ACRONYM in claim_has:
        spelled |= described_terms(claim, sentence, passage, vocab)
    if bodies is not None and OWNING_ACRONYM in sentence_has:  # "the UN mission" by "MINUSMA"
        # (`qa.claims.class_nouns`)
        spelled |= headed_terms(claim, sentence, bodies, background)
    if spelled:  # a name the sentence gives by its acronym or formula is stated, not in conflict
        found.conflicts = [c for c in found.conflicts if c.kind not in NAMED_KINDS
                           or not set(vocab.analyzer.terms(c.claim)) <= spelled]
        for n, m in enumerate(claim.mentions):
            # (and a name of a formula and a word of the sentence's: "Atmospheric CO2" by
            # "atmospheric carbon dioxide", its capitalised first word no name of its own)
            if m.family == "name" and (set(word_terms(m.text, vocab)) <= spelled
                                       or spelled_in_part(m, spelled, sentence, vocab)):
                mark_stated(found, n, m)
    known_terms = stated_by_document(found, claim, document, sentence, vocab)
    # for support only: a name the sentence refers back to by its head noun ("the treaty"
    # after "the Harwick Water Treaty", `qa.claims.named_back`)
    if bodies is not None and DEFINITE_NOUN in sentence_has and found.unstated:
        for n in named_back(claim, found, sentence, passage, passage_id, bodies.index):
            mark_stated(found, n, claim.mentions[n])
    # for support only: the claim's words (its names too) that the introduction of a quotation
    # the sentence is part of states ("As an OCHA representative observed:", who said it)
    quoted = introduced_terms(claim, introduced, vocab) if introduced is not None \
        else frozenset()
    for n, m in enumerate(claim.mentions):
        if quoted and m.family == "name" and set(word_terms(m.text, vocab)) <= quoted:
            mark_stated(found, n, m)
        # and the names of the subject the document's title names (`with_heading`)
        if lent and m.family == "name" and set(word_terms(m.text, vocab)) <= lent:
            mark_stated(found, n, m)
        # and a name the sentence writes as its proper adjective ("Neptune" / "Neptunian
        # winds", `qa.claims.adjective_names`)
        elif m.family == "name" and m in found.absent and adjective_named(m, sentence):
            mark_stated(found, n, m)
    # a year of the claim's date that the sentence leaves to the frame set before it in its
    # passage ("In July, it suspended" after "Earlier in 2022, ..."; `qa.claims.inherited`),
    # shown in the report as coming from there
    # (a sentence with a year of its own dates its events, unless that year ends a state:
    # "until May 2031", "since May 2029", `limits.off_story`; `inherited_years` reads which)
    inherited = inherited_years(claim, found, sentence, passage, carried) \
        if YEAR in claim_has else []
    for fact in inherited:
        mark_stated(found, fact.claim, claim.mentions[fact.claim])
    # and an opening "After the 2014 mandate," that a sentence opening on "As a result"
    # leaves to the paragraph's dated sentence before it (`qa.claims.resulting`)
    resulting = resulting_adjunct(claim, found, sentence, passage, vocab)
    if resulting:
        mark_stated(found, resulting[0], claim.mentions[resulting[0]])
    # and the names and year the passage's headings give ("In March" under "Annual Report
    # 2019"; `qa.claims.headings`)
    from_heading = heading_facts(claim, found, sentence, heading, vocab)
    for fact in from_heading:
        mark_stated(found, fact.claim, claim.mentions[fact.claim])
    # and "million" of "400 parts per million", a unit the sentence writes "400 ppm"
    # (`qa.claims.unit_initials`): a word of the unit, not a figure of its own
    if found.stated and found.absent:
        for n in initialled_unit_figures(claim, sentence, found.stated):
            mark_stated(found, n, claim.mentions[n])
    # what the report shows as coming from the sentence's context: those years, and the
    # facts its document states elsewhere (`qa.claims.identity`)
    # (most sentences have none: three generators made for each were empty)
    context = tuple(fact.shown() for fact in inherited) \
        + tuple(fact.shown(claim) for fact in from_heading) + tuple(
        shown(claim.mentions[n].text, phrase) for n, phrase in document.shown
        if n in found.stated) if inherited or from_heading or document.shown else ()
    named = frozenset(t for n, m in found.stated.items() if claim.mentions[n].family == "name"
                      for t in word_terms(claim.mentions[n].text, vocab)) | spelled
    # another form of a claim word states it ("withdrew" by "the withdrawal", "decided" by "the
    # decision"), for support and for the rest of a conflicting sentence, which must state the
    # same event; for support only, a figure or date the sentence states states its words,
    # however written ("forty-six" by "46", "the first of July" by "1 July"): counted for the
    # rest, such words lent contradictions to sentences on other things (a digit of a formula
    # for a number word of the claim, bench/README)
    derived = derived_terms(claim, sentence, vocab) \
        if not sentence.terms.isdisjoint(ours.derived) \
        or not given.unprefixed.isdisjoint(ours.derived_from) else frozenset()
    # and the verb of occurrence of an event noun so stated ("the expulsion ... took place" by
    # "expelled", `qa.claims.occurrence`): it says only that the event happened
    # and a contrast stated in other words ("rather than support" / "support, not substitute"),
    # and a named part of a period ("early in" / "the start of"), and a verb by the state
    # WordNet defines it as ("depended on" / "was contingent on", `qa.claims.state_verbs`)
    forms = irregular_terms(claim, sentence, vocab) | derived \
        | (compound_terms(claim, sentence)
           if may_spell_compound(ours, given) else frozenset()) \
        | occurred_terms(claim, derived) \
        | (contrast_terms(claim, sentence) if ALTERNATIVE in claim_has else frozenset()) \
        | (named_part_terms(claim, found.stated, sentence, vocab) if found.stated
           else frozenset()) \
        | state_terms(claim, sentence, vocab)
    # an adverb of manner or a past verb paraphrased in its own place ("formally" /
    # "officially", `qa.claims.paraphrase`), for support and for the rest (below): a synonym
    # anywhere lent contradictions to sentences on other things (bench/README, round 26), a
    # paraphrase in the claim word's own place names the same event
    # ("as long as 4 weeks"; "as large as" / "the size of"; "pulled out" / "withdrew")
    # for support only, as a figure's words: its unit in another spelling ("metres" / "meters")
    phrasal = phrasal_terms(claim, sentence, vocab) if PHRASAL in claim_has else frozenset()
    paraphrased = paraphrased_terms(claim, sentence, vocab) \
        if not given.forms.isdisjoint(ours.paraphrases) else frozenset()
    # (the five readings of the claim's stated facts find nothing where the sentence states
    # none, most pairs: asked only where it states one, the same unions made with nothing)
    some = bool(found.stated)
    stated = named | (figure_terms(claim, found, vocab) if some else frozenset()) \
        | (unit_terms(claim, sentence, found) if some else frozenset()) \
        | forms | known_terms | paraphrased \
        | (hedge_terms(claim, found) if some else frozenset()) \
        | (exact_terms(claim, found) if some else frozenset()) \
        | (measured_terms(claim, sentence) if AS_ADJECTIVE_AS in claim_has else frozenset()) \
        | phrasal | (spanned_terms(claim, found.stated, vocab) if some else frozenset()) \
        | (part_terms(claim, found.stated, sentence, vocab)  # "the end of May" / "on 28 May"
           if some else frozenset())
    # for support only: a past verb by the noun WordNet derives from a paraphrase of it, in its
    # place ("let them land" / "permission to land", `qa.claims.paraphrase_nouns`)
    stated |= nominalised_terms(claim, sentence, vocab)
    if DENIED_ADVERB in claim_has:
        stated |= undone_terms(claim, sentence, vocab)  # "still wasn't" / "had not yet"
    if VARIANT in claim_has:
        stated |= variant_terms(claim, sentence, vocab)  # "centres" / "centers"
    if HYPHENATED in claim_has or HYPHENATED in sentence_has:
        stated |= hyphen_terms(claim, sentence)  # "counterterrorism" / "counter-terrorism"
    stated |= spaced_terms(claim, sentence)  # "heatwave" / "heat wave"
    # for support only: "in response to" by a cause the sentence marks otherwise ("led ...
    # to", "due to", `qa.claims.cause_connective`)
    stated |= tie_terms(claim, sentence)
    if FREQUENCY in claim_has:
        stated |= frequency_terms(claim, sentence)  # "every day" / "daily"
    if START_WORD in claim_has:
        stated |= initial_terms(claim, sentence)  # "at the outset" / "initially"
    if AGENT_COMPOUND in sentence_has or AGENT_COMPOUND in claim_has or OFFICE in claim_has:
        stated |= agent_compound_terms(claim, sentence)  # "held the pen" / "the penholder"
    if NEGATED in claim_has:
        stated |= refused_terms(claim, sentence, vocab)  # "refused to accept" / "rejected"
        stated |= absence_terms(claim, sentence)  # "for want of funds" / "a lack of funds"
    if SHORT_OF in claim_has:
        stated |= short_of_terms(claim, sentence)  # "stopped short of disrupting" / "nothing as
    # drastic as disrupting": the cue's words deny, they tell no deed (`qa.claims.short_of`)
    if MANNER_ADVERB in sentence_has:
        stated |= adverb_terms(claim, sentence, vocab)  # "a temporary halt" / "temporarily"
    if SAYING in claim_has:
        stated |= reported_participles(claim, sentence)  # ", insisting it" / ", claiming it"
    if COMPARISON in claim_has:
        stated |= comparison_terms(claim, sentence, vocab)  # "fewer than Benin" / "450 and 200"
    stated |= multiple  # "doubled" / "from 15,000 to 30,000"
    # for support only: "a small number of" by "few" (`qa.claims.quantifiers`), "impossible to
    # enforce" by "unenforceable" (`forms.denied_ability`)
    stated |= (quantity_terms(claim, sentence) if QUANTIFIER in claim_has else frozenset()) \
        | (denied_ability(claim, sentence, vocab.analyzer) if claim.prefixed else frozenset())
    # for support only: "without the inclusion of" by "did not include" (`qa.claims.without`),
    # while "with the inclusion of" is not stated by it (`forms.denied_forms`)
    without = denied_by_verb(claim, sentence, derived, vocab)
    stated |= without
    denied_form = not without and denied_forms(claim, sentence, vocab, derived)
    # for support only: a general word stated by a kind of it ("groups" / "organizations")
    if not given.generals.isdisjoint(ours.generals):
        stated |= general_terms(claim, sentence, vocab)
    # for support only: a noun by its kin in its place ("envoy" / "representative"), where
    # the sentence states every name, figure and date of the claim (`qa.claims.noun_kin`)
    # (its gate asked here first, `noun_kin.kin_anchored`: most pairs fail it, and each of the
    # three kin readings returns nothing without it)
    # (the same union with nothing where it fails, as the reading gave)
    stated |= noun_kin_terms(claim, sentence, found) if kin_anchored(found) else frozenset()
    # for support only: the claim's subject noun the sentence calls "it", named just before
    if PRONOUN_SUBJECT in sentence_has:
        stated |= antecedent_terms(claim, sentence, passage, vocab, stated)
    # for support only: "strategic" of "the strategic review" that "The review" leaves to the
    # sentence before ("a strategic review", `qa.claims.definite_noun`)
    if DEFINITE_NOUN in sentence_has:
        stated |= antecedent_modifier_terms(claim, sentence, passage, vocab, stated)
    stated |= quoted | lent  # and the title's subject (`with_heading`)
    if resulting:
        stated |= resulting[1]
    # the rest only: "north" by "northern", "said" by "announced"; and the adjective of "as
    # big as X" stated by "the size of" (`qa.claims.hedges`): the measure, with the thing
    # measured against in conflict, is the claim's comparison (support counted it already)
    forms = forms | started(weights, sentence) \
        | (reported_alike(claim, sentence)
           if REPORTING_VERB in claim_has and sentence_reports(sentence) else frozenset()) \
        | (onward_stated(claim, sentence) if ONWARD in claim_has else frozenset()) \
        | (begun_since(claim, sentence, vocab) if BEGUN in claim_has and SINCE in sentence_has
           else frozenset()) \
        | (measured_terms(claim, sentence) if AS_ADJECTIVE_AS in claim_has  # "as big as France"
           else frozenset())  # / "the size of Germany"
    named_forms = named | forms  # made once: the rest and the event ask for it several times
    value_rest: list[frozenset[str]] = []  # `value_rest_terms`, found once when first asked

    def rest_named() -> frozenset[str]:
        """What states the claim's terms for the rest and the event: with values in conflict
        only (a figure, a date), a phrasal verb by its single verb too ("pull out" by
        "withdrawing") and a word by its paraphrase in its place ("keep part" by "maintain a
        portion", `qa.claims.value_rest`), the same predicate in a report's words. So too with
        a relation reversed in its place (`Conflict.placed`: "a month after that ... threw out"
        / "A month later ... expelled"), which names the claim's event by its own words as
        firmly as a value its facts anchor. With a name, or a relation found away from its
        place, it lent weight to conflicts misread ("the France/SG plan" / "the UN
        secretary-general", "a month before that" / "a month earlier": bench/README)."""
        if found.conflicts and all(c.kind in VALUE_KINDS or c.kind == ConflictKind.RELATION
                                   and c.placed is not None for c in found.conflicts):
            if not value_rest:
                value_rest.append(value_rest_terms(claim, sentence))
            return named_forms | phrasal | value_rest[0] | rest_paraphrased()
        # and, with no name in conflict, a word reworded in its own place as support reads it
        # ("challenged" / "contested", "to move" / "to transport": `paraphrased`); a name in
        # conflict may be another event's, as above ("enlarged" / "expanded" the zone to
        # another border, late in the year / at its start)
        if found.conflicts and not {c.kind for c in found.conflicts} & NAMED_KINDS:
            return named_forms | rest_paraphrased()
        return named_forms

    def rest_paraphrased() -> frozenset[str]:
        """`paraphrased`, less a word whose paraphrase is the conflict's own word."""
        return apart_from_conflicts(claim, paraphrased, [c.source for c in found.conflicts])

    consequence, scene = ours.consequence, ours.scene
    # where the claim was read ("The book recounts that"), no part of its event
    # (`attribution.framing_terms`): the rest and the event are read without it
    framing = framing_terms(claim)
    # which claim terms the sentence and its passage state, found once for the shares below
    said = stated_terms(weights, sentence, passage, vocab)
    # for support only: an adjective or adverb by its kin in its place ("grave" / "serious"),
    # with noun_kin's guard, and only where it is the last of the claim's words left: a
    # right link that merely adds weight lifted claims whose point the sentence does not
    # state ("especially" / "particularly" beside "a good job" / "ineffective") over the
    # support bar (`qa.claims.modifier_kin`)
    # and so the claim's main verb by a kindred verb or its event noun in its place ("chills
    # the pipe" / "cooling the pipe", `qa.claims.verb_slot_kin`), read alike as the last left
    kin = modifier_kin_terms(claim, sentence, found) | verb_slot_kin_terms(claim, sentence, found) \
        if kin_anchored(found) else frozenset()
    if kin and all(t in stated or t in kin or t in said[0] for t in weights):
        stated |= kin
    # for support only: a claim word of any part of speech by its paraphrase in its slot
    # (by its noun or modifier kin only under those readings' anchors), where the sentence
    # contradicts nothing and leaves no typed fact of the claim to another passage
    # ("proposed lifting the cap" / "proposed raising the cap", `qa.claims.reworded`)
    if open_to_rewording(found):
        stated |= reworded_terms(claim, sentence, kin_anchored(found))
    # for the rest and the event only: "were based" is not stated by "a base" (`qa.claims.noun_use`)
    said_of_event = nouned(claim, sentence, said) if PASSIVE in claim_has else said

    # a claim without a time adjunct (most) has none a sentence could refer back to: asked
    # once for the pair, not again for each share below (`referred_terms` finds nothing)
    adjunct_told = ours.adjunct_told

    def referred() -> frozenset[str]:
        """The words of the claim's time adjunct that the sentence leaves to the time it
        refers back to ("have since remained", `qa.claims.referred`); those it states count."""
        if not adjunct_told:
            return frozenset()
        return referred_terms(claim, sentence, found.conflicts) - said[0] - rest_named()

    def manner() -> frozenset[str]:
        """The manner or degree words beside a reversed claim word ("rose substantially" /
        "remained unchanged"), part of the reversal (`qa.claims.reversed_manner`); those the
        sentence or its passage states in a word of their own count as stated."""
        found_manner = manner_terms(claim, found.conflicts, sentence) if found.conflicts \
            else frozenset()
        return found_manner - said[0] - said[1] - rest_named() if found_manner else found_manner

    def rest_of(around: list[Parsed] = ()) -> float:
        """The share of the claim's other terms the sentence (and `around`) states; with a
        conflict in the claim's main statement, its consequence left out
        (`qa.claims.consequence`)."""
        skip = found.excluded | described(claim, found, vocab) | referred() | manner() | framing
        if consequence and found.conflicts and not any(
                set(vocab.analyzer.terms(c.claim)) & consequence for c in found.conflicts):
            skip = skip | consequence
        whole = covered(weights, sentence, passage, vocab, skip, rest_named(), REST_CONTEXT,
                        around, said_of_event)
        aside = aside_terms(scene, claim, found.conflicts, background, vocab)
        if aside and reversed_in_place():  # the scene unsaid (`qa.claims.scene`)
            return max(whole, covered(weights, sentence, passage, vocab, skip | aside,
                                      rest_named(), REST_CONTEXT, around, said_of_event))
        return max(whole, told_share(lambda told: covered(
            weights, sentence, passage, vocab, skip | told, rest_named(), REST_CONTEXT, around,
            said_of_event)))

    def told_share(share) -> float:
        """`share` without the words the claim's main clause tells its reversed phrase with,
        where the sentence states the scene (`qa.claims.told_clause`); 0 otherwise."""
        told = told_terms(claim, found.conflicts, background, vocab)
        if not told or not reversed_in_place():
            return 0.0
        without = share(told)
        return without if without >= CONTRADICT else 0.0

    def read_with(rest: float, around: list[Parsed]) -> float:
        """The rest for the stance: with the claim's words the linked neighbours (`linked`)
        state counted as the sentence's, unless the conflict is a name (an actor or a place:
        the name a neighbour gives is often the subject the sentence calls "it", as for two
        sentences read as one, `neighbour_pairs`). The rest shown and weighed against support
        stays the sentence's own. Without a conflict the stance reads no rest (`stance_of`:
        only a contradiction weighs it), and none is read with the neighbours."""
        if not around or not found.conflicts \
                or {c.kind for c in found.conflicts} & NAMED_KINDS:
            return rest
        return rest_of(around)

    def event_named() -> frozenset[str]:
        """What states the claim's terms for its event: the rest's, and, with values in
        conflict only (a figure, a date), a kin of a claim's verb in the sentence (a predicate
        reworded, "took over from" / "was replaced by", `qa.claims.predicate_kin`). With a
        polarity in conflict it lent weight to conflicts misread (bench/README, round 39),
        as a phrasal verb's single verb did in `rest_named`."""
        if found.conflicts and all(c.kind in VALUE_KINDS for c in found.conflicts):
            return rest_named() | kin_terms(claim, sentence)
        return rest_named()

    def reversed_in_place() -> bool:
        """The conflicts name the claim's event by its own words, reversed: the rest they
        need is REVERSED_REST (`rest_needed`)."""
        return rest_needed(differences(found.conflicts), claim, sentence, vocab, found,
                           background) == REVERSED_REST

    def event_of(around: list[Parsed] = ()) -> float:
        """The share of the claim's predicate (its words besides names, figures and dates)
        the sentence (and `around`) states; with its main clause reversed in place, read
        without the scene and the consequence as well, the better of the two
        (`qa.claims.scene`)."""
        skip = found.excluded | events | referred() | manner() | framing
        whole = covered(weights, sentence, passage, vocab, skip, event_named(), around=around,
                        said=said_of_event)
        aside = aside_terms(consequence | scene, claim, found.conflicts, background, vocab)
        if aside and reversed_in_place():
            return max(whole, covered(weights, sentence, passage, vocab, skip | aside,
                                      event_named(), around=around, said=said_of_event))
        return max(whole, told_share(lambda told: covered(
            weights, sentence, passage, vocab, skip | told, event_named(), around=around,
            said=said_of_event)))

    def event_with(event: float) -> float:
        """The event for the stance, read with the linked neighbours as the rest is
        (`read_with`), where the sentence denies the claim's very word ("It wasn't the right
        tool", after "The Secretariat had reservations about deploying a mission"): a
        sentence that leans on the one before goes on about its event, whose predicate the
        two state together. Only for such denials: a value, a name or an opposite read
        against the neighbours' event lent contradictions to true claims on the read sets
        ("corrected" / "incorrectly reported", "militaries" / "abuses of civilians")."""
        if not around or not found.conflicts or not all(
                c.kind == ConflictKind.POLARITY and denies_word(c) for c in found.conflicts):
            return event
        return max(event, event_of(around))

    def denies_word(conflict: Conflict) -> bool:
        """The sentence's side of a polarity conflict holds the claim's word itself, denied
        ("right" / "wasn't the right"), not another word read as its negation ("corrected"
        / "incorrectly"); the claim affirms it (`affirmed`: a claim's denial answered by an
        affirmation is often about another thing)."""
        mine = set(vocab.analyzer.terms(conflict.claim))
        return bool(mine) and mine <= set(vocab.analyzer.terms(conflict.source)) \
            and affirmed(conflict, claim, vocab)

    rest = rest_of()
    # the event is read only against a conflict: `stance_of` weighs it for a contradiction
    # alone, and `dated_alike` below needs one before it is read; a pair with none found
    # (most) leaves it unread until a conflict is judged (`judged_with` reads it anew)
    event = event_of() if found.conflicts else None
    coverage = covered(weights, sentence, passage, vocab, named=stated, context=SUPPORT_CONTEXT,
                       said=said)
    states = frozenset(stated | said[0])  # what `coverage` counted, for the report (`claim_facts`)
    stance = stance_of(found, coverage, read_with(rest, around), background, passage, vocab,
                       event_with(event), claim, sentence)
    if of_another and stance == STANCE_SUPPORTS:
        stance = STANCE_RELATED  # the predicate is another actor's (above)
    plain = stance == STANCE_RELATED and not found.conflicts  # no fact of the claim differs
    first_support = stance == STANCE_SUPPORTS
    # what the vetoes read of the pair (`qa.claims.vetoes`): references only, made once
    pair = Pair(claim, sentence, passage, vocab, weights, points, background, events, stated,
                forms, said, found, bodies, around, speakers)

    def judged_with(conflicts: list[Conflict], terms) -> tuple[float, float, Stance]:
        """The rest, event and stance once `conflicts` are found (their claim terms left out
        of what the rest must state)."""
        found.conflicts.extend(with_placement(conflicts, claim, sentence, vocab))
        found.excluded.update(terms)
        rest = rest_of()
        event = event_of()
        return rest, event, stance_of(found, coverage, read_with(rest, around), background,
                                      passage, vocab, event_with(event), claim, sentence)

    def judged_replaced(pair, kind: ConflictKind) -> tuple[float, float, Stance]:
        """Support vetoed by a claim's fact replaced in its place: `related`, or, when no
        other conflict was read, that fact's conflict judged as any other
        (`replaced_in_place`)."""
        if found.conflicts:
            return rest, event, STANCE_RELATED
        return judged_with(*replaced_in_place(*pair, kind, vocab))

    # one part of the claim's date stated otherwise (its day, month or year): a date that
    # differs in every part is another event's ("June 30, 2023" / "25 June 2014")
    # (a year the sentence leaves to its passage's frame is stated, `inherited`: no lone date)
    if len(found.lone_dates) == 1 and not found.conflicts and stance != STANCE_SUPPORTS \
            and found.lone_dates[0][0] in found.absent:
        dates = {t for mine, _ in found.lone_dates
                 for t in vocab.analyzer.terms(written_word(claim, mine))}
        # the claim's words reworded state its event too (`qa.claims.predicate_kin`); or
        # the sentence gives the rest of the claim's date as the claim does (its day and
        # month, "On June 13, 2024" / "on June 13, 2023") and states the claim's other typed
        # facts, a name among them, which place the date in the claim's event however its
        # verbs are reworded ("organized a workshop" / "held their workshop"), as they place
        # a figure in conflict (`qa.claims.anchored`); the rest is then weighed as for that
        # figure, but as much of it as for a conflict no fact places (CONTRADICT)
        lone = found.lone_dates[0][0]
        eventful = covered(weights, sentence, passage, vocab, dates | events,
                           kin_terms(claim, sentence, every_word=True), said=said) >= SUPPORT
        anchored_only = not eventful and date_part_stated(found, claim, lone) \
            and anchors_value(found, claim, background, lone.text)
        if (eventful or anchored_only) \
                and actors_named(claim, found, sentence, passage, background, vocab):
            # the sentence itself names the claim's actors (or an acronym, a shorter form of
            # them: "the Council" for "the Security Council"; the corpus's setting may go
            # unsaid, a country or a name its passage gives: "its withdrawal" for MINUSMA's,
            # as long as the sentence names one of them) and states its event as support
            # would, on another date
            for mine, _ in found.lone_dates:
                found.absent.remove(mine)
            rest, event, stance = judged_with(
                [conflict_of(mine, theirs, claim) for mine, theirs in found.lone_dates], dates)
            if anchored_only and stance == STANCE_CONTRADICTS and rest < CONTRADICT:
                # placed by its facts, not by its words: the rest as for a conflict no fact
                # places (an unsupported claim on an unread set was contradicted with less)
                stance = STANCE_RELATED
    if stance == STANCE_RELATED and dated_alike(claim, sentence, found.conflicts) \
            and event < EVENT:  # (a date conflict, so the event was read)
        # the date of the thing the claim names, stated right after its name in both: the
        # thing's own date, whatever event the sentence tells (`qa.claims.dated`)
        stance = stance_of(found, coverage, read_with(rest, around), background, passage, vocab,
                           EVENT, claim, sentence)
    swap = lone_country(found, claim, sentence, vocab, background) \
        if not found.conflicts and stance != STANCE_SUPPORTS else None
    if swap:
        mine, theirs = swap
        terms = set(vocab.analyzer.terms(mine.text))
        if covered(weights, sentence, passage, vocab, terms | events,
                   kin_terms(claim, sentence, every_word=True), said=said) >= SUPPORT \
                or anchors_value(found, claim, background, mine.text):
            # the sentence states the claim's event as support would (its words reworded
            # count, as for a lone date), or states the claim's other typed facts, a name
            # among them ("a level-2 hospital for the Mopti-Sévaré camp ... by Tarland" / "a
            # Norland level-2 hospital to the Mopti-Sévaré camp"), with another country in
            # the place of the claim's, which the passage never names
            found.absent.remove(mine)
            found.unstated.remove(mine)
            rest, event, stance = judged_with([conflict_of(mine, theirs, claim)], terms)
    # another name in the role the claim's name holds by "as" ("with the Board acting as
    # principal mediator" / "with Norland as the principal mediator", `qa.claims.named_role`)
    role = named_in_role(claim, sentence, found.absent) \
        if not found.conflicts and stance != STANCE_SUPPORTS else None
    if role:
        mine, theirs = role
        found.absent.remove(mine)
        if mine in found.unstated:
            found.unstated.remove(mine)
        rest, event, stance = judged_with([conflict_of(mine, theirs, claim)],
                                          vocab.analyzer.terms(mine.text))
    flip = opposed_predicate(claim, sentence, vocab) if stance == STANCE_SUPPORTS else None
    if flip and set(vocab.analyzer.terms(flip.claim)) <= stated:
        flip = None  # "France pulled it out, partly because Wagner showed up" / "due to
        # Wagner's arrival, France withdrew": the sentence states the claim's verb (here by
        # its phrasal verb's single verb, as support reads it), and the partner word is
        # another's deed, not the claim's flipped
    if flip and relation_from_other_side(flip, claim, sentence, vocab):
        flip = None  # "Osk is smaller than the storm" / "the storm is larger than Osk": the
        # comparison told from its other side, one fact (`compared_order`)
    if flip and dated_object(claim, flip.claim, sentence):
        stance, flip = STANCE_RELATED, None  # "lifted its May 2020 tariffs" / "imposed in May"
    if flip:  # the sentence states the claim as support would, its predicate flipped
        rest, event, stance = judged_with([flip], vocab.analyzer.terms(flip.claim))
    if stance == STANCE_SUPPORTS and holds(PREDICATE_UNSTATED, pair):
        stance = STANCE_RELATED
    # in the same role only: "the board published" / "had drowned twelve herders"
    same_role = lambda mine, theirs: not names_in_other_roles(claim, mine, sentence, theirs,
                                                              vocab)
    actors, placed = None, True
    if stance == STANCE_SUPPORTS:
        actors = another_named(found, claim, sentence, background, vocab)
        # a rival holds the claim actor's role: the sentence's subject, or placed on the
        # claim actor's side of a verb both state; a name elsewhere in the sentence ("support
        # the engagement of UN member states") is no rival, only not the claim's actor
        placed = actors is None or same_role(*actors) and (
            acting_in(sentence, actors[1]) or placed_alike(claim, *actors[:1], sentence,
                                                           actors[1], vocab))
        if actors is None or not placed:
            swapped = swapped_names(claim, sentence, vocab) \
                or kin_swapped(claim, sentence, vocab) \
                or owner_swapped(claim, sentence, vocab, same_role) \
                or contrast_swapped(claim, sentence, vocab)  # "unlike A, B did" / "unlike B, A"
            if swapped and reference_owner(claim, *swapped,
                                           lambda name: name_found(name, claim, vocab)):
                # "three days after the Ivorian announcement" / "Three days later, the UK
                # announced": the sentence tells the claim's own event, whose actor the claim
                # names; the reference event's owner, stated in the passage, bars nothing
                # (unstated there, it keeps support away: `qa.claims.reference_event`)
                if any(m is swapped[0] for m in found.absent):
                    actors, placed = swapped, False
            elif swapped:
                actors, placed = swapped, True
            elif actors is None:  # owners in other roles only: still no support
                actors, placed = owner_swapped(claim, sentence, vocab), False
    if actors and names_told_from_other_side(claim, actors[0], sentence, actors[1], vocab):
        actors = None  # "Brem runs higher than Aln" / "Aln runs lower than Brem": one
        # comparison told from its other side, its names traded with its comparative
    # (a body and its parent: unless the claim names both, the two swapped: "the UH is the
    # largest CPSR service" / "CPSR is the largest UH service")
    if actors and bodies is not None and (
            bodies.same(*actors) or bodies.named_whole(claim, actors[0], sentence)
            or bodies.related(*actors) and not name_found(actors[1], claim, vocab)):
        actors = None  # "MINUSMA officials" / "Mission officials": one body, two names
    if actors and one_state(actors[0].text, actors[1].text, vocab):
        # a capital and its own country: one government ("London announced" / "the UK
        # announced"), or a place inside the wider one, no rival to it (`capital_state`)
        if not is_place(claim, actors[0]) and not is_place(sentence, actors[1]):
            actors = None  # both sides acting: one actor (the capital on either side:
            # "Norland says" / "Norvik says", round 65, branch capital69)
        else:
            placed = False
    if actors and owned_by(*actors[:2], sentence, vocab):
        actors = None  # "The IPCC concluded" / "The ... (IPCC) Fifth Assessment Report
        # concluded": the actor's own work (`qa.claims.owned_name`)
    if actors and not placed:
        stance = STANCE_RELATED  # another actor, in another role: not support, no conflict
    elif actors:  # another actor in the claim's place: not support; the same event, contradicted?
        stance = STANCE_RELATED
        if not found.conflicts:
            mine, theirs = actors
            rest, event, stance = judged_with(
                [Conflict(mine.text, theirs.text, ConflictKind.ACTOR, (theirs.start, theirs.end))],
                vocab.analyzer.terms(mine.text))
    if stance == STANCE_SUPPORTS and holds(PARTS_UNSAID, pair):
        stance = STANCE_RELATED
    persons = another_actor(claim, sentence, vocab, stated) \
        if stance == STANCE_SUPPORTS else None
    if persons and bodies is not None and bodies.headed(persons[0].word, sentence):
        persons = None  # "the mission" is the sentence's MINUSMA ("... Mission in Mali")
    if persons:  # "the force commander" / "the human rights director": another actor
        stance = STANCE_RELATED
        mine, theirs, whole = persons
        if whole and not found.conflicts and not other_role(  # the same event, contradicted?
                claim, claim.tokens.index(mine), sentence, sentence.tokens.index(theirs), vocab):
            rest, event, stance = judged_with(
                [Conflict(mine.word, theirs.word, ConflictKind.ACTOR, (theirs.start, theirs.end))],
                set(mine.terms))
    # before the checks of an unstated event or manner, which the alternative set against
    # the claim's fact would otherwise hide ("occurred at bases rather than during convoys" /
    # "died ... during convoys")
    if stance == STANCE_SUPPORTS and unstated_alternative(claim, sentence):
        stance = STANCE_RELATED  # "accept escorts rather than only as a last resort"
        placed = alternative_in_place(claim, sentence, vocab) \
            or set_aside_actor(claim, sentence, vocab)  # "by troops" / "rather than forces"
        if placed and not found.conflicts:  # "based in villages rather than ports" / "in ports"
            mine, theirs = placed
            rest, event, stance = judged_with(
                [Conflict(mine.word, theirs.word, ConflictKind.RELATION, (theirs.start,
                                                                          theirs.end))],
                alternative_terms(claim))
    if stance == STANCE_SUPPORTS and holds(DEED_NOT_TOLD_DONE, pair):
        stance = STANCE_RELATED
    if stance == STANCE_SUPPORTS and denied_form:
        stance = STANCE_RELATED  # "with the inclusion of" / "did not include"
        denial = denied_noun(claim, sentence, vocab, denied_form) \
            if not found.conflicts else None
        if denial:  # by the same party, of the same thing: the deed denied in its place
            rest, event, stance = judged_with(*denied_conflict(denial, sentence))
    if stance == STANCE_SUPPORTS and holds(DENIED_OR_LEFT_OUT, pair):
        stance = STANCE_RELATED
    in_role = another_in_role(claim, sentence, vocab, stated) \
        if stance == STANCE_SUPPORTS else None
    if in_role:  # "the interim mayor" / "the interim vice minister": another in the office
        stance = STANCE_RELATED
        if not found.conflicts and acting_alike(claim, sentence, *in_role, vocab):
            rest, event, stance = judged_with(*replaced_in_place(*in_role, ConflictKind.ACTOR,
                                                                 vocab))
    if stance == STANCE_SUPPORTS and holds(DEED_PARTS_UNSAID, pair):
        stance = STANCE_RELATED
    # read also where coverage fell short, as a reversal in place is, the rest judged as for
    # any conflict (the set-aside party's words and a cue of contrast ("rather") the claim
    # adds are no part of the deed the sentence gives it); there, the sentence's word for
    # the set-aside party must not be only a preposition's object ("changes of government"),
    # and a past deed must be given to it (`apposed_denial.deed_not_given`), as what the whole
    # claim's words would have placed
    short = stance != STANCE_SUPPORTS
    denied = denied_party(claim, sentence, vocab, stated) \
        if stance == STANCE_SUPPORTS \
        or stance == STANCE_RELATED and not found.conflicts and rest >= EVENT else None
    if denied and short and (denied[2] is None
                             or named_as_circumstance(claim, sentence, vocab)
                             or deed_not_given(claim, sentence, vocab)):
        denied = None  # ("will face challenges extending" / "extended": not the party's deed)
    if denied:  # "the board, not the mayor, closed it" / "the mayor closed it"
        stance = STANCE_RELATED
        given = given_denied(claim, denied) if not found.conflicts else None
        if given:
            rest, event, stance = judged_with(*given)
    agent = agent_replaced(claim, sentence, vocab) if stance == STANCE_SUPPORTS else None
    if agent:  # "the rebels signed" / "signed by the council": the claim's other actor did it
        rest, event, stance = judged_replaced(agent, ConflictKind.ACTOR)
    roles = roles_swapped(claim, sentence, vocab) or mirrored(claim, sentence, vocab) \
        if stance == STANCE_SUPPORTS else None
    # "the council ended it at the government's request" / "... at the council's"; "the mill
    # fined the authority" / "the authority fined the mill" (`qa.claims.mirrored`)
    if roles:
        rest, event, stance = judged_replaced(roles, ConflictKind.ACTOR)
    # "the chief duty rests with the board" / "Norland has the chief duty": an undivided part
    # given another holder, a state against a body of none (`qa.claims.sole_holder`); read
    # also where coverage fell short, as a reversal in place is, the rest judged as for any
    # conflict
    held = sole_held_other(claim, sentence, vocab) \
        if stance == STANCE_SUPPORTS \
        or stance == STANCE_RELATED and not found.conflicts and rest >= EVENT else None
    if held:
        rest, event, stance = judged_replaced(held, ConflictKind.ACTOR)
    if stance == STANCE_SUPPORTS and role_taken(claim, sentence, vocab):
        stance = STANCE_RELATED  # "the mission restricted the government's" / "the
        # authorities restricted the mission's": the claim's agent is acted on there
    replaced = (passive_agent_replaced(claim, sentence, vocab)
                # "a Sudland-launched forum" / "launched by Norland"
                or compound_agent_replaced(claim, sentence, vocab)) \
        if stance == STANCE_SUPPORTS else None
    if replaced:  # "launched by Norland" / "launched by Sudland": another agent of the deed
        stance = STANCE_RELATED
        if not found.conflicts:
            mine, theirs = replaced
            rest, event, stance = judged_with(
                [Conflict(mine.text, theirs.text, ConflictKind.ACTOR, (theirs.start, theirs.end))],
                set(vocab.analyzer.terms(mine.text)))
    if stance == STANCE_SUPPORTS and holds(SETTING_UNSAID, pair):
        stance = STANCE_RELATED
    if stance == STANCE_SUPPORTS and crossed_clauses(claim, sentence, vocab):
        stance = STANCE_RELATED  # "troops in rural areas, groups in cities": the other way
        crossed = crossed_pair(claim, sentence, vocab)
        if crossed and not found.conflicts:  # clauses set against each other, paired crossed
            mine, span = crossed
            rest, event, stance = judged_with(
                [Conflict(mine.word, sentence.text[slice(*span)], ConflictKind.RELATION, span,
                          Placement.CROSSED)],
                strayed_terms(claim, mine))
    # the claim's cause told as the effect and its effect as the cause ("faster breathing is
    # what lowers the pH" / "the fall in pH makes the brain speed up breathing"): where the
    # sentence states the claim as support would, or its event with no other conflict, the
    # relation is the claim's reversed, judged as any conflict (`cause_reversed`)
    turned = crossed_markers(claim, sentence, weights, reported=True) \
        if stance == STANCE_SUPPORTS \
        or stance == STANCE_RELATED and not found.conflicts and rest >= EVENT else None
    if turned and not found.conflicts:
        mine, theirs = turned
        rest, event, stance = judged_with(
            [Conflict(mine.word, theirs.word, ConflictKind.RELATION, (theirs.start, theirs.end))],
            set(mine.terms))
    if stance == STANCE_SUPPORTS and holds(SET_AGAINST, pair):
        stance = STANCE_RELATED
    # also where the claim's verb of routine is all the sentence shares of its deed, the rest
    # reworded ("welcome escorts and routinely use them" / "only approve the use of escorts"):
    # the restriction is placed by its verb, as an antonym in place is by its neighbours
    limited = restricted(claim, sentence, vocab) \
        if stance == STANCE_SUPPORTS \
        or stance == STANCE_RELATED and not found.conflicts and rest >= EVENT else None
    if limited and not found.conflicts:  # "routinely approve" / "only approve ... as a last resort"
        mine, theirs = limited
        rest, event, stance = judged_with(
            [Conflict(mine.word, theirs.word, ConflictKind.RELATION, (theirs.start, theirs.end),
                      Placement.RESTRICTED)],
            set(mine.terms))
    if stance == STANCE_SUPPORTS and holds(EXPECTED_ONLY, pair):
        stance = STANCE_RELATED
    yet = not_yet(claim, sentence) if stance == STANCE_SUPPORTS else None
    if yet:  # "already operating" / "is set to deploy", "would be desirable" (`qa.claims.modality`)
        stance = STANCE_RELATED
        done, cue, future = yet
        if future and coverage >= REVERSAL and not found.conflicts:
            rest, event, stance = judged_with(
                [Conflict(done.word, cue.word, ConflictKind.RELATION, (cue.start, cue.end))],
                set(done.terms))
    # the reverse of a claim word (an antonym, a relation word) or a word of the opposite
    # polarity in its place ("eased" / "obstructing")
    reversal = (opposed_unless_traded(claim, sentence, vocab)
                or opposed_polarity(claim, sentence, vocab)
                # "reduced its zone" / "enlarged its zone" (`qa.claims.direction_reversed`)
                or placed_as(direction_reversed(claim, sentence, vocab), Placement.SAME_HEAD)
                # "reduces its exposure" / "was further exposed" (`qa.claims.degree_change`)
                or degree_reversed(claim, sentence, vocab)
                or untraded(reversed_comparison(claim, sentence, vocab), claim, sentence, vocab)
                or swapped_comparison(claim, sentence, vocab)  # "more on X than Y" / "on Y than X"
                or order_reversed(claim, sentence, vocab)  # "A is hotter than B" / "B ... than A"
                or scale_reversed(claim, sentence, vocab)  # "lighter than B" / "denser than B"
                # "with a provision of" / "without the"
                or placed_as(affirmed_without(claim, sentence), Placement.WITHOUT)
                or crossed_names(claim, sentence, vocab)  # "the whole of A, part of B" / crossed
                or untraded(placed_antonym(claim, sentence, vocab), claim, sentence, vocab)
                # "was poor" / "is very good", "accepted the report" / "dismissing"
                or untraded(same_head(claim, sentence, vocab), claim, sentence, vocab)
                or denied_object(claim, sentence, vocab)
                or reversed_quantity(claim, sentence, vocab)
                or past_bound(claim, sentence)) \
        if stance == STANCE_SUPPORTS else None
    if stance == STANCE_SUPPORTS and antonyms_denied(claim, sentence, vocab):
        stance = STANCE_RELATED  # "did not exclude" / "did not include"
    if reversal and denied_antonym(sentence, *Reversal(*reversal)[:2], vocab):
        stance, reversal = STANCE_RELATED, None  # "excluded" / "did not include": neither
        first_support = False  # a reversal read and refused, not a veto to read past
    if reversal and absence_alike(claim, sentence, *Reversal(*reversal)[:2]):
        reversal = None  # "lacks the power" / "has no power": one absence, no reversal
        # (`qa.claims.absence_restated`)
    if reversal and coverage >= REVERSAL and polar_elsewhere(claim, sentence, vocab, reversal):
        stance, reversal = STANCE_RELATED, None  # reversed far from the claim's country
        first_support = False  # a reversal read and refused, not a veto to read past
    if reversal and coverage < REVERSAL:
        stance = STANCE_RELATED  # "two weeks before" does not state "two weeks after"
        # unless the reverse stands in the claim word's place, about the same thing: then
        # the sentence contradicts it if it states the rest of the claim as any conflict must
        # ("widely spoken" / "few people speak": the many against the few, placed by what
        # each quantifies); a phrase the claim affirms and the sentence puts after "without"
        # is placed by its own words, repeated in order ("accompanied by a provision of
        # additional resources" / "extended without the provision of additional resources")
        reversal = placed_as(affirmed_without(claim, sentence), Placement.WITHOUT) \
            or untraded(reversed_placed(claim, sentence, vocab), claim, sentence, vocab) \
            or placed_as(direction_reversed(claim, sentence, vocab), Placement.SAME_HEAD) \
            or reversed_quantity(claim, sentence, vocab) \
            or past_bound(claim, sentence)  # placed by the bound both name
    elif not reversal and (plain or vetoed(first_support, found)) \
            and stance == STANCE_RELATED and rest >= EVENT:
        # (the two things of a comparison traded are placed by themselves: `order_reversed`)
        reversal = untraded(reversed_placed(claim, sentence, vocab), claim, sentence, vocab) \
            or reversed_quantity(claim, sentence, vocab) \
            or past_bound(claim, sentence) \
            or order_reversed(claim, sentence, vocab) \
            or opposite_reversed(claim, sentence, vocab, stated)  # WordNet's opposite one
        # link further ("gained" / "lost", "reduced" / "enlarged") in the claim word's place:
        # unplaced, so the sentence must state as much of the rest as any conflict must
        # a sentence that would have supported the claim but for a veto ("brought the guild
        # to the table" / "did not include the guild": the object unsaid) and denies a verb
        # in the claim verb's place (`qa.claims.verb_in_place`)
        denial = denied_relation(claim, sentence, vocab, stated) \
            if not reversal and first_support else None
        if (reversal or denial) \
                and claimed_by_another(found, claim, sentence, background, vocab, stated):
            reversal = denial = None  # another actor's relation, not the claim's reversed
        if denial:
            rest, event, stance = judged_with(*denied_conflict(denial, sentence))
    if reversal and placed_elsewhere(claim, sentence, *Reversal(*reversal)[:2], vocab):
        stance, reversal = STANCE_RELATED, None  # "worsened ..., because the groups were not
        # parties" / "the agreement did not include the groups": placed by the cause's words
        # only, another clause's event (`qa.claims.clause_scope`)
    if reversal and held_against_reached(claim, Reversal(*reversal).mine, sentence,
                                         Reversal(*reversal).theirs, every_stasis_term(vocab)):
        stance, reversal = STANCE_RELATED, None  # "had become the largest" / "remains the
        # largest": one state, reached and held (`qa.claims.state_held`)
    if reversal and reversed_within(claim, Reversal(*reversal).mine, vocab):
        stance, reversal = STANCE_RELATED, None  # "freed the detained soldiers" / "detaining
        # them": the claim tells that reverse itself, before its own word (`qa.claims.told_both`)
    if reversal and qualifying_opposite(Reversal(*reversal).mine, sentence,
                                        Reversal(*reversal).theirs):
        stance, reversal = STANCE_RELATED, None  # "destroyed the dunes" / "the destruction of
        # the dunes and their defence zone": the opposite names a kind of place, the deed is
        # told (`qa.claims.modifier_reversal`)
    if reversal and dual_quantities(claim, Reversal(*reversal).mine, sentence,
                                    Reversal(*reversal).theirs, vocab):
        stance, reversal = STANCE_RELATED, None  # "few renewed" / "many did not renew": one
        # statement, no reversal and no support (`qa.claims.quantity_duality`)
    if stance == STANCE_SUPPORTS and not reversal and lent_reversal(claim, sentence, vocab):
        stance = STANCE_RELATED  # "backed" / "opposed": a word of the other polarity in the
        # claim word's place, lent by WordNet (`qa.claims.lent_polarity`): no support, and no
        # contradiction on so weak a reading
    if reversal:  # and states the rest of the claim: the same event, reversed
        mine, theirs, how = Reversal(*reversal)
        reversed_ = Conflict(mine.word, theirs.word, ConflictKind.RELATION,
                             (theirs.start, theirs.end), how)
        if stance == STANCE_SUPPORTS \
                and opposite_of_another(claim, sentence, vocab, weights, [reversed_]):
            # the sentence writes the claim's own word where the claim's thing is, the reverse
            # about another thing ("far colder than expected" beside "its atmosphere warmer
            # than its surface"): the support it gave stands, read by the vetoes below, as
            # the contradiction would have been dropped (`qa.claims.opposite_nearer`)
            reversal = None
        else:
            rest, event, stance = judged_with([reversed_], mine.terms)
    # after the reversals, which read the same words as a contradiction when both sides
    # are in place
    if stance == STANCE_SUPPORTS and holds(UNSAID_AFTER_REVERSALS, pair):
        stance = STANCE_RELATED
    indirect = opposite_in_place(claim, sentence, vocab, stated) \
        if stance == STANCE_SUPPORTS else None
    if indirect:  # "detained the fishermen" / "released": WordNet's opposite through one
        # more link, in the claim word's place (`qa.claims.opposite_in_place`)
        stance = STANCE_RELATED
        indirect = opposite_reversed(claim, sentence, vocab, stated)
        if indirect and not found.conflicts:  # the claim's event reversed, if the rest is as
            mine, theirs = indirect  # clear as for any conflict no finder placed (CONTRADICT)
            rest, event, stance = judged_with(
                [Conflict(mine.word, theirs.word, ConflictKind.RELATION,
                          (theirs.start, theirs.end))],
                mine.terms)
    if stance == STANCE_SUPPORTS and holds(JUDGEMENT_UNSAID, pair):
        stance = STANCE_RELATED
    denied_verb = (denied_verb_in_place(claim, sentence, vocab, stated)
                   or denied_kin_in_place(claim, sentence, vocab)) \
        if stance == STANCE_SUPPORTS else None
    if denied_verb:  # "were brought into the agreement" / "the agreement did not include them"
        # ("gave the crews training" / "did not provide the crews with training")
        stance = STANCE_RELATED
        denial = denied_relation(claim, sentence, vocab, stated)
        if denial and not found.conflicts:  # the claim's relation denied in its place
            rest, event, stance = judged_with(*denied_conflict(denial, sentence))
    owner = owner_replaced(claim, sentence, vocab, stated) if stance == STANCE_SUPPORTS \
        else None
    if owner and bodies is not None and bodies.called(owner[0].word, owner[1].word):
        owner = None  # "MINUSMA's future" / "the decade-old mission's future": one body
    if owner:  # "the Guild's own negligence" / "the island councillors' negligence"
        rest, event, stance = judged_replaced(owner, ConflictKind.ACTOR)
    if stance == STANCE_SUPPORTS and holds(MEASURE_UNSAID, pair):
        stance = STANCE_RELATED
    tallies = figure_of_another(claim, sentence, vocab) if stance == STANCE_SUPPORTS \
        else None
    # after `start_elsewhere`: a figure the sentence gives the claim's predicate at another
    # stage ("initially 40, later allowed 60") is its history, not another tally
    if tallies and exact(tallies[0]) and exact(tallies[1]):
        # "eight ferries are laid up" / "one is laid up, ... and eight need new engines": the
        # claim's predicate given another figure, a conflict judged as any other
        rest, event, stance = judged_replaced(tallies, figure_kind(tallies[0]))
    elif tallies:  # "carried 40 cars" / "lost 40 crossings, and over 300 cars carried"
        stance = STANCE_RELATED
    if stance == STANCE_SUPPORTS and another_antecedent(found, claim, sentence, passage,
                                                        background, vocab) \
            or stance == STANCE_CONTRADICTS and all(c.kind in VALUE_KINDS
                                                    for c in found.conflicts) \
            and another_antecedent(found, claim, sentence, passage, background, vocab,
                                   [c.span for c in found.conflicts]):
        # "Germany's contingent" / "Egypt ... . In July, its contingent": another's figure,
        # which neither states nor contradicts the claim's ("about 300" / "over 1,000-strong");
        # a relation reversed is the claim's own whoever "it" is
        stance = STANCE_RELATED
    means = noun_in_place(claim, sentence, vocab, stated) if stance == STANCE_SUPPORTS \
        else None
    if means and not means_of_one_kind(*means):
        stance = STANCE_RELATED  # "moved it by truck" / "by road": the vehicle unstated only
    elif means:  # "moved its personnel by rail" / "... by road": another means of the deed
        rest, event, stance = judged_replaced(means, ConflictKind.RELATION)
    if stance == STANCE_SUPPORTS and another_occasion(claim, sentence, vocab, stated):
        stance = STANCE_RELATED  # "at a funeral" / "at a wedding party": another occasion
    if stance == STANCE_SUPPORTS and kin_in_place(claim, sentence, vocab, stated):
        stance = STANCE_RELATED  # "for several years" / "for several months": another thing
        # of the claim noun's kind beside the same word (`qa.claims.kin_in_place`)
    if stance == STANCE_SUPPORTS and qualifier_in_place(claim, sentence, vocab, stated):
        stance = STANCE_RELATED  # "the timber industry" / "the salt industry": another kind
        # of the claim's head noun (`qa.claims.qualifier_in_place`)
    slot = another_in_place(claim, sentence, vocab, background) \
        if stance == STANCE_SUPPORTS else None
    if slot:  # "re-hatted from Operation Barkhane" / "from AFISMA": another name in its slot
        rest, event, stance = judged_replaced(slot, ConflictKind.ACTOR)
    if stance == STANCE_SUPPORTS and holds(SUBJECT_OR_NEGATION_UNSAID, pair):
        stance = STANCE_RELATED
    if stance != STANCE_RELATED and another_kind(claim, sentence, vocab, stated):
        stance = STANCE_RELATED  # "the melt rate since 1975" / "the rate of retreat since 1995"
        office = office_replaced(claim, sentence, vocab, stated)
        if office:  # "the defence minister" / "the Minister of Foreign Affairs"
            rest, event, stance = judged_replaced(office, ConflictKind.ACTOR)
    if stance != STANCE_RELATED and asks(sentence.text):
        stance = STANCE_RELATED  # "why did the pier close?": a question states nothing
    if stance == STANCE_RELATED and found.conflicts \
            and all(c.kind in VALUE_KINDS for c in found.conflicts) \
            and len({c.kind for c in found.conflicts}) == 1 \
            and apposed_value(claim, sentence, found.conflicts, vocab):
        stance = STANCE_CONTRADICTS  # "Egypt, MINUSMA's second-largest troop contributor," /
        # "Egypt, the mission's third-largest troop contributor,": a statement of its own
    if stance == STANCE_CONTRADICTS and holds(FIGURE_OF_ANOTHER, pair):
        stance = STANCE_RELATED
    if stance != STANCE_RELATED and one_option(claim, sentence):
        stance = STANCE_RELATED  # "offered options: (1) to keep ...; or (2) to withdraw"
    if stance == STANCE_SUPPORTS and named_otherwise(claim, sentence, said[0] | stated | forms) \
            or stance == STANCE_CONTRADICTS and another_defined(claim, sentence, vocab,
                                                                said[0] | stated | forms):
        stance = STANCE_RELATED  # "the resolution ending it" / "the resolution renewing it"
    if stance == STANCE_CONTRADICTS and holds(ANOTHER_EVENT, pair):
        stance = STANCE_RELATED
    # last: they only withhold support, and a conflict read above is the better verdict
    if stance == STANCE_SUPPORTS and holds(ROLE_OR_GRADE_ELSEWHERE, pair):
        stance = STANCE_RELATED
    values = tuple((claim.mentions[n].text, fact_key(m)) for n, m in found.stated.items()
                    if m.family != "name")  # figures and dates: names have many spellings
    return Alignment(passage_id, score, sentence.text, round(coverage, 6), round(rest, 6),
                     stance, tuple(found.conflicts), values, sentence, found, stated, states,
                     context)


def given_denied(claim: Parsed, denied) -> tuple[list[Conflict], set[str]] | None:
    """The conflict and its own words where the sentence gives the claim's fact to the party
    the claim sets aside (`apposed.denied_party`, its word for that party found): the claim's
    own party, in the same role, contradicted (the rest of the claim stated as for any
    conflict). None without such a word."""
    if not denied or denied[2] is None:
        return None
    _, mine, theirs = denied
    own = claim.text[mine[0].start:mine[-1].end]
    # the cue of a "rather than" parenthesis is the conflict's own word, as "not" is
    return ([Conflict(own, theirs.word, ConflictKind.ACTOR, (theirs.start, theirs.end))],
            {t for token in mine for t in token.terms} | alternative_cues(claim))


def denied_conflict(denial: tuple[Token, Token], sentence: Parsed
                    ) -> tuple[list[Conflict], set[str]]:
    """The relation conflict of the claim's verb denied in its place, shown as the sentence
    denies it ("brought" / "not include"), and the claim terms it leaves out of the rest (the
    verb: it is the relation in conflict)."""
    mine, theirs = denial
    start, end = denial_span(sentence, theirs)
    return ([Conflict(mine.word, sentence.text[start:end], ConflictKind.RELATION, (start, end),
                      Placement.DENIED)], set(mine.terms))


def denial_span(sentence: Parsed, verb: Token) -> tuple[int, int]:
    """The sentence's denial of its verb, from the negation to the verb ("not include")."""
    start = min((sentence.negated[t][0] for t in verb.terms if t in sentence.negated),
                default=verb.start)
    return min(start, verb.start), verb.end


def replaced_in_place(mine: Token | Mention, theirs: Token | Mention, kind: ConflictKind,
                      vocab: Vocabulary) -> tuple[list[Conflict], set[str]]:
    """The conflict of a claim's word that a veto on support found replaced in its place by
    another (an actor: a name in the same slot, a noun in the same office, another owner of
    the same thing; a relation: another means after the same "by"), and the claim terms it
    leaves out of the rest: the sentence tells the claim's event with one fact changed, a
    conflict of one fact judged by the rest and the event as any other."""
    text = lambda part: part.word if isinstance(part, Token) else part.text
    return ([Conflict(text(mine), text(theirs), kind, (theirs.start, theirs.end))],
            set(vocab.analyzer.terms(text(mine))))


def acting_alike(claim: Parsed, sentence: Parsed, mine: Token, theirs: Token,
                 vocab: Vocabulary) -> bool:
    """The claim's actor word is in its subject (`subject_start`, `subject_end`) and the
    sentence's stands on the same side of a verb both state (`sides.other_role`): one role
    held by two actors. A word past the claim's subject says what it is, not who acts ("the
    representative who briefed the Council is an activist" / "the director was declared
    ... after a representative briefed")."""
    return subject_start(claim) <= mine.start < subject_end(claim) and not other_role(
        claim, claim.tokens.index(mine), sentence, sentence.tokens.index(theirs), vocab)


def opposed_unless_traded(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """`opposition.opposed`, but for the comparative of a comparison the sentence makes with
    its sides traded ("less on A than on B" / "more on B than on A": the same comparison)."""
    return untraded(opposed(claim, sentence, vocab), claim, sentence, vocab)


def untraded(found, claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """A reversal (the claim's word and the sentence's, first in `found`), unless the two are
    the comparatives of one comparison with its sides traded ("less on A than on B" / "more on
    B than on A", "wages rose slower than prices" / "prices rose faster than wages")."""
    if found and (restated_words(found[0].word, found[1].word, claim, sentence, vocab)
                  or subjects_traded(found[0].word, found[1].word, claim, sentence, vocab)
                  or told_from_other_side(found[0], found[1], claim, sentence, vocab)
                  # "more than the quarry" / "larger than the quarry, but less than the mine"
                  or told_alike_elsewhere(found[0], found[1], claim, sentence, vocab)):
        return None
    return found


def vetoed(first_support: bool, found) -> bool:
    """A sentence that would have supported the claim until a check found one of its words
    unstated ("rose steadily" / "has declined": the manner unsaid), with no fact in conflict:
    an opposite in the claim word's place is still its reversal, as in a sentence that never
    supported it."""
    return first_support and not found.conflicts


def polar_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, reversal) -> bool:
    """The reversal is a predicate of opposite polarity (`opposed_polarity`) that is out of
    place once the country the claim names is placed where the sentence names it by another
    form ("Senegal reinforced" / "Senegalese soldiers patrol ... after bombers injured"):
    another actor's event, which keeps support away but contradicts nothing."""
    return not opposed(claim, sentence, vocab) \
        and reversal == opposed_polarity(claim, sentence, vocab) \
        and opposed_polarity(claim, sentence, vocab, countries=True) is None


STEM_START = 5  # letters of a claim word that a longer sentence word must start with


def term_openings(sentence: Parsed) -> frozenset[str]:
    """The first STEM_START letters of each of the sentence's terms that long (`started`)."""
    return frozenset(t[:STEM_START] for t in sentence.terms if len(t) >= STEM_START)


def started(weights: dict[str, float], sentence: Parsed) -> frozenset[str]:
    """The claim's terms that begin a longer term of the sentence ("north" / "northern"), of
    STEM_START letters or more: a derived form no table lists (WordNet does not link these),
    counted for the rest of a conflicting sentence, not for support."""
    # the sentence's terms in order (the sentence's alone: remembered): the terms a claim
    # term begins stand together there, the first of them first at or after it (a set of
    # every beginning of every term held ~10 strings a term for the rest of a batch)
    ordered = sentence.memo.get(("ordered terms",), UNMADE)  # a hit without a call (`remembered`)
    if ordered is UNMADE:
        ordered = remembered(sentence, ("ordered terms",), sorted, sentence.terms)
    # and their first STEM_START letters, one string a term: a claim term no sentence term
    # shares those with begins none, and is not looked for (most claim terms of most pairs)
    openings = sentence.memo.get(("term openings",), UNMADE)  # a hit without a call (`remembered`)
    if openings is UNMADE:
        openings = remembered(sentence, ("term openings",), term_openings, sentence)
    terms = sentence.terms
    return frozenset([t for t in weights if len(t) >= STEM_START and t not in terms
                      and t[:STEM_START] in openings and begins_one(t, ordered)])


def begins_one(start: str, ordered: list[str]) -> bool:
    """Whether `start` begins one of the `ordered` (sorted) strings, or is one."""
    i = bisect_left(ordered, start)
    return i < len(ordered) and ordered[i].startswith(start)


def actors_named(claim: Parsed, found, sentence: Parsed, passage: Parsed, background: set[str],
                 vocab: Vocabulary) -> bool:
    """Each name of the claim is named by the sentence, at least by a shorter form ("the
    Council"), or is the corpus's setting, a country or a name the passage gives ("its
    withdrawal" for MINUSMA's); and the sentence names one of them itself: a sentence naming
    none of the claim's actors ("The backlash escalated in May 2023") is about something
    else."""
    names = [(n in found.stated or loosely_named(m, sentence, vocab), m)
             for n, m in enumerate(claim.mentions) if m.family == "name"]
    return all(here or m.text in background
               and (m.kind == "country" or loosely_named(m, passage, vocab))
               for here, m in names) and (not names or any(here for here, _ in names))


def stated_by_document(found, claim: Parsed, document: Known, sentence: Parsed,
                       vocab: Vocabulary) -> frozenset[str]:
    """The claim's description of a name and the name it is attributed to, when the
    sentence's document states them (`qa.claims.identity`): their mentions count as stated
    (unless the sentence states one of them otherwise), their words as stated for support.
    So does a year naming a thing the sentence names ("the agreement" for "the 2015 peace
    agreement"), with the words before the noun."""
    terms, mentions = set(document.terms), set(document.mentions)
    groups = groups_of(sentence, vocab) if document.years else None
    for n, modifiers, head in document.years:
        if all(vocab.matches(t, sentence.terms, groups) for t in head):
            terms |= modifiers
            mentions.add(n)
    if not mentions and not terms:
        return frozenset()
    conflicting = {c.claim for c in found.conflicts}
    if any(claim.mentions[n].text in conflicting for n in mentions):
        return frozenset()
    for n in mentions:
        mention = claim.mentions[n]
        if n not in found.stated:
            mark_stated(found, n, mention)
    return frozenset(terms)


def mark_stated(found, n: int, mention: Mention) -> None:
    """Count the claim's n-th mention as stated by the sentence: no longer unstated or
    absent."""
    found.stated[n] = mention
    found.unstated[:] = [m for m in found.unstated if m is not mention]
    found.absent[:] = [m for m in found.absent if m is not mention]


def spelled_in_part(name: Mention, spelled: frozenset[str], sentence: Parsed,
                    vocab: Vocabulary) -> bool:
    """The name's words are stated, one at least by the long form the sentence spells out
    (its formula or acronym) and the others by the sentence's own words ("Atmospheric CO2" /
    "atmospheric carbon dioxide"). Without it, such a name went unverified, and a sentence
    stating all of a real-world claim's figures and words supported nothing."""
    terms = set(word_terms(name.text, vocab))
    return len(terms) > 1 and bool(terms & spelled) and terms <= spelled | sentence.terms


def word_initials(claim: Parsed) -> frozenset[str]:
    """The first letter of each of the claim's words, in lower case (`spelled_out`)."""
    return frozenset(t.word.lower()[:1] for t in claim.tokens)


def spelled_out(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                defined: dict[str, str]) -> frozenset[str]:
    """The terms of the claim's words that an acronym of the sentence abbreviates, as the
    corpus defines it (`Index.acronyms`): "a temporary operating base" is stated by "a TOB",
    "Malian defence and security forces" by "the MDSF" ("Malian Defense and Security Forces
    (MDSF)"). The claim's words must spell the acronym (initials in order, small words
    skipped, as `qa.text.acronyms` reads a definition) and be, by their first four letters,
    mostly the defined words: "Another global warming" spells AGW but is not "Anthropogenic
    Global Warming"."""
    if not defined:
        return frozenset()
    if sentence.capitals is None:  # a parse is remembered and aligned with claim after claim
        sentence.capitals = {acronym_letters(t.word) for t in sentence.tokens
                             if len(t.word) >= 2 and t.word[:1].isupper()
                             and not t.word.istitle()} - {""}
    letters = sentence.capitals & defined.keys()
    if not letters:
        return frozenset()
    # each letter of an acronym the claim spells is the first of one of its words
    # (`match_long_form`): most acronyms have one that is none, and are not looked up
    initials = remembered(claim, ("initials",), word_initials, claim)
    found = set()
    for acronym in letters:  # the claim's words and the acronym alone: remembered on the claim
        if initials.issuperset(acronym):
            found |= remembered(claim, ("spells", acronym, defined[acronym], vocab),
                                spelling, claim, acronym, defined[acronym], vocab)
    return frozenset(found)


def spelling(claim: Parsed, acronym: str, definition: str, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's words that spell `acronym` as the corpus defines it
    (`spelled_out`)."""
    words = [t.word for t in claim.tokens]
    defined_words = {w.lower()[:4] for w in definition.split()}
    found = set()
    for end in range(len(acronym), len(words) + 1):
        long_form = match_long_form(words[:end], acronym)
        if not long_form:
            continue
        same = sum(w.lower()[:4] in defined_words for w in long_form)
        if 2 * same > len(long_form):
            found.update(t for w in long_form for t in vocab.analyzer.terms(w))
    return frozenset(found)


def claim_facts(claim: Parsed, found, counted: frozenset[str], weights: dict[str, float],
                vocab: Vocabulary, background: set[str] = frozenset(),
                passage: Parsed | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The claim's facts as written, split into those the sentence states and the rest: each
    figure, date and name, then each other word that carries weight (the predicate, things),
    stated when support counted each of its terms stated (`counted`, `Alignment.said`: a
    synonym, a form, a paraphrase, a phrasal verb ...). A name counts as stated as support
    counts it: by the sentence, loosely by its passage ("it", "the mission") or as the
    corpus's setting."""
    conflicting = {c.claim for c in found.conflicts}
    # and each word of a conflicting phrase: "kilometres" of "40 kilometres" / "40 metres"
    conflicting |= {w for c in found.conflicts for w in c.claim.split()}
    absent = {id(m) for m in found.absent}
    states, misses = [], []
    for n, mention in enumerate(claim.mentions):
        if mention.text in conflicting:
            continue
        if n in found.stated:  # an open date or time with the reading stated ("03/04 (read
            states.append(reading_shown(mention, found.stated[n]))  # as 3 April)")
            continue
        said = mention.family == "name" and (
            id(mention) not in absent or mention.text in background
            or passage is not None and loosely_named(mention, passage, vocab))
        (states if said else misses).append(mention.text)
    inside = {(m.start, m.end) for m in claim.mentions}
    for token in claim.tokens:
        terms = [t for t in token.terms if weights.get(t, 0) > 0]
        if not terms or any(s <= token.start < e for s, e in inside) \
                or token.word in conflicting:
            continue
        (states if counted.issuperset(terms) else misses).append(token.word)
    return tuple(dict.fromkeys(states)), tuple(dict.fromkeys(misses))


def stance_of(found, coverage: float, rest: float, background: set[str], passage: Parsed,
              vocab: Vocabulary, event: float, claim: Parsed, sentence: Parsed) -> Stance:
    conflicts = differences(found.conflicts)
    kinds = {REVERSALS.get(c.kind, c.kind) for c in conflicts}
    if len(kinds) == 2 and one_place(conflicts, claim, sentence):
        kinds = {ConflictKind.PLACE}  # "eastern ... Nigerien border" / "western ... Mauritanian"
    if other_actors(conflicts, claim, sentence):
        kinds = kinds | {None}
    # contradicts: one kind of fact differs (two differences mean another fact, not this one
    # stated wrongly) and the rest of the claim clearly matches; or two kinds where the
    # sentence states nearly all else the claim says, its event and the rest (`two_accounts`)
    if (len(kinds) == 1 or two_accounts(kinds, rest, event)) \
            and (event >= EVENT or predicate_reversed(conflicts)
                 # or one value given otherwise, the claim's other facts placing it in the
                 # claim's event, its predicate reworded (`qa.claims.anchored`)
                 or event_anchored(found, claim, sentence, vocab, background, event)
                 # or the one figure counting the claim's own thing, another fact placing it
                 # (`qa.claims.counted_event`)
                 or counted_event(conflicts, found, claim, sentence, vocab, background,
                                  event)) \
            and not blocking([m for m in missing(found)
                              if not said_around(claim, m, found, passage, sentence)],
                             background) \
            and not unnamed(found, claim, background, passage, vocab) \
            and not about_another(found, claim) \
            and enough_rest(rest, conflicts, event, claim, sentence, vocab, found, background):
        return Stance.CONTRADICTS
    if not kinds and coverage >= SUPPORT \
            and not unverified(found, background, passage, vocab, sentence) \
            and (sentence.has_negation or sentence.prefixed or not claim.has_negation
                 or refused_alike(claim, sentence, vocab)  # or a refusal, "rejected"
                 or denied_as_set_aside(claim, sentence)  # or "rather than" (`contrast_not`)
                 # or "nothing as drastic as disrupting" for "did not disrupt" (`short_of`)
                 or denied_short_of(sentence) and denies_the_same(claim, sentence, vocab)):
        return Stance.SUPPORTS  # a negation is a fact of the claim: the sentence must state one
    return Stance.RELATED


def enough_rest(rest: float, conflicts, event: float, claim: Parsed, sentence: Parsed,
                vocab: Vocabulary, found, background: set[str]) -> bool:
    """The sentence states the rest a conflict of these kinds needs (`rest_needed`), or, short
    of it, what the event alone needs for a figure in its own role (`rest_for_event`, whose
    tests of the subject and the counted thing are asked only then)."""
    needed = rest_needed(conflicts, claim, sentence, vocab, found, background)
    return rest >= needed or rest >= rest_for_event(needed, conflicts, event, claim, sentence,
                                                    vocab, found, background)


def rest_for_event(needed: float, conflicts, event: float, claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary, found, background: set[str]) -> float:
    """The rest a figure in conflict needs once its event and its subject are stated. A
    figure that counts the very thing the claim's counts (its counted noun, with the
    claim's subject or another fact: `count_in_place`, `counted_in_place`; its whole:
    `share_in_place`; or its whole counted phrase, three words alike: "30 percent of the
    coastguard's patrol capacity" / "70 percent of the coastguard's patrol capacity",
    `counted_in_full`), in a sentence that states EVENT of the claim's predicate and its
    subject (`qa.claims.subject_said`), is the claim's fact told otherwise: the words left
    (a frame, a comment, a verb reworded: "went on" / "was spent on") need no more than the
    event does. Without the subject, the same count of the same thing is another actor's
    ("the pilots' guild sent fifteen dredgers" / "the board sent twelve dredgers"); nor is a
    value the sentence dates where the claim gives no date (`dated_otherwise`). Not a figure
    placed otherwise, by its unit or by the claim's other facts around it (`unit_in_place`,
    `anchored`): "about 1 °C of warming" / "days above 35 °C" share the unit and the
    place, not the thing measured. Not a date: the same deed of the same actor recurs (a
    yearly renewal, a second expansion), and two dates of it are two events as often as one
    told wrongly."""
    if event < EVENT or needed <= EVENT or not all(c.kind in FIGURE_KINDS for c in conflicts) \
            or not subject_said(claim, sentence, vocab, background) \
            or dated_otherwise(claim, sentence) \
            or expects(sentence) and not (hedged(claim) or likelihoods(claim)):
        return needed  # (an expectation is not the fact, as in `rest_needed`)
    if counted_in_full(conflicts, claim, sentence) \
            or count_in_place(conflicts, claim, sentence, background) \
            or counted_in_place(conflicts, claim, sentence, found, background) \
            or share_in_place(conflicts, claim, sentence, found, vocab, background):
        return EVENT
    return needed


def dated_otherwise(claim: Parsed, sentence: Parsed) -> bool:
    """The sentence gives a year or a month and the claim none: the sentence's value is of
    its own time ("rose from 310 parts in 1961"), which the claim, dating nothing, may not be
    about ("the level once stood at 6,000 parts"); the rest must then place it."""
    return not any(m.family in DATE_FAMILIES for m in claim.mentions) \
        and any(m.family in DATE_FAMILIES for m in sentence.mentions)


def predicate_reversed(conflicts) -> bool:
    """Every conflict is the claim's predicate reversed of the subject or object both name
    (`Placement.SAME_HEAD`: "the base had ample room" / "the base is already full"): the
    reversed words are the claim's event, left out of what its event must state, and the
    shared head places them in it, so the sentence needs no more of that event."""
    return bool(conflicts) and all(c.placed == Placement.SAME_HEAD for c in conflicts)


def two_accounts(kinds: set, rest: float, event: float) -> bool:
    """Two kinds of fact in conflict are one event told two ways when the sentence states
    nearly every other word of the claim, its predicate and the rest (WHOLE_REST): "had
    reached full deployment, with more than 11,000" / "had not yet reached full deployment,
    with only 8,831", "for three months, from May to August" / "for a month in May and June".
    A neighbouring event, which the one-kind rule keeps apart, shares some of the claim's
    words, not all but its two facts. A name in conflict (an actor, a place) is another
    event still: another actor did the other thing ("the Takuba force left before
    Barkhane" / "the departure of UN forces, shortly after Barkhane's withdrawal"), as two
    actors each set against another are (`other_actors`, the kind None)."""
    return len(kinds) == 2 and None not in kinds and not kinds & NAMED_KINDS \
        and rest >= WHOLE_REST and event >= WHOLE_REST


def rest_needed(conflicts, claim: Parsed, sentence: Parsed, vocab: Vocabulary, found=None,
                background: set[str] = frozenset()) -> float:
    """How much of the rest a conflicting sentence must state. A sentence that reverses the
    claim's relation in its place (an antonym or an opposite relation word beside the same
    word: "additional" / "existing resources", "a likely" / "an unlikely candidate") or
    denies the very word the claim affirms ("lack of planes", "not unanimously") names the
    claim's event by its own words, reversed; a differing figure, date or name is what
    another event of the same passage most often has, so it needs more of the rest to be the
    claim's event, unless the claim's other facts, a name among them, place it there
    (`qa.claims.anchored`; `found` and `background` tell which the sentence states), or the
    sentence names the claim's subject before another count of the same counted noun
    (`qa.claims.count_place`: "the inspection ... offered three options"), or gives the
    claim's measure with its unit changed ("four days" / "four weeks",
    `qa.claims.unit_place`), or stands inside a phrase the claim and the sentence share, the
    words right beside it the same in both ("a Danish field hospital at the camp" / "a
    Norwegian field hospital at the camp", `qa.claims.phrase_place`). A relation or a
    multiple in its place is read from the conflict, placed when it was found
    (`Conflict.placed`, `qa.claims.placement`); a count in its place, a deadline in its place
    (the one of each text, `qa.claims.deadline_place`) and a value anchored are asked here, as
    they need what is known only once every conflict of the sentence is found: which facts it
    states and the corpus's setting (`found`, `background`). Not
    counted: a claim that denies what a sentence affirms (`affirmed`: an
    affirmation of the word is often about another thing, "hurricanes aren't linked" / "dust
    linked to hurricanes"), an opposite away from the claim word's place ("civilian deaths" /
    "militaries joined forces"), a sentence of what is expected against a claim of what was
    done (as for support, an expectation is not the fact; "the most likely candidate" /
    "an unlikely candidate" is the claim's own expectation reversed)."""
    kinds = {c.kind for c in conflicts}
    if expects(sentence) and not (hedged(claim) or likelihoods(claim)):
        return CONTRADICT
    if kinds == {ConflictKind.POLARITY} and all(affirmed(c, claim, vocab) for c in conflicts) \
            or kinds in ({ConflictKind.RELATION}, {ConflictKind.NUMBER}) \
            and all(c.placed is not None for c in conflicts) \
            or count_in_place(conflicts, claim, sentence, background) \
            or deadline_in_place(conflicts, claim, sentence) \
            or unit_in_place(conflicts, claim, sentence) \
            or counted_in_place(conflicts, claim, sentence, found, background) \
            or share_in_place(conflicts, claim, sentence, found, vocab, background) \
            or place_in_place(conflicts, claim, sentence, vocab) \
            or found is not None and anchored(found, claim, background) \
            or replaced_in_phrase(conflicts, claim, sentence):
        return REVERSED_REST
    return CONTRADICT


def affirmed(conflict: Conflict, claim: Parsed, vocab: Vocabulary) -> bool:
    """The claim's side of a polarity conflict is affirmative (the sentence denies the word):
    a negation elsewhere in the claim ("had plenty of air assets, so mobility was never the
    problem") or an adjunct's "without" is not what the sentence's denial answers."""
    return not any(t in claim.negated for t in vocab.analyzer.terms(conflict.claim))


def other_actors(conflicts, claim: Parsed | None = None, sentence: Parsed | None = None) -> bool:
    """Two of the claim's names each set against another name of the sentence: other actors
    in another event, not the claim's with one actor misnamed ("told the Council ... bases in
    Kidal" / "the UN ... turned MINUSMA into"). Two names against one ("the United States and
    the United Kingdom" / "China") are one actor replaced; so is a country named twice on each
    side, by its name and its adjective ("angered Niger by detaining Nigerien soldiers" /
    "riled Côte d'Ivoire by detaining Ivorian soldiers"): one country, counted once."""
    named = [c for c in conflicts if c.kind in NAMED_KINDS]
    return len({country_value(c.claim, claim) for c in named}) > 1 \
        and len({country_value(c.source, sentence) for c in named}) > 1


def country_value(name: str, text: Parsed | None) -> str:
    """The country a name of the text is (its value: "Nigerien" -> niger; a capital, which
    stands for its country's government, its country: "Norvik" -> norland, round 65, branch
    capital69), else the name."""
    if text is None:
        return name
    return next((m.value for m in text.mentions if m.kind == "country" and m.text == name),
                None) or capital_cities().get(name.lower()) or name


def claimed_by_another(found, claim: Parsed, sentence: Parsed, background: set[str],
                       vocab: Vocabulary, stated: frozenset[str]) -> bool:
    """Another name or person in the place of the claim's actor (the tests support asks)."""
    return bool(another_named(found, claim, sentence, background, vocab)
                or swapped_names(claim, sentence, vocab) or owner_swapped(claim, sentence, vocab)
                or another_actor(claim, sentence, vocab, stated))


def lone_country(found, claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 background: set[str]) -> tuple[Mention, Mention] | None:
    """The claim's one country that its passage never names, and the sentence's one country
    that the claim does not name ("a Bangladeshi facility" / "a Pakistani level-2 hospital",
    "up to the border with Niger" / "up to the Mauritanian border"), every other name of the
    claim stated, neither the corpus's setting: one country in the other's place, wherever
    each stands, unless the claim's is no place and the sentence's comes right after a place
    preposition ("Tarland kept its unit" is not contradicted by "In Norland, the unit ...":
    an actor against a place; "the border with Tarland" is by "up to the Norland border",
    "is in Tarland" by "in neighbouring Norland")."""
    mine = [m for m in found.absent if m.kind == "country" and m.text not in background]
    if len(mine) != 1:
        return None  # most pairs: the sentence's countries are not looked for in the claim
    if named_by_capital(mine[0], claim, sentence, subject_start(sentence),
                        governing_country):
        return None  # "The Ostrian government" / "Valdria says": named, by its capital
    theirs = {m.value: m for m in sentence.mentions if m.kind == "country"
              and m.value not in background and not name_found(m, claim, vocab)}
    if len(theirs) != 1 or not is_place(claim, mine[0]) and is_place(
            sentence, next(iter(theirs.values())), False) or any(
            m.family == "name" and m is not mine[0] and m in found.unstated
            and m.text not in background for m in claim.mentions):
        return None
    return mine[0], next(iter(theirs.values()))


def another_named(found, claim: Parsed, sentence: Parsed, background: set[str],
                  vocab: Vocabulary) -> tuple[Mention, Mention] | None:
    """A name in the claim's subject (before its first auxiliary or past-tense verb) or given
    as the agent of a deed ("adopted by X", "came from X", `actors.agent_named`) that the
    sentence does not state, even loosely (`loosely_named`: "African-led AFISMA" is stated by
    "AFISMA"), where the sentence names someone the claim does not: another
    actor in the claim's place ("UN peacekeeping chief Hervé Ladsous asked the Council ..." /
    "Mali's Minister of Foreign Affairs, Abdoulaye Diop, requested the Council ...")."""
    # (a capital acting is its country's government: "Bamako has impeded" is the claim's
    # "Malian authorities")
    others = [m for m in sentence.mentions if m.family == "name"
              and not name_found(m, claim, vocab) and not government(m, sentence, claim)
              and not head_named(m, claim)]
    others.sort(key=lambda m: m.kind == "country")  # a person or body before a country
    # the corpus's setting ("MINUSMA", "Mali") is taken as named by a sentence that does not
    # name it, unless the sentence's own subject is another name: "In June 2014 the UN
    # Security Council renewed the mandate" is no support for "MINUSMA renewed the mandate"
    # (not an acronym: "the MDSF" or "TCCs" may abbreviate the claim's own words)
    # (a text without a verb, a reference's "Resolution 2100 (April 25, 2013), UN Doc.
    # S/RES/2100", has no one acting; `subject_end` is then the text's end)
    acting = [m for m in others if subject_start(sentence) <= m.start < subject_end(sentence)
              < len(sentence.text) and not m.text.rstrip("s").isupper()]
    missing = [m for m in found.unstated if m.family == "name"
               and (m.start < min(subject_end(claim), headline_verb(claim))
                    or agent_named(claim, m))  # "adopted by X", "the request came from X"
               and not attributed(claim, m) and (m.text not in background or acting)
               and not loosely_named(m, sentence, vocab)
               and not headed_acronym_in(m, sentence)  # "a Selva ... Station" / "an FCS"
               and not named_by_capital(m, claim, sentence, subject_start(sentence),
                                        governing_country)]  # "The Ostrian government" / "Valdria"
    if missing and missing[0].text in background:
        return (missing[0], acting[0]) if acting else None
    return (missing[0], others[0]) if missing and others else None


def acting_in(sentence: Parsed, name: Mention) -> bool:
    """The name stands in the sentence's subject, as `another_named` reads it ("In June the
    Council renewed"; after an opening phrase)."""
    return subject_start(sentence) <= name.start < subject_end(sentence)


def head_named(name: Mention, claim: Parsed) -> bool:
    """The name's last word (its head: "Council" of "UN Security Council") is a capitalised
    word of the claim outside its names ("Council decides ...", a headline's first word): the
    claim names the same body shorter, not another actor."""
    words = name.text.split()
    head = words[-1] if len(words) > 1 else ""
    inside = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    return bool(head) and head[:1].isupper() and any(
        t.word == head and not any(s <= t.start < e for s, e in inside) for t in claim.tokens) \
        or any(tail_of(m.text.split(), words) for m in claim.mentions if m.family == "name")


def tail_of(short: list[str], words: list[str]) -> bool:
    """`short` is the last words of a longer name, its head among them ("Council", "Security
    Council" of "UN Security Council"): a claim's shorter name of the same body."""
    return 0 < len(short) < len(words) and words[-len(short):] == short


def subject_end(text: Parsed) -> int:
    """Where a text's subject ends: at its first auxiliary or past-tense verb after the first
    word, regular or irregular ("The Council brought the mandate to an end"). Remembered on
    the parse: a sentence is read with claim after claim, and with both readings of a cited
    claim."""
    return remembered(text, ("subject end",), lambda: next(
        (t.start for t in text.tokens[1:] if t.word in AUX  # not "In May 2019"
         or t.word.lower().endswith("ed") and can_be_verb(t.word)
         or past_verb(t.word)), len(text.text)))


def subject_start(text: Parsed) -> int:
    """Where a text's subject starts: after an opening phrase that a preposition or a
    participle begins and a comma ends before the first verb ("Based on Resolution 2100, the
    mission was to ...", "Acting on a request from the council, the coast guard searched"):
    a name in it is the phrase's, not the one who acts. 0 without one."""
    tokens = text.tokens
    if len(tokens) < 2 or not opener(tokens[0]):
        return 0
    end = subject_end(text)
    return next((t.start for t in tokens[1:] if t.start < end and t.brk), 0)


def opener(token: Token) -> bool:
    """The first word of an opening phrase: a preposition ("In", "After"; a stopword, no
    determiner) or a participle ("Based", "Following")."""
    word = token.word.lower()
    if not token.terms:
        return word not in DETERMINERS and word.isalpha()
    return word.endswith(("ed", "ing")) and can_be_verb(word)



def fact_terms(claim: Parsed, vocab: Vocabulary) -> set[str]:
    """The terms of the claim's names, figures and dates: what is left is what the claim says
    happened (its predicate and common nouns)."""
    return {t for m in claim.mentions for t in word_terms(m.text, vocab)}


def blocking(missing, background: set[str] = frozenset()) -> bool:
    """A figure, date or country of the claim that the passage does not state: the sentence
    does not state the claim's fact differently, it is about something else. A country that is
    the corpus's setting is no such fact ("left Mali" in reports about Mali)."""
    return any(m.family in FIGURES and not singular(m)
               or m.kind == "country" and m.text not in background for m in missing)


def singular(mention: Mention) -> bool:
    """A count of one written as a word ("a month before", "the one pushing for"): the claim's
    way of saying a singular, which a sentence on the same event need not repeat, not a figure
    it leaves out."""
    return mention.family == "count" and (mention.text.lower() in SINGULARS
                                          or one_unit_span(mention))


def unit_named(mention: Mention, sentence: Parsed) -> bool:
    """Whether the sentence says the unit of the claim's measure ("year" for "the past year")."""
    return any(token.word.lower() == mention.unit for token in sentence.tokens)


def unnamed(found, claim: Parsed, background: set[str], passage: Parsed,
            vocab: Vocabulary) -> bool:
    """A name of the claim (a person, a body, a place) that the passage does not give, even
    loosely, nor as the corpus's setting: the sentence tells of other people or places, and
    its differing fact is not the claim's stated wrongly ("interviews in Timbuktu and Kidal
    in 2014" is not contradicted by a passage on interviews in 2014 that names neither)."""
    conflicting = {c.claim for c in found.conflicts}
    return any(m.family == "name" and m.kind != "country" and m.text not in background
               and m.text not in conflicting and not attributed(claim, m)
               and not loosely_named(m, passage, vocab)
               # or a place named by its proper adjective ("the Neptunian winds") that the
               # passage writes in neither form (`qa.claims.adjective_names`)
               and (is_place(claim, m)
                    or proper_adjective(m) and not adjective_named(m, passage))
               for m in found.absent)


def about_another(found, claim: Parsed | None = None) -> bool:
    """The sentence names another country and not the claim's: it is about someone else
    (unless that country is the conflict itself, or qualifies a name, `qualifying`)."""
    conflicting = {c.claim for c in found.conflicts}
    return found.other_actor and any(m.kind == "country" and m.text not in conflicting
                                     and not (claim and qualifying(claim, m, found))
                                     for m in found.unstated)


def missing(found) -> list[Mention]:
    """The claim's facts in no sentence of the passage, leaving out those in conflict: "a first
    resort" against "a last resort" is the ordinal the sentence states otherwise, not a fact it
    lacks."""
    conflicting = {c.claim for c in found.conflicts}
    return [m for m in found.absent if m.text not in conflicting]


def unverified(found, background: set[str], passage: Parsed, vocab: Vocabulary,
               sentence: Parsed) -> bool:
    """A figure or date the sentence does not state, or a country or name the passage does
    not name (unless it is the corpus's setting: "the government" stands for "the Malian
    government"): the claim is not supported. A span of one unit ("over the past year") is
    stated by a sentence that dates the event by the same unit ("last year")."""
    return any(m.family in FIGURES and not (one_unit_span(m) and unit_named(m, sentence))
               for m in found.unstated) or \
        any(m.family == "name" and m.text not in background
            and not loosely_named(m, passage, vocab) for m in found.absent)



def matched_spans(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> tuple:
    # loops, not `any(...)` in a generator: a generator was made for each word of the sentence
    groups, terms, matches, spans = groups_of(claim, vocab), claim.terms, vocab.matches, []
    for t in sentence.tokens:
        for term in t.terms:
            if matches(term, terms, groups):
                spans.append((t.start, t.end))
                break
    return tuple(spans)


def fact_key(mention) -> tuple:
    return mention.family, str(mention.value), mention.bound, mention.day


COVERAGE = attrgetter("coverage")  # an alignment's coverage: one key made once, not per passage


def choose(alignments: list[Alignment]) -> list[Alignment]:
    """Per passage, its best supporting and best contradicting sentence, else its best one."""
    chosen = []
    for pid in dict.fromkeys(a.passage_id for a in alignments):
        mine = [a for a in alignments if a.passage_id == pid]
        decisive = [best(mine, stance) for stance in (Stance.SUPPORTS, Stance.CONTRADICTS)]
        decisive = [a for a in decisive if a]
        related = max(mine, key=COVERAGE)
        chosen += decisive or ([related] if related.coverage >= RELATED else [])
    return chosen


def outweighed(chosen: list[Alignment]) -> list[Alignment]:
    """When a sentence supports the claim at least as strongly as any contradicts it, a
    sentence that differs from it only in a name or a relation (an actor, a place, a negation,
    an opposite verb: no figure or date) is about another event, not a second account of this
    one: it is shown as related, without conflicts, and is no disagreement ("MINUSMA withdrew
    in 2023": "Mali ... withdrew" is Mali's act). Two figures or dates for one fact stay a
    disagreement (174 / 300). Against a support that states most of the claim, a sentence
    that names another actor or place is weighed by the share of the whole claim it states
    (`against_weight`)."""
    support = max((a.coverage for a in chosen if a.stance == Stance.SUPPORTS), default=0.0)
    against = max((against_weight(a, support) for a in chosen
                   if a.stance == Stance.CONTRADICTS), default=0.0)
    if not support or support < against:
        return chosen
    return [replace(a, stance=Stance.RELATED, conflicts=())
            if a.stance == Stance.CONTRADICTS
            and not any(c.kind in VALUE_KINDS for c in a.conflicts) else a
            for a in chosen]


def against_weight(a: Alignment, support: float) -> float:
    """How strongly a contradicting sentence stands against a supporting one (of coverage
    `support`): the share of the claim's other terms it states (`rest`), except when its
    conflicts are all names (an actor, a place) and the support states REVERSAL of the claim:
    the claim's names are most of its weight, so the rest of a sentence that names others is a
    few common words ("works alongside"), stated by sentences about any event; the share of
    the whole claim it states says whether it is this event. (A support that states little
    more than the threshold is itself weak evidence: CLIMATE-FEVER's "Medieval Warm Period was
    warmer than ... today", supported at 0.58 by a sentence on its dates, against four
    sentences of other periods "warmer than today".)"""
    if support >= REVERSAL and a.conflicts and all(c.kind in NAMED_KINDS for c in a.conflicts):
        return a.coverage
    return a.rest


def best(alignments: list[Alignment], stance: Stance) -> Alignment | None:
    mine = [a for a in alignments if a.stance == stance]
    key = (lambda a: a.coverage) if stance == Stance.SUPPORTS else (lambda a: a.rest)
    return max(mine, key=key, default=None)


def decide(chosen: list[Alignment], alignments: list[Alignment]
           ) -> tuple[Verdict, float, bool]:
    """The stronger side wins (a tie goes to supported: calling a true claim contradicted is
    the costlier mistake); when both sides have evidence, the sources disagree."""
    support = max((a.coverage for a in chosen if a.stance == Stance.SUPPORTS), default=0.0)
    against = max((a.rest for a in chosen if a.stance == Stance.CONTRADICTS), default=0.0)
    decisive = [a for a in chosen if a.stance != Stance.RELATED]
    disagreement = bool(support and against) or sources_differ(decisive)
    if not decisive:
        unstated = 1 - max((a.coverage for a in alignments), default=0.0)
        return Verdict.NOT_FOUND, round(min(unstated, ABSENCE), 3), disagreement
    # the verdict weighs the raw shares; its confidence reads them through the table of its
    # kind (`qa.claims.calibration`)
    # a support that states every figure of the claim against sentences that only give other
    # figures for it: two accounts, the verdict the whole one's (`qa.claims.whole_account`)
    verdict, strength = (Verdict.SUPPORTED, support_confidence(support)) \
        if support >= against or support and whole_account(decisive, WHOLE_REST) \
        else (Verdict.CONTRADICTED, surest_contradiction(decisive))
    if disagreement:  # as sure as the share of the decisive evidence that agrees
        stance = Stance.SUPPORTS if verdict == Verdict.SUPPORTED else Stance.CONTRADICTS
        strength *= sum(a.stance == stance for a in decisive) / len(decisive)
    return verdict, round(min(strength, 1.0), 3), disagreement


def surest_contradiction(decisive: list[Alignment]) -> float:
    """The confidence of the contradicting sentence its kind of conflict makes surest."""
    return max(contradiction_confidence(a.rest, (c.kind for c in a.conflicts))
               for a in decisive if a.stance == Stance.CONTRADICTS)


def sources_differ(alignments: list[Alignment]) -> bool:
    """Two passages give different values for the same fact of the claim (174 / 300)."""
    seen: dict[str, set] = {}
    for a in alignments:
        for claim_text, key in a.values:
            seen.setdefault(claim_text, set()).add(key)
        for conflict in a.conflicts:
            seen.setdefault(conflict.claim, set()).add(("conflict", conflict.source, "", 0))
    return any(a != b and not (a[:3] == b[:3] and 0 in (a[3], b[3]))  # "June" and "June 30th"
               for values in seen.values() for a in values for b in values
               if len(a) == len(b) == 4)


def order(chosen: list[Alignment], verdict: str) -> list[Alignment]:
    """The evidence for the verdict first, then the other side, then related passages."""
    first = {Verdict.SUPPORTED: Stance.SUPPORTS, Verdict.CONTRADICTED: Stance.CONTRADICTS}.get(verdict)
    rank_of = {first: 0, Stance.SUPPORTS: 1, Stance.CONTRADICTS: 1, Stance.RELATED: 2}
    return sorted(chosen, key=lambda a: (rank_of[a.stance], -max(a.coverage, a.rest)))[
        :MAX_EVIDENCE]


def to_evidence(index: Index, a: Alignment, rank_: int, states: tuple[str, ...],
                matches: tuple) -> Evidence:
    p = index.passages[a.passage_id]
    return Evidence(Hit.of(p, rank_, a.score), a.stance, a.sentence, a.conflicts, matches,
                    states, a.context or None)

