"""Round 59's exact speed-ups in claim alignment: a pair of texts read for predicates of
opposite polarity only where their polarities oppose; a claim term looked for at the start of
a longer sentence term only where one shares its first letters; a sentence's verbs of
continuing or ending read only for a claim that has one; the rest read with the neighbours
only for a sentence in conflict (the stance weighs no rest without one); a sentence's words
read for a paraphrase only where they have a wanted form; a claim's bounds and its "from A to
B" figures read once, on its parse. Invented sentences."""
import inspect
from bisect import bisect_left

from qa.claims import check as check_module, paraphrase
from qa.claims.bounds import BOUND_WORDS, bounding, crossing, kept_within, past_bound
from qa.claims.check import STEM_START, check, started
from qa.claims.compare import compare
from qa.claims.compare_gates import CONTINUATION, sentence_compares, sentence_shows
from qa.claims.continuation import verbs
from qa.claims.facts import parse
from qa.claims.polarity import opposed_polarity, polar_words, signs
from qa.claims.tallies import changed_from, changes_from_to
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_written

VOCAB = vocabulary_for(Analyzer())

CLAIMS = ("The harbour board improved relations with the fishermen in March.",
          "The harbour board kept the night ferry running through the winter.",
          "The northern fleet doubled its catch after the survey.")
SENTENCES = ("The harbour board damaged relations with the fishermen in March.",
             "The harbour board praised the fishermen in March.",
             "The harbour board stopped the night ferry in the winter.",
             "The northernmost fleets surveyed the catches of the harbour.",
             "Grain prices at the harbour rose after the floods.")


def plain_started(weights, sentence):
    """`started` as it read before: every long claim term looked for in the sorted terms."""
    ordered = sorted(sentence.terms)

    def begins(t):
        i = bisect_left(ordered, t)
        return i < len(ordered) and ordered[i].startswith(t)
    return frozenset(t for t in weights if len(t) >= STEM_START and t not in sentence.terms
                     and begins(t))


def test_started_gives_what_the_plain_reading_gives():
    for claim_text in CLAIMS:
        claim = parse(claim_text, VOCAB)
        weights = {t: 1.0 for t in claim.terms}
        for text in SENTENCES:
            sentence = parse(text, VOCAB)
            assert started(weights, sentence) == plain_started(weights, sentence)
    # "northern" begins "northernmost": found through the openings
    claim, sentence = parse(CLAIMS[2], VOCAB), parse(SENTENCES[3], VOCAB)
    assert "northern" in started({t: 1.0 for t in claim.terms}, sentence)
    assert sentence.memo[("term openings",)] == frozenset(
        t[:STEM_START] for t in sentence.terms if len(t) >= STEM_START)


def test_polarities_are_read_against_each_other_only_where_they_oppose():
    claim = parse(CLAIMS[0], VOCAB)
    assert signs(claim, linked=True) == frozenset({1})
    assert signs(claim, linked=True) is signs(claim, linked=True)  # remembered on the parse
    damaged, praised = parse(SENTENCES[0], VOCAB), parse(SENTENCES[1], VOCAB)
    assert signs(damaged) == frozenset({-1}) and signs(praised) == frozenset({1})
    found = opposed_polarity(claim, damaged, VOCAB)
    assert found is not None and (found[0].word, found[1].word) == ("improved", "damaged")
    # no pair of opposite polarities in the words either: the gate leaves out nothing
    assert opposed_polarity(claim, praised, VOCAB) is None
    ours = polar_words(claim, praised, VOCAB, linked=True)
    theirs = polar_words(praised, claim, VOCAB, by_synonym=False)
    assert not any(a == -b for _, a in ours for _, b in theirs)


def test_a_sentence_verb_of_ending_is_read_only_for_a_claim_that_has_one():
    kept, stopped = parse(CLAIMS[1], VOCAB), parse(SENTENCES[2], VOCAB)
    assert CONTINUATION not in sentence_compares(stopped)
    assert stopped.continuing is None  # not read for the sentence's features
    assert sentence_shows(CONTINUATION, stopped) == bool(verbs(stopped)) is True
    conflicts = compare(kept, stopped, stopped, VOCAB).conflicts
    assert [(c.claim, c.source) for c in conflicts] == [("kept", "stopped")]
    # a claim with no such verb: the sentence's are never read
    other = parse("The lagoon board stopped the old ferry in the spring.", VOCAB)
    compare(parse(CLAIMS[2], VOCAB), other, other, VOCAB)
    assert other.continuing is None


