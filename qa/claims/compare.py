"""Where a claim and a source sentence disagree.

`compare` lines a parsed claim up with one parsed sentence (and its passage) and reports the
conflicts: a fact of the claim the sentence states differently in the same role (next to the same
words: "Egypt suspended" where the claim says "Sweden suspended"), the same figure paired with
another thing or unit, a rank the sentence qualifies ("third-largest"), a predicate swapped for
an exclusive one (killed / wounded) or for its WordNet antonym next to the same word ("a tiny
fraction" / "a large fraction"), or a negation on one side only. Conflicts never cross types:
a place after "in" is not compared with an actor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from math import isclose

from .hedged_years import hedged_years_apart
from .auxiliaries import AUXILIARY_WORDS
from .fronted_adjunct import adjunct_against_subject
from .apposed_denial import role_untold
from .quantified_denial import universal_denied
from .quantity_duality import dual_denial
from .relative_denial import antecedent_untold
from .cleft_denial import deed_untold
from .past_forms import past_shaped
from .prefix_other_verb import other_verb
from .manner_denial import deed_in_error
from .state_held import state_held
from .voiced_denial import voiced_denial
from .role_link import tied_alike
from ..search.wordnet import (antonyms, base_forms, can_be_verb, derived_forms, direction,
                              hypernym_antonyms, irregular_base, stasis_vocabulary, synonyms)
from ..text.lexicon import capital_cities
from ..types import Conflict, ConflictKind, Placement
from .adverb_place import same_head_past_adverbs
from .attribution import attributed
from .breakdowns import breakdowns, listed_together
from .change_way import changes_of, quantity_changes, subject_stated
from .conditional_denial import conditional
from .clauses import set_aside_terms, swapped_alternative
from .compare_gates import (BEFORE, CHANGE, CONTINUATION, DEADLINE, EXCLUSIVE, FIGURE,
                            FROM_TO, MEASURED, MULTIPLE, ONE_DATE, OPPOSITE, ORDINAL,
                            OWNED_FIGURE, QUANTIFIER, RELATION, RESTATED, SET_AGAINST, START,
                            STASIS, TIME, WITHOUT,
                            claim_features, sentence_compares, sentence_shows)
from .continuation import ended_against_continued
from .dated import dates_another_actor, dates_another_event, dates_another_thing
from .dated_named_event import year_of_placed_event
from .verb_dates import date_of_same_verb
from .tense_forms import base_terms
from .defined_names import in_defined_name
from .figure_dates import dates_another_figure
from .phases import other_moment, phase_pair
from .privative import lost_object
from .qualifier_role import qualifies_elsewhere
from .derived_names import same_name_derived
from .glued_names import glued_seat
from .topic_only import topic_only
from .counted_noun import counts_nothing
from .figure_owner import given_to_other
from .counterfactual import counterfactual_in_place
from .counted_heads import claim_units, phrase_terms
from .unit_initials import initialled_unit_terms, same_unit_initialled
from .energy_units import symbol_unit
from .rate_period import other_period_conflicts
from .respective_items import swapped_items
from .dated_ends import other_event_dated
from .rank_scope import other_scope
from .converted_units import converted, in_unit_of, other_measures, shared_unit_differs
from .label_numbers import label_against_count
from .country_sides import governed, qualifies
from .deadlines import other_deadline
from .exceeded import exceeded
from .capital_for import named_by_capital
from .facts import MONTHS as MONTH_NAMES
from .facts import (ABOVE_ALL, ACT_NOUN_ENDINGS, CLAUSE_MARK_RE, DETERMINERS, MEASURES, NEGATIONS, NOUN_NEGATIONS,
                    NUMBER_FAMILIES, POSSESSIVE_ENDINGS, UNMADE,
                    PLACE_WORDS, PREVENTIONS, SCOPE_BREAKERS, SIZES, UNTIL, WINDOW, Mention, Parsed,
                    Token, around, as_mention, clause_bounds, clause_words_after, range_partner, content, country_of, delayed, gerund_cue, groups_of, initials, is_acronym,
                    last_words, measure_unit, negation_cues, prevented, relation_tokens, relation_words,
                    remembered, singular_acronyms, token_index, word_terms, written_word)
from .harmed import labelled, other_sides
from .figure_roles import (another_event, bare_offset, item_before, member, member_of_stated_set,
                           occasion, offset, other_offset, rounded_share, same_span, stretch_of)
from .graded import graded_form, graded_opposites, sentence_graded
from .identifiers import identifier
from .intervals import spanned
from .approach import approached_from
from .period_parts import part_against_month
from .refusals import refusal_alike, refusal_restated
from .restated import restatements
from .scarcity import other_heads, scarce_alike
from .ability_denied import ability_denies
from .denied_head import denial_head, denied_through_head
from .ceilings import ceilings_passed
from .misspelt import misspelt
from .place_of import named_place_of
from .particles import OWN_STEM, is_particle, particle_terms, phrasal_spans
from .quantifiers import share_against_counts
from .short_forms import names_acronym, short_form, spelled_in
from .starts import other_start
from .figure_grade import grading_terms
from .sequence import (ORDER_ADVERBS, ORDER_WORDS, claim_order_list, gap_of_other_events,
                       reversed_order, same_denial)
from .sequence import direction as order_direction
from .listed import in_list, partial_list
from .litotes import double_negative
from .magnitude_stasis import figure_stasis, magnitude_changes, magnitude_pairs, phrasal_moves
from .members import members_named_elsewhere
from .name_kinds import kinds_differ
from .names_taken import taken_by_another
from .unasserted import doubted_only, intended_only
from .vague_lengths import other_lengths
from .dated_figures import figure_dated_otherwise
from .fixed_adverb import bound_idiom
from .range_unit import other_range_kind
from .parts_of_whole import part_against_whole
from .against_denial import denied_as_against
from .offset_events import offset_dated
from .parallel import crossed
from .not_until import done_before
from .date_bounds import bound_reading, claim_bounds
from .open_readings import OPEN_BOUNDS, may_be_same, open_reading, readings_agree
from .tallies import (AMOUNTS, changed_from, counted, difference_stated, earlier_value,
                      number_of, start_value,
                      other_ceiling, other_increment, other_multiple, multiple_measured,
                      ratio_words)
from .verb_phrase import verb_span
from .bracketed_figure import bracketed, glossed_role
from .range_stated import same_range
from .without_manner import manner_denied
from .without_possessed import possessed
from .sameness import sameness_reversed
from .unit_roles import other_scales, rate_word, scale_terms, unit_keys
from .vocabulary import Vocabulary
from .without_gerund import denied_by_without


def agree(claim: Mention, source: Mention) -> bool:
    """Whether the source's figure states the claim's ("over 100" for "more than 100", 174 for
    "more than 100"); a figure with the opposite hedge does not."""
    if {claim.family, source.family} == {"count", "year"}:  # "2069 troops" reads like a year
        # the same hedged figure as written ("around 1900") is one, read as a date on one side
        # and as a count on the other (`hedged_years` reads a date only after a word of time)
        return claim.value == source.value and (claim.bound == source.bound in ("", "approx"))
    if claim.family != source.family or claim.kind != source.kind and claim.family == "amount":
        return False  # "$45 million" is not "45 million euros"
    if hedged_years_apart(claim, source):
        return False  # "around 1750" / "around 1850": two years, not a count rounded
    if "magnitude" in (claim.bound, source.bound):  # "thousands of" states 13,200, and
        # only "thousands of" another order; 13,200 is more precise than either
        return holds(claim, source) and (claim.value == source.value
                                         or source.bound != "magnitude")
    if claim.bound in OPEN_BOUNDS or source.bound in OPEN_BOUNDS:  # "03/04/2022", "9:30"
        return readings_agree(claim, source)
    if claim.family == "month":  # the claim's day must be stated, not just its month
        return claim.value == source.value and claim.day in (0, source.day)
    if claim.family == "time":  # a zone the claim writes must be the source's
        return claim.value == source.value and claim.kind in ("", source.kind)
    if claim.family == "rank" and ABOVE_ALL in (claim.value, source.value):
        return True  # "more than any other" and "the largest": a rank above all others
    if claim.family == "year" and "decade" in (claim.bound, source.bound):
        if claim.bound == source.bound:
            return claim.value == source.value
        decade, year = (claim, source) if claim.bound else (source, claim)
        return year.value - decade.value in range(10)  # "the 1970s" and "1975"
    if claim.family in ("year", "ordinal", "name", "rank"):
        return claim.value == source.value
    c, s = float(claim.value), float(source.value)
    if other_measures(claim, source):
        return False  # "29,000 terawatts" / "29,000 terawatt hours": power, energy
    same_length = False  # two durations whose calendar lengths meet ("a month" / "four weeks")
    if claim.unit != source.unit and MEASURES.get(claim.unit, 1) == MEASURES.get(source.unit, 2):
        # the same duration or length in other units: "a decade" is "ten years"; the same
        # figure in two units ("four weeks" / "four months") agrees as figures, and
        # `other_units` reports the units' conflict
        if c != s:
            same_length = lengths_meet(claim, source)
            c, s = c * SIZES[claim.unit], s * SIZES[source.unit]
        if c != s and not claim.bound and not source.bound:
            return isclose(c, s, rel_tol=CONVERTED) or same_length
    if claim.bound in ("lower", "upper") and approached_from(source) == claim.bound:
        return s == c  # "just under six" states "under six", "nearly three" "under three"
    if claim.bound == "lower" and source.bound != "upper":
        return s > c or (s == c and source.bound in ("lower", ""))
    if maximum(claim) and maximum(source):
        # "up to four weeks" gives the most it reached: "up to six weeks" is another maximum
        return c == s or same_length
    if claim.bound == "upper" and source.bound != "lower":
        return s < c or (s == c and source.bound in ("upper", ""))
    if "fraction" in (claim.bound, source.bound) and "approx" not in (claim.bound, source.bound):
        # "two-thirds" is 66.67 percent, written 67, 66.7 or 66 (rounded to a unit);
        # with "more than" on one side the bound decides (above)
        return abs(c - s) < 1
    if claim.bound == "approx" and not source.bound and on_other_side(claim, s):
        return False  # "just under 2,000" / 2,069: near it, but not from the side it says
    if "approx" in (claim.bound, source.bound):
        return abs(c - s) <= 0.1 * max(abs(c), abs(s))
    return (c == s or same_length) and {claim.bound, source.bound} != {"lower", "upper"}


# the days a calendar unit may last: a month is 28 to 31 days, so "a month" and "four weeks"
# are one length, "a month" and "six weeks" two; the other units are as long as `SIZES` says
CALENDAR_DAYS = {"month": (28, 31), "year": (365, 366), "decade": (3652, 3653),
                 "century": (36524, 36525)}


def lengths_meet(claim: Mention, source: Mention) -> bool:
    """Two durations in units of time, one of them a calendar unit, whose ranges of days
    overlap ("a month" / "four weeks"); exact units are compared by `SIZES` as before."""
    if not (MEASURES.get(claim.unit) == MEASURES.get(source.unit) == "time") \
            or not (claim.unit in CALENDAR_DAYS or source.unit in CALENDAR_DAYS) \
            or not all(isinstance(m.value, (int, float)) for m in (claim, source)):
        return False
    spans = [(float(m.value) * low, float(m.value) * high) for m in (claim, source)
             for low, high in [CALENDAR_DAYS.get(m.unit) or (SIZES[m.unit], SIZES[m.unit])]]
    return max(spans[0][0], spans[1][0]) <= min(spans[0][1], spans[1][1])


MAXIMA = ("up to", "at most")  # an upper bound that is reached: the maximum, not a ceiling
def on_other_side(claim: Mention, value: float) -> bool:
    """An exact figure on the other side of the one the claim's hedge comes near from: above
    it for "just under", "nearly", "almost" ("nearly 2,000" is not 2,069), below it for "just
    over", "a little over" ("a little over 2,000" is not 1,950)."""
    side = approached_from(claim)
    return side == "upper" and value > claim.value or side == "lower" and value < claim.value


def maximum(mention: Mention) -> bool:
    return mention.bound == "upper" and mention.text.lower().startswith(MAXIMA)


def name_found(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """The text names the same actor: same words, same country, or an acronym of it.
    Remembered on the text's parse by what of the name it reads (its words, kind and terms):
    a sentence is asked it for every claim naming the same actor, a claim for every
    sentence's name."""
    memo_key = ("name found", name.text, name.kind, name.value, vocab)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, finds_name, name, text, vocab)
    return found


