"""True claims that reword what the source states (round 38): a span of time between two
events ("two weeks later", "a month before") stated by the two dates the source gives them,
in one sentence or across two neighbouring ones (`qa.claims.intervals`); a part of a month
("the end of May") stated by a date in it (`qa.claims.period_parts`); "still not" and
"not yet" (`qa.claims.still_undone`)."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.intervals import spanned
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 3 May 2022, after eleven years of service, the guild requested the immediate "
        "closure of the northern quay. Following the guild's request, the harbour board ended "
        "the lease on 17 May and decided that the quay would be emptied by August 2022.",
        "The ferry company asked on 4 October 2019 for a new berth, and the city council "
        "granted the berth on 4 November 2019 after a long debate.",
        "The dredging of the outer channel began in 2014. The lighthouse was rebuilt in 2017.",
        "However, on 29 May 2018 the new breakwater had not yet been completed, with only 640 "
        "of its 900 concrete blocks laid in the bay.")


@pytest.mark.parametrize("claim, verdict", [
    # the two dates in two neighbouring sentences, two weeks apart
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and two "
     "weeks later the harbour board ended the lease.", "supported"),
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and the "
     "harbour board ended the lease two weeks later, on 17 May.", "supported"),
    # the span the dates do not give: each event supported alone by its own dated sentence,
    # so the dates refute it (`qa.claims.dated_apart`)
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and three "
     "weeks later the harbour board ended the lease.", "contradicted"),
    # one sentence, a month apart by the calendar
    ("The ferry company asked on 4 October 2019 for a new berth, and a month later the city "
     "council granted the berth.", "supported"),
    ("The ferry company asked on 4 October 2019 for a new berth, and a year later the city "
     "council granted the berth.", "not_found"),
])
def test_span_stated_by_two_dates(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("claim, text, found", [
    # the claim's date is the offset's own event's: the other event a month before it
    ("The board raised the fees in March 2022, a month after the guild refused.",
     "The guild refused in February 2022 and the board raised the fees in March 2022.",
     "February"),
    ("The board raised the fees in March 2022, a month before the guild refused.",
     "The guild refused in February 2022 and the board raised the fees in March 2022.", None),
    # the claim's date is the other event's, in the clause "before" opens
    ("A month before the board raised the fees in March 2022, the guild refused.",
     "The guild refused in February 2022 and the board raised the fees in March 2022.",
     "February"),
    # years alone
    ("The dredging began in 2014, and three years later the lighthouse was rebuilt.",
     "The dredging began in 2014. The lighthouse was rebuilt in 2017.", "2017"),
    ("The dredging began in 2014, and two years later the lighthouse was rebuilt.",
     "The dredging began in 2014. The lighthouse was rebuilt in 2017.", None),
    # years by the calendar, whatever the months
    ("The dredging began in 2014, and three years later the lighthouse was rebuilt.",
     "The dredging began in March 2014. The lighthouse was rebuilt in November 2017.",
     "November"),
    # a hedged span may be a little off, a bound one way only
    ("The guild asked on 3 May 2022, and about two weeks later the board ended the lease.",
     "The guild asked on 3 May 2022 and the board ended the lease on 18 May 2022.", "18 May"),
    ("The guild asked on 3 May 2022, and more than two weeks later the board ended the lease.",
     "The guild asked on 3 May 2022 and the board ended the lease on 10 May 2022.", None),
    # "two weeks later" needs both days
    ("The guild asked on 3 May 2022, and two weeks later the board ended the lease.",
     "The guild asked on 3 May 2022 and the board ended the lease in May 2022.", None),
])
def test_spanned(harbour, claim, text, found):
    vocab = vocabulary_for(harbour.analyzer)
    mine, theirs = parse(claim, vocab), parse(text, vocab)
    offsets = [m for m in mine.mentions if m.family == "count" and m.unit]
    got = spanned(mine, offsets[0], theirs)
    assert (got.text if got else None) == found


@pytest.mark.parametrize("claim", [
    # the day of the sentence's date lies in the claim's part of the month, and "still not"
    # says what "not yet" says (each alone leaves a word unstated)
    "At the end of May 2018 the new breakwater still had not been completed.",
    "By late May 2018 the breakwater still wasn't completed.",
])
def test_part_of_a_month_and_still_undone(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim, text, found", [
    ("The quay still wasn't finished.", "The quay had not yet been finished.", {"still"}),
    ("The quay wasn't finished yet.", "The quay still had not been finished.", {"yet"}),
    ("The quay was not yet finished.", "The quay still had not been finished.", {"yet"}),
    ("The quay has yet to be finished.", "The quay still is not finished.", {"yet"}),
    # a plain "still" says the thing went on; "yet" alone opens a contrast
    ("The quay was still busy.", "The quay had not yet been closed.", set()),
    ("The quay still wasn't finished.", "Yet the quay was not finished.", set()),
])
def test_undone_terms(harbour, claim, text, found):
    from qa.claims.still_undone import undone_terms
    vocab = vocabulary_for(harbour.analyzer)
    got = undone_terms(parse(claim, vocab), parse(text, vocab), vocab)
    assert got == {t for w in found for t in vocab.analyzer.terms(w)}


@pytest.mark.parametrize("claim, text, found", [
    ("The quay was finished by the end of May 2018.", "The quay was finished on 29 May 2018.",
     {"end"}),
    ("The quay was finished in mid-May 2018.", "The quay was finished on 14 May 2018.", {"mid"}),
    ("The quay was finished in early May 2018.", "The quay was finished on 29 May 2018.", set()),
    # a part of a year is not read (a month of it is a loose cue)
    ("The quay was finished in late 2018.", "The quay was finished in November 2018.", set()),
    # a sentence that denies what the claim affirms dates no part of it
    ("The quay was finished by the end of May 2018.",
     "The quay had not yet been finished on 29 May 2018.", set()),
])
def test_part_terms(harbour, claim, text, found):
    from qa.claims.compare import compare
    from qa.claims.period_parts import part_terms
    vocab = vocabulary_for(harbour.analyzer)
    mine, theirs = parse(claim, vocab), parse(text, vocab)
    stated = compare(mine, theirs, theirs, vocab).stated
    assert part_terms(mine, stated, theirs, vocab) == {
        t for w in found for t in vocab.analyzer.terms(w)}


@pytest.mark.parametrize("word, others", [
    ("centres", ["centers"]), ("stabilising", ["stabilizing"]), ("favouring", ["favoring"]),
    ("defence", ["defense"]), ("analysed", ["analyzed"]), ("harbor", ["harbour"]),
    ("organize", ["organise"]),
    # short words of another meaning are left alone
    ("four", []), ("tour", []), ("hour", []),
])
def test_spellings(word, others):
    from qa.claims.variants import spellings
    assert spellings(word) == others


def test_british_spelling_states_the_american(harbour):
    """"stabilising" is stated by "stabilization" (the stemmer keeps "stabilis" apart)."""
    from qa.claims.variants import variant_terms
    vocab = vocabulary_for(harbour.analyzer)
    claim = parse("The board funded the stabilising of the northern quay.", vocab)
    sentence = parse("The board paid for the stabilization of the northern quay.", vocab)
    assert variant_terms(claim, sentence, vocab) == set(vocab.analyzer.terms("stabilising"))
