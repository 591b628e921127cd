"""What a text states, parsed for claim checking: figures, dates, amounts, negations."""
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


def figures(text):
    return [m for m in parse(text, vocabulary_for(Analyzer())).mentions if m.family != "name"]


def test_years_months_and_amounts_are_told_apart():
    found = {(m.family, m.value) for m in figures("On June 16, 2023 it cost $1.2 billion, "
                                                  "up 5% in the third year.")}
    assert {("month", 6), ("year", 2023.0), ("amount", 1.2e9), ("percent", 5.0),
            ("ordinal", 3)} <= found
    assert ("count", 16.0) not in found  # the day belongs to the date


def test_negations_are_scoped():
    vocab = vocabulary_for(Analyzer())
    assert "renew" in parse("Mali did not renew the mandate.", vocab).negated
    assert not parse("Not only Mali but also Niger renewed it.", vocab).negated
    assert not parse("Whether or not it renews, the mission stays.", vocab).negated
    # "yet" right after the cue is part of it, not the end of its reach ("but yet" elsewhere is)
    assert set(parse("The ferry had not yet reached the port.", vocab).negated) == {"reach"}
    assert "reach" not in parse("The ferry was not new, yet it reached the port.", vocab).negated


def test_list_labels_and_the_pronoun_one_are_not_figures():
    assert [m.text for m in figures("It offered three options: (1) to stay, (2) to leave.")] \
        == ["three"]
    assert [m.text for m in figures("The review set out three options, one being to leave.")] \
        == ["three"]
    assert [m.text for m in figures("One of the bases closed.")] == []
    assert [(m.text, m.unit) for m in figures("One battalion stayed for a decade.")] \
        == [("One", ""), ("a", "decade")]


def test_a_negative_prefix_denies_its_wordnet_antonym():
    vocab = vocabulary_for(Analyzer())
    assert set(parse("Troop levels remained unchanged.", vocab).prefixed) == {"chang"}
    assert set(parse("The site was inaccessible to patrols.", vocab).prefixed) == {"access"}
    # "unrest" is no antonym of "rest", "increase" none of "crease"
    assert not parse("The unrest grew as the increase went on.", vocab).prefixed


def test_both_years_of_a_slashed_pair_are_stated():
    found = [(m.family, m.value) for m in figures("1945/1946: the current changed; the "
                                                  "2014/15 season was dry; open 24/7.")]
    assert found == [("year", 1945.0), ("year", 1946.0), ("year", 2014.0), ("year", 2015.0)]


def test_an_ordinal_day_belongs_to_its_date():
    found = [(m.family, m.value, m.day) for m in figures("It deployed on the first of July 2013.")]
    assert found == [("month", 7, 1), ("year", 2013.0, 0)]  # no rank "first"
    assert [(m.family, m.day) for m in figures("It was edited on July 18th.")] == [("month", 18)]
    assert ("ordinal", 1) in {(m.family, m.value) for m in figures("The first of them left.")}


def test_a_fraction_in_words_is_a_percent():
    share = lambda text: [(m.family, m.value, m.bound) for m in figures(text)]
    assert share("They accounted for two-thirds of incidents.") == [("percent", 66.67, "fraction")]
    assert share("Two thirds left.") == share("two-thirds left")
    assert share("A quarter of the budget went.") == [("percent", 25.0, "fraction")]
    assert share("It sent a third battalion.") == [("ordinal", 3, "")]  # a rank, not a share
    assert share("Half of its troops were there.") == [("percent", 50.0, "fraction")]
    assert share("It kept half the budget.") == [("percent", 50.0, "fraction")]
    # a change by half, with or without a hedge: the size of the change, a figure to state
    assert share("It cut the budget by half.") == [("percent", 50.0, "fraction")]
    assert share("It cut incidents by about half.") == [("percent", 50.0, "approx")]
    # the verb of a change by half states the same figure; the noun "halves" is no change
    assert share("The new lamps halved the wrecks.") == [("percent", 50.0, "fraction")]
    assert share("The board is halving its fees.") == [("percent", 50.0, "fraction")]
    assert not any(m.text == "halves" for m in figures("The two halves of the pier fell."))
    assert share("It was built in the latter half.") == []  # a part of a period, no share
    assert share("It rose by a half-degree.") == []