def led_by_country(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """A name led by its country's adjective or name, the text naming the country and the
    rest: "the German Federal Foreign Office" is "Germany's Federal Foreign Office"."""
    words = name.text.split()
    country = country_of(words[0], vocab) if len(words) > 1 else None
    if not country or not any(m.kind == "country" and m.value == country for m in text.mentions):
        return False
    rest = frozenset(vocab.analyzer.terms(" ".join(words[1:])))
    return bool(rest) and rest <= text.terms


def finds_name(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """`name_found`, worked out."""
    parts = joined_parts(name.text) if name.kind != "country" else []
    if len(parts) > 1 and all(parts):  # "African Union-ECOWAS" / "AU-ECOWAS": part by part
        return all(name_found(Mention("name", frozenset(vocab.analyzer.terms(part)), part,
                                      name.start, name.end), text, vocab)
                   or len(initials(part)) >= 2  # "African Union" written "AU"
                   and re.search(rf"\b{initials(part)}\b", text.text) for part in parts)
    if name.kind == "country":
        return any(m.kind == "country" and m.value == name.value for m in text.mentions)
    if name.value and name.value <= text.terms:
        return True
    if led_by_country(name, text, vocab):
        return True
    plain = acronym_plurals(text)
    plural, singular_text = acronyms_singular(name.text)
    if plain or plural:
        # "TCC" / "TCCs": an acronym's plural names the same, which stemming leaves apart
        single = frozenset(vocab.analyzer.terms(singular_text))
        if single and single <= text.terms | plain:
            return True
    if name.value and any(m.family == "name" and m.kind != "country" and name.value <= m.value
                          for m in text.mentions):
        return True  # "UN High Commissioner" / "U.N. High Commissioner" (`facts.undotted`)
    if spelled_in(name, text):
        return True  # "UNSC" / "UN Security Council", "Res 2164" / "Resolution 2164"
    if is_acronym(name.text):
        letters = name.text.replace(".", "")
        return letters in text.acronyms \
            or spellable(letters, text) and bool(acronym_pattern(letters).search(text.text)) \
            or any(m.family == "name" and m.kind != "country" and names_acronym(m.text, letters)
                   for m in text.mentions)
    return len(initials(name.text)) >= 2 and initials(name.text) in text.acronyms


def acronym_plurals(text: Parsed) -> frozenset[str]:
    """The acronyms the text writes in the plural, lower-case ("TCCs" -> tcc): the text's
    alone, remembered on its parse (a sentence is asked it for each name of each claim)."""
    return remembered(text, ("acronym plurals",), find_acronym_plurals, text)


def find_acronym_plurals(text: Parsed) -> frozenset[str]:
    return frozenset(a.lower() for a in ACRONYM_PLURAL.findall(text.text))


HYPHENATED = re.compile(r"(?<=[^\W\d_])[-–](?=[A-Z])")  # two names joined: "AU-ECOWAS"


# a claim's name is looked for in every sentence of its passages (`name_found`): what the
# name alone gives is worked out once per name, not by a pattern in every sentence
@lru_cache(maxsize=4096)
def joined_parts(name: str) -> tuple[str, ...]:
    """The names a hyphen joins in `name` ("AU-ECOWAS" -> AU, ECOWAS), or the name alone."""
    return tuple(HYPHENATED.split(name))


@lru_cache(maxsize=4096)
def acronyms_singular(name: str) -> tuple[bool, str]:
    """Whether the name writes an acronym in the plural ("TCCs"), and the name with each such
    acronym in the singular."""
    return bool(ACRONYM_PLURAL.search(name)), singular_acronyms(name)


def states_name(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """The text names the claim's actor: the same actor (`name_found`), or a shorter form of
    the name that keeps its head ("the African-led AFISMA" is stated by "AFISMA", "the
    Washington-based Stimson Center" by "the Stimson Center", never contradicted by them;
    "Port Henry" is another name than "Point Henry"). Remembered on the text's parse by what
    of the name it reads, as `name_found` is: a claim name is asked it of every sentence's
    parse, again for each of its claim facts and of the passage."""
    memo_key = ("states name", name.text, name.kind, name.value, vocab)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, names_head, name, text, vocab)
    return found


def names_head(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """`states_name`, worked out."""
    if name_found(name, text, vocab):
        return True
    if name.kind == "country" or not name.value:
        return False
    shorter = [m for m in text.mentions if m.family == "name" and m.kind != "country"
               and m.value and m.value <= name.value]
    if not shorter:  # most texts: nothing to walk
        return False
    head = vocab.analyzer.terms(name.text)[-1:]
    return any(set(head) <= m.value for m in shorter)


def loosely_named(name: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    """Half the words of a name are in the text, its last word (the head: "Union" of
    "African Union") among them, at least by their start ("Antarctic" in "Antarctica",
    "Kilimanjaro" for "Mount Kilimanjaro"), one of them capitalised there: a name has many
    spellings, and a capitalised first word ("Rising CO2") is not always part of it."""
    if name.kind == "country" or not name.value:
        return False
    here = lambda t, terms=text.terms: any(t == p or (p.startswith(t) or t.startswith(p))
                                           and min(len(t), len(p)) >= 5 for p in terms)
    head = vocab.analyzer.terms(name.text)
    # one of its words as the text writes a name, capitalised: "Wagner Group" is not named by
    # "armed groups", though its head is there
    capital = {t for token in text.tokens if token.word[:1].isupper() for t in token.terms}
    if not any(here(t, capital) for t in name.value):
        return False
    return 2 * sum(map(here, name.value)) >= len(name.value) and (not head or here(head[-1]))


def spellable(letters: str, text: Parsed) -> bool:
    """Each letter of the acronym starts a word of the text, as `acronym_pattern` needs (the
    first after a word boundary, the others after a space or a hyphen): most sentences fail
    it, and are not searched with a pattern compiled for one claim's acronym."""
    return remembered(text, ("word starts",), word_starts, text).issuperset(letters)


def word_starts(text: Parsed) -> frozenset[str]:
    return frozenset(WORD_START_RE.findall(text.text))


WORD_START_RE = re.compile(r"\b\w")


@lru_cache(maxsize=256)
def acronym_pattern(acronym: str) -> re.Pattern:
    """'EUTM' -> European Union Training Mission (small connecting words allowed)."""
    glue = r"[\s-]+(?:(?:of|and|the|for|de|du|in)\s+)*"
    return re.compile(r"\b" + glue.join(f"{c}[\\w’'-]*" for c in acronym) + r"\b")


# --- comparing a claim with a sentence -----------------------------------------------------

@dataclass
class Comparison:
    conflicts: list[Conflict]
    unstated: list[Mention]  # claim facts the sentence does not state (nor conflict with)
    absent: list[Mention]  # ... nor anything else in the passage
    stated: dict[int, Mention]  # claim mention number -> the sentence's agreeing mention
    excluded: set[str]  # claim terms of the conflicting facts: not part of "the rest"
    other_actor: bool = False  # the sentence names a country the claim does not
    # a date of the claim and the sentence's only other date of its kind, neither in a shared
    # role: a conflict only if the sentence states the claim's event (`check.align` decides)
    lone_dates: list[tuple[Mention, Mention]] = field(default_factory=list)


def compare(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary) -> Comparison:
    result = Comparison([], [], [], {}, set())
    # what each side has that a reading below needs before it can find a conflict
    # (`qa.claims.compare_gates`): a reading is called only where the two have it
    claim_has, sentence_has = claim_compares(claim, vocab), sentence_compares(sentence)
    # "came to the country in July 2013" against "in July 2013, ... which had come six months
    # earlier": the date is another event's, the claim's placed from it (`offset_events`)
    placed = offset_dated(claim, sentence) if ONE_DATE in claim_has else None
    # "before April 2016": a bound, stated by a date on its side (`qa.claims.date_bounds`)
    bounds = claim.memo.get(("date bounds",), UNMADE)  # a hit without a call (`remembered`)
    if bounds is UNMADE:
        bounds = remembered(claim, ("date bounds",), claim_bounds, claim)
    for n, mention in enumerate(claim.mentions):
        if n in bounds:
            reading, theirs = bound_reading(bounds[n], sentence)
            if reading == "holds":
                result.stated[n] = theirs
                continue
            if reading == "equal":
                result.unstated.append(mention)
                continue
        if placed is not None and n in placed.numbers:
            if placed.stated:
                result.stated[n] = placed.placer
            elif placed.conflict is not None:
                if placed.conflict not in result.conflicts:
                    result.conflicts.append(placed.conflict)
                result.excluded.update(word_terms(mention.text, vocab))
            else:
                result.unstated.append(mention)
            continue
        # "more than 40" / "only 40": the sentence's ceiling passed, in the claim's role
        ceiling = next((s for s in ceilings_passed(mention, sentence)
                        if same_role(claim, mention, sentence, s, vocab)), None) \
            if mention.bound == "lower" else None
        if ceiling is not None:
            result.conflicts.append(conflict_of(mention, ceiling, claim))
            result.excluded.update(word_terms(mention.text, vocab))
            continue
        same = stated_by(mention, claim, sentence, vocab)
        if same:
            result.stated[n] = same
            continue
        # the passage's alone: remembered on it, as every sentence of it asks the same
        memo_key = ("states anywhere", mention, vocab)
        in_passage = passage.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
        if in_passage is UNMADE:
            in_passage = remembered(passage, memo_key, states_anywhere, mention, passage, vocab)
        rival = rival_of(mention, claim, sentence, vocab, in_passage)
        if rival:
            result.conflicts.append(conflict_of(mention, rival, claim))
            result.excluded.update(word_terms(written_word(claim, mention), vocab))
            result.excluded.update(part_of_period(claim, mention, vocab))  # "late 2022"
            result.excluded.update(grading_terms(claim, mention, vocab))  # "a full three weeks"
            continue
        result.unstated.append(mention)
        if not in_passage:
            result.absent.append(mention)
            lone = lone_date(mention, claim, sentence) \
                or date_of_same_verb(claim, mention, sentence, vocab)
            if lone and not year_of_placed_event(
                    claim, mention, sentence, lone,
                    lambda name, text: name_found(name, text, vocab)):
                result.lone_dates.append((mention, lone))
    # a figure the claim restates in brackets ("two-thirds (67 percent) of"): one fact, which
    # the sentence states by stating either (`qa.claims.restated`); the first is often read
    # as counting nothing, the bracket standing between it and its noun
    for n, k in restatements(claim) if RESTATED in claim_has else ():
        mine = claim.mentions[n]
        if k in result.stated and n not in result.stated \
                and any(m is mine for m in result.unstated):
            result.stated[n] = result.stated[k]
            result.unstated = [m for m in result.unstated if m is not mine]
            result.absent = [m for m in result.absent if m is not mine]
            result.lone_dates = [pair for pair in result.lone_dates if pair[0] is not mine]
    result.other_actor = any(m.kind == "country" and not name_found(m, claim, vocab)
                             for m in sentence.mentions)
    for mine, theirs in changed_from(claim, sentence) if FROM_TO in claim_has else ():
        # "from 174 to 300" / "to 174"
        result.conflicts.append(conflict_of(mine, theirs, claim))
        result.excluded.update(vocab.analyzer.terms(mine.text))
    for mine, theirs in exceeded(claim, sentence):  # "more police than 1,440" / "1,052 police"
        result.conflicts.append(conflict_of(mine, theirs, claim))
        result.excluded.update(vocab.analyzer.terms(mine.text))
    share = share_against_counts(claim, sentence) \
        if QUANTIFIER in claim_has and FIGURE in sentence_has else None
    # ("the majority were police" / "339 police")
    if share:
        result.conflicts.append(Conflict(share[0], share[1].text, ConflictKind.NUMBER,
                                         (share[1].start, share[1].end)))
        result.excluded.update(vocab.analyzer.terms(share[0]))
    # "until June 2024" / "by December 2023"; "started in 2020" / "from 2017 onward"
    for mine, theirs in chain(other_deadline(claim, sentence) if DEADLINE in claim_has else (),
                              other_start(claim, sentence) if START in claim_has else ()):
        if bound_stated(claim, mine, result.stated):
            continue  # "by June 30 the Council had ended it" / "ended it on June 30 and decided
            # the withdrawal would be completed by December": the claim's date is the
            # sentence's too, its one deadline another deed's
        found = conflict_of(mine, theirs, claim)
        if found not in result.conflicts:  # "first licensed in April 2014": a date's role too
            result.conflicts.append(found)
            result.excluded.update(vocab.analyzer.terms(mine.text))
    multiple = other_multiple(claim, sentence) \
        if MULTIPLE in claim_has and sentence_shows(MULTIPLE, sentence) else None
    # ("half the size of" / "three times the size of")
    if multiple:
        result.conflicts.append(Conflict(multiple[0], multiple[1], ConflictKind.NUMBER,
                                         multiple[2], Placement.MULTIPLE))
        # the ratio's own words only: "roughly the same size as Germany" names the measure
        # and its thing, which the sentence's "three times the size of Germany" states too,
        # as "twice" leaves them to the rest (`tallies.ratio_words`)
        result.excluded.update(ratio_words(multiple[0], sentence, vocab))
    # (the readings below that take the facts the sentence states find nothing where it
    # states none, most pairs: each is asked only where `result.stated` still holds one)
    if result.stated:
        result.conflicts += swapped_numbers(claim, sentence, result.stated, vocab)
    if OWNED_FIGURE in claim_has:
        result.conflicts += respective_swaps(claim, sentence, vocab)
    # ("Moss makes up 30%" / "Peat and moss make up 30% and 8%, respectively"): a listed
    # thing that is no name given another's figure (`qa.claims.respective_items`)
    for mine, theirs, item, other in swapped_items(claim, sentence) if result.stated else ():
        found = Conflict(f"{item.word} ... {mine.text}", f"{other.word} ... {theirs.text}",
                         figure_kind(mine), (theirs.start, theirs.end))
        if found not in result.conflicts:  # the names' reading found it: "Benin ... 450"
            result.conflicts.append(found)
    if MEASURED in claim_has:
        result.conflicts += other_units(claim, sentence, result.stated, vocab)
    # ("15 laps a week" / "15 laps a day"): the same figure counted per another period
    # (`qa.claims.rate_period`)
    for found in other_period_conflicts(claim, sentence, result.stated) if result.stated \
            else ():
        result.conflicts.append(found)
        result.excluded.update(vocab.analyzer.terms(found.claim))
    # ("25 degrees Fahrenheit" / "25 °C"): the same figure on another temperature scale
    # (`qa.claims.unit_roles`)
    for mine, theirs, span in other_scales(claim, sentence, result.stated) if result.stated \
            else ():
        result.conflicts.append(Conflict(mine, theirs, ConflictKind.NUMBER, span))
        result.excluded.update(vocab.analyzer.terms(mine))
    # ("the preceding months" / "years")
    for found in (other_lengths(claim, sentence)
                  if TIME in claim_has and sentence_shows(TIME, sentence) else ()):
        result.conflicts.append(found)
        result.excluded.update(vocab.analyzer.terms(found.claim))
    if ORDINAL in claim_has or ORDINAL in sentence_has:
        result.conflicts += outranked(claim, sentence, vocab)
    relations = (exclusive_predicates(claim, sentence, vocab) if EXCLUSIVE in claim_has
                 else []) \
        + (opposites(claim, sentence, vocab) if OPPOSITE in claim_has else []) \
        + (change_against_none(claim, sentence, vocab) if STASIS in claim_has else []) \
        + sameness_reversed(claim, sentence, vocab)  # "the same aims" / "different aims"
    # a change the other way, where no antonym already reversed the claim's relation
    relations = relations or (reversed_change(claim, sentence, vocab) if CHANGE in claim_has
                              else [])
    for found in relations \
            + (ended_against_continued(claim, sentence)
               if CONTINUATION in claim_has and sentence_shows(CONTINUATION, sentence) else []) \
            + (flipped(claim, sentence, vocab) if claim.negated or sentence.negated else []) \
            + (denied_synonym(claim, sentence, vocab)
               if not claim.has_negation and sentence.negated
               or claim.negated and not sentence.has_negation else []) \
            + (denied_by_without(claim, sentence, vocab)
               if WITHOUT in claim_has or WITHOUT in sentence_has else []) \
            + (reordered(claim, sentence, vocab) if RELATION in claim_has else []) \
            + (done_before(claim, sentence, vocab) if BEFORE in claim_has else []):
        result.conflicts.append(found)
        result.excluded.update(vocab.analyzer.terms(found.claim))
    swapped = swapped_alternative(claim, sentence, vocab) \
        if SET_AGAINST in claim_has and sentence_shows(SET_AGAINST, sentence) else None
    # ("A rather than B" / "B rather than A")
    if swapped:
        mine, theirs = swapped
        result.conflicts.append(Conflict(mine.word, theirs.word, ConflictKind.RELATION,
                                         (theirs.start, theirs.end)))
    if not result.conflicts:  # "the northern region of Kidal" / "the central region of Mopti"
        for found in other_region(claim, sentence):  # is one fact, the place, stated otherwise
            result.conflicts.append(found)
            result.excluded.update(vocab.analyzer.terms(found.claim))
    # "early 2023" against "In June 2023": a month the claim's part of the year leaves out
    for n, found in part_against_month(claim, result.stated, sentence) if result.stated \
            else ():
        del result.stated[n]
        result.conflicts.append(found)
        result.excluded.update(vocab.analyzer.terms(found.claim))
    # "95 nets in 2019" against "140 in 2019, compared with 95 in 2018": the figure the
    # sentence gives the claim's date (`qa.claims.dated_figures`)
    # "Eleven of the depots" against "two of the company's eleven depots": the claim's part is
    # the sentence's whole (`qa.claims.parts_of_whole`)
    if result.stated:
        stated_otherwise(result, figure_dated_otherwise(claim, sentence, result.stated)
                         + part_against_whole(claim, sentence, result.stated), claim, vocab)
    # "its camp at Velm in October" against "at Velm in August and ... at Orsk in
    # October": two conjuncts' facts crossed (`qa.claims.parallel`)
    if result.stated:
        stated_otherwise(result, crossed(claim, sentence, result.stated), claim, vocab)
    # "lorries carried 70%" against "ferries carried 70%, while lorries carried 25%": the
    # claim's figure stated, but owned by another (`qa.claims.figure_owner`)
    if result.stated:
        stated_otherwise(result, owners_swapped(claim, sentence, result.stated), claim, vocab)
    # "ended 11,000 years ago" against "began 300,000 years ago": the other end's date, no
    # conflict (`qa.claims.dated_ends`)
    if len(result.conflicts) > 1:
        other_event_dated(result, claim, vocab.analyzer.terms)
    return result


def stated_otherwise(result: Comparison, found: list[tuple[int, Mention, Mention]],
                     claim: Parsed, vocab: Vocabulary) -> None:
    """Each (number, claim fact, sentence fact) of `found` is no longer stated but in
    conflict: the sentence gives the claim's fact to another, or another value in its place."""
    for n, mine, theirs in found:
        del result.stated[n]
        result.conflicts.append(conflict_of(mine, theirs, claim))
        result.excluded.update(word_terms(mine.text, vocab))


def owners_swapped(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]
                   ) -> list[tuple[int, Mention, Mention]]:
    """(the number of the claim's figure, the figure, the sentence's figure its owner owns)
    for each stated figure the sentence gives another owner (`figure_owner.given_to_other`)."""
    found = []
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family in AMOUNTS and theirs.family == mine.family \
                and not same_range(claim, mine, sentence, theirs, agree):
            # (the very same range, both ends, is one fact and tells its owner: "varies
            # between 246 and 249 years" is not another clause's "between about 39 and 40")
            rival = given_to_other(claim, mine, sentence, theirs)
            if rival is not None:
                found.append((n, mine, rival))
    return found


def claim_compares(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """What the claim has that a reading of `compare` needs (`qa.claims.compare_gates`), with
    a word of an opposite or of an exclusive pair (`opposites`, `exclusive_predicates`: this
    module's tables), remembered on its parse."""
    memo_key = ("claim compares", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, read_claim_compares, claim, vocab)
    return found


def read_claim_compares(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    return claim_features(claim) | {
        name for name, has in (
            (OPPOSITE, remembered(claim, ("opposites", vocab),
                                  claim_opposites, claim, vocab)[0]),
            (EXCLUSIVE, remembered(claim, ("exclusive sides", vocab),
                                   exclusive_sides, claim, vocab)),
            (STASIS, change_or_stasis(claim, vocab)),
            (RELATION, relation_or_order(claim, vocab)),
            (MEASURED, measured_units(claim)),
            (OWNED_FIGURE, figure_owners(claim) or respective_pairs(claim)))
        if has}


def change_or_stasis(claim: Parsed, vocab: Vocabulary) -> bool:
    """Whether `change_against_none` may find anything with this claim, on either side of it:
    the claim's side of the first test of each of its four readings. `unchanged_pairs` with
    the claim changing needs a verb of change of the stasis table (`changes`: without one it
    has no stasis words), with the claim standing still a stasis word among its verbs' terms
    (`verb_terms`); `magnitude_pairs` with the claim changing needs a verb of change (either
    kind), with the claim standing still a figure's standstill (`figure_stasis`). Most claims
    have none of the four, and the reading's every pair then ends at once."""
    return bool(changes(claim, vocab)) or bool(magnitude_changes(claim)) \
        or figure_stasis(claim, vocab) is not None \
        or not verb_terms(claim).isdisjoint(every_stasis_term(vocab))


def relation_or_order(claim: Parsed, vocab: Vocabulary) -> bool:
    """Whether `reordered` may find anything with this claim: a word of order it does not
    deny (`sequence.reversed_order` reads none else) or a word of one of the vocabulary's
    connectives (`ordered_by`), by the claim's own remembered lists."""
    return bool(claim_order_list(claim, vocab)) or claim_relation_words(claim, vocab) is not None


def claim_relation_words(claim: Parsed, vocab: Vocabulary) -> set[str] | None:
    """`ordered_by`, remembered on the claim's parse."""
    return remembered(claim, ("ordered by", vocab), ordered_by, claim, vocab)


PERIOD_PARTS = frozenset("early late mid middle".split())  # "in late 2022", "by mid-2015"


def part_of_period(text: Parsed, mention: Mention, vocab: Vocabulary) -> set[str]:
    """The terms of the word that picks a part of a date's year or month ("late 2022"): a
    fact of the date, left out of the rest with it when the date is in conflict."""
    if mention.family not in ("year", "month"):
        return set()
    words = re.split(r"[\s-]+", text.text[:mention.start].strip().lower())
    word = words[-1] if words and words[-1] else words[-2] if len(words) > 1 else ""
    return set(vocab.analyzer.terms(word)) if word in PERIOD_PARTS else set()


# the families of the figures that may state a figure of each family (`agree`: a count and a
# year may be one figure, "2069 troops"; any other only one of its own)
AGREEING = {"count": ("count", "year"), "year": ("year", "count")}


def bound_stated(claim: Parsed, mine: Mention, stated: dict[int, Mention]) -> bool:
    """The claim's date bounding a span (a deadline, a start) is stated by the sentence as the
    very same date, day and all where both give one: whatever other bound the sentence sets
    is another thing's."""
    n = next((n for n, m in enumerate(claim.mentions) if m is mine), None)
    theirs = stated.get(n)
    return theirs is not None and theirs.family == mine.family \
        and theirs.value == mine.value and theirs.day == mine.day


def stated_by(mention: Mention, claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """The sentence's mention stating the claim's fact: the same figure, else one implying it
    ("174" for "more than 100") about the same thing."""
    if mention.family == "name":
        if states_name(mention, sentence, vocab):
            return next((s for s in sentence.mentions if s.family == "name"), mention)
        return government(mention, claim, sentence)
    if member_of_stated_set(claim, mention, sentence, vocab):
        return mention  # "One option ... was" / "offered three options"
    kin = AGREEING.get(mention.family, (mention.family,))
    for s in sentence.mentions:  # a loop, no generator: asked for each figure of every pair
        if s.family in kin:
            break
    else:
        return None  # no figure that may agree with it (`agree`, `synonymous_rank`): most pairs
    if any(reversed_bound(mention, s) for s in sentence.mentions):
        return None  # "over 100" is the claim's figure with the other hedge: not "less than 100"
    difference = difference_stated(claim, mention, sentence)
    if difference is not None and agree(mention, difference):
        return difference  # "fell by about three hours" / "from nine hours to just under six"
    partner = range_partner(claim, mention)  # "between 400 and 500": both ends or neither
    agreeing = [s for s in sentence.mentions if agree(mention, s)
                and (partner is None or agree(partner, s)
                     # the very same range ("between 40 and 70" / "between 40 and 70")
                     or same_range(claim, mention, sentence, s, agree))
                and not label_against_count(claim, mention, sentence, s)  # "level-2"
                or synonymous_rank(mention, s, vocab)]
    if start_value(claim, mention):  # "down from 67 percent": an earlier value of the measure
        agreeing = [s for s in agreeing if earlier_value(sentence, s)]
    exact = [s for s in agreeing if s.value == mention.value or mention.family == "rank"
             or same_span(mention, s)  # "ten years" / "the last decade"
             or rounded_share(mention, s)  # "about two-thirds of the incidents" / "67 percent
             and counted(claim, mention) & counted(sentence, s)]  # of all incidents"
    if exact:
        return exact[0]
    return next((s for s in agreeing if same_role(claim, mention, sentence, s, vocab)
                 or glossed(claim, mention, sentence, s, vocab)
                 or unit_role(claim, mention, sentence, s, vocab)), None) \
        or spanned(claim, mention, sentence)  # "two weeks later" / "on 16 June ... on 30 June"


def glossed(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
            vocab: Vocabulary) -> bool:
    """The sentence's figure alone in brackets after the words the claim's figure measures
    ("almost all of the plain (96.4%)" / "almost 96% of the plain"), for support only
    (`qa.claims.bracketed_figure`)."""
    if mine.family not in AMOUNTS or not bracketed(sentence, theirs):
        return False
    _, after = neighbours(claim, mine, vocab, skip_names=True)
    before, _ = neighbours(sentence, theirs, vocab, skip_names=True)
    return glossed_role(after, before)


WEB_ADDRESS_RE = re.compile(r"\bhttps?://|\bwww\.", re.IGNORECASE)


def cites_address(text: Parsed) -> bool:
    """The text holds a web address: an entry of a list of references or notes, which names
    a source (its title, publisher and date), not an event."""
    return remembered(text, ("web address",), holds_address, text.text)


def holds_address(text: str) -> bool:
    return WEB_ADDRESS_RE.search(text) is not None


def verbless(text: Parsed) -> bool:
    """No word of the text in lower case can be a verb (its names' words aside)."""
    return remembered(text, ("verbless",), reads_no_verb, text)


def reads_no_verb(text: Parsed) -> bool:
    """`verbless`, worked out."""
    return not any(
        t.word.isalpha() and t.word.islower() and can_be_verb(t.word) for t in text.tokens)


def reversed_bound(claim: Mention, source: Mention) -> bool:
    """The same figure, hedged the other way: "less than 100" / "over 100"."""
    return same_kind(claim, source) and claim.value == source.value \
        and {claim.bound, source.bound} == {"lower", "upper"}


def government(mention: Mention, claim: Parsed, sentence: Parsed) -> Mention | None:
    """The sentence's country whose government the claim's capital stands for
    (`governing_country`: "Moscow favoured ..." is stated by "Russia, supportive of ...")."""
    country = governing_country(mention, claim)
    if not country:
        return None
    return next((s for s in sentence.mentions if s.kind == "country" and s.value == country),
                None)


def governing_country(mention: Mention, claim: Parsed) -> str | None:
    """The country whose government a capital acting stands for; None for any other name,
    and for a capital as a place ("in Bamako"), which is itself."""
    country = capital_cities().get(mention.text.lower())
    return country if country and not is_place(claim, mention) else None


def states_anywhere(mention: Mention, text: Parsed, vocab: Vocabulary) -> bool:
    if mention.family == "name":
        return states_name(mention, text, vocab)
    return any(agree(mention, m) for m in text.mentions)


def rival_of(mention: Mention, claim: Parsed, sentence: Parsed, vocab: Vocabulary,
             in_passage: bool) -> Mention | None:
    """The sentence's different fact of the same kind in the same role (next to the same
    words), if there is one. A fact the passage states elsewhere may be what the sentence's
    "it" or "that year" stands for: then only a rival in the same role counts, and only a
    country is unambiguous enough for a name ("Egypt suspended" where the claim says "Sweden")."""
    if mention.family == "rank" or (in_passage and mention.family == "name"
                                    and mention.kind != "country"):
        return None  # a missing superlative is not stated; "smallest" is an exclusive pair
    # each test below is pure and only ever returns None, so which is asked first changes
    # nothing found: the cheapest, which fails most pairs, first (the three look-ups after it
    # were ~7 of a pair's ~86 memory look-ups)
    for s in sentence.mentions:  # a loop, no generator: asked for each fact of every pair
        if same_kind(mention, s):
            break
    else:
        return None  # no candidate below: most sentences have no fact of the claim's kind
    if mention.family == "name" and verbless(sentence):
        return None  # a reference ("Resolution 12 (May 4, 2016), Port Doc. B/RES/12") or
        # a heading tells no event, so none of its names acts in the claim's
    if cites_address(sentence):
        return None  # a reference's entry ("Harbour Gazette, 'Ferry Talks to Resume', 3
        # March 2019, http://..."): its names and dates are a title's and its publication's
    if remembered(claim, ("without rival", mention), without_rival, claim, mention):
        return None
    # "two weeks later the board ended" against a sentence that tells no ending: only an
    # offset of its own is a rival ("six weeks later")
    elsewhere = another_event(claim, mention, sentence, vocab)
    if mention.family == "name" and named_by_capital(mention, claim, sentence, 0,
                                                       governing_country):
        return None  # "The Ostrian government" / "Valdria says": stated by its capital
    if mention.family == "name":
        # a name has no unit or offset to be paired by and is never the one figure left
        # (below): its rival is the first candidate in its role. The role, which most of a
        # sentence's names fail, is asked first: the candidate's many tests only of those
        # that pass it (each test pure, so the one found is the same)
        # (not a name that stands for another of the claim's names where the claim puts it:
        # "the Security Council" of "Following Bamako's demand, the Security Council ended"
        # is the sentence's "UN Security Council", `qa.claims.names_taken`)
        return next((s for s in sentence.mentions if same_kind(mention, s)
                     and not same_name_derived(mention, s)  # "Oceanic" / "Ocean"
                     and same_role(claim, mention, sentence, s, vocab)
                     and candidate(mention, claim, s, sentence, vocab, elsewhere)
                     and not taken_by_another(
                         claim, mention, sentence, s,
                         lambda other, name: name_found(other, as_text(name), vocab),
                         lambda other, name: role_shared(claim, other, sentence, name, vocab),
                         lambda name: name_found(name, sentence, vocab))),
                    None)
    candidates = [s for s in sentence.mentions if same_kind(mention, s)
                  and candidate(mention, claim, s, sentence, vocab, elsewhere)]
    measured = multiple_measured(claim, mention)
    if measured:  # "three times the size of the basin" / "four times the size of Luxembourg":
        # multiples of different things are no rivals (`tallies.multiple_measured`)
        candidates = [s for s in candidates
                      if multiple_measured(sentence, s) in ("", measured)]
    # a range is one fact, what it counts written after its upper end ("between 200 and 300
    # peacekeepers"): each end is paired, and counted among the claim's open figures, as that
    partner = range_partner(claim, mention)
    counts = partner if partner is not None and partner.start > mention.start else mention
    counting = same_unit(claim, counts, sentence, candidates) \
        or other_offset(claim, mention, sentence, candidates)  # "a year" / "six months earlier"
    if counting:
        return counting
    aligned = [s for s in candidates if (same_role(claim, counts, sentence, s, vocab)
               or number_of(claim, counts, sentence, s)) and not determiner_one(s)
               and not label_counts_another(claim, counts, sentence, s, vocab)]
    if aligned:
        return aligned[0]
    # one figure each side and nothing else to pair it with: they answer the same question
    # (not for a date: a sentence dates whatever it reports, often another event; nor for a
    # bare "one", a determiner more often than a count: "at any one time", "one obstacle",
    # which only what it counts pairs, `same_unit`; nor where another figure of the sentence
    # may be the claim's, `overlapping`: "more than 1,500" / "its over 1,000-strong contingent,
    # citing the deaths of seven"); the claim's figures left open are counted last (a range
    # once), only where the rest holds
    if mention.family not in ("name", "year", "month", "time") and not in_passage \
            and len(candidates) == 1 and not determiner_one(candidates[0]) \
            and not any(overlapping(claim, mention, s) for s in sentence.mentions) \
            and sum(1 for c in claim.mentions if same_kind(c, mention) and c != partner
                    and not any(range_agrees(claim, c, s, sentence)
                                for s in sentence.mentions)) == 1 \
            and not counts_another(claim, counts, sentence, candidates[0], vocab) \
            and occasion(claim, mention) == occasion(sentence, candidates[0]):
        return candidates[0]  # (a figure of the days on which a thing happened, "on one day",
        # and a span, "over the past 120 years", answer two questions: `figure_roles.occasion`)
    return None


def candidate(mention: Mention, claim: Parsed, s: Mention, sentence: Parsed, vocab: Vocabulary,
              elsewhere: bool) -> bool:
    """Whether the sentence's fact `s`, of the claim's fact's kind, may be its rival: none of
    the readings below makes it another thing, a part of it or the same fact written otherwise
    (`elsewhere`: the claim's fact is an offset whose event the sentence does not tell)."""
    return (not identifier(sentence, s)
            and (same_type(mention, claim, s, sentence)
                 or origin_both_ways(claim, mention, sentence, s, vocab))
            and not within(mention, s)
            # a change's start ("down from 15,000") is rivalled only by another start
            and not (start_value(claim, mention) and not earlier_value(sentence, s))
            and not (recent_span(claim, mention) and recent_span(sentence, s))
            and not (mention.kind != "country" and region_of_country(s, vocab))
            and not (elsewhere and not offset(sentence, s))
            # "a year later" / "after ten years of its presence": a gap, a state's length
            and not (bare_offset(claim, mention) and stretch_of(sentence, s))
            and not one_word_family(mention, s, vocab)
            and not plural_of(mention, s)  # "West African TCC" / "... TCCs"
            and not other_measures(mention, s)  # "400 gigawatts" / "400 gigawatt-hours"
            and not other_range_kind(claim, mention, sentence, s)  # "6" / "5–10%"
            and not short_form(mention, s)  # "UNSC" / "Security Council"
            and not misspelt(mention, s)  # "ORVALIS" / "ORVLIS": one acronym, a letter dropped
            and not glued_seat(mention, s)  # "Marlow" / "UAMarlow": the body's seat
            and not dates_another_thing(claim, mention, sentence, s)
            and not dates_another_event(claim, mention, sentence, s, vocab)
            and not dates_another_figure(claim, mention, sentence, s)  # "up from 48% in 2011"
            and not dates_another_actor(claim, mention, sentence, s,
                                        lambda name, text: name_found(name, text, vocab))
            # "the 2003 Norlandic floods" / "floods hit Westria in 2013": another place's event
            and not year_of_placed_event(claim, mention, sentence, s,
                                         lambda name, text: name_found(name, text, vocab))
            and not other_increment(claim, mention, sentence, s)  # "an additional 2,069"
            and not other_ceiling(claim, mention, sentence, s)  # "authorized 12,640"
            and not inside_span(claim, mention, s)  # "after 2011" / "in 2016"
            # "between 1,000 and 1,500" / "over 1,000", in one unit ("60 gigatonnes" is 60
            # billion tonnes)
            and not held_within(claim, mention, in_unit_of(mention, s))  # "312" / "over 300"
            and not given_to_another(claim, sentence, s, vocab)  # "450 and 200, respectively"
            and not in_defined_name(sentence, s)  # "Center for Civilians in Conflict (CIVIC)"
            # "European contributors—including Sweden" / "contributors such as Sweden ...,
            # several African contributors": the claim's other group, by its members
            and not (mention.family == "name" and members_named_elsewhere(
                claim, mention, sentence, s, lambda name, text: name_found(name, text, vocab)))
            # "numbered more than 1,000 troops" / "the deaths of seven of its personnel"
            and not other_sides(claim, mention, sentence, s)
            # one list's item against another's, one of them only some of a set: the set's
            # other member, no rival
            and not (mention.family == "name" and in_list(claim, mention)
                     and in_list(sentence, s)
                     and (partial_list(claim, mention) or partial_list(sentence, s)))
            and not claim_states(s, claim, sentence, vocab)
            # "eight days after the UK's announcement" / "Three days later, the UK announced"
            and not gap_of_other_events(claim, mention, sentence, s, vocab)
            and not stated_breakdown(mention, s, claim, sentence, vocab))


def counts_another(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                   vocab: Vocabulary) -> bool:
    """Each figure is followed by what it counts, and they share no word, not even by a
    synonym ("add 240 pilots to the harbour service" / "offered four plans for the
    new quay"): two counts of two things. A figure after a label counts what the label
    names ("Dock workers at the port: 400", `harmed.labelled`)."""
    label = labelled(claim, mine)
    if not ((label or noun_after(claim, mine)) and noun_after(sentence, theirs)):
        return False
    units = [unit_after(claim, mine), unit_after(sentence, theirs)]
    if all(units) and measure(units[0]) and measure(units[0]) == measure(units[1]):
        return False  # "more than a year" / "a nine-month siege": one measure, two sizes
    ours = label_terms(claim, mine) if label else counted(claim, mine)
    their = counted(sentence, theirs)
    return not (ours & their or vocab.expand(ours) & vocab.expand(their))


def label_counts_another(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                         vocab: Vocabulary) -> bool:
    """The claim's figure counts what its label names ("Nurses at the regional hospital:
    600") and the sentence's figure counts another thing ("treated 1,900 patients"), though a
    word of the label stands near both (`counts_another`)."""
    return labelled(claim, mine) and counts_another(claim, mine, sentence, theirs, vocab)


def label_terms(text: Parsed, mention: Mention) -> set[str]:
    """The terms of the label before a figure: what it counts."""
    return {term for t in text.tokens if t.end <= mention.start for term in t.terms}


def noun_after(text: Parsed, mention: Mention) -> bool:
    """A content word stands right after the figure ("three options"; not "174 were killed")."""
    after = next((t for t in text.tokens if t.start >= mention.end), None)
    return after is not None and not after.brk and bool(after.terms) \
        and not after.word[0].isdigit()



ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")  # "TCCs", "NGOs": stemming leaves them


def plural_of(mine: Mention, theirs: Mention) -> bool:
    """Two names the same but for an acronym's plural ("troops of the TCC" / "the TCCs"):
    one name in another number, never a rival."""
    if mine.family != "name" or theirs.family != "name" or mine.text == theirs.text:
        return False
    return singular(mine.text) == singular(theirs.text)


@lru_cache(maxsize=4096)
def singular(name: str) -> str:
    """The name lower-case with its acronyms in the singular ("the TCCs" -> "the tcc"): asked
    of a claim's name against every name of every sentence."""
    return singular_acronyms(name).lower()


def claim_states(source: Mention, claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """A fact of the claim of the source's kind that the source states (`states_claim`), not
    stated as written by another of the sentence's figures (`stated_exactly`): then the source
    is no rival of another fact of the claim. For a name, every claim name of its kind asks
    the same (whether the claim names the source), which is remembered on the claim's parse:
    each of the claim's names asks it of every name of the sentence."""
    if source.family == "name":
        return any(same_kind(c, source) for c in claim.mentions) and remembered(
            claim, ("names", source, vocab), name_found, source, claim, vocab)
    return any(states_claim(c, source, claim, vocab, sentence)
               and not stated_exactly(c, source, sentence)
               for c in claim.mentions if same_kind(c, source))


def stated_breakdown(mention: Mention, source: Mention, claim: Parsed, sentence: Parsed,
                     vocab: Vocabulary) -> bool:
    """The source is the total or a part of a breakdown ("12,640 personnel, of which 11,200
    military") another figure of which the claim states, not given together with `mention`
    (`listed_together`): the claim's figure is of another quantity (`qa.claims.breakdowns`)."""
    # each text's alone, remembered on its parse: asked for every candidate rival
    groups = [group for group in remembered(sentence, ("breakdowns",),
                                            breakdowns, sentence) if source in group]
    if not groups:
        return False
    own = [group for group in remembered(claim, ("listed together",),
                                         listed_together, claim) if mention in group]
    return any(same_kind(c, other) and states_claim(c, other, claim, vocab)
               and not any(c in group for group in own)
               for group in groups for other in group if other != source
               for c in claim.mentions if c != mention)


def without_rival(claim: Parsed, mention: Mention) -> bool:
    """The claim's fact has no rival in any sentence, by what the claim alone says of it
    (remembered on the claim's parse: asked again for every sentence)."""
    if attributed(claim, mention) or identifier(claim, mention):
        return True  # "Resolution 2690" / "Resolution 2164": two things, not one misnumbered
    return member(claim, mention)  # "One option ... was": one of a set, not its size
    # (`figure_roles`)


def one_word_family(mine: Mention, theirs: Mention, vocab: Vocabulary) -> bool:
    """Two one-word names (not countries, which have their own values) that are forms of one
    word ("Islamist" / "Islamic", both WordNet's derivationally related forms of "Islam"): one
    name written otherwise, never a rival actor."""
    if mine.family != "name" or theirs.family != "name" or "country" in (mine.kind, theirs.kind) \
            or len(mine.value) != 1 or len(theirs.value) != 1 \
            or not mine.text.isalpha() or not theirs.text.isalpha():
        return False
    return bool(word_family(mine.text.lower(), vocab.analyzer)
                & word_family(theirs.text.lower(), vocab.analyzer))


@lru_cache(maxsize=4096)
def word_family(word: str, analyzer) -> frozenset[str]:
    """The stems of a word and of its derivationally related forms (WordNet)."""
    return frozenset(t for form in [word, *derived_forms(word)] for t in analyzer.terms(form))


def stated_exactly(claim_mention: Mention, source: Mention, sentence: Parsed) -> bool:
    """Another figure of the sentence states the claim's figure as written, value and hedge
    ("over 80 per cent" for "more than 80 per cent"): then `source` is free to be a rival of
    the claim's next figure, though it too lies above the bound ("... and 90 per cent of
    uniformed personnel" against "and 60 per cent")."""
    return claim_mention.family != "name" and any(
        other is not source and same_kind(claim_mention, other)
        and other.value == claim_mention.value and other.bound == claim_mention.bound
        for other in sentence.mentions)


def region_of_country(mention: Mention, vocab: Vocabulary) -> bool:
    """A name that is a compass region of a country ("Northern Mali", "Southern Sudan"): it
    holds the towns and bodies of that part of the country, and names none of them otherwise
    ("residents of Northern Mali" does not say they were not of Kidal)."""
    words = mention.text.split()
    return mention.family == "name" and len(words) >= 2 and words[0].lower() in REGIONS \
        and country_of(" ".join(words[1:]), vocab) is not None


RECENT = frozenset("past last previous".split())


def recent_span(text: Parsed, mention: Mention) -> bool:
    """A span of time that ends now ("over the past 30 years", "within the last 50 years",
    "the last decade"): what held over one such span neither states nor excludes what held
    over a longer or a shorter one ("retreating over the past 30 years" / "more rapid melting
    within the past 50 years")."""
    if mention.family != "count" or not mention.unit:
        return False
    words = last_words(text.text, mention.start, 1) + mention.text.split()[:2]
    return any(w.lower().strip(",") in RECENT for w in words)


def within(claim: Mention, source: Mention) -> bool:
    """The source's date is the claim's, less precise: "in June 2013" does not say on which
    day, and states no other day than the claim's "18 June 2013"; or its order of magnitude
    holds the claim's figure ("thousands of people" / "13,200 people")."""
    return claim.family == source.family == "month" and claim.value == source.value \
        and claim.day and not source.day or holds(source, claim) \
        or open_pair(claim, source)


MAGNITUDE_SPAN = 100  # "hundreds" holds 100 to 9,999: "thousands" holds 13,200
DOZENS = 12  # "dozens" holds 12 to 119: more is "hundreds"


def open_pair(claim: Mention, source: Mention) -> bool:
    """Two dates or times of one family, one of them open, that one reading of each may make
    the same ("03/04/2022" and "3 April 2022"; "9:30" and "21:30"): neither is the other's
    rival (`qa.claims.open_readings`)."""
    return claim.family == source.family and (open_reading(claim) or open_reading(source)) \
        and may_be_same(claim, source)


def holds(order: Mention, figure: Mention) -> bool:
    """The order of magnitude ("thousands of", bound "magnitude") holds the figure: a figure
    from the order to MAGNITUDE_SPAN times it, or another order (stated by the same order
    only, but no rival: "for millions of years" is said of "hundreds of thousands of years")."""
    if order.bound != "magnitude" or order.family != figure.family:
        return False
    if figure.bound == "magnitude":
        return True
    span = 10 if order.value == DOZENS else MAGNITUDE_SPAN
    return order.value <= float(figure.value) < span * order.value


ONE = ("one", "a", "an")


def determiner_one(mention: Mention) -> bool:
    """A figure written "one" or "a" with no measure after it: a determiner or pronoun as
    often as a count ("at any one time", "one significant obstacle")."""
    return mention.family == "count" and mention.value == 1 and not mention.bound \
        and not mention.unit and mention.text.lower() in ONE


def same_unit(claim: Parsed, mention: Mention, sentence: Parsed,
              candidates: list[Mention]) -> Mention | None:
    """The sentence's figure that counts what the claim's figure counts: the first word after
    it is the first word after the claim's that the sentence has ("1,069 police officers" /
    "1,730 troops, 339 police" pairs 339, not the list's first figure; "1,640 positions were
    allotted to police" / "11,200 military and 1,440 police" pairs 1,440)."""
    if mention.family not in AMOUNTS:
        return None
    unit = unit_after(claim, mention, sentence.terms)
    if unit is None:
        return None
    return next((s for s in candidates if (theirs := unit_after(sentence, s))
                 and set(theirs.terms) & set(unit.terms)), None)


def as_precise(m: Mention, mention: Mention) -> bool:
    """A date of the kind of `mention`, with a day if it has one ("12 April") or none."""
    return same_kind(m, mention) and bool(m.day) == bool(mention.day)


def lone_date_of(claim: Parsed, mention: Mention) -> bool:
    """The claim's only date as precise as `mention` (`as_precise`), and no bound."""
    return len([c for c in claim.mentions if as_precise(c, mention)]) == 1 \
        and not bounded(claim, mention)


def lone_date(mention: Mention, claim: Parsed, sentence: Parsed) -> Mention | None:
    """The sentence's one date of the kind of the claim's one date, another: "On 12 March,
    the board made official" for "the board made it official on 12 April", wherever each
    stands."""
    if mention.family not in ("year", "month", "time"):
        return None
    # the claim's side first, its alone (remembered on its parse: asked of every sentence):
    # the sentence is read for one date alone
    if not remembered(claim, ("lone date", mention), lone_date_of, claim, mention):
        return None
    theirs = [s for s in sentence.mentions if as_precise(s, mention)]
    if len(theirs) == 1 and not agree(mention, theirs[0]) and not bounded(sentence, theirs[0]) \
            and not open_pair(mention, theirs[0]) \
            and not dates_another_figure(claim, mention, sentence, theirs[0]):
        return theirs[0]  # (not "61 percent, up from 48 percent in 2011": the 48's date)
    return None


# prepositions that make a date a bound of a span, not the date of an event: "the board had a
# team by 2015" does not say when it was set up
DATE_BOUNDS = frozenset("by since until till before after from through between".split())


def bounded(text: Parsed, mention: Mention) -> bool:
    words = [w.strip(",").lower() for w in last_words(text.text, mention.start, 3)]
    while words and (words[-1] in MONTH_NAMES or words[-1].isdigit() or words[-1] == "the"):
        words.pop()  # "by 22 May 2020", "by the 22nd": the word before the whole date
    if words and words[-1] in UNTIL and not_until(text, mention):
        return False  # "did not sign until 2014": signed in 2014, the event's date
    return bool(words) and words[-1] in DATE_BOUNDS


def not_until(text: Parsed, mention: Mention) -> bool:
    """A negation in the clause before the date that "until" ends (`facts.delayed`)."""
    before = [k for k, t in enumerate(text.tokens) if t.end <= mention.start]
    for k in reversed(before):
        word = text.tokens[k].word.lower()
        if (word in NEGATIONS or word.endswith(("n't", "n’t"))) and delayed(text.tokens, k):
            return True
        if text.tokens[k].brk:
            return False
    return False


# the bounds that leave an event anywhere after the date (before it): not "since", "from",
# "until" or "by", which give where a span starts or ends ("from 2011 onwards" / "in 2013"
# is another start)
LATER_BOUNDS = frozenset(("after",))
EARLIER_BOUNDS = frozenset(("before",))


def inside_span(claim: Parsed, mention: Mention, source: Mention) -> bool:
    """The claim's year bounds a span ("after 2011", "before 2009") that holds the source's
    year ("in 2016 and 2017" / "in 2004"): the same time told otherwise, never a rival."""
    if not (mention.family == source.family == "year") or not bounded(claim, mention):
        return False
    word = last_words(claim.text, mention.start, 1)[-1].strip(",").lower()
    return word in LATER_BOUNDS and source.value > mention.value \
        or word in EARLIER_BOUNDS and source.value < mention.value


HEDGED_BOUNDS = ("lower", "upper", "approx")
APPROX_SHARE = 0.1  # how far an "about" figure may be from its value (as `agree` reads it)


def held_within(claim: Parsed, mention: Mention, source: Mention) -> bool:
    """The sentence's figure (in the claim's unit, `converted_units.in_unit_of`) lies inside
    the claim's range or hedge, or holds the claim's figure inside its own: no rival."""
    return overlapping(claim, mention, source) or inside_bound(claim, mention, source)


def overlapping(claim: Parsed, mention: Mention, source: Mention) -> bool:
    """Both figures are hedged and the values each allows overlap ("between 1,000 and 1,500"
    / "over 1,000", "fewer than 1,500" / "over 1,000"): neither states the other, and they
    may be one figure, so no rival. An exact figure of the claim is left to `agree`, and so
    is a maximum ("up to a fifth" / "up to 80 percent": the most each reached) and two bounds
    on one side ("more than 500" / "more than 300": two counts reported of one toll, a
    disagreement). A bound excludes its own figure ("between 12,000 and 13,000" / "over
    13,000" cannot meet)."""
    if mention.family not in AMOUNTS or source.family != mention.family \
            or mention.bound not in HEDGED_BOUNDS or source.bound not in HEDGED_BOUNDS \
            or maximum(mention) or maximum(source):
        return False
    partner = range_partner(claim, mention)
    if partner is None and mention.bound == source.bound != "approx":
        return False
    low, high = allowed(mention)
    if partner is not None:  # a range allows what lies between its two ends
        low, high = max(low, allowed(partner)[0]), min(high, allowed(partner)[1])
    other_low, other_high = allowed(source)
    return low < other_high and other_low < high


def inside_bound(claim: Parsed, mention: Mention, source: Mention) -> bool:
    """The claim's exact figure is one the source's bound allows ("312 dead" / "more than 300
    people died", "1,200" / "fewer than 1,500"): the source does not state it, but gives no
    other value either, so no rival. A maximum ("up to 80 percent") gives the value reached,
    and an approximate figure is left to `agree`."""
    if mention.family not in AMOUNTS or source.family != mention.family or mention.bound \
            or source.bound not in ("lower", "upper") or maximum(source) \
            or range_partner(claim, mention) is not None \
            or not isinstance(mention.value, (int, float)):
        return False
    low, high = allowed(source)
    return low < float(mention.value) < high


def allowed(mention: Mention) -> tuple[float, float]:
    """The values a hedged figure allows: "over 1,000" from 1,000 up, "fewer than 1,500" up
    to 1,500, "about 900" within APPROX_SHARE of it."""
    value = float(mention.value)
    if mention.bound == "lower":
        return value, float("inf")
    if mention.bound == "upper":
        return float("-inf"), value
    low, high = value * (1 - APPROX_SHARE), value * (1 + APPROX_SHARE)
    side = approached_from(mention)  # "nearly half" comes up to half, never past it
    return (low, value) if side == "upper" else (value, high) if side == "lower" else (low, high)


def states_claim(claim_mention: Mention, source: Mention, claim: Parsed, vocab,
                 sentence: Parsed | None = None) -> bool:
    if claim_mention.family == "name":
        return name_found(source, claim, vocab)
    return range_agrees(claim, claim_mention, source, sentence)


def range_agrees(claim: Parsed, mention: Mention, source: Mention,
                 sentence: Parsed | None = None) -> bool:
    """The source's figure states the claim's; an end of a range ("between 200 and 300") only
    if the figure lies within the other end too: 174 is "at most 300" but no figure of the
    range, so it is a rival of the range, not a figure the claim states. The end on the same
    side of the very same range of the `sentence` states it too (`qa.claims.range_stated`)."""
    if not agree(mention, source):
        return False
    partner = range_partner(claim, mention)
    return partner is None or agree(partner, source) \
        or sentence is not None and same_range(claim, mention, sentence, source, agree)


def same_kind(a: Mention, b: Mention) -> bool:
    return a.family == b.family and a.kind == b.kind


def same_type(mine: Mention, claim: Parsed, theirs: Mention, sentence: Parsed) -> bool:
    """Conflicts never cross types. Figures carry their type (`same_kind`); a name is a
    country, a place (after "in", "at", "from") or an actor: "based in Timbuktu" is never
    compared with "the UN"; nor a person with a group ("Hume" / "the Royal Society",
    `qa.claims.name_kinds`)."""
    if mine.family == "count" and bool(mine.unit) != bool(theirs.unit):
        return False  # a span ("over the past 30 years") is no rival of a bare figure
    if mine.family != "name":
        return True
    return is_place(claim, mine) == is_place(sentence, theirs) and not kinds_differ(mine, theirs)


def origin_both_ways(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                     vocab: Vocabulary) -> bool:
    """Two countries of one type though one follows "from": "soldiers from Niger" / "Ivorian
    soldiers" tell where the same noun's people come from, one after the noun and one as its
    adjective (`turned_role`), not a place of the event against an actor (`same_type` reads a
    name after "from" as a place, "deployed from Niger"). Most facts are no countries: asked
    of those first."""
    return mine.kind == "country" == theirs.kind \
        and turned_role(claim, mine, sentence, theirs, vocab)


def is_place(text: Parsed, mention: Mention, article: bool = True) -> bool:
    """A name after a place preposition; after one of location and "the" too, unless
    `article` is False ("in the Tara valley" is a place as "in Tara" is; "escorted a UN team"
    is no place, nor are the source and the recipient in "peacekeepers from the Tarish
    contingent", "support to the Tara Joint Force"). Remembered on the parse by where the
    name starts: a claim's name is asked it against each name of each sentence."""
    return remembered(text, ("is place", mention.start, article),
                      find_is_place, text, mention, article)


def find_is_place(text: Parsed, mention: Mention, article: bool) -> bool:
    return after_place_word(text, mention.start, article)


def after_place_word(text: Parsed, start: int, article: bool) -> bool:
    """`is_place`, worked out from the words before `start`."""
    before = [w.lower() for w in last_words(text.text, start, 2)]
    if len(before) > 1 and before[-1] in ARTICLES:
        return article and before[-2] in LOCATIVE
    return bool(before) and (before[-1] in PLACE_WORDS
                             # "on the island of Kora": a place named after its kind
                             or before[-1] == "of" and named_place_of(text.text, start))


def neighbours(text: Parsed, mention: Mention, vocab: Vocabulary,
               window: int = WINDOW, skip_names: bool = False, in_clause: bool = False
               ) -> tuple[set, set]:
    """The content words just before and just after a fact (with their synonym groups); for
    a figure's role, not the words of a name: a name is a fact of its own ("in Mopti-Sévaré
    can treat up to 50" and "in Mopti-Sévaré should eliminate one" share a place, not what 50
    counts); with `in_clause`, the words after it only up to the end of its clause
    (`clause_bounds`), unless it then has none: the words before a name in a list ("the
    Stimson Center, and Security Council Report organized") are its list's, and tell its role."""
    key = (mention.start, mention.end, window, skip_names, in_clause)
    found = text.neighbourhoods.get(key)  # a pure function of the parse: remembered on it
    if found is None:
        names = [(m.start, m.end) for m in text.mentions if m.family == "name"] \
            if skip_names else ()
        role = (lambda t: content(t) and not any(s <= t.start < e for s, e in names)) \
            if names else content
        before, after = around(text, mention.start, mention.end, window, role)
        if in_clause:
            _, high = clause_bounds(text, mention.start, mention.end)
            mine = [t for t in after if t.start < high]
            if before or mine:  # a name alone before a mark ("Egypt, a contributor,
                after = mine  # suspended") has its clause's words beyond it
        found = text.neighbourhoods[key] = (frozenset(expand(before, vocab)),
                                            frozenset(expand(after, vocab)))
    return found  # frozen: a caller narrowing one (`same_role`) makes a new set


def expand(tokens: list[Token], vocab: Vocabulary) -> set:
    # an irregular past's base too: "Germany made" is in "Sweden makes"'s role (`tense_forms`)
    terms = {term for t in tokens for term in t.terms} | base_terms(tokens, vocab)
    return terms | {("group", g) for g in vocab.expand(terms)}


def same_role(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
              vocab: Vocabulary) -> bool:
    """Two facts play the same part when a word on the same side of both is shared: "Sweden
    suspended" / "Egypt suspended", "147 peacekeepers" / "174 peacekeepers"."""
    if mine.family == "year" and month_before(claim, mine) \
            and month_before(claim, mine) == month_before(sentence, theirs):
        return True  # "April 2014" / "April 2013": the year of the same date
    # a count's role is what it counts, never a name beside it; a date's role keeps the names
    # (skipping them lets "In 1946, PDO switched" meet "the 2014 flip from the cool PDO phase")
    skip = mine.family not in ("name", "year", "month", "time")
    # a name's role is told in its own clause: "Mali's restrictions" and "along with Chad,
    # these restrictions" give the restrictions to two owners, not the second to Chad
    clause = mine.family == "name"
    before, after = neighbours(claim, mine, vocab, skip_names=skip, in_clause=clause)
    other_before, other_after = neighbours(sentence, theirs, vocab, skip_names=skip,
                                           in_clause=clause)
    # the readings below only narrow the words before the two, which most pairs do not share
    # to begin with: asked only of those that do (the same answer)
    if before.isdisjoint(other_before):  # (no set made of the words shared, only asked)
        return not after.isdisjoint(other_after) and tied(claim, mine, sentence, theirs, vocab,
                                                          (False, True)) \
            or turned_role(claim, mine, sentence, theirs, vocab)
    if mine.family in AMOUNTS:  # "8,831 military personnel, 1,052 police and 1,000 civilian
        # personnel": the words before a listed count are the previous item's, not its role
        before &= item_words(claim, mine, vocab)
        other_before &= item_words(sentence, theirs, vocab)
    if mine.family == "name" and (
            in_genitive(sentence, theirs) and not in_genitive(claim, mine)
            or adjective(claim, mine) != adjective(sentence, theirs)
            # "the Institute's New York office": the owner before the name qualifies the
            # noun after it, and tells nothing of the name's role ("the Institute, the
            # Stimson Center and ... organized" lists another beside it)
            or owned_before(claim, mine) != owned_before(sentence, theirs)
            # "Following the demand of Bamako, the Council" / "Following the request, the UN
            # Council": the adjunct's words are before both (`qa.claims.fronted_adjunct`)
            or adjunct_against_subject(claim, mine, sentence, theirs)):
        # a name in the genitive or a country's adjective is told by the noun it qualifies,
        # not by the words before it: "included France, the US" / "to include support for
        # Mali's transition" share a verb, but France is what is included and Mali owns what
        # is; "armed groups alongside French forces" / "armed groups has made Mali"
        before = other_before = frozenset()
    sides = (not before.isdisjoint(other_before), not after.isdisjoint(other_after))
    return any(sides) and tied(claim, mine, sentence, theirs, vocab, sides) \
        or turned_role(claim, mine, sentence, theirs, vocab)  # "Mauritanian border" / "border with"


def unit_role(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
              vocab: Vocabulary) -> bool:
    """For a statement only, never a rival: the words after two figures share a unit in any
    spelling or the word after "per", read past "per" ("about 0.3 degrees Celsius per decade"
    / "0.31 °C/decade", `qa.claims.unit_roles`), and no other figure of the sentence shares
    them: a unit that two figures have ("0.44 °C/decade in summer, 0.05 °C/decade in winter")
    does not tell which of them is the claim's."""
    after = rate_after(claim, mine, vocab)
    if after.isdisjoint(rate_after(sentence, theirs, vocab)):
        return False
    return not any(other is not theirs and other.family == theirs.family
                   and not after.isdisjoint(rate_after(sentence, other, vocab))
                   for other in sentence.mentions)


def rate_after(text: Parsed, mention: Mention, vocab: Vocabulary) -> frozenset:
    """The content words after a figure (not names, not "per"), with their synonym groups
    and the keys of their units (`unit_roles.unit_keys`); remembered on the parse."""
    key = ("rate after", mention.start, mention.end)
    found = text.neighbourhoods.get(key)
    if found is None:
        names = [(m.start, m.end) for m in text.mentions if m.family == "name"]
        _, after = around(text, mention.start, mention.end, WINDOW,
                          lambda t: content(t) and not rate_word(t)
                          and not any(s <= t.start < e for s, e in names))
        found = text.neighbourhoods[key] = frozenset(expand(after, vocab)
                                                     | unit_keys(text, after))
    return found


def tied(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention, vocab: Vocabulary,
         sides: tuple[bool, bool]) -> bool:
    """A name's shared word (on `sides`) is tied to both names alike: "Nigeria protested the
    prime minister" / "Mali's prime minister" share "prime" across a verb from one name only,
    the subject of the verb against the owner of the office (`qa.claims.role_link`)."""
    return mine.family != "name" or tied_alike(claim, mine, sentence, theirs,
                                               lambda tokens: expand(tokens, vocab), sides)


def role_shared(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                vocab: Vocabulary) -> int:
    """How many words (and synonym groups) on the same side of two names, each in its clause,
    the two texts share: how closely the sentence's name stands in the claim's name's place
    (`same_role` asks only whether one is shared)."""
    before, after = neighbours(claim, mine, vocab, in_clause=True)
    other_before, other_after = neighbours(sentence, theirs, vocab, in_clause=True)
    return len(before & other_before) + len(after & other_after)


def adjective(text: Parsed, name: Mention) -> bool:
    """A country written as its adjective ("French", "Malian", "Dutch"), not as another of its
    names ("UK", "Ivory Coast", "Britain")."""
    written = text.text[name.start:name.end]
    return name.kind == "country" and written.lower() != str(name.value).lower() \
        and " " not in written and not written.isupper() \
        and written.lower().endswith(DEMONYM_ENDINGS)


DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic", "ss", "ek")


def in_genitive(text: Parsed, name: Mention) -> bool:
    """The name is in the genitive ("Mali's"): it owns the noun after it. (A lone apostrophe
    is as often a closing quotation mark: "'Serval' and".)"""
    return text.text[name.end:name.end + 2] in POSSESSIVE_ENDINGS


def owned_before(text: Parsed, name: Mention) -> bool:
    """A genitive stands right before the name and a common noun right after it ("the
    Institute's New York office"): the name qualifies the owner's noun. (Not a name that is
    itself the owner's thing: "Norway's Ministry of Foreign Affairs", "France's Operation
    Barkhane".)"""
    if not text.text[max(0, name.start - 3):name.start].rstrip().endswith(POSSESSIVE_ENDINGS):
        return False
    after = next((t for t in text.tokens if t.start >= name.end), None)
    return after is not None and not after.brk and after.word.isalpha() \
        and after.word.islower() and bool(after.terms)


def turned_role(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                vocab: Vocabulary) -> bool:
    """Two countries qualifying the same noun, one before it as an adjective or owner and one
    after it ("the Mauritanian border" / "the border with Burkina Faso",
    `qa.claims.country_sides`)."""
    if mine.kind != "country" or theirs.kind != "country":
        return False
    return any(qualifies(one, a) and governed(other, b)
               and neighbours(one, a, vocab, 1)[1] & neighbours(other, b, vocab, 1)[0]
               for one, a, other, b in ((claim, mine, sentence, theirs),
                                        (sentence, theirs, claim, mine)))


def month_before(text: Parsed, mention: Mention) -> str:
    words = last_words(text.text, mention.start, 1)
    word = words[-1].strip(",").lower() if words else ""
    return word if word in MONTH_NAMES else ""


def conflict_of(claim: Mention, source: Mention, text: Parsed) -> Conflict:
    """The conflict of a claim fact given otherwise: a name's is a place or an actor, a
    figure's or a date's its family's; any other fact (a rank, "the lowest" against "the
    highest" of another conjunct) tells how things stand to each other, a relation."""
    if claim.family == "name":
        kind = ConflictKind.PLACE if is_place(text, claim) else ConflictKind.ACTOR
    else:
        kind = ConflictKind(NUMBER_FAMILIES.get(claim.family, ConflictKind.RELATION.value))
    return Conflict(claim.text, source.text, kind, (source.start, source.end))


def item_words(text: Parsed, mention: Mention, vocab: Vocabulary) -> set:
    """The words (with their synonym groups) between a count and the start of its list item
    (`figure_roles.item_before`), remembered on the parse by where the count starts: a
    sentence's count is asked it for each of a claim's."""
    return remembered(text, ("item words", mention.start, vocab),
                      lambda: frozenset(expand(item_before(text, mention), vocab)))


def unit_after(text: Parsed, mention: Mention, wanted: set[str] | None = None) -> Token | None:
    """The first content word after a figure ("174 peacekeepers"), before the next figure;
    past a partitive's total, whose unit is the part's too ("two of the four meetings")."""
    for token in text.tokens:
        if token.start < mention.end or not token.terms:
            continue
        if partitive_total(text, mention, token):
            continue
        if token.word[0].isdigit() or len(token.terms) == 0:
            return None
        if wanted is None or set(token.terms) & wanted:
            return token
    return None


PARTITIVE_RE = re.compile(r"\s+of(?:\s+the)?\s+$", re.I)


def figure_word(text: Parsed, token: Token) -> bool:
    """The token is a figure written as a word ("four"), inside a mention of a count."""
    return any(m.family == "count" and m.start <= token.start < m.end for m in text.mentions)


def partitive_total(text: Parsed, mention: Mention, token: Token) -> bool:
    """The token is a figure right after "<figure> of (the)": the whole the figure is part of."""
    return (token.word[0].isdigit() or figure_word(text, token)) \
        and bool(PARTITIVE_RE.fullmatch(text.text, mention.end, token.start)) \
        if token.start > mention.end else False


UNIT_WORDS = 2  # content words after a figure that may name what it counts: "1,440 uniformed police"


def swapped_numbers(claim: Parsed, sentence: Parsed, stated: dict[int, Mention],
                    vocab: Vocabulary) -> list[Conflict]:
    """'11,200 military and 1,440 police' vs a claim pairing 1,440 with military. What the
    claim's figure counts is one of its next UNIT_WORDS words, not a verb further on ("97% of
    climate experts agree" pairs no "agreed" of the sentence)."""
    found = []
    for n, source in stated.items():
        mention = claim.mentions[n]
        if mention.family not in ("count", "percent", "amount") or source is mention:
            continue  # (the claim's own figure: "One option" a member of the sentence's
            # "three options", `member_of_stated_set`, with no figure of the sentence's to read)
        # each of the claim's first words after the figure may be what it counts ("1,730
        # additional police"), and its noun phrase ends at a coordinator (`counted_heads`)
        units = claim_units(claim, mention, sentence.terms, UNIT_WORDS)
        source_unit = unit_after(sentence, source)
        if not units or not source_unit \
                or any(set(u.terms) & set(source_unit.terms) for u in units) \
                or set(source_unit.terms) & phrase_terms(claim, mention) \
                or one_unit(unit_after(claim, mention), source_unit) \
                or same_unit_initialled(claim, mention, sentence, source) \
                or any(converted(mention, u, source, source_unit, agree) for u in units):
            continue  # (the same unit: in another spelling, "1.8 millimetres" / "1.8 mm", or
            # written by its initials, "400 ppm" / "400 parts per million",
            # `qa.claims.unit_initials`; or another unit of the same measure, the quantity
            # converted, "about 10 feet" / "3 m", `qa.claims.converted_units`)
        if not noun_follows(sentence, source, source_unit) \
                or any(counted_alike(sentence, source, u) for u in units):
            continue  # "compared with 700,000 at the old terminal", "only 850 had been
            # completed": the figure's noun left out, not another noun's figure
        claim_unit = next((u for u in units if any(
            m is not source and m.family == source.family
            and (theirs := unit_after(sentence, m)) and set(theirs.terms) & set(u.terms)
            for m in sentence.mentions)), None)
        if claim_unit:
            # of the figure's own kind: "70 per cent of the pilots" given to the divers is a
            # percent stated otherwise, one fact with a percent beside it in conflict
            found.append(Conflict(f"{mention.text} {claim_unit.word}",
                                  f"{source.text} {source_unit.word}", figure_kind(mention),
                                  (source.start, source_unit.end)))
    return found


# words that may stand between a figure and the noun it counts ("174 of its peacekeepers")
COUNTED_GAP = frozenset("of the a an its their his her our".split())


def noun_follows(text: Parsed, figure: Mention, unit: Token) -> bool:
    """The word `unit_after` found is the figure's own noun: nothing stands between them but
    a partitive's "of the" ("850 homes", "174 of its peacekeepers"), not a preposition or an
    auxiliary ("700,000 at the old terminal", "850 had been completed"), after which the
    word is another phrase's and the figure's noun was left out as said before; nor a word
    after a clause break or a preposition (`qa.claims.counted_noun`)."""
    return not counts_nothing(unit) and all(word.lower() in COUNTED_GAP
               for word in re.findall(r"[A-Za-z]+", text.text[figure.end:unit.start]))


def counted_alike(text: Parsed, figure: Mention, unit: Token) -> bool:
    """Another figure of the sentence with the same value counts the claim's noun ("the last
    decade ... on one hand" for the claim's "one hand"): the claim's figure is that one."""
    return any(m is not figure and m.family == figure.family and m.value == figure.value
               and (u := unit_after(text, m)) and set(u.terms) & set(unit.terms)
               for m in text.mentions)


def figure_kind(mention: Mention) -> ConflictKind:
    """The kind of conflict a figure given to another noun or actor is: its family's (a
    percent's is a percent conflict, as when its value differs), so that it and another
    figure of its family in conflict count as one kind of fact stated otherwise."""
    return ConflictKind(NUMBER_FAMILIES.get(mention.family, "number"))


def respective_swaps(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim gives a figure to one actor where the sentence, pairing its actors and figures
    in order with "respectively", gives it to another: "Benin pulled out 200 and Sweden 450"
    against "Benin and Sweden withdrew 450 and 200 personnel, respectively" (or against "Benin
    and Sweden withdrew 200 and 450, respectively")."""
    pairs = remembered(sentence, ("respective pairs",), paired_figures, sentence)
    if not pairs:
        return []
    found = []
    # the claim's own figures, each after its actor, or listed "respectively" as well
    owners = figure_owners(claim) or [(figure, name) for name, figure in respective_pairs(claim)]
    for mine, owner in owners:
        for name, figure in pairs:
            if figure.value != mine.value or figure.family != mine.family:
                continue
            if not name_found(owner, as_text(name), vocab) \
                    and any(name_found(owner, as_text(other), vocab) for other, _ in pairs):
                found.append(Conflict(f"{owner.text} ... {mine.text}",
                                      f"{name.text} ... {figure.text}", figure_kind(mine),
                                      (figure.start, figure.end)))
    return found


def given_to_another(claim: Parsed, sentence: Parsed, figure: Mention,
                     vocab: Vocabulary) -> bool:
    """The sentence pairs its figure with an actor ("Benin and Sweden ... about 450 and 200,
    respectively": Sweden's 200) whom the claim does not name: that actor's figure, no rival
    of a figure the claim gives to someone else ("the contributors that withdrew accounted for
    1,500"). A claim naming the actor keeps the figure a rival (`respective_swaps` reads which
    of the listed actors it gives it to)."""
    if figure.family not in AMOUNTS:
        return False
    pairs = remembered(sentence, ("respective pairs",), paired_figures, sentence)
    return any(theirs is figure and not name_found(name, claim, vocab)
               for name, theirs in pairs)


LIST_GLUE = re.compile(r"(?:\s*,\s*|\s+)(?:(?:and|or|&)\s+)?(?:the\s+)?", re.I)


def paired_figures(sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(name, figure) of the sentence's figures each given its actor: listed "respectively",
    or each after its own (`respective_pairs`, `gapped_pairs`)."""
    return respective_pairs(sentence) or gapped_pairs(sentence)


def respective_pairs(sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(name, figure) pairs of a sentence that lists its actors and then their figures,
    "respectively": the figures before that word, and the last list of as many names ("Benin
    and Sweden", nothing but commas, "and" or "the" between them) before the first of them."""
    at = next((t.start for t in sentence.tokens if t.lower == "respectively"), None)
    if at is None:
        return []
    figures = [m for m in sentence.mentions if m.family in AMOUNTS and m.end <= at]
    if len(figures) < 2:
        return []
    names = [m for m in sentence.mentions if m.family == "name" and m.end <= figures[0].start]
    # the names listed together ("Benin and Sweden"), the last such list of the right length
    lists, current = [], []
    for name in names:
        if current and not LIST_GLUE.fullmatch(sentence.text[current[-1].end:name.start]):
            lists.append(current)
            current = []
        current.append(name)
    lists.append(current)
    listed = next((names for names in reversed(lists) if len(names) == len(figures)), None) \
        or next((names[-len(figures):] for names in reversed(lists)
                 if len(names) > len(figures) and comma_only(
                     sentence.text[names[-len(figures) - 1].end:names[-len(figures)].start])),
                None)
    return list(zip(listed, figures)) if listed else []


def comma_only(joint: str) -> bool:
    """The words between two names are a comma alone: where a list of more names than the
    figures "respectively" pairs may be cut, its tail the list ("According to the Guild,
    Norvik and Velden withdrew 450 and 200, respectively": the source a frame's, no actor)."""
    return joint.strip() == ","



GAP_JOINT = 4  # words from a figure to the next clause's name: "of the catch and"


def gapped_pairs(sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(name, figure) pairs of a sentence whose second clause leaves out the verb of the
    first: "Norland receives 60 percent and Sudland 40 percent" pairs Norland with 60 and
    Sudland with 40, each figure after its own name (`figure_owners`), the last right after
    its name. None unless there are two pairs at least."""
    owners = figure_owners(sentence)
    if len(owners) < 2:
        return []
    figure, name = owners[-1]
    joint = sentence.text[owners[-2][0].end:name.start].strip(" ,").lower().split()
    if sentence.text[name.end:figure.start].strip() or joint[-1:] != ["and"] \
            or len(joint) > GAP_JOINT:
        return []  # "60 percent of the catch and Sweden 40 percent"
    return [(name, figure) for figure, name in owners]


def figure_owners(claim: Parsed) -> list[tuple[Mention, Mention]]:
    """(figure, name) for each figure of the claim with exactly one name between it and the
    figure before it (or the claim's start): "Benin pulled out 200 and Sweden 450" gives
    (200, Benin) and (450, Sweden); "Benin and Sweden pulled out 450 and 200" gives none. A
    country's adjective right after a figure owns it ("some 200 Beninese and about 450
    Swedish personnel": the figure counts its people), and is no owner of the next."""
    owners, start = [], 0
    for figure in sorted((m for m in claim.mentions if m.family in AMOUNTS),
                         key=lambda m: m.start):
        own = next((m for m in claim.mentions if m.kind == "country" and m.start >= figure.end
                    and not claim.text[figure.end:m.start].strip()), None)
        if own is not None:
            owners.append((figure, own))
            start = own.end
            continue
        names = [m for m in claim.mentions if m.family == "name"
                 and start <= m.start and m.end <= figure.start]
        if len(names) == 1:
            owners.append((figure, names[0]))
        start = figure.end
    return owners


# a figure converted to another unit is rounded: "131 feet" states "40 metres" (39.9)
CONVERTED = 0.02


def as_text(mention: Mention) -> Parsed:
    """One name as a text of its own, for `name_found`."""
    terms = set(mention.value) if isinstance(mention.value, frozenset) else set()
    return Parsed(mention.text, [], terms, [mention], {},
                  acronyms={mention.text.replace(".", "")})


def other_units(claim: Parsed, sentence: Parsed, stated: dict[int, Mention],
                vocab: Vocabulary) -> list[Conflict]:
    """'four weeks' where the claim says 'four months': the same figure, another unit."""
    found = []
    measured = measured_units(claim)
    for n, source in stated.items():
        mention, mine = claim.mentions[n], measured.get(n)
        theirs = mine and unit_after(sentence, source)
        if mine and theirs and measure(mine) == measure(theirs) \
                and size(mine) != size(theirs) \
                and mention.value == source.value:  # not "a decade" / "ten years"
            found.append(Conflict(f"{mention.text} {mine.word}", f"{source.text} {theirs.word}",
                                  ConflictKind.NUMBER, (source.start, theirs.end)))
        elif not (mine and theirs) and shared_unit_differs(mention, source):
            # a range's end whose unit is written once, after the other end
            found.append(Conflict(f"{mention.text} {mention.unit}", f"{source.text} {source.unit}",
                                  ConflictKind.NUMBER, (source.start, source.end)))
    return found


def unit_terms(claim: Parsed, sentence: Parsed, found: Comparison) -> frozenset[str]:
    """The terms of the claim's units that the sentence states in another spelling after the
    same quantity ("40 meters" by "40 metres", "65 cm" by "65 centimetres", "4000 cm" by "40
    metres"): the unit that `other_units` finds no conflict with, stated as the figure is."""
    terms = set()
    measured = measured_units(claim)
    for n, source in found.stated.items():
        mention, mine = claim.mentions[n], measured.get(n)
        theirs = mine and unit_after(sentence, source)
        if mine and theirs and measure(mine) == measure(theirs) \
                and size(mine) is not None and size(theirs) is not None \
                and all(isinstance(v, (int, float)) for v in (mention.value, source.value)) \
                and (isclose(mention.value * size(mine), source.value * size(theirs),
                             rel_tol=CONVERTED) or lengths_meet(mention, source)):
            terms.update(mine.terms)
    return frozenset(terms) | initialled_unit_terms(claim, sentence, found.stated) \
        | scale_terms(claim, sentence, found.stated)  # "degrees Celsius per" / "°C/"


def measured_units(claim: Parsed) -> dict[int, Token]:
    """The claim's figures (by number) followed by a unit of measure, with it ("40 meters"):
    the claim's alone, remembered on its parse (`other_units` and `unit_terms` ask it for
    every sentence; most claims measure nothing)."""
    found = claim.memo.get(("measured units",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("measured units",), find_measured_units, claim)
    return found


def find_measured_units(claim: Parsed) -> dict[int, Token]:
    """`measured_units`, worked out."""
    return {n: unit for n, mention in enumerate(claim.mentions)
            if (unit := unit_after(claim, mention)) and measure(unit)}


def measure_word(token: Token) -> str:
    # a prefixed SI symbol as written ("MW" is megawatts, "mW" would be milliwatts)
    return symbol_unit(token.word) or measure_unit(token.word) or token.word.lower().rstrip("s")


def measure(token: Token) -> str | None:
    return MEASURES.get(measure_word(token))


def one_unit(mine: Token | None, theirs: Token) -> bool:
    """Two words of one unit of measure, however spelled ("millimetres" / "mm", "feet" /
    "ft"): the same measure, of the same size."""
    kind = measure(mine) if mine is not None else None
    return kind is not None and kind == measure(theirs) and size(mine) == size(theirs)


def size(token: Token) -> float | None:
    """The unit's size: one for "metres" and "meters", another spelling of one unit
    ("km", "kilometre")."""
    return SIZES.get(measure_word(token))


RANKING_RE = re.compile(r"[\s-]+(?:most\s+|least\s+)?\w+est\b", re.I)


def outranked(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """'the third-largest contributor' does not state 'the largest contributor', nor does
    'the largest contributor' state 'the third-largest' (`unranked`)."""
    # an ordinal of the claim's own rank ("the second-driest"), not of a date ("the 21st
    # century"), which leaves the sentence's ranks to be read below
    if any(m.family == "ordinal" and RANKING_RE.match(claim.text, m.end)
           for m in claim.mentions):
        return unranked(claim, sentence, vocab)
    found = []
    for mention in sentence.mentions:
        if mention.family != "ordinal":
            continue
        follow = re.match(r"[\s-]+(\w+est)\b", sentence.text[mention.end:])
        if follow and (set(vocab.analyzer.terms(follow.group(1))) & claim.terms
                       or same_superlative(follow.group(1), claim, vocab)):
            end = mention.end + follow.end()
            if other_scope(claim, sentence, follow.group(1), end, vocab.analyzer.terms):
                continue  # "14th wettest on record, and the wettest since 1990": the claim's
                # superlative given unranked over its own scope (`qa.claims.rank_scope`)
            found.append(Conflict(follow.group(1), sentence.text[mention.start:end],
                                  ConflictKind.NUMBER, (mention.start, end)))
    return found


# what makes a superlative one of several ("one of the deadliest", "among the largest"): no rank
SEVERAL = ("one of the", "among the", "one of its", "among its")


def unranked(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim ranks a thing by an ordinal before a superlative ("the second deadliest
    mission"), the sentence names it by the same superlative alone ("the deadliest mission"):
    the first, another rank. Not one of several ("one of the deadliest")."""
    found = []
    for mention in claim.mentions:
        follow = re.match(r"[\s-]+(\w+est)\b", claim.text[mention.end:]) \
            if mention.family == "ordinal" else None
        at = mention.end + follow.start(1) if follow else -1
        if not any(m.family == "rank" and m.start == at for m in claim.mentions):
            continue  # "the second request": no superlative, no rank
        word = follow.group(1).lower()
        terms = set(vocab.analyzer.terms(word))
        for token in sentence.tokens:
            if not (terms & set(token.terms) or token.word.lower().endswith("est") and
                    bool(vocab.expand(superlative_bases(token.word.lower(), vocab))
                         & vocab.expand(superlative_bases(word, vocab)))):
                continue
            before = sentence.text[:token.start].lower().rstrip(" -")
            if any(m.family == "ordinal" and m.end >= len(before) - 1 for m in sentence.mentions) \
                    or before.endswith(SEVERAL) or not before.endswith(("the", "its", "their")) \
                    and not before.endswith("'s"):
                continue  # ranked too, one of several, or no definite rank ("deadliest in")
            # the ordinal is the fact stated otherwise (`check.missing` leaves it out)
            found.append(Conflict(mention.text, token.word, ConflictKind.NUMBER,
                                  (token.start, token.end)))
            break
    return found


def same_superlative(word: str, claim: Parsed, vocab: Vocabulary) -> bool:
    """Whether a superlative of the claim says what `word` says by a synonym of its adjective
    (the thesaurus): "biggest" for "largest" ("the third-largest contributor" does not state
    "the biggest contributor" either)."""
    groups = vocab.expand(superlative_bases(word.lower(), vocab))
    return bool(groups) and any(
        m.family == "rank" and isinstance(m.value, str) and m.value != word.lower()
        and vocab.expand(superlative_bases(m.value, vocab)) & groups for m in claim.mentions)


def synonymous_rank(mine: Mention, theirs: Mention, vocab: Vocabulary) -> bool:
    """Two superlatives of synonymous adjectives: "the biggest" / "the largest"."""
    return mine.family == theirs.family == "rank" and mine.value != theirs.value \
        and isinstance(mine.value, str) and isinstance(theirs.value, str) \
        and bool(vocab.expand(superlative_bases(mine.value, vocab))
                 & vocab.expand(superlative_bases(theirs.value, vocab)))


def superlative_bases(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the adjectives a superlative may be formed from: "largest" -> large,
    "biggest" -> big, "busiest" -> busy, "highest" -> high (the candidates no word is dropped:
    only those in a thesaurus group count)."""
    if not word.endswith("est") or len(word) < 6:
        return set()
    stem = word[:-3]
    forms = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # "biggest" -> big
    return {t for form in forms for t in vocab.stems(form)}


def exclusive_others(sides: list[tuple[set[str], set[str]]]) -> frozenset[str]:
    """Every word of the other side of each of the claim's exclusive pairs."""
    return frozenset().union(*(theirs for _, theirs in sides))


def exclusive_predicates(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """'killed' where the source says 'wounded', in the same place of the sentence."""
    found = []
    # the claim's side first: a claim is short, and most pairs are not in it; and a sentence
    # with no word of any other side (most sentences) has none of them
    sides = remembered(claim, ("exclusive sides", vocab), exclusive_sides, claim, vocab)
    if not sides or sentence.terms.isdisjoint(remembered(
            claim, ("exclusive others", vocab), exclusive_others, sides)):
        return found
    for mine, theirs in sides:
        if not sentence.terms.isdisjoint(mine):
            continue
        conflict = exclusive_pair(claim, sentence, mine, theirs, vocab)
        if conflict:
            found.append(conflict)
    return found


def exclusive_sides(claim: Parsed, vocab: Vocabulary) -> list[tuple[set[str], set[str]]]:
    """The exclusive pairs (`Vocabulary.exclusive`) the claim states one side of and not the
    other, that side first, in the table's order: the claim's alone, remembered on its parse
    (`exclusive_predicates` asks it for every sentence)."""
    said = claim.terms - particle_terms(claim)  # "pushed back on": no "backed"
    return [(mine, theirs) for side_a, side_b in vocab.exclusive
            for mine, theirs in ((side_a, side_b), (side_b, side_a))
            if not said.isdisjoint(mine) and claim.terms.isdisjoint(theirs)]


# content words either side of a predicate within which a sentence that otherwise supports
# the claim may have its exclusive partner ("A divided Security Council adopted" / "by
# unanimously adopting"); 2 found none of the heldout sets' flips
OPPOSED_WINDOW = 3


def opposed_predicate(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Conflict | None:
    """A predicate of the claim that the sentence does not state, even by a synonym, where the
    sentence has its exclusive partner (`Vocabulary.exclusive`) near a word beside the claim's
    ("lifted its sanctions" / "imposed trade and financial sanctions"). Asked only of a
    sentence that states the rest of the claim as support would: the same event, its relation
    flipped. Not a partner the claim states itself (its other event: "after the mission
    arrived, ... asked MINUSMA to leave" / "withdrawal"), nor one inside a name ("United")."""
    in_claim, in_sentence = groups_of(claim, vocab), groups_of(sentence, vocab)
    names = [(m.start, m.end) for m in sentence.mentions if m.family == "name"]
    for a in claim.tokens:
        if not a.terms or not a.word.isalpha() or negated(claim, a) \
                or any(vocab.matches(t, sentence.terms, in_sentence) for t in a.terms) \
                or is_particle(claim, a):
            continue
        partners = {t for side_a, side_b in vocab.exclusive
                    for mine, theirs in ((side_a, side_b), (side_b, side_a))
                    if set(a.terms) & mine for t in theirs
                    if not vocab.matches(t, claim.terms, in_claim)}
        if not partners & sentence.terms:
            continue
        mine = neighbours(claim, as_mention(a), vocab, OPPOSED_WINDOW)
        for b in sentence.tokens:
            if not set(b.terms) & partners or negated(sentence, b) \
                    or any(s <= b.start < e for s, e in names):
                continue
            if disjoined(sentence, b):
                continue  # "escorts from customs or coastguard boats": one of alternatives,
                # which rules none of the others out ("troops escort them")
            if phase_pair(set(a.terms), set(b.terms), vocab) \
                    and other_moment(claim, sentence, vocab, agree):
                continue  # "lifted" / "imposed": two moments of one story (`qa.claims.phases`)
            theirs = neighbours(sentence, as_mention(b), vocab, OPPOSED_WINDOW)
            if any(mine[i] & theirs[j] for i in (0, 1) for j in (0, 1)) \
                    and not qualifies_elsewhere(claim, a, sentence, b, vocab, neighbours,
                                                OPPOSED_WINDOW):
                return Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end))
    return None


def disjoined(text: Parsed, token: Token) -> bool:
    """The word is an alternative joined to the word before it by "or" ("customs or coastguard")."""
    n = token_index(text, token)
    return n > 1 and text.tokens[n - 1].lower in ("or", "nor") and not token.brk \
        and not text.tokens[n - 1].brk


def dated_object(claim: Parsed, word: str, sentence: Parsed) -> bool:
    """A date between the verb's determiner and its object ("lifted its May 2020 tariffs"),
    which the sentence states: the date names the object by the event that made it (the
    tariffs imposed in May 2020), an event the claim takes for granted. The sentence's
    reverse predicate at that date ("imposed tariffs in May 2020") is that
    earlier event, not the claim's reversed (nor the claim stated)."""
    n = next((k for k, t in enumerate(claim.tokens) if t.word == word), len(claim.tokens))
    if n + 2 >= len(claim.tokens) or claim.tokens[n + 1].word.lower() not in DETERMINERS:
        return False
    start = claim.tokens[n + 2].start
    dates = [m for m in claim.mentions if m.family in ("year", "month") and m.start == start]
    return bool(dates) and any(m.end < claim.tokens[-1].start for m in dates) \
        and any(agree(dates[0], s) for s in sentence.mentions)


def exclusive_pair(claim, sentence, mine, theirs, vocab) -> Conflict | None:
    if not (claim.terms & mine and sentence.terms & theirs):
        return None
    if phase_pair(mine, theirs, vocab) and other_moment(claim, sentence, vocab, agree):
        return None  # "lifts the ban" / "imposed restrictions": two moments of one story
    # (not the "least" / "most" of "at least" / "at most": a figure's bound, `bound_idiom`)
    ours = [t for t in claim.tokens if set(t.terms) & mine and not negated(claim, t)
            and not bound_idiom(claim, t)]
    others = [t for t in sentence.tokens if set(t.terms) & theirs and not negated(sentence, t)
              and not bound_idiom(sentence, t)]
    for a in ours:
        for b in others:  # a predicate may move in a paraphrase: either side will do
            if planned(claim, a) != planned(sentence, b):
                continue  # "were deployed" / "will start withdrawing": another time's event
            if any((neighbours(claim, as_mention(a), vocab)[i] &
                    neighbours(sentence, as_mention(b), vocab)[j]) - measure_words(vocab)
                   for i in (0, 1) for j in (0, 1)) \
                    and not qualifies_elsewhere(claim, a, sentence, b, vocab, neighbours,
                                                WINDOW):
                # ("most were civilians" / "a military operation": `qualifier_role`)
                return Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end))
    return None


# nouns that measure the thing after their "of" ("halved the number of incidents" /
# "increase the number of bases"): shared, they place two predicates on one measure of two
# different things, not on one thing
MEASURE_HEADS = ("number", "amount", "level", "share", "proportion", "percentage",
                 "quantity", "total")


@lru_cache(maxsize=4)  # one vocabulary a run: made once
def measure_words(vocab: Vocabulary) -> frozenset:
    """The terms of MEASURE_HEADS and their synonym groups, as `neighbours` gives them."""
    terms = {t for w in MEASURE_HEADS for t in vocab.analyzer.terms(w)}
    return frozenset(terms | {("group", g) for g in vocab.expand(terms)})


FUTURE = frozenset(("will", "would", "shall"))  # what puts a verb after its time
FUTURE_REACH = 3  # words between "will" and its verb ("will start withdrawing", "will not")


def planned(text: Parsed, token: Token) -> bool:
    """The word is under "will" or "would" in its clause ("will start withdrawing its
    soldiers"): an event announced for later, which neither states nor reverses one that took
    place ("its soldiers were deployed in the north"); two planned events still compare."""
    n = token_index(text, token)
    for k in range(n - 1, max(-1, n - 1 - FUTURE_REACH), -1):
        if text.tokens[k + 1].brk:
            return False
        if text.tokens[k].word.lower() in FUTURE:
            return True
    return False


def with_graded(sentence: Parsed, graded: dict) -> set[str]:
    """The sentence's terms and the adjectives its graded words stand for (`opposites`)."""
    return sentence.terms.union(*graded.values())


def every_opposite(ours: list[Token], opposite: dict[int, set[str]]) -> frozenset[str]:
    """Every antonym of every claim word that has one (`opposites`)."""
    return frozenset().union(*(opposite[id(a)] for a in ours))


def opposites(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """A word of the claim where the sentence has its WordNet antonym ("poor" / "good",
    "accepted" / "rejected"), in the same place of the sentence, neither negated."""
    ours, opposite = remembered(claim, ("opposites", vocab),
                                claim_opposites, claim, vocab)
    if not ours:
        return []
    # the table is symmetric: the claim's side is enough; where the placing is checked last
    # a graded word of the sentence ("wider", "loosened") also stands for its adjective
    graded = sentence_graded(sentence, vocab)
    terms = remembered(sentence, ("graded terms", vocab), with_graded, sentence, graded) \
        if graded else sentence.terms
    # no antonym of any claim word among them (most sentences): nothing below to place
    if terms.isdisjoint(remembered(claim, ("every opposite", vocab),
                                   every_opposite, ours, opposite)):
        return []
    ours = [a for a in ours if opposite[id(a)] & terms
            and not stated_in_place(claim, a, sentence, vocab)]
    if not ours:
        return []
    every = set().union(*(opposite[id(a)] for a in ours))
    for b in sentence.tokens:
        own = set(b.terms).union(graded[id(b)]) if id(b) in graded else b.terms
        if not every.intersection(own) or claim.terms.intersection(b.terms) \
                or not b.word.isalpha() or negated(sentence, b) \
                or bound_idiom(sentence, b):  # "at least 20": no "little" (`bound_idiom`)
            continue
        if gap_only(claim, sentence, b, vocab):
            continue
        for a in ours:
            if opposite[id(a)].intersection(own) and (antonym_form(a, b) or graded_form(a, b)
                                                      or phrasal_antonym_form(claim, a, b)) \
                    and same_place(claim, a, sentence, b, vocab) \
                    and not (names_span(claim, a) and names_span(sentence, b)):
                return [Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end),
                                 Placement.BESIDE)]
    return []


def gap_only(claim: Parsed, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """The sentence's adverb of order only measures a gap after its one event ("Y followed a
    petition three weeks earlier": `sequence.direction` 0) while the claim orders two events
    with a word of order: the order is read by its sides (`reordered`), and the adverb is no
    antonym of the claim's "later" ("X, and three weeks later Y" tells the sentence's order)."""
    return b.lower in ORDER_ADVERBS and bool(claim_order_list(claim, vocab)) \
        and not order_direction(sentence, b, vocab)


def reversed_change(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim's verb of change against the sentence's verb of the other direction in its
    place (`qa.claims.change_way`: "tensions lessened" / "tensions increased"), as one
    relation conflict; [] if there is none."""
    changes = remembered(claim, ("changes",), changes_of, claim)
    quantities = quantity_changes(claim)
    if not changes and not quantities:
        return []  # most claims: no verb of change, and the sentence is not read
    groups = groups_of(sentence, vocab)
    # a quantity's verb against the sentence's of the other way, the thing that moves right
    # before both ("fares climbed" / "fares fell": `change_way.quantity_changes`)
    for mine, way in quantities:
        if any(vocab.matches(t, sentence.terms, groups) for t in mine.terms):
            continue
        # the sentence's single verbs and phrasal verbs of a quantity moving ("fell" /
        # "went up by 12 percent")
        for theirs, other in quantity_changes(sentence) + phrasal_moves(sentence):
            if other == -way and not claim.terms.intersection(theirs.terms) \
                    and same_subject(claim, mine, sentence, theirs, vocab) \
                    and subject_stated(claim, mine, sentence, theirs, vocab):
                return [Conflict(mine.word, theirs.word, ConflictKind.RELATION,
                                 (theirs.start, theirs.end))]
    # and a phrasal verb's against a single verb's, the sentence's by either table ("went up" /
    # "fell")
    moved = {id(theirs): other for theirs, other in quantity_changes(sentence)}
    for mine, way in changes:
        if any(vocab.matches(t, sentence.terms, groups) for t in mine.terms):
            continue  # the claim's own change stated: the other is another thing's
        for theirs in sentence.tokens:
            if theirs.word.isalpha() \
                    and -way in (direction(theirs.word), moved.get(id(theirs))) \
                    and not claim.terms.intersection(theirs.terms) \
                    and not negated(sentence, theirs) \
                    and (same_subject(claim, mine, sentence, theirs, vocab)
                         or changed_object(claim, mine, sentence, theirs, vocab)):
                return [Conflict(mine.word, theirs.word, ConflictKind.RELATION,
                                 (theirs.start, theirs.end))]
    return []


def same_subject(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                 vocab: Vocabulary) -> bool:
    """The same word right before both verbs (past auxiliaries and adverbs, `verb_span`): the
    thing that changes. The word after is no such sign: "rose in 2021" / "eased off in 2021"
    share a year, not a thing."""
    return bool(words_of(neighbours(claim, verb_span(claim, mine), vocab, 1)[0])
                & words_of(neighbours(sentence, verb_span(sentence, theirs), vocab, 1)[0]))


def changed_object(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                   vocab: Vocabulary) -> bool:
    """What changes of itself in the claim is what the sentence's verb changes: a verb of
    change takes the thing changed as its subject or its object ("tensions with the council
    eased" / "the strikes increased tensions with the council"). The word right after the
    sentence's verb (its object, no preposition between) is among the claim's last words before its verb (an adverb may stand
    between, "actually eased"), and the two phrases share one more word."""
    k = sentence.tokens.index(theirs) + 1
    if k >= len(sentence.tokens) or sentence.tokens[k].brk:
        return False
    before = words_of(neighbours(claim, verb_span(claim, mine), vocab, OBJECT_WORDS + 1)[0])
    after = words_of(neighbours(sentence, verb_span(sentence, theirs), vocab, OBJECT_WORDS)[1])
    # the object right after the verb: "rose in 2021, while the council kept its quotas"
    # has none, and the words after the year are another clause's
    first = set(sentence.tokens[k].terms)
    return bool(first) and first <= before and len(before & after) >= 2


OBJECT_WORDS = 3  # the content words of a phrase like "tensions with the ruling authorities"


def words_of(found: set) -> set[str]:
    return {t for t in found if isinstance(t, str)}


def antonym_form(a: Token, b: Token) -> bool:
    """`b` is a form of an antonym of `a` as written, not only by its stem: "lasting", an
    antonym of "short", stems to "last", which is no antonym of it ("over the short term" /
    "over the last 140 years")."""
    forms = {b.word.lower(), *base_forms(b.word.lower())}
    return any(w in forms for w in antonyms(a.word.lower()))


def claim_opposites(claim: Parsed, vocab: Vocabulary
                    ) -> tuple[list[Token], dict[int, set[str]]]:
    """The claim's words `opposites` may find reversed (affirmed, with antonyms), each with the
    stems of its antonyms by the token's id: the claim's alone, remembered on its parse."""
    ours = [t for t in claim.tokens if t.terms and t.word.isalpha() and not negated(claim, t)
            and not is_particle(claim, t)]  # "pushed back on": no verb "back"
    singles = phrasal_singles(claim)
    opposite = {id(a): antonym_terms(a.word.lower(), vocab)
                | graded_opposites(a.word.lower(), vocab)
                | phrasal_antonym_terms(singles.get(id(a), ()), vocab) for a in ours}
    return [a for a in ours if opposite[id(a)]], opposite


def phrasal_singles(text: Parsed) -> dict[int, tuple[str, ...]]:
    """The single verbs of each phrasal verb of the text, by its verb token's id ("plays
    down": downplay; "turned down": reject, refuse, decline)."""
    return {id(text.tokens[i]): tuple(singles.lstrip(OWN_STEM).split())
            for i, _, singles in phrasal_spans(tuple(text.tokens))}


def phrasal_antonym_terms(singles: tuple[str, ...], vocab: Vocabulary) -> set[str]:
    """The stems of the reverses of a phrasal verb's single verbs (`phrasal_antonyms`): what
    reverses "plays down" ("overstates") as an antonym reverses a word."""
    return {t for w in phrasal_antonyms(singles) for t in vocab.analyzer.terms(w)}


@lru_cache(maxsize=1024)
def phrasal_antonyms(singles: tuple[str, ...]) -> frozenset[str]:
    """The one-word WordNet antonyms of a phrasal verb's single verbs and their first-sense
    synonyms: WordNet opposes "downplay" to "overstate" only, and "exaggerate" says the same."""
    found = {w for single in singles for w in antonyms(single) if " " not in w}
    return frozenset(found | {s for w in found for s in synonyms(w) if " " not in s})


def phrasal_antonym_form(claim: Parsed, a: Token, b: Token) -> bool:
    """`b` is a form of a reverse of a single verb of the claim's phrasal verb `a`, as
    `antonym_form` asks of a word."""
    forms = {b.word.lower(), *base_forms(b.word.lower())}
    return bool(forms & phrasal_antonyms(phrasal_singles(claim).get(id(a), ())))


def names_span(text: Parsed, token: Token) -> bool:
    """The word picks out a span of time ("its first decade", "the last decade", "the past
    year", "the early 20th century"): a date of a kind, which two texts may give from two
    ends ("over its first decade" of a mission ten years old is "during the last decade");
    dates have their own checks."""
    n = text.tokens.index(token)
    while n + 2 < len(text.tokens) and ordinal_at(text, text.tokens[n + 1]):
        n += 1  # "the early 20th century", "the mid-19th century": the ordinal's span
    if n + 1 >= len(text.tokens):
        return False
    word = text.tokens[n + 1].word.lower()
    unit = word[:-1] if word.endswith("s") and word[:-1] in MEASURES else word
    return MEASURES.get(unit) == "time"


def ordinal_at(text: Parsed, token: Token) -> bool:
    return any(m.family == "ordinal" and m.start <= token.start < m.end for m in text.mentions)


def change_against_none(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """A change in the claim and no change in the sentence, or the other way round
    (`unchanged`: "levels have grown" / "levels have since remained unchanged"), in the same
    place of the sentence."""
    same_thing = lambda a, mine, b, theirs: same_subject(a, mine, b, theirs, vocab)
    pairs = chain(unchanged_pairs(claim, sentence, vocab),
                  ((a, b) for b, a in unchanged_pairs(sentence, claim, vocab)),
                  # a quantity's verb the stasis table lacks ("climbed", "went up") against a
                  # figure's standstill ("remained flat", "stagnated"): `magnitude_stasis`
                  magnitude_pairs(claim, sentence, vocab, changes, same_thing),
                  ((a, b) for b, a in magnitude_pairs(sentence, claim, vocab, changes,
                                                      same_thing)))
    for a, b in pairs:
        # the same thing changes or stays: a word of the two before or after both is the
        # same ("levels have grown" / "levels have since remained": an adverb may come
        # between, and the words before it are read, `verb_span`)
        mine = neighbours(claim, verb_span(claim, a), vocab, 2)
        theirs = neighbours(sentence, verb_span(sentence, b), vocab, 2)
        if (mine[0] & theirs[0] or mine[1] & theirs[1]) and not state_held(claim, a,
                                                                           sentence, b):
            # ("had become the largest" / "remains the largest": `state_held`)
            return [Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end))]
    return []


def unchanged(changing: Parsed, other: Parsed, vocab: Vocabulary) -> tuple[Token, Token] | None:
    """A verb of change in `changing` ("grew", "raised", "improved") and, in `other`, an
    antonym of one of its hypernyms ("remained", "stayed": "grow" is a kind of "change", whose
    antonym is "stay") or that hypernym denied ("did not change", "unchanged"), where `other`
    does not state the verb itself; neither word negated in its own text."""
    return next(unchanged_pairs(changing, other, vocab), None)


def unchanged_pairs(changing: Parsed, other: Parsed, vocab: Vocabulary
                    ) -> Iterator[tuple[Token, Token]]:
    """Every pair `unchanged` may find, in order: a claim with two verbs of change ("became a
    priority ... numbers have risen") may set the second against the sentence's stasis."""
    terms = verb_terms(other)
    if terms.isdisjoint(every_stasis_term(vocab)) \
            or stasis_words(changing, vocab).isdisjoint(terms):
        return  # no word of `other` is a stasis word of any change: most pairs (the first
        # test spares reading `changing`'s verbs, as most claims have no stasis word)
    groups = None
    for token, still, above in changes(changing, vocab):
        groups = groups_of(other, vocab) if groups is None else groups
        if any(vocab.matches(t, other.terms, groups) for t in token.terms) \
                or stasis_word(changing, still, above):
            continue  # the change stated; or a stasis of its own ("focus expanded, levels
            # have not changed"), which the other's stasis states
        found = stasis_word(other, still, above)
        if found:
            yield token, found


def stasis_word(text: Parsed, still: set[str], above: set[str]) -> Token | None:
    """The text's first word of no change: one of `still` not negated ("remained"), one of
    `above` negated ("did not change") or with a denying prefix ("unchanged")."""
    for candidate, terms in possible_verbs(text):
        if terms & still and not negated(text, candidate) or terms & above & text.negated.keys():
            return candidate
    for term, (start, _) in text.prefixed.items():
        if term in above:  # "unchanged": the hypernym with a denying prefix
            return next(t for t in text.tokens if t.start == start)
    return None


def stasis_words(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """Every stasis term of the text's verbs of change (`changes`), both kinds: the text's
    alone, remembered on its parse."""
    return remembered(text, ("stasis words", vocab), lambda: frozenset(
        t for _, still, above in changes(text, vocab) for t in still | above))


@lru_cache(maxsize=4)
def every_stasis_term(vocab: Vocabulary) -> frozenset[str]:
    """The stems of every stasis word of the table, of any verb: `stasis_words` of any text
    are some of them."""
    return frozenset(t for word in stasis_vocabulary() for t in vocab.analyzer.terms(word))


def verb_terms(text: Parsed) -> frozenset[str]:
    """The terms `unchanged` may find a stasis word among: those of the text's possible verbs
    (`maybe_verbs`) and of its words with a denying prefix. The text's alone, remembered."""
    return remembered(text, ("verb terms",), find_verb_terms, text)


def find_verb_terms(text: Parsed) -> frozenset[str]:
    return frozenset(t for _, terms in possible_verbs(text) for t in terms) | text.prefixed.keys()


def possible_verbs(text: Parsed) -> list[tuple[Token, frozenset[str]]]:
    """`maybe_verbs`, remembered on the parse (`unchanged` reads a sentence's for every verb
    of change of every claim, and a claim's for every sentence with one)."""
    return remembered(text, ("maybe verbs",), maybe_verbs, text)


def maybe_verbs(text: Parsed) -> list[tuple[Token, frozenset[str]]]:
    """The text's words with their terms, in order, less those after a determiner ("the
    remaining troops", "its remains": not a verb)."""
    return [(candidate, term_set(candidate.terms)) for j, candidate in enumerate(text.tokens)
            if candidate.terms  # a word without terms matches nothing
            and not (j and text.tokens[j - 1].lower in DETERMINERS)]


@lru_cache(maxsize=1 << 16)
def term_set(terms: tuple[str, ...]) -> frozenset[str]:
    """A word's terms as a set, one for all the tokens of that word (a word's terms are one
    tuple, `facts.word_terms`): a set for every word of every sentence cost ~200 bytes a
    word for the rest of a batch."""
    return frozenset(terms)


def changes(text: Parsed, vocab: Vocabulary) -> list[tuple[Token, set[str], set[str]]]:
    """The text's verbs of change not negated in it, in order, with their `stasis_terms`:
    remembered on the parse, which `unchanged` meets once per sentence pair."""
    if text.changes is None:
        found = []
        for i, token in enumerate(text.tokens):
            if not token.terms or not token.word.isalpha():
                continue
            still, above = stasis_terms(token.word.lower(), vocab)
            if not still or negated(text, token) or not verb_used(text.tokens, i):
                continue
            found.append((token, still, above))
        text.changes = found
    return text.changes


ARTICLES = frozenset({"the"})  # "in the Tara valley"; "in a Tarish unit" is left to its noun
# place prepositions of location, not of motion from or to ("from the Tarish contingent")
LOCATIVE = PLACE_WORDS & frozenset("across around at in inside near outside".split())
# what comes right before a verb's base form or participle: "have grown", "did not change"
VERB_BEFORE = AUXILIARY_WORDS | frozenset("to having not never".split())


def verb_used(tokens: list[Token], i: int) -> bool:
    """The word is used as a verb: a form in -ed, an irregular past ("grew"; "rose", also a
    word of its own), or a form after an auxiliary or "to" ("have grown", "did not change",
    "to improve"); not "even though", "an increase", "attacks"."""
    word = tokens[i].word.lower()
    return past_shaped(word) or i > 0 and tokens[i - 1].word.lower() in VERB_BEFORE


def stasis_terms(word: str, vocab: Vocabulary) -> tuple[set[str], set[str]]:
    """The stems of `hypernym_antonyms(word)`, remembered per vocabulary."""
    found = vocab.stasis.get(word)
    if found is None:
        still, above = hypernym_antonyms(word)
        found = vocab.stasis[word] = (
            {t for w in still for t in vocab.analyzer.terms(w)},
            {t for w in above for t in vocab.analyzer.terms(w)})
    return found


# a compass point made a direction of motion or bearing ("herds moved northwards", "a
# southbound train"): going one way excludes going another, as being in one region excludes another
DIRECTION_ENDINGS = ("ward", "wards", "bound", "erly")
# the compass regions, each spelling to one region: a place within a country is often given
# by one of them ("northern Mali", "the country's centre"), and two of them exclude each other
REGIONS = {word: region for region, words in (
    ("north", "north northern"), ("south", "south southern"), ("east", "east eastern"),
    ("west", "west western"), ("centre", "centre center central"),
    ("northeast", "northeast northeastern"), ("northwest", "northwest northwestern"),
    ("southeast", "southeast southeastern"), ("southwest", "southwest southwestern"))
    for word in words.split()
    for word in (word, *(word + end for end in DIRECTION_ENDINGS if word == region != "centre"))}


def regions_of(text: Parsed) -> list[tuple[Token, str]]:
    """The text's lower-case words of a compass region, with the region (`other_region`),
    remembered on its parse."""
    found = text.memo.get(("regions",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("regions",), find_regions, text)
    return found


def find_regions(text: Parsed) -> list[tuple[Token, str]]:
    return [(t, REGIONS[t.word]) for t in text.tokens if t.word in REGIONS]


def other_region(claim: Parsed, sentence: Parsed) -> list[Conflict]:
    """The claim places something in one compass region and the sentence in another, and
    nowhere in the claim's ("a village in northern Mali" / "a village in the country's
    centre"). Lower-case words only: "North America" and "South Africa" are names."""
    mine = regions_of(claim)
    if not mine:  # most claims: the sentence's words are not read for regions
        return []
    theirs = regions_of(sentence)
    if not theirs or {r for _, r in mine} & {r for _, r in theirs}:
        return []
    if {r for _, r in mine} & named_regions(sentence):
        return []
    (a, _), (b, _) = mine[0], theirs[0]
    return [Conflict(a.word, b.word, ConflictKind.PLACE, (b.start, b.end))]


def named_regions(sentence: Parsed) -> set[str]:
    """The compass regions the sentence's capitalised words name ("Sector Centre", "the
    Northern Command"). Such a word is too often no place to be a rival region ("South
    Africa"), but it may well be the claim's own: "its central sector" is stated by "Sector
    Centre, now reaching into the western plains of X", where the lower-case "western" places
    another thing; with the claim's region written in the sentence, even in a name, no
    other region in it is a conflict."""
    return {REGIONS[t.word.lower()] for t in sentence.tokens
            if t.word[:1].isupper() and t.word.lower() in REGIONS}


def stated_in_place(claim: Parsed, a: Token, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence states the claim's word where the claim has it. A word the sentence has
    elsewhere may still be opposed where it matters ("two weeks later ... sail in June,
    earlier than planned" against "later than planned")."""
    if not set(a.terms) & sentence.terms:
        return False
    return any(set(b.terms) & set(a.terms) and same_place(claim, a, sentence, b, vocab)
               for b in sentence.tokens)


def antonym_terms(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the word's antonyms, remembered per vocabulary (a race between threads
    only computes the same set twice)."""
    found = vocab.opposites.get(word)
    if found is None:
        found = vocab.opposites[word] = {t for w in antonyms(word) if " " not in w
                                         for t in vocab.analyzer.terms(w)}
    return found


def same_place(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """Opposites about the same thing: the word right before or right after both is the same
    ("a tiny fraction" / "a large fraction", "improved since" / "worsened since"); before a
    verb, the word before its adverb ("levels have since remained", `verb_span`)."""
    mine = neighbours(claim, verb_span(claim, a), vocab, 1)
    theirs = neighbours(sentence, verb_span(sentence, b), vocab, 1)
    if mine[0] & theirs[0]:
        return True
    # the word after both qualifies the same thing only if it is the head in both or in
    # neither: "over the short term" / "long term oscillations" qualify a span and oscillations
    # an adverb between is a rewording: "later than originally planned" / "earlier than planned"
    return bool(mine[1] & theirs[1] or same_head_past_adverbs(claim, a, sentence, b)) \
        and modifier(claim, a) == modifier(sentence, b)


def modifier(text: Parsed, token: Token) -> bool:
    """The word and the content word after it qualify a noun right after them, in one phrase
    ("long term oscillations"), rather than end their phrase ("over the short term.")."""
    n = text.tokens.index(token)
    after = text.tokens[n + 1:n + 3]
    return len(after) == 2 and bool(after[0].terms) and not after[1].brk \
        and bool(after[1].terms) and after[1].word.isalpha() and not can_be_verb(after[1].word)


def negated(text: Parsed, token: Token) -> bool:
    # asked of word after word: a look-up in C, no generator (most texts negate nothing)
    return bool(text.negated) and not text.negated.keys().isdisjoint(token.terms)


def wanting_head(denying: Parsed, cue, affirming: Parsed, term: str) -> bool:
    """The word is denied only as the modifier of a noun the denial covers (`denial_head`),
    and the affirming text says that noun is wanting (`scarce_alike`): the denial's reading
    is the head's, which both texts tell alike; the modifier's noun is there on both sides.
    A head the denial does not record on its own ("a lack of funding from the port's
    trustees" records only the phrase's last noun) is never judged otherwise."""
    head = denial_head(denying, term)
    return head is not None and any(
        h != term and h in affirming.terms and scarce_alike(affirming, h, cue_word(denying, cue))
        for h in head.terms)


def flipped(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The same predicate, negated on one side only ('did not renew' / 'renewed'). Only when
    the other side is plainly affirmative: two negations of different reach are no conflict."""
    # a term negated on one side, stated on both (most pairs: none, and no set of what the two
    # texts share is made)
    negated = {t for t in chain(claim.negated, sentence.negated)
               if t in claim.terms and t in sentence.terms}
    for term in sorted(negated):
        in_claim, in_sentence = claim.negated.get(term), sentence.negated.get(term)
        if bool(in_claim) == bool(in_sentence):
            continue
        # the text that denies the term, its negation's span, and the text that affirms it
        denying, cue, affirming = (claim, in_claim, sentence) if in_claim \
            else (sentence, in_sentence, claim)
        if voiced_denial(denying, cue):
            continue  # "X denied that it had asked" / "X asked": the denial is another event
        if clause_denied(affirming, term) \
                or term in set_aside_terms(affirming) \
                or affirming is claim and topic_only(claim, term) \
                or denial_shared(claim, in_claim, sentence, in_sentence) \
                or conditional(denying, cue):
            continue  # ("could not travel without escorts": `conditional_denial`)
        if refusal_restated(denying, cue, affirming, term, vocab) \
                or refusal_alike(denying, cue, affirming, term, vocab):
            continue  # "refused by the movement" / "rejected by the movement": one act
            # ("refused the terms" / "disputed the terms": both refuse them)
        if (cue_word(claim, in_claim) in ADJUNCT_NEGATIONS
                or cue_word(sentence, in_sentence) in ADJUNCT_NEGATIONS) \
                and not event_denied(affirming, denying, term) \
                and not manner_denied(affirming, denying, term) \
                and not possessed(affirming, denying, term):
            continue  # "without unanimity" / "unanimously", "had them"
        if denied_as_against(denying, cue, affirming, term):
            continue  # "no weapon policy" / "a policy against weapons": one denial
        if small_alike(denying, cue, affirming, term):
            continue  # "little to no state control" / "little state control": little, both
        if scarce_alike(affirming, term, cue_word(denying, cue)):
            continue  # "staff with little French" / "staff who lack proficiency in French"
        if other_heads(denying, affirming, term, vocab):
            continue  # "no counterterrorism mandate" / "counterterrorism operations"
        if denied_through_head(denying, affirming, term):
            continue  # "the lack of contact with the crews" / "the crews": the contact is
            # denied, and judged as its own word (`denied_head`)
        if ability_denies(affirming, term):
            continue  # "cannot definitively predict" / "impossible to definitively predict":
            # both deny the deed (`ability_denied`)
        if wanting_head(denying, cue, affirming, term):
            continue  # "poor funding by the trustees" / "a lack of funding from the board's
            # trustees": the funding wanting on both sides, the trustees there on both
        if heads_denied_phrase(affirming, term):
            continue  # "no additional resources" / "without the provision of additional
            # resources": the sentence denies the phrase this word ends, not affirms the word
        if complement_set_aside(denying, term, affirming):
            continue  # "not driven by snowfall" / "driven by summers rather than by snowfall"
        if lost_object(affirming, term):
            continue  # "loses unanimity" / "was not unanimously adopted": both say it is gone
        if prevented(affirming, term):
            continue  # "stops the floods spilling" / "prevents the floods from spilling"
        if deed_in_error(denying, cue, term):
            continue  # "wrongly reported by the agency" / "the agency reported": the report
            # made, in error (`manner_denial`)
        if other_verb(denying, cue, affirming, term, vocab):
            continue  # "incorrectly reported" / "was corrected": an attribute denied, an act
            # stated (`prefix_other_verb`)
        if term in claim.prefixed and term in sentence.prefixed:
            continue  # both deny it by a prefix ("remained unchanged"): the claim's plain
            # word is another one ("after the rule change, fees remained unchanged")
        if term in affirming.prefixed:
            continue  # the affirming text denies the word by a prefix too ("was almost
            # certainly the wettest year, though the cause remains uncertain" / "the cause
            # is not certain"): it is not plainly affirmative, and which of its two the
            # denial meets is not read here (`facts.parse` keeps such a prefixed denial
            # out of `negated` because the plain word is stated too)
        if counterfactual_in_place(term, affirming, denying):
            continue  # "not the budget" / "read as though it meant the budget": not affirmed
        if intended_only(affirming, term) or doubted_only(affirming, term):
            continue  # "did not hold a referendum" / "a promise to hold one": not affirmed
            # ("wasn't the right tool" / "doubted that it was the right tool": nor there)
        if act_of_another(affirming, denying, term):
            continue  # "refused to deploy to Sector Centre" / "the deployment of the
            # level-2 hospital": the act done to a thing the denying text never names
        if double_negative(denying, cue, affirming, term):
            continue  # "did not use different methods" / "used the same method"
        if deed_untold(denying, term, affirming, vocab):
            continue  # "It was not X who questioned them" / "escorted by X": another role
        if role_untold(denying, term, affirming, vocab):
            continue  # "Y, not X, closed it" / "as X reopened it, Y closed it": X not the one
        if universal_denied(denying, cue, affirming):
            continue  # "did not all sign" / "most signed": the universal denied, not the deed
        if dual_denial(denying, cue, affirming, term, vocab):
            continue  # "many did not renew" / "few renewed": one statement
            # (`qa.claims.quantity_duality`)
        if in_claim and antecedent_untold(denying, cue, affirming, term):
            continue  # "ferries, which were not insured" / "the insured cargo": another thing
            # (the claim's only: a sentence's antecedent is often named otherwise in a claim)
        permitted = permitted_span(claim, term, sentence, in_sentence)
        claim_span = in_claim or first_span(claim, term)
        source_span = in_sentence or permitted_span(sentence, term, claim, in_claim) \
            or first_span(sentence, term)
        said = claim.text[slice(*claim_span)]
        if permitted and not in_claim:  # "let … visit": the two words the claim says, not
            said = claim.text[permitted[0]:permitted[1]].split()[0] + " … " + said  # those
            # between, which the sentence may state ("UN investigators")
        return [Conflict(said, sentence.text[slice(*source_span)], ConflictKind.POLARITY,
                         source_span)]
    return []


COMPLEMENT_WORDS = 3  # content words after a denied verb that say what it is denied of


def complement_set_aside(denying: Parsed, term: str, affirming: Parsed) -> bool:
    """The denying text's complement of its denied word ("not driven mainly by reduced
    snowfall") is what the affirming text sets aside ("driven mainly by warmer summers rather
    than by reduced snowfall"): both deny the same thing of the word, which the affirming text
    affirms only of another."""
    aside = set_aside_terms(affirming)
    if not aside:
        return False
    tokens = denying.tokens
    at = next((i for i, t in enumerate(tokens) if term in t.terms), None)
    if at is None:
        return False
    return any(set(t.terms) & aside for t in clause_words_after(tokens, at, COMPLEMENT_WORDS))


# "without" denies a noun inside an adjunct ("a mission without uniformed personnel"), not a
# predicate: a sentence that names the noun in another role ("withdraw its uniformed
# personnel") does not affirm what the claim's "without" denies. "no", "lack of" deny the
# noun as the clause's fact ("had no helicopters") and stay (all noun negations together
# cost right contradictions on every report set and CF)
ADJUNCT_NEGATIONS = frozenset({"without"})


OF_WHAT = 3  # content words after a noun of act's "of" that name what the act is done to


def act_of_another(affirming: Parsed, denying: Parsed, term: str) -> bool:
    """Every word of `term` the affirming text has is a noun of act followed by "of" and a
    thing the denying text does not name ("the deployment of the level-2 hospital" against
    "refused to deploy to Sector Centre"): the act done to another thing, another event,
    not the denied one affirmed."""
    tokens, found = affirming.tokens, False
    for i, token in enumerate(tokens):
        if term not in token.terms:
            continue
        if not token.word.lower().endswith(ACT_NOUN_ENDINGS) or i + 1 == len(tokens) \
                or tokens[i + 1].word.lower() != "of" or tokens[i + 1].brk:
            return False
        what = []
        for after in tokens[i + 2:]:
            if after.brk or len(what) == OF_WHAT or what and not after.terms:
                break  # the noun phrase ends at a clause break or a function word ("to")
            if after.terms and after.word.lower() not in DETERMINERS:
                what.append(after)
        if not what or any(t in denying.terms for token in what for t in token.terms):
            return False
        found = True
    return found


def event_denied(affirming: Parsed, denying: Parsed, term: str) -> bool:
    """The "without" denies the act the other text affirms by its verb: "enable the missions
    to work without obstruction" / "should obstruct the missions". The noun after "without"
    names the act of the other text's verb (the same stem, a noun's ending), which that text
    uses as a verb, not the noun: no other role the word can play there."""
    mine = next((t for t in affirming.tokens if term in t.terms), None)
    theirs = next((t for t in denying.tokens if term in t.terms), None)
    if mine is None or theirs is None:
        return False
    act, verb = theirs.word.lower(), mine.word.lower()
    return act != verb and act.endswith(ACT_NOUN_ENDINGS) and not verb.endswith(ACT_NOUN_ENDINGS) \
        and can_be_verb(verb)


def clause_denied(text: Parsed, term: str | None = None) -> bool:
    """The text has a negation of its own beyond an adjunct's "without" (in the clause of
    `term`'s first word, when given): "could travel without escorts" affirms the travelling,
    and "had plenty of air assets, so mobility was never the problem" affirms the assets, so
    neither makes a "had no power" / "had the power" or "the lack of air assets" / "air
    assets" pair two negations of different reach."""
    if not text.has_negation:
        return False
    at = next((n for n, t in enumerate(text.tokens) if term in t.terms), None) \
        if term is not None else None
    return any(text.tokens[i].word.lower() not in ADJUNCT_NEGATIONS
               and not gerund_cue(text.tokens, i)
               and (at is None or same_clause(text, i, at))
               for i in negation_cues(text))


def denial_shared(claim: Parsed, in_claim, sentence: Parsed, in_sentence) -> bool:
    """The negation word of the denying side is a word of the other text too ("Reuters
    incorrectly reported ..., and the article was corrected" / "incorrectly reported by
    Reuters"): the same denial, placed on another word, not the word flipped. A word that is
    its own denial ("unchanged") both texts write is the same denial too: the other text's
    affirmed word is elsewhere ("the 2019 mandate change ... remained unchanged")."""
    denier, span, other = (claim, in_claim, sentence) if in_claim else (sentence, in_sentence,
                                                                        claim)
    words = [t.word.lower() for t in denier.tokens if span[0] <= t.start < span[1]]
    cues = {w for w in words if w in NEGATIONS or w.endswith(("n't", "n’t"))} \
        or set(words[:len(words) == 1])
    return bool(cues & {t.word.lower() for t in other.tokens})


def same_clause(text: Parsed, i: int, j: int) -> bool:
    """No mark that ends a clause (a comma, a colon, a dash ...; not a bracket or a quote,
    which set a few words inside a clause: "countries (TCCs) to deploy") nor a word opening a
    contrast ("but", "while") stands between the text's i-th and j-th words; "yet" right
    after a negation is part of it ("had not yet appointed a director")."""
    low, high = min(i, j), max(i, j)
    tokens = text.tokens
    return not any(tokens[k].word.lower() in SCOPE_BREAKERS
                   and not (k - 1 in negation_cues(text) and not tokens[k].brk)
                   or tokens[k].brk and CLAUSE_MARK_RE.search(text.text, tokens[k - 1].end,
                                                             tokens[k].start)
                   for k in range(low + 1, high + 1))




def heads_denied_phrase(text: Parsed, term: str) -> bool:
    """The text's first word of `term` ends a noun phrase whose word right before it is
    denied by a negation of a noun ("without the provision of additional resources": "no",
    "without", "lack of" deny two words, here "provision" and "additional"; the noun they
    qualify is the phrase's head and is denied with them, not affirmed)."""
    at = next((n for n, t in enumerate(text.tokens) if term in t.terms), 0)
    if not at or text.tokens[at].brk:
        return False
    before = text.tokens[at - 1]
    spans = {text.negated[t] for t in before.terms if t in text.negated}
    return any(cue_word(text, span) in NOUN_NEGATIONS for span in spans)


def small_alike(negating: Parsed, span: tuple[int, int], other: Parsed, term: str) -> bool:
    """The negation is the far end of a range from a small quantity ("little to no control",
    "few or no staff") that the other text gives the same word ("little control"): both say
    little. Against the word plain ("has state control") the range still denies it."""
    before = negating.text[:span[0]].split()[-2:]
    if len(before) < 2 or before[1].lower() not in RANGE_JOINERS \
            or before[0].lower() not in SMALL_QUANTITIES:
        return False
    # the range's noun is the first word it denies ("little to no oversight by the council"
    # denies the council's too): the other text's small quantity stands before that one
    first = next((t for t in negating.tokens if t.start > span[0] and t.terms), None)
    if first is None:
        return False
    k = next((n for n, t in enumerate(other.tokens) if set(first.terms) & set(t.terms)), None)
    return k is not None and any(t.word.lower() == before[0].lower()
                                 for t in other.tokens[max(0, k - SMALL_REACH):k])


RANGE_JOINERS = frozenset(("to", "or"))  # "little to no", "few or no"
SMALL_QUANTITIES = frozenset(("little", "few"))
SMALL_REACH = 3  # words between the quantity and the word ("little state control")


def cue_word(text: Parsed, span: tuple[int, int] | None) -> str:
    return text.text[span[0]:span[1]].split()[0].lower() if span else ""


def permitted_span(claim: Parsed, term: str, sentence: Parsed,
                   denied: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the other text (`sentence`) denies the word by a verb of prevention ("blocked the
    inspectors from visiting"), this text's (`claim`) span from a verb of permission before
    the word ("let the inspectors visit"): the antonym of the other's verb (WordNet: let /
    prevent, permit / forbid) is this side of the same relation, not a fact the other lacks,
    and one difference with any conflict on the verb (`around.differences`). None otherwise."""
    if denied is None or sentence.text[denied[0]:denied[1]].split()[0].lower() not in PREVENTIONS:
        return None
    end = first_span(claim, term)
    at = next(n for n, t in enumerate(claim.tokens) if term in t.terms)
    for token in reversed(claim.tokens[max(0, at - PERMISSION_REACH):at]):
        if token.brk and token is not claim.tokens[at]:
            break
        if permission(token.word.lower()):
            return token.start, end[1]
    return None


PERMISSION_REACH = 4  # words from the verb of permission to the verb it permits


def permission(word: str) -> bool:
    """A verb of permission: it, or a first-sense synonym of it, has a verb of prevention for
    its WordNet antonym ("let" / "prevent"; "allow", a synonym of "permit" / "forbid")."""
    word = irregular_base(word) or word
    return any(set(antonyms(w)) & PREVENTIONS for w in [word, *synonyms(word)])


def first_span(text: Parsed, term: str) -> tuple[int, int]:
    token = next(t for t in text.tokens if term in t.terms)
    return token.start, token.end


def synonym_terms(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the word's first-sense WordNet synonyms, remembered per vocabulary."""
    found = vocab.synonyms.get(word)
    if found is None:
        found = vocab.synonyms[word] = {t for w in synonyms(word) if " " not in w
                                        for t in vocab.analyzer.terms(w)}
    return found


def denied_synonym(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The sentence denies, in the same place, a WordNet synonym of a word the claim affirms
    and the sentence does not state ("would grant the fleet free access" / "would not allow
    the fleet free access"): `flipped` for a paraphrased predicate. Only when the claim has no
    negation of its own."""
    if not claim.has_negation and sentence.negated:
        found = synonym_denied(claim, sentence, vocab)
        if found and voiced_denial(sentence, sentence.negated.get(found[1].terms[0])):
            return []  # "the firm denied that it paid": a report of speech (`flipped`)
        return [Conflict(found[0].word, found[1].word, ConflictKind.POLARITY,
                         (found[1].start, found[1].end))] if found else []
    if claim.negated and not sentence.has_negation:
        # the other way round: the claim denies what the sentence affirms in a synonym ("do
        # not need escorts" / "require escorts")
        found = synonym_denied(sentence, claim, vocab)
        if found:
            affirmed, denied = found
            span = claim.negated.get(denied.terms[0], (denied.start, denied.end))
            if voiced_denial(claim, span):
                return []  # "X denied that it fought" / "X's engagement": another event
            return [Conflict(claim.text[slice(*span)], affirmed.word, ConflictKind.POLARITY,
                             (affirmed.start, affirmed.end))]
    return []


def synonym_denied(affirming: Parsed, denying: Parsed, vocab: Vocabulary
                   ) -> tuple[Token, Token] | None:
    """A word `affirming` states and `denying` does not, and the word of `denying` that denies
    a WordNet synonym of it with a word beside both the same."""
    denied = remembered(denying, ("denied words",), lambda: [
        b for b in denying.tokens if b.word.isalpha() and negated(denying, b)])
    if not denied or all_synonyms(affirming, vocab).isdisjoint(
            t for b in denied for t in b.terms):
        return None  # no synonym of `affirming` is denied: most pairs
    for a, same in affirmed(affirming, vocab):
        if not denying.terms.isdisjoint(a.terms):
            continue
        for b in denied:
            if same & set(b.terms) and any(
                    neighbours(affirming, as_mention(a), vocab)[i]
                    & neighbours(denying, as_mention(b), vocab)[i] for i in (0, 1)):
                return a, b
    return None


def all_synonyms(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The synonyms of every word `affirmed_synonyms` gives: the text's alone, remembered."""
    return remembered(text, ("all synonyms", vocab), find_all_synonyms, text, vocab)


def find_all_synonyms(text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(
        t for _, same in affirmed(text, vocab) for t in same)


def affirmed(text: Parsed, vocab: Vocabulary) -> list[tuple[Token, set[str]]]:
    """`affirmed_synonyms`, remembered on the parse (`synonym_denied` asks it of a claim for
    every sentence, of a sentence for every claim)."""
    return remembered(text, ("affirmed synonyms", vocab), affirmed_synonyms, text, vocab)


def affirmed_synonyms(text: Parsed, vocab: Vocabulary) -> list[tuple[Token, set[str]]]:
    """The text's plain words outside an "as ... as" frame, each with the stems of its
    first-sense synonyms (`synonym_terms`)."""
    return [(a, synonym_terms(a.lower, vocab)) for n, a in enumerate(text.tokens)
            if a.terms and a.word.isalpha() and not as_framed(text, n)]


def as_framed(text: Parsed, n: int) -> bool:
    """The n-th word stands between "as" and "as" ("as well as", "as good as"): a connective
    or a comparison of degree, which affirms nothing of its own."""
    tokens = text.tokens
    return 0 < n < len(tokens) - 1 and tokens[n - 1].lower == "as" \
        and tokens[n + 1].lower == "as"


def reordered(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim puts one event before another where the sentence puts it after ("terminated
    the agreement shortly before MINUSMA left" / "terminated the agreement soon after
    MINUSMA's departure", `qa.claims.sequence`, which reads every order of two events); or
    another pair of exclusive relation words (`Vocabulary.connectives`: "with" / "without",
    "more" / "fewer"), each with the same thing on the same side of it in both."""
    # every order of two events, a cause's too ("because" / "led to"): its words are
    # remembered on the claim's parse, so most claims, with none, pass at once
    found = reversed_order(claim, sentence, vocab)
    if found:
        a, b = found
        return [Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end))]
    claim_words = claim_relation_words(claim, vocab)
    if claim_words is None:
        return []  # no relation word in the claim (most claims): nothing to reverse
    sentence_words = relation_words(sentence)
    # each side of a connective the claim has a word of, with the side reversing it, in the
    # connectives' order: the claim's alone, remembered on its parse (asked for every sentence)
    sides = remembered(claim, ("connective sides", vocab), lambda: [
        (side_a, side_b) for mine, theirs in vocab.connectives
        # the order of two events: read above, with its passives and adverbs
        if not (mine | theirs) & ORDER_WORDS
        for side_a, side_b in ((mine, theirs), (theirs, mine))
        if not claim_words.isdisjoint(side_a)])
    for side_a, side_b in sides:
        if not sentence_words.isdisjoint(side_a) or sentence_words.isdisjoint(side_b):
            continue
        ours = [t for t in relation_tokens(claim) if t.word.lower() in side_a]
        for b in relation_tokens(sentence):
            if b.word.lower() not in side_b:
                continue
            for a in ours:
                if same_sides(claim, a, sentence, b, vocab) \
                        and same_place(claim, a, sentence, b, vocab) \
                        and not same_denial(claim, a, sentence):
                    return [Conflict(a.word, b.word, ConflictKind.RELATION,
                                     (b.start, b.end), Placement.BESIDE)]
    return []


def ordered_by(claim: Parsed, vocab: Vocabulary) -> set[str] | None:
    """The claim's words (lower-case) outside its names, or None when none is a relation
    word (most claims): the claim's alone, remembered on its parse."""
    claim_words = {t.word.lower() for t in relation_tokens(claim)}
    if all(claim_words.isdisjoint(side) for pair in vocab.connectives for side in pair):
        return None
    return claim_words


def same_sides(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """What comes before `a` in the claim shares words with what comes before `b` in the
    sentence, what comes after with what comes after, and the two sides share more that way
    than crossed."""
    straight, crossed = side_overlaps(claim, a, sentence, b, vocab)
    return min(straight) > 0 and sum(straight) > sum(crossed)


def side_overlaps(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary
                  ) -> tuple[tuple[int, int], tuple[int, int]]:
    """How many words (with synonym groups) the text before and after `a` in the claim shares
    with the text before and after `b` in the sentence: (before-before, after-after) and
    (before-after, after-before)."""
    side = lambda text, token, before: expand(
        [t for t in text.tokens if (t.end <= token.start if before else t.start >= token.end)],
        vocab)
    mine = side(claim, a, True), side(claim, a, False)
    theirs = side(sentence, b, True), side(sentence, b, False)
    return ((len(mine[0] & theirs[0]), len(mine[1] & theirs[1])),
            (len(mine[0] & theirs[1]), len(mine[1] & theirs[0])))
