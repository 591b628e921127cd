"""Support through a reworded claim that the in-place tests read too narrowly: a paraphrase
whose neighbours trade sides because one text is passive ("the wardens wrongly put the count
at" / "the count was incorrectly reported by the wardens as"), a claim denied by an adverb of
manner that the sentence denies alike, a negative prefix on another form of the same word
("unacceptable" / "unacceptability"), a denial reaching past articles ("without a more modern
crane"), a subject ended by an irregular past verb, and a span of time written in another
unit ("ten years" / "the last decade"). Sentences invented here; each with a variant that must
not fire."""
import pytest

from qa.claims.check import check, denies_the_same, subject_end
from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.figure_roles import same_span
from qa.claims.forms import prefixed_alike
from qa.claims.paraphrase import denied_alike, paraphrased_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_written
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


def stated(claim, sentence):
    return paraphrased_terms(parsed(claim), parsed(sentence), VOCAB)


@pytest.mark.parametrize("claim, sentence, fires", [
    # active claim, passive sentence with its agent: the neighbours trade sides
    ("The wardens had wrongly put the count of boats at 40.",
     "This count had been incorrectly reported by the wardens as 40.", True),
    ("The count of boats was wrongly put at 40 by the wardens.",
     "The wardens incorrectly reported the count as 40.", True),
    # both active, both passive: the sides as they are
    ("The wardens wrongly reported the count.", "The wardens incorrectly reported the count.",
     True),
    # a passive without its agent: the subject keeps its side, no match across
    ("The wardens had wrongly put the count of boats at 40.",
     "This count had been incorrectly reported as 40 after the wardens met.", False),
    # the paraphrase beside other words in the passive
    ("The wardens had wrongly put the count of boats at 40.",
     "The ferry had been incorrectly repaired by the mechanics in May.", False),
])
def test_a_paraphrase_in_place_across_voices(claim, sentence, fires):
    assert bool(stated(claim, sentence) & {"wrong"}) is fires


def test_a_denial_by_a_manner_adverb_is_denied_alike():
    claim = parsed("The wardens had wrongly put the count of boats at 40.")
    sentence = parsed("This count had been incorrectly reported by the wardens as 40.")
    assert denied_alike(claim, sentence, stated(claim.text, sentence.text))
    # the adverb not stated: no denial alike
    other = parsed("This count had been reported by the wardens as 40, incorrectly it seems.")
    assert not denied_alike(claim, other, frozenset())
    # a claim negated by "not" too is not denied by the adverb alone
    claim = parsed("The wardens had not wrongly put the count of boats at 40.")
    assert not denied_alike(claim, sentence, frozenset({"wrong"}))


@pytest.mark.parametrize("claim, sentence, fires", [
    ("The board called the quota unacceptable.", "The board cited the quota's unacceptability.",
     True),
    ("The board called the quota unacceptable.", "The board cited the quota's acceptability.",
     False),
    ("The board called the quota unacceptable.", "The board called the quota unfair.", False),
])
def test_a_negative_prefix_on_another_form_of_the_word(claim, sentence, fires):
    assert prefixed_alike(parsed(claim), parsed(sentence), VOCAB.analyzer) is fires


def test_a_denial_reaches_past_articles_and_small_words():
    claim = parsed("They said more boats were pointless without a faster harbour crane.")
    assert denies_the_same(claim, parsed("They argued extra boats were pointless without a "
                                         "more modern harbour crane."), VOCAB)
    # three content words between: out of reach
    assert not denies_the_same(claim, parsed("Without boats, the busy new modern harbour "
                                             "crane stood idle."), VOCAB)


@pytest.mark.parametrize("text, verb", [
    ("The harbour board brought the licence to an end.", "brought"),
    ("The harbour board ended the licence.", "ended"),
    ("The harbour board has ended the licence.", "has"),
])
def test_a_subject_ends_at_a_past_verb_regular_or_irregular(text, verb):
    p = parsed(text)
    assert subject_end(p) == p.text.index(verb)


