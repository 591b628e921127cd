"""The support vetoes and contradiction droppers of `check.align`, in named stages.

A sentence that states enough of a claim to support it (`check.stance_of`) may still not
support it: a part of the claim it leaves unsaid, another actor in the claim's place, a deed
asked for and not told done. A sentence that contradicts it may be about another thing: a
figure of a group the claim does not count, the date of another deed. Each veto here is one
predicate over the pair (`Pair`), with a line on the wrong verdict it prevents; a stage is a
tuple of them, and `align` walks a stage with `holds` where the stance is still the one the
stage vetoes (`STANCE_SUPPORTS`, or `STANCE_CONTRADICTS` for a dropper), turning it to
related at the first that holds, so that each is read only while the stance stands, as the
chain of ifs it replaces read them.

What stays in `align`: a veto that reads or changes more than the stance (one that turns a
veto into a contradiction by `judged_with`, or reads `rest`, `reversal` or a value an earlier
one found), between the stages, in its order. To add a veto: write its predicate here, next to
its stage's others, and put it in the tuple at the place its order needs.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, verb_base
from ..types import VALUE_KINDS
from .actors import said
from .adverb_words import manner_adverb
from .apposed_denial import set_aside_party_told
from .asked_that import asking_unstated
from .asked_clause import asked_doer_unnamed
from .attainment import attainment_denied
from .bodies import Bodies
from .capital_acting import capital_only_qualifying
from .cause_reversed import cause_made_coeffect, cause_reversed
from .cause_dated import cause_against_occasion
from .cause_elsewhere import cause_elsewhere
from .cleft_subject import cleft_deed_unstated, cleft_subject_unstated
from .ceased import told_before
from .certainty import certainty_added
from .proof_frame import proof_unsaid
from .changeless import change_untold
from .circumstance import circumstance_unstated
from .clause_shares import (every_cause, every_conjunct, every_means, every_participle,
                            every_result, states_each)
from .clauses import set_aside
from .comparison_unstated import comparison_unstated
from .compared_otherwise import compared_otherwise
from .conditions import conditioned_otherwise
from .contrast_not import contrastive_denied, denied_as_set_aside
from .counted_group import told_of_other_group
from .actor_figure import count_left_out
from .accompanied import unstated_accompaniment
from .additive import added_to
from .adjunct import unstated_adjunct
from .agent_country import agent_unnamed
from .claim_own_name import claim_dates_rival
from .comparisons import unstated_multiple
from .compared_order import order_unknown, ranked_below
from .counted_other import counts_other
from .deed_elsewhere import agent_elsewhere, done_by_another, noun_agent_elsewhere
from .deed_reversed import reversed_beside
from .defining_clause import dated_elsewhere
from .degree import unstated_correlative
from .degree_replaced import degree_replaced
from .denied import denied_object, denied_unrated
from .denied_aim import denied_aim, denied_claim_aim
from .subject_acted_on import subject_made_patient
from .denied_deed import denied_deed
from .denied_disposition import denied_disposition
from .denied_subject import subject_denied
from .evaluation_turned import evaluation_turned
from .event_unstated import event_unstated
from .excluded_member import excluded_member
from .exceeding import exceeding_unstated
from .expectations import EXPECTATIONS, expects, hedged, likewise_expected
from .expected_scope import expected_elsewhere
from .facts import Parsed, Token, gerunds_denied, groups_of
from .forms import prefixed_alike
from .frames import unstated_according
from .prefixed_deed import prefixed_deed
from .split_dates import date_split
from .unrealised import only_unrealised
from .frequency import other_frequency
from .graded_down import graded_otherwise
from .initially import start_elsewhere
from .intended import only_as_intent
from .judged_otherwise import judged_otherwise, judgement_unsaid
from .listed import subject_listed
from .listed_deed import listed_deed
from .measured_substance import substance_other
from .rate_period import other_period
from .span_bound import other_span
from .main_verb import subject_unverbed
from .agent_in_object import agent_in_object
from .actors import agent_unsaid, unstated_agent
from .named_modifier import modifier_elsewhere
from .modifier_actor import modifier_of_another
from .owner_unsaid import owner_unsaid
from .names_alone import names_alone
from .negated_alike import denies_the_same
from .opposite_event import opposite_told
from .opposite_nearer import opposite_nearer, opposite_of_another
from .opposite_predicate import opposite_predicate
from .opposition import inside_name
from .ordered import order_told_before, unstated_side
from .other_manner import manner_told_otherwise
from .parts_of_whole import complementary_parts
from .past_forms import past_verb
from .patient_elsewhere import patient_elsewhere
from .paraphrase import denied_alike, denied_in_place, paraphrased_by
from .part_given import part_given_other
from .partner_swapped import partner_swapped
from .owner_swapped import owner_swapped
from .holder_other import held_by_other
from .helper_swapped import helper_swapped
from .placed_verb import unstated_placed_verb
from .predicate import BE, PARTICLES, said_within, unstated_event, unstated_state
from .predicative import unstated_relation
from .qualifier_unstated import qualifier_unstated
from .quantifiers import unstated_quantity
from .reaction import answered_unstated
from .reported_judgement import judgement_given_otherwise
from .refrained import refrained_deed
from .refusals import refused_alike
from .relative_owner import dated_by_other, owned_by_other
from .shares import POINT, RELATED, SUPPORT, covered
from .speaker_elsewhere import heard_otherwise, speaker_elsewhere
from .standard import named_as_standard
from .straddled import straddled
from .subject_head import owner_elsewhere, subject_unstated
from .subjects import subject_swapped
from .flow_ends import ends_traded
from .subject_turned import turned_for_subject
from .superlative_holder import held_by_another
from .superlative_scale import other_scale
from .told_both import change_unstated
from .unasserted import asked_only, told_done
from .unsaid import (attempted_only, main_clause, stopped_short, turned_after_subject,
                     unstated_comparison, unstated_reason, unstated_source, unstated_stance,
                     verbless)
from .verb_kin import verb_from_name
from .verb_kin import verb_in_their_name as verb_named_by_sentence
from .vocabulary import Vocabulary
from .voiced_denial import denial_unsaid


class Pair:
    """What the vetoes read of one claim and one sentence, built once per `align` call (a
    few references, no reading): the texts, the claim's weights and point, and what
    `align` found the sentence states of the claim (`stated`, `forms`, `said`)."""
    __slots__ = ("claim", "sentence", "passage", "vocab", "weights", "points", "background",
                 "events", "stated", "forms", "said", "found", "bodies", "around", "speakers",
                 "_told")

    def __init__(self, claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                 weights: dict[str, float], points: dict[str, float], background: set[str],
                 events: set[str], stated: frozenset[str], forms: frozenset[str], said,
                 found, bodies: Bodies | None, around, speakers: bool):
        self.claim, self.sentence, self.passage, self.vocab = claim, sentence, passage, vocab
        self.weights, self.points, self.background, self.events = \
            weights, points, background, events
        self.stated, self.forms, self.said, self.found = stated, forms, said, found
        self.bodies, self.around, self.speakers = bodies, around, speakers
        self._told = None

    @property
    def told(self) -> frozenset[str]:
        """Every claim term the sentence states, in any form: `said[0] | stated | forms`,
        made the first time a veto asks (most pairs reach no veto that does)."""
        if self._told is None:
            self._told = self.said[0] | self.stated | self.forms
        return self._told

    def headed(self, word: str) -> bool:
        """`word` is the head of a body the sentence names ("the mission" of "... Mission in
        Mali"): the claim's word, said by the body's name."""
        return self.bodies is not None and self.bodies.headed(word, self.sentence)


def holds(stage, pair: Pair) -> bool:
    """Whether a veto of `stage` holds for the pair, read in order, stopping at the first
    that does (a loop, not `any(...)`: no generator per pair)."""
    for veto in stage:
        if veto(pair):
            return True
    return False


# -- the predicate: the claim's complement and relation ------------------------------------

def complement_unstated(p: Pair) -> bool:
    """"X is exaggerated" by a sentence about X that never says it is (`complement_stated`)."""
    return not complement_stated(p.claim, p.sentence, p.weights, p.vocab)


def relation_unstated(p: Pair) -> bool:
    """"were consistent with the agreements" by "a violation of" (`predicative`)."""
    return unstated_relation(p.claim, p.sentence, p.vocab, p.stated)


PREDICATE_UNSTATED = (complement_unstated, relation_unstated)


# -- parts of the claim the sentence leaves unsaid ------------------------------------------

def subject_turned(p: Pair) -> bool:
    """"A notified B" by "B informed A": the deed the other way (`subjects`)."""
    return subject_swapped(p.claim, p.sentence, p.vocab)


def denial_untold(p: Pair) -> bool:
    """"X denied that it had asked" by "X asked ... disagreed" (`voiced_denial`)."""
    return denial_unsaid(p.claim, p.sentence)


def only_names_said(p: Pair) -> bool:
    """"is leaving the Northern Basin" by "the Northern Basin was": the names alone (a word
    begun alike counts: "directs" / "Director of", `names_alone`)."""
    return names_alone(p.claim, p.weights, p.told)


def subject_untold(p: Pair) -> bool:
    """"water levels correlate" by "other phenomena correlate" (`subject_head`)."""
    return subject_unstated(p.claim, p.sentence, p.vocab, p.told)


def deed_refrained(p: Pair) -> bool:
    """"voted for the levy" by "with Holm abstaining" (`refrained`)."""
    return refrained_deed(p.claim, p.sentence, p.vocab, p.told)


def event_untold(p: Pair) -> bool:
    """"the termination was protested by the guild" by "signed the agreement, with the guild
    as the mediator": neither the event's noun nor verb (`event_unstated`)."""
    return event_unstated(p.claim, p.sentence, p.vocab, p.told)


def owner_other(p: Pair) -> bool:
    """"the Malian authorities had" by "the UN Secretariat had" (`subject_head`)."""
    return owner_elsewhere(p.claim, p.sentence, p.vocab, p.told)


def point_unstated(p: Pair) -> bool:
    """The claim's topic stated, not its point (`check.point_weights`, POINT)."""
    return covered(p.points, p.sentence, p.passage, p.vocab, named=p.stated) < POINT


def conjunct_unstated(p: Pair) -> bool:
    """"asked for a ferry and offered pilots" by half of it (`clause_shares.every_conjunct`)."""
    return not every_conjunct(p.claim, p.sentence, p.passage, p.weights, p.vocab, p.stated)


def participle_unstated(p: Pair) -> bool:
    """"moved away, prompting the mission to move" by the move alone
    (`clause_shares.every_participle`)."""
    return not every_participle(p.claim, p.sentence, p.passage, p.weights, p.vocab, p.stated)


def result_unstated(p: Pair) -> bool:
    """"drought emptied the wells, which in turn drove the herders to the cities" by a
    sentence whose herders went elsewhere (`clause_shares.every_result`)."""
    return not every_result(p.claim, p.sentence, p.passage, p.weights, p.vocab, p.stated)


def cause_unstated(p: Pair) -> bool:
    """"funded it because Norland had ships there": the cause unstated but for the names the
    main clause shares (`qa.claims.cause_clause`)."""
    return not every_cause(p.claim, p.passage, p.weights, p.vocab, p.stated)


def cleft_subject_untold(p: Pair) -> bool:
    """"Sea spray is what seeded the clouds" by "dense clouds formed": the cleft's subject,
    its point, unsaid (`cleft_subject`)."""
    return cleft_subject_unstated(p.claim, p.told)


PARTS_UNSAID = (subject_turned, denial_untold, only_names_said, subject_untold, deed_refrained,
                event_untold, owner_other, point_unstated, conjunct_unstated,
                participle_unstated, result_unstated, cause_unstated, cleft_subject_untold)


# -- a deed asked for or done by another, not told done ---------------------------------------

def only_asked(p: Pair) -> bool:
    """"have broken the cycle" by "urged them to break the cycle" (`unasserted`)."""
    return asked_only(p.claim, p.sentence, p.vocab, paraphrased_by)


def only_told_to(p: Pair) -> bool:
    """"the board hired" by "insists that the board hire pilots" (`unasserted`)."""
    return told_done(p.claim, p.sentence, p.vocab, paraphrased_by)


def done_by_other(p: Pair) -> bool:
    """"the government rejected it" by "signed by the government. However, it was rejected
    by the rebels" (`deed_elsewhere`)."""
    return done_by_another(p.claim, p.sentence, p.passage, p.vocab, p.told)


def reversed_by_agent(p: Pair) -> bool:
    """"the rebels accepted it" by "signed by the government. However, it was rejected by the
    rebels": the claim's verb reversed in the passage with the claim's agent (`deed_reversed`)."""
    return reversed_beside(p.claim, p.sentence, p.passage, p.vocab, p.told)


DEED_NOT_TOLD_DONE = (only_asked, only_told_to, done_by_other, reversed_by_agent)


# -- the deed denied, or the claim's member left out -----------------------------------------

def deed_denied(p: Pair) -> bool:
    """"signed off on the proposal" by "did not endorse the proposal", unless the object is
    denied, which may contradict (the reversals, in `align`)."""
    return denied_deed(p.claim, p.sentence, p.vocab, p.stated | p.forms) \
        and not denied_object(p.claim, p.sentence, p.vocab)


def rating_denied(p: Pair) -> bool:
    """"will have full access" by "would not allow full access" (`denied`)."""
    return denied_unrated(p.claim, p.sentence, p.vocab)


def member_excluded(p: Pair) -> bool:
    """"left Velden out" by "comprised ... Velden" (`excluded_member`)."""
    return excluded_member(p.claim, p.sentence)


def disposition_denied(p: Pair) -> bool:
    """"were happy to expose" by "are not willing to expose" (`denied_disposition`)."""
    return denied_disposition(p.claim, p.sentence, p.vocab, p.stated | p.forms)


def subject_no(p: Pair) -> bool:
    """"several pilots are pressing for a closure" by "although no harbour pilot or ferry
    captain is pressing for a closure, some ...": the claim's subject denied by a "no" that
    opens the clause telling its deed (`denied_subject`)."""
    return subject_denied(p.claim, p.sentence, p.vocab)


DENIED_OR_LEFT_OUT = (deed_denied, rating_denied, member_excluded, disposition_denied,
                      subject_no)


# -- the agent, manner, circumstance or event of the claim unsaid ----------------------------

def agent_untold(p: Pair) -> bool:
    """"expelled by the city council" by "the port authority expelled", unless the sentence
    names the agent's body by its head (`actors.unstated_agent`)."""
    agent = unstated_agent(p.claim, p.sentence, p.vocab, p.stated)
    return bool(agent) and not p.headed(agent.terms[0])


def agent_not_said(p: Pair) -> bool:
    """"claimed by a Brenna smuggling ring" by no word of who did it (`actors.agent_unsaid`)."""
    agent = agent_unsaid(p.claim, p.sentence, p.vocab, p.stated)
    return bool(agent) and not p.headed(agent.terms[0])


def capital_qualifying(p: Pair) -> bool:
    """"Norvik signed the accord" by "the Norvik accord between the militias": the capital
    only qualifies a noun there, and acts for no government (`capital_acting`)."""
    return capital_only_qualifying(p.claim, p.sentence, p.vocab)


def manner_untold(p: Pair) -> bool:
    """"was adopted unanimously" by a sentence that says "adopted" (`unstated_manner`)."""
    return unstated_manner(p.claim, p.sentence, p.vocab, p.stated)


def circumstance_untold(p: Pair) -> bool:
    """"shut after a storm" by "shut because stocks collapsed" (`circumstance`)."""
    return circumstance_unstated(p.claim, p.sentence, p.vocab, p.told)


def cause_told_apart(p: Pair) -> bool:
    """"raised its tolls because of the quay's closing" by "raised its tolls in response to the
    herring price. Earlier the council had closed the quay": the cause told, but not as the
    cause (`cause_elsewhere`)."""
    return cause_elsewhere(p.claim, p.sentence, p.vocab, p.told) is not None


def accompaniment_untold(p: Pair) -> bool:
    """"the fare rise passed with two abstentions" by "passed unanimously" (`accompanied`)."""
    return unstated_accompaniment(p.claim, p.sentence, p.vocab, p.stated, past_verb)


def deed_untold(p: Pair) -> bool:
    """"interviewed eyewitnesses" by "published evidence", unless the subject is the
    sentence's body by its head ("the UN mission": "... Mission in Mali",
    `predicate.unstated_event`)."""
    unsaid = unstated_event(p.claim, p.sentence, p.vocab, p.stated, p.around)
    return bool(unsaid) and not p.headed(unsaid[1].word)


def answer_untold(p: Pair) -> bool:
    """"turned down Diop's request" by "Diop requested" (`reaction`)."""
    return answered_unstated(p.claim, p.sentence, p.vocab, p.stated)


DEED_PARTS_UNSAID = (agent_untold, agent_not_said, capital_qualifying, manner_untold,
                     circumstance_untold, cause_told_apart, accompaniment_untold, deed_untold,
                     answer_untold)


# -- a state, place, side, order or intent of the claim unsaid --------------------------------

def state_untold(p: Pair) -> bool:
    """"the siege was lifted by the army" by "battered by a siege" (`predicate`)."""
    return unstated_state(p.claim, p.sentence, p.vocab, p.stated, p.weights)


def place_untold(p: Pair) -> bool:
    """"was held in Kidal" by "the celebration", Kidal elsewhere (`placed_verb`)."""
    return unstated_placed_verb(p.claim, p.sentence, p.vocab, p.stated, p.found.unstated,
                                p.background)


def word_in_names_only(p: Pair) -> bool:
    """"pilots" by "the Ostvik Pilots' Office" (`said_in_names_only`), unless the word is
    the head of a body the sentence names."""
    only_named = said_in_names_only(p.claim, p.sentence, p.vocab, p.weights)
    return bool(only_named) and not p.headed(only_named.word)


def side_untold(p: Pair) -> bool:
    """"troops grew after a priority was added" by "it added a priority" (`ordered`)."""
    return unstated_side(p.claim, p.sentence, p.vocab, p.weights, p.forms)


def order_before(p: Pair) -> bool:
    """"X three days before Y" by "Three days later, X": Y is before (`ordered`)."""
    return order_told_before(p.claim, p.sentence, p.vocab)


def multiple_untold(p: Pair) -> bool:
    """"roughly the size of Tarland" by "three times the size" (`comparisons`)."""
    return unstated_multiple(p.claim, p.sentence, p.vocab)


def intent_only(p: Pair) -> bool:
    """"withdrew 15 boats" by "announced their intent to quit, withdrawing 15 boats": the
    deed intended, not told as done (`intended`)."""
    return only_as_intent(p.claim, p.sentence)


def date_apart(p: Pair) -> bool:
    """"On 9 March 2031, X" by "On 9 March, X ... until May 2031": the year dates another
    date, a limit (`split_dates`)."""
    return date_split(p.claim, p.sentence)


SETTING_UNSAID = (state_untold, place_untold, word_in_names_only, side_untold, order_before,
                  multiple_untold, intent_only, date_apart)


# -- the claim's fact set against another ----------------------------------------------------

def straddled_claims(p: Pair) -> bool:
    """"the pilots said all were smugglers" by "the coastguard said all were smugglers, but
    according to the pilots most were fishermen" (`straddled`)."""
    return straddled(p.claim, p.sentence, p.vocab)


def set_aside_words(p: Pair) -> bool:
    """"went into protecting civilians" by "rather than protect them" (not the words the
    claim denies by ", not civilians": `contrast_not`)."""
    return set_aside(p.claim, p.sentence, {
        t: w for t, w in p.weights.items() if t not in contrastive_denied(p.claim)})


def set_aside_party(p: Pair) -> bool:
    """"the city, not the harbour board, closed the pier" by "the harbour board closed the
    pier": the deed of the party the claim sets aside (`apposed_denial`)."""
    return set_aside_party_told(p.claim, p.sentence, p.vocab)


def cause_turned(p: Pair) -> bool:
    """"drought causes dust storms" by "drought is caused by dust storms": the claim's cause
    told as the effect (`cause_reversed`)."""
    return cause_reversed(p.claim, p.sentence, p.weights)


SET_AGAINST = (straddled_claims, set_aside_words, set_aside_party, cause_turned)


# -- a correlation or an expectation, not the fact --------------------------------------------

def correlative_untold(p: Pair) -> bool:
    """"the longer it stays, the more likely" by "the shorter" (`degree`)."""
    return unstated_correlative(p.claim, p.sentence)


def only_expected(p: Pair) -> bool:
    """An expectation is not the fact: "agreed" by "is expected to" (`expectations`)."""
    return expects(p.sentence) and not hedged(p.claim) \
        and not likewise_expected(p.claim, p.sentence) \
        and not expected_elsewhere(p.claim, p.sentence, EXPECTATIONS)


def certainty_unsaid(p: Pair) -> bool:
    """"will close in May" by "is likely to close", "should close": the hedge dropped
    (`certainty`)."""
    return certainty_added(p.claim, p.sentence)


def proof_only_possible(p: Pair) -> bool:
    """"confirmed that the lake had" by "claimed that the lake may have had": the claim's
    verb of proof unstated and the sentence's doubt (`proof_frame`)."""
    return proof_unsaid(p.claim, p.sentence, p.told)


def unrealised_only(p: Pair) -> bool:
    """"hosted talks" by "could have ..., including by hosting talks": a deed told as
    possible, not done (`unrealised`)."""
    return only_unrealised(p.claim, p.sentence, p.told)


EXPECTED_ONLY = (correlative_untold, only_expected, certainty_unsaid, proof_only_possible,
                 unrealised_only)


# -- after the reversals, which read the same words as a contradiction when both sides are in
# place ---------------------------------------------------------------------------------------

def comparison_untold(p: Pair) -> bool:
    """"moved closer" by "close": the comparative unwritten, no change stated
    (`unsaid.unstated_comparison`)."""
    return unstated_comparison(p.claim, p.sentence)


def figures_uncompared(p: Pair) -> bool:
    """"emits more than the harbour" by a sentence that compares nothing: no "than", no
    comparative, no "twice" or verb of exceeding (`comparison_unstated`)."""
    return comparison_unstated(p.claim, p.sentence, p.vocab)


def exceeding_uncompared(p: Pair) -> bool:
    """"the harbour's share of the nets exceeds the river's share of the catch" by a sentence
    that compares nothing and gives the harbour's share the smaller figure, or no figure to
    each side (`exceeding`)."""
    return exceeding_unstated(p.claim, p.sentence, p.vocab)


def qualifier_untold(p: Pair) -> bool:
    """"the main cause" / "the largest source" by a sentence giving no rank, or only "one of
    the largest" (`qualifier_unstated`)."""
    return qualifier_unstated(p.claim, p.sentence)


def source_untold(p: Pair) -> bool:
    """"officials acknowledged" by "a study": the claim's source unstated
    (`unsaid.unstated_source`)."""
    return unstated_source(p.claim, p.sentence, p.vocab, p.stated)


def according_untold(p: Pair) -> bool:
    """"according to the mayor" by the same fact from another source, or from none
    (`frames.unstated_according`)."""
    return unstated_according(p.claim, p.sentence, p.vocab, p.stated)


def stance_untold(p: Pair) -> bool:
    """"the board acknowledged that" by the content alone: the verb of taking a stance
    unstated (`unsaid.unstated_stance`)."""
    return unstated_stance(p.claim, p.sentence, p.vocab, p.stated)


def turned_subject(p: Pair) -> bool:
    """"the fishermen welcomed the plan" by "the fishermen disagreed with the closure": a
    predicate of the opposite polarity in the subject's place (`unsaid.turned_after_subject`)."""
    return turned_after_subject(p.claim, p.sentence, p.vocab)


def attempt_only(p: Pair) -> bool:
    """"advanced a lease" by "has struggled to advance a lease": the deed striven for, not
    done (`unsaid.attempted_only`)."""
    return attempted_only(p.claim, p.sentence)


def short_stop(p: Pair) -> bool:
    """"went as far as blocking" by "stopped short of blocking" (`unsaid.stopped_short`)."""
    return stopped_short(p.claim, p.sentence)


def reason_untold(p: Pair) -> bool:
    """"abstained because of its provisions" by the abstention alone: the cause or time the
    claim adds unstated (`unsaid.unstated_reason`)."""
    return unstated_reason(p.claim, p.sentence, p.vocab, p.stated)


def asking_untold(p: Pair) -> bool:
    """"the inquiry recommended that the board close the pier" by "the inquiry found that the
    pier drained the budget": the asking unstated (`asked_that`)."""
    return asking_unstated(p.claim, p.sentence, p.vocab, p.stated) is not None


def asked_doer_untold(p: Pair) -> bool:
    """"demanded the master's dismissal and asked that Bergen appoint his successor" by "demanded
    the master's dismissal": the asked-for deed and its doer unsaid (`asked_clause`)."""
    return asked_doer_unnamed(p.claim, p.sentence, p.vocab, p.stated) is not None


def adjunct_untold(p: Pair) -> bool:
    """"hired two divers in order to chart the reef" by the hiring alone: the purpose or means the
    claim adds unstated (`adjunct.unstated_adjunct`)."""
    return unstated_adjunct(p.claim, p.sentence, p.vocab, p.stated) is not None


def order_untold(p: Pair) -> bool:
    """"the lagoon is saltier than the sea" by "the sea has a higher salt content than the
    lagoon": the claim's two things compared the other way round, the comparatives' directions
    not known to agree (`compared_order.order_unknown`)."""
    return order_unknown(p.claim, p.sentence, p.vocab)


def compared_other_thing(p: Pair) -> bool:
    """"peat is heavier than loam" by "chalk is heavier than loam" with "heavier" unsaid, or by
    "peat warms faster than loam": the claim's lower side set against another thing or on an
    unrelated scale, the claim's comparative unstated (`compared_otherwise`)."""
    return compared_otherwise(p.claim, p.sentence, p.vocab, p.told)


def ranked_other_way(p: Pair) -> bool:
    """"the lagoon is saltier than the sea" by "the sea is the saltiest water of the coast" or
    "..., saltier than any other water, even the lagoon": the claim's first thing put on the
    lower side of its own scale (`compared_order.ranked_below`)."""
    return ranked_below(p.claim, p.sentence, p.vocab)


def ranked_another_first(p: Pair) -> bool:
    """"the Kell is the longest river of the plain" by "the Oder is the longest river of the
    plain, though the Kell ...": the claim's superlative given to a thing it does not name
    (`superlative_holder.held_by_another`)."""
    return held_by_another(p.claim, p.sentence, p.vocab)


def ranked_on_other_scale(p: Pair) -> bool:
    """"the wettest spring since records began" by "the coldest spring since records began":
    the claim's superlative unstated, another scale's before the same noun
    (`superlative_scale.other_scale`)."""
    return other_scale(p.claim, p.sentence, p.vocab, p.told)


def change_of_another(p: Pair) -> bool:
    """"the upland bogs will dry out" by "... make the upland bogs swell, while drainage makes
    the lowland fields dry out": the claim's verb told of another thing, its opposite of the
    claim's (`subject_turned.turned_for_subject`)."""
    return turned_for_subject(p.claim, p.sentence)


def flow_reversed(p: Pair) -> bool:
    """"the marshes give off methane into the air" by "methane is drawn from the air into the
    marsh soils": the claim's goal the sentence's source, its verb unsaid
    (`flow_ends.ends_traded`)."""
    return ends_traded(p.claim, p.sentence)


def verbless_sentence(p: Pair) -> bool:
    """A claim that tells an event by a sentence with no verb that states one: a reference,
    a title (`unsaid.verbless`)."""
    return verbless(p.sentence) and not verbless(p.claim)


UNSAID_AFTER_REVERSALS = (comparison_untold, figures_uncompared, exceeding_uncompared,
                          qualifier_untold, source_untold, according_untold, stance_untold,
                          turned_subject, attempt_only,
                          short_stop, reason_untold, asking_untold, asked_doer_untold,
                          adjunct_untold,
                          order_untold,
                          compared_other_thing,
                          ranked_other_way, ranked_another_first, ranked_on_other_scale,
                          change_of_another,
                          flow_reversed, verbless_sentence)


# -- a change or a judgement of the thing unsaid ---------------------------------------------

def change_untold_here(p: Pair) -> bool:
    """"reduced its reliance" by "relied heavily": the thing, no change of it
    (`changeless`)."""
    return change_untold(p.claim, p.sentence, p.vocab, p.stated)


def judgement_turned(p: Pair) -> bool:
    """"a good job" by "ineffective": the judgement turned round, by a prefix
    (`judged_otherwise`)."""
    return judged_otherwise(p.claim, p.sentence, p.vocab, p.stated)


def judgement_untold(p: Pair) -> bool:
    """"judged to run a slow ferry service" by "to run a ferry service": the thing told,
    not the judgement of it (`judged_otherwise`)."""
    return judgement_unsaid(p.claim, p.sentence, p.vocab, p.stated)


def evaluation_reversed(p: Pair) -> bool:
    """"a tranquil crossing" by "a turbulent crossing": a word of evaluation of the other
    polarity in the claim word's place, linked by no antonym (`evaluation_turned`)."""
    return evaluation_turned(p.claim, p.sentence, p.vocab) is not None


def reported_judgement_other(p: Pair) -> bool:
    """"says the pact is helpful" by "thinks the pact is unwise": another judgement reported
    (`reported_judgement`)."""
    return judgement_given_otherwise(p.claim, p.sentence, p.vocab)


JUDGEMENT_UNSAID = (change_untold_here, judgement_turned, evaluation_reversed, judgement_untold,
                    reported_judgement_other)


# -- the main clause, a quantity, a frequency or a start unsaid ------------------------------

def main_clause_unstated(p: Pair) -> bool:
    """"When it renewed the licence, it granted extra funds" by the renewal: less than
    RELATED of the main clause (`unsaid.main_clause`)."""
    return not states_each([main_clause(p.claim)], RELATED, p.sentence, p.passage, p.weights,
                           p.vocab, p.stated)


def quantity_untold(p: Pair) -> bool:
    """"most troops were Pakistani" by "a Pakistani hospital": after the reversals, since a
    quantifier reversed ("most" / "few") contradicts, unstated it only keeps support away
    (`quantifiers`)."""
    return unstated_quantity(p.claim, p.sentence, p.vocab, p.stated)


def counted_noun_other(p: Pair) -> bool:
    """"41 percent of the inspectors" by "41 percent of the faults ... 9 percent of its
    inspectors": the figure counts another noun (`counted_other`)."""
    return counts_other(p.claim, p.sentence)


def substance_measured_other(p: Pair) -> bool:
    """"60 gigatonnes of methane" by "60 gigatonnes of carbon": the figure and its unit
    stated, the thing measured another (`measured_substance`)."""
    return substance_other(p.claim, p.sentence, p.found.stated, p.told)


def rate_period_other(p: Pair) -> bool:
    """"0.3 degrees Celsius per year" by "0.3 °C/decade": the figure's rate counted per
    another period (`rate_period`)."""
    return other_period(p.claim, p.sentence, p.found.stated)


def frequency_other(p: Pair) -> bool:
    """"logs the weather daily" by "every other day" (`frequency`)."""
    return other_frequency(p.claim, p.sentence)


def start_other(p: Pair) -> bool:
    """"first allowed 60" by "initially 40, later allowed 60" (`initially`)."""
    return start_elsewhere(p.claim, p.sentence)


MEASURE_UNSAID = (main_clause_unstated, quantity_untold, counted_noun_other,
                  substance_measured_other, rate_period_other, frequency_other,
                  start_other)


# -- a listed subject, a country, a negation, a change or an attainment unsaid ----------------

def listed_subject(p: Pair) -> bool:
    """"MUJAO was formed as" by "groups such as A, MUJAO, and B", the event less than SUPPORT
    (`listed`)."""
    return subject_listed(p.claim, p.sentence) and covered(
        p.weights, p.sentence, p.passage, p.vocab, p.events, p.stated) < SUPPORT


def country_unnamed(p: Pair) -> bool:
    """"the Swedish-led force" by "the Danish-led force": the country a compound names,
    unnamed by the passage or replaced in the sentence's own compound (`agent_country`)."""
    return agent_unnamed(p.claim, p.sentence, p.passage, p.vocab, p.background)


def negation_elsewhere(p: Pair) -> bool:
    """"won't cool the planet": a negation elsewhere is not this one (", not civilians" /
    "rather than": `contrast_not`)."""
    claim, sentence, vocab = p.claim, p.sentence, p.vocab
    return claim.negated and not denies_the_same(claim, sentence, vocab) \
        and not denied_alike(claim, sentence, p.stated) \
        and not denied_in_place(claim, sentence) \
        and not (gerunds_denied(claim) and gerunds_denied(sentence)) \
        and not prefixed_alike(claim, sentence, vocab.analyzer) \
        and not refused_alike(claim, sentence, vocab) \
        and not denied_as_set_aside(claim, sentence)


def change_not_told(p: Pair) -> bool:
    """"freed the detained soldiers" by "detained soldiers parade" (`told_both`)."""
    return change_unstated(p.claim, p.vocab, p.told)


def attainment_not(p: Pair) -> bool:
    """"was fully staffed" by "had not reached full staffing" (`attainment`)."""
    return attainment_denied(p.claim, p.sentence, p.vocab)


SUBJECT_OR_NEGATION_UNSAID = (listed_subject, country_unnamed, negation_elsewhere,
                              change_not_told, attainment_not)


# -- contradiction droppers: the conflicting figure or date is another's ---------------------

def count_not_claimed(p: Pair) -> bool:
    """"Norland's fleet numbered 40" by "Sudland announced that its" (`actor_figure`)."""
    return count_left_out(p.claim, p.found, p.found.conflicts)


def modifier_other(p: Pair) -> bool:
    """"Norland's fleet was based" by "the Senegalese crews patrol" (`modifier_actor`)."""
    return modifier_of_another(p.claim, p.sentence, p.found.conflicts, p.vocab)


def owner_untold(p: Pair) -> bool:
    """"the harbour board's audit" by "an audit ... the report to the city council"
    (`owner_unsaid`)."""
    return owner_unsaid(p.claim, p.sentence, p.found.conflicts)


def added(p: Pair) -> bool:
    """"also did research in Sudland" by "research in Norland" (`additive`)."""
    return added_to(p.claim, p.found.conflicts)


def conditioned(p: Pair) -> bool:
    """"not advertised unless it exceeded" by "advertised above" (`conditions`)."""
    return conditioned_otherwise(p.claim, p.sentence, p.found.conflicts)


def ceased_before(p: Pair) -> bool:
    """"used to publish" by "no longer publishes" (`ceased`)."""
    return told_before(p.claim, p.sentence, p.found.conflicts)


def complementary(p: Pair) -> bool:
    """"eight of eleven without a tender" by "three of eleven after" (`parts_of_whole`)."""
    return complementary_parts(p.claim, p.sentence, p.found.conflicts)


def as_standard(p: Pair) -> bool:
    """"Tarland's 1,100 pilots" by "13,000 pilots ... the size of Tarland" (`standard`)."""
    return named_as_standard(p.claim, p.sentence, p.found.conflicts)


def owned_by_another(p: Pair) -> bool:
    """"the group owns 49 percent" by "the council, which holds 51" (`relative_owner`)."""
    return owned_by_other(p.claim, p.sentence, p.found.conflicts, p.vocab)


def other_group(p: Pair) -> bool:
    """"the 12 who died were drowned" by "lost 12 crew, and over 40 had been injured": the
    deed of a group the claim does not count (`counted_group`)."""
    return told_of_other_group(p.claim, p.sentence, p.found.conflicts)


def relative_clause_date(p: Pair) -> bool:
    """"approved the ferry in 2033" by "plans for a ferry, which in 2030 faltered": the date
    of the relative clause's own deed (`relative_owner`)."""
    return dated_by_other(p.claim, p.sentence, p.found.conflicts, p.vocab)


def occasion_date(p: Pair) -> bool:
    """"installed because of the 2019 flood" by "helped during a flood in May 2023": the date
    of another occasion, not of the claim's cause (`cause_dated`)."""
    return cause_against_occasion(p.claim, p.sentence, p.found.conflicts)


FIGURE_OF_ANOTHER = (count_not_claimed, modifier_other, owner_untold, added, conditioned,
                     ceased_before, complementary, as_standard, owned_by_another, other_group,
                     relative_clause_date, occasion_date)


# -- contradiction droppers: the conflict is another event's --------------------------------

def values_only(p: Pair) -> bool:
    """Every conflict is a value's (a figure, a date)."""
    return all(c.kind in VALUE_KINDS for c in p.found.conflicts)


def dated_other(p: Pair) -> bool:
    """"the resolution terminating it in 2023" by "renewed in 2014" (`defining_clause`)."""
    return values_only(p) and dated_elsewhere(p.claim, p.found.conflicts, p.told)


def own_date_rival(p: Pair) -> bool:
    """"set in March 2031 were dropped by late 2031" by "in March 2031, when it set": the
    claim's own date of its other event (`claim_own_name`)."""
    return claim_dates_rival(p.found.conflicts, p.claim, p.sentence, p.told)


def opposite_dated(p: Pair) -> bool:
    """"lifts the toll in July" by "the imposition of the toll in March": the opposite
    event's date (`opposite_event`)."""
    return values_only(p) and opposite_told(p.claim, p.sentence, p.vocab, p.told)


def subject_unverbed_or_verbless(p: Pair) -> bool:
    """"the second law contradicts" by "the discovery of the first law" (`main_verb`), or a
    sentence with no verb that states an event (`unsaid.verbless`)."""
    return subject_unverbed(p.claim, p.found.conflicts, p.told) \
        or verbless(p.sentence) and not verbless(p.claim)


def reversal_of_other(p: Pair) -> bool:
    """"rents have fallen since 2004" by "a rise in wages, and falls in rents since 2004":
    the reversing word said of another thing, the claim's own of the claim's
    (`opposite_nearer`)."""
    return opposite_of_another(p.claim, p.sentence, p.vocab, p.weights, p.found.conflicts)


ANOTHER_EVENT = (dated_other, own_date_rival, opposite_dated, subject_unverbed_or_verbless,
                 reversal_of_other)


# -- last: they only withhold support, and a conflict read above is the better verdict ------

def agent_other(p: Pair) -> bool:
    """"the government rejected" by "rejected by the rebels" (`deed_elsewhere`)."""
    return agent_elsewhere(p.claim, p.sentence, p.vocab, p.bodies)


def noun_agent_other(p: Pair) -> bool:
    """"AU sanctions" by "ECOWAS's imposition of sanctions" (`deed_elsewhere`)."""
    return noun_agent_elsewhere(p.claim, p.sentence, p.vocab, p.bodies)


def modifier_other_role(p: Pair) -> bool:
    """"training financed by X" by "the project funded by X" (`named_modifier`)."""
    return modifier_elsewhere(p.claim, p.sentence, p.vocab, p.told, p.bodies)


def patient_other(p: Pair) -> bool:
    """"questioned by X" by "he questioned the legitimacy of X" (`patient_elsewhere`)."""
    return patient_elsewhere(p.claim, p.sentence, p.vocab, p.told, p.bodies)


def agent_as_object(p: Pair) -> bool:
    """The claim's agent whose words stand in the object of the claim's verb in the
    sentence (`agent_in_object`)."""
    return agent_in_object(p.claim, p.sentence, p.vocab, p.bodies)


def partner_other(p: Pair) -> bool:
    """"the board gave cranes to the ferry company" by "the ferry company ... gave cranes to
    the board": the claim's subject the partner after "to"/"with"/"from" (`partner_swapped`)."""
    return partner_swapped(p.claim, p.sentence, p.vocab) is not None


def owner_other_side(p: Pair) -> bool:
    """"the guild's seizure of the harbour" by "the guild protested the seizure of the
    harbour by the board": the sentence's doer of the noun the claim's other party
    (`owner_swapped`)."""
    return owner_swapped(p.claim, p.sentence, p.vocab, p.bodies) is not None


def listed_other(p: Pair) -> bool:
    """"A abstaining while B voted" by "B and A abstaining" (`listed_deed`)."""
    return listed_deed(p.claim, p.sentence, p.vocab, p.told, p.bodies)


def speaker_other(p: Pair) -> bool:
    """"Velden says they were traders" by "Tarland says they were traders"
    (`speaker_elsewhere`)."""
    return p.speakers and speaker_elsewhere(p.claim, p.sentence, p.vocab, p.bodies)


def heard_other(p: Pair) -> bool:
    """"Tarland says they were smugglers" by "(Tarland says they were traders)"
    (`speaker_elsewhere`)."""
    return p.speakers and heard_otherwise(p.claim, p.sentence, p.vocab, p.bodies)


def manner_other(p: Pair) -> bool:
    """"passed only by a slim margin" by "by unanimously passing" (`other_manner`)."""
    return manner_told_otherwise(p.claim, p.sentence, p.vocab, p.stated | p.forms)


def graded_other(p: Pair) -> bool:
    """"tighter oversight" by "less oversight": the word graded down on one side only
    (`graded_down`); after the readings that turn such a degree into a conflict
    (`degree_change`)."""
    return graded_otherwise(p.claim, p.sentence, p.vocab)


def verb_named_only(p: Pair) -> bool:
    """"the crews were trained by the Harbour Union Training Mission" by a sentence naming
    "the Harbour Union" and telling another deed: the claim's verb stated only through a
    name it shares a word with (`verb_kin`)."""
    return verb_from_name(p.claim, p.sentence, p.vocab, p.stated | p.forms) is not None


def deed_redone(p: Pair) -> bool:
    """"the board repainted the lighthouse in May" by "in May the board painted it": the
    claim's verb a prefixed troponym of the sentence's verb, which tells the plain deed
    (`prefixed_deed`)."""
    return prefixed_deed(p.claim, p.sentence) is not None


def verb_in_their_name(p: Pair) -> bool:
    """"the guild arbitrated the dispute" by "the guild wrote to the Ostland Arbitration
    Board": the claim's verb held by the sentence only as a word of a name (`verb_kin`)."""
    return verb_named_by_sentence(p.claim, p.sentence, p.vocab, p.stated | p.forms) is not None


def predicate_opposed(p: Pair) -> bool:
    """"the fees at Brask were falling, like the tolls" by "unlike the tolls, the fees at
    Brask have been climbing": the claim's predicate unstated, an opposite of it in its
    place, read as a reworded word's place is (`opposite_predicate`)."""
    return opposite_predicate(p.claim, p.sentence, p.vocab, p.stated | p.forms) is not None


def aim_denied(p: Pair) -> bool:
    """"closed the quay" by "never took steps to close the quay": the deed only the aim
    of a denied verb, not told done (`denied_aim`)."""
    return denied_aim(p.claim, p.sentence) is not None


def subject_as_patient(p: Pair) -> bool:
    """"A absorbed B" by "A was merged into B": the claim's subject the one the deed was
    done to, its object the other party (`subject_acted_on`)."""
    return subject_made_patient(p.claim, p.sentence, p.vocab) is not None


def opposite_about_it(p: Pair) -> bool:
    """"rents have fallen since 2004" by "a rise in wages, and a rise in rents since 2004":
    the claim's word said of another thing, its antonym of the claim's (`opposite_nearer`)."""
    return opposite_nearer(p.claim, p.sentence, p.vocab, p.weights) is not None


def duty_held_by_other(p: Pair) -> bool:
    """"is the harbour board's chief duty" by "the coast guard has the chief duty"
    (`holder_other`)."""
    return held_by_other(p.claim, p.sentence, p.vocab)


def part_given_to_other(p: Pair) -> bool:
    """"the duty lies with the board, with the guard there to assist" by "The guard has the
    duty. The board is there to assist it": the passage gives a claim party's part to the
    claim's other party, and neither its own (`part_given`)."""
    return part_given_other(p.claim, p.passage, p.vocab)


def helper_traded(p: Pair) -> bool:
    """"run by the harbour office, with support from Oslo" by "run from Oslo, with the harbour
    office in a supporting role": who led and who helped traded (`helper_swapped`)."""
    return helper_swapped(p.claim, p.sentence, p.vocab)


def means_unstated(p: Pair) -> bool:
    """"cut fares by 9%, mainly by taxing fuel" by a sentence that gives the cut and never
    says how (`clause_shares.every_means`)."""
    return not every_means(p.claim, p.sentence, p.passage, p.weights, p.vocab, p.stated)


def aim_denied_otherwise(p: Pair) -> bool:
    """"set out to close the quay" by "did not seek to close the quay": the claim's aim,
    the sentence's the aim of a denied verb (`denied_aim.denied_claim_aim`)."""
    return denied_claim_aim(p.claim, p.sentence) is not None


def span_other(p: Pair) -> bool:
    """"nine times as much over 50 years" by "nine times over 10 years and four times over 50
    years": the figure held over another span (`span_bound`)."""
    return other_span(p.claim, p.sentence, p.found.stated)


def cleft_deed_untold(p: Pair) -> bool:
    """"Warm rain is what is thinning the snowpack" by "the snowpack lies in the warm rain
    belt": the cleft's deed unsaid and no cause tied (`cleft_subject.cleft_deed_unstated`)."""
    return cleft_deed_unstated(p.claim, p.sentence, p.told)


def cause_coeffect(p: Pair) -> bool:
    """"Floods are what erode the banks" by "heavy rain caused the floods and the erosion of
    the banks": the claim's cause told as a co-effect of another (`cause_reversed`)."""
    return cause_made_coeffect(p.claim, p.sentence, p.weights)


def degree_put_otherwise(p: Pair) -> bool:
    """"the buds opened later" by "the budding dates became earlier", "losses grew slower" by
    "losses grew larger": the claim's comparative unstated, its antonym or, after a linking
    verb, one of another scale in the sentence (`degree_replaced`)."""
    return degree_replaced(p.claim, p.sentence, p.vocab, p.told) is not None


ROLE_OR_GRADE_ELSEWHERE = (agent_other, noun_agent_other, modifier_other_role, patient_other,
                           agent_as_object, partner_other, owner_other_side, listed_other,
                           speaker_other, heard_other, manner_other, graded_other,
                           verb_named_only, deed_redone, verb_in_their_name, predicate_opposed,
                           opposite_about_it,
                           duty_held_by_other, helper_traded, part_given_to_other,
                           aim_denied, subject_as_patient, span_other, cleft_deed_untold,
                           cause_coeffect, means_unstated, aim_denied_otherwise,
                           degree_put_otherwise)


# -- the helpers only one veto reads -------------------------------------------------------

def complement_stated(claim: Parsed, sentence: Parsed, weights: dict[str, float],
                      vocab: Vocabulary) -> bool:
    """The sentence states the claim's complement, through a synonym or inside a longer word
    ("stretched" in "overstretched"): a sentence about X that does not say X is exaggerated
    does not support "X is exaggerated", however much of X it states."""
    token = complement(claim, weights)
    if token is None:
        return True
    groups = groups_of(sentence, vocab)
    return all(vocab.matches(t, sentence.terms, groups) or said_within(t, sentence)
               for t in token.terms if weights.get(t, 0) > 0)


def complement(claim: Parsed, weights: dict[str, float]) -> Token | None:
    """What a claim of the form "X is Y" says X is, when Y ends the claim: the first word after
    its last "be" (outside figures and names, past adverbs and words rarer than the claim's
    median) that is its last weighted word ("Sea level rise predictions are exaggerated" ->
    exaggerated); None otherwise ("is causing": the verb is the predicate; "Trump claims
    warming is a hoax": the "be" is in a reported clause)."""
    last = max((i for i, t in enumerate(claim.tokens) if t.word.lower() in BE), default=None)
    if last is None or any(t.word.lower().endswith(("s", "ed")) and can_be_verb(t.word)
                           for t in claim.tokens[:last]):
        return None
    inside = [(m.start, m.end) for m in claim.mentions]
    ranked = sorted(w for w in weights.values() if w > 0)
    median = ranked[len(ranked) // 2] if ranked else 0.0
    weighted = lambda token: any(weights.get(t, 0) > 0 for t in token.terms)
    for n, token in enumerate(claim.tokens[last + 1:], last + 1):
        word = token.word.lower()
        if any(s <= token.start < e for s, e in inside) or manner_adverb(word):
            continue
        if word.endswith("ing"):
            return None
        if any(weights.get(t, 0) >= median > 0 for t in token.terms):
            return None if any(map(weighted, claim.tokens[n + 1:])) else token
    return None


def unstated_manner(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> bool:
    """An adverb of manner the claim puts after its verb or at the end of a clause ("was
    adopted unanimously", "were raised considerably") that the sentence does not state, even
    by a synonym: a fact of the claim, the one its clause ends on. Before the verb ("formally
    withdrew", "jointly held") an adverb is more often a reporter's colouring, and stays a
    weighted word like any other (bench/README, round 24)."""
    inside = [(m.start, m.end) for m in claim.mentions]
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if not (manner_adverb(word) and token.terms) \
                or token.brk or any(s <= token.start < e for s, e in inside):
            continue
        ends = i == len(tokens) - 1 or tokens[i + 1].brk
        previous = tokens[i - 1].word
        # "wound down gradually", "phased out slowly": the adverb of a phrasal verb, whose
        # past may be a word of its own ("wound")
        phrasal = i > 1 and previous.lower() in PARTICLES and not tokens[i - 1].brk
        if phrasal:
            previous = tokens[i - 2].word
        if (ends or past_verb(previous) or previous.lower().endswith("ed")
                or phrasal and not previous.lower().endswith("ing")
                and verb_base(previous.lower()) is not None) \
                and not said(token, sentence, vocab, stated):
            return True
    return False


def said_in_names_only(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       weights: dict[str, float]) -> Token | None:
    """A word the claim uses twice, in one of its names and as a common word ("the Ostvik
    Pilots' Office was staffed by senior pilots"), that the sentence says only in the name:
    coverage counts a term once wherever it stands, so the name would otherwise state the
    common word too. Returns the claim's common word, or None."""
    named = {term for t in claim.tokens if inside_name(claim, t) for term in t.terms}
    theirs = {term for t in sentence.tokens if not inside_name(sentence, t) for term in t.terms}
    groups = vocab.expand(theirs)
    for token in claim.tokens:
        terms = [t for t in token.terms if weights.get(t, 0) > 0]
        if token.word.isalpha() and token.word.islower() and terms \
                and not inside_name(claim, token) \
                and all(t in named and t in sentence.terms for t in terms) \
                and not any(vocab.matches(t, theirs, groups) for t in terms):
            return token
    return None
