"""True claims that reword what the source states (round 38): a span of time between two
events ("two weeks later", "a month before") stated by the two dates the source gives them,
in one sentence or across two neighbouring ones (`qa.claims.intervals`)."""
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
        "The dredging of the outer channel began in 2014. The lighthouse was rebuilt in 2017.")


@pytest.mark.parametrize("claim, verdict", [
    # the two dates in two neighbouring sentences, two weeks apart
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and two "
     "weeks later the harbour board ended the lease.", "supported"),
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and the "
     "harbour board ended the lease two weeks later, on 17 May.", "supported"),
    # the span the dates do not give
    ("The guild requested the immediate closure of the northern quay on 3 May 2022, and three "
     "weeks later the harbour board ended the lease.", "not_found"),
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