FERRY = ("Ferries\n\n"
         "The harbour board opened a night ferry to the island in March. This service carried "
         "travellers across the bay every evening.\n\n"
         "Grain prices at the harbour rose after the floods.\n")


def test_the_rest_is_read_with_the_neighbours_only_for_a_sentence_in_conflict(
        tmp_path_factory, monkeypatch):
    index = open_written(tmp_path_factory, "ferries", {"ferries.txt": FERRY})
    asked = []
    plain = check_module.covered
    signature = inspect.signature(plain)

    def counted(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        if bound.arguments.get("around"):
            asked.append(bound.arguments["sentence"].text)
        return plain(*args, **kwargs)
    monkeypatch.setattr(check_module, "covered", counted)
    # "This service" leans on the sentence before it: linked, but nothing is in conflict
    result = check(index, "The night ferry carried travellers across the bay every evening.")
    assert result.verdict.value == "supported"
    assert asked == []
    # a figure in conflict: the rest is read with the neighbour
    check(index, "The night ferry carried 300 travellers across the bay every evening in "
                 "March 2019.")
    check(index, "The harbour board opened a night ferry to the island in May.")
    assert asked


def test_only_the_words_with_a_wanted_form_are_read_for_a_paraphrase(monkeypatch):
    asked = []
    plain = paraphrase.spare_use

    def counted(claim, sentence, terms):
        asked.append(terms)
        return plain(claim, sentence, terms)
    monkeypatch.setattr(paraphrase, "spare_use", counted)
    claim = parse("The board formally announced the closure of the pier.", VOCAB)
    sentence = parse("The board officially declared that the pier would close, and the "
                     "board said so again.", VOCAB)
    found = paraphrase.paraphrased_terms(claim, sentence, VOCAB)
    wanted = set().union(*(same for _, a, same in claim.paraphrasable
                           if a.terms[0] not in sentence.terms))
    forms_of = {b.terms: forms for _, b, forms in paraphrase.plain_forms(sentence)}
    assert all(not forms_of[terms].isdisjoint(wanted) for terms in asked)
    assert found == paraphrase.paraphrased_terms(claim, sentence, VOCAB)


def test_a_claims_bounds_are_read_once_on_its_parse():
    claim = parse("The board kept its patrols confined to the harbour.", VOCAB)
    sentence = parse("The board extended its patrols beyond the harbour.", VOCAB)
    assert bounding(claim) and kept_within(claim) is kept_within(claim)
    assert crossing(claim) is crossing(claim) == []
    found = past_bound(claim, sentence)
    assert found is not None and (found[0].word, found[1].word) == ("confined", "beyond")
    # no word that sets or crosses a bound: nothing read
    plain = parse("The council voted on fares in the spring.", VOCAB)
    assert not bounding(plain) and past_bound(plain, sentence) is None
    for text in (*CLAIMS, *SENTENCES):
        words = {t.word.lower() for t in parse(text, VOCAB).tokens}
        assert bounding(parse(text, VOCAB)) == bool(words & BOUND_WORDS)


def test_a_claims_change_from_one_figure_to_another_is_read_once():
    claim = parse("Ferry fares rose from 40 euros to 60 euros in 2019.", VOCAB)
    pairs = changes_from_to(claim)
    assert changes_from_to(claim) is pairs  # remembered on the parse
    assert [(a.text, b.text) for a, b in pairs] == [("40 euros", "60 euros")]
    found = changed_from(claim, parse("Ferry fares rose to 40 euros in 2019.", VOCAB))
    assert [(mine.text, theirs.text) for mine, theirs in found] == [("60 euros", "40 euros")]
    assert changes_from_to(parse("Ferry fares rose to 60 euros in 2019.", VOCAB)) == []
