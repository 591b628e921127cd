"""Which sentences of a draft are checked: not headings, quotations, questions, nor sentences
that state no fact (no number, date or name, and fewer than three words the corpus weighs)."""
from __future__ import annotations

import pytest

from qa.claims.checkable import quoted_share, skip_reason
from qa.documents.plain import chunk_text
from qa.index.build import build_index
from qa.types import BlockKind, DraftBlock

PARAGRAPH = DraftBlock(BlockKind.PARAGRAPH, 0, 0)


@pytest.fixture(scope="module")
def index():
    # "mission" stands in every passage: the corpus's setting, no evidence of any one fact
    return build_index([chunk_text(f"{n}.txt", text) for n, text in enumerate([
        "The mission escorted convoys to Kidal in 2019.",
        "The mission relied on helicopters when roads were cut.",
        "The mission trained police officers in Gao.",
        "The mission story was told by its staff in reports.",
    ])])


@pytest.mark.parametrize("sentence, reason", [
    ("Why did resources never catch up with the mandate?", "question"),
    ('Was it "worth the cost?"', "question"),
    ('"Most of the troops are not willing to go north," a staff member said.', "quotation"),
    ('Nobody came to help us at all," she said.', "quotation"),  # a quote begun before
    ('"The troops left Gao in May 2019 and never came back.', "quotation"),  # ... going on
    ("This matters.", "no_fact"),
    ("The story is more complicated than that.", "no_fact"),
    ("The mission failed badly.", "no_fact"),  # "mission" is in every passage
    ("The convoy failed badly.", None),
    ("Peacekeepers escorted the convoys north.", None),
    ("It rose by 40 percent.", None),  # a number is a fact
    ("It happened in 2019.", None),  # so is a date
    ("They met Wagner.", None),  # and a name
    ('A teacher told us the troops "came to watch, not to protect."', None),  # a quote inside
    ("The soldiers’ families demanded that the contingents come home.", None),  # apostrophe
])
def test_skip_reasons(index, sentence, reason):
    assert skip_reason(sentence, PARAGRAPH, index) == reason


def test_headings_and_block_quotes_are_skipped_whatever_they_say(index):
    heading = DraftBlock(BlockKind.HEADING, 0, 0)
    quoted = DraftBlock(BlockKind.PARAGRAPH, 0, 0, quoted=True)
    claim = "The mission escorted 40 convoys to Kidal in 2019."
    assert skip_reason(claim, heading, index) == "heading"
    assert skip_reason(claim, DraftBlock(BlockKind.TITLE, 0, 0), index) == "heading"
    assert skip_reason(claim, quoted, index) == "quotation"
    assert skip_reason("Who came?", quoted, index) == "question"
    assert skip_reason(claim, PARAGRAPH, index) is None


def test_quoted_share_counts_words_inside_double_quotation_marks():
    assert quoted_share('He said “no more convoys” today.') == pytest.approx(3 / 6)
    assert quoted_share("The troops’ ‘patience’ ran out.") == 0.0  # single marks: apostrophes
    assert quoted_share("No quotes at all.") == 0.0
    assert quoted_share('"') == 0.0