def test_a_span_in_other_units_is_the_same_figure():
    claim = parsed("Over the past ten years, 40 boats sank on the lake.")
    sentence = parsed("During the last decade, 40 boats sank on the lake.")
    assert not [m.text for m in compare(claim, sentence, sentence, VOCAB).unstated]
    ten = next(m for m in claim.mentions if m.text == "ten")
    decade = next(m for m in sentence.mentions if m.unit == "decade")
    assert same_span(ten, decade)
    # another length is not: "the past six years" against "the last decade"
    six = next(m for m in parsed("Over the past six years, 40 boats sank.").mentions
               if m.text == "six")
    assert not same_span(six, decade)
    eleven = next(m for m in parsed("In the past 12 years, 40 boats sank.").mentions
                  if m.text == "12")
    assert not same_span(eleven, decade)


DOCS = {
    "wardens.txt": (
        "Lake Wardens\n\n"
        "The lake census was revised in June. This count had been incorrectly reported by the "
        "wardens as more than 40.\n\n"
        "Prices of maize rose in the valley markets during the rainy season.\n"
    ),
}


@pytest.fixture(scope="module")
def wardens(tmp_path_factory):
    return open_written(tmp_path_factory, "voice", DOCS)


def test_an_active_claim_is_supported_by_its_passive(wardens):
    result = check(wardens, "The wardens had wrongly put the lake count at more than 40.")
    assert result.verdict == "supported", result
    # the figure changed: not supported
    result = check(wardens, "The wardens had wrongly put the lake count at more than 90.")
    assert result.verdict != "supported", result


def terms_of(words):
    return {t for w in words.split() for t in VOCAB.analyzer.terms(w)}


def test_a_quotation_does_not_end_a_participle_clause():
    from qa.claims.clause_shares import participle_clauses
    claim = parsed('The board ended the lease, citing its "plain unfairness" and calling it a '
                   'burden imposed by outsiders.')
    (clause,) = participle_clauses(claim)
    assert terms_of("citing plain unfairness calling burden imposed outsiders") <= clause
    # a comma still ends it
    claim = parsed("The board ended the lease, citing its cost, and the ferry stopped.")
    (clause,) = participle_clauses(claim)
    assert "ferri" not in clause and terms_of("citing cost") <= clause


def test_and_before_a_participle_joins_no_clauses():
    from qa.claims.clause_shares import conjuncts
    # "citing ... and describing it as imposed": two participles of one clause
    claim = parsed("The board ended the lease, citing its cost and describing it as imposed "
                   "by outsiders.")
    assert len(conjuncts(claim)) == 1
    # two past verbs, two clauses
    claim = parsed("The board ended the lease and offered its pilots to the ferry company.")
    assert len(conjuncts(claim)) == 2


def test_and_as_joins_two_complements_not_two_clauses():
    from qa.claims.clause_shares import conjuncts
    # "described as costly and as imposed by outsiders": one verb, two complements
    claim = parsed("The board ended the lease, the deal being described as costly and as "
                   "imposed by outsiders.")
    assert len(conjuncts(claim)) == 1
    # a clause of its own after "and": still two
    claim = parsed("The board described the deal as costly and the guild imposed a levy.")
    assert len(conjuncts(claim)) == 2


LEASE = ["The board terminated the ferry lease soon after the guild's departure, citing its "
         "\"complete unworkability\" and calling it an imposition by outsiders.",
         "The assembly's committee on tariffs met twice before the summer recess."]


def test_a_second_complement_the_sentence_does_not_state_keeps_support_away(tmp_path):
    check_in = checker(tmp_path, "Lease", LEASE + OTHER_TOPICS)
    claim = ("The board ended the ferry lease soon after the guild left, the lease being "
             "described as wholly unworkable and as {}.")
    assert check_in(claim.format("imposed by outsiders"))["verdict"] == "supported"
    for changed in ("negotiated in good faith", "welcomed by the fishermen"):
        assert check_in(claim.format(changed))["verdict"] != "supported", changed