def test_a_hedge_before_a_fraction_is_its_bound():
    share = lambda text: [(m.family, m.value, m.bound, m.text) for m in figures(text)]
    assert share("It has nearly half of its troops there.") == \
        [("percent", 50.0, "approx", "nearly half")]
    assert share("More than two-thirds of them left.") == \
        [("percent", 66.67, "lower", "More than two-thirds")]


def test_an_ordinal_before_a_past_verb_tells_when_not_which():
    ranks = lambda text: [(m.family, m.value) for m in figures(text)]
    assert ranks("The Council first authorized the mission in 2013.") == [("year", 2013.0)]
    assert ranks("It was first deployed in 2013.") == [("year", 2013.0)]
    assert ranks("The first armed convoy left.") == [("ordinal", 1)]  # which convoy
    assert ranks("The first troops arrived.") == [("ordinal", 1)]


def test_a_whole_measure_is_one_of_it():
    counts = lambda text: [(m.value, m.unit) for m in figures(text)]
    assert counts("It had arrived a full year earlier.") == [(1.0, "year")]
    assert counts("It lasted an entire decade.") == [(1.0, "decade")]
    assert counts("It was a full report.") == []


def test_a_measure_and_a_half_is_one_count():
    counts = lambda text: [(m.value, m.unit, m.bound) for m in figures(text)]
    assert counts("It lasted a year and a half.") == [(1.5, "year", "")]
    assert counts("It lasted two and a half years.") == [(2.5, "year", "")]
    assert counts("It lasted about half a day.") == [(0.5, "day", "approx")]
    assert counts("It lasted three centuries.") == [(3.0, "century", "")]
    assert counts("It took a fortnight.") == [(1.0, "fortnight", "")]
    assert counts("Half of the troops left.") == [(50.0, "", "fraction")]


def names_of(text):
    return [(m.text, m.kind) for m in parse(text, vocabulary_for(Analyzer())).mentions
            if m.family == "name"]


def test_a_country_before_an_acronym_is_a_name_of_its_own():
    # "in Norway NORFISH" names a country and a body, not one place called "Norway NORFISH"
    assert names_of("Boats of the fishing board in Norway NORFISH left port.") == [
        ("Norway", "country"), ("NORFISH", "name")]
    # an acronym first is one organisation named after its country
    assert ("NORFISH Norway", "name") in names_of("The NORFISH Norway office left port.")


def test_remembered_words_parse_as_a_text_read_afresh():
    # a word's terms and a text's tokens are remembered (`word_terms`, `words_of`): a parse
    # made from them is the parse made with both memories empty
    from qa.claims import facts
    vocab = vocabulary_for(Analyzer())
    texts = ["The board did not meet until May; its unchanged budget rose by half.",
             "Half a day later, the non-binding vote of the Kestrel Board passed 12-3.",
             "Nobody HALF expected the Harbour Watch's second report in the 1990s."]
    warm = [facts.parse_text(text, vocab) for text in texts]
    facts.words_of.cache_clear()
    facts.word_terms.cache_clear()
    assert [facts.parse_text(text, vocab) for text in reversed(texts)] == warm[::-1]
    for text, parsed in zip(texts, warm):
        assert list(facts.words_of(text, vocab).tokens) == parsed.tokens
    assert all(facts.word_terms(w, vocab) == tuple(vocab.analyzer.terms(w))
               for w in "Boards' rose unchanged 12 Ségou half".split())


def test_a_text_without_half_has_no_measure_and_a_half():
    # `half_measures` skips the pattern where no "half" is written, in any case
    from qa.claims.facts import HALF_RE, half_measures
    for text in ("It lasted a year and a HALF.", "Half a day passed.", "It lasted a year.",
                 "Two years and a month went by.", "The behalf of the board."):
        assert [m.group() for m in HALF_RE.finditer(text)] == [m.text for m in half_measures(text)]
